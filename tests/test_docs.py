"""The README is the contract: its commands are what CI runs, and every command is documented."""

from __future__ import annotations

import re
from pathlib import Path

from typer.testing import CliRunner

from tidings.cli import app

ROOT = Path(__file__).resolve().parents[1]


def _readme_commands() -> list[str]:
    return re.findall(r"```\n(.+?)\n```", (ROOT / "README.md").read_text())


def test_readme_starts_with_the_two_commands():
    commands = _readme_commands()
    assert len(commands) >= 2
    assert "tidings extract" in commands[0]
    assert "pytest" in commands[1]


def test_ci_runs_the_readme_test_command_verbatim():
    assert _readme_commands()[1] in (ROOT / ".ci" / "run").read_text()


def _names(typer_app) -> list[str]:
    return [c.name or c.callback.__name__.replace("_", "-") for c in typer_app.registered_commands]


def _command_names() -> list[str]:
    return _names(app) + [group.name for group in app.registered_groups]


def _leaf_commands() -> list[list[str]]:
    leaves = [[name] for name in _names(app)]
    for group in app.registered_groups:
        leaves += [[group.name, name] for name in _names(group.typer_instance)]
    return leaves


def test_every_command_has_help_with_an_example():
    runner = CliRunner()
    leaves = _leaf_commands()
    assert len(leaves) >= 3
    for words in leaves:
        result = runner.invoke(app, [*words, "--help"])
        assert result.exit_code == 0, words
        assert "Example:" in result.stdout, words


def test_every_command_is_in_the_readme():
    readme = (ROOT / "README.md").read_text()
    for name in _command_names():
        assert f"tidings {name}" in readme, name
