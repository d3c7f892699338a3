"""A possessive "its" with several states in view means the subject of a clause above it ("JNIM
declared ..., and its fighters"), else the nearest one named before it, never one named only after it."""

from __future__ import annotations

import pytest

from .roles import DATE, events_of


@pytest.mark.parametrize(
    ("text", "type_", "target"),
    [
        ("Uzbekistan borders Afghanistan, where the Taliban seized power in 2021. Tajik President Emomali "
         "Rahmon has refused to recognise its government, and Tajikistan shelters exiled commanders.",
         "REJECT", "AFG"),
    ],
)
def test_its_is_the_nearest_state_named_before(annotate, text, type_, target):
    events = events_of(annotate, text, type_)
    assert events, annotate(text, date=DATE)._.events
    assert {ref["country"] for ref in events[0]["target"]} == {target}, events[0]


def test_its_members_belong_to_the_subject_above(annotate):
    text = ("JNIM declared in September that it was imposing an embargo on fuel coming from Senegal and "
            "Ivory Coast, and its fighters have since torched more than 100 tankers.")
    torched = [e for e in events_of(annotate, text, "ASSAULT") if e["trigger"] == "torched"]
    assert torched, annotate(text, date=DATE)._.events
    assert {ref["country"] for ref in torched[0]["source"]} == {"MLI"}, torched[0]


@pytest.mark.parametrize(("text", "trigger", "source"), [
    # an armed group's own members are the group
    ("The Arakan Army said on Monday its fighters had overrun an army battalion base in Kyaukphyu.", "overrun",
     "Arakan Army"),
    # but a state's spokesman's "its forces" are not the armed group named after them
    ("An army spokesman said its forces had repelled an RSF assault and killed dozens of fighters.", "killed", None),
])
def test_its_members_are_the_armed_group_above(annotate, text, trigger, source):
    events = [e for e in annotate(text, date=DATE)._.events if e["trigger"] == trigger]
    assert events, annotate(text, date=DATE)._.events
    names = [a["name"] for e in events for a in e["source"]]
    if source is None:
        assert "Rapid Support Forces" not in names, events
    else:
        assert names == [source], events
