"""Reconciliation: everything that entered articles.raw came out enriched or dead-lettered, once."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime

import orjson
from aiokafka import TopicPartition

from agents import topics
from agents.kafka import consumer, partitions_of
from agents.settings import Settings


@dataclass
class Reconciliation:
    entered: int = 0
    enriched: int = 0
    dead_lettered: int = 0
    missing: list[str] = field(default_factory=list)
    duplicated: list[str] = field(default_factory=list)

    @property
    def balanced(self) -> bool:
        return not self.missing and not self.duplicated

    def as_dict(self) -> dict:
        return {"entered": self.entered, "enriched": self.enriched, "dead_lettered": self.dead_lettered,
                "missing": self.missing, "duplicated": self.duplicated, "balanced": self.balanced}


async def read_topic(s: Settings, topic: str, since: datetime | None) -> list:
    """Every message of `topic` from `since` (or the beginning) up to its end when called."""
    partitions = await partitions_of(s, topic)
    client = consumer(s)
    await client.start()
    try:
        client.assign(partitions)
        ends = await client.end_offsets(partitions)
        if since:
            starts = await client.offsets_for_times({tp: int(since.timestamp() * 1000) for tp in partitions})
            for tp in partitions:
                client.seek(tp, starts[tp].offset if starts[tp] else ends[tp])
        else:
            await client.seek_to_beginning(*partitions)
        messages = []
        while any(await client.position(tp) < ends[tp] for tp in partitions):
            batch = await client.getmany(timeout_ms=1000)
            messages += [m for ms in batch.values() for m in ms if m.offset < ends[TopicPartition(m.topic, m.partition)]]
        return messages
    finally:
        await client.stop()


async def reconcile(s: Settings, since: datetime | None = None, ids: set[str] | None = None) -> Reconciliation:
    """Match raw messages (by key, or by partition/offset for keyless ones) to their outcome."""
    raw = await read_topic(s, topics.RAW, since)
    enriched = await read_topic(s, topics.ENRICHED, since)
    letters = [orjson.loads(m.value) for m in await read_topic(s, topics.DLQ, since)]
    sent = Counter(m.key.decode("utf-8", "replace") if m.key else f"{m.topic}:{m.partition}:{m.offset}"
                   for m in raw)
    entered = set(sent)
    if ids:
        entered &= ids
    enriched_count = Counter(m.key.decode("utf-8", "replace") for m in enriched if m.key)
    dead = Counter(d["key"] if d.get("key") else f"{d['topic']}:{d['partition']}:{d['offset']}" for d in letters)
    outcome = enriched_count + dead
    return Reconciliation(
        entered=len(entered), enriched=sum(1 for i in entered if enriched_count[i]),
        dead_lettered=sum(1 for i in entered if dead[i] and not enriched_count[i]),
        missing=sorted(i for i in entered if not outcome[i]),
        duplicated=sorted(i for i in entered if outcome[i] > sent[i]))  # sent twice may come out twice
