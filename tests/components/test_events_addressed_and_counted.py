"""Parties named by the shape of the sentence: "the state" that must meet a condition; "30 others"
counted after the people they add to; an honour conferred "on" someone; a proposal "which is
backed by" a state; a bare institution a foreign state acts on; an object list the parser split;
whoever is summoned to hear a demand; the state whose embassy a protest stands outside; a person's
supporters, not the person; "the parties" to talks, its sides. And acts that are none: rejecting an
explanation, leaving office on schedule, advancing a programme."""

from __future__ import annotations

import pytest

from .roles import countries, events_of, first_event


def test_the_state_that_must_meet_a_threats_condition_is_its_target(annotate):
    text = ("QUETTA (Wire) -- The rebels warned they would kill the captured soldiers if the state did not "
            "free their commanders within a week.")
    event = first_event(annotate, text, "THREATEN")
    assert "GOV" in [a["sector"] for a in event["target"]], event


@pytest.mark.parametrize("text", [
    "LAGOS (Wire) -- Gunmen attacked a school in Zamfara state on Sunday.",
    "LAGOS (Wire) -- The state of emergency was extended by parliament on Monday.",
    "LAGOS (Wire) -- State media said the governor had met the envoy.",
])
def test_a_state_that_is_a_region_or_a_phrase_is_no_government(annotate, text):
    doc = annotate(text)
    assert not [a for a in doc._.actors if a["name"].lower() == "state"], doc._.actors


def test_counted_others_are_more_of_the_people_counted_before(annotate):
    text = ("CAIRO (Wire) -- Rights groups say four Sudanese journalists remain in custody after guards deported "
            "30 others to Sudan last month.")
    event = first_event(annotate, text, "COERCE")
    assert [a["sector"] for a in event["target"]] == ["JRN"], event


def test_an_honour_conferred_on_someone_is_support_for_them(annotate):
    text = "ACCRA (Wire) -- Ghana conferred its highest state honour on Kenyan President William Ruto on Friday."
    event = first_event(annotate, text, "SUPPORT")
    assert countries(event["target"]) == {"KEN"}, event


def test_a_proposal_backed_in_a_relative_clause_is_its_authors(annotate):
    text = ("AMMAN (Wire) -- Arab ministers discussed the Egyptian plan for reconstruction that is supported "
            "by Jordan.")
    events = [e for e in events_of(annotate, text, "SUPPORT") if countries(e["source"]) == {"JOR"}]
    assert events, annotate(text)._.events
    assert countries(events[0]["target"]) == {"EGY"}, events[0]


@pytest.mark.parametrize("text", [
    "ABUJA (Wire) -- The vote count went on. Britain urged the police to show restraint.",
    "ABUJA (Wire) -- The vote count went on. The French embassy urged the authorities to release the detained "
    "activists.",
])
def test_an_institution_a_foreign_state_addresses_is_the_storys(annotate, text):
    event = first_event(annotate, text, "REQUEST")
    assert countries(event["target"]) == {"NGA"}, event


def test_police_beside_a_foreign_states_appeal_are_the_storys(annotate):
    text = ("ABUJA (Wire) -- The vote count went on. Police detained 40 protesters, and Britain urged the "
            "government to free them.")
    event = first_event(annotate, text, "COERCE")
    assert countries(event["source"]) == {"NGA"}, event


def test_a_national_force_keeps_its_own_country_for_those_it_acts_on(annotate):
    text = "ABUJA (Wire) -- Cameroonian soldiers detained dozens of people near the border on Friday."
    event = first_event(annotate, text, "COERCE")
    assert countries(event["target"]) == {"CMR"}, event


def test_a_sanctioned_list_the_parser_split_keeps_both_parties(annotate):
    text = ("KHARTOUM (Wire) -- The war went on. The United States imposed sanctions on the army and the "
            "paramilitary commanders on Monday.")
    event = first_event(annotate, text, "SANCTION")
    assert {a["sector"] for a in event["target"]} == {"MIL", "PRM"}, event
    assert countries(event["target"]) == {"SDN"}, event


def test_whoever_is_summoned_to_hear_a_demand_is_asked(annotate):
    text = ("VILNIUS (Wire) -- Lithuanian Foreign Minister Kestutis Budrys said he had summoned Belarus's "
            "charge d'affaires to demand an explanation.")
    event = first_event(annotate, text, "REQUEST")
    assert countries(event["source"]) == {"LTU"}, event
    assert countries(event["target"]) == {"BLR"}, event


LEFT_OFFICE = ("RETREAT", "CONCEDE")


@pytest.mark.parametrize("text, kinds", [
    ("RIGA (Wire) -- Estonian officials rejected that explanation.", ("REJECT",)),
    ("RIGA (Wire) -- Russia's embassy in Riga rejected the remark as \"groundless speculation\".", ("REJECT",)),
    ("LISBON (Wire) -- President Ana Moura, who steps down in March, said the reform needed consent.", LEFT_OFFICE),
    ("LISBON (Wire) -- The president will step down when his term ends in 2027.", LEFT_OFFICE),
    ("SEOUL (Wire) -- North Korea continues to advance its missile programme.", ("MOBILIZE",)),
])
def test_acts_that_are_none(annotate, text, kinds):
    events = annotate(text)._.events
    assert not [e for e in events if e["type"] in kinds], events


@pytest.mark.parametrize("text, kind", [
    ("LISBON (Wire) -- The prime minister resigned on Tuesday after losing a confidence vote.", "RETREAT"),
    ("LISBON (Wire) -- Rebels advanced toward the city on Monday.", "MOBILIZE"),
    ("RIGA (Wire) -- Estonia rejected the Russian proposal for talks.", "REJECT"),
])
def test_the_acts_those_rules_leave(annotate, text, kind):
    assert events_of(annotate, text, kind), annotate(text)._.events


def test_a_protest_outside_an_embassy_is_aimed_at_its_state(annotate):
    text = "MANILA (Wire) -- Several hundred protesters rallied outside the Chinese embassy on Monday."
    event = first_event(annotate, text, "PROTEST")
    assert countries(event["target"]) == {"CHN"}, event


def test_an_apposition_only_a_misparse_hangs_on_the_weapon_is_no_victim(annotate):
    text = ("LOME (Wire) -- Police in Togo fired tear gas and arrested dozens of people in Lome on Monday as "
            "provisional results from the presidential vote showed Prime Minister Victoire Dogbe, the candidate "
            "backed by the ruling party, far ahead.")
    event = first_event(annotate, text, "ASSAULT")
    assert [a["sector"] for a in event["target"]] == ["CVL"], event


def test_a_persons_supporters_are_not_the_person(annotate):
    text = "DAKAR (Wire) -- Police arrested dozens of Sonko's supporters in Ziguinchor on Monday."
    event = first_event(annotate, text, "COERCE")
    assert [(a["country"], a["sector"]) for a in event["target"]] == [("SEN", "CVL")], event


def test_a_bare_count_after_an_act_on_named_people_is_some_of_them(annotate):
    text = "QUETTA (Wire) -- Witnesses said the gunmen rounded up the bus passengers, shooting several."
    shooting = [e for e in annotate(text)._.events if e["type"] == "ASSAULT" and e["trigger"] == "shooting"]
    assert shooting, annotate(text)._.events
    assert [a["sector"] for a in shooting[0]["target"]] == ["CVL"], shooting[0]


def test_the_parties_to_talks_are_its_sides_not_political_parties(annotate):
    text = ("DOHA (Wire) -- Talks between Sudan's army and the Rapid Support Forces resumed in Jeddah on Monday. "
            "A Saudi mediator urged the parties to respect the truce.")
    event = first_event(annotate, text, "REQUEST")
    assert event["target"] and "PTY" not in [a["sector"] for a in event["target"]], event
    assert countries(event["target"]) == {"SDN"}, event


def test_municipalities_are_local_government(annotate):
    text = "AMSTERDAM (Wire) -- The Dutch interior ministry appealed to municipalities to open emergency shelters."
    event = first_event(annotate, text, "REQUEST")
    assert [(a["country"], a["sector"]) for a in event["target"]] == [("NLD", "GOV")], event


def test_a_demand_refused_just_after_was_put_to_the_refuser(annotate):
    text = ("SEOUL (Wire) -- China built a steel platform in the Yellow Sea last year. Seoul has demanded its "
            "removal; Beijing says it is a fish farm and has refused.")
    demand = first_event(annotate, text, "REQUEST")
    assert countries(demand["target"]) == {"CHN"}, demand
