"""The faust app: clean -> extract -> alert, each a thin decode → pipeline → publish loop.

Every message ends somewhere: on the next topic, or on `articles.dlq` with the reason. No
exception leaves an agent, because faust would ack the message and it would be lost.

The stateless stages (clean, extract) commit their input themselves, offset after offset, each once
its outputs are on the broker. After a kill -9 or a rebalance faust can hand an agent a message past
the group's committed offset (1-11 offsets past, in about half the crash test runs, and when a worker
joins), and its own commit then counts the messages in between as done (`Consumer._new_offset` commits
past a one-offset hole, and past any while it holds no committed offset yet): kill -9 lost 1-25
articles in 2 of 9 runs. Such a partition is read again from the offset due. The alert stage, whose
tables faust keeps, is still acked by faust.
"""
from __future__ import annotations

import asyncio
import base64
import logging
import os
import re
import time
from pathlib import Path
from datetime import datetime, timezone

import faust
import faust.transport.consumer as faust_consumer
import orjson
from aiokafka.helpers import create_ssl_context
from pydantic import BaseModel, ValidationError

from agents import topics
from agents.ingest_http import add_ingest_view
from agents.kafka import committed_offsets, consumer, fingerprints_changelog_config, partitions_of
from agents.metrics import Metrics, add_stall_watchdog, add_views
from agents.reconcile import ORIGIN_HEADER, behind, origin, origin_of
from agents.settings import Settings
from agents.web import add_live_page
from pipeline.alerts import alert_key, decayed, event_time, fold_signal, index_change, routed
from pipeline.clean import Rejected, clean_article
from pipeline.dedup import NearDuplicates
from pipeline.extract import analyze_texts
from schemas.alert import Alert, DeadLetter, SignalEvent
from schemas.analysis import SIGNAL_TYPES
from schemas.article import CleanArticle, EnrichedArticle, RawArticle

log = logging.getLogger("wirewatch")
ROLES = tuple(topics.AGENT_INPUTS)
JSON_STATE = faust.Schema(key_type=str, key_serializer="json", value_serializer="json")
INDEX_HISTORY = 200
SEEN_KEPT = 2000
# The per-article processing budget, checked before parsing, with the text's size (max_article_bytes):
# spaCy's parse time grows faster than linearly with sentence length (a 'sentence' of 10,000 quote
# marks takes ~10 s, of 2,000 ~1 s), so no sentence may be longer than this.
MAX_SENTENCE_CHARS = 3_000
SENTENCE_END = re.compile(r"[.!?\n]")
# A worker that dies without leaving its group (kill -9, OOM, lost node) holds its partitions this
# long before the others take them over (faust's default is 60 s).
SESSION_TIMEOUT_S = 15
# A dead letter carries at most this much of the payload, so it always fits in a Kafka message.
DLQ_PAYLOAD_BYTES = 256 * 1024
# A pending alert whose publication a crash left uncertain is looked for among this many last
# messages of its alerts partition before it is published again.
ALERTS_LOOKBACK = 10_000
# How often (at most) each worker deletes the near-duplicate fingerprints older than `dedup_window_s`.
DEDUP_SWEEP_S = 600


def dumps(model: BaseModel) -> bytes:
    return orjson.dumps(model.model_dump(mode="json", exclude_none=False))


def credentials(s: Settings):
    """SSL and SASL settings for faust's own clients (the CLI's aiokafka clients use agents.kafka)."""
    ssl_context = create_ssl_context(cafile=s.kafka_ssl_cafile) if "SSL" in s.kafka_security_protocol else None
    if s.kafka_sasl_mechanism:
        return faust.SASLCredentials(
            username=s.kafka_sasl_username, mechanism=s.kafka_sasl_mechanism, ssl_context=ssl_context,
            password=s.kafka_sasl_password and s.kafka_sasl_password.get_secret_value())
    return ssl_context


def dead_letter(message, stage: str, error: str) -> DeadLetter:
    payload = message.value if isinstance(message.value, bytes) else orjson.dumps(message.value)
    if len(payload) > DLQ_PAYLOAD_BYTES:
        error = f"{error[:1900]} [payload cut to its first {DLQ_PAYLOAD_BYTES} of {len(payload)} bytes]"
        payload = payload[:DLQ_PAYLOAD_BYTES]
    try:
        text, encoding = payload.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        text, encoding = base64.b64encode(payload).decode("ascii"), "base64"
    key = message.key.decode("utf-8", "replace") if isinstance(message.key, bytes) else message.key
    return DeadLetter(topic=message.topic, partition=message.partition, offset=message.offset, key=key,
                      stage=stage, error=error[:2000], payload=text, payload_encoding=encoding,
                      failed_at=datetime.now(timezone.utc))


def within_budget(text: str) -> None:
    """Reject, before any parsing, a text whose parse would take more than a couple of seconds."""
    longest = max(map(len, SENTENCE_END.split(text)))
    if longest > MAX_SENTENCE_CHARS:
        raise Rejected(f"over the processing budget: a sentence of {longest:,} characters "
                       f"(limit {MAX_SENTENCE_CHARS:,})")


def reason(error: Exception) -> str:
    """One readable line for the dead-letter record."""
    if isinstance(error, orjson.JSONDecodeError):
        return f"invalid JSON: {error}"
    if isinstance(error, ValidationError):
        problems = "; ".join(f"{'.'.join(map(str, e['loc'])) or 'message'}: {e['msg']}" for e in error.errors()[:5])
        return f"invalid article: {problems}"
    if isinstance(error, Rejected):
        return str(error)
    return f"{type(error).__name__}: {error}"


async def _leave_offset_gaps_uncommitted(consumer, tp, offset_from: int, offset_to: int) -> None:
    """For the topic faust commits (the alert stage's input), replaces `Consumer._add_gap`, which counts
    offsets the fetch jumped over as processed (meant for transaction markers). After a restart faust's
    recovery can deliver a batch fetched before it seeks back to the committed offset: the jump is then
    recorded as a gap and committed, and the same messages, fetched again, are dropped as already read:
    lost (measured: kill -9 lost 1-109 articles in some runs). Our topics are written without
    transactions, so a jump never skips real markers: leave it uncommitted; the stall watchdog then
    restarts the worker, which reads those messages again."""


faust_consumer.Consumer._add_gap = _leave_offset_gaps_uncommitted


class LightestPartition:
    """The partition of articles.clean each cleaned article is sent to: the one this worker has sent the fewest
    characters. The extract stage's cost grows with an article's length and each partition is read by one
    worker; spread by key hash, a few long documents pile onto one worker while another idles (simulated on
    the bench corpus, two workers: the busier one 10% over the mean on average, 21% in one run of ten;
    spread by length: 2%). Articles are independent of each other, so no order by key is lost."""

    def __init__(self, partitions: int):
        self.sent = [0] * partitions

    def choose(self, size: int) -> int:
        partition = self.sent.index(min(self.sent))
        self.sent[partition] += size
        return partition


def build_app(s: Settings, roles: tuple[str, ...] = ROLES) -> faust.App:
    """The app with only the agents of `roles`, so `extract` can be scaled apart from the rest."""
    Path(s.data_dir).mkdir(parents=True, exist_ok=True)
    app = faust.App(
        s.app_id, broker=f"kafka://{s.kafka_bootstrap}", broker_credentials=credentials(s),
        store="memory://", topic_partitions=s.partitions, topic_replication_factor=s.replication_factor,
        web_host=s.web_host, web_port=s.web_port, consumer_auto_offset_reset="earliest",
        producer_acks=-1, web_enabled=True, broker_session_timeout=SESSION_TIMEOUT_S,
        table_standby_replicas=s.table_standby_replicas,
        datadir=f"{s.data_dir}/{s.app_id}-data")

    def topic(name: str, acks: bool = True):
        return app.topic(name, partitions=s.partitions, key_type=bytes, value_type=bytes,
                         key_serializer="raw", value_serializer="raw", acks=acks)

    # The stateless stages commit their input offsets themselves (`commit`): faust never does.
    raw, clean = topic(topics.RAW, acks=False), topic(topics.CLEAN, acks=False)
    enriched, signals, alerts, dlq = (
        topic(n) for n in (topics.ENRICHED, topics.SIGNALS, topics.ALERTS, topics.DLQ))
    alerts_by_type = {t: topic(topics.alerts_of(t)) for t in SIGNAL_TYPES}
    metrics = Metrics()
    inputs = {role: topics.AGENT_INPUTS[role] for role in roles}
    add_views(app, metrics, inputs)
    add_stall_watchdog(app, metrics, inputs, s.stall_exit_s)
    add_ingest_view(app, raw, s)
    add_live_page(app, s)

    async def delivered(to, **message) -> None:
        """Send and wait for the broker's ack before the input is committed: an output still in faust's
        send buffer when the worker is killed would be lost with its input already committed (measured:
        kill -9 lost tens of articles)."""
        await (await to.send(**message))

    def origin_headers(event) -> dict:
        """Where the article entered articles.raw, for `wirewatch reconcile`."""
        message = event.message
        where = origin_of(message) or origin(message.topic, message.partition, message.offset)
        return {ORIGIN_HEADER: where.encode()}

    next_offsets: dict = {}   # input partition -> (consumer generation, the offset to process next)
    committed_at_start: dict = {}   # consumer generation -> the group's committed offsets as it began
    rewound: dict = {}   # input partition -> (consumer generation, the offset it was sought back to)

    async def next_of_its_partition(event) -> bool:
        """Whether the message is the one after the last committed of its partition. An earlier one is
        a redelivery of work done (skipped). A later one means faust left messages out (after a restart
        or a rebalance): rather than commit past them, the partition is read again from the one due, and
        the later messages faust still hands over before that are skipped."""
        message = event.message
        generation, expected = next_offsets.get(message.tp, (None, None))
        if generation != message.generation_id:
            expected = await committed_offset(message)
            next_offsets[message.tp] = (message.generation_id, expected)
        if message.offset > expected and rewound.get(message.tp) != (message.generation_id, expected):
            log.warning("%s[%s]: offset %s handed over where %s was due: reading again from %s",
                        message.topic, message.partition, message.offset, expected, expected)
            await app.consumer.seek(message.tp, expected)
            rewound[message.tp] = (message.generation_id, expected)
        return message.offset == expected

    async def committed_offset(message) -> int:
        """The group's committed offset of the message's partition as its consumer generation began, asked
        of the broker (faust fills its own record in after its first fetch); none: the partition's start."""
        if message.generation_id not in committed_at_start:
            committed_at_start.clear()
            committed_at_start[message.generation_id] = await committed_offsets(s, s.app_id)
        offset = committed_at_start[message.generation_id].get(message.tp)
        if offset is None:
            offset = (await app.consumer.earliest_offsets(message.tp))[message.tp]
        return offset

    async def commit(event) -> None:
        """Commit the message's offset, its outputs being acknowledged by the broker (`delivered`)."""
        message = event.message
        await app.consumer._commit_offsets({message.tp: message.offset + 1})
        next_offsets[message.tp] = (message.generation_id, message.offset + 1)

    async def in_order(stream, handle) -> None:
        """A stateless stage: each message due on its partition handled, then its offset committed."""
        async for event in stream.events():
            if await next_of_its_partition(event):
                await handle(event)
                await commit(event)

    async def send_dead_letter(event, stage: str, error: Exception | str) -> None:
        """A message that can be neither processed nor dead-lettered stops the worker before its
        offset is committed, so that it is read again after the restart instead of being lost."""
        why = error if isinstance(error, str) else reason(error)
        log.warning("dead letter from %s at %s[%s]@%s: %s", stage, event.message.topic,
                    event.message.partition, event.message.offset, why)
        try:
            await delivered(dlq, key=event.message.key, value=dumps(dead_letter(event.message, stage, why)),
                            headers=origin_headers(event))
        except Exception as error:  # noqa: BLE001
            log.critical("cannot dead-letter %s[%s]@%s (%s): stopping without committing it",
                         event.message.topic, event.message.partition, event.message.offset, reason(error))
            os._exit(70)
        metrics.dead_letter(stage)

    async def forward(event, stage: str, to, key: bytes, value: bytes, partition: int | None = None) -> bool:
        """Send the stage's result on; one that cannot be sent (too large, say) is dead-lettered."""
        try:
            await delivered(to, key=key, value=value, partition=partition, headers=origin_headers(event))
            return True
        except Exception as error:  # noqa: BLE001
            await send_dead_letter(event, stage, f"could not publish to {to.get_topic_name()}: {reason(error)}")
            return False

    if "clean" in roles:
        near_copies = NearDuplicates()

        async def remember(event) -> None:
            """Each fingerprint on the table's changelog, another worker's or one from before a restart,
            joins this worker's index as it arrives (one insert each: comparing the whole table on each
            article grew with every article ever cleaned); a deleted one leaves it."""
            if event.value is None:
                near_copies.remove(event.key)
            elif isinstance(event.value, dict):  # one stored before fingerprints carried a time is not indexed
                near_copies.add(event.key, base64.b64decode(event.value["signature"]), event.value["seen"])

        fingerprints = app.GlobalTable(topics.FINGERPRINTS, default=None, partitions=s.partitions, schema=JSON_STATE,
                                       on_changelog_event=remember,
                                       extra_topic_configs=fingerprints_changelog_config(s.dedup_window_s))

        def mark_near_copy(article: CleanArticle, seen: float) -> CleanArticle:
            """A wire story republished elsewhere carries `duplicate_of`; the index is shared by all workers."""
            original, signature = near_copies.check(article.id, article.text, seen)
            if signature is not None:
                fingerprints[article.id] = {"signature": base64.b64encode(signature).decode("ascii"), "seen": seen}
            return article.model_copy(update={"duplicate_of": original}) if original else article

        @app.timer(min(DEDUP_SWEEP_S, s.dedup_window_s / 10))
        async def forget_old_fingerprints() -> None:
            """Copies of a wire story come within days: older fingerprints leave this worker's index and
            its copy of the table (Kafka deletes them from the changelog: `fingerprints_changelog_config`),
            so neither grows with every article ever read."""
            for article_id in near_copies.seen_before(time.time() - s.dedup_window_s):
                near_copies.remove(article_id)
                fingerprints.data.pop(article_id, None)

        @app.agent(raw, name="clean")
        async def clean_agent(stream):
            spread = LightestPartition(len(await partitions_of(s, topics.CLEAN)))
            await in_order(stream, lambda event: clean_one(event, spread))

        async def clean_one(event, spread: LightestPartition) -> None:
            started = time.monotonic()
            try:
                if event.value is None or len(event.value) > s.max_article_bytes:
                    raise Rejected(f"message too large or empty: {len(event.value or b'')} bytes "
                                   f"(limit {s.max_article_bytes})")
                article = clean_article(RawArticle.model_validate(orjson.loads(event.value)), s.max_article_bytes)
                within_budget(article.text)
                article = mark_near_copy(article, event.message.timestamp)
            except Exception as error:  # noqa: BLE001 - every failure becomes a dead letter
                await send_dead_letter(event, "clean", error)
                return
            if await forward(event, "clean", clean, article.id.encode(), dumps(article),
                             spread.choose(len(article.text))):
                metrics.done("clean", started)

    if "extract" in roles:
        def analyze(article: CleanArticle):
            [analysis] = analyze_texts([(article.id, article.text, article.headline, article.url or article.source)],
                                       s.spacy_model)
            return analysis

        @app.agent(clean, name="extract")
        async def extract_agent(stream):
            """One article at a time: batching buys spaCy nothing on CPU here (measured), while
            `stream.take_events` left a worker restarted after kill -9 stalled with its input fetched."""
            await in_order(stream, extract_one)

        async def extract_one(event) -> None:
            started = time.monotonic()
            try:
                article = CleanArticle.model_validate_json(event.value)
                analysis = await asyncio.to_thread(analyze, article)
            except Exception as error:  # noqa: BLE001
                await send_dead_letter(event, "extract", error)
                return
            await publish_analysis(event, article, analysis)
            metrics.done("extract", started)

        async def publish_analysis(event, article: CleanArticle, analysis) -> None:
            record = EnrichedArticle(**article.model_dump(), actors=analysis.actors,
                                     quotes=analysis.quotes, signals=analysis.signals)
            if not await forward(event, "extract", enriched, article.id.encode(), dumps(record)):
                return
            seen = datetime.fromtimestamp(event.message.timestamp, tz=timezone.utc)
            sent = []
            for signal in routed(analysis.signals):
                related = [q for q in analysis.quotes if q.start < signal.end and signal.start < q.end]
                signal_event = SignalEvent(article_id=article.id, url=article.url, outlet=article.source,
                                           duplicate_of=article.duplicate_of, published=article.published,
                                           seen=seen, signal=signal, quotes=related)
                sent.append(await signals.send(key=signal.dyad.encode(), value=dumps(signal_event)))
            await asyncio.gather(*sent)   # all acknowledged, as `delivered` would, in one round trip

    if "alert" in roles:
        alert_state = app.Table(topics.ALERT_STATE, default=dict, partitions=s.partitions, schema=JSON_STATE)
        escalation = app.Table(topics.ESCALATION_INDEX, default=dict, partitions=s.partitions, schema=JSON_STATE)

        @app.agent(signals, name="alert")
        async def alert_agent(stream):
            """Table writes and sends are not atomic, and after a crash faust redelivers what it had
            not committed. So the state that counts a signal is on the broker before its alert is
            sent, and records which version went out; a redelivered signal whose alert a crash
            left pending publishes it, unless it is already on the alerts topic: never twice."""
            async for event in stream.events():
                started = time.monotonic()
                try:
                    signal_event = SignalEvent.model_validate_json(event.value)
                    key = alert_key(signal_event, s.alert_window_s)
                    replay = signal_event.article_id in alert_state[key].get("seen", [])
                    alert = None if replay else update_state(key, signal_event)
                except Exception as error:  # noqa: BLE001
                    await send_dead_letter(event, "alert", error)
                    continue
                if alert is not None:
                    await durable()
                    await publish_alert(alert)
                    alert_state[key] = {**alert_state[key], "published": alert.version}
                elif replay:
                    await finish_pending(key)
                metrics.done("alert", started)

        def update_state(key: str, signal_event: SignalEvent) -> Alert | None:
            """Fold one new signal into its (dyad, type, window) alert and its dyad's escalation index."""
            signal = signal_event.signal
            state = alert_state[key]
            counted = state.get("seen", [])
            now = event_time(signal_event)
            dyad = escalation[signal.dyad]
            value = index_change(signal)
            if dyad:
                value += decayed(dyad["value"], datetime.fromisoformat(dyad["at"]), now, s.escalation_half_life_s)
            history = (dyad.get("history", []) + [[now.isoformat(), round(value, 2)]])[-INDEX_HISTORY:]
            escalation[signal.dyad] = {"value": value, "at": now.isoformat(), "history": history}
            current = Alert.model_validate(state["alert"]) if state.get("alert") else None
            alert = fold_signal(current, counted, signal_event, value, s.alert_window_s)
            newest = alert or current
            alert_state[key] = {"alert": newest and newest.model_dump(mode="json"),
                                "seen": (counted + [signal_event.article_id])[-SEEN_KEPT:],
                                "published": published_version(state)}
            return alert

        def published_version(state: dict) -> int:
            """The version of the state's alert known to be on the alerts topic."""
            return state.get("published", state["alert"]["version"] if state.get("alert") else 0)

        async def durable() -> None:
            """Until everything sent so far, the tables' changelog writes too, is on the broker."""
            while app.producer.buffer.size:
                await app.producer.buffer.flush()
            await app.producer.flush()

        async def finish_pending(key: str) -> None:
            """Publish the alert a crash left between 'counted' and 'published', if it never went out."""
            state = alert_state[key]
            if not state.get("alert") or published_version(state) >= state["alert"]["version"]:
                return
            alert = Alert.model_validate(state["alert"])
            if await on_alerts_topic(f"{alert.id}@{alert.version}"):
                log.info("alert %s@%s was published before the crash", alert.id, alert.version)
            else:
                await publish_alert(alert)
            alert_state[key] = {**state, "published": alert.version}

        async def on_alerts_topic(ce_id: str) -> bool:
            """Whether the last messages of the alerts topic hold this alert version."""
            wanted = ce_id.encode()
            partitions = await partitions_of(s, topics.ALERTS)
            client = consumer(s)
            await client.start()
            try:
                client.assign(partitions)
                ends = await client.end_offsets(partitions)
                for tp in partitions:
                    client.seek(tp, max(ends[tp] - ALERTS_LOOKBACK, 0))
                while await behind(client, ends):
                    batch = await client.getmany(timeout_ms=1000)
                    if any(dict(m.headers or ()).get("ce_id") == wanted for ms in batch.values() for m in ms):
                        return True
                return False
            finally:
                await client.stop()

        async def publish_alert(alert: Alert) -> None:
            """Keyed by dyad, with CloudEvents binary-mode headers."""
            headers = {
                "ce_specversion": b"1.0", "ce_id": f"{alert.id}@{alert.version}".encode(),
                "ce_source": f"urn:wirewatch:{s.app_id}".encode(),
                "ce_type": f"org.wirewatch.alert.{alert.type}".encode(),
                "ce_time": alert.last_seen.isoformat().encode(), "ce_subject": alert.dyad.encode(),
                "content-type": b"application/json"}
            value = dumps(alert)
            # Both sent before either is awaited: one produce request and one round trip instead of two (each a
            # request the broker serves on the cores the extract workers need); both acknowledged before return.
            sent = [await to.send(key=alert.dyad.encode(), value=value, headers=headers)
                    for to in (alerts, alerts_by_type[alert.type])]
            await asyncio.gather(*sent)

        @app.page("/escalation")
        async def escalation_view(web, request):
            return web.json({dyad: {"index": round(v["value"], 2), "at": v["at"]}
                             for dyad, v in escalation.items()})

        @app.page("/escalation/{dyad}")
        async def dyad_view(web, request, dyad):
            return web.json(escalation.get(dyad) or {"error": f"no signals for {dyad}"})

        @app.page("/alerts/recent")
        async def recent_alerts(web, request):
            """The newest version of the latest alerts this worker holds, newest first."""
            asked = request.query.get("limit", "50")
            limit = min(int(asked), 500) if asked.isdigit() else 50
            newest = sorted((state["alert"] for state in alert_state.values() if state.get("alert")),
                            key=lambda alert: alert["last_seen"], reverse=True)
            return web.json(newest[:limit])

    return app

