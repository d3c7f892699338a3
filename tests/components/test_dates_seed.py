"""The dates of the seed article (../shared/seeds), dated 2023-10-18."""

from __future__ import annotations

import pytest

from ..shared import shared_path


@pytest.fixture(scope="module")
def seed_dates(annotate):
    text = shared_path("seeds", "000_c6671510831a82dd.txt").read_text()
    return annotate(text, date="2023-10-18", upto="tidings_dates")._.dates


@pytest.mark.parametrize(
    ("text", "value", "precision"),
    [
        ("Wednesday", "2023-10-18", "day"),
        ("March", "2023-03", "month"),
        ("February 2022", "2022-02", "month"),
        ("last year", "2022", "year"),
        ("Tuesday", "2023-10-17", "day"),
        ("the past decade", "2013-10-18/2023-10-18", "range"),
        ("2022", "2022", "year"),
    ],
)
def test_seed_dates_resolve(seed_dates, text, value, precision):
    found = [(d["value"], d["precision"]) for d in seed_dates if d["text"] == text]
    assert found and all(item == (value, precision) for item in found), found


def test_seed_duration_is_not_a_date(seed_dates):
    assert "10 years" not in {d["text"] for d in seed_dates}
