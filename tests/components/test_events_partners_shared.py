"""An act joined by "and" to a meeting or call, by the same doer and naming no one of its own,
is addressed to whom the doer met or called; several "with" phrases joined by "and" are all
partners of the call."""

from __future__ import annotations

import pytest

from .roles import countries, events_of


@pytest.mark.parametrize(
    ("text", "partners"),
    [
        ("German Chancellor Friedrich Merz spoke by phone with Indian Prime Minister Narendra Modi and with "
         "Japanese Prime Minister Shigeru Ishiba on Monday.", {"IND", "JPN"}),
        ("The Saudi foreign minister held talks with his Iranian counterpart and with the Omani foreign minister "
         "in Riyadh.", {"IRN", "OMN"}),
    ],
)
def test_joined_with_phrases_are_all_partners(annotate, text, partners):
    events = events_of(annotate, text, "CONSULT")
    assert events
    assert partners <= countries(events[0]["target"]) | countries(events[0]["source"]), events[0]


@pytest.mark.parametrize(
    ("text", "type_", "doer", "partners"),
    [
        ("Kenyan President William Ruto spoke by phone with Ethiopian Prime Minister Abiy Ahmed and offered "
         "to host a new round of talks.", "AGREE", "KEN", {"ETH"}),
        ("Macron met Ukrainian President Volodymyr Zelenskiy in Paris and pledged further air defence "
         "systems.", "AGREE", "FRA", {"UKR"}),
        ("Qatar's emir met Hamas negotiators in Doha and urged them to accept the truce.", "REQUEST", "QAT", {"PSE"}),
    ],
)
def test_an_act_after_a_meeting_is_addressed_to_the_partners(annotate, text, type_, doer, partners):
    events = events_of(annotate, text, type_)
    assert events
    assert countries(events[0]["source"]) == {doer}, events[0]
    assert countries(events[0]["target"]) == partners, events[0]


def test_a_vow_after_meeting_ones_own_officials_is_addressed_to_no_one(annotate):
    text = "The Israeli prime minister met security officials and vowed to restore order in the north."
    events = events_of(annotate, text, "AGREE")
    assert events
    assert not events[0]["target"], events[0]
