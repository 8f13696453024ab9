"""Stage `clean`: a raw feed item becomes plain English story text, paragraphs kept, furniture gone.

Quotes and signals are found afterwards on this text, so real paragraphs keep every character
(only whitespace is normalised and broken unicode repaired); what is removed is removed whole:
captions, credits, bylines, desk lines, share/comment prompts, newsletter promos (see
pipeline/data/furniture.json). Everything here is linear in the input size, so hostile input
(huge bodies, HTML bombs, binary garbage) costs time proportional to its size and never hangs.
"""
from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass
from pathlib import Path

import ftfy
import lxml.etree
import lxml.html
from py3langid.langid import MODEL_FILE, LanguageIdentifier

from schemas.article import CleanArticle, RawArticle

DEFAULT_MAX_BODY_BYTES = 2_000_000
PARAGRAPH_BREAK = "\n\n"
FURNITURE_FILE = Path(__file__).parent / "data" / "furniture.json"

# Language decision: on short texts the detector is trusted only when it is sure, because
# one-sentence English items (headlines, wire snippets) are often scored as another language with
# low confidence; on long texts a low English probability is enough (it catches garbage, 'zxx').
LANGUAGE_SAMPLE_CHARS = 4000       # the text's start that the letter share is read on
# The detector walks its model once per byte in Python (py3langid's visit_counts): on 4,000 characters that
# was the worker's largest cost outside spaCy (about 1 ms an article, 14% of its event loop's CPU; 1,000:
# 0.4 ms). A thousand characters are over three times what is already taken as conclusive (LONG_SAMPLE_CHARS),
# and gave the same verdict as 4,000 on every text of tests/data and samples (5,053).
LANGUAGE_DETECT_CHARS = 1000
LONG_SAMPLE_CHARS = 300
REJECT_LANGUAGE_CONFIDENCE = 0.75   # a short text's non-English verdict needs this probability ...
KEEP_IF_ENGLISH_AT_LEAST = 0.1      # ... and, short or long, English must be below this
MIN_LETTER_SHARE = 0.5              # below this share of letters among visible characters it is not prose

HTML_SNIFF = re.compile(r"<(?:p|div|br|html|body|span|a|h[1-6]|li|ul|figure|figcaption|article|section|em|strong|b|i)\b[^>]{0,200}>",
                        re.IGNORECASE)
# What ftfy can change: anything but printable ASCII, tab, line feed and the general punctuation block (curly
# quotes, dashes, bullets, ellipsis; not the U+2028/2029 separators); '&' too, for its HTML-entity check.
NEEDS_REPAIR = re.compile("[^\t\n\x20-\x25\x27-\x7e\u2010-\u2027\u2030-\u205e]")
LINE = re.compile(r"[^\n]*\n|[^\n]+$")
BLANK_LINE = re.compile(r"\n[ \t\r\f\v\u00a0]*\n")
INVISIBLE = re.compile("[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u00ad\u200b\u2060\ufeff]")
SENTENCE_END = re.compile(r"[.!?:;\"”’)]\s*$")
BLOCK_TAGS = frozenset(
    "html body main article section header div p h1 h2 h3 h4 h5 h6 ul ol li dl dt dd blockquote pre "
    "table thead tbody tr hr address center details summary".split())


class Rejected(Exception):
    """An article that must go to the dead-letter topic; str(e) is the reason."""


def clean_article(raw: RawArticle, max_body_bytes: int = DEFAULT_MAX_BODY_BYTES) -> CleanArticle:
    """Clean one raw article or raise Rejected with the reason."""
    size = len(raw.body.encode("utf-8", "surrogatepass"))
    if size > max_body_bytes:
        raise Rejected(f"body too large: {size} bytes > {max_body_bytes}")
    declared = primary_language(raw.language)
    if declared and declared != "en":
        raise Rejected(f"not English: declared {declared}")

    text = clean_text(raw.body, is_html=raw.body_is_html)
    if not text:
        raise Rejected("no text after cleaning")
    sample = text[:LANGUAGE_SAMPLE_CHARS]
    visible = "".join(sample.split())   # split() drops exactly the characters str.isspace() names
    letter_share = sum(map(str.isalpha, visible)) / len(visible)
    if letter_share < MIN_LETTER_SHARE:
        raise Rejected(f"no readable text: {letter_share:.0%} letters")
    if not declared:
        detected = detect_language(sample)
        if detected != "en":
            raise Rejected(f"not English: detected {detected}")

    return CleanArticle(id=raw.id, url=raw.url, source=raw.source, published=raw.published,
                        headline=" ".join(repair(raw.headline).split()) or None if raw.headline else None,
                        text=text, language="en")


def clean_text(body: str, is_html: bool = False) -> str:
    """Story paragraphs of a body (HTML or plain text), joined by blank lines."""
    body = repair(body)
    if is_html or HTML_SNIFF.search(body, 0, 5000):
        paragraphs = html_paragraphs(body)
    else:
        paragraphs = text_paragraphs(body)
    return PARAGRAPH_BREAK.join(without_furniture(paragraphs))


def repair(text: str) -> str:
    """Fix mojibake and odd code points, but keep curly quotes: quote detection uses them. ftfy works line by
    line; a line of plain ASCII and typographic punctuation is one it would return unchanged, so only the
    others are given to it (most of a story: a large share of the cleaning cost saved)."""
    if NEEDS_REPAIR.search(text):
        text = "".join(ftfy.fix_text(line, uncurl_quotes=False, unescape_html=False)
                       if NEEDS_REPAIR.search(line) else line for line in LINE.findall(text))
    return INVISIBLE.sub("", text)


def primary_language(tag: str | None) -> str | None:
    """'en-GB' -> 'en'; None when no language is given."""
    if not tag or not tag.strip():
        return None
    return re.split(r"[-_]", tag.strip().lower(), maxsplit=1)[0]


@functools.cache
def _language_identifier() -> LanguageIdentifier:
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> str:
    """ISO 639-1 code of the text's language; 'en' unless the detector is sure it is another one."""
    sample = text[:LANGUAGE_DETECT_CHARS]
    ranked = _language_identifier().rank(sample)
    top, probability = ranked[0]
    english = dict(ranked).get("en", 0.0)
    sure = probability >= REJECT_LANGUAGE_CONFIDENCE or len(sample) >= LONG_SAMPLE_CHARS
    if top != "en" and sure and english < KEEP_IF_ENGLISH_AT_LEAST:
        return top
    return "en"


# --- paragraphs -------------------------------------------------------------------------------

def text_paragraphs(text: str) -> list[str]:
    """Paragraphs of plain text: blank lines separate them; without any, each line is one,
    unless the lines are hard-wrapped prose."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    blocks = BLANK_LINE.split(text)
    if len(blocks) == 1 and not _hard_wrapped(text):
        blocks = text.split("\n")
    return [p for p in (" ".join(block.split()) for block in blocks) if p]


def _hard_wrapped(text: str) -> bool:
    """Lines cut at a fixed width (most 50-80 chars, most not ending a sentence) belong together."""
    lines = [line.strip() for line in text.split("\n")[:-1] if line.strip()]
    if len(lines) < 3:
        return False
    wrapped = sum(1 for line in lines if 50 <= len(line) <= 80 and not SENTENCE_END.search(line))
    return wrapped / len(lines) >= 0.6


def html_paragraphs(html: str) -> list[str]:
    """Paragraphs of an HTML page or fragment: block elements and double <br> separate them;
    elements that only hold furniture (figures, share bars, comment forms) are dropped whole."""
    parser = lxml.html.HTMLParser(remove_comments=True, remove_pis=True, no_network=True, recover=True)
    try:
        root = lxml.html.fromstring(html, parser=parser)
    except (lxml.etree.ParserError, ValueError):
        return []
    if root is None:
        return []
    root = _story_element(root)
    rules = furniture()
    doomed = [el for el in root.iter() if isinstance(el.tag, str) and _is_furniture_element(el, rules)]
    for el in doomed:
        if el is root:
            return []
        el.drop_tree()

    blocks: list[str] = []
    current: list[str] = []

    def flush() -> None:
        if current:
            blocks.append("".join(current))
            current.clear()

    for event, el in lxml.etree.iterwalk(root, events=("start", "end")):
        tag = el.tag if isinstance(el.tag, str) else ""
        if event == "start":
            if tag in BLOCK_TAGS:
                flush()
            elif tag == "br":
                current.append("\n")
            elif tag in ("td", "th"):
                current.append(" ")
            if el.text:
                current.append(el.text)
        else:
            if tag in BLOCK_TAGS:
                flush()
            if el.tail and el is not root:
                current.append(el.tail)
    flush()
    return [p for block in blocks for p in text_paragraphs_of_block(block)]


def _story_element(root):
    """A page's story: its <article> with the most text (others are teasers), else <main>, else all of it;
    site headers, menus and comment sections lie outside."""
    outermost, depth = [], 0
    for event, el in lxml.etree.iterwalk(root, events=("start", "end"), tag="article"):
        if event == "start":
            if depth == 0:
                outermost.append(el)
            depth += 1
        else:
            depth -= 1
    if outermost:
        return max(outermost, key=lambda el: len(el.text_content()))
    return next(root.iter("main"), root)


def text_paragraphs_of_block(block: str) -> list[str]:
    """A block may hold several paragraphs separated by <br><br>; a single <br> is a space."""
    return [p for p in (" ".join(part.split()) for part in BLANK_LINE.split(block)) if p]


def _is_furniture_element(el, rules: Furniture) -> bool:
    if el.tag.lower() in rules.drop_tags:
        return True
    names = f"{el.get('class', '')} {el.get('id', '')}".lower()
    return bool(names.strip()) and not rules.drop_words.isdisjoint(re.split(r"[^a-z0-9]+", names))


# --- furniture --------------------------------------------------------------------------------

@dataclass(frozen=True)
class ParagraphRule:
    kind: str
    whole: tuple[re.Pattern, ...]
    contains: tuple[re.Pattern, ...]

    def matches(self, paragraph: str) -> bool:
        return (any(p.fullmatch(paragraph) for p in self.whole)
                or any(p.search(paragraph) for p in self.contains))


@dataclass(frozen=True)
class Furniture:
    max_paragraph_chars: int
    drop_tags: frozenset[str]
    drop_words: frozenset[str]
    paragraph_rules: tuple[ParagraphRule, ...]
    tail: tuple[re.Pattern, ...]
    tail_min_share: float
    inline: tuple[re.Pattern, ...]

    def kind_of(self, paragraph: str) -> str | None:
        """Which kind of furniture a paragraph is, or None for story text."""
        if len(paragraph) > self.max_paragraph_chars:
            return None
        return next((rule.kind for rule in self.paragraph_rules if rule.matches(paragraph)), None)

    def opens_tail(self, paragraph: str) -> bool:
        return len(paragraph) <= self.max_paragraph_chars and any(p.fullmatch(paragraph) for p in self.tail)

    def strip_inline(self, paragraph: str) -> str:
        for pattern in self.inline:
            paragraph = pattern.sub("", paragraph)
        return paragraph.strip()


@functools.cache
def furniture(path: Path = FURNITURE_FILE) -> Furniture:
    data = json.loads(path.read_text(encoding="utf-8"))

    def compiled(patterns: list[str], ignore_case: bool) -> tuple[re.Pattern, ...]:
        return tuple(re.compile(p, re.IGNORECASE if ignore_case else 0) for p in patterns)

    rules = tuple(
        ParagraphRule(kind=r["kind"], whole=compiled(r.get("whole", []), r["ignore_case"]),
                      contains=compiled(r.get("contains", []), r["ignore_case"]))
        for r in data["paragraph_rules"])
    return Furniture(
        max_paragraph_chars=data["max_paragraph_chars"],
        drop_tags=frozenset(data["html"]["drop_tags"]),
        drop_words=frozenset(data["html"]["drop_class_or_id_words"]),
        paragraph_rules=rules,
        tail=compiled(data["tail_rules"]["whole"], data["tail_rules"]["ignore_case"]),
        tail_min_share=data["tail_rules"]["min_share"],
        inline=compiled(data["inline_rules"]["patterns"], data["inline_rules"]["ignore_case"]),
    )


def without_furniture(paragraphs: list[str]) -> list[str]:
    """Story paragraphs only; a comment section opening late in the text ends the story."""
    rules = furniture()
    total = sum(len(p) for p in paragraphs)
    seen = 0
    kept = []
    for paragraph in paragraphs:
        if rules.opens_tail(paragraph) and seen >= total * rules.tail_min_share:
            break
        seen += len(paragraph)
        if rules.kind_of(paragraph) is None:
            paragraph = rules.strip_inline(paragraph)
            if paragraph:
                kept.append(paragraph)
    return kept
