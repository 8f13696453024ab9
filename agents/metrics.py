"""Prometheus metrics and health/readiness views on the worker's web port."""
from __future__ import annotations

import logging
import os
import time

from faust.exceptions import ConsumerNotStarted
from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, Counter, Gauge, Histogram, generate_latest

READY_STALL_S = 60
STALL_CHECK_S = 15
STALL_EXIT_CODE = 75   # EX_TEMPFAIL: try again
log = logging.getLogger(__name__)


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
        self.progress: dict[str, float] = {}        # agent -> when it last finished a message
        self.waiting_since: dict[str, float] = {}   # agent -> when messages were seen waiting for it

    def done(self, agent: str, started: float) -> None:
        self.processed.labels(agent).inc()
        self.latency.labels(agent).observe(time.monotonic() - started)
        self.progress[agent] = time.monotonic()

    def dead_letter(self, agent: str) -> None:
        self.failed.labels(agent).inc()
        self.dead_lettered.labels(agent).inc()
        self.progress[agent] = time.monotonic()

    async def consumer_lag(self, consumer, inputs: dict[str, str]) -> dict[str, int]:
        """Refresh the lag gauge of the agents' input partitions; returns each agent's total: messages past
        the committed offset. Fetched-but-unprocessed messages count (a stalled agent shows), and the table
        changelogs, only read at recovery, do not."""
        agent_of = {topic: agent for agent, topic in inputs.items()}
        assigned = [tp for tp in consumer.assignment() if tp.topic in agent_of]
        highwaters = await consumer.highwaters(*assigned) if assigned else {}
        totals = dict.fromkeys(inputs, 0)
        for tp, high in highwaters.items():
            # faust keeps the group's committed offsets (read at assignment, updated at each commit)
            done = consumer._committed_offset.get(tp)
            if done is None:
                done = await consumer.position(tp)
            lag = max((high or 0) - (done or 0), 0)
            self.lag.labels(tp.topic, str(tp.partition)).set(lag)
            totals[agent_of[tp.topic]] += lag
        return totals

    def stalled_for(self, waiting: dict[str, int]) -> float:
        """The longest time an agent has had messages waiting without finishing one, counted from when
        they were first seen waiting after its last progress (an idle agent given a backlog is not stalled)."""
        now = time.monotonic()
        longest = 0.0
        for agent, count in waiting.items():
            if not count:
                self.waiting_since.pop(agent, None)
                continue
            since = self.waiting_since.get(agent)
            if since is None or self.progress.get(agent, 0.0) > since:
                since = self.waiting_since[agent] = now
            longest = max(longest, now - since)
        return longest

    def exposition(self) -> bytes:
        return generate_latest(self.registry)


def add_views(app, metrics: Metrics, inputs: dict[str, str]) -> None:
    """/health: the process answers. /ready: partitions assigned and not stalled. /metrics."""

    @app.page("/health")
    async def health(web, request):
        return web.json({"status": "alive", "roles": list(inputs)})

    @app.page("/ready")
    async def ready(web, request):
        try:
            assigned = len(app.consumer.assignment())
        except ConsumerNotStarted:   # asked while the worker is still starting
            assigned = 0
        waiting = await metrics.consumer_lag(app.consumer, inputs) if assigned else {}
        lag = sum(waiting.values())
        stalled = metrics.stalled_for(waiting) > READY_STALL_S
        is_ready = assigned > 0 and not stalled
        return web.json({"ready": is_ready, "assigned_partitions": assigned, "lag": lag},
                        status=200 if is_ready else 503)

    @app.page("/metrics")
    async def prometheus(web, request):
        if app.consumer.assignment():
            await metrics.consumer_lag(app.consumer, inputs)
        return web.bytes(metrics.exposition(), content_type=CONTENT_TYPE_LATEST.split(";")[0])


def add_stall_watchdog(app, metrics: Metrics, inputs: dict[str, str], limit_s: float) -> None:
    """Exit when messages wait past the committed offset and their agent has finished none for `limit_s`.

    After a kill -9 and rebalance, faust has been seen to fetch a restarted worker's input and never hand
    it to the agent. Those messages are not committed, so a new process reads them again: exiting lets
    the supervisor (compose restart policy, Kubernetes) turn a silent stall into a short delay."""

    @app.timer(STALL_CHECK_S)
    async def stall_watchdog():
        if app.rebalancing or not app.consumer.assignment():
            return
        try:
            waiting = await metrics.consumer_lag(app.consumer, inputs)
        except Exception:  # noqa: BLE001 - broker unreachable: not a stall of ours, the client retries
            return
        stalled = metrics.stalled_for(waiting)
        if stalled > limit_s:
            log.critical("no message processed for %.0f s while some wait (%s): exiting so that the worker is "
                         "restarted and reads them again", stalled, waiting)
            os._exit(STALL_EXIT_CODE)
