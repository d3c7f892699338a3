"""'X and Y, both from Iran,': what conjoined names share after the last of them places each."""

from __future__ import annotations

import pytest

from .roles import person_named


@pytest.mark.parametrize(
    ("text", "surnames", "country"),
    [
        ("Ali Rahimi and Omid Karimi, both from Iran, pleaded not guilty.", ("Rahimi", "Karimi"), "IRN"),
        ("Prosecutors charged Rafael Ortiz and Diego Salas, both Colombian nationals, with smuggling.",
         ("Ortiz", "Salas"), "COL"),
        ("Jonas Berg and Erik Lund, all from Norway, were rescued on Sunday.", ("Berg", "Lund"), "NOR"),
    ],
)
def test_shared_description_places_each(annotate, text, surnames, country):
    doc = annotate(text, upto="tidings_actors")
    assert [person_named(doc, s)["country"] for s in surnames] == [country, country]


def test_a_description_of_one_name_is_not_shared(annotate):
    doc = annotate("Ali Rahimi and Omid Karimi, a lawyer from Iran, met reporters.", upto="tidings_actors")
    assert person_named(doc, "Rahimi")["country"] is None
