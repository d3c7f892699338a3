"""Names with two readings: Georgia, Congo, Turkey and Türkiye."""

from __future__ import annotations

import pytest


def _countries(doc):
    return {a["country"] for a in doc._.actors if a["kind"] == "country"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Georgia accused Russia of occupying South Ossetia, officials in Tbilisi said.", "GEO"),
        ("Georgia's government in Tbilisi rejected the European criticism.", "GEO"),
        ("Georgia passed a new voting law, and Gov. Brian Kemp signed it in Atlanta.", None),
        ("Georgia will hold its Senate race runoff, Republicans in Atlanta said.", None),
    ],
)
def test_georgia_country_or_us_state(annotate, text, expected):
    doc = annotate(text, upto="tidings_actors")
    georgia = [a for a in doc._.actors if a["name"] == "Georgia" or (a["country"] == "GEO")]
    if expected is None:
        assert not georgia
    else:
        assert georgia and georgia[0]["country"] == expected


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Turkey closed its airspace.", "TUR"),
        ("Türkiye closed its airspace.", "TUR"),
        ("Turkiye closed its airspace.", "TUR"),
    ],
)
def test_turkey_and_turkiye(annotate, text, code):
    assert code in _countries(annotate(text, upto="tidings_actors"))


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Congo accused Rwanda of backing M23 rebels near Goma.", "COD"),
        ("The Democratic Republic of Congo recalled its ambassador.", "COD"),
        ("DR Congo recalled its ambassador.", "COD"),
        ("The Republic of Congo signed an oil deal.", "COG"),
        ("Congo-Brazzaville signed an oil deal.", "COG"),
        ("Congo signed an oil deal, President Sassou Nguesso said in Brazzaville.", "COG"),
    ],
)
def test_the_two_congos(annotate, text, code):
    found = _countries(annotate(text, upto="tidings_actors")) & {"COD", "COG"}
    assert found == {code}


def test_person_sharing_a_country_name_is_a_person(annotate):
    doc = annotate("Chad Smith, an American businessman, met investors in Lagos.", upto="tidings_actors")
    smith = [a for a in doc._.actors if a["name"] == "Chad Smith"]
    assert smith and smith[0]["kind"] == "person" and smith[0]["country"] == "USA"
    assert "TCD" not in _countries(doc)


@pytest.mark.parametrize(
    "text",
    ["Ships crossed the South China Sea.", "Forces massed near the Korean Peninsula."],
)
def test_place_names_with_a_country_inside_are_not_actors(annotate, text):
    assert not _countries(annotate(text, upto="tidings_actors"))
