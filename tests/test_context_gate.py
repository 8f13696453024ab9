"""The context gate: escalations the rules find in news about something else are vetoed, conflict keeps its signals."""
from functools import partial

import pytest
from spacy.tokens import Doc

from agents.settings import settings
from pipeline.actors import find_actors
from pipeline.context_gate import BUILD_HINT, p_other, paragraphs_at, veto_quiet_context
from pipeline.extract import analyze_texts
from pipeline.nlp import load_nlp
from pipeline.signals import beyond_context_gate, find_signals
from pipeline.textcat import ClassifierMissing, load_classifier
from schemas.analysis import Signal


def rule_escalations(text):
    doc = load_nlp()(text)
    return [s for s in find_signals(doc, find_actors(doc)) if s.escalates]


def escalations(text, url=None):
    [analysis] = analyze_texts([("t", text, None, url)])
    return [s for s in analysis.signals if s.escalates]


@pytest.mark.parametrize("text", [
    "Police fired tear gas at fans outside the stadium in Buenos Aires after the cup final, and the league banned the "
    "club from hosting matches.",
    "A boycott by Spanish cafe owners over the brewer's price rises dented its sales at home, the company said.",
])
def test_trap_the_rules_flag_is_vetoed(text):
    assert rule_escalations(text), "the trap no longer reaches the gate: pick one the rules still flag"
    assert escalations(text) == []


@pytest.mark.parametrize("text, kind", [
    ("The United States imposed sanctions on Russia's largest bank over the invasion of Ukraine.", "sanctions"),
    ("The European Union froze the assets of two Iranian banks it accused of financing drone sales to Russia.",
     "sanctions"),
    ("Gunmen attacked a shopping mall in Nairobi on Saturday, killing at least 12 people, police said.", "attack"),
    ("Houthi rebels fired a missile at a commercial tanker in the Red Sea, the shipping company said.", "attack"),
])
def test_conflict_with_business_words_keeps_its_signal(text, kind):
    assert kind in {s.type for s in escalations(text)}


def test_official_notice_is_never_vetoed():
    text = "A boycott by Spanish cafe owners over the brewer's price rises dented its sales at home, the company said."
    rules = [s.type for s in rule_escalations(text)]
    assert rules and [s.type for s in escalations(text, "https://www.state.gov/x")] == rules


def test_missing_model_is_one_clear_line(tmp_path, monkeypatch):
    monkeypatch.setenv("WIREWATCH_CONTEXT_GATE_MODEL", str(tmp_path / "nowhere"))
    settings.cache_clear()
    try:
        with pytest.raises(ClassifierMissing) as error:
            escalations("Houthi rebels fired a missile at a commercial tanker in the Red Sea, the shipping company said.")
    finally:
        settings.cache_clear()
    assert "\n" not in str(error.value) and "make install" in str(error.value)


def test_paragraph_of_an_offset():
    text = "Headline words\n  First paragraph here. \n\nSecond one."
    doc = load_nlp()(text)
    first, end = paragraphs_at(doc, [text.index("paragraph")])[0]
    assert doc[first:end].text == "First paragraph here."
    first, end = paragraphs_at(doc, [text.index("Second")])[0]
    assert doc[first:end].text == "Second one."


def test_paragraph_words_are_the_gates_own_tokens():
    text = "Headline words\nThe U.S. didn't rule out strikes -- officials said (on Monday) in Washington's view.\nEnd."
    doc = load_nlp()(text)
    texts = [t.text for t in doc]
    [(first, end)] = paragraphs_at(doc, [text.index("rule")])
    gate = load_classifier(settings().context_gate_model, "context gate", "")
    assert texts[first:end] == [t.text for t in gate.make_doc(text.split("\n")[1])]


def test_armed_service_in_the_paragraph_keeps_the_signal():
    text = ("The carmaker opened a new plant in Kaluga.\n"
            "The Navy took delivery of its second patrol vessel from the shipyard in Gdansk.")
    doc = load_nlp()(text)
    kept = beyond_context_gate(doc, find_actors(doc), None, None, [0, text.index("took")], [False, False])
    assert kept == [False, True]


def test_armed_service_does_not_keep_a_signal_the_gate_is_certain_is_other_news():
    text = "The Navy took delivery of its second patrol vessel from the shipyard in Gdansk."
    doc = load_nlp()(text)
    assert beyond_context_gate(doc, find_actors(doc), None, None, [0], [True]) == [False]
    assert beyond_context_gate(doc, find_actors(doc), "https://www.state.gov/x", None, [0], [True]) == [True]


@pytest.mark.parametrize("text, offset", [
    ("Shares in Saab hit a record high in Stockholm on Friday after the Swedish group, which makes fighter jets and "
     "anti-ship missiles as well as hospital scanners, raised its full-year sales forecast and announced a share "
     "buyback. Analysts said the stock had gained 40 percent this year.", "hit"),
    ("A Danish army reservist won the national pastry championship in Aarhus on Sunday, beating two professional "
     "bakers with a rye-and-cardamom layer cake. The 24-year-old said she would open a bakery in Odense next spring.",
     "reservist"),
])
def test_military_words_do_not_keep_a_signal_in_a_paragraph_the_gate_is_certain_of(text, offset):
    """Whatever the rules read there, the armed service keeps an escalation only where the gate is not all but certain
    the paragraph is other news."""
    doc = load_nlp()(text)
    at = text.index(offset)
    signal = Signal(type="attack", status="actual", evidence=text, start=at, end=at + len(offset), confidence=0.6,
                    plover="ASSAULT", cameo="190")
    assert veto_quiet_context(doc, [signal], partial(beyond_context_gate, doc, find_actors(doc), None, None)) == []


def test_gate_reads_words_it_never_saw_without_making_them_its_own():
    """The gate's bag of words reads only each word's hash: a paragraph is read in the parse's vocabulary, which has
    its words already, with no entry made in the gate's own for a word new to it, and scores as it would there."""
    text = "Vorblanian militias shelled the Quistrel depot near Drummelby overnight, the Zantovan army said."
    doc = load_nlp()(text)
    gate = load_classifier(settings().context_gate_model, "context gate", BUILD_HINT)
    size = len(gate.vocab)
    at = text.index("shelled")
    signal = Signal(type="attack", status="actual", evidence=text, start=at, end=at + 7, confidence=0.6,
                    plover="ASSAULT", cameo="190")
    veto_quiet_context(doc, [signal], lambda starts, certain: [True] * len(starts))
    assert len(gate.vocab) == size
    words = [t.text for t in doc]
    assert p_other(gate, [Doc(doc.vocab, words=words)]) == p_other(gate, [Doc(gate.vocab, words=words)])
