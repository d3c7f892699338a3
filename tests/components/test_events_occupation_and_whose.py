"""Occupying land or a zone is seizure (COERCE seize), not an attack; "X, whose forces ..." are
X's forces; a royal court is the monarch's office, not a law court."""

from __future__ import annotations

import pytest

from .roles import DATE, countries, events_of


@pytest.mark.parametrize(
    "text",
    [
        "Turkish troops have occupied a strip of land along the Syrian border since 2019.",
        "Armenian officials said Azerbaijani forces still occupy 200 square km of Armenian territory.",
    ],
)
def test_occupying_land_is_seizure(annotate, text):
    events = events_of(annotate, text, "COERCE")
    assert any(e["mode"] == "seize" for e in events), annotate(text, date=DATE)._.events
    assert not events_of(annotate, text, "ASSAULT")


@pytest.mark.parametrize(
    ("text", "type_", "doer"),
    [
        ("The minister declined to discuss Russia, whose troops have occupied parts of Georgia since 2008.",
         "COERCE", "RUS"),
        ("Diplomats met in Ankara to discuss Turkey, whose jets struck Kurdish positions in Iraq last week.",
         "ASSAULT", "TUR"),
    ],
)
def test_whose_forces_are_the_antecedents(annotate, text, type_, doer):
    events = events_of(annotate, text, type_)
    assert events, annotate(text, date=DATE)._.events
    assert countries(events[0]["source"]) == {doer}, events[0]


def test_a_royal_court_reporting_a_welcome_is_no_accusation(annotate):
    text = "The Emir was welcomed by King Abdullah at the palace in Amman, the Royal Court said."
    assert not events_of(annotate, text, "ACCUSE")
    assert events_of(annotate, text, "CONSULT")
