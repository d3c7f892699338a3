"""``tidings.Store``: the embedded DuckDB event store, usable without the command line.

>>> store = Store("tidings.duckdb")                        # doctest: +SKIP
>>> store.ingest(results)                                  # ArticleResult objects  # doctest: +SKIP
>>> store.meetings("Xi Jinping", "Vladimir Putin", since="2013-01-01")  # doctest: +SKIP

One :class:`Store` holds at most one DuckDB connection, opened when first needed: read-only for
queries and exports (so several readers can share a file), read-write for ingest (which applies
pending schema migrations first). :meth:`Store.sql` always runs on a connection of its own, opened
read-only with external access disabled and the configuration locked.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import duckdb

from ..schema import ArticleError, ArticleResult
from . import dedup as dedup_pass
from . import export as exports
from . import queries
from .errors import QueryRejected, StoreError, StoreNotFound
from .ingest import ARTICLE_TABLES, COLUMNS, RowBatch, article_key, chunked, result_hash
from .ingest import content_hash as _content_hash
from .schema import check_version, migrate, unregister_quietly

if TYPE_CHECKING:
    import pandas as pd

DEFAULT_DB = Path("tidings.duckdb")

# Restrictions of the connection that runs user SQL (Store.sql): no files, no extensions, no
# scans of Python variables, and no way to change any of it from inside the query.
_SANDBOX = {
    "enable_external_access": False,
    "autoinstall_known_extensions": False,
    "autoload_known_extensions": False,
    "python_enable_replacements": False,
    "lock_configuration": True,
}


@dataclass
class IngestReport:
    """What one ingest did."""

    stored: int = 0  # articles written
    skipped: int = 0  # already in the store (or twice in the input)
    failed: int = 0  # records reported as failures
    events: int = 0  # event records written
    seconds: float = 0.0


class Store:
    """An event store in one DuckDB file (created on first ingest).

    Queries return pandas data frames; see docs/store.md for the schema and every query.
    """

    def __init__(self, path: str | Path = DEFAULT_DB, *, read_only: bool = False) -> None:
        self.path = Path(path)
        self.read_only = read_only
        self._conn: duckdb.DuckDBPyConnection | None = None
        self._writable = False

    def __repr__(self) -> str:
        return f"Store({str(self.path)!r})"

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None
            self._writable = False

    # --- connections ------------------------------------------------------------------------

    def connection(self, *, write: bool = False) -> duckdb.DuckDBPyConnection:
        """The store's connection: read-only unless ``write`` (the schema is migrated first)."""
        if self._conn is not None and (self._writable or not write):
            return self._conn
        if write and self.read_only:
            raise StoreError(f"{self.path}: the store was opened read-only")
        self.close()
        if write:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            conn = _open(self.path, read_only=False)
            try:
                migrate(conn)
            except BaseException:
                conn.close()
                raise
        else:
            self._require_file()
            conn = _open(self.path, read_only=True)
            try:
                check_version(conn, writable=False)
            except BaseException:
                conn.close()
                raise
        self._conn, self._writable = conn, write
        return conn

    def _require_file(self) -> None:
        if not self.path.exists():
            raise StoreNotFound(f"{self.path}: no store there; create it with `tidings ingest INPUT --db {self.path}`")

    # --- writing ------------------------------------------------------------------------------

    def writer(
        self, *, replace: bool = False, commit_every: int = 256, commit_seconds: float = 2.0
    ) -> StoreWriter:
        """A writer adding articles in transactions of whole articles (see :class:`StoreWriter`)."""
        return StoreWriter(
            self.connection(write=True),
            replace=replace,
            commit_every=commit_every,
            commit_seconds=commit_seconds,
        )

    def ingest(
        self,
        results: Iterable[ArticleResult | ArticleError | tuple[ArticleResult, str]],
        *,
        replace: bool = False,
        commit_every: int = 256,
    ) -> IngestReport:
        """Store results; articles already stored are skipped (or replaced with ``replace``).

        Give ``(result, text)`` pairs to key articles by their text's hash (what the CLI does); a
        bare result is keyed by the hash of its JSON. An :class:`ArticleError` is logged in
        ``failures``. Events are deduplicated across articles at the end.
        """
        writer = self.writer(replace=replace, commit_every=commit_every)
        try:
            for chunk in chunked(results, 256):  # one existence query per chunk
                keyed = []
                for item in chunk:
                    if isinstance(item, ArticleError):
                        writer.add_failure(item.article.id, None, item.error)
                    elif isinstance(item, tuple):
                        keyed.append((item[0], _content_hash(item[1])))
                    else:
                        keyed.append((item, result_hash(item)))
                wanted = writer.claim_many([hash_hex for _, hash_hex in keyed])
                for (result, hash_hex), fresh in zip(keyed, wanted, strict=True):
                    if fresh:
                        writer.add(result, hash_hex)
        finally:
            writer.close()
        return writer.report

    def ingest_inputs(self, inputs: Iterable[str], **options) -> IngestReport:
        """Read files, directories or ``-``, extract the articles not stored yet, store them.

        Options are those of :func:`tidings.store.ingest.ingest_inputs` (``nlp``, ``model``,
        ``date``, ``replace``, ``on_failure``, ``on_progress`` ...).
        """
        from .ingest import ingest_inputs

        return ingest_inputs(self, inputs, **options)

    def dedup(self, *, window_days: int | None = None) -> int:
        """Run the deduplication pass; a new ``window_days`` recomputes every event."""
        if window_days is not None and window_days < 0:
            raise StoreError("the dedup window must be 0 days or more")
        return _wrap(lambda: dedup_pass.deduplicate(self.connection(write=True), window=window_days))

    def has(self, text: str) -> bool:
        """Whether an article with this text (after normalisation) is stored."""
        key = article_key(_content_hash(text))
        return bool(self._read("SELECT count(*) FROM articles WHERE key = ?", [key]).fetchone()[0])

    # --- reading ------------------------------------------------------------------------------

    def _read(self, sql: str, params: Sequence[object] = ()) -> duckdb.DuckDBPyConnection:
        conn = self.connection()
        return _wrap(lambda: conn.execute(sql, list(params)))

    def pending_dedup(self) -> bool:
        """Whether articles were stored but not yet deduplicated (an ingest was interrupted)."""
        return dedup_pass.pending(self.connection())

    def counts(self) -> dict[str, int]:
        """Rows per table."""
        conn = self.connection()
        tables = (*ARTICLE_TABLES, "unique_events", "unique_event_actors", "event_mentions", "failures")
        return {table: conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] for table in tables}

    def dyad_series(
        self,
        a: str,
        b: str,
        *,
        freq: str = "month",
        since: str | dt.date | None = None,
        until: str | dt.date | None = None,
        types: Sequence[str] = (),
    ) -> pd.DataFrame:
        """Events between two actors per day/week/month, each direction: counts and mean score.

        ``a`` and ``b`` are country codes (``CHN``, ``CHN/GOV``) or actor names (``Putin``).
        """
        return _wrap(lambda: queries.dyad_series(
            self.connection(), a, b, freq=freq, since=since, until=until, types=types
        ))

    def meetings(
        self, a: str, b: str, *, since: str | dt.date | None = None, until: str | dt.date | None = None
    ) -> pd.DataFrame:
        """CONSULT events with both ``a`` and ``b`` among the participants; one row per meeting."""
        return _wrap(lambda: queries.meetings(self.connection(), a, b, since=since, until=until))

    def top_actors(
        self,
        *,
        by: str = "actor",
        role: str = "any",
        types: Sequence[str] = (),
        since: str | dt.date | None = None,
        until: str | dt.date | None = None,
        limit: int = 20,
    ) -> pd.DataFrame:
        """Actors (or countries, ``by="country"``) in the most events."""
        return _wrap(lambda: queries.top_actors(
            self.connection(), by=by, role=role, types=types, since=since, until=until, limit=limit
        ))

    def events(
        self,
        *,
        types: Sequence[str] = (),
        actor: str | None = None,
        role: str = "any",
        since: str | dt.date | None = None,
        until: str | dt.date | None = None,
        limit: int | None = 100,
    ) -> pd.DataFrame:
        """Deduplicated events, filtered by type, actor or country (in ``role``) and day."""
        return _wrap(lambda: queries.events(
            self.connection(), types=types, actor=actor, role=role, since=since, until=until, limit=limit
        ))

    def event_counts(
        self,
        *,
        types: Sequence[str] = (),
        actor: str | None = None,
        role: str = "source",
        since: str | dt.date | None = None,
        until: str | dt.date | None = None,
    ) -> pd.DataFrame:
        """Deduplicated events counted by country (of the actors in ``role``) and type."""
        return _wrap(lambda: queries.event_counts(
            self.connection(), types=types, actor=actor, role=role, since=since, until=until
        ))

    def quotes(
        self,
        *,
        text: str | None = None,
        speaker: str | None = None,
        since: str | dt.date | None = None,
        until: str | dt.date | None = None,
        limit: int | None = 100,
    ) -> pd.DataFrame:
        """Quotations whose text contains ``text`` and/or whose speaker matches ``speaker``."""
        return _wrap(lambda: queries.quotes(
            self.connection(), text=text, speaker=speaker, since=since, until=until, limit=limit
        ))

    def sql(self, query: str) -> pd.DataFrame:
        """Run one read-only SELECT (or WITH ... SELECT) on a sandboxed connection."""
        queries.check_select(query)
        self.close()  # DuckDB allows one configuration per file and process
        self._require_file()
        conn = _open(self.path, read_only=True, config=_SANDBOX)
        try:
            check_version(conn, writable=False)
            try:
                return conn.execute(query).df()
            except duckdb.Error as exc:
                raise QueryRejected(f"query failed: {exc}") from exc
        finally:
            conn.close()

    # --- exports ------------------------------------------------------------------------------

    def export_parquet(self, directory: str | Path, *, overwrite: bool = False) -> list[Path]:
        """Every table as Parquet; events partitioned by year and month of their day."""
        return _wrap(lambda: exports.to_parquet(self.connection(), Path(directory), overwrite=overwrite))

    def export_tsv(self, path: str | Path) -> int:
        """Every event record, one per row, in the columns of ``tidings extract --format tsv``."""
        return _wrap(lambda: exports.to_tsv(self.connection(), Path(path), self._stored(events_only=True)))

    def export_gdelt(self, path: str | Path) -> int:
        """Deduplicated events as a GDELT 2.0-style event table (TSV with a header)."""
        return _wrap(lambda: exports.to_gdelt(self.connection(), Path(path)))

    def results(self) -> Iterator[ArticleResult]:
        """The stored articles back as :class:`ArticleResult` objects (by date, then id)."""
        for _key, result in self._stored():
            yield result

    def _stored(self, *, events_only: bool = False, chunk: int = 1000) -> Iterator[tuple[int, ArticleResult]]:
        conn = self.connection()
        keys = [row[0] for row in conn.execute(
            "SELECT key FROM articles ORDER BY date NULLS LAST, id, key"
        ).fetchall()]
        for start in range(0, len(keys), chunk):
            yield from exports.rebuild_results(conn, keys[start:start + chunk], events_only=events_only)


class StoreWriter:
    """Adds whole articles to the store, several per transaction, then deduplicates on close.

    A transaction holds whole articles only (``commit_every`` of them, or fewer when
    ``commit_seconds`` have passed), so a process killed at any point leaves whole articles; the
    next ingest skips their hashes and redoes the rest. Use :meth:`claim` before the expensive
    NLP step to skip articles already stored.
    """

    def __init__(
        self,
        conn: duckdb.DuckDBPyConnection,
        *,
        replace: bool = False,
        commit_every: int = 256,
        commit_seconds: float = 2.0,
    ) -> None:
        self.conn = conn
        self.replace = replace
        self.commit_every = max(1, commit_every)
        self.commit_seconds = commit_seconds
        self.report = IngestReport()
        self._batch = RowBatch()
        self._failures: list[tuple] = []
        self._claimed: set[int] = set()
        self._batch_started = 0.0
        self._started = time.perf_counter()
        self._closed = False

    def stored(self, hashes: Iterable[str]) -> set[str]:
        """Which of these hashes are stored already (one query for all of them)."""
        by_key = {article_key(hash_hex): hash_hex for hash_hex in hashes}
        if not by_key:
            return set()
        rows = self.conn.execute(
            "SELECT key, hash FROM articles WHERE key IN (SELECT unnest(?::BIGINT[]))", [list(by_key)]
        ).fetchall()
        for key, hash_hex in rows:
            if hash_hex != by_key[key]:
                raise StoreError(f"article key collision between hashes {hash_hex} and {by_key[key]}")
        return {hash_hex for _, hash_hex in rows}

    def claim_many(self, hashes: Sequence[str]) -> list[bool]:
        """For each hash, in order: True if this article should be processed now (not stored yet,
        or ``replace``; and not already claimed in this run). Each False counts as skipped."""
        stored = set() if self.replace else self.stored(hashes)
        wanted = []
        for hash_hex in hashes:
            key = article_key(hash_hex)
            fresh = hash_hex not in stored and key not in self._claimed
            if fresh:
                self._claimed.add(key)
            else:
                self.report.skipped += 1
            wanted.append(fresh)
        return wanted

    def claim(self, hash_hex: str) -> bool:
        """:meth:`claim_many` for one article."""
        return self.claim_many([hash_hex])[0]

    def add(self, result: ArticleResult, hash_hex: str) -> None:
        """Queue one article (claimed first); commits when the batch is due."""
        if not self._batch:
            self._batch_started = time.perf_counter()
        self._batch.add(result, hash_hex, dt.datetime.now())
        self.report.stored += 1
        self.report.events += len(result.events)
        self._flush_if_due()

    def add_failure(self, record_id: str, where: str | None, reason: str) -> None:
        """Log a record that could not be read or processed (table ``failures``)."""
        if not self._batch and not self._failures:
            self._batch_started = time.perf_counter()
        self._failures.append((record_id, where or None, reason, dt.datetime.now()))
        self.report.failed += 1
        self._flush_if_due()

    def _flush_if_due(self) -> None:
        waiting = len(self._batch) + len(self._failures)
        if waiting >= self.commit_every or time.perf_counter() - self._batch_started >= self.commit_seconds:
            self.flush()

    def flush(self) -> None:
        """Write the queued articles and failures in one transaction."""
        if not self._batch and not self._failures:
            return
        batch, failures = self._batch, self._failures
        self._batch, self._failures = RowBatch(), []
        _wrap(lambda: _write_batch(self.conn, batch, failures, replace=self.replace))
        if not self.replace:
            # Committed articles are found by the store's own check from now on: forgetting them
            # keeps this set to the articles in flight, however long the run.
            self._claimed.difference_update(batch.keys)

    def close(self, *, deduplicate: bool = True) -> IngestReport:
        """Flush, then run the deduplication pass (it also finishes an interrupted earlier run)."""
        if self._closed:
            return self.report
        self._closed = True
        self.flush()
        if deduplicate:
            _wrap(lambda: dedup_pass.deduplicate(self.conn))
        self.report.seconds = time.perf_counter() - self._started
        return self.report


def _write_batch(
    conn: duckdb.DuckDBPyConnection, batch: RowBatch, failures: list[tuple], *, replace: bool
) -> None:
    import pyarrow as pa

    from .ingest import column_lists

    conn.execute("BEGIN TRANSACTION")
    try:
        if batch and replace:
            keys = pa.table({"key": pa.array(batch.keys, pa.int64())})
            conn.register("replaced_keys", keys)
            try:
                for table in ARTICLE_TABLES:
                    column = "key" if table == "articles" else "article"
                    conn.execute(f"DELETE FROM {table} WHERE {column} IN (SELECT key FROM replaced_keys)")
            finally:
                unregister_quietly(conn, "replaced_keys")
        tables = [(table, batch.rows[table]) for table in COLUMNS]
        if failures:
            tables.append(("failures", failures))
        for table, rows in tables:
            if not rows:
                continue
            columns = COLUMNS.get(table, ("id", "where", "reason", "time"))
            arrow = pa.table(column_lists(rows, columns), schema=_arrow_schema(conn, table, columns))
            conn.register("ingest_rows", arrow)
            try:
                conn.execute(f"INSERT INTO {table} BY NAME SELECT * FROM ingest_rows")
            finally:
                unregister_quietly(conn, "ingest_rows")
        if batch:
            conn.execute("UPDATE settings SET value = '1' WHERE name = 'dedup_pending'")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


_ARROW_TYPES: dict[str, object] = {}


def _arrow_schema(conn: duckdb.DuckDBPyConnection, table: str, columns: tuple[str, ...]):
    """The Arrow schema of a table's columns, from DuckDB's own types (cached per table)."""
    import pyarrow as pa

    cached = _ARROW_TYPES.get(table)
    if cached is None:
        mapping = {
            "BIGINT": pa.int64(), "INTEGER": pa.int32(), "VARCHAR": pa.string(),
            "DOUBLE": pa.float64(), "DATE": pa.date32(), "TIMESTAMP": pa.timestamp("us"),
            "BOOLEAN": pa.bool_(), "INTEGER[][]": pa.list_(pa.list_(pa.int32())),
            "VARCHAR[]": pa.list_(pa.string()),
        }
        types = dict(conn.execute(
            "SELECT column_name, data_type FROM information_schema.columns "
            "WHERE table_schema = 'main' AND table_name = ?", [table]
        ).fetchall())
        cached = pa.schema([(name, mapping[types[name]]) for name in columns])
        _ARROW_TYPES[table] = cached
    return cached


def _open(path: Path, *, read_only: bool, config: dict | None = None) -> duckdb.DuckDBPyConnection:
    try:
        return duckdb.connect(str(path), read_only=read_only, config=config or {})
    except duckdb.IOException as exc:
        message = str(exc)
        if "lock" in message.lower():
            raise StoreError(
                f"{path}: the store is in use by another process (one writer, or several readers, "
                "at a time); wait for it to finish"
            ) from exc
        raise StoreError(f"{path}: cannot open the store: {message}") from exc
    except duckdb.Error as exc:
        raise StoreError(f"{path}: cannot open the store: {exc}") from exc


def _wrap(action):
    """Run ``action``, turning DuckDB's errors into :class:`StoreError`."""
    try:
        return action()
    except duckdb.Error as exc:
        raise StoreError(str(exc)) from exc
