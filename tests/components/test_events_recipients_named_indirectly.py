"""Recipients the sentence names without making them the object: the owner of what is struck
("struck its nuclear facilities"), the other side ("accused its rival"), who made what is refused
("rejected offers of talks from Seoul"), and "them" after a main clause's object. And what is not
a recipient: a relative clause that describes the thing acted on, a ship's flag of registry, or a
civilian killed in an exchange of fire."""

from __future__ import annotations

import pytest

from .roles import DATE, countries, events_of


@pytest.mark.parametrize(("text", "owner"), [
    ("Iran curtailed cooperation with the U.N. watchdog after Israel and the United States struck its nuclear "
     "facilities in June.", "IRN"),
    ("Pakistan closed the border after Afghan Taliban forces shelled its border posts overnight.", "PAK"),
    ("Ukraine's army said Russian drones had hit its positions near the town.", "UKR"),
])
def test_the_owner_of_what_is_attacked_is_the_recipient(annotate, text, owner):
    found = events_of(annotate, text, "ASSAULT")
    assert found and owner in countries(found[0]["target"]), found


def test_ones_own_things_are_not_a_recipient(annotate):
    found = events_of(annotate, "Mali recalled its ambassador, and Algeria closed its airspace to Malian flights.",
                      "SANCTION")
    closed = [e for e in found if e["trigger"] == "closed"]
    assert closed and countries(closed[0]["target"]) == {"MLI"}, found


@pytest.mark.parametrize("text", [
    "The Sudanese army, which has been fighting the Rapid Support Forces since April 2023, accused its rival of "
    "launching the attack.",
    "The army, locked in a war with the Rapid Support Forces, blamed its enemy for the shelling.",
])
def test_a_rival_is_the_other_side_the_sentence_names(annotate, text):
    found = events_of(annotate, text, "ACCUSE")
    assert found and [t["name"] for t in found[0]["target"]] == ["Rapid Support Forces"], found


@pytest.mark.parametrize(("text", "maker"), [
    ("Kim has rejected offers of talks from Seoul.", "KOR"),
    ("Kim has rejected offers from Seoul.", "KOR"),
    ("The rebels rejected any solution imposed from Ankara.", "TUR"),
])
def test_who_made_a_refused_offer_is_the_recipient(annotate, text, maker):
    found = events_of(annotate, text, "REJECT")
    assert found and countries(found[0]["target"]) == {maker}, found


def test_them_after_an_object_is_that_object(annotate):
    found = events_of(annotate, "Mali's government ordered three Algerian diplomats to leave the country, accusing "
                      "them of holding secret meetings with separatist rebels.", "ACCUSE")
    assert found and countries(found[0]["target"]) == {"DZA"}, found


def test_a_relative_clause_describing_the_thing_names_no_recipient(annotate):
    found = events_of(annotate, "The Senate rejected a resolution that would have required congressional approval "
                      "for further military action.", "REJECT")
    assert found and not found[0]["target"], found


def test_the_doer_of_a_relative_clause_can_be_the_recipient(annotate):
    found = events_of(annotate, "Hamas rejected a proposal that Qatar put forward.", "REJECT")
    assert found and countries(found[0]["target"]) == {"QAT"}, found


@pytest.mark.parametrize("text", [
    "The Houthis said they fired two missiles at a Liberian-flagged oil tanker in the Red Sea.",
    "The Houthis fired missiles at a Liberia-flagged tanker.",
])
def test_a_flag_of_registry_is_no_party(annotate, text):
    found = events_of(annotate, text, "ASSAULT")
    assert found and "LBR" not in countries(found[0]["target"]), found
    assert not any(a["country"] == "LBR" for a in annotate(text, date=DATE)._.actors)


@pytest.mark.parametrize(("text", "type_"), [
    ("North Korea fired a missile on Monday.", "MOBILIZE"),
    ("North Korea fired a missile at dawn.", "MOBILIZE"),
    ("The Houthis fired missiles at a tanker.", "ASSAULT"),
])
def test_a_missile_is_an_attack_only_when_fired_at_something(annotate, text, type_):
    assert events_of(annotate, text, type_)


def test_a_civilian_killed_in_an_exchange_of_fire_is_no_side(annotate):
    found = events_of(annotate, "Indian and Pakistani troops exchanged fire across the frontier overnight, killing "
                      "two Indian soldiers and a Pakistani civilian.", "ASSAULT")
    assert found and all(a["sector"] != "CVL" for a in found[0]["source"]), found


def test_fighting_between_the_army_and_armed_groups_has_both_sides(annotate):
    found = events_of(annotate, "Fighting between the army and ethnic armed groups continues in Shan state.", "ASSAULT")
    assert found and {a["sector"] for a in found[0]["source"]} == {"MIL", "REB"}, found


@pytest.mark.parametrize(("text", "bound"), [
    ("Aliyev said Baku would not sign the peace treaty until Armenia removes a reference in its constitution.", "ARM"),
    ("The Kremlin refused to negotiate unless Ukraine withdrew its troops.", "UKR"),
])
def test_a_refusal_is_aimed_at_whoever_must_meet_its_condition(annotate, text, bound):
    found = events_of(annotate, text, "REJECT")
    assert found and countries(found[0]["target"]) == {bound}, found


@pytest.mark.parametrize("text", [
    "Protesters forced the government to withdraw the tax bill.",
    "The government was forced by protesters to withdraw the tax bill.",
])
def test_a_forced_concession_is_made_to_whoever_forced_it(annotate, text):
    found = events_of(annotate, text, "CONCEDE")
    assert found and [a["sector"] for a in found[0]["source"]] == ["GOV"], found
    assert [a["sector"] for a in found[0]["target"]] == ["CVL"], found


def test_the_country_that_is_urged_is_the_one_named_before(annotate):
    doc = annotate("Sri Lanka's economy is recovering. The International Monetary Fund has urged the country to "
                   "strengthen its anti-corruption framework.", date=DATE)
    urged = [e for e in doc._.events if e["type"] == "REQUEST"]
    assert urged and countries(urged[0]["target"]) == {"LKA"}, urged


@pytest.mark.parametrize("text", [
    "Mali expelled three diplomats on Monday. Protests spread across the country.",
    "Mali expelled three diplomats on Monday. They were ordered to leave the country within 72 hours.",
])
def test_the_country_as_a_place_names_no_one(annotate, text):
    doc = annotate(text, date=DATE, upto="tidings_actors")
    start = text.rindex("the country") + len("the ")
    assert not [a for a in doc._.actors if any(s <= start < e for s, e in a["mentions"])]


def test_an_act_in_an_effort_to_is_only_an_aim(annotate):
    text = ("The U.N. Security Council ramped up sanctions in an effort to make North Korea give up its nuclear "
            "weapons program.")
    assert not events_of(annotate, text, "RETREAT")
    assert events_of(annotate, text, "SANCTION")


def test_a_refusal_until_someone_acts_is_aimed_at_them(annotate):
    # the parser hangs "until ..." on the participle describing the treaty
    text = ("Aliyev welcomed the progress but said Baku would not sign the peace treaty initialled at the White "
            "House in August 2025 until Armenia removes a reference in its constitution's preamble.")
    refusals = events_of(annotate, text, "REJECT")
    assert refusals
    assert "ARM" in countries(refusals[0]["target"]), refusals[0]


def test_the_object_of_a_relative_clause_is_what_it_describes(annotate):
    text = "The rebels, whom the Congolese army attacked on Monday, retreated into the hills."
    attacks = [e for e in events_of(annotate, text, "ASSAULT") if e["trigger"] == "attacked"]
    assert attacks
    assert [a["sector"] for a in attacks[0]["target"]] == ["REB"], attacks[0]


@pytest.mark.parametrize(("text", "type_", "targets"), [
    # a promise on a condition is made to whoever must meet it
    ("Washington has promised aid and reconstruction money if Beirut moves against Hezbollah.", "AGREE", {"LBN"}),
    # who reports a move, or comments on a grant, is not its recipient
    ("Ethiopian army units have been moved north toward the Afar region, according to two Western diplomats.",
     "MOBILIZE", set()),
    ("China approved a $150 million loan to Kenya in August, but American diplomats say disbursement has been slow.",
     "AID", {"KEN"}),
])
def test_whom_a_condition_names_and_whom_a_report_names(annotate, text, type_, targets):
    events = events_of(annotate, text, type_)
    assert events
    assert countries(events[0]["target"]) == targets, events[0]


def test_the_dead_of_a_fight_between_two_sides_are_no_recipient(annotate):
    text = ("Fighting between Syrian government forces and the Syrian Democratic Forces killed at least 12 "
            "people in Deir ez-Zor province on Wednesday.")
    fights = events_of(annotate, text, "ASSAULT")
    assert fights
    assert fights[0]["target"] == [] and len(fights[0]["source"]) == 2, fights[0]


@pytest.mark.parametrize("text", [
    "The court convicted the man of spying, according to Japan's embassy.",
    "Japan's defence ministry confirmed the launches, and Tokyo lodged a protest through its embassy in Beijing.",
])
def test_who_reports_or_carries_an_act_is_not_its_recipient(annotate, text):
    for event in annotate(text, date=DATE)._.events:
        assert all(a["name"] != "Japanese embassy" for a in event["target"]), event


def test_the_foreign_ministry_is_not_the_embassy_named_before(annotate):
    text = ("China's embassy in Dushanbe demanded that Tajikistan protect Chinese citizens. The Chinese foreign "
            "ministry urged its nationals to leave border areas immediately.")
    urged = [e for e in events_of(annotate, text, "REQUEST") if e["trigger"] == "urged"]
    assert urged and "embassy" not in urged[0]["source"][0]["name"].lower(), urged


def test_to_after_a_particle_names_the_recipient(annotate):
    text = "Myanmar rebels handed the city of Lashio back to the military in April."
    events = events_of(annotate, text, "RETREAT")
    assert events
    assert [a["sector"] for a in events[0]["target"]] == ["MIL"], events[0]
