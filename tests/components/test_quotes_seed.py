"""The seed article and a team-written article through the pipeline (the ``annotate`` fixture)."""

from __future__ import annotations

import pytest

from ..shared import shared_path

SEED_QUOTES = [
    "42 times in the past 10 years and [had] developed a good working relationship and a deep friendship",
    "The visit aims to help with de-escalation in the Middle East",
    "This is part of China’s efforts to promote peace talks.",
    "In the current difficult conditions, close foreign policy coordination is especially necessary – which is"
    " what we are doing, and today we will also discuss all of this",
]


@pytest.fixture(scope="module")
def seed(annotate):
    text = shared_path("seeds", "000_c6671510831a82dd.txt").read_text()
    return text, annotate(text, date="2023-10-18", upto="tidings_quotes")


@pytest.mark.parametrize("expected", SEED_QUOTES)
def test_seed_long_quotations_are_found_with_exact_offsets(seed, expected):
    text, doc = seed
    found = [q for q in doc._.quotes if q["kind"] == "direct" and q["text"] == expected]
    assert len(found) == 1
    assert text[found[0]["start"] : found[0]["end"]] == expected


def test_seed_quotation_records_are_shaped_like_the_schema(seed):
    from tidings.schema import Quote

    _text, doc = seed
    assert doc._.quotes and all(Quote(**q) for q in doc._.quotes)


TEAM_ARTICLE = """Kenya's finance minister defended the new budget on Thursday.
"These taxes are painful but necessary," the minister told parliament. "We have no other choice."
Opposition leaders said the measures would hurt the poor.
'It's the workers' wages that pay for this,' one protester said outside the building."""


def test_team_article_quotations(annotate):
    doc = annotate(TEAM_ARTICLE, date="2024-06-20", upto="tidings_quotes")
    assert [(q["kind"], q["text"]) for q in doc._.quotes] == [
        ("direct", "These taxes are painful but necessary"),
        ("direct", "We have no other choice."),
        ("indirect", "the measures would hurt the poor"),
        ("direct", "It's the workers' wages that pay for this"),
    ]
