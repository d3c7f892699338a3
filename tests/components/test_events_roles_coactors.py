"""Co-actors act with the subject: those joined by "along with" / "together with", and the items of a list the parser read as an apposition."""

from __future__ import annotations

import pytest

from .roles import DATE


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        ("The United States, along with Britain and Germany, called for an emergency meeting of the council.",
         {"USA", "GBR", "DEU"}),
        ("France, together with Italy, condemned the attack on the embassy.", {"FRA", "ITA"}),
    ],
)
def test_along_with_joins_the_source(annotate, text, actors):
    events = annotate(text, date=DATE)._.events
    assert events
    assert {r["country"] for r in events[0]["source"]} == actors
    assert not {r["country"] for r in events[0]["target"]} & actors


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Somalia, the African Union and Western donors accuse Eritrea of arming the militants.", {"SOM", "IGO"}),
        ("Lebanon, the United Nations and European governments condemned the strike.", {"LBN", "IGO"}),
    ],
)
def test_a_list_read_as_an_apposition_keeps_every_body(annotate, text, codes):
    doc = annotate(text, date="2025-03-01")
    events = [e for e in doc._.events if e["type"] == "ACCUSE"]
    assert events
    assert codes <= {ref["country"] for ref in events[0]["source"]}, events[0]


@pytest.mark.parametrize(
    ("text", "with_object"),
    [
        ("Police detained the opposition leader along with four bodyguards.", "bodyguards"),
        ("The United States sanctioned the Tren de Aragua gang along with Los Choneros.",
         "Los Choneros"),
    ],
)
def test_along_with_after_the_object_joins_the_object(annotate, text, with_object):
    events = [e for e in annotate(text, date=DATE)._.events if e["type"] in ("COERCE", "SANCTION")]
    assert events
    assert with_object in {r["name"] for r in events[0]["target"]}, events[0]
    assert with_object not in {r["name"] for r in events[0]["source"]}
