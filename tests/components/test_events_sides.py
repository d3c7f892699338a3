"""Who the sides of an act are: two armed sides fighting, both states withdrawing envoys, the
party a conditional threat is aimed at, partners cooperating somewhere, what is asked for."""

from __future__ import annotations

import pytest

from .roles import countries, events_of


@pytest.mark.parametrize("text", [
    "The Sudanese army has been fighting the Rapid Support Forces since April.",
    "Ethiopian troops clashed with Eritrean soldiers along the border on Tuesday.",
])
def test_two_armed_sides_fighting_are_both_actors(annotate, text):
    found = events_of(annotate, text, "ASSAULT")
    assert found and len(found[0]["source"]) == 2 and not found[0]["target"], found


def test_a_fight_with_protesters_keeps_its_recipient(annotate):
    found = events_of(annotate, "Kenyan police clashed with protesters in Nairobi on Tuesday.", "ASSAULT")
    assert found and found[0]["target"], found


def test_both_states_withdrawing_their_envoys_is_one_reciprocal_sanction(annotate):
    text = "Turkey and Egypt froze relations in 2013, when both countries withdrew their ambassadors."
    found = [e for e in events_of(annotate, text, "SANCTION") if e["trigger"] == "withdrew"]
    assert found, events_of(annotate, text, "SANCTION")
    assert countries(found[0]["source"]) == {"TUR", "EGY"} and not found[0]["target"], found


def test_an_envoy_withdrawn_to_a_host_still_names_the_host(annotate):
    found = events_of(annotate, "France withdrew its ambassador to Niger on Friday.", "SANCTION")
    assert found and countries(found[0]["target"]) == {"NER"}


@pytest.mark.parametrize("text", [
    "Somali militants warned that they would kill the hostages if the government did not free their commanders.",
    "The rebels threatened to execute the captured soldiers unless the Nigerian government paid a ransom.",
])
def test_a_conditional_threat_is_aimed_at_who_must_meet_the_condition(annotate, text):
    found = events_of(annotate, text, "THREATEN")
    assert found and any(a["sector"] == "GOV" for a in found[0]["target"]), found


@pytest.mark.parametrize("text", [
    "Turkey and Russia are closely cooperating in Syria despite backing rival sides.",
    "Japan and India are working together in Sri Lanka on a new port.",
])
def test_where_partners_cooperate_is_not_their_recipient(annotate, text):
    for event in events_of(annotate, text, "COOPERATE"):
        assert not countries(event["target"]) - {"TUR", "RUS", "JPN", "IND"}, event


@pytest.mark.parametrize(("text", "type_"), [
    ("Myanmar soldiers have occupied at least 20 hospitals, the UN said.", "COERCE"),
    ("Students occupied the main university building for a week.", "PROTEST"),
])
def test_who_occupies_a_building_decides_the_type(annotate, text, type_):
    assert events_of(annotate, text, type_)


def test_a_trip_that_will_include_a_meeting_is_a_planned_meeting(annotate):
    text = "The Japanese prime minister's tour will include meeting Kenyan President William Ruto."
    assert events_of(annotate, text, "AGREE") and not events_of(annotate, text, "CONSULT")


def test_who_would_be_handed_over_is_not_who_is_asked(annotate):
    text = "Malaysia said Beijing had asked for the extradition of 30 Chinese nationals."
    found = events_of(annotate, text, "REQUEST")
    assert found and not [a for a in found[0]["target"] if a["sector"] == "CVL"], found


@pytest.mark.parametrize("text", [
    "Kenya and Ethiopia reaffirmed their commitment to a joint border force.",
    "The Philippine president reaffirmed his readiness to resume talks with the communist rebels.",
])
def test_reaffirming_a_commitment_is_a_renewed_promise(annotate, text):
    assert events_of(annotate, text, "AGREE") and not events_of(annotate, text, "SUPPORT")
