"""Reported speech: who speaks is not who acts. A pronoun inside a quotation is the speaker only
when it is "I" or "we"; a verb that agrees with the reporting verb shares the speaker's subject."""

from __future__ import annotations

import pytest

from .roles import events_of


def names(refs: list[dict]) -> set[str]:
    return {ref["name"] for ref in refs}


@pytest.mark.parametrize(
    ("text", "type_", "witness"),
    [
        ('"Whoever stayed on the bus, they shot them," said Omar Ali, a passenger.', "ASSAULT", "Omar Ali"),
        ('"They beat the men in the square," Maria Lopez, a shopkeeper, told reporters.', "ASSAULT", "Maria Lopez"),
    ],
)
def test_a_witness_quoting_what_they_did_is_not_the_doer(annotate, text, type_, witness):
    for event in events_of(annotate, text, type_):
        assert witness not in names(event["source"]), event


@pytest.mark.parametrize(
    ("text", "type_", "source"),
    [
        ("Iran said it would expel the diplomats.", "SANCTION", "IRN"),
        ("The European Union said it would impose new sanctions on Belarus.", "SANCTION", "IGO"),
    ],
)
def test_it_in_indirect_speech_is_still_the_speaker(annotate, text, type_, source):
    events = events_of(annotate, text, type_)
    assert events and {r["country"] for r in events[0]["source"]} == {source}


@pytest.mark.parametrize(
    ("text", "type_", "not_source"),
    [
        ("Opposition lawmakers argue Kenya has never had a right to the land and reject Uganda's new plan.", "REJECT", "KEN"),
    ],
)
def test_a_verb_agreeing_with_the_reporting_verb_is_not_the_reported_subjects_act(annotate, text, type_, not_source):
    events = events_of(annotate, text, type_)
    assert events
    assert not_source not in {r["country"] for r in events[0]["source"]}
