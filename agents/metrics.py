"""Prometheus metrics and health/readiness views on the worker's web port."""
from __future__ import annotations

import time

from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, Counter, Gauge, Histogram, generate_latest

READY_STALL_S = 60


class Metrics:
    """Per-agent counters and latency; lag is read from the consumer when scraped."""

    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        self.processed = Counter("wirewatch_processed", "Messages an agent handled", ["agent"], registry=self.registry)
        self.failed = Counter("wirewatch_failed", "Messages an agent could not handle", ["agent"],
                              registry=self.registry)
        self.dead_lettered = Counter("wirewatch_dead_lettered", "Messages sent to articles.dlq", ["agent"],
                                     registry=self.registry)
        self.latency = Histogram("wirewatch_processing_seconds", "Time to handle one message", ["agent"],
                                 buckets=(.005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5, 10, 30),
                                 registry=self.registry)
        self.lag = Gauge("wirewatch_consumer_lag", "Messages past the committed offset", ["topic", "partition"],
                         registry=self.registry)
        self.last_progress = time.monotonic()

    def done(self, agent: str, started: float, count: int = 1) -> None:
        seconds = time.monotonic() - started
        self.processed.labels(agent).inc(count)
        for _ in range(count):
            self.latency.labels(agent).observe(seconds / count)
        self.last_progress = time.monotonic()

    def dead_letter(self, agent: str) -> None:
        self.failed.labels(agent).inc()
        self.dead_lettered.labels(agent).inc()
        self.last_progress = time.monotonic()

    async def consumer_lag(self, consumer, topics: set[str]) -> int:
        """Refresh the lag gauge of the agents' input partitions and return the total: messages past the
        committed offset. Fetched-but-unprocessed messages count (a stalled agent shows), and the table
        changelogs, only read at recovery, do not."""
        assigned = [tp for tp in consumer.assignment() if tp.topic in topics]
        highwaters = await consumer.highwaters(*assigned) if assigned else {}
        total = 0
        for tp, high in highwaters.items():
            # faust keeps the group's committed offsets (read at assignment, updated at each commit)
            done = consumer._committed_offset.get(tp)
            if done is None:
                done = await consumer.position(tp)
            lag = max((high or 0) - (done or 0), 0)
            self.lag.labels(tp.topic, str(tp.partition)).set(lag)
            total += lag
        return total

    def exposition(self) -> bytes:
        return generate_latest(self.registry)


def add_views(app, metrics: Metrics, roles: tuple[str, ...], input_topics: set[str]) -> None:
    """/health: the process answers. /ready: partitions assigned and not stalled. /metrics."""

    @app.page("/health")
    async def health(web, request):
        return web.json({"status": "alive", "roles": list(roles)})

    @app.page("/ready")
    async def ready(web, request):
        assigned = len(app.consumer.assignment())
        lag = await metrics.consumer_lag(app.consumer, input_topics) if assigned else 0
        stalled = lag > 0 and time.monotonic() - metrics.last_progress > READY_STALL_S
        is_ready = assigned > 0 and not stalled
        return web.json({"ready": is_ready, "assigned_partitions": assigned, "lag": lag},
                        status=200 if is_ready else 503)

    @app.page("/metrics")
    async def prometheus(web, request):
        if app.consumer.assignment():
            await metrics.consumer_lag(app.consumer, input_topics)
        return web.bytes(metrics.exposition(), content_type=CONTENT_TYPE_LATEST.split(";")[0])
