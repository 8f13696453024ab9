import uuid

import pytest
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer
from aiokafka.admin import AIOKafkaAdminClient
from typer.testing import CliRunner

from agents.broker import LOCAL_BOOTSTRAP, broker_app, default_state_dir, local_broker_pid

pytestmark = pytest.mark.integration


async def test_broker_answers_metadata_and_has_a_controller(kafka_bootstrap):
    admin = AIOKafkaAdminClient(bootstrap_servers=kafka_bootstrap)
    await admin.start()
    try:
        cluster = await admin.describe_cluster()
    finally:
        await admin.close()
    assert cluster["brokers"]
    assert cluster["controller_id"] in {broker["node_id"] for broker in cluster["brokers"]}


async def test_a_produced_message_is_consumed_back(kafka_bootstrap):
    topic = f"test-roundtrip-{uuid.uuid4().hex[:8]}"
    producer = AIOKafkaProducer(bootstrap_servers=kafka_bootstrap, acks="all")
    await producer.start()
    try:
        await producer.send_and_wait(topic, key=b"RUS>UKR", value=b'{"hello": "wire"}')
    finally:
        await producer.stop()

    consumer = AIOKafkaConsumer(topic, bootstrap_servers=kafka_bootstrap,
                                auto_offset_reset="earliest", enable_auto_commit=False)
    await consumer.start()
    try:
        record = await consumer.getone()
    finally:
        await consumer.stop()
    assert (record.key, record.value) == (b"RUS>UKR", b'{"hello": "wire"}')


def test_start_twice_keeps_the_running_broker(kafka_bootstrap, monkeypatch):
    if kafka_bootstrap != LOCAL_BOOTSTRAP:
        pytest.skip("the tests use a broker other than the local one")
    monkeypatch.delenv("KAFKA_BOOTSTRAP", raising=False)
    pid_before = local_broker_pid(default_state_dir())
    runner = CliRunner()

    first = runner.invoke(broker_app, ["start"])
    second = runner.invoke(broker_app, ["start"])

    assert (first.exit_code, second.exit_code) == (0, 0)
    assert first.stdout.strip() == second.stdout.strip() == LOCAL_BOOTSTRAP
    assert local_broker_pid(default_state_dir()) == pid_before
