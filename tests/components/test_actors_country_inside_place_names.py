"""A country's name at the end of a longer place name is the place's ("Port of Spain", "Puerto
Jordan"), while a compass word before it only names a part of the state ("Upper Egypt")."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "not_country"),
    [
        ("Venezuela's navy seized a fishing boat off Port of Spain on Tuesday.", "ESP"),
        ("Rebels attacked a military base in Puerto Jordan, killing two soldiers.", "JOR"),
    ],
)
def test_the_place_is_not_the_country(annotate, text, not_country):
    doc = annotate(text)
    assert not_country not in {a["country"] for a in doc._.actors}, doc._.actors


def test_a_compass_word_keeps_the_country(annotate):
    doc = annotate("Egyptian police arrested 20 people in Upper Egypt.")
    assert any(a["name"] == "Egypt" for a in doc._.actors), doc._.actors


def test_a_capital_named_after_a_country_is_its_government(annotate):
    events = [e for e in annotate("In October, Caracas suspended a gas agreement with Port of Spain.")._.events
              if e["type"] == "SANCTION"]
    assert events
    assert [a["country"] for a in events[0]["target"]] == ["TTO"], events[0]
