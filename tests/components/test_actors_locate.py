"""Actors whose own phrase names no country are located from where the text puts them."""

from __future__ import annotations

import pytest

from .roles import actor_named_by


@pytest.mark.parametrize(
    ("text", "mention", "country"),
    [
        ("Rebels in the Ivory Coast attacked a convoy near the border.", "Rebels", "CIV"),
        ("Aid workers met refugees fleeing the fighting in Sudan.", "refugees", "SDN"),
        ("Officials in Uganda and Tanzania said nothing.", "Officials", "UGA"),
    ],
)
def test_place_in_the_phrase_locates_theactor_named_by(annotate, text, mention, country):
    actor = actor_named_by(annotate(text, upto="tidings_actors"), mention)
    assert actor["country"] == country
    assert any(e.startswith("located:") for e in actor["evidence"])


@pytest.mark.parametrize(
    ("text", "mention", "country"),
    [
        ("Judge Maria Ortega ordered the arrest of three Chilean officials.", "Judge Maria Ortega", "CHL"),
        ("Prosecutor Luis Andrade charged two Bolivian officials with fraud.", "Prosecutor Luis Andrade", "BOL"),
    ],
)
def test_only_country_in_the_sentence_is_context(annotate, text, mention, country):
    actor = actor_named_by(annotate(text, upto="tidings_actors"), mention)
    assert actor["country"] == country
    assert any(e.startswith("context:") for e in actor["evidence"])


@pytest.mark.parametrize(
    ("text", "mention", "not_country"),
    [
        ("Protesters burning an American flag marched to the embassy.", "Protesters", "USA"),
        ("Students waving Chinese flags gathered outside the hall.", "Students", "CHN"),
        ("Iran-backed militias attacked the base.", "militias", "IRN"),
    ],
)
def test_a_country_on_a_thing_does_not_locate_theactor_named_by(annotate, text, mention, not_country):
    assert actor_named_by(annotate(text, upto="tidings_actors"), mention)["country"] != not_country


@pytest.mark.parametrize(
    ("text", "mention", "country"),
    [
        ("Up to 200 ethnic Albanians demonstrated on Tuesday in Serbia, local radio said.", "Albanians", "SRB"),
        ("Ethnic Hungarians rallied on Sunday in Romania, organisers said.", "Hungarians", "ROU"),
        ("Ethnic Serb gunmen operating in Kosovo fired on a patrol.", "Serb gunmen", "KOS"),
    ],
)
def test_ethnic_group_is_coded_where_it_lives(annotate, text, mention, country):
    actor = actor_named_by(annotate(text, upto="tidings_actors"), mention)
    assert actor["country"] == country
    assert any(e.startswith("located: ethnic") for e in actor["evidence"])


def test_regional_demonym_is_not_moved_by_ethnic(annotate):
    doc = annotate("Thailand deported 40 ethnic Uyghurs to China.", upto="tidings_actors")
    assert actor_named_by(doc, "Uyghurs")["country"] == "CHN"
