"""An apposition the parser reads as a conjunct ("the spokesperson for Pakistan's foreign ministry,
Ambassador X,") still describes the person; a real list does not."""

from __future__ import annotations

import pytest

from .roles import person_named


@pytest.mark.parametrize(
    ("text", "surname", "country"),
    [
        ("On Thursday, the spokesperson for Pakistan's Ministry of Foreign Affairs, Ambassador Shafqat Ali Khan, "
         "repeated Islamabad's stance.", "Khan", "PAK"),
        ("The spokesman for Kenya's Ministry of Interior, Daniel Otieno, said the curfew would end.", "Otieno", "KEN"),
    ],
)
def test_apposed_title_gives_the_country(annotate, text, surname, country):
    assert person_named(annotate(text, upto="tidings_actors"), surname)["country"] == country


@pytest.mark.parametrize(
    "text",
    [
        "The spokesman for Kenya's Ministry of Interior, officials and Daniel Otieno met on Monday.",
        "The spokesman for Kenya's Ministry of Interior, or Daniel Otieno, will speak.",
    ],
)
def test_a_list_is_no_apposition(annotate, text):
    assert person_named(annotate(text, upto="tidings_actors"), "Otieno")["country"] is None
