"""Recipients a sentence names around its event: the doer a condemned act's modifier names ("the
U.S. strike"), the other side of talks agreed to ("ready for talks with Pakistan"), whom pledged
goods are for ("$40 million in aid for Malawi"); a ruling refused ("does not recognise the
verdict") is a REJECT; "the group" that acts refers back to the body that spoke before."""

from __future__ import annotations

import pytest

from .roles import DATE, countries, events_of


@pytest.mark.parametrize("text, doer", [
    ("Venezuela's foreign ministry condemned the U.S. strike on a fishing boat.", "USA"),
    ("Iraq denounced the Turkish bombardment of villages near Duhok.", "TUR"),
])
def test_a_modifier_of_the_condemned_act_names_its_doer(annotate, text, doer):
    condemned = events_of(annotate, text, "ACCUSE")
    assert condemned, text
    assert doer in countries(condemned[0]["target"]), condemned[0]


def test_a_place_modifying_the_condemned_act_is_not_its_doer(annotate):
    text = "Jordan condemned the Gaza strike that killed 14 people on Monday."
    for event in events_of(annotate, text, "ACCUSE"):
        assert "PSE" not in countries(event["target"]), event


@pytest.mark.parametrize("text, partner", [
    ("Kabul is ready for talks with Islamabad on the border dispute, a Taliban spokesman said.", "PAK"),
    ("The Moro rebels agreed to negotiations with the Philippine government next month.", "PHL"),
])
def test_talks_agreed_to_name_the_other_side(annotate, text, partner):
    agreed = events_of(annotate, text, "AGREE")
    assert agreed, text
    assert partner in countries(agreed[0]["target"]), agreed[0]


@pytest.mark.parametrize("text, beneficiary", [
    ("Germany pledged $40 million in emergency aid for flood-hit Mozambique on Friday.", "MOZ"),
    ("Norway offered 5,000 tonnes of food to Somalia.", "SOM"),
])
def test_pledged_goods_name_whom_they_are_for(annotate, text, beneficiary):
    pledged = events_of(annotate, text, "AGREE")
    assert pledged, text
    assert beneficiary in countries(pledged[0]["target"]), pledged[0]


def test_money_for_oneself_names_no_recipient(annotate):
    text = "France pledged $2 billion for its own arms industry."
    for event in events_of(annotate, text, "AGREE"):
        assert not event["target"], event


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
    blamed = events_of(annotate, text, "ACCUSE")
    assert blamed, text
    assert [a["country"] for a in blamed[0]["target"]] == ["COL"], blamed[0]


@pytest.mark.parametrize("text, beneficiary", [
    ("South Korea offered emergency rice aid to Laos after the floods.", "LAO"),
    ("Qatar has offered peace talks to the Sudanese army.", "SDN"),
])
def test_the_offer_verb_names_whom_the_promised_noun_is_for(annotate, text, beneficiary):
    offered = events_of(annotate, text, "AGREE")
    assert offered, text
    assert beneficiary in countries(offered[0]["target"]), offered[0]
