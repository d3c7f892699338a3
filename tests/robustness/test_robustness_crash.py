"""SIGKILL ``tidings ingest`` at random points, resume it, and the store equals an uninterrupted run's:
every table, row for row (no article lost, none duplicated, no event, actor, quotation... missing).

CI size: 2 kills on 160 articles, because each killed process loads the model first (5-15 s on
this machine). ``bench/crash_resume.py`` runs the same procedure with 20 kills.
"""

from __future__ import annotations

import json

import pytest

from .conftest import no_traceback
from .corpus import articles
from .crash import kill_repeatedly
from .stores import article_count, differences, dump

KILLS = 2
WINDOW_SECONDS = 1.5
ARTICLES = 160


@pytest.fixture(scope="module")
def corpus_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("crash") / "corpus.jsonl"
    # The corrupt first line is the signal that a run is ingesting (see crash.py), and checks that
    # failures are reported again, not lost, after a kill.
    lines = ['{"id": "corrupt-first", "text": ', *(json.dumps(record) for record in articles(ARTICLES, seed=21))]
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return path


@pytest.mark.slow
def test_killed_and_resumed_store_equals_an_uninterrupted_one(corpus_file, tmp_path, nlp):
    from typer.testing import CliRunner

    from tidings.cli import app

    killed = tmp_path / "killed.duckdb"
    points = kill_repeatedly(corpus_file, killed, kills=KILLS, window=WINDOW_SECONDS, seed=4)
    assert any(not point.finished for point in points), [point.describe() for point in points]
    assert article_count(killed) < ARTICLES, "the kills came too late to interrupt anything"

    resumed = CliRunner().invoke(app, ["ingest", str(corpus_file), "--db", str(killed), "--quiet"])
    assert resumed.exit_code == 1  # the corrupt line, reported again
    no_traceback(resumed.stdout, resumed.stderr)
    reference = tmp_path / "reference.duckdb"
    clean = CliRunner().invoke(app, ["ingest", str(corpus_file), "--db", str(reference), "--quiet"])
    assert clean.exit_code == 1

    got, want = dump(killed), dump(reference)
    assert len(want["articles"]) == ARTICLES and want["events"], "the reference run stored the corpus"
    assert not differences(got, want), "\n".join(differences(got, want) + [point.describe() for point in points])
