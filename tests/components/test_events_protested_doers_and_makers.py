"""A protest or condemnation "against the arrest of X" is aimed at whoever arrested X, never at X;
the maker of a weapon ("Iranian-designed drones", "Russian-built helicopter") is no party."""

from __future__ import annotations

from .roles import countries, events_of


def test_a_rally_against_an_arrest_is_not_aimed_at_the_arrested(annotate):
    text = "The opposition held a rally in Istanbul against the arrest of the Istanbul mayor."
    events = events_of(annotate, text, "PROTEST")
    assert events
    assert all(a["sector"] != "GOV" for a in events[0]["target"]), events[0]


def test_a_protest_against_a_killing_is_aimed_at_the_killers(annotate):
    text = "Students in Paris protested against the killing of a teenager by French police."
    events = [e for e in annotate(text)._.events if e["type"] in ("PROTEST", "ACCUSE")]
    assert events
    assert [a["sector"] for a in events[0]["target"]] == ["COP"], events[0]


def test_the_maker_of_a_weapon_is_no_party(annotate):
    events = events_of(annotate, "Russia launched dozens of Iranian-designed drones at Ukraine overnight.", "ASSAULT")
    assert events
    assert "IRN" not in countries(events[0]["source"] + events[0]["target"]), events[0]


def test_a_helicopter_built_abroad_is_still_the_owners(annotate):
    events = events_of(annotate, "Rebels shot down a Russian-built helicopter of the Malian army.", "ASSAULT")
    assert events
    assert countries(events[0]["target"]) == {"MLI"}, events[0]
