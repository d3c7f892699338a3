"""A country's own society of an international movement ("the Turkish Red Crescent") is that
country's, not the international body; a generic body word ending another body's name ("Trades
Union Congress") is not the national legislature the word alone names."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The Turkish Red Crescent opened a camp for 10,000 people in northern Syria.", "TUR"),
        ("Sudan's Red Crescent appealed to donors for fuel and medicine.", "SDN"),
        ("The Kenya Red Cross said 40 people had died in the floods.", "KEN"),
    ],
)
def test_a_national_society_is_its_countrys(annotate, text, code):
    doc = annotate(text)
    societies = [a for a in doc._.actors if "Red C" in a["name"]]
    assert [(a["country"], a["sector"]) for a in societies] == [(code, "MED")], doc._.actors


def test_the_international_committee_stays_international(annotate):
    doc = annotate("The International Committee of the Red Cross delivered food to Somalia.")
    assert [a["country"] for a in doc._.actors if "Red Cross" in a["name"]] == ["IGO"], doc._.actors


def test_a_trades_union_congress_is_no_legislature(annotate):
    doc = annotate("Ghana's Trades Union Congress called off a strike over electricity tariffs.")
    assert all(a["country"] != "USA" for a in doc._.actors), doc._.actors
    assert any(a["country"] == "GHA" and a["sector"] == "LAB" for a in doc._.actors), doc._.actors


def test_congress_alone_is_still_the_us_congress(annotate):
    doc = annotate("Congress approved the aid package for Israel on Thursday.")
    assert any(a["country"] == "USA" and a["sector"] == "LEG" for a in doc._.actors), doc._.actors


@pytest.mark.parametrize(
    "text",
    [
        "The Organisation of American States imposed a trade embargo on Haiti in 1991.",
        "Paris Club creditors wrote off half of Poland's official debt in 1991.",
        "The Organisation for Security and Cooperation in Europe urged Azerbaijan to free journalists.",
    ],
)
def test_an_intergovernmental_body_named_after_a_place_is_no_state(annotate, text):
    sources = [a for e in annotate(text)._.events for a in e["source"]]
    assert sources and all(a["country"] == "IGO" for a in sources), sources
