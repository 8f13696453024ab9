"""A local single-node Apache Kafka broker (KRaft, broker+controller) for development and tests.

The jars come from Maven Central through deploy/pom.xml; jars, data, properties, log and pid all
live in one state folder (default `<repo>/.wirewatch/broker`, or `$WIREWATCH_STATE_DIR`).
When `KAFKA_BOOTSTRAP` is set, that broker is used instead and no local one is started.
"""

import asyncio
import base64
import hashlib
import logging
import os
import shutil
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path

import typer
from aiokafka import AIOKafkaClient
from aiokafka.errors import KafkaError

REPO_ROOT = Path(__file__).resolve().parents[1]
POM = REPO_ROOT / "deploy" / "pom.xml"
LOCAL_HOST = "127.0.0.1"
LOCAL_PORT = 19092
CONTROLLER_PORT = 19093
LOCAL_BOOTSTRAP = f"{LOCAL_HOST}:{LOCAL_PORT}"
START_TIMEOUT_S = 90.0
STOP_GRACE_S = 30.0


class BrokerError(Exception):
    """A broker problem the user can act on; the CLI prints it as one line."""


def default_state_dir() -> Path:
    return Path(os.environ.get("WIREWATCH_STATE_DIR") or REPO_ROOT / ".wirewatch" / "broker").resolve()


# --- readiness -------------------------------------------------------------------------------


async def wait_until_ready(bootstrap: str, timeout: float) -> bool:
    """True once a metadata request to `bootstrap` succeeds and names a broker (an open port is
    not enough: a booting KRaft broker accepts connections before it serves metadata)."""
    deadline = time.monotonic() + timeout
    while True:
        remaining = deadline - time.monotonic()
        client = AIOKafkaClient(bootstrap_servers=bootstrap, request_timeout_ms=5000)
        try:
            await asyncio.wait_for(client.bootstrap(), timeout=max(remaining, 0.5))
            if client.cluster.brokers():
                return True
        except (KafkaError, OSError, asyncio.TimeoutError):
            pass
        finally:
            await client.close()
        if time.monotonic() + 0.5 > deadline:
            return False
        await asyncio.sleep(0.5)


def broker_is_ready(bootstrap: str, timeout: float) -> bool:
    """Blocking probe; failed attempts are expected while a broker boots, so aiokafka's
    connection errors are kept off stderr meanwhile."""
    aiokafka_log = logging.getLogger("aiokafka")
    level = aiokafka_log.level
    aiokafka_log.setLevel(logging.CRITICAL)
    try:
        return asyncio.run(wait_until_ready(bootstrap, timeout))
    finally:
        aiokafka_log.setLevel(level)


# --- state folder ----------------------------------------------------------------------------


def _pid_file(state_dir: Path) -> Path:
    return state_dir / "broker.pid"


def log_file(state_dir: Path) -> Path:
    return state_dir / "broker.log"


def _is_running(pid: int) -> bool:
    try:
        if os.waitpid(pid, os.WNOHANG)[0] == pid:  # our own child, already exited: reaped now
            return False
    except ChildProcessError:
        pass  # not our child
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    cmdline = Path(f"/proc/{pid}/cmdline")  # guards against a recycled pid where /proc exists
    return not cmdline.exists() or b"kafka.Kafka" in cmdline.read_bytes()


def local_broker_pid(state_dir: Path) -> int | None:
    """The pid of the broker started from this state folder if it still runs (a stale pid file
    is removed)."""
    pid_file = _pid_file(state_dir)
    try:
        pid = int(pid_file.read_text())
    except (FileNotFoundError, ValueError):
        return None
    if _is_running(pid):
        return pid
    pid_file.unlink(missing_ok=True)
    return None


def _require(tool: str, why: str) -> str:
    path = shutil.which(tool)
    if path is None:
        raise BrokerError(f"{tool} not found on PATH: {why}")
    return path


def _ensure_jars(state_dir: Path) -> Path:
    """Copy the broker's runtime jars from Maven Central once; again only if the pom changes."""
    jars = state_dir / "jars"
    stamp = jars / ".pom-sha256"
    if not POM.exists():
        raise BrokerError(f"{POM} not found: the local broker runs from a wirewatch source checkout")
    pom_hash = hashlib.sha256(POM.read_bytes()).hexdigest()
    if stamp.exists() and stamp.read_text() == pom_hash:
        return jars
    mvn = _require("mvn", "install Maven 3 (e.g. apt-get install maven) to fetch the Kafka jars")
    print("resolving the Kafka jars with Maven...", file=sys.stderr)
    partial = state_dir / "jars.partial"
    shutil.rmtree(partial, ignore_errors=True)
    maven_log = state_dir / "maven.log"
    with maven_log.open("w") as out:
        result = subprocess.run(
            [mvn, "-B", "-q", "-Dstyle.color=never", "-f", str(POM),
             "dependency:copy-dependencies", "-DincludeScope=runtime",
             f"-DoutputDirectory={partial}"],
            stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
        )
    if result.returncode != 0:
        raise BrokerError(f"Maven could not fetch the Kafka jars; see {maven_log}")
    shutil.rmtree(jars, ignore_errors=True)
    partial.rename(jars)
    stamp.write_text(pom_hash)
    return jars


def _server_properties(state_dir: Path, port: int, controller_port: int) -> str:
    return "\n".join([
        "process.roles=broker,controller",
        "node.id=1",
        f"controller.quorum.voters=1@{LOCAL_HOST}:{controller_port}",
        f"listeners=PLAINTEXT://{LOCAL_HOST}:{port},CONTROLLER://{LOCAL_HOST}:{controller_port}",
        f"advertised.listeners=PLAINTEXT://{LOCAL_HOST}:{port}",
        "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
        "controller.listener.names=CONTROLLER",
        "inter.broker.listener.name=PLAINTEXT",
        f"log.dirs={state_dir / 'data'}",
        "num.partitions=8",
        "auto.create.topics.enable=true",
        "offsets.topic.replication.factor=1",
        "transaction.state.log.replication.factor=1",
        "transaction.state.log.min.isr=1",
        "group.initial.rebalance.delay.ms=0",
        # A development broker shares a small machine with the workers: fewer threads than Kafka's defaults
        # (3 network, 8 request handler, 10 background), which are sized for a dedicated many-core server.
        "num.network.threads=1",
        "num.io.threads=2",
        "background.threads=2",
        "",
    ])


# Everything goes to stdout, which the broker process writes into broker.log.
LOG4J_PROPERTIES = """\
log4j.rootLogger=INFO, stdout
log4j.appender.stdout=org.apache.log4j.ConsoleAppender
log4j.appender.stdout.layout=org.apache.log4j.PatternLayout
log4j.appender.stdout.layout.ConversionPattern=[%d] %p %m (%c)%n
log4j.logger.kafka.request.logger=WARN
log4j.logger.state.change.logger=WARN
"""


def _new_cluster_id() -> str:
    """A Kafka cluster id: 16 random bytes, URL-safe base64 without padding, never led by '-'."""
    while True:
        cluster_id = base64.urlsafe_b64encode(uuid.uuid4().bytes).rstrip(b"=").decode()
        if not cluster_id.startswith("-"):
            return cluster_id


def _java_command(java: str, state_dir: Path, *args: str) -> list[str]:
    return [java, "-Xms256m", "-Xmx1g", "-Djava.awt.headless=true",
            f"-Dlog4j.configuration=file:{state_dir / 'log4j.properties'}",
            "-cp", str(state_dir / "jars" / "*"), *args]


def _prepare(state_dir: Path, java: str, port: int, controller_port: int) -> None:
    """Jars, properties and formatted storage: everything the broker needs before it starts."""
    state_dir.mkdir(parents=True, exist_ok=True)
    _ensure_jars(state_dir)
    properties = state_dir / "server.properties"
    properties.write_text(_server_properties(state_dir, port, controller_port))
    (state_dir / "log4j.properties").write_text(LOG4J_PROPERTIES)
    if (state_dir / "data" / "meta.properties").exists():
        return
    print("formatting the broker storage...", file=sys.stderr)
    with log_file(state_dir).open("w") as log:
        result = subprocess.run(
            _java_command(java, state_dir, "kafka.tools.StorageTool", "format", "--ignore-formatted",
                          "-t", _new_cluster_id(), "-c", str(properties)),
            stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, cwd=state_dir,
        )
    if result.returncode != 0:
        raise BrokerError(f"formatting the broker storage failed; see {log_file(state_dir)}")


# --- start / stop ----------------------------------------------------------------------------


def start_local_broker(state_dir: Path, timeout: float = START_TIMEOUT_S, port: int = LOCAL_PORT,
                       controller_port: int = CONTROLLER_PORT) -> str:
    """Start the local broker unless it already answers; return its bootstrap address once a
    metadata request succeeds. Other ports and state folder: a second, private broker (tests)."""
    state_dir = state_dir.resolve()  # the broker runs in it and its config names absolute paths
    bootstrap = f"{LOCAL_HOST}:{port}"
    if local_broker_pid(state_dir) is not None or broker_is_ready(bootstrap, timeout=1.0):
        if broker_is_ready(bootstrap, timeout):
            return bootstrap
        raise BrokerError(f"a broker process runs but does not answer at {bootstrap}; "
                          f"see {log_file(state_dir)}")
    java = _require("java", "install a Java 17+ runtime (e.g. apt-get install openjdk-17-jre-headless)")
    _prepare(state_dir, java, port, controller_port)
    print(f"starting the Kafka broker at {bootstrap}...", file=sys.stderr)
    with log_file(state_dir).open("a") as log:
        process = subprocess.Popen(
            _java_command(java, state_dir, "kafka.Kafka", str(state_dir / "server.properties")),
            stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, cwd=state_dir,
            start_new_session=True,  # outlives the command that started it, and its Ctrl-C
        )
    _pid_file(state_dir).write_text(str(process.pid))
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            _pid_file(state_dir).unlink(missing_ok=True)
            raise BrokerError(f"the broker exited with code {process.returncode} while starting; "
                              f"see {log_file(state_dir)}")
        if broker_is_ready(bootstrap, timeout=min(5.0, deadline - time.monotonic())):
            return bootstrap
    stop_local_broker(state_dir)
    raise BrokerError(f"the broker did not answer within {timeout:.0f} s; see {log_file(state_dir)}")


def stop_local_broker(state_dir: Path) -> bool:
    """SIGTERM (a clean shutdown), SIGKILL if it lingers; False when nothing was running."""
    pid = local_broker_pid(state_dir)
    if pid is None:
        return False
    os.kill(pid, signal.SIGTERM)
    deadline = time.monotonic() + STOP_GRACE_S
    while _is_running(pid) and time.monotonic() < deadline:
        time.sleep(0.2)
    if _is_running(pid):
        os.kill(pid, signal.SIGKILL)
        while _is_running(pid):
            time.sleep(0.1)
    _pid_file(state_dir).unlink(missing_ok=True)
    return True


# --- CLI: wirewatch broker start|stop|status -------------------------------------------------

broker_app = typer.Typer(
    help="A local single-node Kafka broker (KRaft) for development and tests.",
    no_args_is_help=True,
)


def _external_bootstrap() -> str | None:
    return os.environ.get("KAFKA_BOOTSTRAP") or None


@broker_app.command()
def start(
    timeout: float = typer.Option(START_TIMEOUT_S, help="Seconds to wait for the broker to answer."),
) -> None:
    """Start the local broker (or check the KAFKA_BOOTSTRAP one); print its bootstrap address."""
    external = _external_bootstrap()
    if external:
        if not broker_is_ready(external, timeout=min(timeout, 10.0)):
            typer.echo(f"error: no Kafka broker answers at {external} (KAFKA_BOOTSTRAP)", err=True)
            raise typer.Exit(1)
        typer.echo(f"KAFKA_BOOTSTRAP is set: using the broker at {external}, no local broker", err=True)
        typer.echo(external)
        return
    try:
        typer.echo(start_local_broker(default_state_dir(), timeout))
    except BrokerError as error:
        typer.echo(f"error: {error}", err=True)
        raise typer.Exit(1)


@broker_app.command()
def stop() -> None:
    """Stop the local broker (never one named by KAFKA_BOOTSTRAP)."""
    stopped = stop_local_broker(default_state_dir())
    typer.echo("broker stopped" if stopped else "broker was not running")


@broker_app.command()
def status() -> None:
    """Print running/stopped and the address; exit 0 only when the broker answers."""
    external = _external_bootstrap()
    if external:
        if broker_is_ready(external, timeout=5.0):
            typer.echo(f"running at {external} (KAFKA_BOOTSTRAP)")
            return
        typer.echo(f"not answering at {external} (KAFKA_BOOTSTRAP)")
        raise typer.Exit(1)
    state_dir = default_state_dir()
    pid = local_broker_pid(state_dir)
    if broker_is_ready(LOCAL_BOOTSTRAP, timeout=2.0):
        owner = f"pid {pid}" if pid else "not started by wirewatch"
        typer.echo(f"running at {LOCAL_BOOTSTRAP} ({owner})")
        return
    if pid:
        typer.echo(f"not answering at {LOCAL_BOOTSTRAP} (pid {pid}); see {log_file(state_dir)}")
    else:
        typer.echo("stopped")
    raise typer.Exit(1)
