"""The knowledge-graph layer on one team-written article full of traps (tests/articles/).

Quotes in quotes, a quote split around its attribution, "according to" and "said in a statement",
money in two currencies, a number that is a year, approximations, a fraction, dates across a year
boundary, and Paris, Texas.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tidings import extract

TEXT = (Path(__file__).parent / "articles" / "knowledge_traps.txt").read_text()


@pytest.fixture(scope="module")
def result(nlp):
    return extract(TEXT, date="2025-01-08", nlp=nlp)


def _quotes(result, kind):
    return [(q.speaker.name if q.speaker else None, q.text) for q in result.quotes if q.kind == kind]


def test_quote_with_a_quote_inside_stays_whole(result):
    texts = [text for _, text in _quotes(result, "direct")]
    assert "That is the reality for 'frontier' economies like ours." in texts


def test_named_speaker_after_told_reporters(result):
    assert ("John Mbadi", "We cannot keep paying more in interest than we spend on schools") in _quotes(
        result, "direct"
    )


def test_quote_split_around_its_attribution_keeps_one_speaker(result):
    parts = [(speaker, text) for speaker, text in _quotes(result, "direct") if "hope" in text]
    assert len(parts) == 2 and parts[0][0] == parts[1][0] is not None


@pytest.mark.parametrize("start", ["Kenya will repay", "The European Investment Bank"])
def test_according_to_and_said_in_a_statement_are_indirect_quotes(result, start):
    assert any(text.startswith(start) and speaker for speaker, text in _quotes(result, "indirect"))


@pytest.mark.parametrize(
    ("kind", "value", "unit", "approximation"),
    [
        ("amount", 580e6, "KES", None),
        ("amount", 64.45e6, "USD", None),
        ("amount", 2.5e9, "EUR", None),
        ("count", 40, "countries", "some"),
        ("count", 12, "people", "at least"),
        ("count", 1000, "protesters", "thousands"),
        ("percent", 66.7, "%", None),
    ],
)
def test_quantities(result, kind, value, unit, approximation):
    assert any(
        q.kind == kind and abs(q.value - value) < 1e-6 * value and q.unit == unit and q.approximation == approximation
        for q in result.quantities
    ), [(q.kind, q.value, q.unit, q.approximation) for q in result.quantities]


def test_a_year_is_not_a_count(result):
    assert not any(q.value == 2024 for q in result.quantities)


@pytest.mark.parametrize(
    ("text", "value", "precision"),
    [
        ("Monday", "2025-01-06", "day"),  # past tense, the Monday before the article
        ("Friday", "2025-01-03", "day"),  # across the year boundary
        ("last June", "2024-06", "month"),
        ("next week", "2025-01-13/2025-01-19", "range"),
        ("March", "2025-03", "month"),  # "would host ... in March": ahead
    ],
)
def test_dates_resolve_against_the_article_date(result, text, value, precision):
    assert any(d.text == text and d.value == value and d.precision == precision for d in result.dates), [
        (d.text, d.value) for d in result.dates
    ]


def test_relative_dates_stay_unresolved_without_an_article_date(nlp):
    undated = extract(TEXT, nlp=nlp)
    monday = [d for d in undated.dates if d.text == "Monday"]
    assert monday and not monday[0].resolved and monday[0].value is None


def test_paris_texas_is_in_the_united_states(result):
    paris = [p for p in result.places if p.name == "Paris"]
    assert paris and paris[0].country == "USA" and paris[0].lon < -90 and paris[0].geonameid


def test_event_takes_its_clause_date_and_place_else_the_articles(result):
    meeting = next(e for e in result.events if e.type == "CONSULT" and e.location)
    assert (meeting.date, meeting.date_source, meeting.location.name) == ("2025-01-06", "clause", "Nairobi")
    assert all(e.date_source in ("clause", "article") for e in result.events)


def test_document_and_event_tone(result):
    assert result.tone.words > 100 and result.tone.polarity == pytest.approx(
        result.tone.positive + result.tone.negative
    )
    protest = next(e for e in result.events if e.type == "PROTEST")
    assert protest.tone is not None and protest.tone < 0
