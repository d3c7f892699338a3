"""A state that accepts or takes in refugees gives them asylum: it is the actor, the refugees the
recipient (unlike accepting aid, where whoever gave it is the actor)."""

from __future__ import annotations

import pytest

from .roles import countries, events_of


@pytest.mark.parametrize(
    ("text", "host", "people"),
    [
        ("Spain accepted 3,000 Venezuelan refugees last year, officials said.", "ESP", "VEN"),
        ("Norway will accept up to 1,500 Syrian refugees next year.", "NOR", "SYR"),
    ],
)
def test_the_state_taking_people_in_is_the_actor(annotate, text, host, people):
    events = [e for t in ("AID", "AGREE") for e in events_of(annotate, text, t)]
    assert events
    assert countries(events[0]["source"]) == {host}, events[0]
    assert people in countries(events[0]["target"]), events[0]


def test_accepted_aid_still_comes_from_the_giver(annotate):
    events = events_of(annotate, "Zambia accepted Chinese loans to build the railway.", "AID")
    assert events
    assert countries(events[0]["source"]) == {"CHN"}, events[0]
