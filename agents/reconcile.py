"""Reconciliation: everything that entered articles.raw came out enriched or dead-lettered, once.

A raw message is known by where it sits (partition and offset): the clean agent stamps that origin
on everything it derives from the message (header `wirewatch-origin`), and the extract agent passes
it on, so an article is matched to its outcome exactly, whatever its id, even when one id was sent
twice or a message has no key. Dead letters of the clean stage name their raw message themselves.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime

import orjson
from aiokafka import TopicPartition

from agents import topics
from agents.kafka import consumer, partitions_of
from agents.settings import Settings

ORIGIN_HEADER = "wirewatch-origin"


def origin(topic: str, partition: int, offset: int) -> str:
    return f"{topic}/{partition}/{offset}"


def origin_of(message) -> str | None:
    """The raw message an output was derived from (its header), if it says."""
    value = dict(message.headers or ()).get(ORIGIN_HEADER)
    return value.decode() if value else None


@dataclass
class Reconciliation:
    entered: int = 0
    enriched: int = 0
    dead_lettered: int = 0
    missing: list[str] = field(default_factory=list)
    duplicated: list[str] = field(default_factory=list)
    not_entered: list[str] = field(default_factory=list)
    reasons: Counter = field(default_factory=Counter)

    @property
    def balanced(self) -> bool:
        return not self.missing and not self.duplicated and not self.not_entered

    def as_dict(self) -> dict:
        return {"entered": self.entered, "enriched": self.enriched, "dead_lettered": self.dead_lettered,
                "missing": self.missing, "duplicated": self.duplicated, "not_entered": self.not_entered,
                "dead_letter_reasons": dict(self.reasons.most_common()), "balanced": self.balanced}


async def behind(client, ends: dict) -> bool:
    """Whether the consumer has yet to read up to `ends` on any partition."""
    return any([await client.position(tp) < end for tp, end in ends.items()])


async def read_topic(s: Settings, topic: str, since: datetime | None, until: datetime | None = None) -> list:
    """Every message of `topic` from `since` (or the beginning) up to `until` (or its end when called)."""
    partitions = await partitions_of(s, topic)
    client = consumer(s)
    await client.start()
    try:
        client.assign(partitions)
        ends = await client.end_offsets(partitions)
        if until:
            stops = await client.offsets_for_times({tp: int(until.timestamp() * 1000) for tp in partitions})
            ends = {tp: stops[tp].offset if stops[tp] else ends[tp] for tp in partitions}
        if since:
            starts = await client.offsets_for_times({tp: int(since.timestamp() * 1000) for tp in partitions})
            for tp in partitions:
                client.seek(tp, starts[tp].offset if starts[tp] else ends[tp])
        else:
            await client.seek_to_beginning(*partitions)
        messages = []
        while await behind(client, ends):
            batch = await client.getmany(timeout_ms=1000)
            messages += [m for ms in batch.values() for m in ms if m.offset < ends[TopicPartition(m.topic, m.partition)]]
        return messages
    finally:
        await client.stop()


def short_reason(error: str) -> str:
    """The kind of a dead-letter reason, without the message's own figures: for counting."""
    return error.split(":")[0].split("(")[0].strip()[:80]


async def reconcile(s: Settings, since: datetime | None = None, ids: set[str] | None = None,
                    until: datetime | None = None) -> Reconciliation:
    """Match each raw message (in the time range, or with one of `ids`) to its outcomes.

    Missing: no enriched article and no dead letter. Duplicated: more than one outcome (a
    redelivery after a crash, or enriched and dead-lettered). Not entered: wanted ids never seen."""
    raw = await read_topic(s, topics.RAW, since, until)
    outcomes: Counter = Counter()
    enriched, dead = set(), {}
    for message in await read_topic(s, topics.ENRICHED, since):
        if source := origin_of(message):
            outcomes[source] += 1
            enriched.add(source)
    for message in await read_topic(s, topics.DLQ, since):
        letter = orjson.loads(message.value)
        source = origin_of(message) or (origin(letter["topic"], letter["partition"], letter["offset"])
                                         if letter["topic"] == topics.RAW else None)
        if source:
            outcomes[source] += 1
            dead[source] = letter["error"]
    entered = {origin(m.topic, m.partition, m.offset): m.key.decode("utf-8", "replace") if m.key else None
               for m in raw}
    if ids is not None:
        entered = {where: key for where, key in entered.items() if key in ids}
    name = lambda where: f"{entered[where]} ({where})" if entered[where] else where
    result = Reconciliation(
        entered=len(entered), enriched=sum(1 for where in entered if where in enriched),
        dead_lettered=sum(1 for where in entered if where in dead and where not in enriched),
        missing=sorted(name(where) for where in entered if not outcomes[where]),
        duplicated=sorted(name(where) for where in entered if outcomes[where] > 1),
        not_entered=sorted(ids - set(entered.values())) if ids is not None else [])
    result.reasons.update(short_reason(dead[where]) for where in entered if where in dead and where not in enriched)
    return result
