"""Reported speech: deeds reported as fact are coded as the deed; claims, demands and plain
statements are coded as the conventions say."""

from __future__ import annotations

from .test_events_types import code, top

ACTORS = {"Kyiv": ("UKR", "GOV"), "Russian forces": ("RUS", "MIL"), "Kharkiv": ("UKR", "GOV"),
          "Moscow": ("RUS", "GOV"), "NATO": ("IGO", None)}


def test_events_reported_deed_is_coded_as_the_deed(annotate, nlp):
    event = top(code(annotate, nlp, "Kyiv said Russian forces shelled Kharkiv overnight.", ACTORS))
    assert event["type"] == "ASSAULT"
    assert [a["name"] for a in event["source"]] == ["Russian forces"]
    assert [a["name"] for a in event["target"]] == ["Kharkiv"]
    assert event["reported_by"]["name"] == "Kyiv"


def test_events_accusation_is_accuse_allege_not_the_deed(annotate, nlp):
    events = code(annotate, nlp, "Kyiv accused Russian forces of shelling Kharkiv.", ACTORS)
    assert [(e["type"], e["mode"]) for e in events] == [("ACCUSE", "allege")]
    assert [a["name"] for a in events[0]["source"]] == ["Kyiv"]
    assert [a["name"] for a in events[0]["target"]] == ["Russian forces"]


def test_events_urging_a_withdrawal_is_request_yield_to_the_urged(annotate, nlp):
    event = top(code(annotate, nlp, "NATO urged Moscow to withdraw its troops from the border.", ACTORS))
    assert (event["type"], event["mode"]) == ("REQUEST", "yield")
    assert [a["name"] for a in event["target"]] == ["Moscow"]


def test_events_demand_through_must_is_a_request(annotate, nlp):
    event = top(code(annotate, nlp, "Kyiv said Moscow must return the deported children.", ACTORS))
    assert event["type"] == "REQUEST"
    assert [a["name"] for a in event["source"]] == ["Kyiv"]
    assert [a["name"] for a in event["target"]] == ["Moscow"]


def test_events_plain_statement_is_no_event(annotate, nlp):
    assert code(annotate, nlp, "Kyiv said the winter would be difficult for everyone.", ACTORS) == []


def test_events_future_in_reported_speech_is_not_hypothetical(annotate, nlp):
    event = top(code(annotate, nlp, "Moscow said it would sign the treaty with Kyiv.", ACTORS))
    assert event["type"] == "AGREE" and event["future"] and not event["hypothetical"]
    assert [a["name"] for a in event["source"]] == ["Moscow"]


def test_events_conditional_announced_attack_is_a_threat(annotate, nlp):
    text = "Hamas said it would attack Israeli towns if the raids continued."
    event = top(code(annotate, nlp, text, {"Hamas": ("PSE", "REB"), "Israeli": ("ISR", "CVL")}))
    assert (event["type"], event["mode"]) == ("THREATEN", "violence")
