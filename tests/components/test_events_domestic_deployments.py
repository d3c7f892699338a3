"""Forces sent to help another state or its forces are aid; a state's forces sent to back its own
police are a deployment at home (MOBILIZE), planned ones flagged future, not AGREE."""

from __future__ import annotations

from .roles import DATE, countries, events_of


def test_forces_backing_their_own_police_are_mobilised(annotate):
    text = "The Peruvian government said the army would be deployed to support police during the election."
    events = events_of(annotate, text, "MOBILIZE")
    assert events, annotate(text, date=DATE)._.events
    assert not events_of(annotate, text, "AID") and not events_of(annotate, text, "AGREE")


def test_forces_sent_to_help_anothers_police_are_aid_to_them(annotate):
    text = "Kenya deployed 400 police officers to help Haitian police fight armed gangs in Port-au-Prince."
    events = events_of(annotate, text, "AID")
    assert events, annotate(text, date=DATE)._.events
    assert countries(events[0]["target"]) == {"HTI"}, events[0]
