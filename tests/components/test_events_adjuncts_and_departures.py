"""Whom a phrase of time or circumstance names is no recipient ("resigned after criticism from the
president"), and the "from" of a leaving noun is the place left, not the doer ("the withdrawal of
its troops from Georgia")."""

from __future__ import annotations

from .roles import countries, events_of


def test_a_phrase_of_time_names_no_recipient(annotate):
    events = events_of(annotate, "Peru's interior minister resigned after criticism from the president.", "RETREAT")
    assert events
    assert events[0]["target"] == [], events[0]


def test_looting_during_unrest_is_not_aimed_at_whom_the_unrest_concerns(annotate):
    text = "Crowds looted supermarkets in Durban during the unrest that followed Jacob Zuma's jailing."
    events = [e for e in annotate(text)._.events if e["trigger"] == "looted"]
    assert events
    assert all(a["name"] != "Jacob Zuma" for a in events[0]["target"]), events[0]


def test_the_place_a_withdrawal_leaves_is_not_its_doer(annotate):
    events = events_of(annotate, "Russia completed the withdrawal of its troops from Georgia.", "RETREAT")
    assert events
    assert countries(events[0]["source"]) == {"RUS"}, events[0]
    assert "GEO" not in countries(events[0]["source"]), events[0]


def test_criticism_from_a_state_still_comes_from_it(annotate):
    events = events_of(annotate, "The criticism from Germany angered Budapest.", "ACCUSE")
    assert events
    assert countries(events[0]["source"]) == {"DEU"}, events[0]


def test_the_troops_withdrawn_are_the_states_own(annotate):
    text = "The United Arab Emirates pulled out most of its troops from Yemen on Sunday."
    events = events_of(annotate, text, "RETREAT")
    assert events
    assert all(a["sector"] != "MIL" for a in events[0]["target"]), events[0]


def test_soldiers_released_by_their_enemies_stay_recipients(annotate):
    events = events_of(annotate, "Rebels released 12 captured Malian soldiers to the Red Cross.", "RETREAT")
    assert events
    assert "MIL" in {a["sector"] for a in events[0]["target"]}, events[0]


def test_a_river_bank_is_no_business(annotate):
    doc = annotate("Russian forces retreated to the east bank of the river on Friday.")
    assert all(a["sector"] != "BUS" for a in doc._.actors), doc._.actors


def test_a_countrys_bank_of_a_river_is_no_business(annotate):
    doc = annotate("Gunmen opened fire from the Afghan bank of the Panj River at a Tajik border post.")
    assert all(a["sector"] != "BUS" for a in doc._.actors), doc._.actors
