"""Numbers that are not quantities: years, dates, times, ages, ordinals, phone numbers, names, durations."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "The partnership was announced in 2022.",  # a year
        "The invasion began in February 2022.",
        "The talks resumed on March 6 in Geneva.",  # a day of the month
        "Mao Ning spoke at a Jan. 23 press briefing.",
        "The minister took office on the 10th of May.",  # an ordinal
        "It was the first visit by a Chinese leader.",
        "The meeting starts at 10 a.m. on Tuesday.",  # a time of day
        "Call +254 722 123456 for details.",  # a phone number
        "The minister, 45, was born in Nairobi.",  # an age
        "A 45-year-old man was arrested.",
        "The suspect, aged 32, was detained.",
        "The forum marks 10 years of the Belt and Road Initiative.",  # a duration
        "He is on a two-day visit and signed a 10-year deal.",
        "Ukraine asked for more F-16 jets.",  # names
        "The measure breaches Resolution 2334 and Article 5.",
        "The two leaders met in Beijing.",  # a reference, not a count
        "One of the ships was hit.",
        "The bill passed by 52 votes to 48.",  # 48 counts nothing named
    ],
)
def test_no_quantity_from_a_number_that_is_not_one(annotate, text):
    quantities = annotate(text, upto="tidings_quantities")._.quantities
    assert [q for q in quantities if q["text"] not in {"52 votes"}] == []


def test_a_year_next_to_a_count_is_left_out(annotate):
    doc = annotate("In 2022, 300 people died in floods.", upto="tidings_quantities")
    assert [(q["value"], q["unit"]) for q in doc._.quantities] == [(300, "people")]
