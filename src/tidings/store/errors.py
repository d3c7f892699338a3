"""The store's exceptions, under :class:`tidings.errors.TidingsError`.

    TidingsError
    └── StoreError            the store cannot be opened, migrated, written or queried
        ├── StoreNotFound     there is no store at the path given
        └── QueryRejected     a query's arguments are invalid, or a `query sql` statement is
                              not a single read-only SELECT
"""

from __future__ import annotations

from ..errors import TidingsError


class StoreError(TidingsError):
    """The store cannot be opened, migrated, written or queried; the message says what to do."""


class StoreNotFound(StoreError):
    """There is no store at the path given (create one with ``tidings ingest``)."""


class QueryRejected(StoreError):
    """A query's arguments are invalid, or a ``Store.sql`` statement is not one SELECT."""
