"""A state does not march: a state's or government's "protest" is a diplomatic protest (ACCUSE
disapprove) and a state occupying land seizes it; people protesting stay PROTEST. A denial of any
plan is no event; a vow to defend one's own is none either; "hacked to death" is a killing."""

from __future__ import annotations

import pytest

from .roles import DATE, events_of


@pytest.mark.parametrize(
    "text",
    [
        "Japan protested to Beijing over the detention of its citizen.",
        "The Philippine government protested against China's new map of the South China Sea.",
    ],
)
def test_a_state_protest_is_diplomatic(annotate, text):
    assert [e for e in events_of(annotate, text, "ACCUSE") if e["mode"] == "disapprove"], \
        annotate(text, date=DATE)._.events
    assert not events_of(annotate, text, "PROTEST")


def test_people_protesting_stay_a_protest(annotate):
    assert events_of(annotate, "Thousands of Kenyans protested against the finance bill in Nairobi.", "PROTEST")


@pytest.mark.parametrize(
    "text",
    [
        "Eritrea's foreign ministry denied any plan to attack its neighbour.",
        "Rwanda denied any intention to invade Congo.",
    ],
)
def test_denying_any_plan_is_no_event(annotate, text):
    assert not annotate(text, date=DATE)._.events


@pytest.mark.parametrize(
    "text",
    [
        "The defence minister said the army would defend every inch of the country.",
        "Taiwan's president said the island would defend itself.",
    ],
)
def test_a_vow_to_defend_ones_own_is_no_event(annotate, text):
    assert not [e for e in annotate(text, date=DATE)._.events if e["type"] in ("AGREE", "SUPPORT", "ASSAULT")]


def test_hacked_to_death_is_a_killing(annotate):
    text = "Militants hacked to death six villagers in Cabo Delgado province on Sunday."
    events = events_of(annotate, text, "ASSAULT")
    assert events, annotate(text, date=DATE)._.events
    assert not events_of(annotate, text, "COERCE")


@pytest.mark.parametrize(
    "text",
    [
        "Inmates took 12 guards hostage at the prison in Tegucigalpa.",
        "Gunmen held 30 bus passengers hostage for two days in Zamfara.",
    ],
)
def test_taking_people_hostage_is_an_abduction(annotate, text):
    assert [e for e in events_of(annotate, text, "ASSAULT") if e["mode"] == "abduct"], annotate(text, date=DATE)._.events
