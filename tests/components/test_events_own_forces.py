"""The force a state moves is its own, not whom the move is aimed at; flying troops in is a
deployment; a military company or battalion is troops, not a business."""

from __future__ import annotations

import pytest

from .roles import DATE, events_of


@pytest.mark.parametrize(
    "text",
    [
        "Kenya flew in an additional battalion of 600 soldiers on Sunday.",
        "Ethiopia has moved tanks, artillery and thousands of soldiers toward the border.",
    ],
)
def test_the_moved_force_is_no_recipient(annotate, text):
    events = events_of(annotate, text, "MOBILIZE")
    assert events, annotate(text, date=DATE)._.events
    assert not events[0]["target"], events[0]


def test_a_reserve_company_is_troops(annotate):
    text = "NATO peacekeepers deployed a reserve company to the north on Friday."
    doc = annotate(text, date=DATE)
    assert not [a for a in doc._.actors if a.get("sector") == "BUS"], doc._.actors
