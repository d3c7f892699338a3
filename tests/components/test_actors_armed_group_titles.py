"""A title such as emir or leader held in a group coded by its code alone (IMG) is not GOV."""

from __future__ import annotations

import pytest

from .roles import actor_with_mention


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("The IS emir escaped during the raid, officials said.", "IS emir"),
        ("The leader of ISIS was killed in a strike in Anbar.", "leader of ISIS"),
        ("Islamic State fighters attacked a checkpoint overnight.", "Islamic State fighters"),
    ],
)
def test_members_of_a_transnational_armed_group_are_rebels(annotate, text, mention):
    actor = actor_with_mention(annotate(text, upto="tidings_actors"), mention)
    assert actor is not None and (actor["country"], actor["sector"]) == ("IMG", "REB")


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("The Qatari emir received the envoy in Doha on Sunday.", "QAT"),
        ("Kuwait's emir named a new prime minister on Friday.", "KWT"),
    ],
)
def test_an_emir_of_a_state_stays_government(annotate, text, country):
    doc = annotate(text, date="2025-03-01", upto="tidings_actors")
    emirs = [a for a in doc._.actors if any("emir" in doc.text[s:e] for s, e in a["mentions"])]
    assert emirs and all((a["country"], a["sector"]) == (country, "GOV") for a in emirs)
