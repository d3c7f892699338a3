"""The command line: formats, failures in place, exit status, the seed article."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from tidings.cli import app

from .shared import shared_path

runner = CliRunner()

SUMMIT = (
    "Chinese President Xi Jinping hosted Russian President Vladimir Putin in Beijing on Wednesday. "
    "\"Our cooperation is deepening,\" Xi said."
)


@pytest.fixture()
def corpus(tmp_path):
    lines = [
        {"id": "a1", "text": SUMMIT, "date": "2023-10-18"},
        "{not json",
        {"id": "a3", "text": "Police arrested 12 protesters in Nairobi on Tuesday.", "date": "2024-03-05"},
    ]
    path = tmp_path / "corpus.jsonl"
    path.write_text("\n".join(x if isinstance(x, str) else json.dumps(x) for x in lines) + "\n")
    return path


def test_jsonl_keeps_order_and_writes_failures_in_place(nlp, corpus):
    result = runner.invoke(app, ["extract", str(corpus), "--format", "jsonl"])
    assert result.exit_code == 1
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [row["article"]["id"] for row in rows] == ["a1", f"{corpus}:2", "a3"]
    assert "error" in rows[1] and "actors" not in rows[1]
    assert "events" in rows[0] and "events" in rows[2]


def test_failure_reason_goes_to_stderr(nlp, corpus):
    result = runner.invoke(app, ["extract", str(corpus), "--format", "jsonl"])
    assert f"{corpus}:2" in result.stderr


def test_json_of_one_article_is_one_object(nlp, tmp_path):
    path = tmp_path / "one.txt"
    path.write_text(SUMMIT)
    result = runner.invoke(app, ["extract", str(path), "--date", "2023-10-18"])
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["article"] == {"id": "one", "title": None, "date": "2023-10-18", "url": None, "source": None}


def test_date_option_does_not_override_a_records_own_date(nlp, corpus):
    result = runner.invoke(app, ["extract", str(corpus), "--format", "jsonl", "--date", "2020-01-01"])
    dates = [json.loads(line)["article"].get("date") for line in result.stdout.splitlines()]
    assert dates[0] == "2023-10-18" and dates[2] == "2024-03-05"


def test_tsv_has_a_header_and_one_row_per_event(nlp, tmp_path):
    path = tmp_path / "one.txt"
    path.write_text(SUMMIT)
    out = tmp_path / "sub" / "events.tsv"
    result = runner.invoke(app, ["extract", str(path), "--format", "tsv", "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    lines = out.read_text().splitlines()
    header = lines[0].split("\t")
    assert "event_type" in header and "source_country" in header
    assert all(len(line.split("\t")) == len(header) for line in lines[1:])


def test_oversized_article_is_rejected_and_the_rest_processed(nlp, tmp_path):
    path = tmp_path / "c.jsonl"
    path.write_text(
        json.dumps({"id": "big", "text": "word " * 100}) + "\n" + json.dumps({"id": "ok", "text": SUMMIT}) + "\n"
    )
    result = runner.invoke(app, ["extract", str(path), "--format", "jsonl", "--max-chars", "200"])
    assert result.exit_code == 1
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert "limit" in rows[0]["error"] and "events" in rows[1]


@pytest.mark.parametrize(
    "args",
    [
        ["extract", "x.txt", "--format", "xml"],
        ["extract", "x.txt", "--date", "18/10/2023"],
        ["extract"],
        ["no-such-command"],
    ],
)
def test_usage_errors_exit_2(args):
    assert runner.invoke(app, args).exit_code == 2


def test_missing_input_file_is_a_failure_not_a_crash(nlp, tmp_path):
    result = runner.invoke(app, ["extract", str(tmp_path / "absent.txt"), "--format", "jsonl"])
    assert result.exit_code == 1
    assert "absent" in result.stderr
    assert "Traceback" not in result.stderr + result.stdout


def test_dev_gold_file_gives_one_line_per_record_in_order(nlp):
    gold = shared_path("data", "plover_gsr.dev.jsonl")
    ids = [json.loads(line)["id"] for line in gold.read_text().splitlines() if line.strip()]
    result = runner.invoke(app, ["extract", str(gold), "--format", "jsonl"])
    assert result.exit_code == 0, result.stderr
    assert [json.loads(line)["article"]["id"] for line in result.stdout.splitlines()] == ids


def test_console_script_runs_and_reads_stdin():
    proc = subprocess.run(
        [sys.executable, "-m", "tidings", "extract", "-", "--format", "jsonl", "--date", "2023-10-18"],
        input=SUMMIT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    row = json.loads(proc.stdout)
    assert row["article"]["id"] == "stdin" and row["article"]["date"] == "2023-10-18"


def test_version():
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0 and result.stdout.startswith("tidings ")


def test_user_actor_dictionary_adds_a_person(nlp, tmp_path):
    path = tmp_path / "mine.yaml"
    path.write_text(
        "people:\n  - name: Jana Kowalczyk\n    country: POL\n    roles:\n"
        "      - {title: Mayor of Gdansk, role: governor, sector: GOV, start: 2019-03-01}\n"
    )
    text = tmp_path / "a.txt"
    text.write_text("Jana Kowalczyk criticised the port authority on Monday.")
    result = runner.invoke(app, ["extract", str(text), "--actors", str(path), "--date", "2024-05-01"])
    assert result.exit_code == 0, result.stderr
    actors = json.loads(result.stdout)["actors"]
    assert {"name": "Jana Kowalczyk", "country": "POL", "sector": "GOV"}.items() <= actors[0].items()


def test_missing_actor_dictionary_is_a_usage_error(tmp_path):
    result = runner.invoke(app, ["extract", "-", "--actors", str(tmp_path / "none.yaml")], input="Text.")
    assert result.exit_code == 2 and "does not exist" in result.stderr


def test_kb_command_shows_review_dates():
    result = runner.invoke(app, ["kb"])
    assert result.exit_code == 0
    assert "people.tsv" in result.stdout and "reviewed 20" in result.stdout
