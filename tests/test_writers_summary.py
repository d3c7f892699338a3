"""summarise: a plain-text summary of one result for people."""

from __future__ import annotations

import pytest

from tidings.schema import (
    Actor, ActorRef, Article, ArticleError, ArticleRef, ArticleResult, DateMention, Event,
    Location, Place, Quantity, Quote, Tone,
)
from tidings.writers import summarise

XI = Actor(id="A1", name="Xi Jinping", kind="person", country="CHN", sector="GOV", title="President",
           mentions=[(0, 10), (40, 42)])
PUTIN = Actor(id="A2", name="Vladimir Putin", kind="person", country="RUS", sector="GOV", mentions=[(20, 34)])
MAO = Actor(id="A3", name="Mao Ning", kind="person", country="CHN", sector="GOV", mentions=[(90, 98)])


def consult(**fields) -> Event:
    values = dict(
        id="E1", type="CONSULT", mode="visit", source=[PUTIN.ref()], target=[XI.ref()], date="2023-10-18",
        location=Location(name="Beijing", country="CHN"), sentence=0, text="Putin met Xi.", trigger="met",
        start=6, end=9, confidence=0.9,
    )
    return Event(**{**values, **fields})


def result(**fields) -> ArticleResult:
    values = dict(
        article=Article(id="seed", title="Xi hosts Putin", date="2023-10-18", source="Example Wire"),
        actors=[XI, PUTIN, MAO],
        events=[consult()],
        quotes=[Quote(speaker=MAO.ref(), text="The visit aims to help with de-escalation in the Middle East.",
                      start=100, end=160)],
        quantities=[
            Quantity(kind="amount", value=190e9, unit="USD", object="trade", text="$190bn", start=200, end=206),
            Quantity(kind="count", value=42, unit="times", object="meetings", text="42 times", start=210, end=218),
            Quantity(kind="percent", value=4.5, text="4.5 percent", start=220, end=231, approximation="about"),
        ],
        dates=[
            DateMention(text="on Wednesday", start=300, end=312, value="2023-10-18", precision="day", resolved=True),
            DateMention(text="soon", start=320, end=324),
        ],
        places=[Place(name="Beijing", kind="city", country="CHN", lat=39.9, lon=116.4, mentions=[(400, 407)])],
        tone=Tone(score=-1.2, positive=3.1, negative=4.3),
    )
    return ArticleResult(**{**values, **fields})


def test_summary_heading_names_the_article():
    first, second = summarise(result()).splitlines()[:2]
    assert first == "seed  2023-10-18  Xi hosts Putin"
    assert second == "Example Wire"


def test_event_line_reads_who_did_what_to_whom():
    line = "  E1 CONSULT (visit) Vladimir Putin [RUS GOV] -> Xi Jinping [CHN GOV] 2023-10-18 @ Beijing 'met'"
    assert line in summarise(result()).splitlines()


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({"mode": None, "location": None},
         "E1 CONSULT Vladimir Putin [RUS GOV] -> Xi Jinping [CHN GOV] 2023-10-18 'met'"),
        ({"target": [], "location": None, "date": None}, "E1 CONSULT (visit) Vladimir Putin [RUS GOV] 'met'"),
        ({"source": [], "location": None}, "E1 CONSULT (visit) ? -> Xi Jinping [CHN GOV] 2023-10-18 'met'"),
        ({"negated": True, "future": True, "location": None},
         "E1 CONSULT (visit) Vladimir Putin [RUS GOV] -> Xi Jinping [CHN GOV] 2023-10-18 'met' "
         "[negated, future]"),
        ({"source": [ActorRef(id="A9", name="gunmen", sector="UAF"), ActorRef(id="A8", name="a mob")],
          "target": [], "location": None, "date": None}, "E1 CONSULT (visit) gunmen [UAF], a mob 'met'"),
    ],
    ids=["no-mode", "no-target", "no-source", "flags", "partial-codes"],
)
def test_event_line_variants(fields, expected):
    assert f"  {expected}" in summarise(result(events=[consult(**fields)])).splitlines()


@pytest.mark.parametrize(
    "line",
    [
        "Actors (3)",
        "  A1 Xi Jinping [CHN GOV] person, President, 2 mentions",
        "  A2 Vladimir Putin [RUS GOV] person, 1 mention",
        "  Mao Ning [CHN GOV]: “The visit aims to help with de-escalation in the Middle East.”",
        "  '$190bn' = 190,000,000,000 USD (trade)",
        "  '42 times' = 42 times (meetings)",
        "  '4.5 percent' = about 4.5%",
        "  'on Wednesday' = 2023-10-18, day",
        "  'soon' = unresolved",
        "  Beijing [CHN] city 39.90,116.40",
        "Tone -1.20 (positive 3.10, negative 4.30)",
    ],
)
def test_summary_lists_each_kind_of_finding(line):
    assert line in summarise(result()).splitlines()


def test_long_quotes_are_shortened_on_one_line():
    quote = Quote(speaker=None, text="word " * 100 + "\nmore", start=0, end=500)
    summary = summarise(result(quotes=[quote]))
    lines = [line for line in summary.splitlines() if line.startswith("  unattributed")]
    assert len(lines) == 1 and len(lines[0]) < 130 and lines[0].endswith("…”")


def test_empty_sections_are_left_out():
    text = summarise(result(actors=[], events=[], quotes=[], quantities=[], dates=[], places=[]))
    assert text.splitlines() == [
        "seed  2023-10-18  Xi hosts Putin", "Example Wire", "Tone -1.20 (positive 3.10, negative 4.30)",
    ]


def test_summary_has_no_terminal_escape_codes():
    assert "\x1b" not in summarise(result())


def test_error_summary_is_one_line_with_the_reason():
    reason = "invalid JSON: Expecting value (column 1)"
    error = ArticleError(article=ArticleRef(id="feed.jsonl:3"), error=reason)
    assert summarise(error) == "feed.jsonl:3: error: invalid JSON: Expecting value (column 1)"
