"""Test helpers that talk to the real broker: produce articles, collect what the pipeline emits."""
from __future__ import annotations

import time

import orjson
from aiokafka import AIOKafkaProducer

from agents import kafka
from agents.settings import Settings


async def produce(bootstrap: str, topic: str, messages: list[tuple[bytes, bytes]]) -> None:
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, acks="all")
    await producer.start()
    try:
        for key, value in messages:
            await producer.send_and_wait(topic, key=key, value=value)
    finally:
        await producer.stop()


class Tail(kafka.TopicTail):
    """A topic read from its end when the test starts, decoded, so a test sees only what it caused."""

    def __init__(self, bootstrap: str, topic: str):
        super().__init__(Settings(kafka_bootstrap=bootstrap), topic)

    async def collect(self, wanted, count: int, timeout: float = 90.0) -> list:
        """Messages (decoded JSON value, headers) for which wanted(value) holds, until `count` or timeout."""
        found, deadline = [], time.monotonic() + timeout
        while len(found) < count and time.monotonic() < deadline:
            for message in await self.messages():
                value = orjson.loads(message.value)
                if wanted(value):
                    found.append((value, dict(message.headers or [])))
        return found

    async def quiet(self, wanted, seconds: float) -> list:
        """Everything matching in the next `seconds` (to show that nothing more arrives)."""
        return await self.collect(wanted, count=10**9, timeout=seconds)


async def start_group_at_end(bootstrap: str, group: str, topics: list[str]) -> None:
    """A new consumer group committed at the end of `topics`: a test worker skips what earlier runs left."""
    await kafka.start_group_at_end(Settings(kafka_bootstrap=bootstrap), group, topics)
