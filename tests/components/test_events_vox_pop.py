"""A private person's stance in their own quoted words, aimed at no one named, is an opinion, not
an act; an official's, or one aimed at a named party, stays."""

from __future__ import annotations

import pytest

from .roles import DATE


def _types(annotate, text):
    return [e["type"] for e in annotate(text, date=DATE)._.events]


@pytest.mark.parametrize(
    "text",
    [
        '"We support the drivers, but our shop has been shut for a week," said Amina Yusuf, 52, a tailor in Kano.',
        '"I reject all of it, every promise," said Pedro Alves, 61, who sells fish at the port of Santos.',
    ],
)
def test_a_vox_pop_is_no_event(annotate, text):
    assert not {"SUPPORT", "REJECT", "ACCUSE"} & set(_types(annotate, text))


@pytest.mark.parametrize(
    "text",
    [
        '"We support the ceasefire proposal," Egyptian Foreign Minister Badr Abdelatty told reporters in Cairo.',
        '"We condemn Russia\'s strike on the hospital," said Olena Kovalenko, 44, a nurse in Kharkiv.',
    ],
)
def test_an_officials_stance_or_one_at_a_named_party_stays(annotate, text):
    assert {"SUPPORT", "ACCUSE"} & set(_types(annotate, text))
