"""Security forces blocking roads restrict others (COERCE), as civilians blocking them protest;
suspending a parliament or a newspaper is repression at home (COERCE), not a cut in relations."""

from __future__ import annotations

from .roles import DATE


def _types(annotate, text: str, trigger: str) -> set[str]:
    return {e["type"] for e in annotate(text, date=DATE)._.events if e["trigger"] == trigger}


def test_security_forces_blocking_roads_coerce(annotate):
    text = "Ugandan soldiers and police blocked the roads around the opposition leader's house in Kampala."
    assert _types(annotate, text, "blocked") == {"COERCE"}


def test_farmers_blocking_roads_protest(annotate):
    text = "Polish farmers blocked the roads to the Ukrainian border with tractors on Tuesday."
    assert _types(annotate, text, "blocked") == {"PROTEST"}


def test_suspending_a_newspaper_is_coercion(annotate):
    text = "Nicaragua's government suspended the newspaper La Prensa on Friday."
    assert _types(annotate, text, "suspended") == {"COERCE"}


def test_suspending_talks_stays_a_sanction(annotate):
    text = "The European Union suspended trade talks with Thailand on Friday."
    assert _types(annotate, text, "suspended") == {"SANCTION"}
