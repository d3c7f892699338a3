"""A promise names whom it is made to through the act it promises: "offered to mediate between A
and B", "pledged to expand its aid for C", "agreed to allow UN monitors to enter", "expressed
readiness to supply D". A venue of promised talks is no recipient."""

from __future__ import annotations

import pytest

from .roles import countries, events_of


@pytest.mark.parametrize(
    ("text", "promiser", "recipients"),
    [
        ("Qatar offered to mediate between Ethiopia and Eritrea.", "QAT", {"ETH", "ERI"}),
        ("Japan pledged to expand its aid for Bangladesh.", "JPN", {"BGD"}),
        ("Algeria agreed to allow UN monitors to enter the camps.", "DZA", {"IGO"}),
        ("Egypt expressed readiness to supply Libya with electricity.", "EGY", {"LBY"}),
        ("Mongolia agreed to join a power grid with Kazakhstan.", "MNG", {"KAZ"}),
    ],
)
def test_the_promised_act_names_the_recipient(annotate, text, promiser, recipients):
    events = events_of(annotate, text, "AGREE")
    assert events, annotate(text)._.events
    assert countries(events[0]["source"]) == {promiser}, events[0]
    assert countries(events[0]["target"]) == recipients, events[0]


def test_the_venue_of_promised_talks_is_no_recipient(annotate):
    events = events_of(annotate, "Iran agreed to attend talks in Oman next month.", "AGREE")
    assert events
    assert "OMN" not in countries(events[0]["target"]), events[0]


def test_a_vow_not_to_act_is_no_promise_to_anyone(annotate):
    text = "The candidate has vowed not to return the islands to Japan if he is elected."
    for event in events_of(annotate, text, "AGREE"):
        assert "JPN" not in countries(event["target"]), event


def test_an_offer_to_host_talks_is_made_to_the_sides(annotate):
    events = events_of(annotate, "Islamabad offered to host talks between Kabul and the Pakistani Taliban.", "AGREE")
    assert events
    assert countries(events[0]["target"]) == {"AFG", "PAK"}, events[0]
