"""lookup_place: a name (and the article's other countries) in, the place it most likely denotes out."""

from __future__ import annotations

import pytest

from tidings.gazetteer import lookup_place


@pytest.mark.parametrize(
    ("name", "kind", "country"),
    [
        ("Beijing", "city", "CHN"),
        ("Moscow", "city", "RUS"),  # not Moscow, Idaho
        ("Kharkiv", "city", "UKR"),
        ("Khan Yunis", "city", "PSE"),  # folded from "Khān Yūnis"
        ("Ukraine", "country", "UKR"),
        ("the United States", "country", "USA"),
        ("U.S.", "country", "USA"),
        ("Britain", "country", "GBR"),
        ("Myanmar", "country", "MMR"),
        ("Burma", "country", "MMR"),
        ("the Middle East", "region", None),
        ("the Gaza Strip", "region", "PSE"),
        ("the West Bank", "region", "PSE"),
        ("Donbass", "region", "UKR"),
        ("the Sahel", "region", None),
        ("Nagorno-Karabakh", "region", "AZE"),
        ("the South China Sea", "region", None),
        ("Texas", "admin", "USA"),
    ],
)
def test_names_resolve_to_kind_and_country(name, kind, country):
    place = lookup_place(name)
    assert (place["kind"], place["country"]) == (kind, country)
    assert place["lat"] is not None and place["lon"] is not None


def test_old_and_new_spellings_are_the_same_place():
    assert lookup_place("Kiev") == lookup_place("Kyiv")
    assert lookup_place("Kyiv")["name"] == "Kyiv"


@pytest.mark.parametrize(
    ("context", "kind", "country"),
    [((), "country", "GEO"), (("USA",), "admin", "USA"), (("USA", "GEO"), "country", "GEO")],
)
def test_georgia_is_decided_by_the_other_countries(context, kind, country):
    place = lookup_place("Georgia", context)
    assert (place["kind"], place["country"]) == (kind, country)


@pytest.mark.parametrize(
    ("name", "context", "country"),
    [
        ("Paris", (), "FRA"),
        ("Paris", ("USA",), "FRA"),  # a town of 25,000 does not beat Paris on context alone
        ("Birmingham", (), "GBR"),
        ("Birmingham", ("USA",), "USA"),  # a big US city does, in a US story
    ],
)
def test_town_names_shared_across_countries(name, context, country):
    assert lookup_place(name, context)["country"] == country


@pytest.mark.parametrize("name", ["Chinese", "Russian", "Xinhua", "Hamas", "Zorblatia"])
def test_demonyms_organisations_and_unknown_names_are_not_places(name):
    assert lookup_place(name) is None


def test_country_coordinates_are_central_not_the_capital():
    russia = lookup_place("Russia")
    assert russia["lon"] > 60  # Moscow is at 37.6 E
    assert russia["geonameid"] is not None


@pytest.mark.parametrize(
    ("name", "context", "country"),
    [
        ("Victoria", ("SYC",), "SYC"),  # the Seychelles' capital, not Hong Kong's Victoria, 40x bigger
        ("Victoria", ("CAN",), "CAN"),
        ("Victoria", (), "HKG"),
        ("Kingston", ("JAM",), "JAM"),
    ],
)
def test_the_capital_of_a_named_country_is_its_likeliest_namesake(name, context, country):
    assert lookup_place(name, context)["country"] == country
