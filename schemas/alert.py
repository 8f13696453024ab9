"""Messages after `extract`: signal events keyed by dyad, alerts, dead letters."""
from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel

from schemas.analysis import ActorRef, Quote, Signal, SignalStatus, SignalType

Severity = Literal["Extreme", "Severe", "Moderate", "Minor"]
Certainty = Literal["Observed", "Likely", "Possible", "Unlikely"]
Urgency = Literal["Immediate", "Expected", "Future", "Past", "Unknown"]


class SignalEvent(BaseModel):
    """One signal of one article, on the `signals` topic keyed by its dyad."""
    article_id: str
    url: str | None = None
    outlet: str | None = None
    duplicate_of: str | None = None
    published: datetime | None = None
    seen: datetime
    signal: Signal
    quotes: list[Quote] = []


class Evidence(BaseModel):
    article_id: str
    url: str | None = None
    outlet: str | None = None
    sentence: str
    quotes: list[Quote] = []


class Alert(BaseModel):
    """One escalation event per (dyad, type, window), CAP 1.2 vocabulary; updated, never repeated."""
    id: str
    msg_type: Literal["Alert", "Update"]
    references: list[str] = []
    version: int
    type: SignalType
    dyad: str
    source: ActorRef | None
    target: ActorRef | None
    status: SignalStatus
    hedged: bool
    severity: Severity
    certainty: Certainty
    urgency: Urgency
    headline: str
    evidence: list[Evidence]
    first_seen: datetime
    last_seen: datetime
    window_start: datetime
    corroboration: int
    sources: list[str]
    escalation_index: float
    plover: str
    cameo: str


class DeadLetter(BaseModel):
    """A message a stage could not take, with where it came from and why."""
    topic: str
    partition: int | None = None
    offset: int | None = None
    key: str | None = None
    stage: str
    error: str
    payload: str
    payload_encoding: Literal["utf-8", "base64"]
    failed_at: datetime
