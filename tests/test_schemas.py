"""Payload models: what the wire accepts and the committed schema documents that describe it."""
from pathlib import Path

import pytest
from pydantic import ValidationError

from schemas.article import RawArticle
from schemas.export import export

PUBLISHED = Path(__file__).resolve().parents[1] / "schemas" / "published"


def test_committed_schemas_match_the_models(tmp_path):
    """If this fails, run `wirewatch schema export schemas/published` and commit the result."""
    for path in export(tmp_path):
        committed = PUBLISHED / path.relative_to(tmp_path)
        assert committed.exists(), f"{committed} is not committed"
        assert committed.read_bytes() == path.read_bytes(), f"{committed} is out of date"


def test_asyncapi_names_every_topic():
    import json
    doc = json.loads((PUBLISHED / "asyncapi.json").read_text())
    addresses = {c["address"] for c in doc["channels"].values()}
    assert doc["asyncapi"] == "3.0.0"
    assert {"articles.raw", "articles.clean", "articles.enriched", "signals", "alerts", "articles.dlq",
            "alerts.arms_delivery", "alerts.cyberattack"} <= addresses


def test_raw_article_without_text_is_refused():
    with pytest.raises(ValidationError):
        RawArticle.model_validate({"id": "a1", "body": "   "})
    with pytest.raises(ValidationError):
        RawArticle.model_validate({"id": "a1", "headline": "no body at all"})
