"""Real `wirewatch worker` processes for integration tests: start, wait until ready, kill -9, restart.

Each worker has its own app id, so its own consumer group, committed at the ends of the input
topics before it starts: it sees only what a test sends afterwards, never what earlier runs left.
"""
from __future__ import annotations

import asyncio
import os
import signal
import socket
import subprocess
import sys
import time
import uuid
from contextlib import contextmanager
from pathlib import Path

import pytest

from agents import topics
from agents.bench import ready
from agents.metrics import STALL_EXIT_CODE
from tests.kafka_io import start_group_at_end

WIREWATCH = str(Path(sys.executable).with_name("wirewatch"))
def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class WorkerDied(Exception):
    pass


@contextmanager
def running_worker(bootstrap: str, directory: Path, **env: str):
    """A prepared, started worker for a fixture; a worker that cannot start fails the tests."""
    worker = Worker(bootstrap, directory, env=env)
    try:
        worker.prepare().start()
    except WorkerDied as error:
        pytest.fail(str(error))
    try:
        yield worker
    finally:
        worker.stop()


class Worker:
    """One worker process (all agents unless `agents` says otherwise) with its log in `directory`."""

    def __init__(self, bootstrap: str, directory: Path, env: dict | None = None, port: int | None = None,
                 agents: str | None = None):
        self.agents = ["--agents", agents] if agents else []
        self.app_id = f"test-{uuid.uuid4().hex[:8]}"
        self.port = port or free_port()
        self.env = {**os.environ, "KAFKA_BOOTSTRAP": bootstrap, "WIREWATCH_APP_ID": self.app_id,
                    "WIREWATCH_WEB_PORT": str(self.port), **(env or {})}
        self.directory = directory  # faust keeps its data folder in the working directory
        self.log = directory / f"{self.app_id}.log"
        self.process: subprocess.Popen | None = None
        self.starts = 0

    def prepare(self) -> "Worker":
        """Topics and table changelogs (`topics create`), and the group committed at the input topics' ends."""
        subprocess.run([WIREWATCH, "topics", "create"], env=self.env, check=True, timeout=60,
                       capture_output=True)
        asyncio.run(start_group_at_end(self.env["KAFKA_BOOTSTRAP"], self.app_id, list(topics.AGENT_INPUTS.values())))
        return self

    def start(self, wait: bool = True, timeout: float = 120) -> "Worker":
        with self.log.open("ab") as log:
            self.process = subprocess.Popen([WIREWATCH, "worker", *self.agents, "--loglevel",
                                             os.environ.get("WIREWATCH_TEST_WORKER_LOGLEVEL", "warning")], env=self.env,
                                            cwd=self.directory, stdout=log, stderr=log)
        self.starts += 1
        if wait:
            self.wait_until_ready(timeout)
        return self

    def ready(self) -> bool:
        return ready(self.port)

    def wait_until_ready(self, timeout: float = 120) -> None:
        """Until /ready says its partitions are assigned; a worker that dies raises WorkerDied."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if not self.alive():
                raise WorkerDied(f"worker exited with {self.process.returncode}:\n{self.log_tail()}")
            if self.ready():
                return
            time.sleep(0.5)
        raise WorkerDied(f"worker not ready after {timeout} s:\n{self.log_tail()}")

    def alive(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def restart_if_it_asked(self) -> bool:
        """What a supervisor (compose restart policy, Kubernetes) does for a worker whose stall watchdog
        made it exit: start it again. True when it did."""
        if self.process is None or self.process.poll() != STALL_EXIT_CODE:
            return False
        self.start(wait=False)
        return True

    def kill(self) -> None:
        """kill -9: no clean shutdown, no final commit."""
        os.kill(self.process.pid, signal.SIGKILL)
        self.process.wait(timeout=30)

    def stop(self) -> None:
        """SIGTERM lets faust leave its group cleanly; SIGKILL after 30 s."""
        if not self.alive():
            return
        self.process.terminate()
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.kill()

    def log_text(self) -> str:
        return self.log.read_text(errors="replace") if self.log.exists() else ""

    def log_tail(self, chars: int = 3000) -> str:
        return self.log_text()[-chars:]
