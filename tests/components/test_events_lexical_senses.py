"""Word senses the trigger lexicon tells apart: an attack on computer systems is a cyber
operation (COERCE cyber); calling an election is no request; suspending classes or production is
no act against anyone; holding up approvals is a cut in exchange, no endorsement; trading strikes
or accusations is a mutual attack or accusation, not cooperation; overrunning an outpost is an
attack, but not overrunning a budget, and reporters besiege no one."""

from __future__ import annotations

import pytest

from .roles import DATE, events_of


@pytest.mark.parametrize(
    "text",
    [
        "Hackers linked to Iran attacked the networks of three Israeli water utilities, officials said.",
        "Russian military intelligence carried out an attack on the Czech foreign ministry's email servers, "
        "officials said.",
    ],
)
def test_an_attack_on_computer_systems_is_cyber(annotate, text):
    events = events_of(annotate, text, "COERCE")
    assert any(e["mode"] == "cyber" for e in events), annotate(text, date=DATE)._.events
    assert not events_of(annotate, text, "ASSAULT")


@pytest.mark.parametrize(
    "text",
    [
        "Japan's prime minister called a snap election for February.",
        "The president called a referendum on the new constitution for next spring.",
    ],
)
def test_calling_an_election_is_no_request(annotate, text):
    assert not events_of(annotate, text, "REQUEST")


def test_a_call_for_elections_is_still_a_demand(annotate):
    assert events_of(annotate, "The opposition called for early elections.", "REQUEST")


@pytest.mark.parametrize(
    "text",
    [
        "The fuel shortage forced the government to suspend classes at all public schools.",
        "The carmaker suspended production at its plant near Puebla after the floods.",
    ],
)
def test_suspending_classes_or_production_is_no_event(annotate, text):
    assert not [e for e in annotate(text, date=DATE)._.events if e["type"] in ("COERCE", "SANCTION")]


def test_held_up_approvals_are_a_sanction(annotate):
    text = "Beijing has held up approvals for South Korean television dramas since the dispute began."
    assert events_of(annotate, text, "SANCTION")
    assert not events_of(annotate, text, "SUPPORT")


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("Armenia and Azerbaijan traded strikes along the border overnight.", "ASSAULT"),
        ("Serbia and Kosovo traded accusations over the blockade.", "ACCUSE"),
    ],
)
def test_trading_blows_is_mutual(annotate, text, type_):
    events = events_of(annotate, text, type_)
    assert events
    assert len(events[0]["source"]) == 2
    assert not events_of(annotate, text, "COOPERATE")


@pytest.mark.parametrize("text, type_", [
    ("Insurgents overran a military outpost in Niger's Tillaberi region on Sunday.", "ASSAULT"),
    ("Government forces recaptured the airport from the rebels on Tuesday.", "COERCE"),
    ("A mob lynched two men accused of theft in a village near Goma.", "ASSAULT"),
])
def test_words_for_taking_ground_and_mob_killings(annotate, text, type_):
    assert type_ in {e["type"] for e in annotate(text, date="2025-03-01")._.events}, text


@pytest.mark.parametrize("text", [
    "The minister was besieged by reporters outside parliament.",
    "Construction costs overran the budget by 40 percent.",
])
def test_crowds_of_reporters_and_costs_are_no_siege_or_assault(annotate, text):
    assert annotate(text, date="2025-03-01")._.events == [], text


def test_ramming_a_boat_is_an_attack_but_not_ramming_a_bill_through(annotate):
    rammed = annotate("A Chinese vessel rammed a Philippine navy boat near the shoal.", date="2025-03-01")._.events
    assert [e["type"] for e in rammed] == ["ASSAULT"], rammed
    assert annotate("The government rammed the bill through parliament.", date="2025-03-01")._.events == []


def test_designating_a_terrorist_group_is_a_sanction_on_the_first_object(annotate):
    events = annotate("The EU designated the Revolutionary Guards a terrorist group.", date="2025-03-01")._.events
    assert [e["type"] for e in events] == ["SANCTION"], events
    assert [a["sector"] for a in events[0]["target"]] == ["MIL"], events[0]


@pytest.mark.parametrize("text, type_", [
    ("The opposition rejected the election as a sham.", "ACCUSE"),
    ("The opposition rejected the results as fraudulent.", "ACCUSE"),
    ("Kyiv rejected the proposal as unacceptable.", "REJECT"),
])
def test_rejecting_a_vote_as_a_sham_is_a_judgement_not_a_refusal(annotate, text, type_):
    assert [e["type"] for e in annotate(text, date="2025-03-01")._.events] == [type_], text


@pytest.mark.parametrize("text, type_", [
    ("Malaysian Prime Minister Anwar Ibrahim brokered a ceasefire between Thailand and Cambodia.", "CONSULT"),
    ("China offered to broker a deal between Thailand and Cambodia.", "AGREE"),
    ("The Russian embassy said it regretted the vote and expected Bolivia to honour its commitments.", "ACCUSE"),
    ("Hungary and Slovakia said they will oppose the sanctions package.", "REJECT"),
])
def test_brokering_regretting_and_opposing(annotate, text, type_):
    types = [e["type"] for e in annotate(text, date="2025-03-01")._.events]
    assert types and types[0] == type_, (text, types)


@pytest.mark.parametrize("text, type_", [
    ("Police carried out hundreds of raids before the vote.", "COERCE"),
    ("Israeli troops carried out raids in Jenin.", "ASSAULT"),
])
def test_raids_by_police_are_searches_and_by_troops_attacks(annotate, text, type_):
    assert [e["type"] for e in annotate(text, date="2025-03-01")._.events] == [type_], text
