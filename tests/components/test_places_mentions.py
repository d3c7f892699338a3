"""The places stage on sentences: what counts as a place mention, and how mentions are grouped."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def places_of(annotate):
    def run(text: str) -> dict[str, dict]:
        doc = annotate(text, upto="tidings_places")
        return {place["name"]: place for place in doc._.places}

    return run


def test_every_mention_of_a_place_is_grouped_under_it(places_of, annotate):
    text = "Officials in Kiev said the strike on Kyiv killed three people, and Kyiv's mayor called for calm."
    places = places_of(text)
    assert list(places) == ["Kyiv"]
    assert [text[s:e] for s, e in places["Kyiv"]["mentions"]] == ["Kiev", "Kyiv", "Kyiv"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Kyiv continues a counteroffensive in the south.", "Kyiv"),  # the small NER calls it a PERSON
        ("Drones struck Odesa overnight, officials said.", "Odesa"),
        ("Fighting raged in northern Gaza on Sunday.", "Gaza"),
        ("Envoys met in the Kherson region to discuss grain.", "Kherson"),
    ],
)
def test_places_the_ner_misses_or_mislabels(places_of, text, name):
    assert name in places_of(text)


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("The storm hit Paris, Texas, overnight.", "Paris", "USA"),
        ("The storm hit Paris overnight, French officials said.", "Paris", "FRA"),
        ("Georgia's president spoke in Tbilisi about Russia.", "Georgia", "GEO"),
        ("Voters in Atlanta, Georgia, queued for hours as Texas counted ballots.", "Georgia", "USA"),
    ],
)
def test_ambiguous_names_follow_the_article(places_of, text, name, country):
    assert places_of(text)[name]["country"] == country


@pytest.mark.parametrize(
    "text",
    [
        "Chinese and Russian diplomats disagreed.",  # demonyms
        "State news agency Xinhua reported the visit.",
        "Paris Hilton attended the gala.",
        "The Bank of China raised its rates.",
    ],
)
def test_demonyms_and_names_containing_places_are_not_places(places_of, text):
    assert places_of(text) == {}


def test_countries_and_capitals_acting_as_governments_are_still_places(places_of):
    places = places_of("Beijing said China would not send troops to Ukraine.")
    assert {name: p["kind"] for name, p in places.items()} == {"Beijing": "city", "China": "country", "Ukraine": "country"}


def test_records_are_shaped_like_the_schema(places_of):
    from tidings.schema import Place

    for place in places_of("Talks in Doha involved Qatar, Egypt and the United States.").values():
        Place.model_validate(place)


def test_a_possessive_is_not_part_of_the_name(places_of, annotate):
    text = "New Delhi’s envoy met officials from New York’s city hall."
    places = places_of(text)
    assert {"New Delhi", "New York City"} <= set(places)
    assert all(not text[s:e].endswith("s") for p in places.values() for s, e in p["mentions"])


def test_a_city_swept_into_a_time_phrase_is_still_a_place(annotate):
    # the model reads "Kyiv overnight" as one TIME entity
    doc = annotate("Russia launched drones at Kyiv overnight.", upto="tidings_places")
    assert "Kyiv" in [p["name"] for p in doc._.places]


@pytest.mark.parametrize("text", ["The talks ended on May 5.", "Protesters gathered on Monday night."])
def test_a_dates_own_names_are_no_place(annotate, text):
    assert annotate(text, upto="tidings_places")._.places == []
