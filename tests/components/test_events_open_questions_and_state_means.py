"""An act inside an open question ("declined to say whether ...", "asked if ..."), a power a text
grants ("the law lets the ministry ban parties") and condolences offered are not reported as done
and are not written; an attack whose means is named for a state's forces ("army drones", "a
military air strike") is those forces' where it happened, not an unknown attacker's."""

from __future__ import annotations

import pytest

from .roles import DATE


@pytest.mark.parametrize("text", [
    # an open question
    "The minister declined to say whether Hezbollah had fired the rockets at Israel.",
    "Officials would not confirm whether Ethiopia had agreed to the talks with Egypt.",
    "Reporters asked if Turkey would expel the Swedish ambassador.",
    # a power a text grants, condolences offered
    "The state of emergency allows the army to detain suspects for 30 days without charge.",
    "The new law lets the interior ministry ban opposition parties.",
    "President Ruto offered his condolences to the families of the victims.",
])
def test_no_act_is_reported(annotate, text):
    assert annotate(text, date=DATE)._.events == []


def test_the_asked_question_is_no_act_but_the_asking_act_stays(annotate):
    text = "The army will press its offensive whether or not the rebels agree to talks with the government."
    events = annotate(text, date=DATE)._.events
    assert not any(e["trigger"] in ("agree", "talks") for e in events), events


@pytest.mark.parametrize("text, code", [
    ("Army drones bombed RSF positions near Kadugli in South Kordofan on Sunday.", "SDN"),
    ("A military air strike on a market in Myanmar's Magway region killed 19 people.", "MMR"),
])
def test_a_means_named_for_state_forces_is_theirs(annotate, text, code):
    attacks = [e for e in annotate(text, date=DATE)._.events if e["type"] == "ASSAULT"]
    assert attacks, text
    assert [(a["country"], a["sector"]) for a in attacks[0]["source"]] == [(code, "MIL")], attacks[0]


def test_a_bare_drone_stays_an_unknown_attacker(annotate):
    text = "A drone struck an oil field in Iraq's Kurdistan region on Monday."
    attacks = [e for e in annotate(text, date=DATE)._.events if e["type"] == "ASSAULT"]
    assert attacks and all(a["sector"] == "UAF" for a in attacks[0]["source"]), attacks


def test_a_facility_named_like_a_person_is_no_party(annotate):
    text = "Ukrainian drones struck the Ilsky refinery in Russia's Krasnodar region on Friday."
    attacks = [e for e in annotate(text, date=DATE)._.events if e["type"] == "ASSAULT"]
    assert attacks, text
    assert [a["country"] for a in attacks[0]["target"]] == ["RUS"], attacks[0]


def test_armed_forces_strikes_are_attacks_not_walkouts(annotate):
    text = "The Thai air force said its strikes had destroyed two weapons depots."
    events = [e for e in annotate(text, date=DATE)._.events if e["trigger"] == "strikes"]
    assert events and events[0]["type"] == "ASSAULT", events


def test_a_government_that_allows_an_act_still_acts(annotate):
    text = "Israel allowed UN inspectors to visit the detention centre on Monday."
    assert annotate(text, date=DATE)._.events, text
