"""JSON Schema (2020-12) of every topic's payload and an AsyncAPI 3 document of all topics."""
from __future__ import annotations

from pathlib import Path

import orjson
from pydantic import BaseModel

from schemas.alert import Alert, DeadLetter, SignalEvent
from schemas.analysis import SIGNAL_TYPES
from schemas.article import CleanArticle, EnrichedArticle, RawArticle

JSON_SCHEMA = "https://json-schema.org/draft/2020-12/schema"

# topic -> (payload model, key, what it carries)
TOPICS: dict[str, tuple[type[BaseModel], str, str]] = {
    "articles.raw": (RawArticle, "article id", "Articles as feeds deliver them (ninjs field names accepted)."),
    "articles.clean": (CleanArticle, "article id", "Plain text, paragraphs kept, furniture removed."),
    "articles.enriched": (EnrichedArticle, "article id", "Actors, quotes and escalation signals."),
    "signals": (SignalEvent, "dyad, e.g. RUS>UKR", "One signal of one article, partitioned by dyad."),
    "alerts": (Alert, "dyad", "One alert per (dyad, type, window); CloudEvents headers."),
    **{f"alerts.{t}": (Alert, "dyad", f"The alerts of type {t}.") for t in SIGNAL_TYPES},
    "articles.dlq": (DeadLetter, "key of the failed message", "Messages a stage could not take, with the reason."),
}


def json_schemas() -> dict[str, dict]:
    """One schema per payload model, by model name."""
    schemas = {}
    for model, _, _ in TOPICS.values():
        schema = model.model_json_schema(mode="serialization" if model is not RawArticle else "validation")
        schemas[model.__name__] = {"$schema": JSON_SCHEMA, "$id": f"urn:wirewatch:schema:{model.__name__}", **schema}
    return schemas


def asyncapi() -> dict:
    """AsyncAPI 3.0: a channel per topic; the application receives raw articles and sends the rest."""
    channels, operations, messages = {}, {}, {}
    for topic, (model, key, about) in TOPICS.items():
        channel = topic.replace(".", "_")
        messages[model.__name__] = {"name": model.__name__, "contentType": "application/json",
                                    "payload": {"$ref": f"schemas/{model.__name__}.json"}}
        channels[channel] = {"address": topic, "description": f"{about} Key: {key}.",
                             "messages": {model.__name__: {"$ref": f"#/components/messages/{model.__name__}"}}}
        operations[f"{'receive' if topic == 'articles.raw' else 'send'}_{channel}"] = {
            "action": "receive" if topic == "articles.raw" else "send",
            "channel": {"$ref": f"#/channels/{channel}"}}
    return {"asyncapi": "3.0.0",
            "info": {"title": "wirewatch", "version": "0.1.0",
                     "description": "Escalation signals from the news, on Kafka."},
            "defaultContentType": "application/json",
            "servers": {"local": {"host": "127.0.0.1:19092", "protocol": "kafka"}},
            "channels": channels, "operations": operations, "components": {"messages": messages}}


def export(directory: Path) -> list[Path]:
    """Write schemas/<Model>.json and asyncapi.json under `directory`; returns the files written."""
    (directory / "schemas").mkdir(parents=True, exist_ok=True)
    written = []
    for name, schema in json_schemas().items():
        path = directory / "schemas" / f"{name}.json"
        path.write_bytes(orjson.dumps(schema, option=orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS) + b"\n")
        written.append(path)
    path = directory / "asyncapi.json"
    path.write_bytes(orjson.dumps(asyncapi(), option=orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS) + b"\n")
    return written + [path]
