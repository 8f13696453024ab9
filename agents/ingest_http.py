"""POST /articles on the worker's web server: a newsroom pushes ninjs or raw-article JSON."""
from __future__ import annotations

import hmac

import orjson
from aiokafka.errors import MessageSizeTooLargeError
from faust.exceptions import ProducerSendError
from faust.web import View
from pydantic import ValidationError

from agents.settings import Settings
from pipeline.sources import stable_id
from schemas.article import RawArticle


def authorised(header: str | None, token: str) -> bool:
    """Bearer token, compared in constant time."""
    scheme, _, given = (header or "").partition(" ")
    return scheme.lower() == "bearer" and hmac.compare_digest(given.strip().encode(), token.encode())


def add_ingest_view(app, raw_topic, s: Settings) -> None:
    """202 once the article is acknowledged on articles.raw; 400/401/413/422 with the reason otherwise."""

    @app.page("/articles")
    class Articles(View):
        async def post(self, request):
            if s.ingest_token is None or not authorised(request.headers.get("Authorization"),
                                                        s.ingest_token.get_secret_value()):
                return self.json({"error": "a valid bearer token is required"}, status=401)
            if (request.content_length or 0) > s.ingest_max_bytes:
                return self.json({"error": f"body over {s.ingest_max_bytes} bytes"}, status=413)
            body = await read_at_most(request.content, s.ingest_max_bytes + 1)
            if len(body) > s.ingest_max_bytes:
                return self.json({"error": f"body over {s.ingest_max_bytes} bytes"}, status=413)
            try:
                data = orjson.loads(body)
            except orjson.JSONDecodeError as error:
                return self.json({"error": f"invalid JSON: {error}"}, status=400)
            if not isinstance(data, dict):
                return self.json({"error": "expected a JSON object"}, status=400)
            try:
                article = RawArticle.model_validate(with_id(data))
            except ValidationError as error:
                problems = [f"{'.'.join(map(str, e['loc'])) or 'article'}: {e['msg']}" for e in error.errors()]
                return self.json({"error": "invalid article", "problems": problems}, status=422)
            try:
                sent = await raw_topic.send(key=article.id.encode(), value=orjson.dumps(article.model_dump(mode="json")))
                await sent  # on the topic, acknowledged, before we answer 202
            except ProducerSendError as error:  # nothing was stored: say so, so the sender can keep it
                if isinstance(error.__cause__, MessageSizeTooLargeError):
                    return self.json({"error": "article larger than a Kafka message may be (about 1 MB)"}, status=413)
                return self.json({"error": "the article could not be stored; try again"}, status=503)
            return self.json({"id": article.id, "status": "accepted"}, status=202)


async def read_at_most(stream, limit: int) -> bytes:
    """The request body, but never more than `limit` bytes of it in memory."""
    chunks, size = [], 0
    while size < limit and (chunk := await stream.read(limit - size)):
        chunks.append(chunk)
        size += len(chunk)
    return b"".join(chunks)


def with_id(data: dict) -> dict:
    """Items without guid/uri get a content hash, the same id `ingest file` gives them."""
    if any(data.get(k) for k in ("id", "guid", "uri")):
        return data
    text = next((data[k] for k in ("body", "text", "body_text", "body_html") if isinstance(data.get(k), str)), "")
    return {**data, "id": stable_id(None, text)} if text.strip() else data
