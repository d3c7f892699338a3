"""Recipients the grammar puts in less usual places: a verbal attack aimed "at" someone by a
phrasal verb, the subject of a passive demand, a capital called on, and the addressee of a demand
joined by "and" to a condemnation."""

from __future__ import annotations

import pytest

from .roles import countries, events_of


@pytest.mark.parametrize(
    ("text", "accuser", "accused"),
    [
        ("Brazil's president lashed out at the United States over the tariffs.", "BRA", "USA"),
        ("Hungary's prime minister hit out at Ukraine over minority rights.", "HUN", "UKR"),
        ("Turkey's foreign minister took aim at Greece over the island bases.", "TUR", "GRC"),
    ],
)
def test_a_verbal_attack_at_someone(annotate, text, accuser, accused):
    events = events_of(annotate, text, "ACCUSE")
    assert events, annotate(text)._.events
    assert countries(events[0]["source"]) == {accuser}, events[0]
    assert countries(events[0]["target"]) == {accused}, events[0]


def test_a_plain_at_is_where(annotate):
    events = events_of(annotate, "China criticised Japan at the United Nations on Tuesday.", "ACCUSE")
    assert events
    assert countries(events[0]["target"]) == {"JPN"}, events[0]


def test_the_subject_of_a_passive_demand_is_asked(annotate):
    events = events_of(annotate, "Serbia was urged by the European Union to recognise Kosovo's passports.", "REQUEST")
    assert events
    assert countries(events[0]["source"]) == {"IGO"}, events[0]
    assert countries(events[0]["target"]) == {"SRB"}, events[0]


def test_a_capital_called_on_is_its_government(annotate):
    events = events_of(annotate, "Tokyo called on Beijing to release the detained employee.", "REQUEST")
    assert events
    assert [(a["country"], a["sector"]) for a in events[0]["target"]] == [("CHN", "GOV")], events[0]


def test_a_demand_joined_to_a_condemnation_stays_a_demand(annotate):
    text = "Lebanon's president condemned the shelling and called on France to intervene."
    requests = events_of(annotate, text, "REQUEST")
    assert requests, annotate(text)._.events
    assert countries(requests[0]["target"]) == {"FRA"}, requests[0]


def test_an_attack_fought_off_was_aimed_at_the_defenders(annotate):
    text = "Malian troops fought off an attack by JNIM on their base near Kayes."
    attacks = [e for e in events_of(annotate, text, "ASSAULT") if e["trigger"] == "attack"]
    assert attacks, annotate(text)._.events
    assert countries(attacks[0]["target"]) == {"MLI"}, attacks[0]
    assert [a["sector"] for a in attacks[0]["target"]] == ["MIL"], attacks[0]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Russia's Foreign Ministry protested to Berlin about the treatment of its journalists.", "DEU"),
        ("The European Union transferred 4.2 billion euros to Kyiv under its Ukraine Facility.", "UKR"),
        ("The bishop appealed to Beijing to show leniency to the jailed activists.", "CHN"),
    ],
)
def test_a_capital_sent_or_told_something_is_its_government(annotate, text, code):
    events = annotate(text)._.events
    assert events
    assert [(a["country"], a["sector"]) for a in events[0]["target"]] == [(code, "GOV")], events[0]


def test_a_capital_travelled_to_is_a_place(annotate):
    doc = annotate("The foreign minister flew to Beijing on Monday.")
    assert all(a["name"] != "Beijing" for a in doc._.actors), doc._.actors


@pytest.mark.parametrize(
    ("text", "refused"),
    [
        # a cancelled trip is refused to the host
        ("The Chinese defence minister cancelled a trip to Washington in protest at the arms sales.", "USA"),
        ("The Japanese foreign minister called off her visit to Seoul at the last minute.", "KOR"),
        # a refusal that names no one answers the demand just made
        ("Beijing demanded that Takaichi retract the remarks, which she refused to do.", "CHN"),
        ("The EU urged Serbia to impose sanctions on Russia. Belgrade refused.", "IGO"),
    ],
)
def test_whom_a_refusal_is_aimed_at(annotate, text, refused):
    events = events_of(annotate, text, "REJECT")
    assert events, annotate(text)._.events
    assert countries(events[0]["target"]) == {refused}, events[0]


def test_charged_with_a_crime_whatever_counts_the_accused(annotate):
    text = "Georgian prosecutors on Tuesday charged seven more opposition figures with treason."
    events = events_of(annotate, text, "ACCUSE")
    assert events
    assert [(a["country"], a["sector"]) for a in events[0]["target"]] == [("GEO", "OPP")], events[0]


def test_a_renewed_demand_is_the_subjects_own(annotate):
    text = "Bangladesh on Tuesday renewed its demand that India hand over the former prime minister."
    events = events_of(annotate, text, "REQUEST")
    assert events
    assert countries(events[0]["source"]) == {"BGD"}, events[0]
    assert "IND" in countries(events[0]["target"]), events[0]


def test_intelligence_agencies_are_spies(annotate):
    events = events_of(annotate, "Iran accused Western intelligence agencies of stirring the protests.", "ACCUSE")
    assert events
    assert [a["sector"] for a in events[0]["target"]] == ["SPY"], events[0]
