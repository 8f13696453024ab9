"""Articles as they travel: raw from a feed, clean after the `clean` stage, enriched after `extract`."""
from __future__ import annotations

from datetime import datetime

from pydantic import AliasChoices, BaseModel, ConfigDict, Field, field_validator, model_validator

from schemas.analysis import Actor, Quote, Signal


class RawArticle(BaseModel):
    """One article as a feed delivers it. IPTC ninjs 1.x-3.x items are accepted as they are
    (uri, headline/headlines, body_text/body_html/bodies, located, subject/subjects), so a
    producer can post ninjs straight to articles.raw."""
    model_config = ConfigDict(populate_by_name=True, extra="ignore")

    id: str = Field(validation_alias=AliasChoices("id", "guid", "uri"), min_length=1, max_length=512)
    version: str | None = None
    url: str | None = None
    source: str | None = Field(None, validation_alias=AliasChoices("source", "copyrightholder", "provider"))
    headline: str | None = Field(None, validation_alias=AliasChoices("headline", "title"))
    body: str = Field(validation_alias=AliasChoices("body", "text", "body_text"))
    body_is_html: bool = False
    published: datetime | None = Field(
        None, validation_alias=AliasChoices("published", "firstcreated", "versioncreated", "date"))
    language: str | None = None
    located: str | None = None
    subjects: list[str] = Field([], validation_alias=AliasChoices("subjects", "subject"))

    @model_validator(mode="before")
    @classmethod
    def from_ninjs(cls, data):
        """ninjs 2.x/3.x lists (headlines, bodies) and 1.x HTML bodies to the flat fields above."""
        if not isinstance(data, dict):
            return data
        data = dict(data)
        if not data.get("headline") and isinstance(data.get("headlines"), list):
            data["headline"] = _main_value(data["headlines"])
        if not any(data.get(key) for key in ("body", "text", "body_text")):
            bodies = data.get("bodies") if isinstance(data.get("bodies"), list) else []
            html = data.get("body_html") or data.get("body_xhtml") or _main_value(
                [b for b in bodies if isinstance(b, dict) and "html" in str(b.get("contenttype", ""))])
            plain = _main_value([b for b in bodies if isinstance(b, dict) and "html" not in str(b.get("contenttype", ""))])
            if html:
                data["body"], data["body_is_html"] = html, True
            elif plain:
                data["body"] = plain
        uri = data.get("uri")
        if not data.get("url") and isinstance(uri, str) and uri.startswith(("http://", "https://")):
            data["url"] = uri
        if data.get("version") is not None:
            data["version"] = str(data["version"])
        return data

    @field_validator("body")
    @classmethod
    def body_has_text(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("article body is empty")
        return value

    @field_validator("source", "headline", "located", mode="before")
    @classmethod
    def name_from_object(cls, value):
        """ninjs puts names in objects or lists of objects ({"name": ...})."""
        if isinstance(value, list):
            value = value[0] if value else None
        if isinstance(value, dict):
            value = value.get("name") or value.get("value") or value.get("literal") or value.get("uri")
        return value

    @field_validator("subjects", mode="before")
    @classmethod
    def subject_names(cls, value):
        """Subjects as names (or codes when unnamed), from strings or ninjs subject objects."""
        if not isinstance(value, list):
            return []
        names = (item if isinstance(item, str) else
                 item.get("name") or item.get("code") or item.get("uri") if isinstance(item, dict) else None
                 for item in value)
        return [name for name in names if isinstance(name, str) and name]


def _main_value(items: list) -> str | None:
    """The value of the item whose role is 'main' (ninjs headlines/bodies), else of the first one."""
    items = [item for item in items if isinstance(item, dict) and item.get("value")]
    main = [item for item in items if str(item.get("role", "")).split(":")[-1] in ("main", "")]
    chosen = (main or items or [None])[0]
    return chosen["value"] if chosen else None


class CleanArticle(BaseModel):
    """Plain text with paragraphs separated by blank lines; furniture removed."""
    id: str
    url: str | None = None
    source: str | None = None
    headline: str | None = None
    text: str
    published: datetime | None = None
    language: str = "en"
    duplicate_of: str | None = None


class EnrichedArticle(CleanArticle):
    actors: list[Actor] = []
    quotes: list[Quote] = []
    signals: list[Signal] = []
