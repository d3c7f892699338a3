"""Time and obligation: "fighters are to withdraw" is arranged, not done (a promised withdrawal
is CONCEDE); a step a procedure requires ("must be ratified by parliament", "would have required
congressional approval") is no act at all; a summoned envoy misparsed as the reporter is still
the one summoned."""

from __future__ import annotations

import pytest

from .roles import events_of


@pytest.mark.parametrize("text", [
    "Under the deal, rebel fighters are to withdraw about 20 km north of the town.",
    "Government troops are to pull out of the town by Friday.",
])
def test_an_arranged_withdrawal_is_a_concession(annotate, text):
    assert events_of(annotate, text, "CONCEDE")
    assert not events_of(annotate, text, "RETREAT")


def test_a_withdrawal_that_happened_stays_a_retreat(annotate):
    assert events_of(annotate, "Rebel fighters withdrew about 20 km north of the town on Monday.", "RETREAT")


@pytest.mark.parametrize("text", [
    "The agreement, which must be ratified by Turkey's parliament, provides for joint exercises.",
    "The deal needs to be approved by the Senate.",
    "The Senate rejected a resolution that would have required congressional approval for military action.",
])
def test_a_required_step_is_no_act(annotate, text):
    assert not events_of(annotate, text, "SUPPORT")


def test_a_ratification_that_happened_is_support(annotate):
    assert events_of(annotate, "The Turkish parliament ratified the agreement on Tuesday.", "SUPPORT")


@pytest.mark.parametrize("text", [
    "Late on Wednesday, the ministry summoned Mali's charge d'affaires, a diplomatic source in Algiers said.",
    "The Foreign Ministry summoned Togo's ambassador, a senior official in Accra said.",
])
def test_an_envoy_summoned_before_a_described_source_is_the_recipient(annotate, text):
    found = events_of(annotate, text, "ACCUSE")
    assert found and found[0]["target"] and found[0]["target"][0]["sector"] == "GOV", found
    reporter = (found[0]["reported_by"] or {}).get("name", "").lower()
    assert not reporter or "source" in reporter or "official" in reporter, found


def test_a_described_speaker_after_a_comma_keeps_its_parse(nlp):
    doc = nlp('"We will win," Xi Jinping, China\'s president, said.')
    said = next(t for t in doc if t.text == "said")
    assert [c.text for c in said.children if c.dep_ == "nsubj"] == ["Jinping"]


def test_the_repair_reattaches_object_and_source(nlp):
    doc = nlp("The ministry summoned Mali's envoy, a diplomatic source said.")
    envoy = next(t for t in doc if t.text == "envoy")
    source = next(t for t in doc if t.text == "source")
    assert (envoy.dep_, envoy.head.text) == ("dobj", "summoned")
    assert (source.dep_, source.head.text) == ("nsubj", "said")
