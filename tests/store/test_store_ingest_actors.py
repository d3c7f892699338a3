"""`tidings ingest --actors FILE.yaml`: the user's dictionary codes the actors that are stored."""

from __future__ import annotations

import json

import pytest

from tidings.store import Store

# An invented council and its chair: the built-in knowledge base knows neither.
DICTIONARY = """\
reviewed: 2025-01-01
organisations:
  - {name: Fjordland Salmon Council, aliases: [FSC], code: NOR, sector: BUS}
people:
  - name: Halvard Brekkestad
    country: NOR
    roles:
      - {title: Chair of the Fjordland Salmon Council, role: chair, sector: BUS, start: 2020-01-01}
"""
TEXT = (
    "Halvard Brekkestad, who chairs the Fjordland Salmon Council, met Chinese trade officials in "
    "Beijing on Tuesday to discuss salmon exports. The Fjordland Salmon Council said the talks were useful."
)


@pytest.fixture
def inputs(tmp_path):
    path = tmp_path / "salmon.jsonl"
    path.write_text(json.dumps({"id": "salmon", "date": "2024-03-05", "text": TEXT}) + "\n", encoding="utf-8")
    dictionary = tmp_path / "my_actors.yaml"
    dictionary.write_text(DICTIONARY, encoding="utf-8")
    return path, dictionary


@pytest.mark.slow
def test_ingest_with_a_user_dictionary_stores_the_users_codes(invoke, inputs, tmp_path):
    path, dictionary = inputs
    db = tmp_path / "user.duckdb"
    result = invoke("ingest", path, "--actors", dictionary, "--db", db, "--quiet")
    assert result.exit_code == 0, result.stderr
    with Store(db) as store:
        actors = store.sql("SELECT name, country, sector FROM actors ORDER BY n")
        coded = {row.name: (row.country, row.sector) for row in actors.itertuples()}
        assert coded["Halvard Brekkestad"] == ("NOR", "BUS")
        assert coded["Fjordland Salmon Council"] == ("NOR", "BUS")
        # ... and the queries see them: the chair's meeting counts for Norway
        assert "NOR" in store.top_actors(by="country")["country"].tolist()


@pytest.mark.parametrize(
    ("content", "message"),
    [(None, "does not exist"), ("people: [1, 2", "cannot be read"), ("rivers: []", "unknown sections")],
)
def test_a_bad_dictionary_is_a_usage_error_before_anything_is_read(invoke, inputs, tmp_path, content, message):
    path, _ = inputs
    dictionary = tmp_path / "bad.yaml"
    if content is not None:
        dictionary.write_text(content, encoding="utf-8")
    db = tmp_path / "none.duckdb"
    result = invoke("ingest", path, "--actors", dictionary, "--db", db)
    assert result.exit_code == 2
    assert "--actors" in result.stderr and message in result.stderr
    assert not db.exists()


def test_the_api_refuses_a_dictionary_with_a_ready_pipeline(tmp_path, inputs):
    path, dictionary = inputs
    with Store(tmp_path / "api.duckdb") as store, pytest.raises(ValueError, match="not both"):
        store.ingest_inputs([str(path)], nlp=object(), actors=[str(dictionary)])
