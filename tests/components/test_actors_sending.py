"""An institution that sends people to a country is not of that country."""

from __future__ import annotations

import pytest

from .roles import DATE, actor_named_by


@pytest.mark.parametrize(("text", "mention", "country"), [
    ("Beijing says the Uyghurs are Chinese citizens. China wants them back. Eight Uyghurs remain in "
     "Thailand's custody since authorities deported 40 others to China last month.", "authorities", "THA"),
    ("Washington has sought him for years. The United States charged him in 2019. Police in the case "
     "say he hid in Paraguay, and officials extradited him to the United States on Monday.", "officials", "PRY"),
])
def test_who_sends_people_to_a_country_is_not_of_it(annotate, text, mention, country):
    doc = annotate(text, date=DATE, upto="tidings_actors")
    assert actor_named_by(doc, mention)["country"] == country


def test_a_religious_word_does_not_outweigh_an_office(annotate):
    doc = annotate("De facto fundamentalist Afghan authorities have barred girls from attending school.",
                   date=DATE, upto="tidings_actors")
    assert actor_named_by(doc, "fundamentalist Afghan authorities")["sector"] == "GOV"


def test_the_quad_is_an_intergovernmental_forum(annotate):
    doc = annotate("The leaders of the Quadrilateral Security Dialogue met in Tokyo.", date=DATE, upto="tidings_actors")
    assert actor_named_by(doc, "leaders of the Quadrilateral Security Dialogue")["country"] == "IGO"


def test_a_name_listed_among_towns_is_a_place(annotate):
    doc = annotate("Rebels attacked the towns of Bocaranga and Bazoum last week.", date=DATE, upto="tidings_actors")
    assert not [a for a in doc._.actors if a["kind"] == "person"], doc._.actors
