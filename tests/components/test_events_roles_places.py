"""Places are where, not who: a country in a locative or destination phrase, the country of a
city in apposition, the venue of a summit and the home of a subject are not parties."""

from __future__ import annotations

import pytest

from .roles import countries, events_of


@pytest.mark.parametrize(
    ("text", "type_", "place"),
    [
        ("Rubio led six hours of talks with Ukrainian officials in Jeddah, Saudi Arabia.", "CONSULT", "SAU"),
        ("Blinken led long hours of talks with Israeli officials in Cairo, Egypt.", "CONSULT", "EGY"),
    ],
)
def test_the_country_of_a_meeting_place_is_not_a_party(annotate, text, type_, place):
    events = events_of(annotate, text, type_)
    assert events
    for event in events:
        assert place not in countries(event["source"]) | countries(event["target"]), event


@pytest.mark.parametrize(
    ("text", "type_", "place"),
    [
        ("Thai authorities deported 40 others to China last month.", "COERCE", "CHN"),
        ("Malaysia expelled 50 others to Myanmar on Friday.", "COERCE", "MMR"),
    ],
)
def test_the_destination_of_a_deportation_is_not_its_target(annotate, text, type_, place):
    events = events_of(annotate, text, type_)
    assert events
    assert place not in countries(events[0]["target"])


@pytest.mark.parametrize(
    ("text", "type_", "place"),
    [
        ("The coalition launched airstrikes against IS in Syria.", "ASSAULT", "SYR"),
        ("Turkish jets bombed the PKK in Iraq on Sunday.", "ASSAULT", "IRQ"),
    ],
)
def test_a_named_but_uncoded_target_is_not_replaced_by_the_place(annotate, text, type_, place):
    events = events_of(annotate, text, type_)
    assert events
    assert place not in countries(events[0]["target"])


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Trump met with Kim at the Singapore summit in June.", "SGP"),
        ("Modi spoke with Macron at the Japan summit on Friday.", "JPN"),
    ],
)
def test_the_venue_of_a_summit_is_not_its_source(annotate, text, place):
    for event in events_of(annotate, text, "CONSULT"):
        assert place not in countries(event["source"]), event


@pytest.mark.parametrize(
    ("text", "type_", "place"),
    [
        ("Police in Lagos arrested the suspects.", "COERCE", "Lagos"),
        ("Police in Lahore detained the suspects.", "COERCE", "Lahore"),
    ],
)
def test_the_home_of_a_subject_is_not_the_target(annotate, text, type_, place):
    # the suspects (civilians of the city's country) are; the city itself is not
    events = events_of(annotate, text, type_)
    assert events
    assert [ref["name"] for ref in events[0]["target"]] == ["suspects"], events[0]
    assert place not in {ref["name"] for ref in events[0]["source"]}


@pytest.mark.parametrize(
    ("text", "type_", "target"),
    [
        ("Russian troops shelled Kharkiv on Tuesday.", "ASSAULT", "UKR"),
        ("Russia fired missiles at Kyiv overnight.", "ASSAULT", "UKR"),
    ],
)
def test_a_town_attacked_stands_for_its_country(annotate, text, type_, target):
    events = events_of(annotate, text, type_)
    assert events, text
    assert countries(events[0]["target"]) == {target}, events[0]


def test_a_states_curfew_at_home_is_aimed_at_its_country(annotate):
    # the gold data codes a state's acts in its own cities so ("threatened to institute a curfew in Algiers")
    events = events_of(annotate, "Algerian police imposed a curfew in Algiers on Monday.", "COERCE")
    assert events and countries(events[0]["target"]) == {"DZA"}, events
