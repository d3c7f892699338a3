"""Calls, needs and denials govern the events under them (issue 4, findings §1e, §2a, §2b)."""

from __future__ import annotations

import pytest

from .test_events_types import code


@pytest.mark.parametrize(("text", "actors"), [
    ("Rights groups urged the Ugandan government to drop all charges against the editor.", {"Rights groups": (None, "NGO"), "Ugandan government": ("UGA", "GOV")}),
    ("The Egyptian minister urged Ethiopia to return to talks on the dam.", {"Egyptian minister": ("EGY", "GOV"), "Ethiopia": ("ETH", "GOV")}),
    ("The Norwegian envoy urged both governments to cooperate with the inquiry.", {"Norwegian envoy": ("NOR", "GOV")}),
])
def test_events_urging_another_party_is_a_request(annotate, nlp, text, actors):
    types = [e["type"] for e in code(annotate, nlp, text, actors)]
    assert "REQUEST" in types and "AGREE" not in types


@pytest.mark.parametrize(("text", "actors", "word"), [
    ("The UN envoy called for the junta to free the prisoners and open a dialogue with the opposition.", {"UN envoy": ("IGO", "GOV"), "junta": ("MMR", "MIL"), "opposition": ("MMR", "OPP")}, "dialogue"),
    ("Lima said it is crucial for Quito to negotiate the loan quickly.", {"Lima": ("PER", "GOV"), "Quito": ("ECU", "GOV")}, "negotiate"),
    ("The Danish senator hopes to secure Chen's release before the summit.", {"Danish senator": ("DNK", "LEG"), "Chen": ("CHN", None)}, "release"),
])
def test_events_trigger_inside_a_call_or_need_makes_no_event(annotate, nlp, text, actors, word):
    events = code(annotate, nlp, text, actors)
    assert not [e for e in events if e["trigger"].lower().startswith(word)], events


@pytest.mark.parametrize(("text", "actors"), [
    ("The lawyer said the files would not show that his client planned to attack the Chilean consul.", {"Chilean consul": ("CHL", "GOV"), "client": (None, None)}),
    ("The party chose to negotiate rather than attack the Bolivian army.", {"party": ("BOL", "PTY"), "Bolivian army": ("BOL", "MIL")}),
])
def test_events_negation_reaches_the_complement(annotate_negated, nlp, text, actors):
    events = [e for e in code(annotate_negated, nlp, text, actors) if e["type"] == "ASSAULT"]
    assert events and all(e["negated"] for e in events), events
