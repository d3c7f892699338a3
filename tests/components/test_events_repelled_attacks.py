"""An attack someone repelled, thwarted or foiled was aimed at them: the repeller is the
recipient, the attack noun's own modifiers or "by" phrase its doer."""

from __future__ import annotations

import pytest

from .roles import countries, events_of


@pytest.mark.parametrize(
    ("text", "doer", "target"),
    [
        ("Ukrainian troops repelled a Russian assault on Kupiansk overnight, the general staff said.", "RUS", "UKR"),
        ("Pakistani soldiers thwarted an Afghan Taliban attack on a border post in Kurram.", "AFG", "PAK"),
        ("Indian troops repulsed a Chinese incursion in the Galwan valley, the army said.", "CHN", "IND"),
    ],
)
def test_the_repeller_is_the_recipient(annotate, text, doer, target):
    events = events_of(annotate, text, "ASSAULT")
    assert events
    event = events[0]
    assert countries(event["source"]) == {doer}, event
    assert target in countries(event["target"]), event
