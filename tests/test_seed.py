"""The article tidings started from (../shared/seeds), and a team-written article with the same features."""

from __future__ import annotations

import pytest

from tidings import extract

from .shared import shared_path

SUMMIT = """Russian President Vladimir Putin arrived in Beijing on Tuesday for talks with Chinese President Xi Jinping.
Xi said the two leaders had met more than 40 times over the past decade.
"Our relationship has never been stronger," the Chinese president told reporters after the meeting.
Trade between the two countries reached $240bn last year, according to customs data.
"We will deepen our cooperation in energy," Putin said.
Foreign Ministry spokesperson Mao Ning said the visit would strengthen ties."""


@pytest.fixture(scope="module")
def seed(nlp):
    text = shared_path("seeds", "000_c6671510831a82dd.txt").read_text()
    return extract(text, date="2023-10-18", nlp=nlp)


@pytest.fixture(scope="module")
def summit(nlp):
    return extract(SUMMIT, date="2023-10-18", nlp=nlp)


def _actor(result, name):
    matches = [actor for actor in result.actors if actor.name == name]
    assert matches, f"{name} not among {[a.name for a in result.actors]}"
    return matches[0]


def _mention_texts(result, text, actor):
    return {text[start:end] for start, end in actor.mentions}


def test_seed_leaders_are_resolved_with_their_mentions_merged(seed):
    text = shared_path("seeds", "000_c6671510831a82dd.txt").read_text()
    xi, putin = _actor(seed, "Xi Jinping"), _actor(seed, "Vladimir Putin")
    assert (xi.country, xi.sector) == ("CHN", "GOV")
    assert (putin.country, putin.sector) == ("RUS", "GOV")
    assert "Xi" in _mention_texts(seed, text, xi)
    assert any("Russian leader" in mention for mention in _mention_texts(seed, text, putin))


def test_seed_meeting_is_consult_between_them(seed):
    assert any(
        event.type == "CONSULT"
        and {a.country for a in event.source + event.target} == {"CHN", "RUS"}
        for event in seed.events
    )


def test_seed_quotations_are_attributed(seed):
    speakers = {quote.speaker.name for quote in seed.quotes if quote.speaker and quote.kind == "direct"}
    assert {"Xi Jinping", "Mao Ning", "Vladimir Putin"} <= speakers


def test_seed_amount_and_count(seed):
    assert any(q.kind == "amount" and q.value == 190e9 and q.unit == "USD" for q in seed.quantities)
    assert any(q.kind == "count" and q.value == 42 for q in seed.quantities)


def test_team_article_leaders(summit):
    assert (_actor(summit, "Xi Jinping").country, _actor(summit, "Vladimir Putin").country) == ("CHN", "RUS")


def test_team_article_visit(summit):
    assert any(
        event.type == "CONSULT"
        and {a.country for a in event.source} == {"RUS"}
        and {a.country for a in event.target} == {"CHN"}
        for event in summit.events
    )


def test_team_article_quotes_by_title_and_name(summit):
    speakers = [quote.speaker.name for quote in summit.quotes if quote.speaker and quote.kind == "direct"]
    assert "Xi Jinping" in speakers and "Vladimir Putin" in speakers


def test_team_article_amount_and_approximate_count(summit):
    assert any(q.kind == "amount" and q.value == 240e9 and q.unit == "USD" for q in summit.quantities)
    assert any(q.kind == "count" and q.value == 40 and q.approximation for q in summit.quantities)
