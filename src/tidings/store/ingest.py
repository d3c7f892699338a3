"""From :class:`~tidings.schema.ArticleResult` to table rows: pure functions, no database.

An article is keyed by :func:`content_hash`, the sha256 of its normalised text; the compact
``articles.key`` every table joins on is the first 60 bits of that hash (:func:`article_key`).
:func:`article_rows` turns one result into the rows of every table; the store writes a batch of
such articles in one transaction (:class:`RowBatch`), so a killed ingest leaves whole articles.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import unicodedata
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import chain
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from ..schema import EVENT_SCORES, ActorRef, ArticleResult, Event
from .dedup import group_key

if TYPE_CHECKING:
    from ..extract import ReadFailure

# Column order of every table written at ingest, as in migrations/0001_initial.sql.
COLUMNS: dict[str, tuple[str, ...]] = {
    "articles": (
        "key", "hash", "id", "title", "date", "url", "source", "outlet", "tone", "tone_positive",
        "tone_negative", "tone_polarity", "tone_words", "ingested_at",
    ),
    "actors": (
        "article", "n", "id", "name", "kind", "country", "sector", "title", "mentions", "spans",
        "evidence",
    ),
    "events": (
        "article", "n", "id", "type", "mode", "cameo", "score", "date", "date_precision",
        "date_source", "day", "day_precision", "place_name", "place_country", "lat", "lon",
        "geonameid", "sentence", "text", "trigger", "start_char", "end_char", "negated",
        "hypothetical", "future", "historical", "reported_by", "reported_by_name",
        "reported_by_country", "reported_by_sector", "tone", "confidence", "countable", "group_key",
    ),
    "event_actors": (
        "article", "event", "role", "position", "actor", "name", "kind", "country", "sector",
    ),
    "quotations": (
        "article", "n", "speaker", "speaker_name", "speaker_country", "speaker_sector", "text",
        "kind", "start_char", "end_char",
    ),
    "quantities": (
        "article", "n", "kind", "value", "unit", "object", "text", "approximation", "start_char",
        "end_char",
    ),
    "places": (
        "article", "n", "name", "kind", "country", "lat", "lon", "geonameid", "mentions", "spans",
    ),
    "dates": ("article", "n", "text", "value", "precision", "resolved", "start_char", "end_char"),
}

ARTICLE_TABLES: tuple[str, ...] = tuple(COLUMNS)
"""Every table holding rows of one article (``articles`` itself keyed by ``key``, the rest by ``article``)."""

_WHITESPACE = re.compile(r"\s+")


def normalise_text(text: str) -> str:
    """The text an article is identified by: Unicode NFC, runs of whitespace as one space, trimmed.

    So a re-saved file with other line endings or trailing spaces is still the same article.
    """
    return _WHITESPACE.sub(" ", unicodedata.normalize("NFC", text)).strip()


def content_hash(text: str) -> str:
    """sha256 (hex) of the normalised text: the identity of an article in the store."""
    return hashlib.sha256(normalise_text(text).encode("utf-8")).hexdigest()


def result_hash(result: ArticleResult) -> str:
    """The identity of a result ingested without its text: sha256 of its canonical JSON.

    Used by ``Store.ingest`` when given bare results; the same result ingested twice is the same
    article, but the same text extracted twice under two ids is two (give the text to avoid that).
    """
    canonical = result.model_dump_json(exclude_none=False)
    return hashlib.sha256(b"result:" + canonical.encode("utf-8")).hexdigest()


def article_key(hash_hex: str) -> int:
    """The first 60 bits of a content hash as a positive BIGINT."""
    return int(hash_hex[:15], 16)


def parse_day(value: str | None) -> tuple[dt.date | None, str | None]:
    """A date string (YYYY-MM-DD, YYYY-MM, YYYY, or a range a/b) -> (first day, precision)."""
    if not value:
        return None, None
    text = value.strip()
    if "/" in text:
        day, _ = parse_day(text.split("/", 1)[0])
        return day, ("range" if day else None)
    try:
        if len(text) >= 10:
            return dt.date.fromisoformat(text[:10]), "day"
        if len(text) == 7:
            return dt.date.fromisoformat(text + "-01"), "month"
        if len(text) == 4 and text.isdigit():
            return dt.date(int(text), 1, 1), "year"
    except ValueError:
        pass
    return None, None


def event_day(event: Event, article_date: dt.date | None) -> tuple[dt.date | None, str | None]:
    """The day an event is counted on: its own date, else its article's publication date.

    A date that is present but unreadable gives no day (nothing is invented).
    """
    if event.date:
        return parse_day(event.date)
    if article_date is not None:
        return article_date, "article"
    return None, None


def outlet(source: str | None, url: str | None) -> str | None:
    """Who published the article: its ``source``, else the host of its URL without ``www.``."""
    if source and source.strip():
        return source.strip()
    if url:
        host = (urlsplit(url.strip()).hostname or "").lower()
        return host.removeprefix("www.") or None
    return None


def is_countable(event: Event) -> bool:
    """Negated ("refused to condemn") and hypothetical events are stored but never counted."""
    return not event.negated and not event.hypothetical


@dataclass
class RowBatch:
    """Rows of several whole articles, per table, waiting to be written in one transaction."""

    rows: dict[str, list[tuple]] = field(default_factory=lambda: {name: [] for name in COLUMNS})
    keys: list[int] = field(default_factory=list)
    _seen: set[int] = field(default_factory=set)

    def __len__(self) -> int:
        return len(self.keys)

    def __contains__(self, key: int) -> bool:
        return key in self._seen

    def add(self, result: ArticleResult, hash_hex: str, ingested_at: dt.datetime) -> int:
        """Add one article's rows; return its key."""
        key = article_key(hash_hex)
        for table, rows in article_rows(result, hash_hex, ingested_at).items():
            self.rows[table].extend(rows)
        self.keys.append(key)
        self._seen.add(key)
        return key


def article_rows(
    result: ArticleResult, hash_hex: str, ingested_at: dt.datetime
) -> dict[str, list[tuple]]:
    """The rows of every table for one article, as tuples in :data:`COLUMNS` order."""
    key = article_key(hash_hex)
    article = result.article
    published, _ = parse_day(article.date)
    tone = result.tone
    rows: dict[str, list[tuple]] = {
        "articles": [(
            key, hash_hex, article.id, article.title, published, article.url, article.source,
            outlet(article.source, article.url), tone.score, tone.positive, tone.negative,
            tone.polarity, tone.words, ingested_at,
        )],
        "actors": [
            (key, n, actor.id, actor.name, actor.kind, actor.country, actor.sector, actor.title,
             len(actor.mentions), [list(span) for span in actor.mentions], list(actor.evidence))
            for n, actor in enumerate(result.actors)
        ],
        "events": [],
        "event_actors": [],
        "quotations": [
            (key, n, *_ref_columns(quote.speaker), quote.text, quote.kind, quote.start, quote.end)
            for n, quote in enumerate(result.quotes)
        ],
        "quantities": [
            (key, n, quantity.kind, quantity.value, quantity.unit, quantity.object, quantity.text,
             quantity.approximation, quantity.start, quantity.end)
            for n, quantity in enumerate(result.quantities)
        ],
        "places": [
            (key, n, place.name, place.kind, place.country, place.lat, place.lon, place.geonameid,
             len(place.mentions), [list(span) for span in place.mentions])
            for n, place in enumerate(result.places)
        ],
        "dates": [
            (key, n, date.text, date.value, date.precision, date.resolved, date.start, date.end)
            for n, date in enumerate(result.dates)
        ],
    }
    kinds = {actor.id: actor.kind for actor in result.actors}
    for n, event in enumerate(result.events):
        day, day_precision = event_day(event, published)
        location = event.location
        rows["events"].append((
            key, n, event.id, event.type, event.mode, event.cameo, EVENT_SCORES.get(event.type),
            event.date, event.date_precision, event.date_source, day, day_precision,
            location.name if location else None, location.country if location else None,
            location.lat if location else None, location.lon if location else None,
            location.geonameid if location else None,
            event.sentence, event.text, event.trigger, event.start, event.end, event.negated,
            event.hypothetical, event.future, event.historical, *_ref_columns(event.reported_by),
            event.tone, event.confidence, is_countable(event), group_key(event, kinds),
        ))
        for role, refs in (("source", event.source), ("target", event.target)):
            rows["event_actors"].extend(
                (key, n, role, position, ref.id, ref.name, kinds.get(ref.id), ref.country, ref.sector)
                for position, ref in enumerate(refs)
            )
    return rows


def _ref_columns(ref: ActorRef | None) -> tuple[str | None, str | None, str | None, str | None]:
    if ref is None:
        return None, None, None, None
    return ref.id, ref.name, ref.country, ref.sector


def column_lists(rows: Iterable[tuple], columns: tuple[str, ...]) -> dict[str, list]:
    """Row tuples as one list per column (what Arrow wants)."""
    materialised = list(rows)
    if not materialised:
        return {name: [] for name in columns}
    return {name: list(values) for name, values in zip(columns, zip(*materialised), strict=True)}


# --- an ingest run: inputs -> NLP -> store --------------------------------------------------------


def ingest_inputs(
    store,
    inputs: Iterable[str],
    *,
    nlp=None,
    model: str | None = None,
    date: str | None = None,
    stdin=None,
    stdin_format: str = "text",
    replace: bool = False,
    max_chars: int | None = None,
    commit_every: int = 32,
    count_first: bool = False,
    on_failure: Callable[[ReadFailure], None] | None = None,
    on_progress: Callable[[int, int | None], None] | None = None,
    workers: int = 1,
    scheduler: str | None = None,
    actors: Iterable[str] = (),
):
    """Read INPUTs, run the articles not stored yet through the pipeline, store them.

    ``workers`` > 1 runs the pipeline in that many processes, ``scheduler`` on a Dask cluster
    (``"local"`` or an address); results come back in input order either way (tidings.runner).
    ``actors`` are user actor dictionaries (YAML paths, docs/actors.md) merged into the actor
    knowledge base; give them or a ready ``nlp``, not both.

    Articles already stored (same normalised text) are skipped *before* the NLP step, so a resumed
    or repeated ingest only pays for new articles, and the model is loaded only if there is one.
    Failed records are passed to ``on_failure`` and logged in ``failures``. With ``count_first``
    the inputs are read once beforehand to count the new articles (for a progress bar's total).
    Returns the writer's :class:`~tidings.store.store.IngestReport`.
    """
    from ..extract import DEFAULT_MAX_CHARS, RawArticle, process
    from ..pipeline import DEFAULT_MODEL, load
    from ..readers import read_inputs

    inputs = list(inputs)
    actors = tuple(str(path) for path in actors)
    if nlp is not None and actors:
        raise ValueError("give user actor dictionaries or a loaded nlp, not both: load(model, actors=...)")
    writer = store.writer(replace=replace, commit_every=commit_every)
    total = None
    if count_first:
        total = _count_new(writer, read_inputs(inputs, stdin=stdin, stdin_format=stdin_format))
    hashes_in_flight: deque[str | None] = deque()  # process() yields one output per input, in order

    def todo():
        # In chunks, so that one query tells which of a chunk's articles are stored already.
        for chunk in chunked(read_inputs(inputs, stdin=stdin, stdin_format=stdin_format), 64):
            articles = [item for item in chunk if isinstance(item, RawArticle)]
            hashes = [content_hash(item.text) for item in articles]
            decisions = iter(zip(hashes, writer.claim_many(hashes), strict=True))
            for item in chunk:
                if isinstance(item, RawArticle):
                    hash_hex, fresh = next(decisions)
                    if not fresh:
                        continue
                    if date and item.meta.date is None:
                        item = RawArticle(item.meta.model_copy(update={"date": date}), item.text)
                    hashes_in_flight.append(hash_hex)
                else:
                    hashes_in_flight.append(None)
                yield item

    done = 0
    try:
        items = todo()
        first = next(items, None)
        if first is not None:
            if workers > 1 or scheduler is not None:
                from ..runner import run

                outputs = run(chain([first], items), model=model or DEFAULT_MODEL, workers=workers,
                              scheduler=scheduler, max_chars=max_chars or DEFAULT_MAX_CHARS, actors=actors)
            else:
                nlp = nlp or load(model or DEFAULT_MODEL, actors=actors)
                outputs = process(chain([first], items), nlp, max_chars=max_chars or DEFAULT_MAX_CHARS)
            for result, failure in outputs:
                hash_hex = hashes_in_flight.popleft()
                if failure is not None:
                    writer.add_failure(failure.id, failure.where, failure.reason)
                    if on_failure:
                        on_failure(failure)
                else:
                    writer.add(result, hash_hex)
                done += 1
                if on_progress:
                    on_progress(done, total)
    finally:
        writer.close()
    return writer.report


def _count_new(writer, items: Iterable) -> int:
    """Records a run will process: failures, and articles neither stored nor seen before."""
    from ..extract import RawArticle

    seen: set[str] = set()
    count = 0
    for chunk in chunked(items, 256):
        hashes = {content_hash(item.text) for item in chunk if isinstance(item, RawArticle)}
        new = hashes - seen - (set() if writer.replace else writer.stored(hashes))
        seen |= hashes
        count += len(new) + sum(1 for item in chunk if not isinstance(item, RawArticle))
    return count


def chunked(items: Iterable, size: int) -> Iterator[list]:
    """Lists of up to ``size`` items, in order."""
    chunk: list = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
