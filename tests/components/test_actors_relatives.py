"""'X, his son, Y,': a relative is not whom a shared surname later means, and takes X's country."""

from __future__ import annotations

import pytest

from .roles import person_named


@pytest.mark.parametrize(
    ("text", "relative", "country"),
    [
        ("Officials sanctioned Sali Mehmeti, the former prime minister of Albania, and his son, Arben Mehmeti.",
         "Arben", "ALB"),
        ("Police detained Ahmed Karimi, an Iranian businessman, and his wife, Leila Karimi, in Istanbul.",
         "Leila", "IRN"),
    ],
)
def test_relative_takes_the_country(annotate, text, relative, country):
    assert person_named(annotate(text, upto="tidings_actors"), relative)["country"] == country


@pytest.mark.parametrize(
    ("text", "meant"),
    [
        ("Officials sanctioned Sali Mehmeti and his son, Arben Mehmeti, on Monday. Mehmeti rejected the charges.",
         "Sali"),
        # no relative: the last named one, as before
        ("Officials sanctioned Sali Mehmeti and Arben Mehmeti on Monday. Mehmeti rejected the charges.", "Arben"),
    ],
)
def test_bare_surname_means_the_non_relative(annotate, text, meant):
    doc = annotate(text, upto="tidings_actors")
    start = text.index("Mehmeti rejected")
    assert any(s == start for s, _ in person_named(doc, meant)["mentions"])
