"""The store's commands, run in-process: options, output formats, errors and exit codes."""

from __future__ import annotations

import csv
import io
import json

import pytest

from tidings.store import Store
from tidings.store import content_hash as store_content_hash
from tidings.store import cli as store_cli

from .corpus import corpus

COMMANDS = [
    ["ingest"], ["export"], ["query", "dyad"], ["query", "meetings"], ["query", "top-actors"],
    ["query", "events"], ["query", "quotes"], ["query", "sql"],
]


@pytest.fixture
def corpus_file(tmp_path):
    """The corpus texts as JSONL, plus one record without a text."""
    path = tmp_path / "corpus.jsonl"
    with open(path, "w", encoding="utf-8") as handle:
        for result, text in corpus():
            handle.write(json.dumps({"id": result.article.id, "text": text, "date": result.article.date}) + "\n")
        handle.write(json.dumps({"id": "no-text"}) + "\n")
    return path


@pytest.fixture
def db(store):
    """The path of a store holding the corpus (closed, so the command opens it itself)."""
    store.close()
    return store.path


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_every_command_has_an_example_in_its_help(invoke, command):
    result = invoke(*command, "--help")
    assert result.exit_code == 0
    assert "Example: tidings " + " ".join(command) in " ".join(result.stdout.split())


@pytest.mark.slow
def test_ingest_stores_the_good_records_and_reports_the_bad_one(nlp, invoke, corpus_file, tmp_path):
    path = tmp_path / "new.duckdb"
    first = invoke("ingest", corpus_file, "--db", path)
    assert first.exit_code == 1
    assert "no-text" in first.stderr and 'missing "text"' in first.stderr
    assert "stored 11 article(s)" in first.stderr
    assert "articles/s" not in first.stderr  # no progress bar when stderr is not a terminal
    again = invoke("ingest", corpus_file, "--db", path, "--quiet")
    assert again.exit_code == 1 and "stored" not in again.stderr
    with Store(path) as store:
        assert store.counts()["articles"] == 11
        assert store.counts()["failures"] == 2  # one per run


@pytest.mark.slow
def test_ingest_shows_a_progress_bar_on_a_terminal(nlp, invoke, corpus_file, tmp_path, monkeypatch):
    monkeypatch.setattr(store_cli, "_stderr_is_tty", lambda: True)
    result = invoke("ingest", corpus_file, "--db", tmp_path / "bar.duckdb")
    assert "articles/s" in result.stderr and "12/12" in result.stderr


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["ingest", "x.txt", "--date", "18 Oct"], "--date"),
        (["ingest", "-", "--stdin-format", "xml"], "--stdin-format"),
        (["query", "dyad", "RUS", "UKR", "--chart", "out.pdf"], "--chart"),
        (["query", "events", "--format", "xml"], "--format"),
        (["query", "events", "--type", "FIGHT"], "unknown event type"),
        (["query", "sql", "DELETE FROM articles"], "only SELECT"),
        (["export"], "say what to export"),
    ],
)
def test_usage_errors_exit_2_with_a_message(invoke, db, args, message):
    result = invoke(*args, "--db", db)
    assert result.exit_code == 2
    assert message in result.stderr


def test_a_missing_store_is_a_usage_error(invoke, tmp_path):
    result = invoke("query", "events", "--db", tmp_path / "none.duckdb")
    assert result.exit_code == 2 and "tidings ingest" in result.stderr


def test_meetings_count(invoke, db):
    result = invoke("query", "meetings", "Xi", "Putin", "--since", "2013-01-01", "--count", "--db", db)
    assert (result.exit_code, result.stdout.strip()) == (0, "3")


def test_meetings_table_says_how_many(invoke, db):
    result = invoke("query", "meetings", "Xi Jinping", "Putin", "--db", db)
    assert "3 meeting(s) of Xi Jinping and Putin" in result.stdout


def test_dyad_as_csv(invoke, db):
    result = invoke("query", "dyad", "RUS", "UKR", "--format", "csv", "--db", db)
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [(r["period"], r["source"], r["events"], r["mean_score"]) for r in rows] == [
        ("2023-10-01", "RUS", "2", "-9"), ("2023-11-01", "RUS", "1", "-9"),
        ("2023-10-01", "UKR", "0", ""), ("2023-11-01", "UKR", "1", "-9"),
    ]


@pytest.mark.parametrize(("suffix", "magic"), [(".png", b"\x89PNG"), (".svg", b"<?xml")])
def test_dyad_chart(invoke, db, tmp_path, suffix, magic):
    chart = tmp_path / f"chart{suffix}"
    result = invoke("query", "dyad", "RUS", "UKR", "--by", "week", "--chart", chart, "--db", db)
    assert result.exit_code == 0
    assert chart.read_bytes().startswith(magic)


def test_events_as_json(invoke, db):
    result = invoke("query", "events", "--type", "ACCUSE", "-f", "json", "--db", db)
    (event,) = json.loads(result.stdout)
    assert (event["day"], event["sources"], event["targets"]) == ("2023-10-18", ["China"], ["United States"])


def test_event_counts(invoke, db):
    result = invoke("query", "events", "--counts", "--type", "ASSAULT", "-f", "csv", "--db", db)
    assert result.stdout.splitlines() == ["country,type,events", "RUS,ASSAULT,3", "UKR,ASSAULT,1"]


def test_top_actors_table(invoke, db):
    result = invoke("query", "top-actors", "--by", "country", "-n", "1", "--db", db)
    assert result.exit_code == 0 and "RUS" in result.stdout and "CHN" not in result.stdout


def test_quotes(invoke, db):
    result = invoke("query", "quotes", "--speaker", "Peskov", "-f", "json", "--db", db)
    assert [q["text"] for q in json.loads(result.stdout)] == ["The talks were warm and substantive."]


def test_sql(invoke, db):
    result = invoke("query", "sql", "SELECT count(*) AS n FROM articles", "-f", "csv", "--db", db)
    assert result.stdout.splitlines() == ["n", "11"]


def test_export_all_three(invoke, db, tmp_path):
    out = tmp_path / "out"
    result = invoke("export", "--db", db, "--parquet", out / "pq", "--tsv", out / "e.tsv", "--gdelt", out / "g.tsv")
    assert result.exit_code == 0, result.stderr
    assert (out / "pq" / "unique_events").is_dir() and (out / "e.tsv").exists() and (out / "g.tsv").exists()


def test_queries_warn_when_an_ingest_stopped_before_deduplicating(invoke, tmp_path):
    path = tmp_path / "pending.duckdb"
    with Store(path) as store:
        writer = store.writer()
        result, text = corpus()[0]
        writer.claim(store_content_hash(text))
        writer.add(result, store_content_hash(text))
        writer.close(deduplicate=False)  # as if killed before the dedup pass
    answer = invoke("query", "events", "--db", path)
    assert answer.exit_code == 0
    assert "stopped before deduplicating" in answer.stderr
