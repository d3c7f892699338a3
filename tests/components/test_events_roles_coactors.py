"""Co-actors joined to the subject by "along with" / "together with" act with it."""

from __future__ import annotations

import pytest

from .roles import DATE


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        ("The United States, along with Britain and Germany, called for an emergency meeting of the council.",
         {"USA", "GBR", "DEU"}),
        ("France, together with Italy, condemned the attack on the embassy.", {"FRA", "ITA"}),
    ],
)
def test_along_with_joins_the_source(annotate, text, actors):
    events = annotate(text, date=DATE)._.events
    assert events
    assert {r["country"] for r in events[0]["source"]} == actors
    assert not {r["country"] for r in events[0]["target"]} & actors
