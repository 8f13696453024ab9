"""RSS/Atom entries (as feedparser parses them) to raw-article dicts, and the memory of what was sent.

Pure: no network, no files. agents/rss.py fetches feeds and pages, and keeps SentMemory on disk so a
restarted poller sends nothing twice. An entry counts as sent when its guid, its link or its content
hash was sent before: a feed rebuilt with new guids, or the same story in two feeds, is caught by
the link; an item without guid or link by its content.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timezone

from pipeline.sources import stable_id

HTML_TYPES = ("text/html", "application/xhtml+xml")
KEY_KINDS = ("guid", "link", "hash")
MEMORY_LIMIT = 20_000  # keys of each kind; far more than any feed holds at once


@dataclass(frozen=True)
class EntryKeys:
    """What identifies an entry: its guid, its own link (None when the feed gives it to several
    entries, e.g. the site's home page) and the hash of its title and text."""
    guid: str | None
    link: str | None
    hash: str

    def of_kind(self, kind: str) -> str | None:
        return getattr(self, kind)


def shared_links(entries: Iterable[dict]) -> set[str]:
    """Links that more than one entry of a feed points to: not an article's own address."""
    seen, shared = set(), set()
    for entry in entries:
        link = _stripped(entry.get("link"))
        if link in seen:
            shared.add(link)
        seen.add(link)
    return shared - {None}


def entry_keys(entry: dict, shared: set[str] = frozenset()) -> EntryKeys:
    link = _stripped(entry.get("link"))
    return EntryKeys(guid=_stripped(entry.get("id")), link=None if link in shared else link,
                     hash=stable_id(None, f"{entry.get('title') or ''}\n{entry_text(entry)[0]}"))


def entry_text(entry: dict) -> tuple[str, bool]:
    """The entry's own text and whether it is HTML: its longest content (Atom content,
    content:encoded), else its summary/description."""
    contents = [c for c in entry.get("content") or [] if isinstance(c.get("value"), str) and c["value"].strip()]
    if contents:
        best = max(contents, key=lambda c: len(c["value"]))
        return best["value"], best.get("type") in HTML_TYPES
    summary = entry.get("summary")
    if isinstance(summary, str) and summary.strip():
        return summary, (entry.get("summary_detail") or {}).get("type") in HTML_TYPES
    return "", False


def raw_article(entry: dict, keys: EntryKeys, feed: dict, page_html: str | None) -> dict | None:
    """A dict for RawArticle.model_validate: the article page's HTML when it was fetched, else the
    entry's own text; None when there is no text at all."""
    if page_html and page_html.strip():
        body, is_html = page_html, True
    else:
        body, is_html = entry_text(entry)
    if not body.strip():
        return None
    article = {
        "id": keys.guid or keys.link or keys.hash,
        "url": _stripped(entry.get("link")),
        "source": _stripped(feed.get("title")),
        "headline": _stripped(entry.get("title")),
        "body": body,
        "body_is_html": is_html,
        "published": published(entry),
        "language": language(entry, feed),
    }
    return {key: value for key, value in article.items() if value is not None}


def published(entry: dict) -> datetime | None:
    """feedparser's parsed dates are UTC struct_times."""
    parsed = entry.get("published_parsed") or entry.get("updated_parsed") or entry.get("created_parsed")
    return datetime(*parsed[:6], tzinfo=timezone.utc) if parsed else None


def language(entry: dict, feed: dict) -> str | None:
    """The entry's xml:lang (Atom), else the feed's <language> or xml:lang."""
    details = [*(entry.get("content") or []), entry.get("summary_detail") or {}, entry.get("title_detail") or {}]
    tags = [d.get("language") for d in details] + [feed.get("language")]
    return next((tag.strip() for tag in tags if isinstance(tag, str) and tag.strip()), None)


def _stripped(value) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


class SentMemory:
    """Guids, links and content hashes already sent, the newest MEMORY_LIMIT of each kind."""

    def __init__(self, saved: dict | None = None, limit: int = MEMORY_LIMIT):
        saved = saved or {}
        self.limit = limit
        self.keys = {kind: dict.fromkeys(saved.get(kind) or []) for kind in KEY_KINDS}

    def was_sent(self, keys: EntryKeys) -> bool:
        return any(keys.of_kind(kind) in self.keys[kind] for kind in KEY_KINDS if keys.of_kind(kind))

    def remember(self, keys: EntryKeys) -> None:
        for kind in KEY_KINDS:
            if keys.of_kind(kind):
                known = self.keys[kind]
                known.pop(keys.of_kind(kind), None)
                known[keys.of_kind(kind)] = None
                while len(known) > self.limit:
                    del known[next(iter(known))]

    def to_dict(self) -> dict:
        return {kind: list(known) for kind, known in self.keys.items()}
