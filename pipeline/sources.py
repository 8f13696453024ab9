"""Articles from files: JSONL, plain text, HTML pages, IPTC ninjs JSON and IPTC NewsML-G2 XML.

read_articles yields dicts ready for RawArticle.model_validate (ninjs field names are left for the
model to map) and, for what it cannot read, a SourceError instead of raising, so a caller reports
the bad line or file and goes on with the rest.
"""
from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import lxml.etree

G2 = "{http://iptc.org/std/nar/2006-10-01/}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
JSONL_SUFFIXES = {".jsonl", ".ndjson", ".jsonlines"}
TEXT_SUFFIXES = {".txt", ".text"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
ID_FIELDS = ("id", "guid", "uri")
TEXT_FIELDS = ("body", "text", "body_text", "body_html", "body_xhtml")


@dataclass(frozen=True)
class SourceError:
    """Something in a file that is not an article: where it is and why."""
    path: str
    line: int | None
    reason: str

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.reason}"


def stable_id(guid: str | None, text: str) -> str:
    """The item's own guid/uri when it has one, else a hash of its text with whitespace
    normalised, so the same item read from two files gets the same id."""
    if isinstance(guid, str) and guid.strip():
        return guid.strip()
    digest = hashlib.sha256(" ".join(text.split()).encode("utf-8", "surrogatepass")).hexdigest()
    return f"sha256:{digest[:32]}"


def read_articles(path: Path) -> Iterator[dict | SourceError]:
    """Every article in a file, whatever its format (by suffix, else by its first character)."""
    try:
        data = path.read_bytes()
    except OSError as error:
        yield SourceError(str(path), None, f"cannot read: {error.strerror or error}")
        return
    try:
        content = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        yield SourceError(str(path), None, f"not UTF-8 text: byte {error.start}")
        return
    suffix = path.suffix.lower()
    first = content.lstrip()[:1]
    if suffix in JSONL_SUFFIXES:
        yield from _jsonl(path, content)
    elif suffix == ".json" or (suffix not in TEXT_SUFFIXES | HTML_SUFFIXES and first in "{["):
        yield from _json(path, content)
    elif suffix == ".xml" or (suffix not in TEXT_SUFFIXES | HTML_SUFFIXES and first == "<"):
        yield from _newsml_g2(path, data)
    elif not content.strip():
        yield SourceError(str(path), None, "empty file")
    else:
        yield {"id": stable_id(None, content), "body": content, "body_is_html": suffix in HTML_SUFFIXES}


def _with_id(item, path: Path, line: int | None) -> dict | SourceError:
    """A JSON object as an article dict with an id; ninjs and our own fields are both fine."""
    if not isinstance(item, dict):
        return SourceError(str(path), line, f"not a JSON object but {type(item).__name__}")
    guid = next((item[key] for key in ID_FIELDS if isinstance(item.get(key), str) and item[key].strip()), None)
    text = next((item[key] for key in TEXT_FIELDS if isinstance(item.get(key), str) and item[key].strip()), None)
    if text is None and isinstance(item.get("bodies"), list):
        text = json.dumps(item["bodies"], sort_keys=True)
    if guid is None and text is None:
        return SourceError(str(path), line, "neither an id nor any text")
    return {**item, "id": stable_id(guid, text or "")}


def _jsonl(path: Path, content: str) -> Iterator[dict | SourceError]:
    for number, line in enumerate(content.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except ValueError as error:
            yield SourceError(str(path), number, f"bad JSON: {error}")
            continue
        yield _with_id(item, path, number)


def _json(path: Path, content: str) -> Iterator[dict | SourceError]:
    """One ninjs item, a list of them, or (from a .json file that is really JSONL) one per line."""
    try:
        document = json.loads(content)
    except json.JSONDecodeError as error:
        if error.msg == "Extra data":
            yield from _jsonl(path, content)
        else:
            yield SourceError(str(path), error.lineno, f"bad JSON: {error.msg}")
        return
    for item in document if isinstance(document, list) else [document]:
        yield _with_id(item, path, None)


def _newsml_g2(path: Path, data: bytes) -> Iterator[dict | SourceError]:
    """Each newsItem of a NewsML-G2 file (a bare newsItem or a newsMessage of several)."""
    parser = lxml.etree.XMLParser(resolve_entities=False, no_network=True, remove_comments=True)
    try:
        root = lxml.etree.fromstring(data, parser=parser)
    except lxml.etree.XMLSyntaxError as error:
        yield SourceError(str(path), error.lineno, f"bad XML: {error.msg}")
        return
    items = [root] if root.tag == f"{G2}newsItem" else list(root.iter(f"{G2}newsItem"))
    if not items:
        yield SourceError(str(path), None, f"no NewsML-G2 newsItem in <{lxml.etree.QName(root).localname}>")
    for item in items:
        yield _g2_article(path, item)


def _g2_article(path: Path, item) -> dict | SourceError:
    meta, content = item.find(f"{G2}itemMeta"), item.find(f"{G2}contentMeta")
    body, is_html = _g2_body(item)
    if body is None:
        return SourceError(str(path), item.sourceline, "newsItem without inlineXML or inlineData text")
    guid = item.get("guid")
    located = _g2_name(content.find(f"{G2}located")) if content is not None else None
    language = item.get(XML_LANG)
    if content is not None and content.find(f"{G2}language") is not None:
        language = content.find(f"{G2}language").get("tag") or language
    article = {
        "id": stable_id(guid, body),
        "version": item.get("version"),
        "source": _g2_name(meta.find(f"{G2}provider")) if meta is not None else None,
        "headline": _g2_headline(content),
        "body": body,
        "body_is_html": is_html,
        "published": _g2_text(meta, "firstCreated") or _g2_text(meta, "versionCreated")
        or _g2_text(content, "contentCreated"),
        "language": language,
        "located": located,
        "subjects": [name for name in (_g2_name(s) for s in content.iter(f"{G2}subject")) if name]
        if content is not None else [],
    }
    return {key: value for key, value in article.items() if value not in (None, [])}


def _g2_body(item) -> tuple[str | None, bool]:
    """The XHTML of inlineXML (serialised for the HTML cleaner), else inlineData's text."""
    for inline in item.iter(f"{G2}inlineXML"):
        children = [child for child in inline if isinstance(child.tag, str)]
        if children:
            return "".join(lxml.etree.tostring(child, encoding="unicode", with_tail=False) for child in children), True
    for inline in item.iter(f"{G2}inlineData"):
        if inline.text and inline.text.strip():
            return inline.text, "html" in (inline.get("contenttype") or "")
    return None, False


def _g2_headline(content) -> str | None:
    if content is None:
        return None
    headlines = [h for h in content.findall(f"{G2}headline") if "".join(h.itertext()).strip()]
    main = [h for h in headlines if (h.get("role") or "main").split(":")[-1] == "main"]
    chosen = (main or headlines or [None])[0]
    return " ".join("".join(chosen.itertext()).split()) if chosen is not None else None


def _g2_name(element) -> str | None:
    """A G2 concept's name: its <name> child, else its literal or qcode attribute."""
    if element is None:
        return None
    name = element.find(f"{G2}name")
    if name is not None and name.text and name.text.strip():
        return name.text.strip()
    return element.get("literal") or element.get("qcode")


def _g2_text(parent, tag: str) -> str | None:
    element = parent.find(f"{G2}{tag}") if parent is not None else None
    return element.text.strip() if element is not None and element.text and element.text.strip() else None
