"""Scare quotes: one to three quoted words inside a sentence."""

from __future__ import annotations

import re

import pytest


def run(annotate, nlp, text: str, actors: dict[str, list[str]]) -> list[dict]:
    """Direct quotations of ``text`` with person actors given as {name: [mentions]}."""
    doc = annotate(text, upto="tidings_actors")
    records, spans = [], []
    for n, (name, mentions) in enumerate(actors.items(), 1):
        records.append({"id": f"A{n}", "name": name, "kind": "person", "country": None, "sector": None,
                        "title": None, "mentions": [], "evidence": []})
        for mention in mentions:
            for match in re.finditer(rf"\b{re.escape(mention)}\b", text):
                span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
                spans.append([span.start, span.end, f"A{n}"])
    doc._.actors, doc._.actor_spans = records, spans
    quotes = nlp.get_pipe("tidings_quotes")(doc)._.quotes
    return [q for q in quotes if q["kind"] == "direct"]


XI = {"Xi Jinping": ["Xi"]}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Xi called for joint efforts to “safeguard international fairness” and “justice”.",
         ["safeguard international fairness", "justice"]),
        ("Xi hailed the “no-limits” partnership with Moscow.", ["no-limits"]),
        ("Xi said relations had entered a “new era” of cooperation.", ["new era"]),
    ],
)
def test_scare_quotes_belong_to_the_speaker_of_their_sentence(annotate, nlp, text, expected):
    quotes = run(annotate, nlp, text, XI)
    assert [q["text"] for q in quotes] == expected
    assert {q["speaker"]["name"] for q in quotes} == {"Xi Jinping"}


@pytest.mark.parametrize(
    "text",
    [
        "The so-called “peace plan” was rejected by both sides.",
        "Fighters loyal to the “government” seized the town.",
        "The reporter appeared on “Meet the Press” on Sunday.",
    ],
)
def test_unattributed_short_scare_quotes_are_dropped(annotate, nlp, text):
    assert run(annotate, nlp, text, XI) == []


def test_an_unattributed_three_word_quote_is_kept_without_speaker(annotate, nlp):
    quotes = run(annotate, nlp, "Protesters carried banners reading “end the war” through the city.", XI)
    assert [(q["text"], q["speaker"]) for q in quotes] == [("end the war", None)]
