"""The dates stage on sentences: which spans are dates, and their values in context."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def dates_of(annotate):
    def run(text: str, date: str | None = "2023-10-18") -> dict[str, str | None]:
        doc = annotate(text, date=date, upto="tidings_dates")
        return {d["text"]: d["value"] for d in doc._.dates}

    return run


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ministers met on Tuesday in Geneva.", {"Tuesday": "2023-10-17"}),
        ("The ministers will meet on Tuesday in Geneva.", {"Tuesday": "2023-10-24"}),
        ("The envoy is due to travel to Cairo on Friday.", {"Friday": "2023-10-20"}),
        ("The two leaders last met in March in Moscow.", {"March": "2023-03"}),
        ("Elections will be held in March.", {"March": "2024-03"}),
        ("The tariffs were delayed until Oct. 20.", {"Oct. 20": "2023-10-20"}),
        ("Pyongyang has conducted 13 missile tests since November.", {"November": "2022-11"}),
        ("He has ruled since winning power in July last year.", {"July last year": "2022-07"}),
    ],
)
def test_the_clause_tense_picks_the_side_of_the_article_date(dates_of, text, expected):
    assert dates_of(text) == expected


def test_a_past_the_tagger_reads_as_a_participle_looks_back(dates_of):
    # "protested" is tagged VBN with no auxiliary; from a Saturday the nearest Monday is the next one
    assert dates_of("Hundreds of workers protested in Nairobi on Monday.", date="2023-10-21") == {"Monday": "2023-10-16"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a year followed by an anchored expression the NER reads as one "2022 days"
        ("They signed the pact in 2022 days before the invasion began.", {"2022": "2022", "days before": None}),
        ("The rebels took the town two weeks ago.", {"two weeks ago": "2023-10-04"}),
        ("Trade has doubled over the past decade.", {"the past decade": "2013-10-18/2023-10-18"}),
        ("Prices rose earlier this month.", {"earlier this month": "2023-10-01/2023-10-18"}),
    ],
)
def test_expressions_the_ner_misses_or_mis_segments(dates_of, text, expected):
    assert dates_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "About 2000 troops crossed the border.",  # a count, not a year
        "The 65-year-old minister resigned.",  # an age
        "The ceasefire held for 10 years.",  # a duration
        "Officials may meet again soon.",  # "may" the verb
        "Envoy Zhai Jun spoke to reporters.",  # "Jun" the name
    ],
)
def test_numbers_ages_durations_and_lookalikes_are_not_dates(dates_of, text):
    assert dates_of(text) == {}


@pytest.mark.parametrize(
    ("text", "year"), [("The election in 2019 was disputed.", "2019"), ("Its 2021 report was withdrawn.", "2021")]
)
def test_a_bare_number_is_a_year_in_a_year_slot(dates_of, text, year):
    assert dates_of(text) == {year: year}


def test_without_an_article_date_nothing_relative_is_invented(annotate):
    doc = annotate("Police said on Wednesday that the attack in February 2022 was planned last year.", upto="tidings_dates")
    by_text = {d["text"]: d for d in doc._.dates}
    assert by_text["Wednesday"]["value"] is None and by_text["Wednesday"]["resolved"] is False
    assert by_text["last year"]["value"] is None
    assert by_text["February 2022"]["value"] == "2022-02"


def test_offsets_point_at_the_expression(annotate):
    text = "The talks ended on Thursday after the past three weeks of fighting."
    doc = annotate(text, date="2023-10-18", upto="tidings_dates")
    assert [text[d["start"]:d["end"]] for d in doc._.dates] == [d["text"] for d in doc._.dates]
    assert [d["text"] for d in doc._.dates] == ["Thursday", "the past three weeks"]


def test_records_are_shaped_like_the_schema(annotate):
    from tidings.schema import DateMention

    doc = annotate("Talks began on Monday, resumed in March 2021 and ended days before the vote.", date="2023-10-18",
                   upto="tidings_dates")
    assert len(doc._.dates) == 3
    for record in doc._.dates:
        DateMention.model_validate(record)
