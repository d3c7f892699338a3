"""User dictionaries merge into the knowledge base and reach the actors stage."""

from __future__ import annotations

import datetime as dt
import textwrap

import pytest

from tidings.components.actors import ActorsStage
from tidings.errors import InputError
from tidings.kb import build_kb, load_kb

USER = """\
reviewed: 2026-11-28
people:
  - name: Jana Kowalczyk
    aliases: [Kowalczyk]
    country: POL
    roles:
      - {title: Mayor of Gdansk, role: governor, sector: GOV, start: 2019-03-01}
organisations:
  - {name: Baltic Fishers Union, aliases: [BFU], code: POL, sector: LAB}
  - name: Taliban
    code: AFG
    kind: group
    periods:
      - {sector: GOV}
countries:
  - {code: POL, entity: Poland, adjectives: [Polish, Polski]}
"""


@pytest.fixture
def user_file(tmp_path):
    path = tmp_path / "actors.yaml"
    path.write_text(USER, encoding="utf-8")
    return path


def test_user_entries_are_merged(user_file):
    kb = load_kb(extra_paths=[user_file])
    assert kb.entities["person:Jana Kowalczyk"].country == "POL"
    assert [h.key for h in kb.aliases["BFU"]] == ["org:Baltic Fishers Union"]
    assert {kb.entities[h.key].country for h in kb.aliases["Polski"]} == {"POL"}
    # built-in entries stay
    assert "person:Xi Jinping" in kb.entities


def test_user_entry_replaces_the_built_in_one(user_file):
    kb = load_kb(extra_paths=[user_file])
    assert kb.organisations["Taliban"].sector_at(dt.date(2019, 1, 1)) == "GOV"
    assert load_kb().organisations["Taliban"].sector_at(dt.date(2019, 1, 1)) == "REB"


def test_user_people_reach_the_actors_stage(nlp, annotate, user_file):
    stage = ActorsStage(nlp, load_kb(extra_paths=[user_file]))
    doc = annotate("Kowalczyk met the Baltic Fishers Union in Gdansk.", date="2024-01-01", upto="tidings_actors")
    actors = {a["name"]: a for a in stage.find(doc)[0]}
    assert (actors["Jana Kowalczyk"]["country"], actors["Jana Kowalczyk"]["sector"]) == ("POL", "GOV")
    assert actors["Baltic Fishers Union"]["sector"] == "LAB"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("people:\n  - {name: X, country: XYZ}\n", "not an ISO 3166-1"),
        ("organisations:\n  - {name: Y, code: FRA, sector: ABC}\n", "not a PLOVER sector"),
        ("villains:\n  - {name: Z}\n", "unknown sections"),
        ("- just a list\n", "expected a mapping"),
    ],
)
def test_bad_user_file_says_what_is_wrong(tmp_path, content, message):
    path = tmp_path / "bad.yaml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=message):
        build_kb(extra_paths=[path])


def test_missing_user_file(tmp_path):
    with pytest.raises(InputError, match="does not exist"):
        build_kb(extra_paths=[tmp_path / "nope.yaml"])


def test_bad_builtin_row_is_reported_with_its_file(tmp_path):
    (tmp_path / "countries.tsv").write_text(
        textwrap.dedent(
            """\
            # test table
            code\tentity\tsector\tnames\tadjectives\tpeople
            QQQ\tNowhere\t\tNowhere\t\t
            """
        ),
        encoding="utf-8",
    )
    with pytest.raises(InputError, match="countries.tsv row 1"):
        build_kb(tmp_path)
