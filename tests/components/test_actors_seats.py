"""Capitals and government buildings stand for governments only where they act."""

from __future__ import annotations

import pytest


def _codes(doc):
    return {(a["name"], a["country"], a["sector"]) for a in doc._.actors}


@pytest.mark.parametrize(
    ("text", "name", "country", "sector"),
    [
        ("Beijing has rejected the accusation.", "Beijing", "CHN", "GOV"),
        ("Kyiv continues its counteroffensive in the south.", "Kyiv", "UKR", "GOV"),
        ("Kiev rejected the proposal on Monday.", "Kyiv", "UKR", "GOV"),
        ("Ankara's decision angered its allies.", "Ankara", "TUR", "GOV"),
        ("The Kremlin said the talks were useful.", "Kremlin", "RUS", "GOV"),
        ("The Pentagon announced new aid.", "Pentagon", "USA", "MIL"),
        ("Downing Street declined to comment.", "Downing Street", "GBR", "GOV"),
        ("Talks with Tehran resumed in Oman.", "Tehran", "IRN", "GOV"),
    ],
)
def test_acting_seat_is_a_government(annotate, text, name, country, sector):
    assert (name, country, sector) in _codes(annotate(text, upto="tidings_actors"))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The president flew to Moscow on Tuesday.", "Moscow"),
        ("Protests spread in Tehran overnight.", "Tehran"),
        ("Their Beijing meeting lasted three hours.", "Beijing"),
        ("Leaders met at the Kremlin on Friday.", "Kremlin"),
    ],
)
def test_seat_as_a_place_is_not_an_actor(annotate, text, name):
    assert name not in {a["name"] for a in annotate(text, upto="tidings_actors")._.actors}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Washington imposed new sanctions on Moscow, the White House said.", {("Washington", "USA", "GOV")}),
        ("Washington state officials said wildfires near Spokane forced thousands to flee.", set()),
        ("Washington said the wildfire season in Seattle and Spokane would be long.", set()),
    ],
)
def test_washington_government_or_state(annotate, text, expected):
    found = {code for code in _codes(annotate(text, upto="tidings_actors")) if code[0] == "Washington"}
    assert found == expected


def test_kiev_and_kyiv_are_one_actor(annotate):
    doc = annotate("Kiev rejected the plan on Monday, and Kyiv's envoy repeated the refusal.", upto="tidings_actors")
    assert [a["name"] for a in doc._.actors if a["country"] == "UKR" and a["name"] == "Kyiv"] == ["Kyiv"]
