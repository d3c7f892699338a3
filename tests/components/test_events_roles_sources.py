"""A noun event takes the subject of the verb that carries it out ("ramped up sanctions"), and a
subjectless gerund the subject of its main verb ("In announcing ..., X said", "by conducting")."""

from __future__ import annotations

import pytest

from .roles import events_of


@pytest.mark.parametrize(
    ("text", "type_", "source"),
    [
        ("The European Union ramped up sanctions on Iran in March.", "SANCTION", "IGO"),
        ("Canada increased tariffs on Chinese steel this week.", "SANCTION", "CAN"),
    ],
)
def test_a_noun_event_takes_the_subject_of_an_escalating_verb(annotate, text, type_, source):
    events = events_of(annotate, text, type_)
    assert events and {r["country"] for r in events[0]["source"]} == {source}


@pytest.mark.parametrize(
    ("text", "type_", "source"),
    [
        ("In announcing the sanctions on Viktor Orban, Marco Rubio said the move was overdue.", "SANCTION", "USA"),
        ("North Korea raised tensions by conducting ten missile tests.", "MOBILIZE", "PRK"),
    ],
)
def test_a_subjectless_gerund_takes_the_main_verbs_subject(annotate, text, type_, source):
    events = events_of(annotate, text, type_)
    assert events and {r["country"] for r in events[0]["source"]} == {source}


@pytest.mark.parametrize(
    ("text", "type_", "source"),
    [
        ("Ruto met Museveni on Monday in Nairobi. He called for an end to the border dispute.", "REQUEST", "KEN"),
        ("Macron hosted Scholz in Paris on Friday. He later criticized Hungary.", "ACCUSE", "FRA"),
    ],
)
def test_he_or_she_is_the_person_the_last_sentence_was_about(annotate, text, type_, source):
    events = events_of(annotate, text, type_)
    assert events and {r["country"] for r in events[0]["source"]} == {source}

