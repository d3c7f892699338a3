"""The schema has a version and ordered migrations; stores from a newer tidings are refused."""

from __future__ import annotations

import duckdb
import pytest

from tidings.store import Store, StoreError, StoreNotFound
from tidings.store.schema import latest_version, migrations

TABLES = {
    "schema_version", "articles", "actors", "events", "event_actors", "quotations", "quantities",
    "places", "dates", "unique_events", "unique_event_actors", "event_mentions", "actor_events",
    "country_events", "failures", "settings",
    "seen_urls",
}


def test_migrations_are_numbered_from_one():
    assert [migration.version for migration in migrations()] == list(range(1, latest_version() + 1))


def test_a_new_store_has_every_table_and_the_latest_version(store):
    tables = set(store.sql("SELECT table_name FROM duckdb_tables()")["table_name"])
    assert tables == TABLES
    versions = store.sql("SELECT version FROM schema_version ORDER BY version")["version"].tolist()
    assert versions == list(range(1, latest_version() + 1))


def test_reopening_applies_nothing_twice(store):
    store.close()
    with Store(store.path) as again:
        again.connection(write=True)
        assert again.sql("SELECT count(*) AS n FROM schema_version")["n"][0] == latest_version()


def test_a_store_from_a_newer_tidings_is_refused(tmp_path):
    path = tmp_path / "future.duckdb"
    with Store(path) as store:
        store.connection(write=True)
    conn = duckdb.connect(str(path))
    conn.execute("INSERT INTO schema_version (version, name) VALUES (?, 'from_the_future')", [latest_version() + 1])
    conn.close()
    with Store(path) as store, pytest.raises(StoreError, match="newer than this tidings"):
        store.events()


def test_reading_a_missing_store_says_how_to_make_one(tmp_path):
    with Store(tmp_path / "none.duckdb") as store, pytest.raises(StoreNotFound, match="tidings ingest"):
        store.events()


def test_a_read_only_store_refuses_to_ingest(store, pairs):
    store.close()
    with Store(store.path, read_only=True) as reader, pytest.raises(StoreError, match="read-only"):
        reader.ingest(pairs)
