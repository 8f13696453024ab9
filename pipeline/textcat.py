"""The one way we train a spaCy text classifier (the notice backstop, the context gate): a blank English pipeline
with an exclusive bag-of-words textcat over word uni- and bigrams, trained with a fixed seed, so that `make install`
builds the same model on every machine."""
from __future__ import annotations

import random

import spacy
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
