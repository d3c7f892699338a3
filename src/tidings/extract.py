"""From article text to an :class:`~tidings.schema.ArticleResult`: the one "process a batch" function
that every runner (in-process, multiprocess, Dask) calls."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc

from .errors import ArticleTooLarge, InputError
from .pipeline import DEFAULT_MODEL, load
from .schema import Article, ArticleError, ArticleRef, ArticleResult, Result, Tone

DEFAULT_MAX_CHARS = 1_000_000


@dataclass(frozen=True)
class RawArticle:
    """An article as read: its metadata and its text."""

    meta: Article
    text: str


@dataclass(frozen=True)
class ReadFailure:
    """A record that could not be read; ``where`` says which file and line."""

    id: str
    reason: str
    where: str = ""

    def as_result(self) -> ArticleError:
        return ArticleError(article=ArticleRef(id=self.id), error=self.reason)


def normalise_date(value: str | dt.date | None) -> str | None:
    """An ISO date (YYYY-MM-DD) from a date, a datetime or an ISO 8601 string; None stays None."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    text = str(value).strip()
    try:
        return dt.date.fromisoformat(text[:10]).isoformat()
    except ValueError as exc:
        raise InputError(f"date {text!r} is not an ISO 8601 date (YYYY-MM-DD)") from exc


def make_doc(nlp: Language, article: RawArticle, *, max_chars: int = DEFAULT_MAX_CHARS) -> Doc:
    """Tokenise an article and attach its metadata for the stages to read."""
    if len(article.text) > max_chars:
        raise ArticleTooLarge(
            f"article has {len(article.text):,} characters, over the limit of {max_chars:,}; "
            f"split it or raise the limit with --max-chars"
        )
    doc = nlp.make_doc(article.text)
    doc._.article_date = article.meta.date
    return doc


def result_from_doc(meta: Article, doc: Doc) -> ArticleResult:
    """Validate what the stages wrote on the Doc into the output schema."""
    return ArticleResult(
        article=meta,
        actors=doc._.actors or [],
        events=doc._.events or [],
        quotes=doc._.quotes or [],
        quantities=doc._.quantities or [],
        dates=doc._.dates or [],
        places=doc._.places or [],
        tone=doc._.tone or Tone(),
    )


def process(
    items: Iterable[RawArticle | ReadFailure],
    nlp: Language,
    *,
    batch_size: int = 16,
    max_chars: int = DEFAULT_MAX_CHARS,
) -> Iterator[tuple[Result, ReadFailure | None]]:
    """Run articles through the pipeline, in input order.

    Yields ``(result, failure)``: ``failure`` is set for a record that could not be processed, and
    its result is the error record written in its place. One bad article never stops the rest:
    if a batch fails, its articles are retried one by one so only the culprit is reported.
    """
    batch: list[RawArticle | ReadFailure] = []
    for item in items:
        batch.append(item)
        if len(batch) >= batch_size:
            yield from _process_batch(batch, nlp, max_chars)
            batch = []
    if batch:
        yield from _process_batch(batch, nlp, max_chars)


def _process_batch(
    batch: list[RawArticle | ReadFailure], nlp: Language, max_chars: int
) -> Iterator[tuple[Result, ReadFailure | None]]:
    prepared: list[tuple[RawArticle, Doc] | ReadFailure] = []
    for item in batch:
        if isinstance(item, ReadFailure):
            prepared.append(item)
            continue
        try:
            prepared.append((item, make_doc(nlp, item, max_chars=max_chars)))
        except InputError as exc:
            prepared.append(ReadFailure(item.meta.id, str(exc)))
    docs = [entry[1] for entry in prepared if isinstance(entry, tuple)]
    try:
        processed = iter(list(nlp.pipe(docs)))
    except Exception:  # noqa: BLE001  (isolate the failing article below, then report it)
        processed = None
    for entry in prepared:
        if isinstance(entry, ReadFailure):
            yield entry.as_result(), entry
            continue
        raw, doc = entry
        try:
            done = next(processed) if processed is not None else nlp(doc)
            yield result_from_doc(raw.meta, done), None
        except Exception as exc:  # noqa: BLE001  (one broken article must not stop a corpus)
            failure = ReadFailure(raw.meta.id, f"processing failed: {type(exc).__name__}: {exc}")
            yield failure.as_result(), failure


def extract(
    text: str,
    date: str | dt.date | None = None,
    *,
    id: str = "article",  # noqa: A002  (the field is called id in the output)
    title: str | None = None,
    url: str | None = None,
    source: str | None = None,
    model: str = DEFAULT_MODEL,
    nlp: Language | None = None,
) -> ArticleResult:
    """Extract actors, events, quotations, quantities, dates, places and tone from one article.

    >>> result = extract("Chinese President Xi Jinping met Vladimir Putin in Beijing.", date="2023-10-18")
    >>> result.events[0].type
    'CONSULT'
    """
    nlp = nlp or load(model)
    meta = Article(id=id, title=title, date=normalise_date(date), url=url, source=source)
    doc = nlp(make_doc(nlp, RawArticle(meta, text), max_chars=max(len(text), DEFAULT_MAX_CHARS)))
    return result_from_doc(meta, doc)
