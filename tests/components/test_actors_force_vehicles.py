"""Vessels, vehicles and posts of a force stand for it: "Chinese coast guard ships" are CHN MIL."""

from __future__ import annotations

import pytest


def _groups(doc):
    return {(a["country"], a["sector"]) for a in doc._.actors if a["kind"] != "country"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chinese coast guard ships entered the disputed lagoon on Tuesday.", ("CHN", "MIL")),
        ("Russian navy vessels docked at the port of Tartus last week.", ("RUS", "MIL")),
        ("A roadside bomb struck a military convoy in Afghanistan's Helmand province.", ("AFG", "MIL")),
        ("Gunmen opened fire on a police checkpoint in Nigeria's Kaduna state.", ("NGA", "COP")),
    ],
)
def test_force_nouns_are_the_force(annotate, text, expected):
    assert expected in _groups(annotate(text, upto="tidings_actors"))


@pytest.mark.parametrize(
    "text",
    [
        "The ministry announced new military spending for next year.",
        "Shipping companies rerouted their vessels around the cape.",
    ],
)
def test_things_without_a_force_are_no_actor(annotate, text):
    doc = annotate(text, upto="tidings_actors")
    assert not any(a["sector"] in {"MIL", "COP"} for a in doc._.actors)
