"""Indirect speech: "X said (that) Y" and "Y, according to X" as kind "indirect"."""

from __future__ import annotations

import pytest


def indirect(doc) -> list[str]:
    return [q["text"] for q in doc._.quotes if q["kind"] == "indirect"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ministry said that the embassy would stay closed until further notice.",
         ["the embassy would stay closed until further notice"]),
        ("Putin told Xi that China had a crucial role to play in foreign policy.",
         ["China had a crucial role to play in foreign policy"]),
        ("Officials warned the ceasefire could collapse within days.", ["the ceasefire could collapse within days"]),
        ("Moscow is increasingly the junior partner in the relationship, experts say.",
         ["Moscow is increasingly the junior partner in the relationship"]),
        ("The border crossing will reopen on Monday, according to the interior ministry.",
         ["The border crossing will reopen on Monday"]),
    ],
)
def test_reported_clause_is_the_text(annotate, text, expected):
    assert indirect(annotate(text, upto="tidings_quotes")) == expected


def test_indirect_offsets_point_at_the_clause(annotate):
    text = "The ministry said that the embassy would stay closed."
    doc = annotate(text, upto="tidings_quotes")
    (quote,) = [q for q in doc._.quotes if q["kind"] == "indirect"]
    assert text[quote["start"] : quote["end"]] == quote["text"]


@pytest.mark.parametrize(
    "text",
    [
        # the reported words are quoted directly: one direct quotation, no indirect copy of it
        "Xi noted that he and Putin had met “42 times in the past 10 years and developed a deep friendship”.",
        "“We will not give up,” the minister said.",
        # no clause is reported
        "The minister said nothing after the meeting.",
        "Police declined to comment on the arrests.",
    ],
)
def test_no_indirect_quotation(annotate, text):
    assert indirect(annotate(text, upto="tidings_quotes")) == []


def test_a_scare_quote_inside_the_reported_clause_keeps_it_indirect(annotate):
    text = "Xinhua reported that Xi called for efforts to safeguard “justice” in the region."
    doc = annotate(text, upto="tidings_quotes")
    assert indirect(doc) == ["Xi called for efforts to safeguard “justice” in the region"]
