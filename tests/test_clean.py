"""The clean stage: story paragraphs kept character for character, furniture gone, non-English
and hostile input rejected with a reason."""
import json
from pathlib import Path

import pytest

from pipeline.clean import Rejected, clean_article
from pipeline.sources import read_articles
from schemas.article import RawArticle

SEED = Path(__file__).parent / "data" / "seed.gold.jsonl"
FEEDS = Path(__file__).parent / "data" / "feeds"
FURNITURE_WORDS = ("Photograph:", "Photo:", "Getty Images", "AP Photo", "Diplomatic editor", "Europe editor",
                   "Defence correspondent", "Leave A Reply", "Leave a Reply", "will not be published",
                   "newsletter", "Share", "Reuse this content", "Reporting by", "Read more", "Follow us", "-30-")


def seed_text() -> str:
    return json.loads(SEED.read_text().splitlines()[0])["text"]


def clean(body: str, **fields) -> str:
    return clean_article(RawArticle(id="test", body=body, **fields)).text


def from_file(name: str) -> str:
    [item] = read_articles(FEEDS / name)
    return clean_article(RawArticle.model_validate(item)).text


def test_seed_keeps_every_real_paragraph_and_loses_its_furniture():
    original = seed_text()
    text = clean(original)
    paragraphs = text.split("\n\n")
    for furniture in ("Photograph:", "Getty Images", "Diplomatic editor", "Leave A Reply", "will not be published"):
        assert furniture not in text
    story = [p for p in original.split("\n\n") if len(p) > 120 and "Photograph:" not in p]
    assert len(story) >= 15
    for paragraph in story:
        assert paragraph.strip() in paragraphs          # unchanged, character for character
    assert paragraphs[-1].startswith("Scholz sidestepped a question")
    assert "“The main task now is to prevent a military attack on Ukraine,” the Nato secretary general" in text


def test_html_page_gives_story_paragraphs_with_repaired_unicode():
    text = from_file("furniture-page.html")
    assert "“This is an unacceptable violation of our sovereignty,” the foreign minister, Nicu Popescu, told" in text
    assert ("Moscow denied that any of its missiles had entered Moldovan airspace.\n\n"
            "Ukraine’s air force said it had shot down 18 of 25 missiles launched overnight.") in text
    for furniture in FURNITURE_WORDS + ("Example Daily", "Ana Ciobanu", "Facebook", "World"):
        assert furniture not in text


def test_wire_text_loses_byline_credits_trailer_and_end_mark():
    text = from_file("furniture-wire.txt")
    paragraphs = text.split("\n\n")
    assert paragraphs[0].startswith("BRUSSELS, March 3 (Example Wire) - European Union governments agreed")
    assert '"We will not look away while Minsk helps the war," the EU\'s foreign policy chief said' in text
    assert paragraphs[-1] == 'Belarus called the decision "economic terrorism" and said it would respond.'
    assert len(paragraphs) == 4
    for furniture in FURNITURE_WORDS + ("Jonas Weber", "Lukashenko attends"):
        assert furniture not in text


def test_sentence_starting_with_by_or_naming_an_editor_is_story_text():
    text = clean("By Monday, troops had withdrawn from the town.\n\n"
                 "The editor of the newspaper was arrested on Tuesday, his lawyer said.")
    assert text == ("By Monday, troops had withdrawn from the town.\n\n"
                    "The editor of the newspaper was arrested on Tuesday, his lawyer said.")


def test_german_article_is_rejected_with_its_language():
    german = ("Die Bundesregierung hat am Dienstag neue Sanktionen gegen Russland angekündigt. "
              "Der Kanzler sagte, man werde die Ukraine weiter unterstützen, auch mit Waffen.")
    with pytest.raises(Rejected, match="^not English: detected de$"):
        clean(german)


def test_declared_language_is_trusted():
    with pytest.raises(Rejected, match="^not English: declared fr$"):
        clean("Nato invites Russia to talks.", language="fr-FR")
    assert clean("Die Welt: Nato invites Russia to talks.", language="en-GB")


@pytest.mark.parametrize("sentence", [
    "Nato invites Russia.",
    "Putin met Scholz in Moscow.",
    "On Tuesday, Nigerian junior foreign minister Dubem Oniya summoned Niger's ambassador.",
])
def test_one_english_sentence_is_kept(sentence):
    assert clean(sentence) == sentence


def test_body_over_the_limit_is_rejected_with_its_size():
    with pytest.raises(Rejected, match=r"^body too large: 3000000 bytes > 2000000$"):
        clean("a" * 3_000_000)
    with pytest.raises(Rejected, match=r"^body too large: 1001 bytes > 1000$"):
        clean_article(RawArticle(id="t", body="a" * 1001), max_body_bytes=1000)


@pytest.mark.parametrize("body", [
    "<div>" * 100_000 + "<p>Troops crossed the border.</p>" + "</div>" * 100_000,
    "“" * 10_000 + " he said " + '"' * 10_000,
    bytes(range(256)).decode("latin-1") * 2000,
    "\x00\x01\x02\ufffd" * 50_000,
    "x" * 1_000_000,
])
def test_hostile_input_is_rejected_not_crashed(body):
    with pytest.raises(Rejected):
        clean(body)


def test_a_one_megabyte_sentence_is_cleaned_whole():
    sentence = "The minister said " + "very " * 200_000 + "long."
    assert clean(sentence) == sentence


def test_repair_skips_only_lines_ftfy_would_leave_unchanged():
    """The repair gives what ftfy gives on the whole text, for stories and for mojibake, CRLF, entities,
    ligatures, full-width letters and line separators mixed into them."""
    import ftfy

    from pipeline.clean import INVISIBLE, repair

    stories = [seed_text()] + [json.loads(line)["body"] for line in
                               (Path(__file__).parents[1] / "samples" / "articles.jsonl").read_text().splitlines()]
    mangled = [variant for story in stories for variant in (
        story.encode("utf-8").decode("cp1252", errors="replace"), story.replace("\n", "\r\n"),
        story.replace(" ", "\u2028", 3) + " &amp; ﬁne ＡＢＣ caf\u0065\u0301 \x1b[31m")]
    for text in stories + mangled:
        assert repair(text) == INVISIBLE.sub("", ftfy.fix_text(text, uncurl_quotes=False, unescape_html=False))
    assert repair("Kyiv’s “Javelin” — said Mr Zelenskyâ€™s aide") == "Kyiv’s “Javelin” — said Mr Zelensky’s aide"
