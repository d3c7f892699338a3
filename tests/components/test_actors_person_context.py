"""A named person's country comes from what the text says the person is, not from where the story is."""

from __future__ import annotations

import pytest

from .roles import person_named


@pytest.mark.parametrize(
    ("text", "surname", "country"),
    [
        ("Prosecutors in New York said Karim Rustamov, who is Azerbaijani, was paid to carry out the plot.",
         "Rustamov", "AZE"),
        ("A French national, Pierre Lamotte, posted the photographs on a Chinese video platform.", "Lamotte", "FRA"),
        ("Among them is Tom Baxter, an American who moved to Shanghai in 2015.", "Baxter", "USA"),
        ("Lena Okafor, a spokesperson for Kenya's Ministry of Health, said the clinics in Uganda were full.",
         "Okafor", "KEN"),
    ],
)
def test_description_gives_the_country(annotate, text, surname, country):
    person = person_named(annotate(text, upto="tidings_actors"), surname)
    assert person["country"] == country
    assert not any(e.startswith(("context:", "located:")) for e in person["evidence"])


@pytest.mark.parametrize(
    ("text", "surname"),
    [
        ("Economist Rafael Ortiz spoke at a conference in Tokyo on Monday.", "Ortiz"),
        ("Former banker Richard Hollis visited Taipei on Tuesday to meet business leaders.", "Hollis"),
        ("Sarah Kendrick told VOA the vote had been postponed.", "Kendrick"),
        # a country that is a person's subject is not the person's
        ("Jane Hobbs, a senior Iran analyst at a consultancy, said the talks would fail.", "Hobbs"),
    ],
)
def test_context_does_not_place_a_named_person(annotate, text, surname):
    assert person_named(annotate(text, upto="tidings_actors"), surname)["country"] is None


@pytest.mark.parametrize(
    ("text", "surname", "country"),
    [
        ("Governor Ahmed Bello said the floods had hit Nigeria harder than expected.", "Bello", "NGA"),
        ("Police chief Omar Farah said gunmen stormed a hotel in Somalia overnight.", "Farah", "SOM"),
        ("\"We heard gunfire all night,\" said Abdi Nur, a resident who saw the attack in Somalia.", "Nur", "SOM"),
    ],
)
def test_local_office_or_resident_keeps_the_sentence_country(annotate, text, surname, country):
    assert person_named(annotate(text, upto="tidings_actors"), surname)["country"] == country


@pytest.mark.parametrize(
    ("text", "surname", "not_country"),
    [
        ("Steven Marsh, the deputy special representative for North Korea at the State Department, "
         "met officials on Monday.", "Marsh", "PRK"),
        ("Olga Brandt, the special envoy for Syria, met ministers on Monday.", "Brandt", "SYR"),
    ],
)
def test_envoy_for_a_country_is_not_its_national(annotate, text, surname, not_country):
    assert person_named(annotate(text, upto="tidings_actors"), surname)["country"] != not_country
