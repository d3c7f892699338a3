"""Talks a host holds between others are met at a third place: the sides are the actors and the
host, outside the talks, the recipient, with mode third-party. A host who is one of the sides,
or who receives guests with no talks between them, is visited (mode visit)."""

from __future__ import annotations

import pytest

from .roles import countries, events_of


@pytest.mark.parametrize(
    ("text", "sides", "host"),
    [
        ("Egypt hosted talks between Israel and Hamas in Cairo on Sunday.", {"ISR", "PSE"}, "EGY"),
        ("The negotiations between Serbia and Kosovo were hosted by the European Union.", {"SRB", "KOS"}, "IGO"),
        ("Switzerland hosted Iranian and American negotiators in Geneva.", {"IRN", "USA"}, "CHE"),
    ],
)
def test_a_host_outside_the_talks_is_a_third_party(annotate, text, sides, host):
    events = events_of(annotate, text, "CONSULT")
    assert events
    event = events[0]
    assert event["mode"] == "third-party", event
    assert countries(event["source"]) == sides
    assert countries(event["target"]) == {host}


@pytest.mark.parametrize(
    "text",
    [
        "Putin hosted talks with Xi in Moscow.",
        "Xi hosted Putin and Lukashenko in Beijing.",
    ],
)
def test_a_host_who_takes_part_is_visited(annotate, text):
    events = events_of(annotate, text, "CONSULT")
    assert events
    assert events[0]["mode"] == "visit", events[0]
