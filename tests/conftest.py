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
