"""A group or title with a possessive pronoun and no country of its own ("his forces") takes the
country of the one actor the pronoun refers to."""

from __future__ import annotations

import pytest

from .roles import actor_with_mention


@pytest.mark.parametrize(
    ("text", "mention", "country", "sector"),
    [
        ("The Afghan army chief said on Saturday his forces had killed dozens of fighters.", "forces", "AFG", "MIL"),
        ("Colombia's defence minister said his troops had seized the camp.", "troops", "COL", "MIL"),
        ("The Kenyan lawmaker said his government's decision was a mistake.", "government", "KEN", "GOV"),
    ],
)
def test_possessor_gives_the_country(annotate, text, mention, country, sector):
    actor = actor_with_mention(annotate(text, upto="tidings_actors"), mention)
    assert actor is not None and (actor["country"], actor["sector"]) == (country, sector)
    assert any(e.startswith("possessor:") for e in actor["evidence"])


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("The Afghan army chief said his foreign allies had left.", "foreign allies"),
        ("The Afghan army chief and the Pakistani army chief said their forces would meet.", "forces"),
    ],
)
def test_no_possessor_country_when_foreign_or_unclear(annotate, text, mention):
    actor = actor_with_mention(annotate(text, upto="tidings_actors"), mention)
    assert actor is None or not any(e.startswith("possessor:") for e in actor["evidence"])
