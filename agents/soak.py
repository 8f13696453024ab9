"""`wirewatch soak`: real articles with a share of hostile ones through the running pipeline.

Every article must come out somewhere: each valid one enriched, each hostile one dead-lettered with
a reason, or refused at the door when Kafka cannot carry it. The verdict is counted twice: from
what this run saw arrive, and by `wirewatch reconcile` over the same ids.
"""
from __future__ import annotations

import itertools
import json
import time
import uuid
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

import orjson
from aiokafka.errors import MessageSizeTooLargeError

from agents import topics
from agents.kafka import TopicTail, producer
from agents.reconcile import origin, origin_of, reconcile, short_reason
from agents.settings import Settings

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
VALID_SOURCES = [SAMPLES / "articles.jsonl", SAMPLES / "bench" / "usgov.jsonl"]
VALID_CHARS = 3000
HOSTILE_SHARE = 0.05
IDLE_TIMEOUT_S = 120  # no new outcome for this long: what is still missing is lost


def _json(article_id: str, **fields) -> bytes:
    return orjson.dumps({"id": article_id, **fields})


# Each hostile kind: article id -> the raw message value.
HOSTILE = {
    "10,000 quote marks": lambda i: _json(i, body="Officials said " + '"we will defend our border" ' * 5000 + "today."),
    "1 MB sentence": lambda i: _json(i, body=("the minister of defence said that " * 28_000)[:950_000]),
    "20 MB body": lambda i: _json(i, body="Tanks moved to the border. " * 780_000),
    "HTML bomb": lambda i: _json(i, body_is_html=True, body='<!DOCTYPE html [<!ENTITY a "aaaaaaaaaa">'
                                 + "".join(f'<!ENTITY a{n} "{"&a;" * 10}">' for n in range(9))
                                 + "]><html><body>" + "<div>" * 150_000 + "&a8;" + "</div>" * 10 + "</body></html>"),
    "deeply nested JSON": lambda i: b'{"id": "' + i.encode() + b'", "body": "text", "meta": '
                                    + b"[" * 100_000 + b"]" * 100_000 + b"}",
    "invalid JSON": lambda i: b'{"id": "' + i.encode() + b'", "body": "unterminated',
    "wrong types": lambda i: _json(i, body=12345, headline=["not", "a", "string"], published="yesterday-ish"),
    "missing text": lambda i: _json(i, headline="An article without a body"),
    "empty text": lambda i: _json(i, body=" \n\t \n "),
    "binary bytes": lambda i: bytes(range(256)) * 16,
    "invalid UTF-8": lambda i: b'{"id": "' + i.encode() + b'", "body": "caf\xe9 \xff\xfe \xc3\x28 news"}',
}


@dataclass
class Item:
    id: str
    kind: str  # "valid" or a HOSTILE kind
    value: bytes

    @property
    def hostile(self) -> bool:
        return self.kind != "valid"


def valid_articles() -> list[dict]:
    """Real articles shipped in samples/, cut to VALID_CHARS at a sentence end."""
    articles = []
    for path in VALID_SOURCES:
        for line in path.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            text = record.get("body") or record.get("text")
            cut = text[:VALID_CHARS]
            cut = cut[:cut.rfind(". ") + 1] or cut
            articles.append({"source": record.get("source"), "headline": record.get("headline") or record.get("title"),
                             "url": record.get("url"), "published": record.get("published") or record.get("date"),
                             "body": cut})
    return articles


def corpus(count: int, tag: str) -> list[Item]:
    """`count` articles, HOSTILE_SHARE of them hostile (every kind in turn), spread through the run."""
    hostile_count = round(count * HOSTILE_SHARE)
    every = count / hostile_count if hostile_count else count + 1
    hostile_at = {int(n * every + every / 2) for n in range(hostile_count)}
    kinds, valid = itertools.cycle(HOSTILE), itertools.cycle(valid_articles())
    items = []
    for n in range(count):
        article_id = f"soak-{tag}-{n:05d}"
        if n in hostile_at:
            kind = next(kinds)
            items.append(Item(article_id, kind, HOSTILE[kind](article_id)))
        else:
            items.append(Item(article_id, "valid", orjson.dumps({"id": article_id, **next(valid)})))
    return items


@dataclass
class SoakReport:
    offered: int = 0
    refused: dict[str, str] = field(default_factory=dict)  # id -> why Kafka would not take it
    entered: int = 0
    enriched: int = 0
    dead_lettered: int = 0
    lost: list[str] = field(default_factory=list)
    duplicated: list[str] = field(default_factory=list)
    valid_dead_lettered: dict[str, str] = field(default_factory=dict)
    hostile_enriched: list[str] = field(default_factory=list)
    reasons_by_kind: dict[str, Counter] = field(default_factory=dict)
    seconds: float = 0.0
    reconciliation: dict = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not (self.lost or self.duplicated or self.valid_dead_lettered or self.hostile_enriched) \
            and self.reconciliation.get("balanced", False)

    def as_dict(self) -> dict:
        return {"offered": self.offered, "refused_at_ingest": self.refused, "entered": self.entered,
                "enriched": self.enriched, "dead_lettered": self.dead_lettered, "lost": self.lost,
                "duplicated": self.duplicated, "valid_dead_lettered": self.valid_dead_lettered,
                "hostile_enriched": self.hostile_enriched,
                "dead_letter_reasons_by_kind": {k: dict(v) for k, v in self.reasons_by_kind.items()},
                "seconds": round(self.seconds, 1), "reconcile": self.reconciliation, "ok": self.ok}


async def send(s: Settings, items: list[Item]) -> tuple[dict[str, Item], dict[str, str]]:
    """Produce the items; returns where each one landed (its origin) and the ones Kafka refused."""
    client = producer(s)
    await client.start()
    landed, refused = {}, {}
    try:
        pending = []
        for item in items:
            try:
                pending.append((item, await client.send(topics.RAW, key=item.id.encode(), value=item.value)))
            except MessageSizeTooLargeError as error:
                refused[item.id] = f"{item.kind}: {error}"
        for item, delivery in pending:
            metadata = await delivery
            landed[origin(topics.RAW, metadata.partition, metadata.offset)] = item
    finally:
        await client.stop()
    return landed, refused


async def soak(s: Settings, count: int, idle_timeout: float = IDLE_TIMEOUT_S) -> SoakReport:
    """Send `count` articles to a running pipeline and wait until each has its outcome."""
    items = corpus(count, uuid.uuid4().hex[:8])
    report = SoakReport(offered=len(items))
    started_at, started = datetime.now(timezone.utc), time.monotonic()
    outcomes: dict[str, list[tuple[str, str]]] = {}
    async with TopicTail(s, topics.ENRICHED) as enriched, TopicTail(s, topics.DLQ) as dlq:
        landed, report.refused = await send(s, items)
        last_news = time.monotonic()
        while any(where not in outcomes for where in landed) and time.monotonic() - last_news < idle_timeout:
            for tail, outcome in ((enriched, "enriched"), (dlq, "dead-lettered")):
                for message in await tail.messages(timeout_ms=200):
                    where = origin_of(message)
                    if where in landed:
                        why = orjson.loads(message.value)["error"] if outcome == "dead-lettered" else ""
                        outcomes.setdefault(where, []).append((outcome, why))
                        last_news = time.monotonic()
    report.seconds = time.monotonic() - started
    for where, item in landed.items():
        seen = outcomes.get(where, [])
        if not seen:
            report.lost.append(item.id)
            continue
        if len(seen) > 1:
            report.duplicated.append(item.id)
        outcome, why = seen[0]
        if outcome == "enriched":
            report.enriched += 1
            if item.hostile:
                report.hostile_enriched.append(f"{item.id} ({item.kind})")
        else:
            report.dead_lettered += 1
            report.reasons_by_kind.setdefault(item.kind, Counter())[short_reason(why)] += 1
            if not item.hostile:
                report.valid_dead_lettered[item.id] = why
    report.entered = len(landed)
    checked = await reconcile(s, since=started_at, ids={item.id for item in landed.values()})
    report.reconciliation = checked.as_dict()
    return report


def print_report(report: SoakReport, echo) -> None:
    echo(f"offered {report.offered}, refused at ingest {len(report.refused)}, entered {report.entered}: "
         f"enriched {report.enriched}, dead-lettered {report.dead_lettered}, lost {len(report.lost)}, "
         f"duplicated {len(report.duplicated)} in {report.seconds:.0f} s "
         f"({report.entered / max(report.seconds, 1e-9):.1f} articles/s)")
    for article_id, why in list(report.refused.items())[:3]:
        echo(f"refused {article_id}: {why}")
    for kind, reasons in report.reasons_by_kind.items():
        echo(f"dead-lettered {kind}: " + ", ".join(f"{why} x{n}" for why, n in reasons.items()))
    for article_id, why in report.valid_dead_lettered.items():
        echo(f"VALID BUT DEAD-LETTERED {article_id}: {why}")
    for name in report.hostile_enriched:
        echo(f"HOSTILE BUT ENRICHED {name}")
    for article_id in report.lost:
        echo(f"LOST {article_id}")
    r = report.reconciliation
    echo(f"reconcile: entered {r['entered']}, enriched {r['enriched']}, dead-lettered {r['dead_lettered']}, "
         f"missing {len(r['missing'])}, duplicated {len(r['duplicated'])}, balanced {r['balanced']}")
    echo("OK: every article came out once" if report.ok else "FAILED")
