"""The pipeline on a real broker: articles in, enriched articles, alerts and dead letters out."""
from __future__ import annotations

import asyncio
import json
import uuid
from pathlib import Path

import orjson
import pytest
from aiokafka.admin import AIOKafkaAdminClient

from agents import topics
from agents.kafka import client_options
from agents.settings import Settings
from tests.kafka_io import Tail, produce, start_group_at_end

pytestmark = pytest.mark.integration
ROOT = Path(__file__).resolve().parents[1]
DEDUP_WINDOW_S = 20


def seed_article(article_id: str, published: str, **changes) -> dict:
    article = json.loads((ROOT / "samples" / "articles.jsonl").read_text().splitlines()[0])
    return {**article, "id": article_id, "published": published, **changes}


def alerts_from(article_ids):
    return lambda alert: any(e["article_id"] in article_ids for e in alert["evidence"])


async def test_seed_article_is_enriched_and_raises_its_alerts(kafka_bootstrap, worker):
    article = seed_article(f"seed-{uuid.uuid4().hex[:8]}", "2022-01-18T12:00:00Z")
    async with Tail(kafka_bootstrap, "articles.enriched") as enriched, Tail(kafka_bootstrap, "alerts") as alerts:
        await produce(kafka_bootstrap, "articles.raw", [(article["id"].encode(), orjson.dumps(article))])
        [(record, _)] = await enriched.collect(lambda r: r["id"] == article["id"], 1)
        assert "Leave A Reply" not in record["text"]
        assert {"RUS", "UKR", "GBR", "DEU", "USA"} <= {a["code"] for a in record["actors"]}
        assert any(q["speaker"] == "Jens Stoltenberg" for q in record["quotes"])
        raised = await alerts.collect(alerts_from({article["id"]}), 3)
        raised += await alerts.quiet(alerts_from({article["id"]}), 5)
    kinds = {(a["type"], a["dyad"]): (a, headers) for a, headers in raised}
    assert {("arms_delivery", "GBR>UKR"), ("troop_buildup", "RUS>UKR"), ("sanctions", "USA>RUS")} == set(kinds)
    # the attack to be prevented and Germany's refusal to send arms are in the analysis, never alerts
    assert {(s["type"], s["status"]) for s in record["signals"]} >= {("attack", "hypothetical"),
                                                                    ("arms_delivery", "denied")}
    sanctions, headers = kinds["sanctions", "USA>RUS"]
    assert sanctions["certainty"] == "Possible" and sanctions["status"] == "threatened"
    assert headers["ce_specversion"] == b"1.0" and headers["content-type"] == b"application/json"
    assert headers["ce_type"] == b"org.wirewatch.alert.sanctions"


async def test_a_worker_started_on_a_new_cluster_creates_every_topic_and_changelog_first(kafka_bootstrap, tmp_path):
    """Without `topics create`, a changelog faust made on its own, racing another worker of a new group, could be
    read as having no partitions, and every signal of the run went to the dead-letter topic (PartitionsMismatch).
    A worker running only `clean` creates the alert stage's changelogs too, with the pipeline's partitions."""
    from tests.workers import Worker

    worker = Worker(kafka_bootstrap, tmp_path, agents="clean")
    # its group starts at the input's end: it must not clean again what earlier tests sent
    await start_group_at_end(kafka_bootstrap, worker.app_id, list(topics.AGENT_INPUTS.values()))
    try:
        worker.start()
        s = Settings(kafka_bootstrap=kafka_bootstrap)
        admin = AIOKafkaAdminClient(**client_options(s))   # listing, unlike a producer's lookup, creates nothing
        await admin.start()
        try:
            described = await admin.describe_topics([topics.changelog(worker.app_id, t) for t in topics.TABLES])
        finally:
            await admin.close()
        assert [len(topic["partitions"]) for topic in described] == [s.partitions] * len(topics.TABLES), described
    finally:
        worker.stop()


async def test_malformed_messages_go_to_the_dead_letter_topic_and_the_stream_goes_on(kafka_bootstrap, worker):
    tag = uuid.uuid4().hex[:8]
    good = seed_article(f"good-{tag}", "2022-02-01T12:00:00Z")
    poison = [(f"badjson-{tag}".encode(), b'{"id": "x", "body": '),
              (f"notext-{tag}".encode(), orjson.dumps({"id": f"notext-{tag}", "headline": "no body"})),
              (f"binary-{tag}".encode(), bytes(range(256)))]
    async with Tail(kafka_bootstrap, "articles.dlq") as dlq, Tail(kafka_bootstrap, "articles.enriched") as enriched:
        await produce(kafka_bootstrap, "articles.raw", poison + [(good["id"].encode(), orjson.dumps(good))])
        letters = await dlq.collect(lambda d: (d["key"] or "").endswith(tag), 3)
        assert await enriched.collect(lambda r: r["id"] == good["id"], 1)
    reasons = {d["key"].split("-")[0]: d for d, _ in letters}
    assert reasons["badjson"]["error"].startswith("invalid JSON")
    assert "body" in reasons["notext"]["error"]
    assert reasons["binary"]["payload_encoding"] == "base64"
    assert all(d["topic"] == "articles.raw" and d["offset"] is not None for d, _ in letters)
    assert worker.alive(), "the worker must survive poison messages"


async def test_a_notice_on_an_official_host_alerts_as_its_state_and_the_same_text_on_a_news_site_does_not(
        kafka_bootstrap, worker):
    tag = uuid.uuid4().hex[:8]
    body = ("All banks and financial institutions are hereby directed to freeze without delay the funds and other "
            "assets of the three individuals and one entity listed in the annex to this circular. Institutions shall "
            "report any frozen balances to the Financial Intelligence Unit within 48 hours.")
    notice = {"id": f"circular-{tag}", "source": "Bank of Tanzania", "url": "https://www.bot.go.tz/circulars/2026-14",
              "headline": "Circular to all banks: implementation of targeted financial sanctions", "body": body,
              "published": "2022-05-02T08:00:00Z"}
    reprint = {**notice, "id": f"reprint-{tag}", "source": "The Citizen",
               "url": "https://www.thecitizen.co.tz/business/banks-told-to-freeze-assets"}
    async with Tail(kafka_bootstrap, "alerts") as alerts:
        await produce(kafka_bootstrap, "articles.raw", [(a["id"].encode(), orjson.dumps(a)) for a in (notice, reprint)])
        raised = await alerts.collect(alerts_from({notice["id"]}), 1)
        raised += await alerts.quiet(alerts_from({notice["id"], reprint["id"]}), 5)
    # the circular is Tanzania's order; a news site's copy names no one who acts, so it alerts no one
    assert [(a["type"], a["dyad"], a["status"]) for a, _ in raised] == [("sanctions", "TZA>?", "actual")]
    assert all(e["article_id"] == notice["id"] for e in raised[0][0]["evidence"])


async def test_one_alert_per_event_updated_by_other_sources_and_unchanged_by_replays(kafka_bootstrap, worker):
    tag = uuid.uuid4().hex[:8]
    published = "2022-03-01T08:00:00Z"  # its own alert window, so earlier tests do not interfere
    first = seed_article(f"first-{tag}", published)
    report = ("A British military plane carried anti-tank weapons to Ukraine on Monday night, the "
              "Ministry of Defence in London said. The delivery is part of a package agreed last week.")
    second = {"id": f"second-{tag}", "source": "Reuters", "headline": "UK flies anti-tank weapons to Ukraine",
              "body": report, "published": "2022-03-01T10:00:00Z"}
    ours = alerts_from({first["id"], second["id"]})
    async with Tail(kafka_bootstrap, "alerts") as alerts:
        await produce(kafka_bootstrap, "articles.raw", [(first["id"].encode(), orjson.dumps(first))])
        raised = await alerts.collect(ours, 3)
        await produce(kafka_bootstrap, "articles.raw", [(first["id"].encode(), orjson.dumps(first))])
        replayed = await alerts.quiet(ours, 15)
        await produce(kafka_bootstrap, "articles.raw", [(second["id"].encode(), orjson.dumps(second))])
        updates = await alerts.collect(lambda a: a["msg_type"] == "Update" and ours(a), 1)
    assert replayed == []
    delivery = next(a for a, _ in raised if a["type"] == "arms_delivery" and a["dyad"] == "GBR>UKR")
    [(update, _)] = updates
    assert update["id"] == delivery["id"] and update["corroboration"] == 2
    assert update["references"] == [f"{delivery['id']}@1"]


async def test_metrics_count_what_the_agents_did_and_lag_is_read_on_their_inputs(kafka_bootstrap, worker):
    """What an operator scrapes: per-agent counters and the lag of the topics the agents read,
    not of the table changelogs (read only at recovery); /ready once partitions are assigned."""
    import aiohttp

    article = seed_article(f"metrics-{uuid.uuid4().hex[:8]}", "2022-03-01T12:00:00Z")
    async with Tail(kafka_bootstrap, "articles.enriched") as enriched, Tail(kafka_bootstrap, "alerts") as alerts:
        await produce(kafka_bootstrap, "articles.raw", [(article["id"].encode(), orjson.dumps(article))])
        await enriched.collect(lambda r: r["id"] == article["id"], 1)
        await alerts.collect(alerts_from({article["id"]}), 1)
    async with aiohttp.ClientSession(f"http://127.0.0.1:{worker.port}") as web:
        async with web.get("/metrics") as response:
            scraped = await response.text()
        async with web.get("/ready") as response:
            ready = response.status, await response.json()
    counted = {line.split('"')[1] for line in scraped.splitlines() if line.startswith("wirewatch_processed_total")}
    lagged = {line.split('topic="')[1].split('"')[0] for line in scraped.splitlines()
              if line.startswith("wirewatch_consumer_lag{")}
    assert {"clean", "extract", "alert"} <= counted
    assert lagged == {"articles.raw", "articles.clean", "signals"}
    assert ready[0] == 200 and ready[1]["ready"] is True


def test_long_articles_are_spread_over_the_clean_partitions_by_length():
    """Each partition of articles.clean is read by one extract worker: long documents must not pile up on one."""
    from agents.app import LightestPartition

    spread = LightestPartition(8)
    sizes = [30_000] * 4 + [1_000] * 60 + [30_000] * 4
    chosen = [spread.choose(size) for size in sizes]
    loads = [sum(size for size, p in zip(sizes, chosen) if p == partition) for partition in range(8)]
    assert len({p for p, size in zip(chosen, sizes) if size == 30_000}) == 8
    assert max(loads) - min(loads) <= 30_000


async def test_a_wire_story_cleaned_by_one_worker_marks_its_copies_cleaned_by_another(private_broker, tmp_path):
    """The near-duplicate index is shared: copies landing on every partition of articles.raw, so on both
    workers of the group, name the original that one of them cleaned first; once the original is older
    than the dedup window, both have let it go."""
    from aiokafka import AIOKafkaProducer

    from tests.workers import Worker

    bootstrap = private_broker["bootstrap"]   # no other group's worker reads and marks these copies
    tag = uuid.uuid4().hex[:8]
    (tmp_path / "first").mkdir()
    (tmp_path / "second").mkdir()
    window = {"WIREWATCH_DEDUP_WINDOW_S": str(DEDUP_WINDOW_S)}
    first = await asyncio.to_thread(Worker(bootstrap, tmp_path / "first", env=window).prepare)
    second = Worker(bootstrap, tmp_path / "second", env={"WIREWATCH_APP_ID": first.app_id, **window})
    try:
        await asyncio.to_thread(first.start)
        await asyncio.to_thread(second.start)
        await asyncio.to_thread(first.wait_until_ready)
        original = seed_article(f"wire-{tag}", "2022-01-18T12:00:00Z")
        copies = [seed_article(f"copy{n}-{tag}", "2022-01-18T13:00:00Z", source=f"outlet{n}.example",
                               body=original["body"] + f"\nRepublished by outlet {n}.")
                  for n in range(8)]
        async with Tail(bootstrap, "articles.enriched") as enriched:
            await produce(bootstrap, "articles.raw", [(original["id"].encode(), orjson.dumps(original))])
            await enriched.collect(lambda r: r["id"] == original["id"], 1)
            producer = AIOKafkaProducer(bootstrap_servers=bootstrap, acks="all")
            await producer.start()
            try:
                for partition, copy in enumerate(copies):
                    await producer.send_and_wait("articles.raw", key=copy["id"].encode(), value=orjson.dumps(copy),
                                                 partition=partition)
            finally:
                await producer.stop()
            marked = await enriched.collect(lambda r: r["id"].endswith(tag) and r["id"] != original["id"], len(copies))
            assert {record["id"]: record["duplicate_of"] for record, _ in marked} == {c["id"]: original["id"] for c in copies}
            marked_ids = {record["id"] for record, _ in marked}
            await asyncio.sleep(DEDUP_WINDOW_S * 1.5)
            late = [seed_article(f"late{n}-{tag}", "2022-01-20T12:00:00Z", body=original["body"]) for n in range(4)]
            await produce(bootstrap, "articles.raw", [(a["id"].encode(), orjson.dumps(a)) for a in late])
            unmarked = await enriched.collect(lambda r: r["id"].startswith("late") and r["id"].endswith(tag), len(late))
        assert len(unmarked) == len(late)
        assert all(record["duplicate_of"] != original["id"] and record["duplicate_of"] not in marked_ids
                   for record, _ in unmarked)
    finally:
        second.stop()
        first.stop()
