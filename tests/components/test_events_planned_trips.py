"""A trip that is planned is agreed, not held (AGREE, flagged future), with the state it will visit
as recipient; so is the leg that follows or precedes it ("is due to travel to A before flying to
B"). A leg of a trip that took place stays a visit."""

from __future__ import annotations

import pytest

from .roles import countries, events_of


@pytest.mark.parametrize(
    ("text", "host"),
    [
        ("The foreign minister is due to visit Nairobi on Monday before flying to Addis Ababa.", "ETH"),
        ("Lula will travel to Rome after meeting Macron in Paris next week.", "ITA"),
    ],
)
def test_the_next_leg_of_a_planned_trip_is_planned(annotate, text, host):
    events = events_of(annotate, text, "AGREE")
    assert any(host in countries(e["target"]) and e["future"] for e in events), events
    assert not any(host in countries(e["target"]) for e in events_of(annotate, text, "CONSULT"))


@pytest.mark.parametrize(
    ("text", "host"),
    [
        ("Modi will travel to Tokyo next month.", "JPN"),
        ("The Turkish president is scheduled to visit Baghdad on Thursday.", "IRQ"),
    ],
)
def test_a_planned_trip_names_its_host(annotate, text, host):
    events = events_of(annotate, text, "AGREE")
    assert events
    assert host in countries(events[0]["target"]), events[0]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Ramaphosa is expected to meet Tinubu in Abuja on Friday.", "ZAF"),
        ("Ukraine and Poland were supposed to sign a grain deal on Monday, but the ceremony was called off.", "UKR"),
    ],
)
def test_the_subject_of_a_scheduled_passive_acts(annotate, text, actor):
    events = events_of(annotate, text, "AGREE")
    assert events
    assert actor in countries(events[0]["source"]), events[0]


def test_a_restriction_on_people_is_not_their_plan(annotate):
    text = "Women are not allowed to undertake long trips without a male guardian."
    assert not events_of(annotate, text, "AGREE")
