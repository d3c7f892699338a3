"""A journey says where one goes, not where one is from: an office holder who travels to another
capital is of the story's own state; a planned trip is hosted by the state visited; what the trip
is made to do is done to its host."""

from __future__ import annotations

from .roles import countries, events_of


def test_a_minister_travelling_abroad_is_not_of_the_destination(annotate):
    doc = annotate("MASERU (Wire) -- The trade minister will travel to Washington later this month.",
                   upto="tidings_actors")
    minister = [a for a in doc._.actors if a["sector"] == "GOV" and "inister" in a["name"]]
    assert minister and minister[0]["country"] == "LSO", doc._.actors


def test_a_named_minister_travelling_abroad_is_of_the_dateline(annotate):
    doc = annotate("SEOUL (Wire) -- Trade Minister Park Jin-ho has travelled to Washington three times this year.",
                   upto="tidings_actors")
    person = [a for a in doc._.actors if "Park" in a["name"]]
    assert person and person[0]["country"] == "KOR", doc._.actors


def test_a_planned_trip_is_hosted_by_the_state_visited(annotate):
    text = "MASERU (Wire) -- The trade minister will travel to Washington later this month."
    events = events_of(annotate, text, "AGREE")
    assert events, annotate(text)._.events
    assert countries(events[0]["target"]) == {"USA"}, events[0]
    assert events[0]["mode"] is None, events[0]


def test_what_a_trip_is_made_to_do_is_done_to_its_host(annotate):
    text = ("MASERU (Wire) -- The trade minister said he would travel to Washington later this month to press "
            "for a bilateral trade deal.")
    events = events_of(annotate, text, "REQUEST")
    assert events, annotate(text)._.events
    assert countries(events[0]["target"]) == {"USA"}, events[0]
