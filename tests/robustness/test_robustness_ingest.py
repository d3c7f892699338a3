"""``tidings ingest`` of a corpus with 5% corrupt records: every good record stored once, every bad
one reported on stderr and in the ``failures`` table with its line number and reason."""

from __future__ import annotations

import re

import duckdb
import pytest

from .conftest import no_traceback
from .corpus import mixed_corpus

RECORDS = 100  # 5 of them corrupt


@pytest.fixture(scope="module")
def corpus():
    return mixed_corpus(RECORDS, corrupt_share=0.05)


@pytest.fixture(scope="module")
def ingested(corpus, nlp, tmp_path_factory):
    from typer.testing import CliRunner

    from tidings.cli import app

    folder = tmp_path_factory.mktemp("corrupt")
    path = folder / "corpus.jsonl"
    path.write_text(corpus.text(), encoding="utf-8")
    db = folder / "store.duckdb"
    first = CliRunner().invoke(app, ["ingest", str(path), "--db", str(db), "--quiet"])
    again = CliRunner().invoke(app, ["ingest", str(path), "--db", str(db), "--quiet"])
    return path, db, first, again


def test_the_corpus_is_5_percent_corrupt(corpus):
    assert len(corpus.lines) == RECORDS and len(corpus.corrupt) == RECORDS // 20
    assert len({corrupt.kind for corrupt in corpus.corrupt.values()}) == len(corpus.corrupt)  # all different


@pytest.mark.slow
def test_ingest_exits_1_without_a_traceback(ingested):
    _, _, first, again = ingested
    assert first.exit_code == 1 and again.exit_code == 1
    no_traceback(first.stdout, first.stderr)


@pytest.mark.slow
def test_every_good_record_is_stored_exactly_once(ingested, corpus):
    _, db, _, _ = ingested
    with duckdb.connect(str(db), read_only=True) as conn:
        ids = [row[0] for row in conn.execute("SELECT id FROM articles ORDER BY id").fetchall()]
    assert ids == sorted(corpus.good_ids)  # all of them, no duplicates, even after a second run


@pytest.mark.slow
def test_every_bad_record_is_reported_with_its_line_and_reason(ingested, corpus):
    path, _, first, _ = ingested
    reported = {}
    for line in first.stderr.splitlines():
        found = re.search(re.escape(str(path)) + r":(\d+)\)?: (.*)$", line)
        if found:
            reported[int(found.group(1))] = found.group(2)
    assert set(reported) == set(corpus.corrupt)
    for number, corrupt in corpus.corrupt.items():
        assert corrupt.reason in reported[number], (number, corrupt.line[:60], reported[number])


@pytest.mark.slow
def test_the_failures_table_holds_each_bad_line(ingested, corpus):
    path, db, _, _ = ingested
    with duckdb.connect(str(db), read_only=True) as conn:
        rows = conn.execute('SELECT DISTINCT "where", reason FROM failures').fetchall()
    by_line = {int(where.rsplit(":", 1)[1]): reason for where, reason in rows}
    assert set(by_line) == set(corpus.corrupt)
    for number, corrupt in corpus.corrupt.items():
        assert corrupt.reason in by_line[number]


@pytest.mark.slow
def test_a_second_run_stores_nothing_new_and_reports_the_bad_records_again(ingested, corpus):
    _, _, _, again = ingested  # storing nothing new is checked above: no duplicates after it
    assert sum("tidings: " in line and ".jsonl:" in line for line in again.stderr.splitlines()) == len(corpus.corrupt)
