"""The news backstop: a short news item in which the rules find no signal gets the classifier's signal; a long article,
a notice and quiet news never do."""
import pytest
from typer.testing import CliRunner

from agents.cli import cli
from agents.settings import settings
from pipeline import news_backstop
from pipeline.actors import find_actors
from pipeline.extract import analyze_doc
from pipeline.nlp import load_nlp
from pipeline.signals import find_signals, lexicon
from pipeline.textcat import ClassifierMissing

# a strike the rules cannot read (no attack word), which the classifier reads well above its threshold: an item at the
# threshold's edge flips as the labelled sets grow
DRONES = ("Explosive-laden drones slammed into a fuel depot outside Sevastopol overnight, setting it ablaze, the governor "
          "said.")
QUIET = "The council reopened the town library on Monday after a two-year refurbishment, the mayor said."


def analysis(text, url=None):
    return analyze_doc("item", load_nlp()(text), None, url, None)


def rule_signals(text):
    doc = load_nlp()(text)
    return find_signals(doc, find_actors(doc))


def test_a_short_item_the_rules_cannot_read_gets_the_backstop_signal():
    assert rule_signals(DRONES) == []   # a gap
    [signal] = analysis(DRONES).signals
    assert (signal.type, signal.status, signal.plover) == ("attack", "actual", "ASSAULT")
    assert (signal.confidence, signal.trigger) == (news_backstop.CONFIDENCE, None)
    assert DRONES[signal.start:signal.end] == signal.evidence == DRONES


def test_a_long_article_the_rules_find_nothing_in_gets_no_backstop_signal():
    """Past the length it learned from, a bag of words reads an article's background as events."""
    article = " ".join([DRONES] + [QUIET] * 8)
    assert not news_backstop.in_range(load_nlp()(article))
    assert analysis(article).signals == []


def test_a_notice_never_gets_the_news_backstop():
    """Notices are the notice backstop's: a text on an official host is one."""
    signals = analysis(DRONES, "https://www.mod.gov.ua/en/news/2026-03").signals
    assert news_backstop.CONFIDENCE not in {s.confidence for s in signals}


@pytest.mark.parametrize("text", [
    QUIET,
    "Manchester City's forwards tore apart the Arsenal defence in a 4-0 rout on Saturday.",
    "The central bank froze hiring and cut its growth forecast for next year.",
    "Firefighters battled a blaze that ripped through a warehouse near the port of Antwerp overnight.",
])
def test_quiet_news_stays_quiet(text):
    assert analysis(text).signals == []


@pytest.mark.parametrize("category, text, kind", [
    ("ASSAULT", "Hackers linked to a foreign spy agency crippled the ministry's servers with ransomware.", "cyberattack"),
    ("ASSAULT", "Shells landed on the market square, killing six.", "attack"),
    ("SANCTION", "Estonia ordered two Russian diplomats to leave the country within a week.", "diplomatic_rupture"),
    ("SANCTION", "Canada froze the assets of six Nicaraguan officials.", "sanctions"),
    ("AID", "Seoul shipped a second batch of howitzers and ammunition to Poland.", "arms_delivery"),
    ("AID", "A convoy carrying food, medicine and blankets reached the flooded district.", "aid"),
    ("AID", "A $2 billion deposit from the Gulf lifted the central bank's reserves.", "aid"),
    ("AID", "A navy ship loaded with rice and bottled water docked in the capital.", "aid"),
])
def test_the_type_is_the_one_whose_trigger_words_the_sentence_uses(category, text, kind):
    doc = load_nlp()(text)
    assert news_backstop.kind_of(category, doc[:]) == kind


def test_a_tie_goes_to_the_kind_that_does_not_escalate():
    """Aid that names no weapon is help: an escalation is claimed only on its own words."""
    doc = load_nlp()("Some 300 tonnes of seed were unloaded in the port on Thursday.")
    assert news_backstop.kind_of("AID", doc[:]) == "aid"


def test_the_ends_of_a_reported_event_come_from_the_reported_clause():
    doc = load_nlp()("Kenya's navy sank a Somali pirate skiff, the Ethiopian coast guard said on Monday.")
    source, target = news_backstop._ends(next(doc.sents), find_actors(doc), lexicon().types["attack"])
    assert (source.code, target.code) == ("KEN", "SOM")


@pytest.mark.parametrize("text, kind, ends", [
    # the parser hangs the reporting verb under the act and the act's object under the reporting verb: the one who
    # masses acts, the state the forces face is the target, the reporter's state is neither
    ("Belarus has gathered some 20,000 soldiers close to the Polish town of Bialowieza, Poland's army chief Wieslaw "
     "Kukula said on Monday.", "troop_buildup", ("BLR", "POL")),
    ("Kenya's navy sank a Somali pirate skiff, the Ethiopian coast guard said on Monday.", "attack", ("KEN", "SOM")),
])
def test_the_reporter_of_an_act_is_neither_of_its_ends(text, kind, ends):
    doc = load_nlp()(text)
    source, target = news_backstop._ends(next(doc.sents), find_actors(doc), lexicon().types[kind])
    assert (source and source.code, target and target.code) == ends


def test_the_ends_come_from_the_subject_and_the_object():
    doc = load_nlp()("Kenya's navy sank a Somali pirate skiff.")
    cast = find_actors(doc)
    source, target = news_backstop._ends(next(doc.sents), cast, lexicon().types["attack"])
    assert (source.code, target.code) == ("KEN", "SOM")


def test_missing_model_is_one_clear_line(tmp_path, monkeypatch):
    monkeypatch.setenv("WIREWATCH_NEWS_BACKSTOP_MODEL", str(tmp_path / "nowhere"))
    settings.cache_clear()
    try:
        with pytest.raises(ClassifierMissing) as error:
            analysis(QUIET)
    finally:
        settings.cache_clear()
    assert "\n" not in str(error.value) and "make install" in str(error.value)


def test_building_from_a_folder_without_labelled_sentences_is_one_clear_line(tmp_path):
    result = CliRunner().invoke(cli, ["build-news-backstop", "--data", str(tmp_path), "--out", str(tmp_path / "m")])
    assert result.exit_code != 0 and "no labelled sentences" in result.output
    assert "Traceback" not in result.output
