""""Forces loyal to X" take X's country; backing is not loyalty."""

from __future__ import annotations

import pytest

from .roles import actor_with_mention


@pytest.mark.parametrize(
    ("text", "mention", "country"),
    [
        ("The towns were abandoned by forces loyal to former Syrian president Bashar al-Assad.", "forces", "SYR"),
        ("Fighters loyal to Russian President Vladimir Putin crossed the river.", "Fighters", "RUS"),
        ("Troops allied with the Libyan government advanced on the port on Monday.", "Troops", "LBY"),
    ],
)
def test_loyal_group_takes_its_masters_country(annotate, text, mention, country):
    actor = actor_with_mention(annotate(text, upto="tidings_actors"), mention)
    assert actor is not None and actor["country"] == country
    assert any(e.startswith("loyalty:") for e in actor["evidence"])


@pytest.mark.parametrize(
    "text",
    [
        "Militias backed by Iran fired rockets at the base on Sunday.",
        "Forces close to the Iranian leadership were blamed for the blast.",
    ],
)
def test_backing_or_closeness_gives_no_country(annotate, text):
    doc = annotate(text, upto="tidings_actors")
    assert not any(a["country"] == "IRN" and a["sector"] in {"MIL", "REB", "UAF"} for a in doc._.actors)
