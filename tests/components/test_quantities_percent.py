"""Percentages, from signs, words and fractions."""

from __future__ import annotations

import pytest


def percents(doc) -> list[tuple]:
    return [(q["value"], q["unit"], q["object"]) for q in doc._.quantities if q["kind"] == "percent"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ruling party won 54.3% of the vote.", (54.3, "%", "vote")),
        ("The party won 54.2 percent of the vote.", (54.2, "%", "vote")),
        ("Turnout was 61 per cent, officials said.", (61, "%", "turnout")),
        ("Inflation rose to 7.5 percent in March.", (7.5, "%", "inflation")),
        ("The company posted a 10% rise in profits.", (10, "%", "profits")),
        ("China charges a 15 percent tariff on imported cars.", (15, "%", "tariff")),
        ("The rate rose by 0.25 percentage points.", (0.25, "percentage points", "rate")),
    ],
)
def test_percent(annotate, text, expected):
    assert percents(annotate(text, upto="tidings_quantities")) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two-thirds of voters backed the measure.", (66.7, "%", "voters")),
        ("A third of the staff left.", (33.3, "%", "staff")),
        ("About half of the population lives in poverty.", (50, "%", "population")),
        ("Three-quarters of the budget goes to salaries.", (75, "%", "budget")),
        ("One in five adults is unemployed.", (20, "%", "adults")),
        ("She said two-thirds were girls.", (66.7, "%", None)),
    ],
)
def test_fractions_are_percentages(annotate, text, expected):
    assert percents(annotate(text, upto="tidings_quantities")) == [expected]


def test_the_second_half_of_the_year_is_no_percentage(annotate):
    assert percents(annotate("Growth slowed in the second half of the year.", upto="tidings_quantities")) == []
