"""Words that look like acts but name none: a prison term being served, a call stopped short of,
a noun repeated around "by"; help promised on request is an offer, not a threat; a state that
boycotts refuses."""

from __future__ import annotations

import pytest

from .roles import events_of


@pytest.mark.parametrize(
    "text",
    [
        "MINSK (Wire) -- Two opposition leaders are both serving prison sentences.",
        "RABAT (Wire) -- Under the deal, prisoners convicted abroad can serve the rest of their sentences at home.",
    ],
)
def test_a_term_being_served_is_no_sentencing(annotate, text):
    assert events_of(annotate, text, "SANCTION") == [], annotate(text)._.events


def test_a_sentencing_is_still_one(annotate):
    text = "MINSK (Wire) -- A court in Minsk sentenced two opposition leaders to ten years in prison."
    assert events_of(annotate, text, "SANCTION"), annotate(text)._.events


def test_a_call_stopped_short_of_was_not_made(annotate):
    text = "RIGA (Wire) -- The president criticised the cabinet but stopped short of calling for its resignation."
    assert events_of(annotate, text, "REQUEST") == [], annotate(text)._.events
    assert events_of(annotate, text, "ACCUSE"), annotate(text)._.events


def test_a_noun_repeated_around_by_is_a_manner(annotate):
    text = "VIENNA (Wire) -- Diplomats say the council now decides, visit by visit, where the inspectors may go."
    assert events_of(annotate, text, "CONSULT") == [], annotate(text)._.events


@pytest.mark.parametrize(
    "text",
    [
        "CANBERRA (Wire) -- Australia said it was ready to send police officers if asked.",
        "WELLINGTON (Wire) -- New Zealand said it would deploy engineers to Tonga if requested.",
    ],
)
def test_help_on_request_is_an_offer(annotate, text):
    doc = annotate(text)
    assert events_of(annotate, text, "THREATEN") == [], doc._.events
    offers = events_of(annotate, text, "AGREE")
    assert offers, doc._.events
    assert all(a["sector"] not in ("MIL", "COP") for a in offers[0]["target"]), offers[0]


def test_a_force_promised_on_a_condition_of_hostility_is_still_a_threat(annotate):
    text = "MOSCOW (Wire) -- Russia said it would deploy troops to the border if Finland joined NATO."
    assert events_of(annotate, text, "THREATEN"), annotate(text)._.events


def test_a_state_that_boycotts_refuses(annotate):
    text = "WASHINGTON (Wire) -- The United States boycotted the summit in Johannesburg."
    assert events_of(annotate, text, "PROTEST") == [], annotate(text)._.events
    assert events_of(annotate, text, "REJECT"), annotate(text)._.events


def test_farmers_who_boycott_still_protest(annotate):
    text = "PARIS (Wire) -- French farmers boycotted supermarkets selling imported beef."
    assert events_of(annotate, text, "PROTEST"), annotate(text)._.events


def test_a_court_that_rejects_an_appeal_answers_the_appellant(annotate):
    text = "SOFIA (Wire) -- Ivan Petkov was arrested in May. A court rejected his appeal on Monday."
    events = events_of(annotate, text, "REJECT")
    assert events, annotate(text)._.events
    assert [a["name"] for a in events[0]["target"]] == ["Ivan Petkov"], events[0]


def test_an_accepted_offer_answers_whoever_made_it(annotate):
    text = "ADDIS ABABA (Wire) -- The Ethiopian government accepted Kenya's offer of mediation."
    events = events_of(annotate, text, "AGREE")
    assert events, annotate(text)._.events
    assert [a["country"] for a in events[0]["target"]] == ["KEN"], events[0]


def test_defendants_acquitted_are_the_recipients(annotate):
    text = "TUNIS (Wire) -- The court acquitted three defendants for lack of evidence."
    events = events_of(annotate, text, "CONCEDE")
    assert events, annotate(text)._.events
    assert [(a["country"], a["sector"]) for a in events[0]["target"]] == [("TUN", "CVL")], events[0]


def test_forces_offered_abroad_are_help_offered(annotate):
    text = "NAIROBI (Wire) -- Kenya offered to send 800 police officers to Haiti."
    events = events_of(annotate, text, "AGREE")
    assert events, annotate(text)._.events
    assert [a["country"] for a in events[0]["target"]] == ["HTI"], events[0]
    assert events_of(annotate, text, "MOBILIZE") == []
