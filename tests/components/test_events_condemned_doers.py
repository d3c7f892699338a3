"""Condemning, rejecting or welcoming an act named by a noun ("condemned the attack", "rejected the
verdict") is aimed at whoever did the act: the doer the story gave it, told with the same word, or
the only doer of its kind; a verdict is a court's; a doer made up from a place is no one's."""

from __future__ import annotations

import pytest

from .roles import DATE, countries, events_of


@pytest.mark.parametrize("text, trigger, doer", [
    ("Gunmen from the Islamic State group attacked a church in northern Mozambique on Sunday, killing 12 "
     "people. Pope Leo condemned the attack.", "condemned", "IMG"),
    ("Israeli aircraft struck Hezbollah positions in southern Lebanon on Tuesday. Lebanon's president "
     "condemned the strikes as a violation of the ceasefire.", "condemned", "ISR"),
    ("A Russian court sentenced an Estonian journalist to six years in prison on Monday. Estonia's foreign "
     "ministry condemned the verdict.", "condemned", "RUS"),
    ("Kenyan police arrested 40 opposition supporters in Kisumu. Amnesty International denounced the "
     "arrests.", "denounced", "KEN"),
])
def test_the_condemned_act_names_its_doer(annotate, text, trigger, doer):
    events = [e for e in annotate(text, date=DATE)._.events if e["trigger"] == trigger]
    assert events, text
    assert doer in countries(events[0]["target"]), events[0]


def test_a_ruling_is_the_courts_not_the_polices(annotate):
    text = ("Georgia's Constitutional Court on Thursday banned three opposition parties. Police detained "
            "dozens of protesters outside the building. Prime Minister Irakli Kobakhidze welcomed the ruling.")
    welcomed = [e for e in events_of(annotate, text, "SUPPORT") if e["trigger"] == "welcomed"]
    assert welcomed
    assert [a["sector"] for a in welcomed[0]["target"]] == ["JUD"], welcomed[0]


def test_two_earlier_attackers_leave_the_condemned_attack_unassigned(annotate):
    text = ("Al-Shabab fighters stormed a base in Lower Shabelle on Friday. Hours later, U.S. Africa Command "
            "said it had carried out two air strikes near the base. The president condemned the assault.")
    condemned = [e for e in events_of(annotate, text, "ACCUSE") if e["trigger"] == "condemned"]
    assert condemned
    assert "USA" not in countries(condemned[0]["target"]), condemned[0]


def test_an_attacker_made_up_from_a_place_is_not_condemned(annotate):
    text = "A rocket hit an oil field in northern Iraq on Sunday. The United States condemned the strike."
    for event in events_of(annotate, text, "ACCUSE"):
        assert all(a["sector"] != "UAF" for a in event["target"]), event


def test_the_doer_of_the_condemned_raid_beats_the_nearest_actor(annotate):
    text = ("Israeli forces raided a village in southern Syria on Friday, killing 13 people. Syria's foreign "
            "ministry condemned the raid as a flagrant violation of sovereignty and called on the U.N. "
            "Security Council to act.")
    condemned = [e for e in events_of(annotate, text, "ACCUSE") if e["trigger"] == "condemned"]
    assert condemned
    assert countries(condemned[0]["target"]) == {"ISR"}, condemned[0]
