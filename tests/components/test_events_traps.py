"""Words that look like events but are not: sport, metaphors, opinions, non-answers."""

from __future__ import annotations

import pytest

from .test_events_types import code, top


@pytest.mark.parametrize(("text", "actors"), [
    ("Liverpool's attack tore apart the Chelsea defence in the second half of the match.", {"Liverpool": ("GBR", "BUS"), "Chelsea": ("GBR", "BUS")}),
    ("The striker shot past the Brazil goalkeeper to win the cup final.", {"Brazil": ("BRA", None)}),
    ("The Nigerian government vowed to fight poverty in the north.", {"Nigerian government": ("NGA", "GOV")}),
    ("Mexico's president said the economy was recovering.", {"Mexico": ("MEX", "GOV")}),
    ("The Kenyan ministry declined to comment on the report.", {"Kenyan ministry": ("KEN", "GOV")}),
    ("Analysts in Tokyo believe the yen will weaken further.", {"Tokyo": ("JPN", None)}),
])
def test_events_trap_is_not_a_conflict_event(annotate, nlp, text, actors):
    events = code(annotate, nlp, text, actors)
    assert not [e for e in events if e["type"] in ("ASSAULT", "PROTEST", "REJECT", "COERCE")], events


def test_events_verbal_attack_on_a_policy_is_accuse(annotate, nlp):
    text = "The Finnish opposition attacked the government's budget plan."
    event = top(code(annotate, nlp, text, {"Finnish opposition": ("FIN", "OPP"), "government": ("FIN", "GOV")}))
    assert event["type"] == "ACCUSE"


def test_events_without_any_actor_are_dropped(annotate, nlp):
    assert code(annotate, nlp, "A bomb exploded near the market, killing four people.", {}) == []


def test_events_cooperation_needs_a_recipient(annotate, nlp):
    events = code(annotate, nlp, "Peru sent aid after the earthquake.", {"Peru": ("PER", "GOV")})
    assert not [e for e in events if e["type"] in ("AID", "COOPERATE", "SANCTION")]


@pytest.mark.parametrize(("text", "actors", "main"), [
    ("The United States asked Russia to release the detained reporter.", {"United States": ("USA", "GOV"), "Russia": ("RUS", "GOV")}, "REQUEST"),
    ("A court found the two men guilty of killing a Kenyan police officer.", {"A court": ("KEN", "JUD"), "two men": ("KEN", "CVL"), "Kenyan": ("KEN", "COP")}, "SANCTION"),
])
def test_events_background_deeds_do_not_outrank_the_main_event(annotate, nlp, text, actors, main):
    assert top(code(annotate, nlp, text, actors))["type"] == main
