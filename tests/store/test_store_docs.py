"""docs/store.md documents every table, column and command of the store."""

from __future__ import annotations

from pathlib import Path

import pytest

from tidings.store import Store
from tidings.store.cli import query_app

DOC = Path(__file__).resolve().parents[2] / "docs" / "store.md"


@pytest.fixture(scope="module")
def columns(tmp_path_factory) -> dict[str, list[str]]:
    with Store(tmp_path_factory.mktemp("docs") / "empty.duckdb") as store:
        rows = store.connection(write=True).execute(
            "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'main'"
        ).fetchall()
    found: dict[str, list[str]] = {}
    for table, column in rows:
        found.setdefault(table, []).append(column)
    return found


def test_every_table_and_column_is_documented(columns):
    text = DOC.read_text(encoding="utf-8")
    for table, names in columns.items():
        if table == "schema_version":
            continue
        row = next((line for line in text.splitlines() if line.startswith(f"| `{table}` |")), None)
        assert row is not None, f"{table} is not in the schema table of docs/store.md"
        missing = [name for name in names if f"`{name}`" not in row and f'`"{name}"`' not in row]
        assert not missing, f"{table}: {missing} undocumented"


@pytest.mark.parametrize("command", [info.name for info in query_app.registered_commands])
def test_every_query_has_a_section_with_an_example(command):
    text = DOC.read_text(encoding="utf-8")
    section = text.split(f"### {command}:", 1)
    assert len(section) == 2, f"no section for query {command}"
    assert f"tidings query {command}" in section[1].split("###", 1)[0]
