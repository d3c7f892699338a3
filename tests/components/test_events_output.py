"""What the stage writes: valid Event dicts, numbered, with offsets, dates, places and a ranking."""

from __future__ import annotations

from tidings.schema import Event

from .test_events_types import code

TEXT = "Israeli jets struck targets in Gaza on Monday. Egypt urged both sides to agree a truce."
ACTORS = {"Israeli": ("ISR", "MIL"), "Gaza": ("PSE", None), "Egypt": ("EGY", "GOV")}


def test_events_are_valid_schema_events(annotate, nlp):
    events = code(annotate, nlp, TEXT, ACTORS, date="2024-03-04")
    assert events
    for event in events:
        Event.model_validate(event)
    assert [e["id"] for e in events] == [f"E{n}" for n in range(1, len(events) + 1)]


def test_events_trigger_offsets_point_at_the_trigger(annotate, nlp):
    for event in code(annotate, nlp, TEXT, ACTORS, date="2024-03-04"):
        assert TEXT[event["start"]:event["end"]] == event["trigger"]
        assert event["text"] in TEXT


def test_events_sentence_index_and_cameo(annotate, nlp):
    events = code(annotate, nlp, TEXT, ACTORS, date="2024-03-04")
    assert [(e["sentence"], e["type"]) for e in events] == [(0, "ASSAULT"), (1, "REQUEST")]
    assert events[0]["cameo"].startswith("19") and events[1]["cameo"].startswith("10")


def test_events_date_falls_back_to_the_article_date(annotate, nlp):
    events = code(annotate, nlp, TEXT, ACTORS, date="2024-03-04")
    assert events[1]["date"] == "2024-03-04" and events[1]["date_source"] == "article"


def test_events_without_any_date_have_none(annotate, nlp):
    events = code(annotate, nlp, "Egypt urged Israel to agree a truce.", {"Egypt": ("EGY", "GOV"), "Israel": ("ISR", "GOV")})
    assert events[0]["date"] is None and events[0]["date_source"] is None


def test_events_main_event_of_a_sentence_ranks_first(annotate, nlp):
    text = "Seoul condemned the missile launch after Pyongyang fired two rockets into the sea."
    events = code(annotate, nlp, text, {"Seoul": ("KOR", "GOV"), "Pyongyang": ("PRK", "GOV")})
    best = max(events, key=lambda e: e["confidence"])
    assert best["type"] == "ACCUSE" and all(0 < e["confidence"] <= 1 for e in events)
