"""The live page on the worker's web port: /live, its files, and /live/events, the alerts as server-sent events.

Every worker that serves the page tails the whole `alerts` topic with its own group-less consumer, so
the page shows every alert whichever worker raised it, and needs nothing but the broker.
"""
from __future__ import annotations

import asyncio
import logging
from pathlib import Path

import orjson
from aiohttp import web as aiohttp_web
from aiokafka import AIOKafkaConsumer

from agents import topics
from agents.kafka import client_options, partitions_of
from agents.settings import Settings
from schemas.analysis import SIGNAL_TYPES

log = logging.getLogger("wirewatch.web")
STATIC = Path(__file__).parent / "static"
RECENT_KEPT = 300        # newest alerts a page gets when it connects
CLIENT_BACKLOG = 1000    # alerts queued for one slow page before it is told to reconnect
KEEPALIVE_S = 15         # a comment line that keeps proxies from closing an idle stream
RETRY_S = 5
# The page's consumer asks the broker at most once a second: it waits for a megabyte or a second, whichever comes
# first. With the defaults (return on the first byte, else after 0.5 s), every alert any worker published woke it:
# about 3 fetch requests per article on the bench, each served by the broker on the cores the extract workers need.
# A page a second late is still live.
LIVE_FETCH_WAIT_MS = 1000
LIVE_FETCH_MIN_BYTES = 1024 * 1024


def sse(event: str, data) -> bytes:
    return b"event: " + event.encode() + b"\ndata: " + orjson.dumps(data) + b"\n\n"


class AlertFeed:
    """The newest version of the recent alerts, and a queue per connected page to fan new ones out to."""

    def __init__(self, s: Settings):
        self.settings = s
        self.recent: dict[str, tuple[int, dict]] = {}
        self.pages: set[asyncio.Queue] = set()

    def snapshot(self) -> list[dict]:
        """Oldest first, as they arrived, so a page that adds each on top shows the newest first."""
        return [alert for _, alert in sorted(self.recent.values(), key=lambda pair: pair[0])]

    def publish(self, arrived_ms: int, alert: dict) -> None:
        self.recent.pop(alert["id"], None)
        self.recent[alert["id"]] = (arrived_ms, alert)
        while len(self.recent) > RECENT_KEPT:
            del self.recent[min(self.recent, key=lambda key: self.recent[key][0])]
        for queue in list(self.pages):
            if queue.full():  # a page that does not read: end its stream, it reconnects to a fresh snapshot
                self.pages.discard(queue)
                queue.get_nowait()
                queue.put_nowait(None)
            else:
                queue.put_nowait(alert)

    def subscribe(self) -> asyncio.Queue:
        queue: asyncio.Queue = asyncio.Queue(CLIENT_BACKLOG)
        self.pages.add(queue)
        return queue

    def unsubscribe(self, queue: asyncio.Queue) -> None:
        self.pages.discard(queue)

    async def close_pages(self, _web_app=None) -> None:
        """Ends every open stream, so the web server stops without waiting for pages to go away."""
        for queue in list(self.pages):
            self.unsubscribe(queue)
            while not queue.empty():
                queue.get_nowait()
            queue.put_nowait(None)

    async def run(self) -> None:
        """Tail `alerts` from RECENT_KEPT messages before its end per partition; retry while the broker is away."""
        while True:
            try:
                await self.tail()
            except Exception as error:  # noqa: BLE001 - the page must never take the worker down
                log.warning("live page: reading %s failed (%r); retrying in %s s", topics.ALERTS, error, RETRY_S)
                await asyncio.sleep(RETRY_S)

    async def tail(self) -> None:
        client = AIOKafkaConsumer(enable_auto_commit=False, fetch_max_wait_ms=LIVE_FETCH_WAIT_MS,
                                  fetch_min_bytes=LIVE_FETCH_MIN_BYTES, **client_options(self.settings))
        await client.start()
        try:
            while topics.ALERTS not in await client.topics():
                await asyncio.sleep(RETRY_S)  # the topic appears with `topics create` or the first alert
            partitions = await partitions_of(self.settings, topics.ALERTS)
            client.assign(partitions)
            firsts, ends = await client.beginning_offsets(partitions), await client.end_offsets(partitions)
            for tp in partitions:
                client.seek(tp, max(firsts[tp], ends[tp] - RECENT_KEPT))
            while True:
                batch = await client.getmany(timeout_ms=1000)
                for message in sorted((m for ms in batch.values() for m in ms), key=lambda m: m.timestamp):
                    try:
                        self.publish(message.timestamp, orjson.loads(message.value))
                    except (orjson.JSONDecodeError, TypeError, KeyError) as error:
                        log.warning("live page: skipped %s[%s]@%s: %s", message.topic, message.partition,
                                    message.offset, error)
        finally:
            await client.stop()


def add_live_page(app, s: Settings) -> None:
    """/live (the page), /live/static/* (its script and style), /live/events (the alerts stream)."""
    feed = AlertFeed(s)
    app.web.add_static("/live/static/", STATIC)
    app.web.web_app.on_shutdown.append(feed.close_pages)

    @app.task
    async def tail_alerts():
        await feed.run()

    @app.page("/live")
    async def live_page(web, request):
        return web.html((STATIC / "index.html").read_text(encoding="utf-8"))

    @app.page("/live/events")
    async def live_events(web, request):
        response = aiohttp_web.StreamResponse(headers={
            "Content-Type": "text/event-stream", "Cache-Control": "no-cache", "X-Accel-Buffering": "no"})
        await response.prepare(request)
        queue = feed.subscribe()  # before the snapshot, so nothing published meanwhile is missed
        try:
            await response.write(sse("snapshot", {"types": SIGNAL_TYPES, "alerts": feed.snapshot()}))
            while True:
                try:
                    alert = await asyncio.wait_for(queue.get(), KEEPALIVE_S)
                except asyncio.TimeoutError:
                    await response.write(b": keepalive\n\n")
                    continue
                if alert is None:
                    break
                await response.write(sse("alert", alert))
        except ConnectionResetError:
            pass  # the page went away
        finally:
            feed.unsubscribe(queue)
        return response
