"""aiokafka clients for the command line (ingest, alerts, topics), configured from the settings."""
from __future__ import annotations

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.errors import TopicAlreadyExistsError
from aiokafka.helpers import create_ssl_context

from agents import topics
from agents.settings import Settings


def client_options(s: Settings) -> dict:
    """Bootstrap and security options shared by every aiokafka client."""
    options: dict = {"bootstrap_servers": s.kafka_bootstrap, "security_protocol": s.kafka_security_protocol}
    if s.kafka_security_protocol in ("SSL", "SASL_SSL"):
        options["ssl_context"] = create_ssl_context(cafile=s.kafka_ssl_cafile)
    if s.kafka_sasl_mechanism:
        options.update(sasl_mechanism=s.kafka_sasl_mechanism, sasl_plain_username=s.kafka_sasl_username,
                       sasl_plain_password=s.kafka_sasl_password and s.kafka_sasl_password.get_secret_value())
    return options


def producer(s: Settings) -> AIOKafkaProducer:
    """Acknowledged by all replicas and idempotent: what `ingest` reports as sent is on the topic."""
    return AIOKafkaProducer(acks="all", enable_idempotence=True, **client_options(s))


def consumer(s: Settings, *names: str, group: str | None = None) -> AIOKafkaConsumer:
    return AIOKafkaConsumer(*names, group_id=group, auto_offset_reset="earliest",
                            enable_auto_commit=group is not None, **client_options(s))


async def partitions_of(s: Settings, topic: str) -> list[TopicPartition]:
    """The partitions of an existing topic, asked of the broker (the producer waits for metadata)."""
    client = AIOKafkaProducer(**client_options(s))
    await client.start()
    try:
        return [TopicPartition(topic, p) for p in sorted(await client.partitions_for(topic))]
    finally:
        await client.stop()


async def committed_offsets(s: Settings, group: str) -> dict[TopicPartition, int]:
    """The offsets a consumer group has committed, by partition (those it never committed are left out)."""
    admin = AIOKafkaAdminClient(**client_options(s))
    await admin.start()
    try:
        return {tp: meta.offset for tp, meta in (await admin.list_consumer_group_offsets(group)).items()
                if meta.offset >= 0}
    finally:
        await admin.close()


def fingerprints_changelog_config(window_s: int) -> dict[str, str]:
    """The near-duplicate fingerprints are kept for the dedup window, then Kafka deletes them (in segments
    of a quarter window), so a restarted worker rebuilds its index from the window only."""
    return {"cleanup.policy": "compact,delete", "retention.ms": str(window_s * 1000),
            "segment.ms": str(max(window_s * 250, 1000))}


async def create_topics(s: Settings) -> list[str]:
    """Create every topic of the pipeline, and the changelogs of its tables, with their partitions;
    returns the ones that were new."""
    admin = AIOKafkaAdminClient(**client_options(s))
    await admin.start()
    try:
        existing = set(await admin.list_topics())
        configs = {table: {"cleanup.policy": "compact"} for table in topics.TABLES}
        configs[topics.FINGERPRINTS] = fingerprints_changelog_config(s.dedup_window_s)
        wanted = [NewTopic(name, s.partitions, s.replication_factor) for name in topics.ALL if name not in existing]
        wanted += [NewTopic(name, s.partitions, s.replication_factor, topic_configs=configs[table])
                   for table in topics.TABLES if (name := topics.changelog(s.app_id, table)) not in existing]
        if wanted:
            try:
                await admin.create_topics(wanted)
            except TopicAlreadyExistsError:
                pass
        return [t.name for t in wanted]
    finally:
        await admin.close()


async def start_group_at_end(s: Settings, group: str, names: list[str]) -> None:
    """Commit a new consumer group at the end of topics, so its workers skip what is already there."""
    partitions = [tp for name in names for tp in await partitions_of(s, name)]
    client = AIOKafkaConsumer(group_id=group, enable_auto_commit=False, **client_options(s))
    await client.start()
    try:
        client.assign(partitions)
        await client.commit(await client.end_offsets(partitions))
    finally:
        await client.stop()


class TopicTail:
    """Reads a topic from its end at entry, so the caller sees only what happens afterwards."""

    def __init__(self, s: Settings, name: str):
        self.settings, self.name = s, name
        self.client = AIOKafkaConsumer(enable_auto_commit=False, **client_options(s))

    async def __aenter__(self) -> "TopicTail":
        partitions = await partitions_of(self.settings, self.name)
        await self.client.start()
        self.client.assign(partitions)
        await self.client.seek_to_end(*partitions)
        for tp in partitions:
            await self.client.position(tp)
        return self

    async def __aexit__(self, *exc) -> None:
        await self.client.stop()

    async def messages(self, timeout_ms: int = 500) -> list:
        batch = await self.client.getmany(timeout_ms=timeout_ms)
        return [m for ms in batch.values() for m in ms]
