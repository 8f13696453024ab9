"""Test helpers that talk to the real broker: produce articles, collect what the pipeline emits."""
from __future__ import annotations

import time

import orjson
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer

from agents.kafka import partitions_of
from agents.settings import Settings


async def produce(bootstrap: str, topic: str, messages: list[tuple[bytes, bytes]]) -> None:
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, acks="all")
    await producer.start()
    try:
        for key, value in messages:
            await producer.send_and_wait(topic, key=key, value=value)
    finally:
        await producer.stop()


class Tail:
    """Reads a topic from its current end, so a test sees only what happens after it starts."""

    def __init__(self, bootstrap: str, topic: str):
        self.consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, enable_auto_commit=False)
        self.topic = topic
        self.bootstrap = bootstrap

    async def __aenter__(self) -> "Tail":
        assigned = await partitions_of(Settings(kafka_bootstrap=self.bootstrap), self.topic)
        await self.consumer.start()
        self.consumer.assign(assigned)
        await self.consumer.seek_to_end(*assigned)
        for tp in assigned:
            await self.consumer.position(tp)
        return self

    async def __aexit__(self, *exc) -> None:
        await self.consumer.stop()

    async def collect(self, wanted, count: int, timeout: float = 90.0) -> list:
        """Messages (decoded JSON value, headers) for which wanted(value) holds, until `count` or timeout."""
        found, deadline = [], time.monotonic() + timeout
        while len(found) < count and time.monotonic() < deadline:
            batch = await self.consumer.getmany(timeout_ms=500)
            for message in (m for ms in batch.values() for m in ms):
                value = orjson.loads(message.value)
                if wanted(value):
                    found.append((value, dict(message.headers or [])))
        return found

    async def quiet(self, wanted, seconds: float) -> list:
        """Everything matching in the next `seconds` (to show that nothing more arrives)."""
        return await self.collect(wanted, count=10**9, timeout=seconds)


async def start_group_at_end(bootstrap: str, group: str, topics: list[str]) -> None:
    """Commit a new consumer group at the end of `topics`, so a test worker skips what earlier runs left."""
    settings = Settings(kafka_bootstrap=bootstrap)
    partitions = [tp for topic in topics for tp in await partitions_of(settings, topic)]
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, group_id=group, enable_auto_commit=False)
    await consumer.start()
    try:
        consumer.assign(partitions)
        await consumer.commit(await consumer.end_offsets(partitions))
    finally:
        await consumer.stop()
