"""The fast pipeline: the attribute table and lemma cache give every token exactly what the stock components give;
the NER run near unknown names and the parse of the passages that matter read articles as the full passes do."""
import json
from pathlib import Path

import pytest
from spacy.attrs import ENT_TYPE, IS_TITLE, LOWER

from pipeline.actors import find_actors
from pipeline.extract import analyze_doc
from pipeline.nlp import load_nlp
from pipeline.signals import find_signals

ROOT = Path(__file__).resolve().parent.parent
# Colloquial forms and spacing that reach the ruler's rarer rules: two-token lemma rules, a target index of 1,
# regexes, an expletive subject, object pronouns, whitespace tokens.
INFORMAL = """Y'all ain't gonna like this, and I got ta say it: nothin' changed.

There are  two reasons.   Let's go, he told me; c'm on, it gets worse.  \n\nShe gave it to you and him. It is what it is."""


def texts() -> list[str]:
    seed = [json.loads(line)["text"] for line in (ROOT / "tests/data/seed.gold.jsonl").read_text().splitlines()
            if line.strip()]
    usgov = [json.loads(line)["text"] for line in (ROOT / "samples/bench/usgov.jsonl").read_text().splitlines()[:8]]
    quotes = [json.loads(line)["text"] for line in (ROOT / "tests/data/quotes_dev.jsonl").read_text().splitlines()
              if line.strip()]
    return [INFORMAL, *seed, *usgov, *quotes]


def annotations(doc) -> list[tuple]:
    return [(t.i, t.text, t.pos_, t.tag_, str(t.morph), t.lemma_, t.dep_, t.head.i, t.ent_type_, t.ent_iob_,
             t.ent_id_, t.is_sent_start) for t in doc]


@pytest.fixture(scope="module")
def corpus() -> list[str]:
    return texts()


def test_fast_pipeline_swaps_in_the_table_and_cache():
    names = load_nlp(parse_what_matters=False).pipe_names
    assert "attribute_table" in names and "lemma_cache" in names
    assert "attribute_ruler" not in names and "lemmatizer" not in names


def test_every_token_is_annotated_as_by_the_stock_components(corpus):
    stock = load_nlp(tables=False, ner_near_names=False, parse_what_matters=False)
    fast = load_nlp(ner_near_names=False, parse_what_matters=False)
    assert "attribute_ruler" in stock.pipe_names
    for text, expected, got in zip(corpus, stock.pipe(corpus), fast.pipe(corpus)):
        assert annotations(got) == annotations(expected), text[:80]
        assert [(e.start, e.end, e.label_) for e in got.ents] == [(e.start, e.end, e.label_) for e in expected.ents]


def test_rare_rules_fire_on_colloquial_english():
    """The equality above is only worth something if the table's special rules actually fire."""
    doc = load_nlp(parse_what_matters=False)(INFORMAL)
    lemmas = {t.lower_: t.lemma_ for t in doc}
    assert (lemmas["gon"], lemmas["na"], lemmas["ta"], lemmas["ai"], lemmas["'s"]) == ("go", "to", "to", "be", "us")
    assert next(t for t in doc if t.lower_ == "are").pos_ == "VERB"   # after an expletive 'There'
    assert [str(t.morph) for t in doc if t.lower_ == "you"] == ["Case=Acc|Person=2|PronType=Prs"]
    assert all(t.pos_ == "SPACE" and t.tag_ == "_SP" for t in doc if t.is_space)


def test_the_ner_runs_only_where_the_gazetteer_leaves_a_name_unknown():
    nlp = load_nlp()
    near_names = nlp.get_pipe("ner_near_names")
    with nlp.select_pipes(disable=["ner_near_names"]):
        known_only = nlp("Russia and Ukraine met in Kyiv. The talks ended without a deal.")
        unknown = nlp("Talks ended on Monday. Jonathan Pierce, a lawyer for the Harbor Workers Union, said it would appeal.")
    assert not len(near_names.windows(known_only)[0])
    doc = near_names(unknown)
    assert [(e.text, e.label_) for e in doc.ents] == [
        ("Monday", "DATE"), ("Jonathan Pierce", "PERSON"), ("the Harbor Workers Union", "ORG")]


def test_ner_near_unknown_names_reads_articles_as_the_full_ner_does():
    """Actors, quotes and signals of the seed and the annotated quotes articles are those of the full NER pass."""
    full, near_names = load_nlp(ner_near_names=False), load_nlp()
    assert "ner" not in near_names.pipe_names
    articles = [json.loads(line)["text"] for name in ("seed.gold.jsonl", "quotes_dev.jsonl")
                for line in (ROOT / "tests/data" / name).read_text().splitlines() if line.strip()]
    for n, (text, expected, got) in enumerate(zip(articles, full.pipe(articles), near_names.pipe(articles))):
        assert analyze_doc(str(n), got) == analyze_doc(str(n), expected), text[:80]


def test_only_passages_that_can_hold_a_signal_a_quote_or_a_new_name_are_parsed():
    doc = load_nlp()("Russia massed troops near the border. The weather stayed mild all week. Rain fell on Sunday "
                     "in Kyiv. \u201cWe are ready,\u201d the minister said. The hills were green. It rained in Russia.")
    parsed = [sent.text for sent in doc.sents if sent.root.dep_ == "ROOT" and any(t.pos_ for t in sent)]
    assert parsed == ["Russia massed troops near the border.", "Rain fell on Sunday in Kyiv.",
                      "\u201cWe are ready,\u201d the minister said."]
    troops = next(t for t in doc if t.text == "troops")
    assert (troops.dep_, troops.head.text, troops.lemma_) == ("dobj", "massed", "troop")
    weather = next(t for t in doc if t.text == "weather")   # a passage left out: one sentence, no tags
    assert (weather.pos_, weather.dep_, weather.head.text, weather.sent.text) == (
        "", "dep", "The", "The weather stayed mild all week.")
    assert [e.text for e in doc.ents if e.label_ == "GPE"] == ["Russia", "Kyiv", "Russia"]


def test_parsing_what_matters_reads_articles_as_the_full_parse_does():
    """Seed and annotated quotes articles: the same quotes, the same signals and the same named actors."""
    full, selective = load_nlp(parse_what_matters=False), load_nlp()
    articles = [json.loads(line)["text"] for name in ("seed.gold.jsonl", "quotes_dev.jsonl")
                for line in (ROOT / "tests/data" / name).read_text().splitlines() if line.strip()]
    differ = 0
    for n, (expected, got) in enumerate(zip(full.pipe(articles), selective.pipe(articles))):
        expected, got = analyze_doc(str(n), expected), analyze_doc(str(n), got)
        assert [(q.speaker, q.text) for q in got.quotes] == [(q.speaker, q.text) for q in expected.quotes]
        differ += ({(s.type, s.status, s.dyad) for s in got.signals} != {(s.type, s.status, s.dyad) for s in expected.signals}
                   or {(a.name, a.code) for a in got.actors} != {(a.name, a.code) for a in expected.actors})
    assert differ <= 1, differ


def test_every_labelled_sentence_with_a_signal_is_one_the_parse_reads():
    """The passage filter is lexical: whatever the signal layer finds with the full parse, the filter must see a
    cue for in the words alone (a trigger term, a frame's object and head, a quote), or the signal would be lost
    wherever its sentence names nobody new."""
    full, selective = load_nlp(parse_what_matters=False), load_nlp()
    passages = selective.get_pipe("parse_what_matters")
    sentences = [json.loads(line)["text"] for path in sorted((ROOT / "tests/data").glob("plover_*.jsonl"))
                 for line in path.read_text().splitlines() if line.strip()]
    missed = []
    for text, doc in zip(sentences, full.pipe(sentences)):
        if not find_signals(doc, find_actors(doc)):
            continue
        with selective.select_pipes(enable=["paragraph_breaks", "actor_ruler"]):
            words = selective(text)
        lower, title, entity = words.to_array([LOWER, IS_TITLE, ENT_TYPE]).T.tolist()
        if not passages.cued(words.vocab.strings, lower, title, entity):
            missed.append(text)
    assert not missed, missed[:5]
