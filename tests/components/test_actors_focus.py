"""A bare institution ("the military", "the court") takes the article's own country."""

from __future__ import annotations

import pytest

from .roles import actor_named_by


@pytest.mark.parametrize(
    ("text", "mention", "country"),
    [
        ("ISLAMABAD — The military said it had killed 12 fighters overnight.", "military", "PAK"),
        ("KHARKIV, Ukraine — Shelling hit two villages overnight. The authorities ordered an evacuation.", "authorities", "UKR"),
    ],
)
def test_dateline_gives_the_country(annotate, text, mention, country):
    actor = actor_named_by(annotate(text, upto="tidings_actors"), mention)
    assert actor["country"] == country
    assert any(e.startswith("context: dateline") for e in actor["evidence"])


@pytest.mark.parametrize(
    ("text", "mention", "country", "sector"),
    [
        ("Peru's economy grew. Peruvian farmers protested in Lima. The police fired tear gas.", "police", "PER", "COP"),
        ("Kenya's shilling fell. Kenyan unions went on strike. Lawmakers debated a new tax.", "Lawmakers", "KEN", "LEG"),
        ("Guatemala's president spoke. Guatemalan reporters were arrested. An appeals court freed them.", "appeals court", "GTM", "JUD"),
    ],
)
def test_main_country_of_the_article(annotate, text, mention, country, sector):
    actor = actor_named_by(annotate(text, upto="tidings_actors"), mention)
    assert (actor["country"], actor["sector"]) == (country, sector)
    assert any(e.startswith("context: article's main country") for e in actor["evidence"])


@pytest.mark.parametrize(
    "text",
    [
        "Brazil and Argentina signed a trade deal. The court later suspended it.",
        "Chile and Peru argued. Chile and Peru met again. The court ruled on Monday.",
    ],
)
def test_no_main_country_when_two_are_close(annotate, text):
    assert actor_named_by(annotate(text, upto="tidings_actors"), "court")["country"] is None


def test_last_actor_of_the_sector_when_nothing_else(annotate):
    text = "Nigerian soldiers clashed with Cameroonian soldiers. Rwandan soldiers watched. The army later withdrew."
    actor = actor_named_by(annotate(text, upto="tidings_actors"), "army")
    assert actor["country"] == "RWA"
    assert any(e.startswith("context: last MIL actor") for e in actor["evidence"])


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("Peru's economy grew. Peruvian farmers protested in Lima. Reporters watched.", "Reporters"),
        ("Peru's economy grew. Peruvian farmers protested in Lima. Refugees waited.", "Refugees"),
    ],
)
def test_people_who_may_be_foreign_keep_no_country(annotate, text, mention):
    assert actor_named_by(annotate(text, upto="tidings_actors"), mention)["country"] is None
