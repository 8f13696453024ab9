"""One spaCy pass per article: actors, then the quotes and signals that refer to them."""
from __future__ import annotations

from collections.abc import Iterable, Iterator

from pipeline.actors import find_actors
from pipeline.nlp import load_nlp
from pipeline.quotes import find_quotes
from pipeline.signals import find_signals
from schemas.analysis import Analysis


def analyze_doc(article_id: str, doc) -> Analysis:
    cast = find_actors(doc)
    return Analysis(id=article_id, actors=cast.actors(), quotes=find_quotes(doc, cast),
                    signals=find_signals(doc, cast))


def analyze_texts(items: Iterable[tuple[str, str]], model: str | None = None,
                  batch_size: int = 16) -> Iterator[Analysis]:
    """Analyse (id, text) pairs in order, batching the parse."""
    nlp = load_nlp(model) if model else load_nlp()
    pairs = iter(items)
    ids: list[str] = []

    def texts():
        for article_id, text in pairs:
            ids.append(article_id)
            yield text

    for position, doc in enumerate(nlp.pipe(texts(), batch_size=batch_size)):
        yield analyze_doc(ids[position], doc)
