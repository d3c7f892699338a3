"""Refugees are of the country they fled, never of their host: a demonym, "from X", "fleeing X"
or "returning to X" gives it; "refugees in Kenya" alone gives none."""

from __future__ import annotations

import pytest

from .roles import actor_with_mention


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        ("Somali refugees in Kenya's Dadaab camp fear the closure.", "Somali refugees", "SOM"),
        ("Uganda said thousands of refugees fleeing South Sudan crossed the border.", "refugees", "SSD"),
        ("A deal between Kenya and the UN backed refugees returning voluntarily to Somalia.", "refugees", "SOM"),
        ("NAIROBI - Kenya will shut the camps. The refugees there will have to go back to Somalia.", "refugees", "SOM"),
    ],
)
def test_refugees_take_the_country_they_fled(annotate, text, mention, code):
    actor = actor_with_mention(annotate(text, upto="tidings_actors"), mention)
    assert actor is not None and (actor["country"], actor["sector"]) == (code, "REF")


@pytest.mark.parametrize(
    "text",
    [
        "NAIROBI - Kenya says it hosts 500,000 refugees in two camps.",
        "Refugees in Lebanon face a harsh winter, Lebanese officials said.",
    ],
)
def test_refugees_are_not_the_hosts(annotate, text):
    doc = annotate(text, upto="tidings_actors")
    refugees = [a for a in doc._.actors if a["sector"] == "REF"]
    assert refugees and all(a["country"] not in {"KEN", "LBN"} for a in refugees)


def test_refugees_fleeing_a_war_in_a_country_come_from_it(annotate):
    doc = annotate("The UN will send food aid to refugees fleeing the civil war in Sierra Leone.", date="2025-03-01")
    refugees = [a for a in doc._.actors if a["sector"] == "REF"]
    assert refugees and refugees[0]["country"] == "SLE", doc._.actors
