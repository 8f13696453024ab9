"""The live page in real headless Chromium, served by a real worker on the broker, fed the sample articles."""
from __future__ import annotations

import json
import shutil
import subprocess
import uuid
from pathlib import Path

import pytest

from tests.workers import WIREWATCH, running_worker

pytestmark = pytest.mark.integration
ROOT = Path(__file__).resolve().parents[1]
E2E = ROOT / "tests" / "e2e"
CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = ROOT / ".wirewatch" / "artifacts"


def browser_tools() -> list[str]:
    """What the browser check needs and is missing; `make test` installs all of it."""
    missing = []
    if not CHROMIUM.exists():
        missing.append(f"{CHROMIUM} (Debian's chromium: `apt-get install -y chromium`)")
    if shutil.which("node") is None:
        missing.append("node")
    if not (E2E / "node_modules" / "playwright-core").is_dir():
        missing.append("playwright-core (`npm ci --prefix tests/e2e`)")
    return missing


@pytest.fixture(scope="module")
def page_server(private_broker, tmp_path_factory):
    """A `wirewatch worker` with all agents, so the page, in its own consumer group, folder and port, on
    a broker of its own: the feed and chart then hold this test's alerts, not whatever others left."""
    with running_worker(private_broker["bootstrap"], tmp_path_factory.mktemp("page-worker")) as server:
        yield server


def tagged_samples(directory: Path, tag: str) -> tuple[Path, str]:
    """samples/articles.jsonl with ids of this run, so the page shows this run's evidence; and the seed's id."""
    articles = [json.loads(line) for line in (ROOT / "samples" / "articles.jsonl").read_text().splitlines() if line]
    for article in articles:
        article["id"] = f"{tag}-{article['id']}"
    path = directory / "samples.jsonl"
    path.write_text("".join(json.dumps(a) + "\n" for a in articles))
    return path, articles[0]["id"]


def test_the_page_shows_the_seed_articles_alerts_live_and_charts_their_dyads(page_server, tmp_path):
    missing = browser_tools()
    if missing:
        pytest.fail("the live-page test needs " + ", ".join(missing) + "; `make test` installs them")
    samples, seed_id = tagged_samples(tmp_path, f"live-{uuid.uuid4().hex[:8]}")
    errors = (tmp_path / "browser.err").open("w+")
    browser = subprocess.Popen(["node", str(E2E / "live_page.mjs"), f"http://127.0.0.1:{page_server.port}/live", seed_id, str(ARTIFACTS)],
                               stdout=subprocess.PIPE, stderr=errors, text=True)
    try:
        connected = browser.stdout.readline().strip()  # the page is live before any article is sent
        assert connected == "connected", f"the page did not go live: {(tmp_path / 'browser.err').read_text()}"
        subprocess.run([WIREWATCH, "ingest", "file", str(samples)], env=page_server.env, check=True, timeout=120)
        browser.wait(timeout=300)
    finally:
        if browser.poll() is None:
            browser.kill()
    assert browser.returncode == 0, (tmp_path / "browser.err").read_text()
    for screenshot in ("live-page-desktop.png", "live-page-phone.png"):
        assert (ARTIFACTS / screenshot).stat().st_size > 10_000, f"{screenshot} is missing or blank"
