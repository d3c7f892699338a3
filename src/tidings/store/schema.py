"""The store's schema: ordered SQL migrations in ``migrations/`` and the ``schema_version`` table.

A migration is a file ``NNNN_what.sql`` (``NNNN`` its version number). :func:`migrate` applies, in
order and each in its own transaction, every migration newer than the store's version, recording
each in ``schema_version``; a store made by a newer tidings is refused rather than misread.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

import duckdb

from .errors import StoreError

_MIGRATION_NAME = re.compile(r"^(\d{4})_([a-z0-9_]+)\.sql$")

_VERSION_TABLE = """
CREATE TABLE IF NOT EXISTS schema_version (
    version    INTEGER PRIMARY KEY,
    name       VARCHAR NOT NULL,
    applied_at TIMESTAMP NOT NULL DEFAULT current_timestamp
)
"""


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    sql: str


@cache
def migrations() -> tuple[Migration, ...]:
    """Every migration shipped in the package, in version order."""
    found = []
    for entry in resources.files(__package__).joinpath("migrations").iterdir():
        match = _MIGRATION_NAME.match(entry.name)
        if match:
            found.append(Migration(int(match.group(1)), match.group(2), entry.read_text("utf-8")))
    found.sort(key=lambda migration: migration.version)
    versions = [migration.version for migration in found]
    if versions != list(range(1, len(found) + 1)):
        raise StoreError(f"store migrations are not numbered 1..n without gaps: {versions}")
    return tuple(found)


def latest_version() -> int:
    """The schema version this tidings writes."""
    return migrations()[-1].version


def current_version(conn: duckdb.DuckDBPyConnection) -> int:
    """The store's schema version; 0 for an empty database."""
    exists = conn.execute(
        "SELECT count(*) FROM duckdb_tables() WHERE table_name = 'schema_version' AND schema_name = 'main'"
    ).fetchone()[0]
    if not exists:
        return 0
    return conn.execute("SELECT coalesce(max(version), 0) FROM schema_version").fetchone()[0]


def migrate(conn: duckdb.DuckDBPyConnection) -> int:
    """Bring the store up to :func:`latest_version`; return the number of migrations applied."""
    version = check_version(conn, writable=True)
    pending = [migration for migration in migrations() if migration.version > version]
    for migration in pending:
        conn.execute("BEGIN TRANSACTION")
        try:
            conn.execute(_VERSION_TABLE)
            conn.execute(migration.sql)
            conn.execute(
                "INSERT INTO schema_version (version, name) VALUES (?, ?)",
                [migration.version, migration.name],
            )
            conn.execute("COMMIT")
        except duckdb.Error as exc:
            conn.execute("ROLLBACK")
            raise StoreError(
                f"could not apply store migration {migration.version:04d}_{migration.name}: {exc}"
            ) from exc
    if pending:
        # Fold the schema into the database file now, so the write-ahead log holds articles only.
        conn.execute("CHECKPOINT")
    return len(pending)


def check_version(conn: duckdb.DuckDBPyConnection, *, writable: bool) -> int:
    """The store's version, refusing one newer than this tidings (or, read-only, an older one)."""
    version = current_version(conn)
    latest = latest_version()
    if version > latest:
        raise StoreError(
            f"the store has schema version {version}, newer than this tidings knows ({latest}): "
            "upgrade tidings"
        )
    if not writable and version < latest:
        what = "is empty" if version == 0 else f"has schema version {version}, older than {latest}"
        raise StoreError(f"the store {what}: run `tidings ingest` on it first (it migrates the store)")
    return version


def unregister_quietly(conn: duckdb.DuckDBPyConnection, name: str) -> None:
    """Drop a registered Arrow view. After a failed statement the transaction is aborted and
    DuckDB refuses even this: that error must not hide the one that matters."""
    try:
        conn.unregister(name)
    except duckdb.Error:
        pass  # registering the name again replaces the view
