"""Shapes that report no act, or one act where the parser sees two: whose turn it is ("it is for
Iran to accept it"); a question of how ("depends on how well the talks go"); goods that arrive
("the first shipment of vaccines arrived"); the terms of help ("making aid conditional on reforms");
a demand made with a threat is the threat."""

from __future__ import annotations

import pytest

from .roles import events_of, first_event


@pytest.mark.parametrize("text, kind", [
    ("GENEVA (Wire) -- The text was finished on Friday. \"It is now for Tehran to accept it,\" the envoy "
     "said.", "AGREE"),
    ("LIMA (Wire) -- \"We were just dependent upon how well the neighbours or people accepted us,\" said Rosa "
     "Quispe, a shop owner in Lima.", "AGREE"),
    ("NAIROBI (Wire) -- The first batch of India's vaccines bought by the Kenyan government arrived in Nairobi "
     "on Monday.", "CONSULT"),
    ("KYIV (Wire) -- The senator has voiced interest in making continued military aid conditional on access "
     "to Ukraine's minerals.", "AID"),
])
def test_shapes_that_report_no_act(annotate, text, kind):
    assert not events_of(annotate, text, kind), annotate(text)._.events


def test_a_leader_who_arrives_still_visits(annotate):
    event = first_event(annotate, "NAIROBI (Wire) -- Indian Prime Minister Narendra Modi arrived in Nairobi on "
                                  "Monday.", "CONSULT")
    assert [a["country"] for a in event["source"]] == ["IND"], event


def test_a_demand_made_with_a_threat_is_one_threat(annotate):
    text = ("QUETTA (Wire) -- Threatening to kill the captured soldiers, the rebels demanded the release of their "
            "commanders.")
    doc = annotate(text)
    assert not events_of(annotate, text, "REQUEST"), doc._.events
    threats = events_of(annotate, text, "THREATEN")
    assert len(threats) == 1 and threats[0]["trigger"] == "demanded", threats


@pytest.mark.parametrize("text, kind", [
    ("BELFAST (Wire) -- The minister, who visited a damaged street on Thursday, said repairs would be paid for.",
     "CONSULT"),
    ("LAGOS (Wire) -- The gunmen shot dead two men who tried to run and marched the rest into the forest.",
     "PROTEST"),
])
def test_a_place_toured_and_people_marched_away_are_no_meeting_or_protest(annotate, text, kind):
    assert not events_of(annotate, text, kind), annotate(text)._.events


def test_a_state_visited_is_still_a_meeting(annotate):
    assert events_of(annotate, "TOKYO (Wire) -- Indian Prime Minister Narendra Modi visited Japan last week.",
                     "CONSULT")


def test_strikes_a_state_carries_out_are_attacks(annotate):
    event = first_event(annotate, "BEIRUT (Wire) -- Israel's near-daily strikes on Hezbollah have continued despite "
                                  "the ceasefire.", "ASSAULT")
    assert [a["country"] for a in event["source"]] == ["ISR"], event
    text = "BUENOS AIRES (Wire) -- Argentina's main trade union federation staged a 24-hour general strike on Thursday."
    assert events_of(annotate, text, "PROTEST") and not events_of(annotate, text, "ASSAULT"), annotate(text)._.events
