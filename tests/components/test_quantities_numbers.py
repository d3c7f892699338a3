"""Reading the value of a number phrase (a pure function over lower-cased tokens)."""

from __future__ import annotations

import pytest

from tidings.components.quantities import load_lexicon, read_number


@pytest.mark.parametrize(
    ("words", "value"),
    [
        (["42"], 42),
        (["10,000"], 10_000),
        (["2.5", "billion"], 2.5e9),
        (["190bn"], 190e9),
        (["1.5", "m"], 1.5e6),
        (["500", "crore"], 5e9),
        (["twenty", "-", "five"], 25),
        (["two", "hundred", "fifty", "thousand"], 250_000),
        (["a", "dozen"], 12),
        (["three", "dozen"], 36),
        (["half", "a", "million"], 500_000),
        (["4", "-", "billion"], 4e9),
    ],
)
def test_value(words, value):
    number = read_number(words, load_lexicon())
    assert number is not None and number.value == pytest.approx(value)


def test_a_range_keeps_both_ends_with_a_shared_scale():
    number = read_number(["2", "-", "3", "million"], load_lexicon())
    assert (number.value, number.high) == (2e6, 3e6)


@pytest.mark.parametrize(
    ("words", "prefix"),
    [(["hk$30"], "hk$"), (["rs.500"], "rs."), (["ksh2", "billion"], "ksh"), (["n500", "million"], "n")],
)
def test_a_currency_glued_to_the_digits_is_kept(words, prefix):
    assert read_number(words, load_lexicon()).currency == prefix


@pytest.mark.parametrize(
    "words",
    [
        ["722", "123456"],  # two numbers in a row: a phone number or a list
        ["0722"],  # a leading zero
        ["10th"],  # an ordinal
        ["n95"],  # a letter and digits with no scale: a name, not naira
        ["two", "three"],
    ],
)
def test_not_a_number(words):
    assert read_number(words, load_lexicon()) is None
