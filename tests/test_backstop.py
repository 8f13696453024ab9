"""The notice backstop: a notice (on an official host, or worded as one on a host no list knows) that the rules cannot
read gets the classifier's signal; news never does."""
import pytest
from typer.testing import CliRunner

from agents.cli import cli
from agents.settings import settings
from pipeline import backstop
from pipeline.actors import find_actors
from pipeline.extract import analyze_doc
from pipeline.nlp import load_nlp
from pipeline.signals import find_signals, notice_reading, publisher_of
from pipeline.textcat import word_count

DELIVERY = ("Support to the armed forces of Moldova",
            "Under the European Peace Facility, radars, armoured personnel carriers and engineering equipment worth "
            "40 million euros have reached the Moldovan army. A further tranche is scheduled for the spring.")
UNKNOWN_HOST_FREEZE = (
    "Notice 4/2026: freezing of assets of the Meridian network",
    "Reporting entities must immobilise without delay the economic resources of Meridian Logistics and of its three "
    "directors. Making funds or economic resources available to them, directly or indirectly, is prohibited. Reporting "
    "entities shall report any such resources to the Financial Intelligence Centre within 24 hours.")
NEWS_OF_A_FREEZE = (
    "Meridian network's resources immobilised",
    "The economic resources of Meridian Logistics and of its three directors are immobilised for six months, officials "
    "said on Tuesday. Making funds or economic resources available to them, directly or indirectly, is prohibited, and "
    "holders must declare them without delay, they said.")
FREEZE = ("Ministerial order on the Horizon Trading group",
          "The economic resources of Horizon Trading and of its four directors are immobilised for six months, "
          "renewable. Making funds or economic resources available to them, directly or indirectly, is prohibited. "
          "Holders of such resources shall declare them to the Treasury without delay.")


def analysis(title, text, url):
    nlp = load_nlp()
    return analyze_doc("notice", nlp(text), None, url, title)


def measures(title, text, url):
    return [s for s in analysis(title, text, url).signals if s.type in ("sanctions", "arms_delivery")]


@pytest.mark.parametrize("notice, url, kind, source", [
    (DELIVERY, "https://www.consilium.europa.eu/en/press/2026/moldova", "arms_delivery", "EU"),
    (FREEZE, "https://www.economie.gouv.fr/ordres/2026-18", "sanctions", "FRA"),
])
def test_a_notice_the_rules_cannot_read_gets_the_backstop_signal(notice, url, kind, source):
    title, text = notice
    doc = load_nlp()(text)
    assert not [s for s in find_signals(doc, find_actors(doc), None, None, url) if s.type == kind]  # a gap
    [signal] = measures(title, text, url)
    assert (signal.type, signal.status, signal.source.code) == (kind, "actual", source)
    assert (signal.confidence, signal.trigger) == (backstop.CONFIDENCE, None)
    assert signal.evidence in text and text[signal.start:signal.end] == signal.evidence


def test_the_backstop_names_the_state_the_notice_is_about():
    [signal] = measures(*DELIVERY, "https://www.consilium.europa.eu/en/press/2026/moldova")
    assert signal.target.code == "MDA"


@pytest.mark.parametrize("title, text", [
    ("Removal of entries from the consolidated list",
     "The Council has removed three persons from the consolidated list following a review. Funds previously frozen "
     "may be released. Institutions should update their screening systems accordingly."),
    ("Guidance on screening customers",
     "Reporting institutions are reminded to screen customers against the published lists at onboarding and "
     "periodically thereafter. This guidance replaces the note of 2019 and creates no new obligation."),
])
def test_a_delisting_or_guidance_notice_stays_quiet(title, text):
    assert measures(title, text, "https://www.fiu.gov.ph/notices/2026-3") == []


@pytest.mark.parametrize("url", [None, "https://www.reuters.com/world/europe/moldova-army-2026"])
def test_news_without_an_official_host_never_gets_the_backstop(url):
    assert measures(*DELIVERY, url) == []


def test_a_notice_on_a_host_no_list_knows_gets_the_backstop_signal():
    """New issuers publish on new hosts: a text worded as a notice (`Reporting entities must`) is one wherever it is."""
    title, text = UNKNOWN_HOST_FREEZE
    url = "https://www.fic.na/notices/2026-4"
    assert publisher_of(url) is None
    doc = load_nlp()(text)
    assert not [s for s in find_signals(doc, find_actors(doc), None, None, url) if s.type == "sanctions"]  # a gap
    [signal] = measures(title, text, url)
    assert (signal.type, signal.status, signal.confidence) == ("sanctions", "actual", backstop.CONFIDENCE)


def test_news_of_a_measure_on_a_news_site_is_never_asked():
    """A Reuters story the rules miss, whose words the classifier reads as a freeze, is no notice: no backstop."""
    title, text = NEWS_OF_A_FREEZE
    assert backstop.classify(title, load_nlp()(text))[1] >= backstop.THRESHOLD   # (the classifier alone would flag it)
    assert measures(title, text, "https://www.reuters.com/world/meridian-network-2026-05-06/") == []


def test_a_speech_far_longer_than_any_notice_is_out_of_range():
    """Twice the length of the longest notice the classifier learned from, whatever data it was built on."""
    title, text = DELIVERY
    remark = "Thank you all for coming to this town hall on our schools and roads."
    times = 2 * backstop.model().meta["longest_text_words"] // len(remark.split())
    remarks = " ".join([remark] * times) + " " + text
    assert not backstop.in_range(load_nlp()(remarks))
    assert measures(title, remarks, "https://www.consilium.europa.eu/en/press/2026/moldova") == []


@pytest.mark.parametrize("text", [
    "", "  ", "Headline\n\n  The U.S. didn't  rule out strikes--officials said.\t(on Monday) \n",
    "\u00a0Kyiv,\u2003Nov 18\u3000(Reuters) -\nend"])
def test_the_range_counts_the_texts_own_words(text):
    """The length a classifier's range is read by, counted off the tokens, is the text's own word count."""
    assert word_count(load_nlp()(text)) == len(text.split())


def test_a_missing_model_is_a_clear_one_line_error(tmp_path, monkeypatch):
    monkeypatch.setenv("WIREWATCH_BACKSTOP_MODEL", str(tmp_path / "none"))
    notices = tmp_path / "in.jsonl"
    notices.write_text('{"id": "n1", "title": "%s", "text": "%s", "url": "https://www.consilium.europa.eu/"}\n'
                       % DELIVERY)
    settings.cache_clear()
    try:
        result = CliRunner().invoke(cli, ["analyze", str(notices)])
    finally:
        settings.cache_clear()
    assert result.exit_code == 2 and isinstance(result.exception, SystemExit)   # no traceback
    assert result.stderr.count("\n") == 1 and "make install" in result.stderr


COURSE = ("Navy hosts regional maritime security training for partner nations",
          "The Indian Navy trains foreign naval personnel at its establishments in Kochi and Goa. A two-week Maritime "
          "Interdiction Operations course for officers from Mauritius, Seychelles, Maldives and Sri Lanka began at INS "
          "Venduruthy on Monday. The syllabus includes boarding procedures, weapons handling, search of vessels and "
          "intelligence sharing. Vice Admiral R. Kumar, Flag Officer Commanding-in-Chief Southern Naval Command, "
          "opened the course.")
WORKS_AT_SEA = ("Port Notice No. 9 of 2026: Pipeline laying operations off Port Klang",
                "Mariners are advised that pipeline laying operations will be carried out by a pipelay barge from 4 "
                "May to 20 June 2026 within the area described in the annex. All vessels are to keep clear of the "
                "working area by at least 500 metres. Anchoring and fishing within the area are prohibited while the "
                "operations last. This notice is issued under the Port Authorities Act.")


def test_a_course_notice_is_never_asked_whatever_its_words():
    """A notice that teaches or convenes (notices.json `gatherings` as its headline's own word) is no measure's, however
    the classifier scores its weapons and boarding words (the reading that keeps it away is tested below; a classifier
    trained on such notices may score this one low by itself)."""
    title, text = COURSE
    nlp = load_nlp()
    headed = analyze_doc("notice", nlp(text), lambda: nlp(title), "https://pib.gov.in/news/mio-course", title)
    assert [s for s in headed.signals if s.type in ("sanctions", "arms_delivery")] == []


@pytest.mark.parametrize("notice, url, no_measure", [
    (WORKS_AT_SEA, "https://www.marine.gov.my/notices/9", True),
    (COURSE, "https://pib.gov.in/news/mio-course", True),
    (DELIVERY, "https://www.consilium.europa.eu/en/press/2026/moldova", False),
    (("Communique of the Extraordinary Session of the Conference of Heads of State", FREEZE[1]),
     "https://www.economie.gouv.fr/ordres/2026-18", False),
])
def test_a_notice_to_mariners_or_a_course_announces_no_measure(notice, url, no_measure):
    title, text = notice
    nlp = load_nlp()
    doc = nlp(text)
    cast = find_actors(doc)
    is_notice, _, _, announces_none = notice_reading(doc, cast, url, lambda: (nlp(title), find_actors(nlp(title))))
    assert (is_notice, announces_none) == (True, no_measure)
