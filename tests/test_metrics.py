"""What /ready and the stall watchdog call a stall: messages waiting for an agent that finishes none."""
import pytest

from agents import metrics as metrics_module
from agents.metrics import Metrics


@pytest.fixture
def clock(monkeypatch):
    now = [1000.0]
    monkeypatch.setattr(metrics_module.time, "monotonic", lambda: now[0])
    return now


def test_an_idle_agent_given_a_backlog_is_not_stalled(clock):
    metrics = Metrics()
    clock[0] += 3600                               # an hour with nothing to do
    assert metrics.stalled_for({"extract": 40}) == 0.0


def test_waiting_without_progress_is_a_stall_and_progress_ends_it(clock):
    metrics = Metrics()
    metrics.stalled_for({"extract": 40, "alert": 0})
    clock[0] += 120
    assert metrics.stalled_for({"extract": 40, "alert": 0}) == 120.0
    metrics.done("extract", clock[0] - 0.2)
    clock[0] += 1
    assert metrics.stalled_for({"extract": 39, "alert": 0}) == 0.0


def test_one_stalled_agent_shows_while_another_makes_progress(clock):
    metrics = Metrics()
    metrics.stalled_for({"extract": 5, "alert": 3})
    for _ in range(10):
        clock[0] += 10
        metrics.done("alert", clock[0] - 0.01)
    assert metrics.stalled_for({"extract": 5, "alert": 3}) == 100.0
    assert metrics.stalled_for({"extract": 0, "alert": 3}) == 0.0
