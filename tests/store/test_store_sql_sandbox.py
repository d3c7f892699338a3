"""`query sql`: one read-only SELECT; no writes, files, extensions or settings."""

from __future__ import annotations

import pytest

from tidings.store import QueryRejected


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("SELECT count(*) AS n FROM unique_events", [[9]]),
        ("WITH m AS (SELECT * FROM unique_events WHERE type = 'CONSULT') SELECT count(*) AS n FROM m;", [[3]]),
        ("select type, count(*) as n from events where negated group by type", [["ACCUSE", 1]]),
    ],
)
def test_selects_run(store, query, expected):
    assert store.sql(query).values.tolist() == expected


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("DELETE FROM articles", "not DELETE"),
        ("DROP TABLE events", "not DROP"),
        ("INSERT INTO failures VALUES ('x', NULL, 'y', now())", "not INSERT"),
        ("UPDATE settings SET value = '9'", "not UPDATE"),
        ("CREATE TABLE t AS SELECT 1", "not CREATE"),
        ("ATTACH '/tmp/other.duckdb' AS other", "not ATTACH"),
        ("COPY articles TO '/tmp/stolen.csv'", "not COPY"),
        ("INSTALL httpfs", "only SELECT"),
        ("LOAD httpfs", "not LOAD"),
        ("PRAGMA database_size", "not PRAGMA"),
        ("SET enable_external_access = true", "not SET"),
        ("SELECT 1; DROP TABLE events", "exactly one"),
        ("SELECT * FROM read_csv('/etc/hostname')", "disabled by configuration"),
        ("SELECT * FROM read_parquet('/tmp/*.parquet')", "disabled by configuration"),
        ("SELECT * FROM glob('/etc/*')", "disabled by configuration"),
        ("SELECT * FROM '/etc/hostname'", "does not exist"),
        ("SELECT * FROM read_text('/etc/hostname')", "disabled by configuration"),
        ("SELEC 1", "does not parse"),
    ],
)
def test_everything_else_is_rejected(store, query, message):
    with pytest.raises(QueryRejected, match=message):
        store.sql(query)
    assert store.counts()["articles"] == 11  # and nothing changed


def test_python_variables_are_not_scanned(store):
    articles_frame = store.sql("SELECT 1 AS x")  # DuckDB's Python client could otherwise scan it
    assert len(articles_frame) == 1
    with pytest.raises(QueryRejected, match="does not exist"):
        store.sql("SELECT * FROM articles_frame")


def test_the_store_stays_usable_for_writing_after_sql(store, pairs):
    store.sql("SELECT 1")
    assert store.ingest(pairs[:1]).skipped == 1
