"""'Chinese Americans', 'Turkish Germans', 'an Iranian American journalist': the first demonym is an
origin, the second the nationality; two states' bodies and things keep both."""

from __future__ import annotations

import pytest


def _codes(doc) -> set[str | None]:
    return {a["country"] for a in doc._.actors}


@pytest.mark.parametrize(
    ("text", "country", "origin"),
    [
        ("Chinese Americans in San Francisco protested the new law on Monday.", "USA", "CHN"),
        ("Many Chinese Texans said the bill would hurt their businesses.", "USA", "CHN"),
        ("Turkish Germans voted in large numbers in the election.", "DEU", "TUR"),
        ("The Iranian American journalist Sara Tehrani was targeted by the plot.", "USA", "IRN"),
        ("The Korean-American journalist Grace Park was detained at the airport.", "USA", "KOR"),
    ],
)
def test_origin_gives_no_country(annotate, text, country, origin):
    codes = _codes(annotate(text, upto="tidings_actors"))
    assert country in codes and origin not in codes


@pytest.mark.parametrize(
    ("text", "both"),
    [
        ("Russian-Syrian forces shelled the town overnight.", {"RUS", "SYR"}),
        ("Chinese-American relations have soured since the summit.", {"CHN", "USA"}),
    ],
)
def test_two_sides_keep_both(annotate, text, both):
    assert both <= _codes(annotate(text, upto="tidings_actors"))


def test_ethnic_second_keeps_the_nationality(annotate):
    codes = _codes(annotate("Syrian Kurdish fighters clashed with Turkish troops.", upto="tidings_actors"))
    assert "SYR" in codes


def test_british_usage_names_the_nationality_first(annotate):
    codes = _codes(annotate("British Pakistani voters backed the Labour candidate.", upto="tidings_actors"))
    assert "GBR" in codes and "PAK" not in codes
