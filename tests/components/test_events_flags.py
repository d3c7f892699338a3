"""Negated, hypothetical, future and historical events, and the type rules that absorb time."""

from __future__ import annotations

import pytest

from .test_events_types import code, top

FLAG_CASES = [
    ("negated", "Israel did not attack the convoy, officials in Gaza said.", {"Israel": ("ISR", "MIL")}, "ASSAULT"),
    ("negated", "Beijing refused to condemn Moscow's invasion.", {"Beijing": ("CHN", "GOV"), "Moscow": ("RUS", "GOV")}, "ACCUSE"),
    ("hypothetical", "Mali could expel the French ambassador if the raids continue.", {"Mali": ("MLI", "GOV"), "French ambassador": ("FRA", "GOV")}, "SANCTION"),
    ("future", "Farmers in France will protest outside parliament next week.", {"Farmers in France": ("FRA", "AGR")}, "PROTEST"),
    ("future", "China's envoy is due to travel to the region soon.", {"China": ("CHN", "GOV")}, "AGREE"),
    ("historical", "The talks recalled that Iraq invaded Kuwait in 1990.", {"Iraq": ("IRQ", "MIL"), "Kuwait": ("KWT", "GOV")}, "ASSAULT"),
]


@pytest.mark.parametrize(("flag", "text", "actors", "type_"), FLAG_CASES, ids=[c[0] + str(i) for i, c in enumerate(FLAG_CASES)])
def test_events_flag_is_set(annotate_negated, nlp, flag, text, actors, type_):
    events = [e for e in code(annotate_negated, nlp, text, actors, date="2024-05-02") if e["type"] == type_]
    assert events, f"no {type_} in {text!r}"
    assert events[0][flag] is True


@pytest.mark.parametrize(("text", "actors"), [
    ("Kenyan police arrested two activists in Nairobi.", {"Kenyan police": ("KEN", "COP")}),
    ("Turkey signed a gas deal with Azerbaijan on Tuesday.", {"Turkey": ("TUR", "GOV"), "Azerbaijan": ("AZE", "GOV")}),
])
def test_events_plain_past_event_has_no_flags(annotate, nlp, text, actors):
    event = top(code(annotate, nlp, text, actors, date="2024-05-02"))
    assert not any(event[flag] for flag in ("negated", "hypothetical", "future", "historical"))


@pytest.mark.parametrize(("text", "actors", "expected"), [
    # future cooperation -> AGREE, future retreat -> CONCEDE (conventions §2.1)
    ("Germany will send tanks to Ukraine, the chancellor said.", {"Germany": ("DEU", "GOV"), "Ukraine": ("UKR", "GOV")}, "AGREE"),
    ("The premier plans to visit Hanoi in June.", {"premier": ("AUS", "GOV"), "Hanoi": ("VNM", "GOV")}, "AGREE"),
    ("Russia will withdraw its forces from the island, the ministry announced.", {"Russia": ("RUS", "MIL")}, "CONCEDE"),
    ("Hezbollah threatened to attack Israeli towns.", {"Hezbollah": ("LBN", "REB"), "Israeli": ("ISR", "CVL")}, "THREATEN"),
])
def test_events_time_changes_the_type(annotate, nlp, text, actors, expected):
    event = top(code(annotate, nlp, text, actors, date="2024-05-02"))
    assert event["type"] == expected
    if expected != "THREATEN":
        assert event["future"] is True


def test_events_historical_from_the_clause_date(annotate, nlp):
    text = "Russia refused to condemn the invasion, which Putin launched in February 2022."
    events = code(annotate, nlp, text, {"Russia": ("RUS", "GOV"), "Putin": ("RUS", "GOV")}, date="2023-10-18")
    assault = [e for e in events if e["type"] == "ASSAULT"]
    assert assault and assault[0]["historical"] is True and assault[0]["date_source"] == "clause"


@pytest.mark.parametrize("text", [
    "Israel did not attack the convoy, officials in Gaza said.",
    "The ministry said no troops had been deployed to the border.",
])
def test_events_negated_events_are_not_written_by_default(annotate, text):
    # datasets drop denied acts by default (conventions §2.2); keep_negated writes them flagged
    assert not any(e["negated"] for e in annotate(text, date="2024-05-02")._.events)
