"""Parse repair 7: a counted crowd read as the sentence's root ("Hundreds of students protested in
Vilnius"): the crowd's act heads the sentence and the crowd is its subject, so the protest has its
protesters. A headline's passive ("Hundreds of people killed in the floods") is left alone."""

from __future__ import annotations

from .roles import events_of


def test_the_crowds_act_heads_the_sentence(annotate):
    doc = annotate("Hundreds of students protested in Vilnius on Monday.")
    protested = next(t for t in doc if t.text == "protested")
    assert protested.dep_ == "ROOT"
    assert next(t for t in doc if t.text == "Hundreds").head == protested


def test_the_crowd_protests(annotate):
    text = "VILNIUS (Wire) -- Hundreds of students protested outside the Belarusian embassy on Monday."
    events = events_of(annotate, text, "PROTEST")
    assert events, annotate(text)._.events
    assert [a["sector"] for a in events[0]["source"]] == ["EDU"], events[0]
    assert {a["country"] for a in events[0]["target"]} == {"BLR"}, events[0]


def test_a_headlines_passive_is_left_alone(annotate):
    doc = annotate("Hundreds of people killed in the floods.")
    assert next(t for t in doc if t.text == "killed").dep_ != "ROOT"
