"""A learned context gate: a spaCy text classifier (conflict / other) that vetoes escalation signals the rules raise in
news about something else (sport, business, courts, disasters: "police sealed off the stadium", "the regulator
suspended the bank's licence", "a counter-offensive against Chinese rivals"). The rules read one clause; the gate
reads the whole paragraph for the political or military context (actors, vocabulary) an escalation needs.

Built on the machine from the labelled sets in tests/data (`wirewatch build-gate`, run by `make install`): "other"
is every paragraph of quiet_news*.jsonl and the sentences of plover_heldout*.jsonl labelled `"plover": null`,
"conflict" every sentence with a PLOVER label in plover_heldout*.jsonl and plover_dev.jsonl and every official notice
of announcements_heldout*.jsonl that announces a measure (a customs order against listed parties is no quiet news).
"""
from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from pathlib import Path

import numpy
import spacy
from spacy.attrs import IDX, ORTH
from spacy.tokens import Doc

from pipeline.signals import line_breaks
from pipeline.textcat import load_classifier, read_jsonl, train_textcat

CONFLICT, OTHER = "conflict", "other"
SEED = 0
EPOCHS = 8
BUILD_HINT = "build it with `make install` or `wirewatch build-gate`"


def labelled_sets(data_dir: Path) -> dict[str, list[tuple[str, str]]]:
    """(text, label) pairs per labelled file, so that evaluation can hold whole sets out."""
    sets: dict[str, list[tuple[str, str]]] = {}
    for path in sorted(data_dir.glob("quiet_news*.jsonl")):
        sets[path.stem] = [(paragraph, OTHER) for row in read_jsonl(path) for paragraph in _paragraphs(row["text"])]
    for path in sorted(data_dir.glob("announcements_heldout*.jsonl")):   # official measures are conflict's context
        sets[path.stem] = [(row["text"], CONFLICT) for row in read_jsonl(path) if row.get("expect")]
    for path in sorted([*data_dir.glob("plover_heldout*.jsonl"), data_dir / "plover_dev.jsonl"]):
        dev = path.stem == "plover_dev"   # (its unlabelled sentences are not written as traps)
        sets[path.stem] = [(row["text"], CONFLICT if row.get("plover") else OTHER) for row in read_jsonl(path)
                           if row.get("plover") or not dev]
    return sets


def _paragraphs(text: str) -> list[str]:
    return [p.strip() for p in text.split("\n") if p.strip()]


def build(data_dir: Path, out: Path, seed: int = SEED) -> int:
    """Train on every labelled set and save the model to `out`; returns the number of examples."""
    examples = [pair for pairs in labelled_sets(data_dir).values() for pair in pairs]
    out.mkdir(parents=True, exist_ok=True)
    train_textcat((CONFLICT, OTHER), examples, seed, EPOCHS, batch_size=32).to_disk(out)
    return len(examples)


def p_other(gate: spacy.Language, paragraphs: list[Doc]) -> list[float]:
    """P(other) of each paragraph (its words), all read in one batch: the scores straight off the classifier, with no
    pipeline pass to write them on each paragraph."""
    textcat = gate.get_pipe("textcat")
    return textcat.predict(paragraphs)[:, textcat.labels.index(OTHER)].tolist()


def paragraphs_at(doc: Doc, offsets: list[int]) -> list[tuple[int, int]]:
    """The tokens (first, end) of the paragraph (line) that holds each character offset, without the whitespace around
    it. Read off the tokens (`line_breaks`): the document's text is rebuilt token by token on each read, which on a
    long notice costs more than the gate's own reading."""
    breaks = line_breaks(doc)
    paragraphs = []
    for token in (numpy.searchsorted(doc.to_array(IDX), offsets, side="right") - 1).tolist():
        after = bisect_left(breaks, token)   # the first line break at or after the token
        first, end = breaks[after - 1] + 1 if after else 0, breaks[after] if after < len(breaks) else len(doc)
        while first < end and doc[first].is_space:
            first += 1
        while end > first and doc[end - 1].is_space:
            end -= 1
        paragraphs.append((first, end))
    return paragraphs


def veto_quiet_context(doc: Doc, signals: list, exempt: Callable[[list[int], list[bool]], list[bool]]) -> list:
    """The signals, less the escalations whose paragraph the gate reads as other news (P(other) at or above the
    setting `context_gate_threshold`) and that `exempt` (asked with their start offsets, and whether the gate is all
    but certain of each: P(other) at or above `context_gate_certainty`) does not keep: a notice's, or an armed
    service's where the gate is not that certain. De-escalations (talks, agreements) pass untouched."""
    escalating = [s for s in signals if s.escalates]
    if not escalating:
        return signals
    from agents.settings import settings   # (the model's place and threshold are settings of the deployment)
    gate = load_classifier(settings().context_gate_model, "context gate", BUILD_HINT)   # only when a signal asks
    paragraphs = paragraphs_at(doc, [s.start for s in escalating])
    unique = list(dict.fromkeys(paragraphs))   # each paragraph read once
    # the words the parse already has, by their hashes (no string made for each), in the parse's vocabulary, which has
    # every word already: the gate's bag of words (`train_textcat`) reads only each word's hash (ORTH), and a word new
    # to the gate's own vocabulary would be made an entry, its attributes computed, for nothing
    orths = doc.to_array(ORTH)
    readings = [Doc(doc.vocab, words=orths[first:end].tolist()) for first, end in unique]
    scores = dict(zip(unique, p_other(gate, readings)))
    threshold, certainty = settings().context_gate_threshold, settings().context_gate_certainty
    other = [(s, scores[paragraph]) for s, paragraph in zip(escalating, paragraphs)
             if scores[paragraph] >= threshold]
    if not other:
        return signals
    kept = exempt([s.start for s, _ in other], [score >= certainty for _, score in other])
    vetoed = {id(s) for (s, _), keep in zip(other, kept) if not keep}
    return [s for s in signals if id(s) not in vetoed]
