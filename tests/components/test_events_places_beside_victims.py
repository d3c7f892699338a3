"""A country named only as where an attack happened stands in for a recipient only when nobody
else suffered it: once the sentence names victims, or the people helped live there, the place
is no second recipient. With no victim named, the place still stands in (as coders do)."""

from __future__ import annotations

import pytest

from .roles import events_of


def _kinds(doc, event: dict) -> dict[str, str]:
    kinds = {actor["id"]: actor["kind"] for actor in doc._.actors}
    return {ref["name"]: kinds[ref["id"]] for ref in event["target"]}


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("Gunmen ambushed a bus on Monday in Nigeria's northern Zamfara state, kidnapping 30 passengers.", "ASSAULT"),
        ("Rebels attacked a convoy in Congo's North Kivu province, killing 12 soldiers.", "ASSAULT"),
        ("A Sudanese army drone strike hit a market, killing 40 traders.", "ASSAULT"),
        ("The UN agency will give cash to 250,000 households in eastern Chad.", "AID"),
    ],
)
def test_no_bare_country_beside_the_named_victims(annotate, text, type_):
    doc = annotate(text, date="2025-03-01")
    events = [e for e in doc._.events if e["type"] in (type_, "AGREE")]
    assert events
    for event in events:
        kinds = _kinds(doc, event)
        assert kinds, event
        assert "country" not in kinds.values(), event


@pytest.mark.parametrize(
    ("text", "type_", "code"),
    [
        ("Militants attacked a police checkpoint in Burkina Faso on Sunday.", "ASSAULT", "BFA"),
        ("Gunmen stormed a hotel in Somalia's capital overnight.", "ASSAULT", "SOM"),
    ],
)
def test_the_place_still_stands_in_when_no_one_else_suffered(annotate, text, type_, code):
    events = events_of(annotate, text, type_)
    assert events
    assert code in {ref["country"] for ref in events[0]["target"]}, events[0]


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ("Riot police fired tear gas near the president's palace in Lima, witnesses said.", "president"),
        ("Soldiers opened fire outside the governor's residence on Friday.", "governor"),
    ],
)
def test_the_owner_of_a_landmark_is_no_recipient(annotate, text, owner):
    doc = annotate(text, date="2025-03-01")
    events = [e for e in doc._.events if e["type"] in ("ASSAULT", "COERCE")]
    assert events
    assert not any(owner in ref["name"].lower() for e in events for ref in e["target"]), events
