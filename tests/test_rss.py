"""`ingest rss`: feed entries become raw articles, each sent once, across restarts, whatever the feeds do."""
from __future__ import annotations

import asyncio
import io
import logging
import socket
from pathlib import Path

import aiohttp
import feedparser
import pytest
from aiohttp import web

from agents import topics
from agents.kafka import create_topics, producer
from agents.rss import FetchError, HostPacer, Limits, State, fetch, poll_feeds
from agents.settings import Settings
from pipeline.feeds import SentMemory, entry_keys, raw_article, shared_links
from schemas.article import RawArticle
from tests.kafka_io import Tail

DATA = Path(__file__).parent / "data" / "rss"
FIXTURE_BASE = "http://feeds.test"
DESK_LAST_MODIFIED = "Wed, 11 Jun 2025 08:00:00 GMT"
LIMITS = Limits(timeout_s=1.0, max_bytes=256 * 1024, host_interval_s=0.2)


def parse(name: str, base: str = FIXTURE_BASE):
    document = (DATA / name).read_text().replace(FIXTURE_BASE, base)
    return feedparser.parse(io.BytesIO(document.encode()), response_headers={"content-type": "application/xml"})


# --- entries to articles, and the memory (no network) ------------------------------------------

def test_rss_item_with_guid_becomes_an_article_with_its_page():
    feed = parse("wire.xml")
    entry = feed.entries[0]
    page = (DATA / "river-crossing.html").read_text()
    article = raw_article(entry, entry_keys(entry), feed.feed, page)
    valid = RawArticle.model_validate(article)
    assert valid.id == "harbour-2025-0611-001"
    assert valid.url == "http://feeds.test/articles/river-crossing.html"
    assert valid.source == "Harbour Wire"
    assert valid.headline == "Border guards exchange fire at river crossing"
    assert valid.body == page and valid.body_is_html
    assert valid.published.isoformat() == "2025-06-11T04:30:00+00:00"
    assert valid.language == "en-gb"


def test_without_a_page_the_entry_text_is_the_body_and_the_id_falls_back_to_the_link():
    feed = parse("wire.xml")
    entry = feed.entries[1]  # no guid
    valid = RawArticle.model_validate(raw_article(entry, entry_keys(entry), feed.feed, None))
    assert valid.id == "http://feeds.test/articles/manifest.html"
    assert valid.body == "The port authority released the manifest of the impounded freighter on Wednesday."


def test_atom_content_is_preferred_to_the_summary_and_xml_lang_is_the_language():
    feed = parse("desk.xml")
    entry = feed.entries[0]
    valid = RawArticle.model_validate(raw_article(entry, entry_keys(entry), feed.feed, None))
    assert valid.id == "urn:capital-desk:2025:emergency-powers"
    assert valid.source == "Capital Desk"
    assert "emergency powers bill" in valid.body and valid.body_is_html
    assert valid.language == "en"


def test_an_item_without_guid_or_link_gets_the_same_content_hash_id_every_time():
    feed = parse("wire.xml")
    entry = {key: value for key, value in feed.entries[1].items() if key not in ("link", "links")}
    first = raw_article(entry, entry_keys(entry), feed.feed, None)
    again = raw_article(dict(entry), entry_keys(dict(entry)), feed.feed, None)
    assert first["id"].startswith("sha256:") and first["id"] == again["id"]
    assert "url" not in first
    RawArticle.model_validate(first)


def test_an_entry_without_any_text_is_no_article():
    entry = {"title": "Headline only", "link": "http://feeds.test/a"}
    assert raw_article(entry, entry_keys(entry), {"title": "T"}, None) is None


def test_memory_knows_an_entry_by_guid_link_or_content_and_survives_a_round_trip():
    wire, desk = parse("wire.xml"), parse("desk.xml")
    memory = SentMemory()
    for entry in wire.entries:
        memory.remember(entry_keys(entry))
    restarted = SentMemory(memory.to_dict())
    assert all(restarted.was_sent(entry_keys(entry)) for entry in wire.entries)
    same_story_other_feed, new_story = desk.entries[1], desk.entries[0]
    assert restarted.was_sent(entry_keys(same_story_other_feed))  # by link
    assert not restarted.was_sent(entry_keys(new_story))
    republished = {**wire.entries[1], "link": "http://feeds.test/moved/manifest.html"}
    assert restarted.was_sent(entry_keys(republished))  # by content


def test_a_link_that_several_entries_share_does_not_identify_them():
    entries = [{"id": f"item-{n}", "link": "http://feeds.test/", "title": f"Story {n}", "summary": f"Text {n}."}
               for n in range(2)]
    shared = shared_links(entries)
    memory = SentMemory()
    memory.remember(entry_keys(entries[0], shared))
    assert entry_keys(entries[1], shared).link is None
    assert not memory.was_sent(entry_keys(entries[1], shared))


def test_memory_keeps_the_newest_keys():
    memory = SentMemory(limit=2)
    entries = [{"id": f"g{n}", "link": f"http://feeds.test/{n}", "summary": f"text {n}"} for n in range(3)]
    for entry in entries:
        memory.remember(entry_keys(entry))
    assert [memory.was_sent(entry_keys(e)) for e in entries] == [False, True, True]
    assert all(len(keys) == 2 for keys in memory.to_dict().values())


# --- a local feed server -------------------------------------------------------------------------

class FeedServer:
    """The feeds and pages of tests/data/rss on 127.0.0.1, with conditional GET (ETag on the RSS
    feed, Last-Modified on the Atom feed), a page over the size cap, a page slower than the
    timeout, a bad feed and a failing one; every request is recorded."""

    def __init__(self):
        self.requests: list[tuple[float, str, dict[str, str], int]] = []
        self.wire = "wire.xml"
        self.base = ""

    def url(self, path: str) -> str:
        return f"{self.base}/{path}"

    def feed(self, name: str, content_type: str, headers: dict[str, str]) -> web.Response:
        text = (DATA / name).read_text().replace(FIXTURE_BASE, self.base)
        return web.Response(text=text, content_type=content_type, headers=headers)

    async def wire_feed(self, request):
        etag = f'"{self.wire}"'
        if request.headers.get("If-None-Match") == etag:
            return web.Response(status=304, headers={"ETag": etag})
        return self.feed(self.wire, "application/rss+xml", {"ETag": etag})

    async def desk_feed(self, request):
        if request.headers.get("If-Modified-Since") == DESK_LAST_MODIFIED:
            return web.Response(status=304)
        return self.feed("desk.xml", "application/atom+xml", {"Last-Modified": DESK_LAST_MODIFIED})

    async def broken_feed(self, request):
        return self.feed("broken.xml", "application/rss+xml", {})

    async def failing_feed(self, request):
        return web.Response(status=503, text="down for maintenance")

    async def huge_page(self, request):
        """Sent in chunks without a Content-Length: the client must count and stop."""
        response = web.StreamResponse(headers={"Content-Type": "text/html"})
        await response.prepare(request)
        try:
            for _ in range(64):
                await response.write(b"<p>" + b"padding " * 8000 + b"</p>\n")
        except ConnectionError:
            pass
        return response

    async def slow_page(self, request):
        await asyncio.sleep(LIMITS.timeout_s * 3)
        return web.Response(text="<p>too late</p>", content_type="text/html")

    async def page(self, request):
        path = DATA / request.match_info["name"]
        if not path.is_file() or path.suffix != ".html":
            return web.Response(status=404)
        return web.Response(body=path.read_bytes(), content_type="text/html")

    @web.middleware
    async def record(self, request, handler):
        arrived = asyncio.get_running_loop().time()
        response = await handler(request)
        self.requests.append((arrived, request.path, dict(request.headers), response.status))
        return response

    def seen(self, path: str) -> list[tuple[dict[str, str], int]]:
        return [(headers, status) for _, p, headers, status in self.requests if p == f"/{path}"]


@pytest.fixture
async def feed_server():
    server = FeedServer()
    app = web.Application(middlewares=[server.record])
    app.add_routes([web.get("/wire.xml", server.wire_feed), web.get("/desk.xml", server.desk_feed),
                    web.get("/broken.xml", server.broken_feed), web.get("/failing.xml", server.failing_feed),
                    web.get("/articles/manifest.html", server.huge_page),
                    web.get("/articles/slow.html", server.slow_page),
                    web.get("/articles/{name}", server.page)])
    runner = web.AppRunner(app, shutdown_timeout=0.5)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    host, port = runner.addresses[0][:2]
    server.base = f"http://{host}:{port}"
    yield server
    await runner.cleanup()


def closed_port_url() -> str:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}/feed.xml"


async def test_fetch_stops_at_the_size_cap_and_at_the_timeout(feed_server):
    async with aiohttp.ClientSession() as session:
        pacer = HostPacer(0)
        with pytest.raises(FetchError, match="over 262144 bytes"):
            await fetch(session, pacer, LIMITS, feed_server.url("articles/manifest.html"), {})
        with pytest.raises(FetchError, match="no answer within 1s"):
            await fetch(session, pacer, LIMITS, feed_server.url("articles/slow.html"), {})
        page = await fetch(session, pacer, LIMITS, feed_server.url("articles/envoys.html"), {})
    assert page.status == 200 and b"Envoys from both capitals" in page.body


# --- end to end, on the real broker --------------------------------------------------------------

async def poll_once(bootstrap: str, state_path: Path, urls: list[str]) -> tuple[int, int]:
    """One run of the poller as a fresh process would do it: state read from disk, new producer."""
    client = producer(Settings(kafka_bootstrap=bootstrap))
    await client.start()
    try:
        return await poll_feeds(urls, State(state_path), client, interval=0, once=True, limits=LIMITS)
    finally:
        await client.stop()


@pytest.mark.integration
async def test_every_item_reaches_articles_raw_once_across_restarts(kafka_bootstrap, feed_server, tmp_path, caplog):
    await create_topics(Settings(kafka_bootstrap=kafka_bootstrap))
    state_path = tmp_path / "rss-state.json"
    down = closed_port_url()
    urls = [feed_server.url("wire.xml"), feed_server.url("desk.xml"), feed_server.url("broken.xml"),
            feed_server.url("failing.xml"), down]
    ours = lambda article: (article.get("url") or "").startswith(feed_server.base)
    caplog.set_level(logging.INFO, logger="wirewatch.rss")

    async with Tail(kafka_bootstrap, topics.RAW) as raw:
        assert await poll_once(kafka_bootstrap, state_path, urls) == (4, 3)
        first = [article for article, _ in await raw.collect(ours, count=4, timeout=30) + await raw.quiet(ours, 3)]
    by_headline = {article["headline"]: article for article in first}
    assert len(first) == len(by_headline) == 4  # the desk's copy of the river-crossing story is not sent again
    for article in first:
        RawArticle.model_validate(article)
    crossing = by_headline["Border guards exchange fire at river crossing"]
    assert crossing["id"] == "harbour-2025-0611-001" and crossing["source"] == "Harbour Wire"
    assert crossing["body_is_html"] and "exchanged fire for two hours" in crossing["body"]
    powers = by_headline["Parliament debates emergency powers"]
    assert powers["id"] == "urn:capital-desk:2025:emergency-powers" and "before the weekend" in powers["body"]
    too_large = by_headline["Port authority publishes full cargo manifest"]
    assert too_large["body"] == "The port authority released the manifest of the impounded freighter on Wednesday."
    too_slow = by_headline["Ministry statement delayed by server trouble"]
    assert too_slow["body"] == "The defence ministry said it would hold a briefing at noon."
    warnings = [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING]
    assert sum("broken.xml: not an RSS or Atom feed" in w for w in warnings) == 1
    assert sum("failing.xml: HTTP 503" in w for w in warnings) == 1
    assert sum(w.startswith(f"feed {down}: ") for w in warnings) == 1
    assert sum("instead of its page" in w and "manifest.html: over 262144 bytes" in w for w in warnings) == 1
    assert sum("instead of its page" in w and "slow.html: no answer within 1s" in w for w in warnings) == 1
    assert not any(r.exc_info for r in caplog.records)

    pages_before = sum(1 for _, path, _, _ in feed_server.requests if path.startswith("/articles/"))
    async with Tail(kafka_bootstrap, topics.RAW) as raw:
        assert await poll_once(kafka_bootstrap, state_path, urls) == (0, 3)
        assert await raw.quiet(ours, 3) == []
    (wire_headers, wire_status), (desk_headers, desk_status) = feed_server.seen("wire.xml")[-1], feed_server.seen("desk.xml")[-1]
    assert wire_headers["If-None-Match"] == '"wire.xml"' and wire_status == 304
    assert desk_headers["If-Modified-Since"] == DESK_LAST_MODIFIED and desk_status == 304
    assert sum(1 for _, path, _, _ in feed_server.requests if path.startswith("/articles/")) == pages_before

    feed_server.wire = "wire-later.xml"  # one new item on top of the three already sent
    async with Tail(kafka_bootstrap, topics.RAW) as raw:
        assert await poll_once(kafka_bootstrap, state_path, urls) == (1, 3)
        later = [article for article, _ in await raw.collect(ours, count=1, timeout=30) + await raw.quiet(ours, 3)]
    assert [article["id"] for article in later] == ["harbour-2025-0611-004"]
    assert feed_server.seen("articles/envoys.html")[-1][1] == 200

    arrivals = sorted(at for at, _, _, _ in feed_server.requests)
    gaps = [b - a for a, b in zip(arrivals, arrivals[1:])]
    assert min(gaps) >= LIMITS.host_interval_s * 0.9  # polite: one request per host per interval
