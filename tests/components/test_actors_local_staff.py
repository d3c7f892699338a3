"""Local staff of a foreign mission are the host country's people, never the employer's."""

from __future__ import annotations

import pytest

from .roles import person_named


@pytest.mark.parametrize(
    ("text", "surname", "country"),
    [
        ("A Turkish court kept Emre Kaya, a local U.S. consulate employee, in prison.", "Kaya", "TUR"),
        ("Venezuelan police detained Carlos Mendez, a locally hired guard at the Canadian embassy.", "Mendez", "VEN"),
        ("Russian investigators questioned Ivan Petrov, a local staffer at the British embassy, on Friday.",
         "Petrov", "RUS"),
    ],
)
def test_local_staff_take_the_host_country(annotate, text, surname, country):
    person = person_named(annotate(text, upto="tidings_actors"), surname)
    assert person["country"] == country


@pytest.mark.parametrize(
    ("text", "surname"),
    [
        # with no host in sight the employer still does not make the person its national
        ("Emre Kaya, a local U.S. consulate employee, was released on Tuesday.", "Kaya"),
    ],
)
def test_local_staff_never_take_the_employer(annotate, text, surname):
    person = person_named(annotate(text, upto="tidings_actors"), surname)
    assert person["country"] != "USA"
