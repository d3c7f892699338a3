"""Named people whose own phrase gives no country, placed by what the article says about them:
a later definite title, the justice that holds them, the body they head."""

from __future__ import annotations

import pytest

from .roles import DATE, person_named


@pytest.mark.parametrize(
    ("text", "surname", "country"),
    [
        ('"We reject the claims," foreign ministry spokesperson Abdul Qahar Balkhi said. Balkhi said Islamabad '
         'must act. "They should look inward," the Taliban foreign ministry spokesperson said.', "Balkhi", "AFG"),
        ('Spokesman Aliyu Bello denied the report. "It is false," the Nigerian spokesman said.', "Bello", "NGA"),
    ],
)
def test_later_definite_title_places_the_one_unplaced_holder(annotate, text, surname, country):
    assert person_named(annotate(text, date=DATE, upto="tidings_actors"), surname)["country"] == country


def test_no_title_link_when_two_people_hold_it(annotate):
    text = ('Spokesman Aliyu Bello denied the report. Spokesman Musa Idris agreed. '
            '"It is false," the Nigerian spokesman said.')
    assert person_named(annotate(text, date=DATE, upto="tidings_actors"), "Bello")["country"] is None


@pytest.mark.parametrize(
    ("text", "surname", "country"),
    [
        ("GUATEMALA CITY — Authorities arrested journalist Jose Luis Perez on Monday. Guatemala's courts are slow.",
         "Perez", "GTM"),
        ("Media groups condemned Tendai Moyo's arrest and urged the Zimbabwean government to free him.", "Moyo", "ZWE"),
        ("HARARE — The trial of reporter Tendai Moyo opened on Tuesday.", "Moyo", "ZWE"),
    ],
)
def test_held_person_takes_the_holding_country(annotate, text, surname, country):
    actor = person_named(annotate(text, date=DATE, upto="tidings_actors"), surname)
    assert actor["country"] == country
    assert any("held (" in e for e in actor["evidence"])


@pytest.mark.parametrize(
    "text",
    [
        "HARARE — Reporter Tendai Moyo praised the ruling on Tuesday.",
        "Tendai Moyo said the arrest of protesters in Kenya and Uganda was unlawful.",
    ],
)
def test_no_held_guess_when_nobody_holds_the_person(annotate, text):
    assert person_named(annotate(text, date=DATE, upto="tidings_actors"), "Moyo")["country"] is None


@pytest.mark.parametrize(
    ("text", "surname", "country", "sector"),
    [
        ('The head of Doctors Without Borders told the council that his teams had seen the abuse. '
         '"They were raped," said Secretary General Christopher Lockyear.', "Lockyear", "NGO", "MED"),
        ('The chief of the Arab League warned of a wider war. "The region is burning," said '
         'Secretary-General Karim Haddad.', "Haddad", "IGO", None),
    ],
)
def test_named_after_the_unnamed_head_of_a_body(annotate, text, surname, country, sector):
    actor = person_named(annotate(text, date=DATE, upto="tidings_actors"), surname)
    assert actor["country"] == country
    if sector:
        assert actor["sector"] == sector


def test_another_person_between_breaks_the_link(annotate):
    text = ('The head of Doctors Without Borders spoke first. Later, Maria Lenz, a nurse, spoke. '
            '"They were raped," said Secretary General Christopher Lockyear.')
    assert person_named(annotate(text, date=DATE, upto="tidings_actors"), "Lockyear")["country"] is None
