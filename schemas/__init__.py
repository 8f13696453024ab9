"""Payloads on the wire: pydantic models, JSON via orjson, no faust metadata."""
