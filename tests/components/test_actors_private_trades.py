"""Private persons named by their trade or standing (a rapper, a pastor, a presidential candidate,
opposition supporters) are actors of the story's country, so the acts done to them have a
recipient; a former private trade makes no elite, and the followers of a group are not the group."""

from __future__ import annotations

import pytest

from .roles import countries, events_of


@pytest.mark.parametrize(
    ("text", "type_", "sector", "country"),
    [
        ("Police in Tehran detained a rapper who had criticised the government.", "COERCE", "CVL", "IRN"),
        ("Gunmen killed a presidential candidate in Ecuador on Wednesday.", "ASSAULT", "PTY", "ECU"),
        ("Kenyan police arrested a pastor accused of starving his followers.", "COERCE", "REL", "KEN"),
        ("Tanzanian police arrested dozens of opposition supporters in Arusha.", "COERCE", "OPP", "TZA"),
        ("Belarusian security officers detained a blogger in Minsk.", "COERCE", "JRN", "BLR"),
    ],
)
def test_a_private_person_is_the_recipient(annotate, text, type_, sector, country):
    events = events_of(annotate, text, type_)
    assert events, annotate(text)._.events
    assert [(a["country"], a["sector"]) for a in events[0]["target"]] == [(country, sector)], events[0]


def test_a_former_lawyer_in_office_stays_in_office(annotate):
    text = "British Prime Minister Keir Starmer, a former human rights lawyer, signed the agreement."
    doc = annotate(text)
    starmer = [a for a in doc._.actors if a["name"] == "Keir Starmer"]
    assert starmer and starmer[0]["sector"] == "GOV", doc._.actors


def test_a_former_official_is_an_elite(annotate):
    doc = annotate("Former President Jacob Zuma criticised the ANC.")
    zuma = [a for a in doc._.actors if a["name"] == "Jacob Zuma"]
    assert zuma and zuma[0]["sector"] == "ELI", doc._.actors


def test_supporters_of_a_group_are_not_the_group(annotate):
    text = "Supporters of both candidates clashed outside the electoral court in Lima."
    events = annotate(text)._.events
    assert events
    assert all(a["sector"] == "CVL" and a["name"].startswith("Supporters") for a in events[0]["source"]), events[0]


def test_a_pan_continental_name_is_no_country(annotate):
    events = events_of(annotate, "Protesters blocked the Pan-American highway south of Quito.", "PROTEST")
    assert events
    assert "USA" not in countries(events[0]["source"] + events[0]["target"]), events[0]


@pytest.mark.parametrize("text", [
    "KINSHASA (Wire) -- Chinese refiners have complained of shortages since Congo introduced export quotas.",
    "LUSAKA (Wire) -- Foreign lenders rejected the government's debt proposal on Friday.",
])
def test_a_trade_of_companies_is_business(annotate, text):
    events = [e for e in annotate(text)._.events if e["type"] in ("ACCUSE", "REJECT")]
    assert events and [a["sector"] for a in events[0]["source"]] == ["BUS"], events
