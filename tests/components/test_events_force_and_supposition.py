"""Coercion that is force: a crowd dispersed with a riot-control weapon named in the clause is
ASSAULT crowd-control; people held by civilians, or hostages held by anyone, are abducted. And an
attack named only as the subject of what it could be is supposed, not reported."""

from __future__ import annotations

import pytest

from .roles import events_of


def test_a_dispersal_with_tear_gas_is_force(annotate):
    text = "DAKAR (Wire) -- Police used tear gas on Friday to disperse traders who had blocked a market road."
    events = events_of(annotate, text, "ASSAULT")
    assert events, annotate(text)._.events
    assert events[0]["mode"] == "crowd-control", events[0]
    assert events_of(annotate, text, "COERCE") == []


def test_a_dispersal_with_no_weapon_stays_coercion(annotate):
    text = "DAKAR (Wire) -- Police dispersed traders who had blocked a market road on Friday."
    assert events_of(annotate, text, "COERCE"), annotate(text)._.events
    assert events_of(annotate, text, "ASSAULT") == []


@pytest.mark.parametrize(
    "text",
    [
        "GOMA (Wire) -- Last week, 12 soldiers were briefly held by protesters in the same district before being released.",
        "NIAMEY (Wire) -- Officials said the militants were still holding hostages at the mine.",
    ],
)
def test_people_held_without_power_of_arrest_are_abducted(annotate, text):
    events = events_of(annotate, text, "ASSAULT")
    assert events, annotate(text)._.events
    assert events[0]["mode"] == "abduct", events[0]


@pytest.mark.parametrize(
    "text",
    [
        "NAIROBI (Wire) -- Police detained 40 protesters on Monday.",
        "SANAA (Wire) -- The Houthis have detained dozens of aid workers since June.",
    ],
)
def test_detention_by_those_who_rule_stays_coercion(annotate, text):
    assert events_of(annotate, text, "COERCE"), annotate(text)._.events


def test_an_attack_that_could_be_something_is_supposed(annotate):
    text = ("SEOUL (Wire) -- The minister told parliament that a North Korean attack on the islands could "
            "constitute an emergency for the alliance.")
    assert events_of(annotate, text, "ASSAULT") == [], annotate(text)._.events


def test_an_attack_that_did_something_is_reported(annotate):
    text = "SEOUL (Wire) -- A North Korean attack on the islands killed two marines on Tuesday."
    assert events_of(annotate, text, "ASSAULT"), annotate(text)._.events
