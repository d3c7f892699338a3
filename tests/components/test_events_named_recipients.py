"""Recipients a sentence names around its event: the doer a condemned act's modifier names ("the
U.S. strike"), the other side of talks agreed to ("ready for talks with Pakistan"), whom pledged
goods are for ("$40 million in aid for Malawi"); a ruling refused ("does not recognise the
verdict") is a REJECT; "the group" that acts refers back to the body that spoke before."""

from __future__ import annotations

import pytest

from .roles import DATE, countries, events_of, first_event


@pytest.mark.parametrize("text, type_, code", [
    # the doer a condemned act's modifier names
    ("Venezuela's foreign ministry condemned the U.S. strike on a fishing boat.", "ACCUSE", "USA"),
    ("Iraq denounced the Turkish bombardment of villages near Duhok.", "ACCUSE", "TUR"),
    # the other side of talks agreed to
    ("Kabul is ready for talks with Islamabad on the border dispute, a Taliban spokesman said.", "AGREE", "PAK"),
    ("The Moro rebels agreed to negotiations with the Philippine government next month.", "AGREE", "PHL"),
    # whom pledged goods are for
    ("Germany pledged $40 million in emergency aid for flood-hit Mozambique on Friday.", "AGREE", "MOZ"),
    ("Norway offered 5,000 tonnes of food to Somalia.", "AGREE", "SOM"),
    # whom the offer verb over the promised noun names
    ("South Korea offered emergency rice aid to Laos after the floods.", "AGREE", "LAO"),
    ("Qatar has offered peace talks to the Sudanese army.", "AGREE", "SDN"),
])
def test_the_recipient_named_around_the_event(annotate, text, type_, code):
    event = first_event(annotate, text, type_)
    assert code in countries(event["target"]), event


def test_a_place_modifying_the_condemned_act_is_not_its_doer(annotate):
    text = "Jordan condemned the Gaza strike that killed 14 people on Monday."
    condemned = first_event(annotate, text, "ACCUSE")
    assert "PSE" not in countries(condemned["target"]), condemned


def test_money_for_oneself_names_no_recipient(annotate):
    text = "France pledged $2 billion for its own arms industry."
    pledged = first_event(annotate, text, "AGREE")
    assert not pledged["target"], pledged


@pytest.mark.parametrize("text", [
    "Caracas does not recognise the arbitration ruling on the Essequibo region.",
    "The junta said it does not recognise the court's jurisdiction over the case.",
])
def test_an_unrecognised_ruling_is_refused(annotate, text):
    events = annotate(text, date=DATE)._.events
    assert any(e["type"] == "REJECT" and not e["negated"] for e in events), events
    assert not any(e["type"] == "SUPPORT" for e in events), events


def test_an_unrecognised_state_stays_a_negated_recognition(annotate_negated):
    text = "Spain does not recognise Kosovo as an independent state."
    supports = events_of(annotate_negated, text, "SUPPORT")
    assert supports and supports[0]["negated"], supports
    assert not events_of(annotate_negated, text, "REJECT")


def test_the_group_that_acts_is_the_body_that_spoke(annotate):
    text = ("The Syndicate of Yemeni Doctors said 9 people were killed in the shelling of a clinic in Taiz. "
            "The group blamed the Houthis.")
    blamed = [e for e in events_of(annotate, text, "ACCUSE") if e["trigger"] == "blamed"]
    assert blamed, text
    assert [a["sector"] for a in blamed[0]["source"]] == ["MED"], blamed[0]
    assert "Houthis" in blamed[0]["target"][0]["name"] or blamed[0]["target"][0]["country"] == "YEM", blamed[0]


def test_a_bare_plural_of_armed_dissidents_is_an_actor(annotate):
    text = "Colombia's army blamed the bombing on dissident groups in Cauca."
    blamed = first_event(annotate, text, "ACCUSE")
    assert [a["country"] for a in blamed["target"]] == ["COL"], blamed


@pytest.mark.parametrize("text, code", [
    ("Kuwait's foreign ministry called the detention of the Kuwaiti sailors by Iran unjustified.", "IRN"),
    ("The UN called Israel's strikes unacceptable.", "ISR"),
])
def test_a_judged_act_is_its_doers(annotate, text, code):
    judged = first_event(annotate, text, "ACCUSE")
    assert [a["country"] for a in judged["target"]] == [code], judged


def test_a_states_threat_is_not_aimed_at_its_own_troops(annotate):
    text = "Niger's junta threatened to pull Nigerien troops out of the regional force."
    threat = first_event(annotate, text, "THREATEN")
    assert all(a["sector"] != "MIL" for a in threat["target"]), threat
