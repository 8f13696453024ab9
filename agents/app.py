"""The faust app: clean -> extract -> alert, each a thin decode → pipeline → publish loop.

Every message ends somewhere: on the next topic, or on `articles.dlq` with the reason. No
exception leaves an agent, because faust would ack the message and it would be lost.
"""
from __future__ import annotations

import asyncio
import base64
import logging
import time
from datetime import datetime, timezone

import faust
import orjson
from aiokafka.helpers import create_ssl_context
from pydantic import BaseModel, ValidationError

from agents import topics
from agents.ingest_http import add_ingest_view
from agents.metrics import Metrics, add_views
from agents.settings import Settings
from pipeline.alerts import alert_key, decayed, event_time, fold_signal, index_change
from pipeline.clean import Rejected, clean_article
from pipeline.dedup import NearDuplicates
from pipeline.extract import analyze_texts
from schemas.alert import Alert, DeadLetter, SignalEvent
from schemas.analysis import SIGNAL_TYPES
from schemas.article import CleanArticle, EnrichedArticle, RawArticle

log = logging.getLogger("wirewatch")
ROLES = ("clean", "extract", "alert")
JSON_STATE = faust.Schema(key_type=str, key_serializer="json", value_serializer="json")
INDEX_HISTORY = 200
SEEN_KEPT = 2000


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
    try:
        text, encoding = payload.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        text, encoding = base64.b64encode(payload).decode("ascii"), "base64"
    key = message.key.decode("utf-8", "replace") if isinstance(message.key, bytes) else message.key
    return DeadLetter(topic=message.topic, partition=message.partition, offset=message.offset, key=key,
                      stage=stage, error=error[:2000], payload=text, payload_encoding=encoding,
                      failed_at=datetime.now(timezone.utc))


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


def build_app(s: Settings, roles: tuple[str, ...] = ROLES) -> faust.App:
    """The app with only the agents of `roles`, so `extract` can be scaled apart from the rest."""
    app = faust.App(
        s.app_id, broker=f"kafka://{s.kafka_bootstrap}", broker_credentials=credentials(s),
        store="memory://", topic_partitions=s.partitions, topic_replication_factor=s.replication_factor,
        web_host=s.web_host, web_port=s.web_port, consumer_auto_offset_reset="earliest",
        producer_acks=-1, web_enabled=True)

    def topic(name: str):
        return app.topic(name, partitions=s.partitions, key_type=bytes, value_type=bytes,
                         key_serializer="raw", value_serializer="raw")

    raw, clean, enriched, signals, alerts, dlq = (
        topic(n) for n in (topics.RAW, topics.CLEAN, topics.ENRICHED, topics.SIGNALS, topics.ALERTS, topics.DLQ))
    alerts_by_type = {t: topic(topics.alerts_of(t)) for t in SIGNAL_TYPES}
    metrics = Metrics()
    add_views(app, metrics, roles)
    add_ingest_view(app, raw, s)

    async def send_dead_letter(event, stage: str, error: Exception | str) -> None:
        why = error if isinstance(error, str) else reason(error)
        log.warning("dead letter from %s at %s[%s]@%s: %s", stage, event.message.topic,
                    event.message.partition, event.message.offset, why)
        await dlq.send(key=event.message.key, value=dumps(dead_letter(event.message, stage, why)))
        metrics.dead_letter(stage)

    if "clean" in roles:
        fingerprints = app.GlobalTable("fingerprints", default=None, partitions=s.partitions, schema=JSON_STATE)
        near_copies = NearDuplicates()

        def mark_near_copy(article: CleanArticle) -> CleanArticle:
            """A wire story republished elsewhere carries `duplicate_of`; the index is shared by all workers."""
            if len(near_copies) != len(fingerprints):
                for article_id, signature in fingerprints.items():
                    near_copies.add(article_id, base64.b64decode(signature))
            original, signature = near_copies.check(article.id, article.text)
            if signature is not None:
                fingerprints[article.id] = base64.b64encode(signature).decode("ascii")
            return article.model_copy(update={"duplicate_of": original}) if original else article

        @app.agent(raw, name="clean")
        async def clean_agent(stream):
            async for event in stream.events():
                started = time.monotonic()
                try:
                    if event.value is None or len(event.value) > s.max_article_bytes:
                        raise Rejected(f"message too large or empty: {len(event.value or b'')} bytes "
                                       f"(limit {s.max_article_bytes})")
                    article = clean_article(RawArticle.model_validate(orjson.loads(event.value)), s.max_article_bytes)
                    article = mark_near_copy(article)
                except Exception as error:  # noqa: BLE001 - every failure becomes a dead letter
                    await send_dead_letter(event, "clean", error)
                    continue
                await clean.send(key=article.id.encode(), value=dumps(article))
                metrics.done("clean", started)

    if "extract" in roles:
        def analyze(articles: list[CleanArticle]):
            return list(analyze_texts(((a.id, a.text) for a in articles), s.spacy_model, s.extract_batch))

        @app.agent(clean, name="extract")
        async def extract_agent(stream):
            async for events in stream.take_events(s.extract_batch, within=s.extract_batch_within_s):
                started = time.monotonic()
                batch = []
                for event in events:
                    try:
                        batch.append((event, CleanArticle.model_validate_json(event.value)))
                    except Exception as error:  # noqa: BLE001
                        await send_dead_letter(event, "extract", error)
                try:
                    results = await asyncio.to_thread(analyze, [a for _, a in batch])
                except Exception:  # noqa: BLE001 - find the one that fails, keep the others
                    results = []
                    for event, article in batch:
                        try:
                            results += await asyncio.to_thread(analyze, [article])
                        except Exception as error:  # noqa: BLE001
                            await send_dead_letter(event, "extract", error)
                            results.append(None)
                for (event, article), analysis in zip(batch, results):
                    if analysis is not None:
                        await publish_analysis(event, article, analysis)
                metrics.done("extract", started, sum(r is not None for r in results))

        async def publish_analysis(event, article: CleanArticle, analysis) -> None:
            record = EnrichedArticle(**article.model_dump(), actors=analysis.actors,
                                     quotes=analysis.quotes, signals=analysis.signals)
            await enriched.send(key=article.id.encode(), value=dumps(record))
            seen = datetime.fromtimestamp(event.message.timestamp, tz=timezone.utc)
            for signal in analysis.signals:
                related = [q for q in analysis.quotes if q.start < signal.end and signal.start < q.end]
                signal_event = SignalEvent(article_id=article.id, url=article.url, outlet=article.source,
                                           duplicate_of=article.duplicate_of, published=article.published,
                                           seen=seen, signal=signal, quotes=related)
                await signals.send(key=signal.dyad.encode(), value=dumps(signal_event))

    if "alert" in roles:
        alert_state = app.Table("alert-state", default=dict, partitions=s.partitions, schema=JSON_STATE)
        escalation = app.Table("escalation-index", default=dict, partitions=s.partitions, schema=JSON_STATE)

        @app.agent(signals, name="alert")
        async def alert_agent(stream):
            async for event in stream.events():
                started = time.monotonic()
                try:
                    signal_event = SignalEvent.model_validate_json(event.value)
                    alert = update_state(signal_event)
                except Exception as error:  # noqa: BLE001
                    await send_dead_letter(event, "alert", error)
                    continue
                if alert is not None:
                    await publish_alert(alert)
                metrics.done("alert", started)

        def update_state(signal_event: SignalEvent) -> Alert | None:
            """Fold one new signal into its (dyad, type, window) alert and its dyad's escalation index."""
            signal = signal_event.signal
            key = alert_key(signal_event, s.alert_window_s)
            state = alert_state[key]
            counted = state.get("seen", [])
            if signal_event.article_id in counted:
                return None  # a replay or redelivery changes nothing
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
                                "seen": (counted + [signal_event.article_id])[-SEEN_KEPT:]}
            return alert

        async def publish_alert(alert: Alert) -> None:
            """Keyed by dyad, with CloudEvents binary-mode headers."""
            headers = {
                "ce_specversion": b"1.0", "ce_id": f"{alert.id}@{alert.version}".encode(),
                "ce_source": f"urn:wirewatch:{s.app_id}".encode(),
                "ce_type": f"org.wirewatch.alert.{alert.type}".encode(),
                "ce_time": alert.last_seen.isoformat().encode(), "ce_subject": alert.dyad.encode(),
                "content-type": b"application/json"}
            value = dumps(alert)
            await alerts.send(key=alert.dyad.encode(), value=value, headers=headers)
            await alerts_by_type[alert.type].send(key=alert.dyad.encode(), value=value, headers=headers)

        @app.page("/escalation")
        async def escalation_view(web, request):
            return web.json({dyad: {"index": round(v["value"], 2), "at": v["at"]}
                             for dyad, v in escalation.items()})

        @app.page("/escalation/{dyad}")
        async def dyad_view(web, request, dyad):
            return web.json(escalation.get(dyad) or {"error": f"no signals for {dyad}"})

    return app

