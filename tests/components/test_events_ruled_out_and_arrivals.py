"""An act ruled out did not happen (negated); one not ruled out is only possible (hypothetical).
The arrival on a trip whose meeting the sentence names is part of that visit, not an act of its own."""

from __future__ import annotations

import pytest


def _event(doc, trigger: str) -> dict:
    found = [e for e in doc._.events if e["trigger"] == trigger]
    assert found, doc._.events
    return found[0]


@pytest.mark.parametrize(
    ("text", "trigger", "flag"),
    [
        ("The chancellor ruled out sending troops to the region.", "sending", "negated"),
        ("Pakistan would not rule out air strikes on militant hideouts in Afghanistan.", "strikes", "hypothetical"),
        ("Ankara has not ruled out striking the militants again, officials said.", "striking", "hypothetical"),
    ],
)
def test_ruled_out_acts_did_not_happen(annotate_negated, text, trigger, flag):
    event = _event(annotate_negated(text, date="2025-03-01"), trigger)
    # (a speaker's own side's possible attack becomes its threat, as the conventions code warned attacks)
    assert event[flag] or (flag == "hypothetical" and event["type"] == "THREATEN"), event


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Blinken met Wang Yi after arriving in Beijing on Monday.", "arriving"),
        ("Lavrov held talks with Jaishankar after flying to New Delhi.", "flying"),
    ],
)
def test_the_arrival_is_part_of_the_meeting(annotate, text, trigger):
    doc = annotate(text, date="2025-03-01")
    assert all(e["trigger"] != trigger for e in doc._.events), doc._.events
    assert any(e["type"] == "CONSULT" for e in doc._.events)


def test_companies_agreeing_with_each_other_agree(annotate):
    doc = annotate("Saudi Aramco and Sinopec agreed to build a new refinery in Fujian.", date="2025-03-01")
    events = [e for e in doc._.events if e["type"] == "AGREE"]
    assert events and len(events[0]["source"]) == 2, doc._.events

