"""The event store: articles, events and everything extracted, in one embedded DuckDB file.

``Store(path)`` ingests :class:`~tidings.schema.ArticleResult` objects, deduplicates events across
articles, answers queries as pandas data frames, and exports Parquet, TSV and GDELT-style tables.
The ``ingest``, ``query`` and ``export`` commands are in :mod:`tidings.store.cli`; the schema, the
dedup rule and every query are described in docs/store.md.
"""

from .errors import QueryRejected, StoreError, StoreNotFound
from .ingest import content_hash
from .store import DEFAULT_DB, IngestReport, Store, StoreWriter

__all__ = [
    "DEFAULT_DB",
    "IngestReport",
    "QueryRejected",
    "Store",
    "StoreError",
    "StoreNotFound",
    "StoreWriter",
    "content_hash",
]
