"""From article text to an :class:`~tidings.schema.ArticleResult`: the one "process a batch" function
that every runner (in-process, multiprocess, Dask) calls.

Whatever text comes in, what goes to spaCy is safe to tokenise (:func:`make_doc`): control
characters and lone surrogates are replaced one character for one (offsets do not move), and runs
of text without a space that are long enough to make spaCy's tokenizer quadratic are tokenised in
pieces. A failure is an error of ours (:mod:`tidings.errors`), never a crash of the run.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from typing import TYPE_CHECKING

from .defaults import DEFAULT_MODEL
from .errors import ArticleTooLarge, InputError, ProcessingError, TidingsError
from .schema import Article, ArticleError, ArticleRef, ArticleResult, Result, Tone

from .defaults import DEFAULT_MAX_CHARS  # noqa: F401  (re-exported)

if TYPE_CHECKING:  # spaCy is imported where a Doc is made, so readers and the store start fast
    from spacy.language import Language
    from spacy.tokens import Doc

# Publication dates tidings accepts: relative dates ("last year", "next Monday") are computed from
# them, and outside this span that arithmetic would leave the calendar Python can represent.
EARLIEST_DATE = dt.date(1000, 1, 1)
LATEST_DATE = dt.date(8999, 12, 31)

# spaCy's tokenizer splits punctuation off a token one character at a time, searching the rest of
# the token each time: a run of 4,000 quotation marks or commas without a space takes seconds, and
# 100,000 take hours. Runs of text this long without whitespace are never prose (a URL rarely
# reaches it), so they are tokenised in pieces of RUN_PIECE_CHARS: the cost stays linear.
LONG_RUN_CHARS = 200
RUN_PIECE_CHARS = 50
_LONG_RUN = re.compile(rf"\S{{{LONG_RUN_CHARS},}}")

# C0 controls except tab, newline and carriage return, DEL and the C1 controls: replaced by a space
# (one character for one, so offsets stay valid) because they carry no text and upset tokenisers,
# terminals and TSV readers. Lone surrogates (from JSON escapes such as "\ud800") cannot be encoded
# as UTF-8 at all: they become U+FFFD.
_CONTROL_CHARACTER = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def clean_text(text: str) -> str:
    """Control characters to spaces and lone surrogates to U+FFFD, one character for one."""
    if _CONTROL_CHARACTER.search(text):  # searching first: most texts have none, and sub copies
        text = _CONTROL_CHARACTER.sub(" ", text)
    if not text.isascii() and _LONE_SURROGATE.search(text):
        text = _LONE_SURROGATE.sub("\ufffd", text)
    return text


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
    """An ISO date (YYYY-MM-DD) from a date, a datetime or an ISO 8601 string; None stays None.

    A date and time (``2024-03-05T08:00:00+02:00``) gives its own calendar day, not converted to
    UTC; what follows the day is not checked beyond starting with ``T`` or a space (feeds write
    times in many ways, and only the day is kept). Anything else (``2024-02-30``,
    ``2024-03-05garbage``), and days outside the years 1000 to 8999, are an :class:`InputError`.
    """
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        day = value.date()
    elif isinstance(value, dt.date):
        day = value
    else:
        text = str(value).strip()
        shown = text if len(text) <= 40 else text[:40] + "..."
        try:
            if text[10:] and text[10] not in "Tt ":
                raise ValueError("not a date and time")
            day = dt.date.fromisoformat(text[:10])
        except ValueError as exc:
            raise InputError(f"date {shown!r} is not an ISO 8601 date (YYYY-MM-DD)") from exc
    if not EARLIEST_DATE <= day <= LATEST_DATE:
        raise InputError(
            f"date {day.isoformat()} is outside the years {EARLIEST_DATE.year}-{LATEST_DATE.year} "
            "that relative dates can be resolved from"
        )
    return day.isoformat()


def make_doc(nlp: Language, article: RawArticle, *, max_chars: int = DEFAULT_MAX_CHARS) -> Doc:
    """Tokenise an article and attach its metadata for the stages to read.

    The text is cleaned first (:func:`clean_text`: same length, so offsets hold) and ``max_chars``
    replaces spaCy's own ``nlp.max_length``: the caller chose the limit.
    """
    if len(article.text) > max_chars:
        raise ArticleTooLarge(
            f"article has {len(article.text):,} characters, over the limit of {max_chars:,}; "
            f"split it or raise the limit with --max-chars"
        )
    doc = tokenise(nlp, clean_text(article.text))
    doc._.article_date = article.meta.date
    return doc


def tokenise(nlp: Language, text: str) -> Doc:
    """``nlp``'s tokenizer, in linear time whatever the text (see ``LONG_RUN_CHARS``).

    The Doc's text is always ``text``; only inside a run of ``LONG_RUN_CHARS`` characters or more
    without whitespace may tokens differ from spaCy's (cut at piece boundaries).
    """
    runs = list(_LONG_RUN.finditer(text)) if len(text) >= LONG_RUN_CHARS else []
    if not runs:
        return nlp.tokenizer(text)
    pieces: list[str] = []
    position = 0
    for run in runs:
        if run.start() > position:
            pieces.append(text[position:run.start()])
        end = run.end()
        pieces.extend(text[start:min(start + RUN_PIECE_CHARS, end)] for start in range(run.start(), end, RUN_PIECE_CHARS))
        position = end
    if position < len(text):
        pieces.append(text[position:])
    from spacy.tokens import Doc

    return Doc.from_docs([nlp.tokenizer(piece) for piece in pieces], ensure_whitespace=False)


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
        except Exception as exc:  # noqa: BLE001  (a tokenizer failure on one article must not stop a corpus)
            prepared.append(ReadFailure(item.meta.id, f"processing failed: {type(exc).__name__}: {exc}"))
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

    Raises :class:`~tidings.errors.InputError` for a date that is not ISO 8601 and
    :class:`~tidings.errors.ProcessingError` if a stage fails on the text (a bug to report).

    >>> result = extract("Chinese President Xi Jinping met Vladimir Putin in Beijing.", date="2023-10-18")
    >>> result.events[0].type
    'CONSULT'
    """
    if nlp is None:
        from .pipeline import load

        nlp = load(model)
    meta = Article(id=id, title=title, date=normalise_date(date), url=url, source=source)
    try:
        doc = make_doc(nlp, RawArticle(meta, text), max_chars=max(len(text), DEFAULT_MAX_CHARS))
        return result_from_doc(meta, nlp(doc))
    except TidingsError:
        raise
    except Exception as exc:  # a stage's bug, mapped to our error with its cause kept
        raise ProcessingError(f"processing failed: {type(exc).__name__}: {exc}") from exc
