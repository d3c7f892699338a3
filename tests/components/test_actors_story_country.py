"""Where a bare institution is from: a dateline with an agency tag still names the story's
country; a "foreign ministry" is the story's own; an ambassador's country, a victim's and a
border country lend none; a spokesperson speaks for the body of that sector just named."""

from __future__ import annotations

import pytest

from .roles import DATE, actor_with_mention


def _country_of(annotate, text, mention):
    doc = annotate(text, date=DATE)
    actor = actor_with_mention(doc, mention)
    assert actor is not None, [a["name"] for a in doc._.actors]
    return actor.get("country")


@pytest.mark.parametrize(
    ("text", "mention", "country"),
    [
        ("VILNIUS (Wire) -- The foreign ministry said it had summoned Belarus's charge d'affaires.",
         "foreign ministry", "LTU"),
        ("NAIROBI (Reuters) - The army said it had killed 14 militants near the coast.", "army", "KEN"),
        ("HANOI, Vietnam (AP) -- Police detained four activists on Sunday.", "Police", "VNM"),
    ],
)
def test_a_dateline_with_an_agency_tag_places_bare_institutions(annotate, text, mention, country):
    assert _country_of(annotate, text, mention) == country


@pytest.mark.parametrize(
    "text",
    [
        "The foreign ministry summoned Russia's ambassador over the drone strike.",
        "The foreign ministry summoned the Iranian ambassador on Monday.",
    ],
)
def test_an_ambassadors_country_is_not_the_summoners(annotate, text):
    assert _country_of(annotate, text, "foreign ministry") is None


def test_a_victims_country_is_not_the_attackers(annotate):
    assert _country_of(annotate, "Gunmen killed three Chinese workers at a mine.", "Gunmen") is None


def test_a_border_country_is_a_landmark(annotate):
    text = "Gunmen killed nine soldiers at a post near the border with Niger."
    assert _country_of(annotate, text, "Gunmen") is None


def test_a_spokesperson_speaks_for_the_body_just_named(annotate):
    text = ("HANOI (Wire) -- Chinese fishermen were detained. China's foreign ministry said it had lodged a "
            "protest. \"We ask Vietnam to release them at once,\" a spokesperson said at a briefing.")
    doc = annotate(text, date=DATE)
    speaker = next(a for a in doc._.actors if (a.get("title") or "").lower() == "spokesperson")
    assert speaker["country"] == "CHN", speaker


def test_fighters_struck_by_a_foreign_force_take_the_dateline(annotate):
    text = ("MOGADISHU (Wire) -- The U.S. Africa Command said it had conducted two air strikes overnight, "
            "hitting fighters who were pulling back.")
    doc = annotate(text, date=DATE)
    fighters = actor_with_mention(doc, "fighters")
    assert fighters is not None and fighters["country"] == "SOM", fighters
    strikes = [e for e in doc._.events if e["type"] == "ASSAULT"]
    assert strikes and [r["name"] for r in strikes[0]["target"]] == ["fighters"], strikes
