"""A named person with no country of their own whom one state's police, courts or government
arrest, charge, try, jail or free is that state's own; not when it happens outside the state, and
not for deportations (which are of foreigners)."""

from __future__ import annotations

import pytest

from .roles import events_of


@pytest.mark.parametrize(
    ("text", "type_", "code"),
    [
        ("A court in Belarus handed the rights activist Pavel Sapelka a ten-year prison term.", "SANCTION", "BLR"),
        ("Ugandan military prosecutors charged opposition figure Kizza Besigye with treason.", "ACCUSE", "UGA"),
        ("Russian police detained the lawyer Ivan Pavlov in Moscow on Tuesday.", "COERCE", "RUS"),
    ],
)
def test_held_by_a_state_at_home_is_its_own(annotate, text, type_, code):
    events = events_of(annotate, text, type_)
    assert events, annotate(text)._.events
    people = [a for a in events[0]["target"] if a["sector"] not in ("GOV", "JUD", "COP", "MIL")]
    assert people and all(a["country"] == code for a in people), events[0]


def test_held_abroad_is_not_made_the_captors_own(annotate):
    events = events_of(annotate, "Israeli troops arrested Mahmoud Khalil in Nablus on Monday.", "COERCE")
    assert events
    assert all(a["country"] != "ISR" for a in events[0]["target"]), events[0]


def test_a_deportee_is_not_made_the_deporters_own(annotate):
    events = events_of(annotate, "Iran deported Ahmad Karimi to Afghanistan last week.", "COERCE")
    assert events
    assert all(a["country"] != "IRN" for a in events[0]["target"]), events[0]
