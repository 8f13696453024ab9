"""`wirewatch bench`: bare spaCy against the whole pipeline on the broker, in one run, as ratios.

Timed on a corpus of real public-domain articles (samples/bench/), never in tests: machines are
shared and noisy, so the figures to compare are the ratios of one run. Throughputs are steady state, the
second pass over the corpus, for bare spaCy and the workers alike (word caches warm, as in a worker that
has run a while); the first, cold, pass is printed and kept in the JSON line too.
"""
from __future__ import annotations

import asyncio
import gc
import itertools
import json
import multiprocessing
import os
import statistics
import subprocess
import sys
import time
import urllib.request
import uuid
from pathlib import Path

import orjson

from agents import topics
from agents.kafka import TopicTail, create_topics, producer, start_group_at_end
from agents.settings import Settings

CORPUS = Path(__file__).resolve().parents[1] / "samples" / "bench" / "usgov.jsonl"
WIREWATCH = str(Path(sys.executable).with_name("wirewatch"))
FIRST_WEB_PORT = 17066


def corpus(count: int) -> list[dict]:
    """`count` raw articles cycled from the corpus, each with an id of its own."""
    rows = [json.loads(line) for line in CORPUS.read_text().splitlines() if line.strip()]
    run = uuid.uuid4().hex[:6]
    return [{"id": f"bench-{run}-{n}", "headline": row["title"], "body": row["text"], "source": row["source"],
             "url": row["url"], "published": f"{row['date']}T12:00:00Z"}
            for n, row in zip(range(count), itertools.cycle(rows))]


def bare_spacy(texts: list[str], model: str) -> tuple[float, float]:
    """Articles per second of the model's full `nlp.pipe`, the baseline the pipeline is held to: on its first
    pass over the texts (cold caches) and on its second (steady state, as in a worker that has run a while). The
    model does its matrix products as the workers' does (`load_model`), so the ratio is the pipeline's own gain."""
    from pipeline.nlp import load_model

    nlp = load_model(model)
    cold = pipe_rate(nlp, texts)
    gc.freeze()   # (as a worker does once warm)
    return cold, pipe_rate(nlp, texts)


def pipe_rate(nlp, texts: list[str]) -> float:
    """Articles per second of one `nlp.pipe` pass over the texts."""
    started = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=16):
        pass
    return len(texts) / (time.perf_counter() - started)


def _bare_pass(texts: list[str], model: str, start, answer) -> None:
    """One process of `bare_side_by_side`: load and warm the model, wait for the others, time a pass."""
    from pipeline.nlp import load_model

    nlp = load_model(model)
    pipe_rate(nlp, texts)
    gc.freeze()
    start.wait()
    answer.send(pipe_rate(nlp, texts))


def bare_side_by_side(texts: list[str], model: str, processes: int = 2) -> float:
    """Articles per second of bare spaCy in `processes` processes at once (steady state, summed): what the
    machine itself gives a second worker. On a shared machine two CPU-bound processes never quite reach
    twice one (caches, memory, the other tenants), so the workers' scaling is read against this."""
    context = multiprocessing.get_context("spawn")
    start = context.Barrier(processes)
    pipes = [context.Pipe(duplex=False) for _ in range(processes)]
    children = [context.Process(target=_bare_pass, args=(texts, model, start, sender)) for _, sender in pipes]
    for child in children:
        child.start()
    rates = [receiver.recv() for receiver, _ in pipes]
    for child in children:
        child.join()
    return sum(rates)


def stage_costs(texts: list[str], model: str) -> dict[str, float]:
    """Seconds per document of our spaCy pass and of each extraction stage over it, in process."""
    from pipeline.actors import find_actors
    from pipeline.extract import read_signals
    from pipeline.nlp import load_nlp
    from pipeline.quotes import find_quotes

    nlp = load_nlp(model)
    for doc in nlp.pipe(texts[:16]):   # a worker builds its matchers and lexicons once, at its first article
        cast = find_actors(doc)
        find_quotes(doc, cast)
        read_signals(doc, cast)   # the rules, the context gate's veto and the backstop, as analyze_doc runs them
    list(nlp.pipe(texts))   # steady state, as for the bare figure
    gc.freeze()   # (as a worker does once warm: what is loaded stays out of the collector's full passes)
    spent = dict.fromkeys(("parse", "actors", "quotes", "signals"), 0.0)
    clock = time.perf_counter()
    for doc in nlp.pipe(texts, batch_size=16):
        spent["parse"] += time.perf_counter() - clock
        clock = time.perf_counter()
        cast = find_actors(doc)
        spent["actors"] += time.perf_counter() - clock
        clock = time.perf_counter()
        find_quotes(doc, cast)
        spent["quotes"] += time.perf_counter() - clock
        clock = time.perf_counter()
        read_signals(doc, cast)
        spent["signals"] += time.perf_counter() - clock
        clock = time.perf_counter()
    return {stage: seconds / len(texts) for stage, seconds in spent.items()}


class Workers:
    """`count` real `wirewatch worker` processes in one new consumer group."""

    def __init__(self, s: Settings, count: int, log_dir: Path):
        self.settings, self.count, self.log_dir = s, count, log_dir
        self.group = f"bench-{uuid.uuid4().hex[:8]}"
        self.processes: list[subprocess.Popen] = []

    async def __aenter__(self) -> "Workers":
        await start_group_at_end(self.settings, self.group, list(topics.AGENT_INPUTS.values()))
        for n in range(self.count):
            env = {**os.environ, "KAFKA_BOOTSTRAP": self.settings.kafka_bootstrap, "WIREWATCH_APP_ID": self.group,
                   "WIREWATCH_WEB_PORT": str(FIRST_WEB_PORT + n)}
            log = (self.log_dir / f"{self.group}-{n}.log").open("wb")
            self.processes.append(subprocess.Popen([WIREWATCH, "worker", "--loglevel", "warning"], env=env,
                                                   stdout=log, stderr=log))
        await self.wait_ready()
        return self

    async def wait_ready(self, timeout: float = 180) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if any(p.poll() is not None for p in self.processes):
                raise RuntimeError(f"a bench worker exited; see {self.log_dir}/{self.group}-*.log")
            if all(ready(FIRST_WEB_PORT + n) for n in range(self.count)):
                await asyncio.sleep(3)  # let the group settle after the last join
                if all(ready(FIRST_WEB_PORT + n) for n in range(self.count)):
                    return
            await asyncio.sleep(0.5)
        raise RuntimeError(f"bench workers not ready after {timeout} s")

    def peak_rss_mib(self) -> list[float]:
        """VmHWM: the resident-set high-water mark of each worker process."""
        peaks = []
        for process in self.processes:
            status = Path(f"/proc/{process.pid}/status").read_text()
            kib = next(int(line.split()[1]) for line in status.splitlines() if line.startswith("VmHWM:"))
            peaks.append(kib / 1024)
        return peaks

    async def __aexit__(self, *exc) -> None:
        for process in self.processes:
            process.terminate()
        for process in self.processes:
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()


def ready(port: int) -> bool:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/ready", timeout=2) as answer:
            return bool(json.loads(answer.read()).get("ready"))
    except OSError:
        return False


async def through_pipeline(s: Settings, articles: list[dict], rate: float | None = None) -> dict[str, float]:
    """Send articles (all at once, or `rate` a second); returns each id's seconds from send to enriched."""
    sent_at: dict[str, float] = {}
    done: dict[str, float] = {}
    client = producer(s)
    await client.start()
    async with TopicTail(s, topics.ENRICHED) as enriched, TopicTail(s, topics.DLQ) as dlq:
        async def send():
            for n, article in enumerate(articles):
                if rate:
                    await asyncio.sleep(max(0.0, sent_at.get("start", time.monotonic()) + n / rate - time.monotonic()))
                sent_at.setdefault("start", time.monotonic())
                await client.send(topics.RAW, key=article["id"].encode(), value=orjson.dumps(article))
                sent_at[article["id"]] = time.monotonic()
            await client.flush()

        async def receive(tail):
            wanted = {a["id"] for a in articles}
            while len(done) < len(wanted):
                for message in await tail.messages():
                    key = (message.key or b"").decode()
                    if key in wanted and key not in done:
                        done[key] = time.monotonic()

        sender = asyncio.create_task(send())
        await asyncio.wait([asyncio.create_task(receive(enriched)), asyncio.create_task(receive(dlq))],
                           return_when=asyncio.FIRST_COMPLETED)
        await sender
    await client.stop()
    return {key: done[key] - sent_at[key] for key in done} | {"_elapsed": max(done.values()) - sent_at["start"]}


def spread(runs: list[dict]) -> dict[str, tuple[float, float, float]]:
    """(min, median, max) of each figure over repeated runs: the machine's noise, shown."""
    return {key: (min(values), statistics.median(values), max(values))
            for key in runs[0] for values in [[r[key] for r in runs]]}


def percentile(values: list[float], q: float) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[q - 1] if len(values) > 1 else values[0]


async def run(s: Settings, count: int, log_dir: Path, say) -> dict:
    await create_topics(s)
    articles = corpus(count)
    say(f"corpus: {count} articles from {CORPUS.name}, {sum(len(a['body']) for a in articles) // count} chars on average")
    bodies = [a["body"] for a in articles]
    bare_cold, bare = bare_spacy(bodies, s.spacy_model)
    say(f"1. bare spaCy nlp.pipe ({s.spacy_model}): {bare:.2f} articles/s (first pass, cold: {bare_cold:.2f})")
    results = {"bare_articles_per_s": round(bare, 3), "bare_cold_articles_per_s": round(bare_cold, 3)}
    side_by_side = bare_side_by_side(bodies, s.spacy_model)
    say(f"   bare spaCy in two processes at once: {side_by_side:.2f} articles/s, {side_by_side / bare:.2f}x one "
        f"(what this machine gives a second worker)")
    results["bare_scaling_2p_over_1p"] = round(side_by_side / bare, 3)
    costs = stage_costs(bodies, s.spacy_model)
    extraction = costs["actors"] + costs["quotes"] + costs["signals"]
    say(f"   in process: our spaCy pass {1000 * costs['parse']:.0f} ms/article ({1 / costs['parse'] / bare:.2f}x bare "
        f"speed); actors {1000 * costs['actors']:.1f}, quotes {1000 * costs['quotes']:.1f}, signals "
        f"{1000 * costs['signals']:.1f} ms/article: extraction adds {100 * extraction / costs['parse']:.1f}% to the parse")
    # signal detection against our pruned pass and against the model's full pass (bare spaCy, same run): the pass
    # is pruned to what the trigger lexicons can use, so it is the smaller reference
    say(f"   signals add {100 * costs['signals'] / costs['parse']:.1f}% to our spaCy pass, "
        f"{100 * costs['signals'] * bare:.1f}% to the model's full pass")
    results.update(extraction_over_parse=round(extraction / costs["parse"], 4),
                   signals_over_parse=round(costs["signals"] / costs["parse"], 4),
                   signals_over_bare_parse=round(costs["signals"] * bare, 4))
    for workers in (1, 2):
        async with Workers(s, workers, log_dir) as group:
            cold, warm = [count / (await through_pipeline(s, corpus(count)))["_elapsed"] for _ in range(2)]
            say(f"2. end to end, {workers} worker(s): {warm:.2f} articles/s (first pass, cold: {cold:.2f})")
            results[f"e2e_articles_per_s_{workers}w"] = round(warm, 3)
            results[f"e2e_cold_articles_per_s_{workers}w"] = round(cold, 3)
            per_s = warm
            if workers == 2:
                rate = per_s / 2
                latencies = sorted(v for k, v in (await through_pipeline(s, corpus(count), rate)).items()
                                   if not k.startswith("_"))
                p50, p95, p99 = (percentile(latencies, q) * 1000 for q in (50, 95, 99))
                say(f"3. latency raw → enriched at {rate:.2f} articles/s: p50 {p50:.0f} ms, p95 {p95:.0f} ms, "
                    f"p99 {p99:.0f} ms")
                results["p99_ms"] = round(p99, 1)
                results.update(p50_ms=round(p50, 1), p95_ms=round(p95, 1))
            peaks = group.peak_rss_mib()
            say(f"4. peak RSS, {workers} worker(s): " + ", ".join(f"{p:.0f} MiB" for p in peaks))
            results["peak_rss_mib"] = round(max(peaks + [results.get("peak_rss_mib", 0)]), 1)
    results["ratio_e2e_2w_to_bare"] = round(results["e2e_articles_per_s_2w"] / bare, 3)
    results["ratio_cold_e2e_2w_to_bare"] = round(results["e2e_cold_articles_per_s_2w"] / bare_cold, 3)
    results["scaling_2w_over_1w"] = round(results["e2e_articles_per_s_2w"] / results["e2e_articles_per_s_1w"], 3)
    say(f"5. two workers over one: {results['scaling_2w_over_1w']:.2f}x (bare spaCy in two processes: "
        f"{results['bare_scaling_2p_over_1p']:.2f}x; the broker shares the same cores)")
    return results
