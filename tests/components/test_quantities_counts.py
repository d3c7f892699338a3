"""Counts: the number, what is counted (unit and object) and how it is hedged."""

from __future__ import annotations

import pytest


def counts(doc) -> list[tuple]:
    return [(q["value"], q["unit"], q["object"], q["approximation"]) for q in doc._.quantities if q["kind"] == "count"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Xi and Putin have met 42 times in the past decade.", (42, "times", "meetings", None)),
        ("Leaders from some 130 countries are in the capital.", (130, "countries", "countries", "some")),
        ("At least 12 people were killed when the bus overturned.", (12, "people", "people", "at least")),
        ("Nearly 2,000 troops were deployed along the border.", (2000, "troops", "troops", "nearly")),
        ("Some 1.5 million refugees have crossed into Poland.", (1.5e6, "refugees", "refugees", "some")),
        ("The army said it shot down twenty-five drones overnight.", (25, "drones", "drones", None)),
        ("Rebels burned a dozen villages.", (12, "villages", "villages", None)),
        ("The country exported 5,000 tonnes of wheat last month.", (5000, "tonnes", "wheat", None)),
        ("The strikes hit five famine hotspots.", (5, "hotspots", "famine hotspots", None)),
        ("Georgian Dream won a majority in the 150-seat parliament.", (150, "seat", "seat", None)),
        ("Between 40 and 50 people were arrested.", (40, "people", "people", "between")),
    ],
)
def test_count(annotate, text, expected):
    assert counts(annotate(text, upto="tidings_quantities")) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thousands of protesters marched through the capital.", (1000, "protesters", "protesters", "thousands")),
        ("Tens of thousands of people fled the fighting.", (10_000, "people", "people", "tens of thousands")),
        ("Dozens of houses were destroyed.", (12, "houses", "houses", "dozens")),
        ("Hundreds of thousands of people lost power.", (100_000, "people", "people", "hundreds of thousands")),
    ],
)
def test_vague_counts_take_their_round_value_and_name_the_hedge(annotate, text, expected):
    assert counts(annotate(text, upto="tidings_quantities")) == [expected]


def test_count_text_covers_hedge_number_and_noun(annotate):
    text = "Leaders from some 130 countries are in the capital."
    (count,) = annotate(text, upto="tidings_quantities")._.quantities
    assert text[count["start"] : count["end"]] == count["text"] == "some 130 countries"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare number repeats the noun of the count just before it
        ("At least four people were killed and 37 injured.", [(4, "people"), (37, "people")]),
        ("The UN says 25 million people need aid, and that more than 8 million have fled.",
         [(25e6, "people"), (8e6, "people")]),
        # a toll with the noun left out and nothing to repeat
        ("An airstrike on the market killed 12, officials said.", [(12, None)]),
    ],
)
def test_elliptical_counts(annotate, text, expected):
    assert [(v, u) for v, u, _o, _a in counts(annotate(text, upto="tidings_quantities"))] == expected


@pytest.mark.parametrize(
    ("text", "obj"),
    [
        ("The death toll rose to 45 on Friday.", "death toll"),
        ("Kharkiv had a pre-war population of about 1.4 million.", "population"),
    ],
)
def test_a_bare_number_measures_the_noun_it_completes(annotate, text, obj):
    assert [o for _v, _u, o, _a in counts(annotate(text, upto="tidings_quantities"))] == [obj]
