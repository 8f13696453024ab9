"""The one way we train and load a spaCy text classifier (the notice backstop, the context gate, the news backstop): a
blank English pipeline with an exclusive bag-of-words textcat over word uni- and bigrams, trained with a fixed seed on
labelled JSONL sets, so that `make install` builds the same model on every machine."""
from __future__ import annotations

import json
import random
from functools import cache
from pathlib import Path

import spacy
from spacy.attrs import IS_SPACE, SPACY
from spacy.tokens import Doc
from spacy.training import Example
from spacy.util import fix_random_seed, minibatch


def train_textcat(labels: tuple[str, ...], examples: list[tuple[str, str]], seed: int, epochs: int,
                  batch_size: int) -> spacy.Language:
    """A classifier over `labels` trained on (text, label) pairs."""
    fix_random_seed(seed)
    nlp = spacy.blank("en")
    textcat = nlp.add_pipe("textcat", config={"model": {
        "@architectures": "spacy.TextCatBOW.v3", "exclusive_classes": True, "ngram_size": 2,
        "no_output_layer": False, "length": 262144}})
    for label in labels:
        textcat.add_label(label)
    data = [Example.from_dict(nlp.make_doc(text), {"cats": {name: float(name == label) for name in labels}})
            for text, label in examples]
    optimizer = nlp.initialize(lambda: data)
    order = random.Random(seed)
    for _ in range(epochs):
        order.shuffle(data)
        for batch in minibatch(data, size=batch_size):
            nlp.update(batch, sgd=optimizer, drop=0.2)
    return nlp


def read_jsonl(path: Path) -> list[dict]:
    """The rows of a labelled JSONL set."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


LENGTH_MARGIN = 1.5   # a text over 1.5 times the longest one a classifier learned from is out of its range
RANGE_SHARE = 0.999   # the longest 0.1% are left out: one long match report in a quiet set must not stretch the range


def remember_longest(nlp: spacy.Language, texts) -> None:
    """Keep in the model the length (in words) of the longest text of its range: the longest but for the few longest
    (RANGE_SHARE), so that a single outlier among thousands of short texts does not make whole articles its range."""
    lengths = sorted(len(text.split()) for text in texts)
    nlp.meta["longest_text_words"] = lengths[int(RANGE_SHARE * (len(lengths) - 1))]


def in_range(nlp: spacy.Language, doc: Doc) -> bool:
    """Whether a parsed text is of the length of those the classifier learned from (`remember_longest`): past it, a
    bag of words over many topics says nothing of one event."""
    return word_count(doc) <= LENGTH_MARGIN * nlp.meta["longest_text_words"]


def word_count(doc: Doc) -> int:
    """The words of a parsed text as `remember_longest` counts them (`text.split()`), read off the tokens: a word
    begins at each token that is not whitespace and opens the text or follows whitespace (a whitespace token, or the
    space after the token before). The text is rebuilt token by token on each read: on a long article that costs
    more than the classifier."""
    spaces, spaced = doc.to_array([IS_SPACE, SPACY]).astype(bool).T
    begins = ~spaces
    begins[1:] &= spaces[:-1] | spaced[:-1]
    return int(begins.sum())


class ClassifierMissing(RuntimeError):
    """A classifier `make install` builds was never built on this machine."""


@cache
def load_classifier(path: str, name: str, hint: str) -> spacy.Language:
    """A classifier, read once per process; a missing one is a clear one-line error, never a silent fallback."""
    if not (Path(path) / "config.cfg").is_file():
        raise ClassifierMissing(f"the {name} model is missing at {path}: {hint}")
    return spacy.load(path)
