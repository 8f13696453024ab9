import os

import pytest

from agents.broker import default_state_dir, local_broker_pid, start_local_broker, stop_local_broker


def _docker_engine_answers() -> bool:
    try:
        import docker

        docker.from_env(timeout=3).ping()
        return True
    except Exception:  # no client config, no socket, engine down: all mean "no Docker here"
        return False


@pytest.fixture(scope="session")
def kafka_bootstrap():
    """A real Kafka broker: KAFKA_BOOTSTRAP if set, else a testcontainers KafkaContainer if a
    Docker engine answers, else the local broker of agents/broker.py (stopped at the end only
    if this fixture started it)."""
    external = os.environ.get("KAFKA_BOOTSTRAP")
    if external:
        yield external
        return
    if _docker_engine_answers():
        from testcontainers.community.kafka import KafkaContainer

        kafka = KafkaContainer("confluentinc/cp-kafka:7.9.0").with_kraft().with_env("KAFKA_NUM_PARTITIONS", "8")
        with kafka:
            yield kafka.get_bootstrap_server()
        return
    state_dir = default_state_dir()
    already_running = local_broker_pid(state_dir) is not None
    bootstrap = start_local_broker(state_dir)
    yield bootstrap
    if not already_running:
        stop_local_broker(state_dir)


INGEST_TOKEN = "test-ingest-token"


@pytest.fixture(scope="session")
def worker(kafka_bootstrap, tmp_path_factory):
    """One real `wirewatch worker` process with all agents, shared by the tests that only send to it
    (its own consumer group, web port and ingest token)."""
    from tests.workers import running_worker

    with running_worker(kafka_bootstrap, tmp_path_factory.mktemp("worker"), WIREWATCH_INGEST_TOKEN=INGEST_TOKEN) as worker:
        yield worker


@pytest.fixture(scope="session")
def private_broker(tmp_path_factory):
    """A second local broker of our own, in a temporary state folder on free ports: for tests that
    restart a broker or need topics no other engineer's worker reads. Shares the jars of the
    default local broker (fetched by Maven only when those are missing)."""
    from agents.broker import BrokerError
    from tests.workers import free_port

    state_dir = tmp_path_factory.mktemp("private-broker")
    shared_jars = default_state_dir() / "jars"
    if shared_jars.is_dir():
        (state_dir / "jars").symlink_to(shared_jars)
    ports = {"port": free_port(), "controller_port": free_port()}
    try:
        bootstrap = start_local_broker(state_dir, **ports)
    except BrokerError as error:
        pytest.skip(f"no private local broker: {error}")
    yield {"bootstrap": bootstrap, "state_dir": state_dir, **ports}
    stop_local_broker(state_dir)
