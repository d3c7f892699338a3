"""Parse repair 5: a wire dateline read as the lead clause's subject ("NOVI SAD (Wire) -- Serbian
President Aleksandar Vucic accused ..."): the noun after the dash becomes the subject again, so the
story's main event keeps its doer."""

from __future__ import annotations

import pytest

from .roles import countries, events_of


@pytest.mark.parametrize(
    ("text", "type_", "doer"),
    [
        ("NOVI SAD (Wire) -- Serbian President Aleksandar Vucic accused foreign intelligence agencies of "
         "financing a colour revolution.", "ACCUSE", "SRB"),
        ("BAMAKO (Wire) -- Gunmen abducted five foreign employees of a cement company in western Mali on "
         "Wednesday.", "ASSAULT", "MLI"),
    ],
)
def test_the_lead_event_keeps_its_doer(annotate, text, type_, doer):
    events = events_of(annotate, text, type_)
    assert events, annotate(text)._.events
    assert countries(events[0]["source"]) == {doer}, events[0]


def test_the_dateline_says_where(annotate):
    doc = annotate("NOVI SAD (Wire) -- Serbian President Aleksandar Vucic accused foreign intelligence agencies of "
                   "financing a colour revolution.")
    vucic = next(t for t in doc if t.text == "Vucic")
    city = next(t for t in doc if t.text == "SAD")
    assert vucic.dep_ == "nsubj" and vucic.head.text == "accused"
    assert city.dep_ == "npadvmod" and city.head.text == "accused"


def test_a_plain_lead_is_left_alone(annotate):
    doc = annotate("Serbian President Aleksandar Vucic accused foreign intelligence agencies of financing protests.")
    assert next(t for t in doc if t.text == "Vucic").dep_ == "nsubj"


def test_a_closing_tag_after_a_dateline_is_the_reporter_not_a_victim(annotate):
    # repair 1 with a dateline hanging off "said" and a source of two joined phrases, one hyphenated
    text = ("BANGKOK (Wire) -- A Myanmar military aircraft bombed a crowded market in the central Sagaing region "
            "on Monday, killing at least 26 people, a day after the second phase of an election the junta says "
            "will restore civilian rule, residents and an anti-junta group said.")
    doc = annotate(text)
    residents = next(t for t in doc if t.text == "residents")
    assert residents.dep_ == "nsubj" and residents.head.text == "said"
    bombed = [e for e in doc._.events if e["trigger"] == "bombed"]
    assert bombed and all(a["name"] != "residents" for a in bombed[0]["target"]), bombed
