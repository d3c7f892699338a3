"""The seed article's quantities, through the pipeline."""

from __future__ import annotations

import pytest

from tidings.schema import Quantity

from ..shared import shared_path


@pytest.fixture(scope="module")
def seed(annotate):
    text = shared_path("seeds", "000_c6671510831a82dd.txt").read_text()
    return text, annotate(text, date="2023-10-18", upto="tidings_quantities")._.quantities


def test_seed_meetings(seed):
    _text, quantities = seed
    assert {"kind": "count", "value": 42, "unit": "times", "object": "meetings"}.items() <= quantities[0].items()


def test_seed_trade(seed):
    text, quantities = seed
    (trade,) = [q for q in quantities if q["kind"] == "amount"]
    assert (trade["value"], trade["unit"], trade["object"], trade["text"]) == (190e9, "USD", "trade", "$190bn")
    assert text[trade["start"] : trade["end"]] == "$190bn"


def test_seed_countries(seed):
    _text, quantities = seed
    (countries,) = [q for q in quantities if q["unit"] == "countries"]
    assert (countries["value"], countries["object"], countries["approximation"]) == (130, "countries", "some")


def test_seed_has_no_years_or_durations(seed):
    _text, quantities = seed
    assert all(q["value"] not in {2022, 10} for q in quantities)


def test_seed_records_are_shaped_like_the_schema(seed):
    _text, quantities = seed
    assert all(Quantity(**q) for q in quantities)
