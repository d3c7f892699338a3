"""Generic people nouns are actors (civilian victims), with a country where the text gives one."""

from __future__ import annotations

import pytest

from .roles import actor_with_mention


@pytest.mark.parametrize(
    ("text", "words", "country", "sector"),
    [
        ("Separatist fighters in Balochistan killed nearly 300 people last year.", "people", "PAK", "CVL"),
        ("Israeli troops fired tear gas at Palestinian demonstrators near the fence.", "Palestinian demonstrators", "PSE", "CVL"),
        ("The insurgents have stepped up attacks on soldiers, settlers and workers in Balochistan.", "settlers", "PAK", "CVL"),
        ("Gunmen opened fire on a bus, killing 12 passengers in Kenya.", "passengers", "KEN", "CVL"),
        ("Bombers killed 19 people in Baghdad on Friday.", "people", "IRQ", "CVL"),
        ("Police detained dozens of students at the campus.", "students", None, "EDU"),
        ("Police in Peru arrested 19 suspects after the raid.", "suspects", "PER", "CVL"),
        ("Gunmen in Mali abducted several drivers on the highway.", "drivers", "MLI", "CVL"),
    ],
)
def test_people_nouns_are_actors(annotate, text, words, country, sector):
    doc = annotate(text, upto="tidings_actors")
    actor = actor_with_mention(doc, words)
    assert actor is not None
    assert (actor["country"], actor["sector"]) == (country, sector)


def test_people_take_the_article_country(annotate):
    text = (
        "YANGON — Myanmar's junta extended martial law on Monday. Myanmar security forces have "
        "arrested at least 2,000 people since the coup, a rights monitor said."
    )
    doc = annotate(text, upto="tidings_actors")
    actor = actor_with_mention(doc, "people")
    assert actor is not None and actor["country"] == "MMR"
