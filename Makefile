# wirewatch: make test | make run | make stop
#
# The broker is $KAFKA_BOOTSTRAP when set, else a local single-node Kafka that
# `wirewatch broker start` runs from Maven jars (state in .wirewatch/broker).
# Each recipe runs as one bash script (.ONESHELL) that stops at the first failing command.

SHELL := bash
.SHELLFLAGS := -euo pipefail -c
.ONESHELL:
.DEFAULT_GOAL := test

PYTHON ?= python3.11
VENV := .venv
WIREWATCH := $(VENV)/bin/wirewatch
STATE := .wirewatch
WORKER_PID := $(STATE)/worker.pid
WORKER_LOG := $(STATE)/worker.log
ALERTS_TIMEOUT ?= 60
E2E := tests/e2e

# the learned models, at their settings' paths: the notice backstop (backstop_model), the context gate
# (context_gate_model), the news backstop (news_backstop_model)
BACKSTOP := $(or $(WIREWATCH_BACKSTOP_MODEL),$(STATE)/backstop)
GATE := $(or $(WIREWATCH_CONTEXT_GATE_MODEL),$(STATE)/context_gate)
NEWS_BACKSTOP := $(or $(WIREWATCH_NEWS_BACKSTOP_MODEL),$(STATE)/news_backstop)
.PHONY: install browser test run stop stop-worker

install: $(VENV)/.installed $(BACKSTOP)/config.cfg $(GATE)/config.cfg $(NEWS_BACKSTOP)/config.cfg

$(VENV)/.installed: pyproject.toml
	@[ -x $(VENV)/bin/python ] || $(PYTHON) -m venv $(VENV)
	echo "installing wirewatch and its dependencies into $(VENV)..."
	$(VENV)/bin/pip install --quiet --upgrade pip
	$(VENV)/bin/pip install --quiet -e '.[test]'
	touch $@

# The notice backstop (pipeline/backstop.py) is trained here, with a fixed seed, on the labelled notices; never committed.
$(BACKSTOP)/config.cfg: $(VENV)/.installed pipeline/backstop.py pipeline/textcat.py $(wildcard tests/data/announcements_heldout*.jsonl)
	@$(WIREWATCH) build-backstop --data tests/data --out "$(BACKSTOP)"

# The context gate (pipeline/context_gate.py) is trained here from the labelled sets, never committed.
$(GATE)/config.cfg: $(VENV)/.installed pipeline/context_gate.py pipeline/textcat.py $(wildcard tests/data/quiet_news*.jsonl tests/data/plover_*.jsonl tests/data/announcements_heldout*.jsonl)
	@$(WIREWATCH) build-gate --data tests/data --out "$(GATE)"

# The news backstop (pipeline/news_backstop.py) is trained here from the labelled sets, never committed.
$(NEWS_BACKSTOP)/config.cfg: $(VENV)/.installed pipeline/news_backstop.py pipeline/textcat.py $(wildcard tests/data/quiet_news*.jsonl tests/data/plover_*.jsonl tests/data/announcements_heldout*.jsonl)
	@$(WIREWATCH) build-news-backstop --data tests/data --out "$(NEWS_BACKSTOP)"

# The live-page test drives Debian's Chromium with playwright-core from npm (no browser download:
# the machines reach only package registries). A failed install stops `make test`, never skips.
browser: $(E2E)/node_modules/.package-lock.json
	@[ -x /usr/bin/chromium ] && exit 0
	echo "installing Debian's chromium for the live-page test..."
	if ! { apt-get update -qq && apt-get install -y -qq chromium; }; then
	  echo "could not install chromium (needs root and Debian's apt); tests/test_live_page.py needs /usr/bin/chromium" >&2
	  exit 1
	fi

$(E2E)/node_modules/.package-lock.json: $(E2E)/package-lock.json
	@npm ci --prefix $(E2E) --no-audit --no-fund || {
	  echo "npm ci failed in $(E2E); tests/test_live_page.py needs playwright-core" >&2; exit 1; }

# pytest against the broker; a broker this target started is stopped afterwards, even when the
# tests fail. The recipe exits with pytest's code, so "no tests collected" (5) fails too.
test: install browser
	@if [ -z "$${KAFKA_BOOTSTRAP:-}" ] && ! $(WIREWATCH) broker status >/dev/null 2>&1; then
	  trap '$(WIREWATCH) broker stop >/dev/null || true' EXIT
	fi
	KAFKA_BOOTSTRAP="$$($(WIREWATCH) broker start)"
	export KAFKA_BOOTSTRAP
	echo "testing against the Kafka broker at $$KAFKA_BOOTSTRAP"
	$(VENV)/bin/pytest

# The samples through a background worker, then the alerts as they arrive; the broker stays up.
run: install
	@KAFKA_BOOTSTRAP="$$($(WIREWATCH) broker start)"
	export KAFKA_BOOTSTRAP
	trap '$(MAKE) --no-print-directory stop-worker || true
	      echo "the Kafka broker is still running at $$KAFKA_BOOTSTRAP; stop it with: make stop"' EXIT
	$(WIREWATCH) topics create
	mkdir -p $(STATE)
	$(WIREWATCH) worker > $(WORKER_LOG) 2>&1 &
	echo $$! > $(WORKER_PID)
	echo "worker started (log: $(WORKER_LOG)); sending samples/*.jsonl"
	started="$$(date -u +%Y-%m-%dT%H:%M:%S)"
	$(WIREWATCH) ingest file samples/*.jsonl
	echo "alerts for the next $(ALERTS_TIMEOUT) s:"
	$(WIREWATCH) alerts --follow --since "$$started" --timeout $(ALERTS_TIMEOUT)

stop: stop-worker
	@[ ! -x $(WIREWATCH) ] || $(WIREWATCH) broker stop

# SIGTERM lets faust leave its consumer group cleanly; SIGKILL after 30 s.
stop-worker:
	@[ -f $(WORKER_PID) ] || exit 0
	pid=$$(cat $(WORKER_PID))
	rm -f $(WORKER_PID)
	if ! kill $$pid 2>/dev/null; then
	  echo "the worker had already exited; see $(WORKER_LOG)"
	  exit 0
	fi
	for _ in $$(seq 30); do kill -0 $$pid 2>/dev/null || break; sleep 1; done
	kill -9 $$pid 2>/dev/null || true
	echo "worker stopped"
