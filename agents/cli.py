"""The `wirewatch` command: offline analysis, the worker, ingest, alerts and the local broker."""
from __future__ import annotations

import asyncio
import gc
import json
import sys
import time
from datetime import datetime, timezone
from pathlib import Path
from typing import Optional

import orjson
import typer

from agents import topics
from agents.broker import broker_app
from agents.rss import rss_command
from agents.settings import settings

cli = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
                  help="wirewatch: escalation signals from the news, on Kafka.")
ingest_cli = typer.Typer(no_args_is_help=True, help="Send articles to articles.raw.")
topics_cli = typer.Typer(no_args_is_help=True, help="Kafka topics of the pipeline.")
cli.add_typer(ingest_cli, name="ingest")
cli.add_typer(topics_cli, name="topics")
schema_cli = typer.Typer(no_args_is_help=True, help="Payload schemas of the topics.")
cli.add_typer(schema_cli, name="schema")
cli.add_typer(broker_app, name="broker")


def fail(message: str, code: int = 2) -> None:
    typer.echo(f"wirewatch: {message}", err=True)
    raise typer.Exit(code)


def read_analysis_inputs(paths: list[Path], problems: list[str]):
    """(id, text, title, url) items from JSONL lines or whole .txt files (no title); bad lines go to problems. A line
    is the scorer's {"id","text","title"?,"url"?,"source"?} or any article the raw topic takes (`RawArticle`: a feed
    item with "body" and "headline", an IPTC ninjs item), so the files fed to the pipeline can be analysed as they
    are; an HTML body is read as the clean stage reads it. The url (else the source's host) names an official
    publisher."""
    from pydantic import ValidationError

    from pipeline.clean import clean_text
    from schemas.article import RawArticle

    for path in paths:
        if path.suffix == ".txt":
            yield path.stem, path.read_text(encoding="utf-8", errors="replace"), None, None
            continue
        with path.open("rb") as lines:
            for number, line in enumerate(lines, 1):
                if not line.strip():
                    continue
                try:
                    article = RawArticle.model_validate(orjson.loads(line))
                except (orjson.JSONDecodeError, ValidationError, ValueError) as error:
                    reason = ("not JSON" if isinstance(error, orjson.JSONDecodeError) else
                              "needs an \"id\" and a non-empty \"text\" (or \"body\")")
                    problems.append(f"{path}:{number}: skipped: {reason}")
                    typer.echo(problems[-1], err=True)
                    continue
                text = clean_text(article.body, True) if article.body_is_html else article.body
                yield article.id, text, article.headline, article.url or article.source


@cli.command()
def analyze(inputs: list[Path] = typer.Argument(..., help="JSONL files ({id, text, title?, url?} a line, "
                                                         "or raw articles as ingested) or .txt files"),
            output: Optional[Path] = typer.Option(None, "-o", "--output", help="JSONL out (default stdout)"),
            model: Optional[str] = typer.Option(None, help="spaCy model (default: setting spacy_model)")):
    """Run the extraction offline, one JSON line out per article in (the scorer's format)."""
    for path in inputs:
        if not path.is_file():
            fail(f"no such input file: {path}")
    from pipeline.extract import analyze_texts
    from pipeline.textcat import ClassifierMissing

    problems: list[str] = []
    out = output.open("wb") if output else sys.stdout.buffer
    count = 0
    try:
        for analysis in analyze_texts(read_analysis_inputs(inputs, problems), model or settings().spacy_model):
            out.write(orjson.dumps(analysis.model_dump(mode="json")) + b"\n")
            count += 1
    except ClassifierMissing as error:
        fail(str(error))
    finally:
        if output:
            out.close()
    typer.echo(f"analyzed {count} article(s), skipped {len(problems)} bad line(s)", err=True)
    if problems:
        raise typer.Exit(1)


def train_classifier(name: str, build, data: Path, pattern: str, missing: str, setting: str, out: Optional[Path]):
    """Train one of the learned classifiers on the labelled sets of `data` (a clear line if it holds none) and save
    it at `out`, else at its setting's path."""
    if not any(data.glob(pattern)):
        fail(f"no {missing} in {data}")
    target = out or Path(getattr(settings(), setting))
    typer.echo(f"{name}: trained on {build(data, target)} examples, saved to {target}", err=True)


@cli.command("build-backstop")
def build_backstop(data: Path = typer.Option(Path("tests/data"), help="the labelled notices (announcements_heldout*)"),
                   out: Optional[Path] = typer.Option(None, help="where to write it (default: setting backstop_model)")):
    """Train the notice backstop (sanctions / arms_delivery / neither) on the labelled notices, with a fixed seed."""
    from pipeline.backstop import TRAINING_SETS, build

    train_classifier("backstop", build, data, TRAINING_SETS, "labelled notices", "backstop_model", out)


@cli.command("build-gate")
def build_gate(data: Path = typer.Option(Path("tests/data"), help="the labelled sets (quiet_news*, plover_*.jsonl)"),
               out: Optional[Path] = typer.Option(None, help="where to write it (default: setting context_gate_model)")):
    """Train the context gate (conflict / other) on the labelled sets, with a fixed seed."""
    from pipeline.context_gate import build

    train_classifier("context gate", build, data, "quiet_news*.jsonl", "labelled sets", "context_gate_model", out)


@cli.command("build-news-backstop")
def build_news_backstop(
        data: Path = typer.Option(Path("tests/data"), help="the labelled sets (plover_*, quiet_news*.jsonl)"),
        out: Optional[Path] = typer.Option(None, help="where to write it (default: setting news_backstop_model)")):
    """Train the news backstop (PLOVER categories / none) on the labelled sentences, with a fixed seed."""
    from pipeline.news_backstop import build

    train_classifier("news backstop", build, data, "plover_heldout*.jsonl", "labelled sentences", "news_backstop_model",
                     out)


@cli.command()
def worker(agents: str = typer.Option(",".join(topics.AGENT_INPUTS), help="roles to run, comma-separated"),
           web_port: Optional[int] = typer.Option(None, help="HTTP port (default: setting web_port)"),
           loglevel: str = typer.Option("info")):
    """Run a faust worker with the given agents."""
    from agents.app import build_app

    roles = tuple(r.strip() for r in agents.split(",") if r.strip())
    unknown = set(roles) - set(topics.AGENT_INPUTS)
    if unknown or not roles:
        fail(f"unknown agent(s) {sorted(unknown) or '(none)'}; choose from {', '.join(topics.AGENT_INPUTS)}")
    s = settings()
    if web_port:
        s = s.model_copy(update={"web_port": web_port})
    import faust

    # The models load (and their caches warm) before the worker joins its group: the first article is not
    # slowed by them and /ready means able to process.
    if "clean" in roles:
        from pipeline.clean import detect_language

        detect_language("Russia massed troops near Ukraine, officials said.")
    if "extract" in roles:
        from pipeline.extract import analyze_texts
        from pipeline.textcat import ClassifierMissing

        try:   # (the warm-up's troops are an escalation and no measure: the context gate and the notice backstop load
            # too; its library news has no signal: the news backstop loads)
            list(analyze_texts([("warm-up", "Russia massed troops near Ukraine, Jonathan Pierce, a spokesman for the "
                                            "Harbor Workers Union, said."),   # and the first-name list
                                ("warm-up-quiet", "The council reopened the library on Monday.")], s.spacy_model))
        except ClassifierMissing as error:
            fail(str(error))
    # What is loaded by now (the model, the lexicons, their caches) lives as long as the worker: frozen, the collector's
    # full passes no longer walk it over and over (the signal stage 4-6% faster in the bench)
    gc.freeze()
    from aiokafka.errors import KafkaError

    from agents.kafka import create_topics

    # Topics and table changelogs exist, with their partitions, before faust looks for them: a changelog faust
    # creates itself, racing another worker of a new group, can be read as having no partitions, and then every
    # signal of the run is dead-lettered (PartitionsMismatch; seen in 6 of 20 bench runs with a fresh group).
    # A broker not reachable yet is faust's to wait for, as before.
    try:
        asyncio.run(create_topics(s))
    except (KafkaError, OSError) as error:
        typer.echo(f"topics not created at {s.kafka_bootstrap} ({error}); the worker starts and waits for Kafka",
                   err=True)
    app = build_app(s, roles)
    runner = faust.Worker(app, loglevel=loglevel)
    # faust's start-up spinner, shown at --loglevel warning and above, sets the root logger to DEBUG for good:
    # every debug call of faust and aiokafka then builds a log record that no handler prints (measured: 4-6%
    # of a busy worker's CPU).
    runner.spinner = None
    runner.execute_from_commandline()


@topics_cli.command("create")
def topics_create():
    """Create every topic with its partitions (idempotent)."""
    from agents.kafka import create_topics

    created = run_kafka(create_topics(settings()))
    typer.echo(f"created {len(created)} topic(s); all {len(topics.ALL)} topics and the table changelogs are present")


@ingest_cli.command("file")
def ingest_file(paths: list[Path] = typer.Argument(..., help="JSONL, .txt, ninjs .json or NewsML-G2 .xml files")):
    """Send articles from files to articles.raw, keyed by article id."""
    for path in paths:
        if not path.is_file():
            fail(f"no such file: {path}")
    sent, problems = run_kafka(send_files(paths))
    typer.echo(f"sent {sent} article(s) to {topics.RAW}; {len(problems)} problem(s)", err=True)
    if problems:
        raise typer.Exit(1)


ingest_cli.command("rss")(rss_command)


async def send_files(paths: list[Path]) -> tuple[int, list[str]]:
    from aiokafka.errors import MessageSizeTooLargeError

    from agents.kafka import producer
    from pipeline.sources import SourceError, read_articles

    sent, problems = 0, []
    client = producer(settings())
    await client.start()
    try:
        for path in paths:
            for item in read_articles(path):
                if isinstance(item, SourceError):
                    problems.append(str(item))
                    typer.echo(f"skipped: {item}", err=True)
                    continue
                try:
                    await client.send_and_wait(topics.RAW, key=str(item["id"]).encode(), value=orjson.dumps(item))
                except MessageSizeTooLargeError as error:  # one article too big for Kafka; the rest still go
                    problems.append(f"{path}: {item['id']}: {type(error).__name__}: {error}")
                    typer.echo(f"skipped: {problems[-1]}", err=True)
                    continue
                sent += 1
    finally:
        await client.stop()
    return sent, problems


@schema_cli.command("export")
def schema_export(directory: Path = typer.Argument(..., help="where to write schemas/*.json and asyncapi.json")):
    """Write the JSON Schema of every topic's payload and an AsyncAPI 3 document of all topics."""
    from schemas.export import export

    if directory.exists() and not directory.is_dir():
        fail(f"not a directory: {directory}")
    for path in export(directory):
        typer.echo(path)


@cli.command()
def reconcile(since: Optional[datetime] = typer.Option(None, help="only messages from this time (ISO 8601)"),
              until: Optional[datetime] = typer.Option(None, help="only articles that entered before this time"),
              ids: Optional[Path] = typer.Option(None, exists=True, dir_okay=False, help="file of article ids, one a line"),
              as_json: bool = typer.Option(False, "--json")):
    """Count what entered articles.raw and what came out enriched or dead-lettered; name the gaps."""
    from agents.reconcile import reconcile as run

    wanted = set(ids.read_text().split()) if ids else None
    result = run_kafka(run(settings(), since, wanted, until))
    if as_json:
        typer.echo(json.dumps(result.as_dict()))
    else:
        typer.echo(f"entered {result.entered}, enriched {result.enriched}, dead-lettered {result.dead_lettered}, "
                   f"missing {len(result.missing)}, duplicated {len(result.duplicated)}, "
                   f"never entered {len(result.not_entered)}")
        for label, names in (("missing", result.missing), ("duplicated", result.duplicated),
                             ("never entered", result.not_entered)):
            for name in names[:50]:
                typer.echo(f"{label}: {name}")
    if not result.balanced:
        raise typer.Exit(1)


@cli.command()
def soak(articles: int = typer.Option(2000, min=20, help="articles to send, 5% of them hostile"),
         idle_timeout: float = typer.Option(120, help="seconds without a new outcome before the rest counts as lost"),
         as_json: bool = typer.Option(False, "--json", help="print only the JSON report")):
    """Real and hostile articles through the running pipeline: each must come out exactly once."""
    from agents.soak import print_report, soak as run

    report = run_kafka(run(settings(), articles, idle_timeout))
    if as_json:
        typer.echo(json.dumps(report.as_dict()))
    else:
        print_report(report, typer.echo)
    if not report.ok:
        raise typer.Exit(1)


@cli.command()
def bench(articles: int = typer.Option(150, min=10, help="articles per measurement"),
          runs: int = typer.Option(1, min=1, help="repeat the whole measurement; figures are then medians"),
          as_json: bool = typer.Option(False, "--json", help="print only the JSON line")):
    """Throughput and latency of the pipeline on the broker against bare spaCy (ratios of one run)."""
    from agents.bench import run, spread

    say = (lambda line: None) if as_json else typer.echo
    log_dir = Path(".wirewatch")
    log_dir.mkdir(exist_ok=True)
    results = []
    try:
        for n in range(runs):
            if runs > 1:
                say(f"--- run {n + 1} of {runs}")
            results.append(run_kafka(run(settings(), articles, log_dir, say)))
    except RuntimeError as error:
        fail(str(error), 1)
    if runs > 1:
        figures = spread(results)
        for key, (low, median, high) in figures.items():
            say(f"{key}: min {low}, median {median}, max {high}")
        typer.echo(json.dumps({key: median for key, (_, median, _) in figures.items()} | {"runs": results}))
    else:
        typer.echo(json.dumps(results[0]))


SEVERITY_RANK = {"Minor": 0, "Moderate": 1, "Severe": 2, "Extreme": 3}


@cli.command()
def alerts(follow: bool = typer.Option(False, "--follow", "-f", help="keep printing new alerts"),
           type_: Optional[str] = typer.Option(None, "--type", help="only this signal type"),
           min_severity: Optional[str] = typer.Option(None, help="Minor, Moderate, Severe or Extreme"),
           dyad: Optional[str] = typer.Option(None, help="only this dyad, e.g. RUS>UKR"),
           output_format: str = typer.Option("pretty", "--format", help="pretty, json or cap"),
           since: Optional[datetime] = typer.Option(None, help="only alerts published from this time (UTC)"),
           timeout: Optional[float] = typer.Option(None, help="with --follow: stop after this many seconds"),
           max_alerts: Optional[int] = typer.Option(None, "--max", help="stop after this many alerts")):
    """Print alerts from the alerts topics."""
    from schemas.analysis import SIGNAL_TYPES

    if type_ and type_ not in SIGNAL_TYPES:
        fail(f"unknown type {type_!r}; choose from {', '.join(SIGNAL_TYPES)}")
    if min_severity and min_severity not in SEVERITY_RANK:
        fail(f"unknown severity {min_severity!r}; choose from {', '.join(SEVERITY_RANK)}")
    if output_format not in ("pretty", "json", "cap"):
        fail(f"unknown format {output_format!r}; choose from pretty, json, cap")
    wanted = lambda a: ((not dyad or a["dyad"] == dyad) and
                        (not min_severity or SEVERITY_RANK[a["severity"]] >= SEVERITY_RANK[min_severity]))
    run_kafka(print_alerts(topics.alerts_of(type_) if type_ else topics.ALERTS, wanted, output_format,
                           follow, since, timeout, max_alerts))


async def print_alerts(topic: str, wanted, output_format: str, follow: bool, since: datetime | None,
                       timeout: float | None, max_alerts: int | None) -> None:
    from agents.kafka import consumer, partitions_of

    partitions = await partitions_of(settings(), topic)
    client = consumer(settings())
    await client.start()
    shown, deadline = 0, (time.monotonic() + timeout) if timeout else None
    try:
        client.assign(partitions)
        ends = await client.end_offsets(partitions)
        if since:
            moment = since if since.tzinfo else since.replace(tzinfo=timezone.utc)
            starts = await client.offsets_for_times({tp: int(moment.timestamp() * 1000) for tp in partitions})
            for tp in partitions:
                client.seek(tp, starts[tp].offset if starts[tp] else ends[tp])
        else:
            await client.seek_to_beginning(*partitions)
        while True:
            batch = await client.getmany(timeout_ms=500)
            for message in (m for ms in batch.values() for m in ms):
                alert = orjson.loads(message.value)
                if wanted(alert):
                    print_alert(alert, dict(message.headers or []), output_format)
                    shown += 1
                    if max_alerts and shown >= max_alerts:
                        return
            if deadline and time.monotonic() > deadline:
                if not shown:
                    typer.echo("no new alerts in that time (an article sent again changes nothing: "
                               "`wirewatch alerts` lists every alert)", err=True)
                return
            if not follow and all(await client.position(tp) >= end for tp, end in ends.items()):
                return
    finally:
        await client.stop()


def print_alert(alert: dict, headers: dict, output_format: str) -> None:
    if output_format == "json":
        typer.echo(json.dumps(alert, ensure_ascii=False))
    elif output_format == "cap":
        from pipeline.cap import to_cap_xml
        typer.echo(to_cap_xml(alert))
    else:
        mark = "UPDATE" if alert["msg_type"] == "Update" else "NEW   "
        typer.echo(f"{mark} [{alert['severity']:<8}|{alert['certainty']:<8}] {alert['dyad']:<10} "
                   f"{alert['type']:<18} x{alert['corroboration']}  {alert['headline']}")


def run_kafka(coroutine):
    """Run a Kafka coroutine; a broker that does not answer is one line, not a traceback."""
    from aiokafka.errors import KafkaConnectionError, KafkaError

    try:
        return asyncio.run(coroutine)
    except (KafkaConnectionError, KafkaError, OSError) as error:
        fail(f"Kafka at {settings().kafka_bootstrap} failed: {error}", 1)


def main() -> None:
    """Run the command; a usage error is one line on stderr and exit 2, never a traceback."""
    try:
        code = cli(standalone_mode=False)
    except typer.TyperException as error:
        if type(error).__name__ == "NoArgsIsHelpError":
            typer.echo(error.ctx.get_help())
            sys.exit(2)
        ctx = getattr(error, "ctx", None)
        typer.echo(f"{ctx.command_path if ctx else 'wirewatch'}: {error.format_message()} (see --help)", err=True)
        code = getattr(error, "exit_code", 2)
    except typer.Abort:
        code = 130
    sys.exit(code if isinstance(code, int) else 0)
