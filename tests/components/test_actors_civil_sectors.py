"""Bare civil-sector nouns ("the school", "companies") take the story's plain country (its dateline
or clearly main country), but not when the phrase says they are foreign."""

from __future__ import annotations

import pytest

from .roles import actor_with_mention


@pytest.mark.parametrize(
    ("text", "mention", "country", "sector"),
    [
        ("LILONGWE — A mother said the school refused to admit her son because of his hair.", "school", "MWI", "EDU"),
        ("Peru's economy grew. Peruvian farmers protested in Lima. Companies said sales had fallen.", "Companies", "PER", "BUS"),
        ("NAIROBI — Doctors went on strike on Monday over unpaid wages.", "Doctors", "KEN", "MED"),
        ("LA PAZ — The national ombudsman offered on Wednesday to mediate.", "ombudsman", "BOL", "GOV"),
        ("NIAMEY — Insurgents overran an army outpost near the border.", "army outpost", "NER", "MIL"),
    ],
)
def test_story_country_for_civil_nouns(annotate, text, mention, country, sector):
    actor = actor_with_mention(annotate(text, upto="tidings_actors"), mention)
    assert actor is not None and (actor["country"], actor["sector"]) == (country, sector)
    assert any(e.startswith("context:") for e in actor["evidence"])


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("LILONGWE — Foreign companies said they would leave the market.", "Foreign companies"),
        ("KABUL — International forces left the base on Monday.", "International forces"),
        ("KYIV — Western politicians urged more aid on Monday.", "Western politicians"),
        # "foreign" on the noun before the head ("intelligence"), not on the head itself
        ("BELGRADE — Vucic accused unnamed foreign intelligence agencies of funding the protests.",
         "intelligence agencies"),
    ],
)
def test_foreign_nouns_stay_without_country(annotate, text, mention):
    actor = actor_with_mention(annotate(text, upto="tidings_actors"), mention)
    assert actor is None or actor["country"] is None


def test_an_embassy_is_its_states_government(annotate):
    actor = actor_with_mention(annotate("The U.S. embassy in Yaounde condemned the kidnapping.", upto="tidings_actors"),
                               "U.S. embassy")
    assert actor is not None and (actor["country"], actor["sector"]) == ("USA", "GOV"), actor


@pytest.mark.parametrize(("text", "mention", "country"), [
    ("LIMA (Wire) -- A protester died in Lima. Police commander Oscar Arriola apologised to the family.",
     "Oscar Arriola", "PER"),
    ("BAMENDA, Cameroon (Wire) -- Gunmen kidnapped 11 people. The regional governor, Adolphe Lele, blamed "
     "separatist militias.", "Adolphe Lele", "CMR"),
])
def test_a_named_holder_of_a_local_office_is_of_the_datelines_country(annotate, text, mention, country):
    actors = [a for a in annotate(text, upto="tidings_actors")._.actors if a["name"].startswith(mention)]
    assert actors and actors[0]["country"] == country, actors


def test_a_named_minister_in_a_foreign_dateline_gets_no_country_from_it(annotate):
    actors = [a for a in annotate("BRUSSELS (Wire) -- Foreign Minister Jan Novak called for calm.",
                                  upto="tidings_actors")._.actors if a["name"] == "Jan Novak"]
    assert actors and actors[0]["country"] != "BEL", actors


def test_the_dead_of_a_strike_abroad_are_of_the_place_struck(annotate):
    text = ("ISLAMABAD (Wire) -- Pakistani aircraft struck targets in Afghanistan's Paktika province overnight, "
            "killing at least 12 people, Taliban officials said.")
    people = [a for a in annotate(text, upto="tidings_actors")._.actors if a["name"] == "people"]
    assert people and people[0]["country"] == "AFG", people


@pytest.mark.parametrize(("text", "name", "sector"), [
    ("NAIROBI (Wire) -- National Police Service spokesman Muchiri Nyaga said officers had acted with restraint.",
     "Muchiri Nyaga", "COP"),
    ("KHARTOUM (Wire) -- Army spokesman Nabil Abdallah said the militia had attacked the city.", "Nabil Abdallah", "MIL"),
    ("ABUJA (Wire) -- President Bola Tinubu ordered the security chiefs to find the abducted.", "security chiefs", "MIL"),
])
def test_spokesmen_and_chiefs_of_the_forces_are_of_their_sector(annotate, text, name, sector):
    actors = [a for a in annotate(text, upto="tidings_actors")._.actors if a["name"] == name]
    assert actors and actors[0]["sector"] == sector, actors
