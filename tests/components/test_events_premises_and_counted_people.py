"""Parties named through what the sentence says of them: the buildings of an institution stand for it
("stormed government buildings"); a grenade thrown is an attack with explosives; a bare count acted
on is people ("arrested 14 suspected of smuggling"); kin named through someone ("his family") are
people of that someone's country; organisers and protest leaders are civilians; and a threat whose
condition is passive ("if the detainees are not freed") is not aimed at the detainees."""

from __future__ import annotations

import pytest

from .roles import countries, events_of, first_event


@pytest.mark.parametrize("text, sector", [
    ("QUITO (Wire) -- Rioters stormed government buildings in the capital on Monday.", "GOV"),
    ("QUITO (Wire) -- Rioters set fire to party offices in the capital on Monday.", "PTY"),
    ("QUITO (Wire) -- Protesters stormed the parliament building on Monday.", "LEG"),
])
def test_an_institutions_buildings_stand_for_it(annotate, text, sector):
    event = first_event(annotate, text, "PROTEST")
    assert [(a["country"], a["sector"]) for a in event["target"]] == [("ECU", sector)], event


def test_a_government_post_is_no_building(annotate):
    doc = annotate("QUITO (Wire) -- The general was offered a government post on Monday.")
    assert not [a for a in doc._.actors if "post" in a["name"].lower()], doc._.actors


@pytest.mark.parametrize("verb", ["threw", "hurled", "lobbed"])
def test_a_grenade_thrown_is_an_attack_with_explosives(annotate, verb):
    text = f"QUITO (Wire) -- Gunmen {verb} a grenade at a police post in Guayaquil on Monday."
    event = first_event(annotate, text, "ASSAULT")
    assert event["mode"] == "explosives", event
    assert [a["sector"] for a in event["target"]] == ["COP"], event


def test_tear_gas_lobbed_is_still_crowd_control(annotate):
    event = first_event(annotate, "QUITO (Wire) -- Police lobbed tear gas canisters at the crowd.", "ASSAULT")
    assert event["mode"] == "crowd-control", event


@pytest.mark.parametrize("text", [
    "LA PAZ (Wire) -- Bolivian police arrested 12 suspected of smuggling fuel across the border.",
    "LA PAZ (Wire) -- Gunmen abducted 30 on the highway near Oruro on Sunday.",
])
def test_a_bare_count_acted_on_is_people(annotate, text):
    event = events_of(annotate, text, "COERCE") or events_of(annotate, text, "ASSAULT")
    assert event and [(a["country"], a["sector"]) for a in event[0]["target"]] == [("BOL", "CVL")], event


@pytest.mark.parametrize("text, sectors", [
    # the count is of the people named: the soldiers, the women and children
    ("LA PAZ (Wire) -- Police arrested 12 of the soldiers in Oruro.", ["MIL"]),
    ("LA PAZ (Wire) -- Bolivia deported 173 mostly women and children to Peru.", ["CVL", "CVL"]),
])
def test_a_count_of_named_people_adds_no_one(annotate, text, sectors):
    event = events_of(annotate, text, "COERCE")[0]
    assert sorted(a["sector"] for a in event["target"]) == sectors, event
    assert not any(a["name"].isdigit() for a in event["target"]), event


def test_a_count_after_a_clash_is_of_those_who_clashed(annotate):
    text = ("MAPUTO (Wire) -- The ministry said troops had clashed with insurgents near the river on Sunday, "
            "killing three.")
    assert not [a for a in annotate(text)._.actors if a["name"] == "three"]


def test_a_persons_family_is_of_that_persons_country(annotate):
    text = ("In announcing the sanctions on Albanian politician Sali Berisha and members of his family this "
            "week, U.S. Secretary of State Antony Blinken said Berisha was corrupt.")
    event = first_event(annotate, text, "SANCTION")
    assert countries(event["target"]) == {"ALB"}, event
    assert len(event["target"]) == 2, event


def test_an_apology_to_a_victim_and_family_reaches_both(annotate):
    text = "MEXICO CITY (Wire) -- The mayor apologised to the young man and his family on Monday."
    event = first_event(annotate, text, "CONCEDE")
    assert len(event["target"]) == 2 and countries(event["target"]) == {"MEX"}, event


@pytest.mark.parametrize("text", [
    "SUVA (Wire) -- The minister said the Pacific family should provide for its own security.",
    "DUBLIN (Wire) -- The two leaders said the intimidation of families had no place on the island.",
])
def test_families_named_through_no_one_are_no_actor(annotate, text):
    assert not [a for a in annotate(text)._.actors if "famil" in a["name"].lower()]


def test_organisers_and_protest_leaders_are_civilians(annotate):
    text = ("SANTIAGO (Wire) -- Chilean officials said they would meet the organisers and the protest leaders "
            "on Friday.")
    event = first_event(annotate, text, "AGREE")
    assert [a["sector"] for a in event["target"]] == ["CVL", "CVL"], event


def test_a_threat_with_a_passive_condition_is_not_aimed_at_its_subject(annotate):
    text = ("MONROVIA (Wire) -- Organisers said they would march again next week if the detained protesters "
            "were not freed.")
    event = first_event(annotate, text, "THREATEN")
    assert not event["target"], event
