"""The fast pipeline (attribute table, lemma cache) gives every token exactly what the stock components give."""
import json
from pathlib import Path

import pytest

from pipeline.nlp import load_nlp

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
    names = load_nlp().pipe_names
    assert "attribute_table" in names and "lemma_cache" in names
    assert "attribute_ruler" not in names and "lemmatizer" not in names


def test_every_token_is_annotated_as_by_the_stock_components(corpus):
    stock, fast = load_nlp(tables=False), load_nlp()
    assert "attribute_ruler" in stock.pipe_names
    for text, expected, got in zip(corpus, stock.pipe(corpus), fast.pipe(corpus)):
        assert annotations(got) == annotations(expected), text[:80]
        assert [(e.start, e.end, e.label_) for e in got.ents] == [(e.start, e.end, e.label_) for e in expected.ents]


def test_rare_rules_fire_on_colloquial_english():
    """The equality above is only worth something if the table's special rules actually fire."""
    doc = load_nlp()(INFORMAL)
    lemmas = {t.lower_: t.lemma_ for t in doc}
    assert (lemmas["gon"], lemmas["na"], lemmas["ta"], lemmas["ai"], lemmas["'s"]) == ("go", "to", "to", "be", "us")
    assert next(t for t in doc if t.lower_ == "are").pos_ == "VERB"   # after an expletive 'There'
    assert [str(t.morph) for t in doc if t.lower_ == "you"] == ["Case=Acc|Person=2|PronType=Prs"]
    assert all(t.pos_ == "SPACE" and t.tag_ == "_SP" for t in doc if t.is_space)
