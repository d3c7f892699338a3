"""An ingest killed with SIGKILL resumes with nothing lost and nothing duplicated.

A subprocess runs ``tidings ingest`` on a team-written corpus, committing every article; it is
killed as soon as the first articles are on disk (the write-ahead log grows), then the same
command is run again. The store must equal one made by a single uninterrupted run.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

import pytest

from tidings.store import Store

PEOPLE = [
    ("Xi Jinping", "China", "Beijing"), ("Vladimir Putin", "Russia", "Moscow"),
    ("Emmanuel Macron", "France", "Paris"), ("Olaf Scholz", "Germany", "Berlin"),
    ("Narendra Modi", "India", "New Delhi"), ("Luiz Inacio Lula da Silva", "Brazil", "Brasilia"),
]
TEMPLATES = [
    "{a} met {b} in {city} on {weekday} for talks on trade and energy, officials in both capitals said.",
    "{country_a} accused {country_b} on {weekday} of detaining two of its citizens without charge.",
    "Police in {city} fired tear gas on {weekday} at hundreds of protesters marching on parliament.",
    "{country_a} agreed on {weekday} to send emergency food aid to {country_b} after weeks of flooding.",
]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday"]
# Background every article carries, so that the pipeline's pass over a batch of articles takes far
# longer than writing the batch: the commits come in bursts, and the kill must land between two.
BACKGROUND = " ".join([
    "The two governments have held regular consultations since the start of the year.",
    "Trade between them rose by a fifth last year, according to official figures.",
    "Opposition lawmakers in both countries have criticised the pace of the negotiations.",
    "Analysts said the agreement could take months to carry out.",
    "The foreign ministries are expected to issue a joint statement later in the week.",
    "Officials declined to give details of the talks to reporters.",
] * 3)
KILL_TIMEOUT = 180.0  # seconds for the subprocess to load the model and commit a first article


def corpus_records() -> list[dict]:
    records = []
    for n, template in enumerate(TEMPLATES):
        for i, (a, country_a, city) in enumerate(PEOPLE):
            for j in (1, 3):
                b, country_b, _ = PEOPLE[(i + j) % len(PEOPLE)]
                text = template.format(a=a, b=b, city=city, country_a=country_a, country_b=country_b,
                                       weekday=WEEKDAYS[(i + j) % 4])
                records.append({"id": f"t{n}-{i}-{j}", "text": f"{text}\n\n{BACKGROUND}",
                                "date": f"2023-10-{10 + i + j:02d}"})
    records.append({"id": "broken", "text": ""})
    return records


def ingest_command() -> list[str]:
    """`python -m tidings ingest` once the lead registers the store's commands; until then the
    store's own entry point, which runs the same function."""
    from tidings import cli

    names = {command.name or getattr(command.callback, "__name__", "") for command in cli.app.registered_commands}
    module = "tidings" if "ingest" in names else "tidings.store.cli"
    return [sys.executable, "-m", module, "ingest"]


def wal_size(wal) -> int:
    """Bytes in the write-ahead log (0 once a checkpoint removed it)."""
    try:
        return wal.stat().st_size
    except FileNotFoundError:
        return 0


ARTICLE_TABLES = ("actors", "events", "event_actors", "quotations", "quantities", "places", "dates")


def dump(path) -> dict[str, list[tuple]]:
    """Every table's rows (timestamps left out), in a fixed order."""
    with Store(path) as store:
        conn = store.connection()
        tables = {
            "articles": "SELECT * EXCLUDE (ingested_at) FROM articles",
            **{table: f"SELECT * FROM {table}" for table in (
                *ARTICLE_TABLES, "unique_events", "event_mentions", "unique_event_actors", "actor_events",
                "country_events",
            )},
            "failures": 'SELECT DISTINCT id, "where", reason FROM failures',
        }
        return {table: conn.execute(f"{sql} ORDER BY ALL").fetchall() for table, sql in tables.items()}


@pytest.mark.slow
def test_sigkill_then_resume_equals_one_uninterrupted_run(nlp, invoke, tmp_path):
    records = corpus_records()
    inputs = tmp_path / "corpus.jsonl"
    inputs.write_text("".join(json.dumps(record) + "\n" for record in records), encoding="utf-8")
    killed_db = tmp_path / "killed.duckdb"
    args = [str(inputs), "--db", str(killed_db), "--commit-every", "1", "--quiet"]
    with Store(killed_db) as empty:  # made beforehand, so the log's first growth is an article
        empty.connection(write=True)

    process = subprocess.Popen([*ingest_command(), *args], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    wal = killed_db.with_name(killed_db.name + ".wal")
    deadline = time.monotonic() + KILL_TIMEOUT
    while process.poll() is None and time.monotonic() < deadline:
        if wal.exists() and wal.stat().st_size > 0:  # a first article is being committed
            break
        time.sleep(0.01)
    # The log grows while a batch's commits are written: wait until it holds still (the burst is
    # done; the next batch needs a pipeline pass, far longer), so the kill lands between articles
    # with at least one stored. A kill inside a commit is the robustness tests' business.
    size = -1
    while process.poll() is None and time.monotonic() < deadline and wal_size(wal) != size:
        size = wal_size(wal)
        time.sleep(0.05)
    finished_early = process.poll() is not None
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    assert not finished_early, f"ingest ended before it could be killed: {process.stderr.read().decode()}"
    process.stderr.close()

    interrupted = dump(killed_db)
    stored = len(interrupted["articles"])
    assert 0 < stored < len(records) - 1, f"the kill did not land mid-way: {stored} articles stored"

    resumed = invoke("ingest", *args)
    assert resumed.exit_code == 1  # the broken record, reported again
    reference_db = tmp_path / "reference.duckdb"
    invoke("ingest", str(inputs), "--db", str(reference_db), "--quiet")
    reference = dump(reference_db)
    assert dump(killed_db) == reference

    # What the kill left was whole articles: each one's rows equal the uninterrupted run's.
    keys = {row[0] for row in interrupted["articles"]}
    for table in ARTICLE_TABLES:
        assert [row for row in interrupted[table] if row[0] in keys] == [
            row for row in reference[table] if row[0] in keys
        ], table
