"""`wirewatch analyze` on the files a newsroom already has: the scorer's lines and the articles the pipeline ingests."""
from __future__ import annotations

import json
from pathlib import Path

import orjson
from typer.testing import CliRunner

from agents.cli import cli

ROOT = Path(__file__).resolve().parents[1]


def test_analyze_reads_the_raw_articles_the_pipeline_ingests_and_names_each_bad_line(tmp_path):
    seed = json.loads((ROOT / "samples" / "articles.jsonl").read_text().splitlines()[0])
    assert "body" in seed and "text" not in seed
    ninjs = {"uri": "https://example.org/n1", "headlines": [{"value": "Britain sends anti-tank weapons to Ukraine"}],
             "body_html": "<p>Britain has delivered 2,000 anti-tank missiles to Ukraine, the defence secretary said.</p>"}
    inputs = tmp_path / "in.jsonl"
    inputs.write_bytes(b"\n".join([orjson.dumps(seed), orjson.dumps(ninjs), b'{"id": "x", "body": " "}', b"{oops"]))
    result = CliRunner().invoke(cli, ["analyze", str(inputs)])
    assert result.exit_code == 1
    analyses = {line["id"]: line for line in map(json.loads, result.stdout.splitlines())}
    assert set(analyses) == {"seed-001", "https://example.org/n1"}
    delivered = lambda analysis: {(s["source"]["code"], s["target"]["code"]) for s in analysis["signals"]
                                  if s["type"] == "arms_delivery" and s["status"] == "actual"}
    assert ("GBR", "UKR") in delivered(analyses["seed-001"]) and ("GBR", "UKR") in delivered(analyses["https://example.org/n1"])
    assert result.stderr.splitlines()[:2] == [f'{inputs}:3: skipped: needs an "id" and a non-empty "text" (or "body")',
                                              f"{inputs}:4: skipped: not JSON"]
