"""Nothing lost, nothing let in: hostile input, worker crashes, a broker restart, ingest security.

The pipeline tests run on a private broker of their own (tests/conftest.py), so no other
engineer's worker reads the articles they send and the broker can be restarted. Every verdict
is the one `wirewatch reconcile` gives: each article that entered articles.raw came out enriched
or dead-lettered with a reason. Figures are printed (pytest -s shows them).
"""
from __future__ import annotations

import asyncio
import json
import subprocess
import time
import urllib.error
import urllib.request
import uuid
from collections import Counter

import orjson
import pytest

from agents import topics
from agents.app import build_app, credentials
from agents.broker import start_local_broker, stop_local_broker
from agents.kafka import TopicTail, client_options
from agents.reconcile import origin_of, reconcile
from agents.settings import Settings
from agents.soak import corpus, send
from tests.conftest import INGEST_TOKEN
from tests.workers import WIREWATCH, Worker

pytestmark = pytest.mark.integration
CI_ARTICLES = 400      # `wirewatch soak --articles 2000` is the full run
CRASH_ARTICLES = 240
SCALING_ARTICLES = 160
RESTART_ARTICLES = 180
STALL_EXIT_S = 40      # the watchdog's limit for these workers (90 s by default)
IDLE_TIMEOUT_S = 120


@pytest.fixture
def workers(private_broker, tmp_path):
    """Start workers on the private broker; all of them are stopped when the test ends."""
    started = []

    def start(**env) -> Worker:
        worker = Worker(private_broker["bootstrap"], tmp_path, env=env)
        started.append(worker)
        return worker.prepare().start()

    yield start
    for worker in started:
        worker.stop()


class Outcomes:
    """What became of the raw messages a test sent (enriched, dead-lettered) and the alerts raised,
    read as they arrive from tails opened before anything is sent."""

    def __init__(self, s: Settings, supervised: Worker | None = None):
        self.supervised = supervised
        self.watchdog_restarts = 0
        self.tails = {name: TopicTail(s, name) for name in (topics.ENRICHED, topics.DLQ, topics.ALERTS)}
        self.expected: set[str] = set()
        self.seen: Counter = Counter()
        self.alerts: list[tuple[dict, dict]] = []
        self.last_news = time.monotonic()

    async def __aenter__(self) -> "Outcomes":
        for tail in self.tails.values():
            await tail.__aenter__()
        return self

    async def __aexit__(self, *exc) -> None:
        for tail in self.tails.values():
            await tail.__aexit__(*exc)

    @property
    def settled(self) -> int:
        return sum(1 for where in self.expected if self.seen[where])

    def complete(self) -> bool:
        return self.settled == len(self.expected)

    async def poll(self) -> None:
        if self.supervised and self.supervised.restart_if_it_asked():
            self.watchdog_restarts += 1
        for name, tail in self.tails.items():
            for message in await tail.messages(timeout_ms=100):
                if name == topics.ALERTS:
                    self.alerts.append((orjson.loads(message.value), dict(message.headers or ())))
                elif origin_of(message) in self.expected:
                    self.seen[origin_of(message)] += 1
                    self.last_news = time.monotonic()

    async def until(self, done, idle_timeout: float = IDLE_TIMEOUT_S) -> None:
        """Poll until done(); fails when nothing new arrives for idle_timeout seconds."""
        self.last_news = time.monotonic()
        while not done():
            assert time.monotonic() - self.last_news < idle_timeout, \
                f"stuck at {self.settled} of {len(self.expected)} outcomes"
            await self.poll()

    async def quiet(self, seconds: float) -> None:
        """Read on for `seconds` (alerts follow their articles)."""
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            await self.poll()

    def alerts_raised_twice(self) -> list[str]:
        """Alert ids with more than one `Alert` message, or any version published more than once."""
        firsts = Counter(alert["id"] for alert, _ in self.alerts if alert["msg_type"] == "Alert")
        versions = Counter(headers["ce_id"] for _, headers in self.alerts)
        return sorted({i for i, n in firsts.items() if n > 1} | {v.decode() for v, n in versions.items() if n > 1})


async def send_corpus(s: Settings, outcomes: Outcomes, count: int) -> dict:
    landed, refused = await send(s, corpus(count, uuid.uuid4().hex[:8]))
    outcomes.expected = set(landed)
    return landed


async def after_ready(worker: Worker, outcomes: Outcomes) -> None:
    """Poll on while the restarted worker comes up, then until its first new outcome."""
    while not await asyncio.to_thread(worker.ready):
        await outcomes.poll()
        assert worker.alive(), worker.log_tail()
    before = sum(outcomes.seen.values())
    await outcomes.until(lambda: sum(outcomes.seen.values()) > before or outcomes.complete())


# --- hostile input ----------------------------------------------------------------------------


def test_hostile_articles_are_dead_lettered_with_a_reason_and_every_valid_one_is_enriched(private_broker, workers):
    worker = workers()
    env = {**worker.env, "KAFKA_BOOTSTRAP": private_broker["bootstrap"]}
    run = subprocess.run([WIREWATCH, "soak", "--articles", str(CI_ARTICLES), "--json"], env=env,
                         capture_output=True, text=True, timeout=900)
    report = json.loads(run.stdout)
    print(f"\nsoak {CI_ARTICLES}: " + json.dumps({k: v for k, v in report.items() if k != "reconcile"}))
    assert run.returncode == 0 and report["ok"], run.stderr
    hostile = round(CI_ARTICLES * 0.05)
    assert report["offered"] == CI_ARTICLES
    assert report["lost"] == [] and report["duplicated"] == []
    assert report["valid_dead_lettered"] == {} and report["hostile_enriched"] == []
    assert report["enriched"] == CI_ARTICLES - hostile
    assert report["dead_lettered"] + len(report["refused_at_ingest"]) == hostile
    assert all(why.startswith("20 MB body") and "larger than the maximum request size" in why
               for why in report["refused_at_ingest"].values()) and report["refused_at_ingest"]
    reasons = report["dead_letter_reasons_by_kind"]
    assert reasons["10,000 quote marks"] == {"over the processing budget": 2}
    assert set(reasons["1 MB sentence"]) == set(reasons["HTML bomb"]) == {"message too large or empty"}
    assert set(reasons["invalid JSON"]) == set(reasons["invalid UTF-8"]) == {"invalid JSON"}
    assert set(reasons["missing text"]) == set(reasons["wrong types"]) == {"invalid article"}
    checked = report["reconcile"]
    assert (checked["entered"], checked["enriched"], checked["dead_lettered"]) == \
        (report["entered"], report["enriched"], report["dead_lettered"]) and checked["balanced"]
    assert worker.alive() and worker.starts == 1, "hostile input must never restart the worker"


def test_an_article_too_large_for_kafka_is_refused_at_ingest_in_one_line(private_broker, tmp_path):
    big = tmp_path / "big.jsonl"
    big.write_bytes(orjson.dumps({"id": "twenty-mb", "body": "Tanks moved to the border. " * 780_000}) + b"\n")
    run = subprocess.run([WIREWATCH, "ingest", "file", str(big)], capture_output=True, text=True, timeout=120,
                         env={**Worker(private_broker["bootstrap"], tmp_path).env})
    assert run.returncode == 1
    assert "MessageSizeTooLargeError" in run.stderr and "21060" in run.stderr and "Traceback" not in run.stderr


# --- crashes ----------------------------------------------------------------------------------


async def test_killing_the_worker_three_times_loses_nothing_and_raises_no_alert_twice(private_broker, workers):
    """A worker restarted after kill -9 can stall (faust fetches its input and never hands it over) or be
    handed a message past the one due; it then exits with 75 and, as a supervisor would, the test starts
    it again: counted, never hidden."""
    s = Settings(kafka_bootstrap=private_broker["bootstrap"])
    worker = await asyncio.to_thread(workers, WIREWATCH_STALL_EXIT_S=str(STALL_EXIT_S))
    recoveries = []
    async with Outcomes(s, supervised=worker) as outcomes:
        landed = await send_corpus(s, outcomes, CRASH_ARTICLES)
        for share in (0.2, 0.45, 0.7):
            await outcomes.until(lambda: outcomes.settled >= share * len(landed))
            worker.kill()
            killed = time.monotonic()
            worker.start(wait=False)
            await after_ready(worker, outcomes)
            recoveries.append(round(time.monotonic() - killed, 1))
        await outcomes.until(outcomes.complete)
        await outcomes.quiet(15)
    checked = await reconcile(s, ids={item.id for item in landed.values()})
    print(f"\nkill -9 x3: entered {checked.entered}, enriched {checked.enriched}, dead-lettered "
          f"{checked.dead_lettered}, lost {len(checked.missing)}, delivered twice {len(checked.duplicated)}, "
          f"alerts {len(outcomes.alerts)}, raised twice {len(outcomes.alerts_raised_twice())}, "
          f"recovery after each kill {recoveries} s, watchdog restarts {outcomes.watchdog_restarts}; "
          f"dead letters {dict(checked.reasons)}")
    assert worker.starts == 4 + outcomes.watchdog_restarts
    assert checked.entered == len(landed) and checked.missing == [] and checked.not_entered == []
    assert outcomes.alerts, "the articles raise alerts, so the check below is not vacuous"
    assert outcomes.alerts_raised_twice() == []


# --- scaling ----------------------------------------------------------------------------------


async def test_a_worker_joining_and_leaving_mid_stream_loses_nothing(private_broker, workers, tmp_path):
    """Scaling out and in (compose --scale, KEDA) moves partitions between workers while articles flow. After
    such a rebalance faust can leave a partition unread (faust-streaming issue #629): the stall watchdog then
    restarts the worker, as it does after a crash; counted, never hidden."""
    s = Settings(kafka_bootstrap=private_broker["bootstrap"])
    first = await asyncio.to_thread(workers, WIREWATCH_STALL_EXIT_S=str(STALL_EXIT_S))
    (tmp_path / "second").mkdir()
    second = Worker(private_broker["bootstrap"], tmp_path / "second",
                    env={"WIREWATCH_APP_ID": first.env["WIREWATCH_APP_ID"], "WIREWATCH_STALL_EXIT_S": str(STALL_EXIT_S)})
    try:
        async with Outcomes(s, supervised=first) as outcomes:
            landed = await send_corpus(s, outcomes, SCALING_ARTICLES)
            await outcomes.until(lambda: outcomes.settled >= 0.2 * len(landed))
            second.start(wait=False)
            await after_ready(second, outcomes)
            await outcomes.until(lambda: outcomes.settled >= 0.6 * len(landed))
            second_restarts = second.starts - 1
            await asyncio.to_thread(second.stop)
            await outcomes.until(outcomes.complete)
        checked = await reconcile(s, ids={item.id for item in landed.values()})
        print(f"\nscale out and in: entered {checked.entered}, enriched {checked.enriched}, dead-lettered "
              f"{checked.dead_lettered}, lost {len(checked.missing)}, delivered twice {len(checked.duplicated)}, "
              f"watchdog restarts {outcomes.watchdog_restarts} (first worker), {second_restarts} (second)")
        assert checked.entered == len(landed) and checked.missing == [] and checked.not_entered == []
        assert first.alive() and first.starts == 1 + outcomes.watchdog_restarts, first.log_tail()
    finally:
        second.stop()


# --- broker restart ---------------------------------------------------------------------------


async def test_workers_recover_by_themselves_when_the_broker_restarts_mid_stream(private_broker, workers):
    s = Settings(kafka_bootstrap=private_broker["bootstrap"])
    worker = await asyncio.to_thread(workers)
    async with Outcomes(s) as outcomes:
        landed = await send_corpus(s, outcomes, RESTART_ARTICLES)
        await outcomes.until(lambda: outcomes.settled >= len(landed) / 3)
        stopped = time.monotonic()
        await asyncio.to_thread(stop_local_broker, private_broker["state_dir"])
        await asyncio.to_thread(start_local_broker, private_broker["state_dir"], port=private_broker["port"],
                                controller_port=private_broker["controller_port"])
        back = time.monotonic()
        before = sum(outcomes.seen.values())
        await outcomes.until(lambda: sum(outcomes.seen.values()) > before or outcomes.complete())
        resumed = time.monotonic()
        await outcomes.until(outcomes.complete)
    checked = await reconcile(s, ids={item.id for item in landed.values()})
    print(f"\nbroker restart: entered {checked.entered}, enriched {checked.enriched}, dead-lettered "
          f"{checked.dead_lettered}, lost {len(checked.missing)}, delivered twice {len(checked.duplicated)}, "
          f"broker down {back - stopped:.1f} s, pipeline flowing again {resumed - back:.1f} s after it was back")
    assert worker.alive() and worker.starts == 1, "the worker recovers without a hand on it"
    assert checked.entered == len(landed) and checked.missing == []


# --- security ---------------------------------------------------------------------------------


def post(port: int, body: bytes, token: str | None = INGEST_TOKEN) -> tuple[int, dict]:
    headers = {"Content-Type": "application/json", **({"Authorization": f"Bearer {token}"} if token else {})}
    request = urllib.request.Request(f"http://127.0.0.1:{port}/articles", data=body, headers=headers, method="POST")
    try:
        with urllib.request.urlopen(request, timeout=30) as answer:
            return answer.status, json.loads(answer.read())
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read() or b"{}")


async def keys_arriving(tail: TopicTail, tag: str, seconds: float) -> list[str]:
    """Keys of the messages holding `tag` that arrive in the next `seconds`."""
    keys, deadline = [], time.monotonic() + seconds
    while time.monotonic() < deadline:
        keys += [m.key.decode() for m in await tail.messages() if m.key and tag.encode() in m.key]
    return keys


async def test_http_ingest_takes_authorised_articles_and_lands_none_of_the_rejected_ones(kafka_bootstrap, worker):
    tag = uuid.uuid4().hex
    article = lambda name, **fields: orjson.dumps({"id": f"{name}-{tag}", **fields})
    body = "Russian troops massed near the border with Ukraine on Monday, officials in Kyiv said."
    async with TopicTail(Settings(kafka_bootstrap=kafka_bootstrap), topics.RAW) as raw:
        answers = {
            "accepted": await asyncio.to_thread(post, worker.port, article("accepted", body=body)),
            "no token": await asyncio.to_thread(post, worker.port, article("notoken", body=body), None),
            "bad token": await asyncio.to_thread(post, worker.port, article("badtoken", body=body), "guess"),
            "invalid JSON": await asyncio.to_thread(post, worker.port, b'{"id": "badjson-' + tag.encode() + b'", '),
            "missing body": await asyncio.to_thread(post, worker.port, article("nobody", headline="No body")),
            "too large": await asyncio.to_thread(post, worker.port, article("huge", body="word " * 1_100_000)),
        }
        landed = await keys_arriving(raw, tag, seconds=5)
    statuses = {name: status for name, (status, _) in answers.items()}
    assert statuses == {"accepted": 202, "no token": 401, "bad token": 401, "invalid JSON": 400,
                        "missing body": 422, "too large": 413}
    assert answers["accepted"][1]["id"] == f"accepted-{tag}"
    assert landed == [f"accepted-{tag}"]


def test_http_ingest_refuses_with_413_an_article_kafka_cannot_carry(worker):
    status, _ = post(worker.port, orjson.dumps({"id": f"two-mb-{uuid.uuid4().hex}", "body": "word " * 400_000}))
    assert status == 413


def secure_settings(**changes) -> Settings:
    return Settings(kafka_security_protocol="SASL_SSL", kafka_sasl_mechanism="SCRAM-SHA-512",
                    kafka_sasl_username="wirewatch", kafka_sasl_password="pw-from-env", **changes)


def test_sasl_and_ssl_settings_reach_the_faust_worker_and_the_command_line_clients():
    from faust.transport.drivers.aiokafka import credentials_to_aiokafka_auth

    s = secure_settings()
    for options in (credentials_to_aiokafka_auth(build_app(s, ()).conf.broker_credentials), client_options(s)):
        assert options["security_protocol"] == "SASL_SSL" and options["sasl_mechanism"] == "SCRAM-SHA-512"
        assert options["sasl_plain_username"] == "wirewatch" and options["sasl_plain_password"] == "pw-from-env"
        assert options["ssl_context"] is not None
    tls_only = Settings(kafka_security_protocol="SSL")
    assert credentials(tls_only) is not None
    assert credentials_to_aiokafka_auth(build_app(tls_only, ()).conf.broker_credentials)["security_protocol"] == "SSL"
    assert client_options(tls_only)["security_protocol"] == "SSL"
    assert "pw-from-env" not in repr(s) and "pw-from-env" not in str(s.model_dump())


def test_a_sasl_password_from_the_environment_never_appears_in_logs_or_errors(private_broker, tmp_path):
    secret = f"S3cret-{uuid.uuid4().hex}"
    worker = Worker(private_broker["bootstrap"], tmp_path, env={
        "WIREWATCH_KAFKA_SECURITY_PROTOCOL": "SASL_PLAINTEXT", "WIREWATCH_KAFKA_SASL_MECHANISM": "PLAIN",
        "WIREWATCH_KAFKA_SASL_USERNAME": "alice", "WIREWATCH_KAFKA_SASL_PASSWORD": secret})
    with worker.log.open("wb") as log:  # debug: the most a worker ever logs
        subprocess.run([WIREWATCH, "worker", "--loglevel", "debug"], env=worker.env, cwd=tmp_path,
                       stdout=log, stderr=log, timeout=120)
    commands = [subprocess.run([WIREWATCH, *args], env=worker.env, capture_output=True, text=True, timeout=120)
                for args in (["topics", "create"], ["reconcile"], ["ingest", "file", __file__])]
    assert "SaslHandShakeRequest" in worker.log_text(), "the worker's clients tried SASL"
    assert secret not in worker.log_text()
    for command in commands:
        assert command.returncode != 0 and "Sasl" in command.stderr, "the CLI clients tried SASL"
        assert secret not in command.stdout + command.stderr
