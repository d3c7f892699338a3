"""Who did an attack, when the sentence says it indirectly: a killing told in a relative clause the
parser hangs on the victims ("an attack by militants on tourists that killed 26 people") is the
attack's, so its doer's; men named only as attackers are unidentified armed men, while men who are
tried, held or freed are civilians."""

from __future__ import annotations

import pytest

from .roles import first_event


@pytest.mark.parametrize("text, doer", [
    ("NEW DELHI (Wire) -- India blamed Pakistan for an attack by militants on pilgrims in Jammu that killed "
     "nine people.", "REB"),
    ("BOGOTA (Wire) -- Thousands fled in January, when the ELN launched an offensive against the dissidents "
     "that killed dozens of civilians.", "REB"),
])
def test_a_killing_told_of_an_attack_is_its_doers(annotate, text, doer):
    killing = [e for e in annotate(text)._.events if e["type"] == "ASSAULT" and e["trigger"] == "killed"]
    assert killing, annotate(text)._.events
    assert [a["sector"] for a in killing[0]["source"]] == [doer], killing[0]
    assert [a["sector"] for a in killing[0]["target"]] == ["CVL"], killing[0]


@pytest.mark.parametrize("text", [
    "BAMAKO (Wire) -- Men on motorcycles stormed a gold mine on Tuesday and seized two Chinese engineers.",
    "DHAKA (Wire) -- A BNP candidate in Sylhet was shot in the arm at a rally on Sunday by unidentified men on a "
    "motorcycle, police said.",
    "KATHMANDU (Wire) -- Masked men set fire to a campaign office of the ruling party before dawn on Thursday.",
])
def test_men_named_only_as_attackers_are_unidentified_armed_men(annotate, text):
    event = first_event(annotate, text, "ASSAULT")
    assert [a["sector"] for a in event["source"]] == ["UAF"], event


def test_men_sentenced_are_civilians(annotate):
    event = first_event(annotate, "AMMAN (Wire) -- A military court sentenced 14 men to prison on Tuesday.", "SANCTION")
    assert [a["sector"] for a in event["target"]] == ["CVL"], event
