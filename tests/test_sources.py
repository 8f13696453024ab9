"""Reading article files: ninjs, NewsML-G2, JSONL and text give the right fields; bad lines and
files are reported with where and why, and reading goes on."""
from datetime import datetime, timezone
from pathlib import Path

from pipeline.sources import SourceError, read_articles, stable_id
from schemas.article import RawArticle

FEEDS = Path(__file__).parent / "data" / "feeds"


def articles(name: str) -> list[RawArticle]:
    return [RawArticle.model_validate(item) for item in read_articles(FEEDS / name)]


def test_ninjs_1_item():
    [article] = articles("ninjs-1.json")
    assert article.id == "urn:newsml:example-wire.com:20230614:baltic-exercise"
    assert article.version == "2"
    assert article.headline == "Nato begins air exercise over the Baltic"
    assert article.body_is_html and "<p>VILNIUS (Example Wire) &#8212; Nato began" in article.body
    assert article.published == datetime(2023, 6, 14, 8, 55, tzinfo=timezone.utc)
    assert (article.language, article.located, article.source) == ("en", "Vilnius", "Example Wire")
    assert article.subjects == ["conflict, war and peace", "military exercise"]


def test_ninjs_2_item_takes_main_headline_and_html_body():
    [article] = articles("ninjs-2.json")
    assert article.id == article.url == "https://news.example.org/2024/02/20/grain-corridor"
    assert article.headline == "Turkey hosts new talks on Black Sea grain corridor"
    assert article.body_is_html and article.body.startswith("<p>Turkey will host a new round")
    assert (article.language, article.located, article.subjects) == ("en-GB", "Ankara", ["diplomacy"])


def test_newsml_g2_message_gives_each_news_item():
    first, second = articles("newsml-g2.xml")
    assert (first.id, first.version) == ("urn:newsml:example-wire.com:20230903:drone-strike", "3")
    assert first.headline == "Drones hit port on the Danube, Ukraine says"
    assert first.located == "Kyiv" and first.source == "Example Wire" and first.language == "en"
    assert first.subjects == ["conflict, war and peace", "medtop:20000056"]
    assert first.published == datetime(2023, 9, 3, 9, 30, tzinfo=timezone.utc)
    assert first.body_is_html and "Russian drones struck port facilities on the Danube" in first.body
    assert (second.id, second.headline) == ("urn:newsml:example-wire.com:20230903:sanctions",
                                           "Treasury adds 20 firms to sanctions list")
    assert not second.body_is_html and second.body.startswith("The US Treasury added 20 companies")
    assert second.language == "en-US" and second.source == "Example Wire"


def test_jsonl_reports_bad_lines_and_goes_on():
    items = list(read_articles(FEEDS / "mixed.jsonl"))
    errors = [item for item in items if isinstance(item, SourceError)]
    good = [RawArticle.model_validate(item) for item in items if not isinstance(item, SourceError)]
    assert [(e.line, e.reason.split(":")[0]) for e in errors] == [(3, "bad JSON"), (4, "not a JSON object but list")]
    assert str(errors[0]).startswith(f"{FEEDS / 'mixed.jsonl'}:3: bad JSON")
    assert [a.id for a in good][0] == "line-1" and good[0].headline == "Ceasefire holds in the north"
    assert good[2].id == "urn:example:ninjs-line" and good[2].body.startswith("The border crossing")


def test_same_text_from_two_files_gets_the_same_id():
    from_jsonl = list(read_articles(FEEDS / "mixed.jsonl"))[1]
    [from_text] = read_articles(FEEDS / "same-as-line-2.txt")
    assert from_jsonl["id"] == from_text["id"] == stable_id(None, "Two ministers met in Geneva on Monday "
                                                                  "to discuss prisoner exchanges.")
    assert stable_id("urn:x:1", "any text") == "urn:x:1"


def test_broken_and_missing_files_are_reported(tmp_path):
    [broken] = read_articles(FEEDS / "broken.xml")
    assert isinstance(broken, SourceError) and broken.reason.startswith("bad XML")
    [missing] = read_articles(tmp_path / "nowhere.jsonl")
    assert isinstance(missing, SourceError) and missing.reason.startswith("cannot read")
    binary = tmp_path / "garbage.txt"
    binary.write_bytes(b"\xff\xfe\x00\x81garbage")
    [garbage] = read_articles(binary)
    assert isinstance(garbage, SourceError) and garbage.reason.startswith("not UTF-8")
    other_xml = tmp_path / "feed.xml"
    other_xml.write_text("<rss><channel/></rss>")
    [not_g2] = read_articles(other_xml)
    assert isinstance(not_g2, SourceError) and "no NewsML-G2 newsItem" in not_g2.reason
