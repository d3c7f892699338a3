"""Fixtures of the store tests: a real DuckDB file in tmp_path, filled from the hand-coded corpus."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from tidings.store import Store
from tidings.store.cli import register

from .corpus import corpus


@pytest.fixture
def pairs():
    """The hand-coded corpus as (ArticleResult, text) pairs."""
    return corpus()


@pytest.fixture(scope="session")
def corpus_store_file(tmp_path_factory) -> Path:
    """The corpus ingested once per session; tests get a copy of the file."""
    path = tmp_path_factory.mktemp("template") / "corpus.duckdb"
    with Store(path) as filled:
        filled.ingest(corpus())
    return path


@pytest.fixture
def store(tmp_path, corpus_store_file):
    """A store of its own holding the whole hand-coded corpus."""
    path = tmp_path / "corpus.duckdb"
    shutil.copyfile(corpus_store_file, path)
    with Store(path) as filled:
        yield filled


@pytest.fixture(scope="session")
def cli_app():
    """A ``tidings`` app with the store's commands registered, as the lead's cli.py does."""
    app = typer.Typer(add_completion=False)
    register(app)
    return app


@pytest.fixture
def invoke(cli_app):
    """Run ``tidings ARGS...`` in-process; stdout and stderr are kept apart."""
    runner = CliRunner()

    def run(*args: str, input: str | None = None):
        return runner.invoke(cli_app, [str(arg) for arg in args], input=input)

    return run
