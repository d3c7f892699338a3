"""Condemning harm done to someone accuses whoever did it, never the victims; publishing a report
frees no one."""

from __future__ import annotations

import pytest

from .roles import countries, events_of


@pytest.mark.parametrize("text", [
    "The minister condemned the attack on Kenyan soldiers.",
    "The European Union condemned attacks against journalists in Serbia.",
    "The United States condemned the killing of protesters in Iran.",
])
def test_the_victims_of_a_condemned_attack_are_not_accused(annotate, text):
    found = events_of(annotate, text, "ACCUSE")
    assert found and not found[0]["target"], found


def test_a_condemned_attackers_act_still_accuses_them(annotate):
    found = events_of(annotate, "The minister condemned Russia's attack on Ukraine.", "ACCUSE")
    assert found and countries(found[0]["target"]) == {"RUS"}, found


@pytest.mark.parametrize("text", [
    # parsed with "Program" as the subject of "released"
    "Pupils in Kenya score poorly, according to a recent report, The Program for Regional Learning Assessment "
    "(PRLA), released this month by the World Bank (WB).",
    "The ministry released its annual budget on Monday.",
])
def test_publishing_a_report_is_no_release(annotate, text):
    assert not events_of(annotate, text, "RETREAT")


def test_freeing_hostages_is_still_a_release(annotate):
    assert events_of(annotate, "The militants released the hostages on Friday.", "RETREAT")
