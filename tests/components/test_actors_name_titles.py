"""Capitalised titles before a name give its sector; US party titles give USA only in a US story."""

from __future__ import annotations

import pytest


def _person(doc, name):
    return next(a for a in doc._.actors if a["name"] == name)


@pytest.mark.parametrize(
    ("text", "name", "sector"),
    [
        ("Justice Tendai Moyo adjourned the hearing until next week.", "Tendai Moyo", "JUD"),
        ("Representative Laura Finch introduced the bill on Tuesday.", "Laura Finch", "LEG"),
    ],
)
def test_name_title_gives_sector(annotate, text, name, sector):
    assert _person(annotate(text, upto="tidings_actors"), name)["sector"] == sector


def test_justice_as_common_word_is_no_actor(annotate):
    doc = annotate("The families demanded justice for the victims.", upto="tidings_actors")
    assert not any(a["sector"] == "JUD" for a in doc._.actors)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Republican Representative Tom Hale criticized the plan, as the U.S. Congress debated aid.", "USA"),
        ("Republican Representative Tom Hale criticized the plan.", None),
    ],
)
def test_party_title_is_american_only_in_a_us_story(annotate, text, country):
    assert _person(annotate(text, upto="tidings_actors"), "Tom Hale")["country"] == country
