"""A pronoun subject of a clause a saying verb reports is the speaker when its kind fits ("the
ministry said it had ..."), also for an act hanging off that clause ("said it had resumed patrols
after striking ..."), and never the subject of the sentence before."""

from __future__ import annotations

import pytest

from .roles import countries, events_of


@pytest.mark.parametrize(
    ("text", "type_", "doer"),
    [
        ("Washington declined to comment. The Israeli military said it had resumed patrols after striking "
         "dozens of targets in southern Lebanon.", "ASSAULT", "ISR"),
        ("Beijing made no comment. The Indian army said it had reopened the road after shelling Pakistani "
         "posts across the line.", "ASSAULT", "IND"),
        ("Moscow did not respond. The Ukrainian navy said it had returned to port after sinking a Russian "
         "patrol boat.", "ASSAULT", "UKR"),
    ],
)
def test_a_pronoun_under_a_saying_verb_is_the_speaker(annotate, text, type_, doer):
    events = events_of(annotate, text, type_)
    assert events
    assert countries(events[0]["source"]) == {doer}, events[0]


@pytest.mark.parametrize(
    "text",
    [
        # a person cannot be "it": the speaker is no candidate, and the act keeps no false doer
        "Washington declined to comment. A spokesman said it had resumed patrols after striking targets.",
    ],
)
def test_a_person_speaker_is_not_it(annotate, text):
    for event in events_of(annotate, text, "ASSAULT"):
        assert countries(event["source"]) != {None}, event
        assert all(ref["name"] != "spokesman" for ref in event["source"]), event
