"""Governments in the plural ("several European governments", "foreign governments") are other
states' than the story's, and "the government" named after them is the story's own; a plural of
one state's own levels ("regional governments") stays the story's. A national army named like an
armed movement elsewhere ("South Sudan People's Defence Forces") is that state's army."""

from __future__ import annotations

from .roles import actor_with_mention


def test_several_governments_are_not_the_storys(annotate):
    doc = annotate("Niger's junta closed the border on Monday. Several European governments told their citizens to "
                   "leave Niger. The government said the border would reopen within a week.")
    several = actor_with_mention(doc, "Several European governments") or actor_with_mention(doc, "governments")
    own = actor_with_mention(doc, "government")
    assert several is not None and own is not None
    assert several is not own
    assert several["country"] is None, several
    assert own["country"] == "NER", own


def test_foreign_governments_do_not_unmake_the_governments_country(annotate):
    doc = annotate("Ankara's prosecutors charged the mayor on Monday. The opposition accused the government of "
                   "silencing rivals. Turkish officials said foreign governments should not interfere.")
    own = actor_with_mention(doc, "government")
    assert own is not None and own["country"] == "TUR", own


def test_regional_governments_are_the_storys_own(annotate):
    doc = annotate("Kenya's treasury cut transfers to regional governments by 10% on Tuesday.")
    regional = actor_with_mention(doc, "governments") or actor_with_mention(doc, "regional governments")
    assert regional is not None and regional["country"] == "KEN", regional


def test_a_national_army_named_like_a_movement_is_that_states(annotate):
    doc = annotate("The Uganda People's Defence Force said its troops had crossed into South Sudan.")
    army = actor_with_mention(doc, "Uganda People's Defence Force")
    assert army is not None and (army["country"], army["sector"]) == ("UGA", "MIL"), army


def test_a_body_named_before_an_act_is_its_doer(annotate):
    doc = annotate("ANTANANARIVO (Wire) -- Striking power workers on Monday rejected a government offer of a 5% raise.")
    rejected = [e for e in doc._.events if e["type"] == "REJECT"]
    assert rejected and [(a["country"], a["sector"]) for a in rejected[0]["target"]] == [("MDG", "GOV")], rejected


def test_a_military_adjective_on_an_act_makes_no_actor_of_its_own(annotate):
    doc = annotate("Thousands fled the military operations in the north, officials in Dhaka said.")
    assert not any(a["name"] == "military" for a in doc._.actors), doc._.actors
