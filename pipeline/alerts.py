"""From signal events to alerts: one alert per (dyad, type, window), updated as sources corroborate it."""
from __future__ import annotations

import hashlib
import json
import math
from datetime import datetime, timezone
from functools import cache
from pathlib import Path

from schemas.alert import Alert, Evidence, SignalEvent
from schemas.analysis import DEESCALATION_TYPES, Signal

STATUS_STRENGTH = {"actual": 3, "planned": 2, "threatened": 1}


@cache
def rules() -> dict:
    return json.loads((Path(__file__).parent / "data" / "alert_rules.json").read_text())


def event_time(event: SignalEvent) -> datetime:
    when = event.published or event.seen
    return when if when.tzinfo else when.replace(tzinfo=timezone.utc)


def window_start(when: datetime, window_s: int) -> datetime:
    stamp = math.floor(when.timestamp() / window_s) * window_s
    return datetime.fromtimestamp(stamp, tz=timezone.utc)


def alert_id(dyad: str, signal_type: str, start: datetime) -> str:
    """Deterministic, so a replayed or redelivered signal updates the same alert."""
    digest = hashlib.sha1(f"{dyad}|{signal_type}|{start.isoformat()}".encode()).hexdigest()[:16]
    return f"ww-{digest}"


def signal_score(signal: Signal, corroboration: int) -> float:
    """Goldstein weight scaled by status, by how named the actors are, and by corroboration."""
    r = rules()
    score = r["types"][signal.type]["weight"] * r["status"][signal.status]["factor"]
    if not (signal.source and signal.source.code):
        score *= r["unnamed_actor_factor"]
    bonus = min(r["corroboration_bonus"] * (corroboration - 1), r["corroboration_bonus_max"])
    return score * (1 + bonus)


def severity(score: float) -> str:
    return next(name for floor, name in rules()["severity_thresholds"] if score >= floor)


def certainty(signal: Signal) -> str:
    """CAP certainty from status; a hedged report is one step less certain."""
    order = rules()["certainty_order"]
    level = order.index(rules()["status"][signal.status]["certainty"])
    return order[min(level + signal.hedged, len(order) - 1)]


def headline(signal: Signal) -> str:
    r = rules()
    name = lambda end, fallback: (end and (end.name or end.code)) or fallback
    line = r["types"][signal.type]["headline"].format(
        source=name(signal.source, "Unnamed party"), target=name(signal.target, "an unnamed party"),
        measure=signal.measure or r["types"][signal.type]["measure"])
    return r["status"][signal.status]["headline_prefix"] + line


def routed(signals: list[Signal]) -> list[Signal]:
    """The signals of one article that move alerts or an escalation index: talks and agreements,
    and escalations with at least one end named that are not a vaguer copy ("?>RUS") of a signal
    of the same type whose both ends are named ("USA>RUS")."""
    named = [s for s in signals if s.escalates and (s.source and s.source.code or s.target and s.target.code)]
    complete = {(s.type, s.source.code, s.target.code) for s in named
                if s.source and s.source.code and s.target and s.target.code}

    def subsumed(s: Signal) -> bool:
        src, tgt = s.source and s.source.code, s.target and s.target.code
        return not (src and tgt) and any(t == s.type and (not src or src == a) and (not tgt or tgt == b)
                                         for t, a, b in complete)

    return [s for s in signals if s.type in DEESCALATION_TYPES] + [s for s in named if not subsumed(s)]


def index_change(signal: Signal) -> float:
    """How much one signal moves its dyad's escalation index: up for escalation, down for talks."""
    weight = rules()["types"][signal.type]["weight"] * rules()["status"][signal.status]["factor"]
    if signal.type in DEESCALATION_TYPES:
        return -weight
    return weight if signal.escalates else 0.0


def decayed(value: float, since: datetime, now: datetime, half_life_s: float) -> float:
    age = max((now - since).total_seconds(), 0.0)
    return value * 0.5 ** (age / half_life_s)


def alert_key(event: SignalEvent, window_s: int) -> str:
    """The id of the alert this event belongs to: its dyad, type and time window."""
    return alert_id(event.signal.dyad, event.signal.type, window_start(event_time(event), window_s))


def fold_signal(current: Alert | None, counted: list[str], event: SignalEvent, index: float,
                window_s: int) -> Alert | None:
    """The alert to publish for a new event of this (dyad, type, window), or None.

    `counted` lists the articles already folded into `current` (the caller drops replays). A
    near-copy of a counted article is the same source, not a corroboration: it changes nothing."""
    signal = event.signal
    if not signal.escalates or (event.duplicate_of and event.duplicate_of in counted):
        return None
    when = event_time(event)
    evidence = Evidence(article_id=event.article_id, url=event.url, outlet=event.outlet,
                        sentence=signal.evidence, quotes=event.quotes)
    outlet = event.outlet or event.article_id
    if current is None:
        return _alert(alert_key(event, window_s), "Alert", [], 1, signal, [evidence], when, when,
                      window_start(when, window_s), [outlet], index)
    sources = current.sources + ([outlet] if outlet not in current.sources else [])
    if STATUS_STRENGTH[signal.status] < STATUS_STRENGTH[current.status]:
        signal = signal.model_copy(update={"status": current.status, "hedged": current.hedged})
    return _alert(current.id, "Update", current.references + [f"{current.id}@{current.version}"],
                  current.version + 1, signal, (current.evidence + [evidence])[-rules()["evidence_kept"]:],
                  min(current.first_seen, when), max(current.last_seen, when), current.window_start,
                  sources, index)


def _alert(alert_id_: str, msg_type: str, references: list[str], version: int, signal: Signal,
           evidence: list[Evidence], first: datetime, last: datetime, start: datetime,
           sources: list[str], index: float) -> Alert:
    score = signal_score(signal, len(sources))
    return Alert(id=alert_id_, msg_type=msg_type, references=references, version=version,
                 type=signal.type, dyad=signal.dyad, source=signal.source, target=signal.target,
                 status=signal.status, hedged=signal.hedged, severity=severity(score),
                 certainty=certainty(signal), urgency=rules()["status"][signal.status]["urgency"],
                 headline=headline(signal), evidence=evidence, first_seen=first, last_seen=last,
                 window_start=start, corroboration=len(sources), sources=sources,
                 escalation_index=round(index, 2), plover=signal.plover, cameo=signal.cameo)
