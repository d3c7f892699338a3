"""One person named by a nationality and a trade ("a Polish engineer") is that person, a civilian
of that country, not the country itself; a state's ambassador is not whichever of its envoys the
knowledge base happens to list."""

from __future__ import annotations

import pytest

from .roles import events_of


@pytest.mark.parametrize(
    ("text", "kind", "country"),
    [
        ("A court in Minsk jailed a Polish engineer for five years.", "SANCTION", "POL"),
        ("Gunmen in the Sahel kidnapped an Austrian tourist on Monday.", "ASSAULT", "AUT"),
        ("Police in Dhaka detained a Nepali contractor.", "COERCE", "NPL"),
    ],
)
def test_a_national_of_one_trade_is_a_civilian(annotate, text, kind, country):
    events = events_of(annotate, text, kind)
    assert events, annotate(text)._.events
    assert [(a["country"], a["sector"]) for a in events[0]["target"]] == [(country, "CVL")], events[0]


def test_a_states_ambassador_is_no_particular_envoy(annotate):
    doc = annotate("Norway summoned Iran's ambassador on Monday.", date="2025-06-01")
    events = [e for e in doc._.events if e["type"] == "ACCUSE"]
    assert events, doc._.events
    target = events[0]["target"]
    assert [(a["country"], a["sector"]) for a in target] == [("IRN", "GOV")], events[0]
    # the knowledge base lists Iran's envoy to the UN; "Iran's ambassador" in Oslo is not him
    assert "Iravani" not in target[0]["name"], events[0]
