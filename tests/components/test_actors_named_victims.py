"""Who is attacked, helped or held is an actor of its own: a people noun placed by its own "in"
phrase, a named person with an age (whatever the entity tagger thought), criminal and outlaw
groups named by a whole phrase; and an attacker's nationality says nothing of its target's."""

from __future__ import annotations

import pytest

from .roles import actor_named_by


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        ("The Red Cross delivered tents to families in Yemen.", "families", "YEM"),
        ("The agency sent seed to households in Zambia.", "households", "ZMB"),
    ],
)
def test_people_placed_by_their_own_in_phrase(annotate, text, mention, code):
    doc = annotate(text, upto="tidings_actors")
    actor = actor_named_by(doc, mention)
    assert (actor["country"], actor["sector"]) == (code, "CVL")


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("Police detained Wilmer Andres Quinonez, 39, on Friday.", "Wilmer Andres Quinonez"),
        ("Police detained Omar Farouk Bello, 41, at his home in Kano.", "Omar Farouk Bello"),
    ],
)
def test_a_name_with_an_age_is_a_person(annotate, text, mention):
    doc = annotate(text, upto="tidings_actors")
    assert actor_named_by(doc, mention)["kind"] == "person"


@pytest.mark.parametrize(
    ("text", "mention", "sector"),
    [
        ("The minister blamed outlaw groups for the bombing.", "outlaw groups", "UAF"),
        ("Prosecutors charged drug trafficking networks with laundering money.", "drug trafficking networks", "CRM"),
        ("Soldiers clashed with jihadist groups near the border.", "jihadist groups", "REB"),
    ],
)
def test_whole_group_phrases_are_actors(annotate, text, mention, sector):
    doc = annotate(text, upto="tidings_actors")
    assert actor_named_by(doc, mention)["sector"] == sector


@pytest.mark.parametrize(
    ("text", "mention", "attacker"),
    [
        ("French troops carried out air strikes against jihadist fighters near Gossi.", "jihadist fighters", "FRA"),
        ("Indian troops fired on militants near Kel.", "militants", "IND"),
    ],
)
def test_the_attackers_country_is_not_the_targets(annotate, text, mention, attacker):
    doc = annotate(text, upto="tidings_actors")
    assert actor_named_by(doc, mention)["country"] != attacker


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        ("Kenyan police arrested students outside the university.", "students", "KEN"),
        ("Separatist fighters in Balochistan killed 20 workers last month.", "workers", "PAK"),
    ],
)
def test_the_sentence_country_still_places_the_others(annotate, text, mention, code):
    doc = annotate(text, upto="tidings_actors")
    assert actor_named_by(doc, mention)["country"] == code


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("The anti-Taliban resistance attacked a checkpoint in Panjshir.", "Taliban"),
        ("Fighters from the anti-Houthi coalition seized a port.", "Houthis"),
    ],
)
def test_whom_a_group_opposes_is_no_actor_there(annotate, text, absent):
    doc = annotate(text, upto="tidings_actors")
    assert absent not in {actor["name"] for actor in doc._.actors}


def test_delegates_are_a_sides_envoys(annotate):
    doc = annotate("The Venezuelan government and opposition delegates met in Oslo on Monday.", upto="tidings_actors")
    assert actor_named_by(doc, "opposition delegates")["sector"] == "OPP"
