"""One spaCy pass per article: actors, then the quotes and signals that refer to them."""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from functools import cache, partial

from spacy.tokens import Doc

from pipeline.actors import find_actors
from pipeline.backstop import gap_signal as notice_gap_signal
from pipeline.context_gate import veto_quiet_context
from pipeline.news_backstop import gap_signal as news_gap_signal
from pipeline.nlp import load_nlp
from pipeline.quotes import find_quotes
from pipeline.signals import beyond_context_gate, find_signals, forget_reading, headline_issuer, notice_reading
from schemas.analysis import Analysis, Signal


def analyze_doc(article_id: str, doc, headline: Callable[[], Doc] | None = None, url: str | None = None,
                title: str | None = None) -> Analysis:
    """Actors, quotes and signals of one parsed article (`read_signals`: its headline, url and title)."""
    cast = find_actors(doc)
    return Analysis(id=article_id, actors=cast.actors(), quotes=find_quotes(doc, cast),
                    signals=read_signals(doc, cast, headline, url, title))


def read_signals(doc, cast, headline: Callable[[], Doc] | None = None, url: str | None = None,
                 title: str | None = None) -> list[Signal]:
    """The signals of one parsed article. Its headline (`headline` parses it) only names the issuer of measures the
    body leaves without one, or a notice's measure its body yields no signal of, so it is parsed only if such a
    measure is found; the scored offsets stay those of the body. Its `url` (or the source's host) names the issuer
    where it is an official host's and nothing else does. The news backstop is asked about a short text (not a notice)
    in which the rules found nothing. The context gate vetoes escalations in news about something else (never in an
    official notice, whose own machinery decides); the notice backstop is asked about a notice (its `title` and body:
    on an official host, or worded as one on a host no list knows) whose escalation measures the rules could not
    read."""

    @cache
    def parsed_headline() -> tuple[Doc, object]:
        parsed = headline()
        return parsed, find_actors(parsed)

    @cache
    def issuer_in_headline() -> str | None:
        return headline_issuer(*parsed_headline())

    heading = parsed_headline if headline else None
    notice = cache(partial(notice_reading, doc, cast, url, heading))   # (asked by both backstops, read once)
    signals = find_signals(doc, cast, issuer_in_headline if headline else None, heading, url)
    news = news_gap_signal(doc, cast, signals, notice)
    signals = veto_quiet_context(doc, signals if news is None else [news],
                                 partial(beyond_context_gate, doc, cast, url, heading))
    backstop = notice_gap_signal(doc, cast, title, signals, notice)
    forget_reading(doc)
    return signals if backstop is None else sorted([*signals, backstop], key=lambda s: s.start)


def analyze_texts(items: Iterable[tuple[str, ...]], model: str | None = None,
                  batch_size: int = 16) -> Iterator[Analysis]:
    """Analyse (id, text), (id, text, title) or (id, text, title, url) items in order, batching the parse."""
    nlp = load_nlp(model) if model else load_nlp()
    items = iter(items)
    ids: list[str] = []
    titles: list[str | None] = []
    urls: list[str | None] = []

    def texts():
        for article_id, text, *rest in items:
            ids.append(article_id)
            titles.append(rest[0] if rest else None)
            urls.append(rest[1] if len(rest) > 1 else None)
            yield text

    for position, doc in enumerate(nlp.pipe(texts(), batch_size=batch_size)):
        title = titles[position]
        yield analyze_doc(ids[position], doc, partial(nlp, title) if title and title.strip() else None,
                          urls[position], title)
