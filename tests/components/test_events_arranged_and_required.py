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


@pytest.mark.parametrize("text", [
    '"Prices keep rising," said one opposition member of parliament, who asked not to be named.',
    "A diplomat, who requested not to be identified, said talks had stalled.",
])
def test_a_sources_anonymity_is_no_request(annotate, text):
    assert not events_of(annotate, text, "REQUEST")


def test_asking_someone_not_to_act_is_still_a_request(annotate):
    assert events_of(annotate, "The minister asked the rebels not to attack the town.", "REQUEST")


@pytest.mark.parametrize("text", [
    "The leaders' next meeting is due to be held in Kyrgyzstan later this year.",
    "The upcoming summit between Putin and Trump will focus on trade.",
])
def test_a_next_or_upcoming_meeting_is_planned(annotate, text):
    assert events_of(annotate, text, "AGREE")
    assert not events_of(annotate, text, "CONSULT")


def test_state_forces_capturing_a_gang_leader_arrest_him(annotate):
    found = events_of(annotate, "Ecuadorean security forces captured one of the country's most wanted gang leaders "
                      "in a raid on Tuesday.", "COERCE")
    assert found and found[0]["mode"] == "arrest", found


@pytest.mark.parametrize("text", [
    "Ukrainian forces captured 20 Russian soldiers near Kursk.",
    "A rival gang abducted the gang leader.",
])
def test_fighters_captured_or_rivals_abducted_stay_abductions(annotate, text):
    found = events_of(annotate, text, "ASSAULT")
    assert found and found[0]["mode"] == "abduct", found


@pytest.mark.parametrize(("text", "guest", "host"), [
    ("Sharaa was welcomed by King Abdullah at the palace in Amman before talks.", "SYR", "JOR"),
    ("Erdogan welcomed Putin at the presidential palace on Monday.", "RUS", "TUR"),
])
def test_a_person_welcomed_is_a_guest_hosted(annotate, text, guest, host):
    found = events_of(annotate, text, "CONSULT")
    assert found and found[0]["source"][0]["country"] == guest and found[0]["target"][0]["country"] == host, found


def test_a_decision_welcomed_is_still_support(annotate):
    assert events_of(annotate, "Erdogan welcomed the decision.", "SUPPORT")
