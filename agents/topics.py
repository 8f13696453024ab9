"""Topic names: one place, so agents, CLI and tests agree."""
from schemas.analysis import SIGNAL_TYPES

RAW = "articles.raw"
CLEAN = "articles.clean"
ENRICHED = "articles.enriched"
SIGNALS = "signals"
ALERTS = "alerts"
DLQ = "articles.dlq"


def alerts_of(signal_type: str) -> str:
    return f"alerts.{signal_type}"


AGENT_INPUTS = {"clean": RAW, "extract": CLEAN, "alert": SIGNALS}   # what each agent reads
ALL = [RAW, CLEAN, ENRICHED, SIGNALS, ALERTS, DLQ] + [alerts_of(t) for t in SIGNAL_TYPES]

# faust tables and the changelog topics that hold them ("<app id>-<table>-changelog"), compacted
ALERT_STATE = "alert-state"
ESCALATION_INDEX = "escalation-index"
FINGERPRINTS = "fingerprints"
TABLES = (ALERT_STATE, ESCALATION_INDEX, FINGERPRINTS)


def changelog(app_id: str, table: str) -> str:
    return f"{app_id}-{table}-changelog"
