"""Roles the grammar leaves unsaid or turns around: nearest recipients, places standing in for a
party, unnamed attackers, event nouns whose possessor undergoes the act, "by" agents, passive
participles, "we" in a quotation, and news outlets that only report."""

from __future__ import annotations

import pytest

from .roles import DATE, countries, events_of


@pytest.mark.parametrize(
    ("text", "type_", "source", "target"),
    [
        ("Albania denounced Serbia's crackdown on the protesters.", "ACCUSE", "ALB", "SRB"),
        ("Pakistan rejected a fresh offer from Afghanistan on Tuesday.", "REJECT", "PAK", "AFG"),
        ("Hamas threatened to resume attacks inside Israel.", "THREATEN", "PSE", "ISR"),
    ],
)
def test_the_nearest_actor_in_the_clause_is_the_recipient(annotate, text, type_, source, target):
    events = events_of(annotate, text, type_)
    assert events, text
    assert countries(events[0]["source"]) == {source}
    assert countries(events[0]["target"]) == {target}


def test_an_actor_of_the_sources_own_side_is_not_made_its_recipient(annotate):
    events = events_of(annotate, "Serbs and Croats failed to agree on a proposal from the Serbian side.", "REJECT")
    for event in events:
        assert not countries(event["target"]) & countries(event["source"])


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Russian troops shelled villages 20 kilometres north of Kharkiv.", "UKR"),
        # (houses fired on stand for the people in them: test_events_premises_and_counted_people.py)
        ("Israeli troops shelled the outskirts of the city of Nablus.", "PSE"),
    ],
)
def test_an_attack_on_a_place_is_aimed_at_its_country(annotate, text, target):
    events = events_of(annotate, text, "ASSAULT")
    assert events and countries(events[0]["target"]) == {target}
    assert any("place:" in e for a in annotate(text, date=DATE)._.actors for e in a["evidence"]
               if a["country"] == target)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("A car bomb killed four soldiers in the city of Mosul on Monday.", "IRQ"),
        ("Two Kenyan police officers were killed by a roadside bomb outside of Mombasa.", "KEN"),
    ],
)
def test_an_attack_with_no_named_attacker_is_coded_to_an_unidentified_group_there(annotate, text, country):
    events = events_of(annotate, text, "ASSAULT")
    assert events
    source = events[0]["source"]
    assert [(ref["country"], ref["sector"]) for ref in source] == [(country, "UAF")]


def test_no_event_is_made_of_places_alone(annotate):
    doc = annotate("A bomb went off in a crowded market in Kabul on Monday.", date=DATE)
    assert not [e for e in doc._.events if any(ref["sector"] == "UAF" for ref in e["source"])]


def test_a_countrys_soldiers_are_not_where_the_event_happened(annotate):
    events = events_of(annotate, "A Taliban roadside bomb killed two U.S. soldiers on Sunday.", "ASSAULT")
    assert events and (events[0]["location"] or {}).get("country") != "USA"


@pytest.mark.parametrize(
    ("text", "type_", "patient"),
    [
        ("The Kenyan opposition leader's arrest by the police drew condemnation from rights groups.", "COERCE", "Leader of Kenya"),
        ("The killing of two Kenyan soldiers by al-Shabab angered Nairobi.", "ASSAULT", "Kenyan soldiers"),
    ],
)
def test_the_possessor_of_an_arrest_or_killing_undergoes_it(annotate, text, type_, patient):
    events = events_of(annotate, text, type_)
    assert events
    assert patient in [ref["name"] for ref in events[0]["target"]]
    assert patient not in [ref["name"] for ref in events[0]["source"]]


def test_an_event_nouns_own_by_agent_is_its_source(annotate):
    events = events_of(annotate, "Airstrikes by the Somali army killed 20 militants near Kismayo.", "ASSAULT")
    assert events
    for event in events:
        assert countries(event["source"]) == {"SOM"}
        assert "Somali army" not in [ref["name"] for ref in event["target"]]


def test_someone_who_stands_accused_is_the_target(annotate):
    events = events_of(annotate, "The publisher Jimmy Lai stands accused of collusion.", "ACCUSE")
    for event in events:
        assert "Jimmy Lai" not in [ref["name"] for ref in event["source"]]


def test_we_in_a_quotation_is_its_speaker(annotate):
    events = events_of(annotate, '"We will not accept this deal," the Pakistani foreign minister said.', "REJECT")
    assert events and countries(events[0]["source"]) == {"PAK"}


@pytest.mark.parametrize(
    "text",
    [
        "Iran's mission did not respond to a VOA request for comment.",
        "The ministry ignored repeated Reuters requests for an interview.",
    ],
)
def test_a_news_outlet_asking_for_comment_is_no_event(annotate, text):
    doc = annotate(text, date=DATE)
    assert not [e for e in doc._.events if e["type"] == "REQUEST"]


def test_joint_drills_of_conjoined_partners_have_the_first_named_as_actor(annotate):
    # COOPERATE needs a recipient: with no "with" phrase, the first named acts, the rest receive
    events = events_of(annotate, "Indian and French warships began five days of joint naval drills.", "COOPERATE")
    assert events
    assert countries(events[0]["source"]) == {"IND"} and countries(events[0]["target"]) == {"FRA"}, events[0]


def test_a_countrys_negotiators_do_not_move_a_city_into_that_country(annotate):
    doc = annotate("American and Iranian negotiators returned to Geneva for talks on Monday.", date=DATE)
    geneva = [p for p in doc._.places if p["name"] == "Geneva"]
    assert geneva and geneva[0]["country"] == "CHE"


def test_who_hears_a_complaint_is_not_who_is_complained_of(annotate):
    events = events_of(annotate, "Lebanon complained to the United Nations over two Israeli air raids.", "ACCUSE")
    assert events and countries(events[0]["target"]) == {"ISR"}


def test_the_addressee_stays_the_target_when_nobody_else_is_named(annotate):
    events = events_of(annotate, "Lebanon complained to the United Nations about the delays.", "ACCUSE")
    assert events and countries(events[0]["target"]) == {"IGO"}


def test_forces_counted_by_a_fraction_are_who_demobilizes(annotate):
    events = events_of(annotate, "Half of the Ugandan rebel fighters have been demobilized since the truce.", "RETREAT")
    assert events and countries(events[0]["source"]) == {"UGA"}


def test_a_nearest_recipient_keeps_its_conjuncts(annotate):
    events = events_of(annotate, "Hezbollah threatened to launch strikes on the United States and Israel.", "THREATEN")
    assert events and countries(events[0]["target"]) == {"USA", "ISR"}


def test_a_town_named_after_town_of_is_a_place_whatever_the_ner_says(annotate):
    doc = annotate("A roadside bomb near the town of Samarra killed two soldiers.", date=DATE)
    assert [p["country"] for p in doc._.places if p["name"] == "Samarra"] == ["IRQ"]


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("Thousands fled after fighting between rebels and Congolese troops near Goma.", {"COD"}),
        ("Clashes between Serbian police and Kosovar protesters left ten people injured.", {"SRB", "KOS"}),
    ],
)
def test_fighting_between_two_sides_is_reciprocal(annotate, text, sides):
    events = events_of(annotate, text, "ASSAULT")
    assert events
    assert len(events[0]["source"]) == 2 and countries(events[0]["source"]) <= sides | {None}
    assert events[0]["target"] == []
