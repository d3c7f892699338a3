"""The head of a non-governmental body takes its code and sector, not a title's GOV."""

from __future__ import annotations

import pytest


def _person(doc, name):
    return next(a for a in doc._.actors if a["name"] == name)


@pytest.mark.parametrize(
    ("text", "name", "country", "sector"),
    [
        ("Laura Brenner, president of the Committee for Democracy in Belarus, condemned the verdict.",
         "Laura Brenner", "NGO", None),
        ("Samuel Okoro, president of the Lagos Chamber Foundation in Abuja, praised the reform.",
         "Samuel Okoro", "NGA", None),
        ("Daniel Weiss, president of the Riverside Company, criticized the tariffs.", "Daniel Weiss", None, "BUS"),
    ],
)
def test_nongov_employer_codes_the_person(annotate, text, name, country, sector):
    person = _person(annotate(text, upto="tidings_actors"), name)
    assert (person["country"], person["sector"]) == (country, sector)


def test_government_title_keeps_gov(annotate):
    doc = annotate("Ana Lopes, president of the Senate of Brazil, rejected the bill.", upto="tidings_actors")
    assert _person(doc, "Ana Lopes")["sector"] != "NGO"
