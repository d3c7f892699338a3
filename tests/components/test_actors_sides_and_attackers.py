"""Who unnamed attackers, "parties" and "counterparts" are, and what a news outlet says of where
others are."""

from __future__ import annotations

import pytest

from .roles import DATE, actor_named_by, actor_with_mention


@pytest.mark.parametrize(("text", "mention", "group"), [
    ("Gunmen stormed a bus in northern Kenya on Tuesday, killing nine people. The Somali militant group "
     "al-Shabab later claimed the raid.", "Gunmen", "al-Shabab"),
    ("The Balochistan Liberation Army claimed it had seized the train. Survivors said the attackers singled out "
     "soldiers.", "attackers", "Balochistan Liberation Army"),
])
def test_unnamed_attackers_are_the_one_armed_group_the_article_names(annotate, text, mention, group):
    doc = annotate(text, date=DATE, upto="tidings_actors")
    assert actor_named_by(doc, mention)["name"] == group


@pytest.mark.parametrize("text", [
    "Gunmen attacked a village in Borno state. Boko Haram and the Islamic State West Africa Province both "
    "claim attacks in the area.",
    "Gunmen detonated a car bomb near a school in Kabul. No one has taken responsibility for the carnage. "
    "Past attacks were claimed by Islamic State.",
    "Gunmen attacked a village in Borno state. Boko Haram operates in the area.",
])
def test_unnamed_attackers_stay_unidentified_unless_one_group_is_blamed(annotate, text):
    doc = annotate(text, date=DATE, upto="tidings_actors")
    assert actor_named_by(doc, "Gunmen")["sector"] == "UAF"


def test_snipers_are_soldiers(annotate):
    doc = annotate("Army snipers killed two of the hijackers.", date=DATE, upto="tidings_actors")
    assert actor_named_by(doc, "Army snipers")["sector"] == "MIL"


def test_the_group_attackers_become_does_not_place_their_victims(annotate):
    text = ("Gunmen stormed a bus in northern Kenya on Tuesday, killing nine people. The Somali militant group "
            "al-Shabab later claimed the raid.")
    doc = annotate(text, date=DATE, upto="tidings_actors")
    assert actor_named_by(doc, "people")["country"] == "KEN"


@pytest.mark.parametrize("text", [
    "Survivors told VOA the attackers singled out soldiers.",
    "Witnesses told Reuters the gunmen fled on motorbikes.",
])
def test_a_news_outlet_does_not_say_where_others_are_from(annotate, text):
    doc = annotate(text, date=DATE, upto="tidings_actors")
    attackers = [a for a in doc._.actors if a["sector"] == "UAF"]
    assert attackers and attackers[0]["country"] is None, doc._.actors


@pytest.mark.parametrize(("text", "mention"), [
    ("China calls on parties concerned to be rational and pragmatic.", "parties"),
    ("The United Nations urged all parties to the conflict to lay down their arms.", "parties"),
    ("Mediators met the warring parties in Jeddah.", "parties"),
])
def test_parties_to_a_dispute_are_no_political_parties(annotate, text, mention):
    doc = annotate(text, date=DATE, upto="tidings_actors")
    assert actor_with_mention(doc, mention) is None, doc._.actors


def test_political_parties_are_still_parties(annotate):
    doc = annotate("Kenya's opposition parties rejected the election results.", date=DATE, upto="tidings_actors")
    assert actor_named_by(doc, "Kenya's opposition parties")["sector"] == "OPP"


@pytest.mark.parametrize(("text", "mention", "country"), [
    ("Erdogan met his French counterpart on Monday.", "French counterpart", "FRA"),
    ("The ministers met their Japanese counterparts in Seoul.", "Japanese counterparts", "JPN"),
])
def test_a_counterpart_of_a_country_is_its_government(annotate, text, mention, country):
    doc = annotate(text, date=DATE, upto="tidings_actors")
    actor = actor_named_by(doc, mention)
    assert (actor["country"], actor["sector"]) == (country, "GOV")


@pytest.mark.parametrize(("text", "mention", "sector"), [
    ("Japan accused a Chinese spy plane of violating its airspace.", "Chinese spy plane", "MIL"),
    ("The governor told city council members to draft a ban.", "council members", "GOV"),
])
def test_words_that_name_a_sector(annotate, text, mention, sector):
    doc = annotate(text, date=DATE, upto="tidings_actors")
    assert actor_named_by(doc, mention)["sector"] == sector


@pytest.mark.parametrize(("text", "mention", "country", "sector"), [
    ("Syrian forces came under attack from Assad loyalists on Thursday.", "Assad loyalists", "SYR", None),
    ("Trump supporters stormed the Capitol.", "Trump supporters", "USA", "CVL"),
])
def test_a_leaders_followers_are_not_the_leader(annotate, text, mention, country, sector):
    doc = annotate(text, date=DATE, upto="tidings_actors")
    actor = actor_named_by(doc, mention)
    assert (actor["kind"], actor["country"], actor["sector"]) == ("group", country, sector)


def test_congressional_is_the_us_congress_in_an_american_story(annotate):
    text = "Lawmakers in Washington passed the bill. Pakistan decried the congressional move as interference."
    doc = annotate(text, date=DATE, upto="tidings_actors")
    actor = actor_named_by(doc, "congressional")
    assert (actor["country"], actor["sector"]) == ("USA", "LEG")


@pytest.mark.parametrize(("text", "mention", "country", "sector"), [
    ("The leader of Afghanistan's Taliban insurgency praised the withdrawal of U.S. troops.",
     "leader of Afghanistan's Taliban insurgency", "AFG", "REB"),
    ("A spokesman for the Hamas militants said the talks failed.", "spokesman for the Hamas militants", "PSE", "REB"),
])
def test_an_officer_of_a_group_an_organisation_names_is_of_it(annotate, text, mention, country, sector):
    doc = annotate(text, date="2021-05-01", upto="tidings_actors")
    actor = actor_named_by(doc, mention)
    assert (actor["country"], actor["sector"]) == (country, sector)
