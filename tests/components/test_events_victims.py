"""Who suffers an act and who is only nearby: condemning harm done to someone accuses whoever did
it, never the victims; hostages held are abducted; a country naming a border is a landmark, not a
party. And words that look like acts: publishing a report frees no one, meeting one's own needs
concedes nothing."""

from __future__ import annotations

import pytest

from .roles import countries, events_of


@pytest.mark.parametrize("text", [
    "Rights groups condemned Mhlanga's arrest on Monday.",
    "The minister condemned the attack on Kenyan soldiers.",
    "The European Union condemned attacks against journalists in Serbia.",
    "The United States condemned the killing of protesters in Iran.",
])
def test_the_victims_of_a_condemned_attack_are_not_accused(annotate, text):
    found = events_of(annotate, text, "ACCUSE")
    assert found and not found[0]["target"], found


def test_a_condemned_attackers_act_still_accuses_them(annotate):
    found = events_of(annotate, "The minister condemned Russia's attack on Ukraine.", "ACCUSE")
    assert found and countries(found[0]["target"]) == {"RUS"}, found


@pytest.mark.parametrize("text", [
    # parsed with "Program" as the subject of "released"
    "Pupils in Kenya score poorly, according to a recent report, The Program for Regional Learning Assessment "
    "(PRLA), released this month by the World Bank (WB).",
    "The ministry released its annual budget on Monday.",
])
def test_publishing_a_report_is_no_release(annotate, text):
    assert not events_of(annotate, text, "RETREAT")


def test_freeing_hostages_is_still_a_release(annotate):
    assert events_of(annotate, "The militants released the hostages on Friday.", "RETREAT")


@pytest.mark.parametrize("text", [
    "The militants were holding more than 200 hostages on Wednesday.",
    "The rebels have taken more than 100 passengers hostage.",
])
def test_holding_or_taking_hostages_is_an_abduction_of_them(annotate, text):
    found = events_of(annotate, text, "ASSAULT")
    assert found and found[0]["mode"] == "abduct" and found[0]["target"], found


def test_a_state_holding_prisoners_is_still_a_detention(annotate):
    found = events_of(annotate, "Police are holding three opposition activists in Nairobi.", "COERCE")
    assert found and found[0]["mode"] == "arrest", found


def test_meeting_ones_own_needs_concedes_nothing(annotate):
    text = "Ankara may turn to Moscow to meet its defense requirements."
    assert not events_of(annotate, text, "CONCEDE")


def test_meeting_a_demand_is_still_a_concession(annotate):
    assert events_of(annotate, "Iran agreed to meet the demands of the inspectors.", "CONCEDE")


@pytest.mark.parametrize("text", [
    "Rebels attacked a village near the Cameroon border.",
    "Gunmen ambushed a convoy along the Kenyan border.",
    "Troops shelled positions near the Syrian border.",
])
def test_a_country_naming_a_border_is_no_recipient(annotate, text):
    found = events_of(annotate, text, "ASSAULT")
    assert found and not found[0]["target"], found


def test_closing_a_countrys_border_still_targets_it(annotate):
    found = events_of(annotate, "Pakistan closed the Afghan border after the attack.", "SANCTION")
    assert found and countries(found[0]["target"]) == {"AFG"}, found


def test_a_place_is_no_recipient_of_words(annotate):
    text = ("Canada has voiced concern over the violence in Haiti, with its foreign minister speaking by phone "
            "with his Haitian counterpart.")
    found = events_of(annotate, text, "ACCUSE")
    assert not [e for e in found if countries(e["target"]) == {"HTI"}], found
