"""``tidings watch`` on the command line: rounds, summaries, usage errors."""

from __future__ import annotations

import duckdb
import pytest
import typer
from typer.testing import CliRunner

from tidings.web.cli import parse_duration, register

from .pages import STORIES, rss

A, B = STORIES[:2]


@pytest.fixture(scope="module")
def app():
    """A ``tidings`` app with ``watch`` registered, as the lead's cli.py does."""
    made = typer.Typer(add_completion=False)

    @made.callback()
    def main() -> None:
        """tidings."""

    register(made)
    return made


def invoke(app, *args: str):
    return CliRunner().invoke(app, ["watch", *map(str, args)])


def test_watch_runs_the_rounds_asked_and_prints_a_line_per_round(app, site, nlp, tmp_path):
    items = [(site.url(story.path), story.title, "Mon, 13 May 2024 08:30:00 GMT") for story in (A, B)]
    site.add("/feed.rss", rss(items))
    feeds = tmp_path / "feeds.txt"
    feeds.write_text(f"# news\n{site.url('/feed.rss')}\n")
    db = tmp_path / "news.duckdb"
    result = invoke(app, feeds, "--db", db, "--every", "0s", "--rounds", "2", "--host-interval", "0",
                    "--timeout", "0.5")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert [line.split(",")[:3] for line in lines] == [
        ["round 1: 1 feeds", " 2 new", " 0 failed"],
        ["round 2: 1 feeds", " 0 new", " 0 failed"],
    ]
    with duckdb.connect(str(db), read_only=True) as conn:
        assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 2


@pytest.mark.parametrize(
    ("content", "args", "message"),
    [
        (None, (), "No such file"),
        ("# nothing yet\n", (), "no feed URLs"),
        ("https://wire.example.org/a.rss\nnot a url\n", (), "feeds.txt:2"),
        ("https://wire.example.org/a.rss\n", ("--every", "soon"), "--every"),
    ],
)
def test_usage_errors_exit_2_with_a_message(app, tmp_path, content, args, message):
    feeds = tmp_path / "feeds.txt"
    if content is not None:
        feeds.write_text(content)
    result = invoke(app, feeds, "--db", tmp_path / "news.duckdb", *args)
    assert result.exit_code == 2
    assert message in result.output


def test_help_has_an_example(app):
    result = CliRunner().invoke(app, ["watch", "--help"])
    assert result.exit_code == 0 and "Example: tidings watch feeds.txt" in result.stdout


@pytest.mark.parametrize(
    ("text", "seconds"),
    [("90", 90), ("30s", 30), ("15m", 900), ("1h", 3600), ("1h30m", 5400), ("500ms", 0.5), ("0", 0)],
)
def test_durations(text, seconds):
    assert parse_duration(text) == seconds


@pytest.mark.parametrize("text", ["", "soon", "15 minutes", "m15", "-5m"])
def test_bad_durations_are_refused(text):
    with pytest.raises(ValueError):
        parse_duration(text)
