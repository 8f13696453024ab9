"""`wirewatch ingest rss`: poll RSS/Atom feeds and send each new item to articles.raw once.

Each poll is a conditional GET (ETag / Last-Modified, so an unchanged feed costs a 304). Each new
entry's article page is fetched and sent as HTML for the `clean` stage to extract; when the page
cannot be had (down, slow, too large, not HTML) the entry's own summary/content is sent instead.
What was sent, and the feeds' validators, live in a small JSON state file written after every
acknowledged send, so a restart sends nothing twice. Every failure is one log line; polling goes on.
"""
from __future__ import annotations

import asyncio
import io
import logging
import os
import re
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import aiohttp
import feedparser
import orjson
import typer
from aiokafka.errors import KafkaError
from multidict import CIMultiDict
from pydantic import ValidationError

from agents import topics
from agents.kafka import producer
from agents.settings import settings
from pipeline.feeds import SentMemory, entry_keys, raw_article, shared_links
from schemas.article import RawArticle

log = logging.getLogger("wirewatch.rss")

DEFAULT_STATE = Path(".wirewatch") / "rss-state.json"
USER_AGENT = "wirewatch-rss/0.1 (news escalation monitor)"
FEED_ACCEPT = "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5"
PAGE_TYPES = ("text/html", "application/xhtml+xml")
META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)


@dataclass(frozen=True)
class Limits:
    """How far one request may go, and how politely we treat each host."""
    timeout_s: float = 20.0
    max_bytes: int = 5 * 1024 * 1024
    host_interval_s: float = 1.0


class FetchError(Exception):
    """A request that gave nothing usable; str(e) is the reason for the log line."""


class HostPacer:
    """At most one request per host every `interval` seconds, requests to other hosts unaffected."""

    def __init__(self, interval: float):
        self.interval = interval
        self.next_at: dict[str, float] = {}
        self.locks: dict[str, asyncio.Lock] = {}

    async def wait(self, url: str) -> None:
        host = urlsplit(url).netloc.lower()
        async with self.locks.setdefault(host, asyncio.Lock()):
            delay = self.next_at.get(host, 0.0) - time.monotonic()
            if delay > 0:
                await asyncio.sleep(delay)
            self.next_at[host] = time.monotonic() + self.interval


@dataclass
class Response:
    status: int
    headers: CIMultiDict
    body: bytes
    charset: str | None


async def fetch(session: aiohttp.ClientSession, pacer: HostPacer, limits: Limits, url: str,
                headers: dict[str, str]) -> Response:
    """GET within the timeout, reading at most limits.max_bytes (streamed, stopped past the cap)."""
    await pacer.wait(url)
    try:
        async with session.get(url, headers=headers, timeout=aiohttp.ClientTimeout(total=limits.timeout_s)) as response:
            if (response.content_length or 0) > limits.max_bytes:
                raise FetchError(f"over {limits.max_bytes} bytes ({response.content_length} announced)")
            chunks, size = [], 0
            async for chunk in response.content.iter_chunked(64 * 1024):
                size += len(chunk)
                if size > limits.max_bytes:
                    raise FetchError(f"over {limits.max_bytes} bytes")
                chunks.append(chunk)
            return Response(response.status, CIMultiDict(response.headers), b"".join(chunks), response.charset)
    except asyncio.TimeoutError:
        raise FetchError(f"no answer within {limits.timeout_s:g}s") from None
    except (aiohttp.ClientError, OSError, ValueError) as error:
        raise FetchError(f"{type(error).__name__}: {error}".rstrip(": ")) from None


def decode_page(response: Response) -> str:
    """Page bytes as text: the charset of the Content-Type header, else of a <meta> tag, else UTF-8."""
    sniffed = META_CHARSET.search(response.body, 0, 4096)
    for charset in (response.charset, sniffed and sniffed.group(1).decode("ascii"), "utf-8"):
        if charset:
            try:
                return response.body.decode(charset, errors="replace")
            except LookupError:
                continue
    return response.body.decode("utf-8", errors="replace")


class State:
    """The memory of sent entries and each feed's ETag/Last-Modified, in one JSON file."""

    def __init__(self, path: Path):
        self.path = path
        saved = orjson.loads(path.read_bytes()) if path.exists() else {}
        if not isinstance(saved, dict):
            raise ValueError("not a JSON object")
        self.sent = SentMemory(saved.get("sent"))
        self.validators: dict[str, dict[str, str]] = saved.get("feeds") or {}

    def save(self) -> None:
        """Write to a temporary file and rename, so a crash never leaves half a state file."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        temporary = self.path.with_name(self.path.name + ".tmp")
        temporary.write_bytes(orjson.dumps({"sent": self.sent.to_dict(), "feeds": self.validators}))
        os.replace(temporary, self.path)


class Poller:
    """Polls feeds one after the other, sharing one HTTP session and one per-host pace."""

    def __init__(self, session: aiohttp.ClientSession, producer, state: State, limits: Limits):
        self.session, self.producer, self.state, self.limits = session, producer, state, limits
        self.pacer = HostPacer(limits.host_interval_s)

    async def poll(self, url: str) -> int | None:
        """Send the feed's new entries, oldest first; the number sent, or None when the feed failed."""
        validators = self.state.validators.get(url, {})
        headers = {"User-Agent": USER_AGENT, "Accept": FEED_ACCEPT}
        if validators.get("etag"):
            headers["If-None-Match"] = validators["etag"]
        if validators.get("modified"):
            headers["If-Modified-Since"] = validators["modified"]
        try:
            response = await fetch(self.session, self.pacer, self.limits, url, headers)
        except FetchError as error:
            log.warning("feed %s: %s", url, error)
            return None
        if response.status == 304:
            log.info("feed %s: not modified", url)
            return 0
        if response.status != 200:
            log.warning("feed %s: HTTP %s", url, response.status)
            return None
        parsed = feedparser.parse(io.BytesIO(response.body), response_headers={
            "content-type": response.headers.get("Content-Type", ""), "content-location": url})
        if not parsed.entries and (parsed.bozo or not parsed.version):
            log.warning("feed %s: not an RSS or Atom feed: %s", url, parsed.get("bozo_exception") or "no feed element")
            return None

        sent = 0
        shared = shared_links(parsed.entries)
        try:
            for entry in reversed(parsed.entries):
                keys = entry_keys(entry, shared)
                if self.state.sent.was_sent(keys):
                    continue
                page, problem = await self.page_html(keys.link) if keys.link else (None, "no page of its own")
                article = raw_article(entry, keys, parsed.feed, page)
                if article is None:
                    log.warning("feed %s: entry %s skipped: no text in the feed and %s", url,
                                keys.guid or keys.hash, problem)
                    continue
                if await self.send(url, article):
                    self.state.sent.remember(keys)
                    self.state.save()
                    sent += 1
                    if problem and keys.link:
                        log.warning("feed %s: %s sent with the feed's own text instead of its page %s: %s",
                                    url, article["id"], keys.link, problem)
        except KafkaError as error:
            log.warning("feed %s: Kafka failed after %d sent: %s; the rest is retried next poll", url, sent, error)
            return None
        self.state.validators[url] = {name: value for name, value in (
            ("etag", response.headers.get("ETag")), ("modified", response.headers.get("Last-Modified"))) if value}
        self.state.save()
        log.info("feed %s: %d new article(s) sent", url, sent)
        return sent

    async def page_html(self, link: str) -> tuple[str | None, str | None]:
        """The article page as HTML text, or None and the reason it cannot be used."""
        try:
            response = await fetch(self.session, self.pacer, self.limits, link,
                                   {"User-Agent": USER_AGENT, "Accept": "text/html,application/xhtml+xml"})
        except FetchError as error:
            return None, str(error)
        content_type = response.headers.get("Content-Type", "").split(";")[0].strip().lower()
        if response.status != 200:
            return None, f"HTTP {response.status}"
        if content_type and content_type not in PAGE_TYPES:
            return None, f"not HTML but {content_type}"
        return decode_page(response), None

    async def send(self, url: str, article: dict) -> bool:
        try:
            valid = RawArticle.model_validate(article)
        except ValidationError as error:
            log.warning("feed %s: entry %s is not a valid article: %s", url, article.get("id"),
                        "; ".join(e["msg"] for e in error.errors()))
            return False
        await self.producer.send_and_wait(topics.RAW, key=valid.id.encode(), value=orjson.dumps(valid.model_dump(mode="json")))
        return True


async def poll_feeds(urls: list[str], state: State, producer, interval: float, once: bool,
                     limits: Limits = Limits()) -> tuple[int, int]:
    """Poll every feed, then wait `interval` seconds and again (just once with `once`);
    returns (articles sent, feed polls that failed)."""
    sent = failed = 0
    async with aiohttp.ClientSession() as session:
        poller = Poller(session, producer, state, limits)
        while True:
            for url in urls:
                count = await poller.poll(url)
                sent += count or 0
                failed += count is None
            if once:
                return sent, failed
            await asyncio.sleep(interval)


def rss_command(urls: list[str] = typer.Argument(..., help="RSS 2.0 or Atom feed URLs"),
                interval: float = typer.Option(300, min=1, help="seconds between polls of the feeds"),
                once: bool = typer.Option(False, "--once", help="poll each feed once and exit"),
                state: Path | None = typer.Option(None, help=f"state file of what was sent (default {DEFAULT_STATE})")):
    """Poll RSS/Atom feeds and send each new item, with its article page, to articles.raw once.
    With --once, exit 1 when a feed could not be read."""
    if not logging.getLogger().handlers:
        logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    for url in urls:
        if urlsplit(url).scheme not in ("http", "https"):
            typer.echo(f"wirewatch: not an http(s) URL: {url}", err=True)
            raise typer.Exit(2)
    s = settings()
    state_path = state or DEFAULT_STATE
    try:
        saved = State(state_path)
        saved.save()
    except (OSError, ValueError) as error:
        typer.echo(f"wirewatch: state file {state_path} unusable: {error}", err=True)
        raise typer.Exit(2)

    async def run() -> tuple[int, int]:
        client = producer(s)
        try:
            await client.start()
            return await poll_feeds(urls, saved, client, interval, once,
                                    Limits(max_bytes=s.ingest_max_bytes))
        finally:
            await client.stop()

    try:
        sent, failed = asyncio.run(run())
    except KafkaError as error:
        typer.echo(f"wirewatch: Kafka at {s.kafka_bootstrap} failed: {error}", err=True)
        raise typer.Exit(1)
    except OSError as error:
        typer.echo(f"wirewatch: state file {state_path} cannot be written: {error}", err=True)
        raise typer.Exit(1)
    except KeyboardInterrupt:
        raise typer.Exit(130)
    typer.echo(f"sent {sent} article(s) to {topics.RAW}; {failed} feed poll(s) failed", err=True)
    if failed:
        raise typer.Exit(1)
