"""What the server keeps between requests: the store (one connection, one request at a time) and
the spaCy pipeline (loaded once, lazily, on the first extraction)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import duckdb
from spacy.language import Language

from ..schema import ArticleResult
from ..store import IngestReport, Store, StoreError

T = TypeVar("T")


class StoreGate:
    """The store behind a lock: DuckDB connections must not be used by two threads at once.

    Queries take milliseconds, so serialising them costs nothing a local explorer notices. The
    connection is opened read-only on the first query (several readers may share the file) and
    becomes read-write only when an extraction is stored.
    """

    def __init__(self, path: Path, *, read_only: bool) -> None:
        self.path = path
        self.read_only = read_only
        self._store = Store(path, read_only=read_only)
        self._lock = threading.Lock()

    def read(self, query: Callable[[duckdb.DuckDBPyConnection], T]) -> T:
        with self._lock:
            conn = self._store.connection()
            try:
                return query(conn)
            except duckdb.Error as exc:
                raise StoreError(str(exc)) from exc

    def exists(self) -> bool:
        return self.path.exists()

    def ingest(self, result: ArticleResult, text: str) -> IngestReport:
        """Store one extracted article, keyed by its text (nothing is added if it is stored)."""
        with self._lock:
            return self._store.ingest([(result, text)], commit_every=1)

    def close(self) -> None:
        with self._lock:
            self._store.close()


class ModelHolder:
    """The spaCy pipeline, loaded on first use (or ahead with :meth:`preload`) and kept.

    Loading takes seconds, so the server starts at once and the first extraction pays for it.
    Extractions run one at a time: a spaCy pipeline is not meant to be shared by threads.
    """

    def __init__(self, loader: Callable[[], Language]) -> None:
        self._loader = loader
        self._nlp: Language | None = None
        self._load_lock = threading.Lock()
        self.run_lock = threading.Lock()
        self.loads = 0

    @property
    def loaded(self) -> bool:
        return self._nlp is not None

    def get(self) -> Language:
        if self._nlp is None:
            with self._load_lock:
                if self._nlp is None:
                    self._nlp = self._loader()
                    self.loads += 1
        return self._nlp

    def preload(self) -> None:
        """Load in a background thread, so the server answers queries meanwhile."""
        threading.Thread(target=self.get, name="tidings-model-load", daemon=True).start()
