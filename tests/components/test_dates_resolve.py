"""resolve_date: one expression, an article date and a clause tense in; a value at a precision out."""

from __future__ import annotations

import pytest

from tidings.components.dates import resolve_date

ARTICLE = "2023-10-18"  # a Wednesday


@pytest.mark.parametrize(
    ("text", "tense", "value", "precision"),
    [
        ("on Wednesday", "past", "2023-10-18", "day"),  # the article day itself
        ("on Tuesday", "past", "2023-10-17", "day"),
        ("on Thursday", "past", "2023-10-12", "day"),
        ("on Thursday", "future", "2023-10-19", "day"),
        ("last Wednesday", None, "2023-10-11", "day"),
        ("next Monday", None, "2023-10-23", "day"),
        ("Friday night", "past", "2023-10-13", "day"),
        ("yesterday", None, "2023-10-17", "day"),
        ("tomorrow", None, "2023-10-19", "day"),
        ("this morning", None, "2023-10-18", "day"),
        ("last night", None, "2023-10-17", "day"),
    ],
)
def test_days_resolve_against_the_article_date(text, tense, value, precision):
    assert resolve_date(text, ARTICLE, tense) == {"value": value, "precision": precision, "resolved": True}


@pytest.mark.parametrize(
    ("text", "tense", "value"),
    [
        ("in March", "past", "2023-03"),
        ("in November", "past", "2022-11"),  # the latest November not after the article
        ("in November", "future", "2023-11"),
        ("in March", "future", "2024-03"),
        ("last March", None, "2023-03"),
        ("last October", None, "2022-10"),  # "last" skips the article's own month
        ("next March", None, "2024-03"),
        ("in February 2022", None, "2022-02"),
        ("mid-July", "past", "2023-07"),
        ("last month", None, "2023-09"),
        ("this month", None, "2023-10"),
        ("next month", None, "2023-11"),
        ("three months ago", None, "2023-07"),
        ("July last year", None, "2022-07"),
        ("in December", None, "2023-12"),  # no tense: the nearest December
    ],
)
def test_months_resolve_by_tense(text, tense, value):
    assert resolve_date(text, ARTICLE, tense) == {"value": value, "precision": "month", "resolved": True}


@pytest.mark.parametrize(
    ("text", "value", "precision"),
    [
        ("Oct. 12", "2023-10-12", "day"),
        ("October 12, 2021", "2021-10-12", "day"),
        ("12 October 2021", "2021-10-12", "day"),
        ("the 3rd of May", "2023-05-03", "day"),
        ("2023-10-01", "2023-10-01", "day"),
        ("10/18/2022", "2022-10-18", "day"),
        ("Christmas Day", "2022-12-25", "day"),
        ("2022", "2022", "year"),
        ("last year", "2022", "year"),
        ("this year", "2023", "year"),
        ("next year", "2024", "year"),
        ("late last year", "2022", "year"),
        ("mid-2021", "2021", "year"),
        ("10 years ago", "2013", "year"),
        ("a decade ago", "2013", "year"),
        ("summer 2020", "2020", "year"),
    ],
)
def test_absolute_dates_and_years(text, value, precision):
    assert resolve_date(text, ARTICLE, "past") == {"value": value, "precision": precision, "resolved": True}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("the past decade", "2013-10-18/2023-10-18"),
        ("the past 10 years", "2013-10-18/2023-10-18"),
        ("the last three weeks", "2023-09-27/2023-10-18"),
        ("the next two months", "2023-10-18/2023-12-18"),
        ("the past year", "2022-10-18/2023-10-18"),
        ("next week", "2023-10-23/2023-10-29"),  # weeks run Monday to Sunday
        ("this week", "2023-10-16/2023-10-22"),
        ("last week", "2023-10-09/2023-10-15"),
        ("last weekend", "2023-10-14/2023-10-15"),
        ("earlier this month", "2023-10-01/2023-10-18"),
        ("later this year", "2023-10-18/2023-12-31"),
        ("the 1990s", "1990/1999"),
        ("2019-2021", "2019/2021"),
        ("between 2015 and 2018", "2015/2018"),
        ("the third quarter of 2022", "2022-07-01/2022-09-30"),
    ],
)
def test_periods_are_iso_intervals(text, value):
    assert resolve_date(text, ARTICLE, None) == {"value": value, "precision": "range", "resolved": True}


@pytest.mark.parametrize(
    ("text", "tense", "value"),
    [
        ("on Friday", "past", "2023-12-29"),
        ("on Tuesday", "past", "2024-01-02"),
        ("in December", "past", "2023-12"),
        ("last month", None, "2023-12"),
        ("last year", None, "2023"),
        ("last week", None, "2023-12-25/2023-12-31"),
        ("Dec. 28", "past", "2023-12-28"),
        ("the past week", None, "2023-12-27/2024-01-03"),
    ],
)
def test_dates_across_a_year_boundary(text, tense, value):
    assert resolve_date(text, "2024-01-03", tense)["value"] == value


@pytest.mark.parametrize(
    "text", ["on Wednesday", "in March", "last year", "the past decade", "yesterday", "next week", "10 years ago", "Oct. 12"]
)
def test_without_an_article_date_relative_dates_stay_unresolved(text):
    assert resolve_date(text, None, "past") == {"value": None, "precision": None, "resolved": False}


@pytest.mark.parametrize(
    ("text", "value"), [("February 2022", "2022-02"), ("2022", "2022"), ("October 12, 2021", "2021-10-12")]
)
def test_without_an_article_date_absolute_dates_still_resolve(text, value):
    assert resolve_date(text, None, None)["value"] == value


@pytest.mark.parametrize(
    "text", ["days before", "two weeks later", "the next day", "recent weeks", "the past few days", "the coming years", "years ago"]
)
def test_expressions_anchored_elsewhere_or_vague_are_not_guessed(text):
    assert resolve_date(text, ARTICLE, "past")["resolved"] is False
