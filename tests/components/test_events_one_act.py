"""One act, one event: participle clauses of an attack, dates in the clause, material backing
(issue 4, findings §2c, §4, §5)."""

from __future__ import annotations

import pytest

from .test_events_types import code


@pytest.mark.parametrize(("text", "actors"), [
    ("A gunman opened fire on a bus in Peshawar, killing three soldiers and wounding two police officers.", {"gunman": (None, "UAF"), "soldiers": ("PAK", "MIL"), "police officers": ("PAK", "COP")}),
    ("Insurgents detonated a car bomb near the Malian convoy, killing four soldiers.", {"Insurgents": ("MLI", "INS"), "Malian convoy": ("MLI", "MIL"), "soldiers": ("MLI", "MIL")}),
])
def test_events_participle_clauses_join_the_attack(annotate, nlp, text, actors):
    assaults = [e for e in code(annotate, nlp, text, actors) if e["type"] == "ASSAULT"]
    assert len(assaults) == 1, assaults


@pytest.mark.parametrize(("text", "actors"), [
    ("The rebel commander was arrested by Colombian police and jailed in 2011 for the bombing.", {"rebel commander": ("COL", "REB"), "Colombian police": ("COL", "COP")}),
    ("Chile met with Bolivia for the first time at the Lima summit in June 2016.", {"Chile": ("CHL", "GOV"), "Bolivia": ("BOL", "GOV")}),
])
def test_events_year_in_the_clause_makes_it_historical(annotate, nlp, text, actors):
    events = code(annotate, nlp, text, actors, date="2025-03-10")
    assert events and events[0]["historical"], events


@pytest.mark.parametrize(("text", "actors"), [
    ("With support from the Swiss government, UNICEF delivered vaccines to the camps.", {"Swiss government": ("CHE", "GOV"), "UNICEF": ("IGO", None)}),
    ("Nigerien troops, backed by Chadian soldiers, pushed the militants out of the town.", {"Nigerien troops": ("NER", "MIL"), "Chadian soldiers": ("TCD", "MIL")}),
])
def test_events_material_backing_is_aid_not_support(annotate, nlp, text, actors):
    types = [e["type"] for e in code(annotate, nlp, text, actors)]
    assert "SUPPORT" not in types and "AID" in types, types
