"""An object "them" is the nearest plural noun or list naming actors before it, other than the
doer and the doer's own state."""

from __future__ import annotations

import pytest

from .roles import DATE, events_of


@pytest.mark.parametrize(
    ("text", "type_", "victims"),
    [
        ("Hundreds of nurses rallied outside the health ministry before police dispersed them with tear gas.",
         "ASSAULT", "nurses"),
        ("Dozens of farmers blocked the highway near Lahore until police arrested them on Sunday.", "COERCE", "farmers"),
        ("Several journalists were filming the march when soldiers beat them with rifle butts.", "ASSAULT", "journalists"),
    ],
)
def test_them_is_the_nearest_plural_group(annotate, text, type_, victims):
    events = events_of(annotate, text, type_)
    assert events, annotate(text, date=DATE)._.events
    assert [ref["name"] for ref in events[-1]["target"]] == [victims], events[-1]


def test_a_states_own_officials_are_not_them(annotate):
    text = "Ukrainian officials said the refugees had asked for asylum, but Poland turned them away."
    for event in annotate(text, date=DATE)._.events:
        if "Poland" in [ref["name"] for ref in event["source"]]:
            assert all(ref["country"] != "POL" for ref in event["target"]), event
