"""What `extract` finds in an article: actors, quotes and signals (the scorer's contract)."""
from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

ActorType = Literal["person", "country", "organization", "group", "location"]
QuoteKind = Literal["direct", "indirect", "mixed"]
SignalType = Literal[
    "troop_buildup", "mobilization", "military_exercise", "arms_delivery", "sanctions",
    "diplomatic_rupture", "threat", "attack", "cyberattack", "talks", "agreement",
]
SignalStatus = Literal["actual", "planned", "threatened", "proposed", "denied", "hypothetical"]

SIGNAL_TYPES: tuple[str, ...] = SignalType.__args__
DEESCALATION_TYPES = frozenset({"talks", "agreement"})
ALERTING_STATUSES = frozenset({"actual", "planned", "threatened"})


class Actor(BaseModel):
    """A normalised actor: a state by ISO alpha-3, an organisation by short code, a person by full name."""
    model_config = ConfigDict(extra="forbid")

    name: str
    type: ActorType
    code: str | None = None
    affiliation: str | None = None
    role: str | None = None
    mentions: int = 1


class ActorRef(BaseModel):
    """One end of a signal's direction."""
    name: str
    code: str | None = None


class Quote(BaseModel):
    speaker: str | None
    text: str
    kind: QuoteKind
    cue: str | None = None
    start: int
    end: int


class Signal(BaseModel):
    type: SignalType
    status: SignalStatus
    hedged: bool = False
    source: ActorRef | None = None
    target: ActorRef | None = None
    evidence: str
    start: int
    end: int
    confidence: float = Field(ge=0.0, le=1.0)
    plover: str
    cameo: str
    trigger: str | None = None
    measure: str | None = None  # what was done, as a noun phrase: "anti-tank weapons", "sanctions"

    @property
    def escalates(self) -> bool:
        """Only done, planned or threatened escalation measures may raise an alert."""
        return self.type not in DEESCALATION_TYPES and self.status in ALERTING_STATUSES

    @property
    def dyad(self) -> str:
        """`SRC>TGT` with `?` for an end the text does not name."""
        return f"{(self.source and self.source.code) or '?'}>{(self.target and self.target.code) or '?'}"


class Analysis(BaseModel):
    """What `wirewatch analyze` writes per input line."""
    id: str
    actors: list[Actor] = []
    quotes: list[Quote] = []
    signals: list[Signal] = []
