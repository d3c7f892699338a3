"""The seed article (../shared/seeds) codes as the brief says, with its actors given by hand."""

from __future__ import annotations

import pytest

from ..shared import shared_path
from .test_events_types import code

ACTORS = {
    "Xi Jinping|Xi|Chinese president": ("CHN", "GOV"),
    "Vladimir Putin|Putin|Russian leader": ("RUS", "GOV"),
    "China": ("CHN", "GOV"), "Russia": ("RUS", "GOV"), "Beijing": ("CHN", "GOV"), "Moscow": ("RUS", "GOV"),
    "Kyiv": ("UKR", "GOV"), "Ukraine": ("UKR", "GOV"), "Zhai Jun": ("CHN", "GOV"), "Xinhua": ("CHN", "JRN"),
}
GROUPS = {"The two leaders": ["Xi Jinping", "Vladimir Putin"], "Their": ["Xi Jinping", "Vladimir Putin"],
          "The two men": ["Xi Jinping", "Vladimir Putin"]}


@pytest.fixture(scope="module")
def seed_events(annotate, nlp):
    text = shared_path("seeds", "000_c6671510831a82dd.txt").read_text()
    return text, code(annotate, nlp, text, ACTORS, date="2023-10-18", groups=GROUPS)


def _in_sentence(text, events, words):
    return [e for e in events if words in e["text"]]


def test_events_seed_beijing_meeting_is_a_visit_by_putin(seed_events):
    text, events = seed_events
    meeting = [e for e in _in_sentence(text, events, "Their Beijing meeting") if e["trigger"] == "meeting"]
    assert meeting and meeting[0]["type"] == "CONSULT"
    assert {a["country"] for a in meeting[0]["source"] + meeting[0]["target"]} == {"CHN", "RUS"}


def test_events_seed_call_for_joint_efforts_is_agree(seed_events):
    text, events = seed_events
    call = _in_sentence(text, events, "called for joint efforts")
    assert call and call[0]["type"] == "AGREE" and call[0]["reported_by"]["name"] == "Xinhua"


def test_events_seed_envoy_trip_is_future_agree(seed_events):
    text, events = seed_events
    trip = _in_sentence(text, events, "is due to travel")
    assert trip and trip[0]["type"] == "AGREE" and trip[0]["future"] is True


def test_events_seed_refusal_to_condemn_is_no_accusation(seed_events):
    text, events = seed_events
    sentence = _in_sentence(text, events, "refused to condemn")
    assert not [e for e in sentence if e["type"] == "ACCUSE" and not e["negated"]]


def test_events_seed_invasion_is_historical_assault(seed_events):
    text, events = seed_events
    launched = [e for e in _in_sentence(text, events, "launched his full-scale invasion") if e["type"] == "ASSAULT"]
    assert launched and launched[0]["historical"] is True
    assert {a["country"] for a in launched[0]["source"]} == {"RUS"}
