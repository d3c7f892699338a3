"""The dedup rule on its own: group keys and clustering of records by day and place."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest

from tidings.schema import ActorRef, Event
from tidings.store.dedup import Record, cluster_group, group_key

XI = ActorRef(id="A1", name="Xi Jinping", country="CHN", sector="GOV")
PUTIN = ActorRef(id="A2", name="Vladimir  Putin", country="RUS", sector="GOV")
ARMY = ActorRef(id="A3", name="Russian army", country="RUS", sector="MIL")
TROOPS = ActorRef(id="A4", name="Russian troops", country="RUS", sector="MIL")
KINDS = {"A1": "person", "A2": "person", "A3": "organisation", "A4": "group"}


def make_event(kind: str, source: list[ActorRef], target: list[ActorRef]) -> Event:
    return Event(id="E1", type=kind, source=source, target=target, sentence=0, text="t", trigger="t",
                 start=0, end=1, confidence=1.0)


@pytest.mark.parametrize(
    ("first", "second", "same"),
    [
        (make_event("CONSULT", [XI], [PUTIN]), make_event("CONSULT", [PUTIN], [XI]), True),
        (make_event("CONSULT", [XI], [PUTIN]), make_event("CONSULT", [XI, PUTIN], []), True),
        (make_event("ACCUSE", [XI], [PUTIN]), make_event("ACCUSE", [PUTIN], [XI]), False),
        (make_event("ASSAULT", [ARMY], [XI]), make_event("ASSAULT", [TROOPS], [XI]), True),
        (make_event("ASSAULT", [ARMY], [XI]), make_event("COERCE", [ARMY], [XI]), False),
        (make_event("SUPPORT", [XI, XI], [PUTIN]), make_event("SUPPORT", [XI], [PUTIN]), True),
    ],
    ids=["consult-either-way", "consult-joint", "accuse-direction", "codes-not-names", "type", "sets"],
)
def test_group_key_says_which_records_may_be_one_event(first, second, same):
    assert (group_key(first, KINDS) == group_key(second, KINDS)) is same


def test_person_names_are_compared_casefolded():
    assert group_key(make_event("CONSULT", [PUTIN], []), KINDS) == "CONSULT|n:vladimir putin|"


def day(n: int) -> dt.date:
    return dt.date(2023, 10, 1) + dt.timedelta(days=n)


def rec(article: int, on: int | None, place: str | None = None, geonameid: int | None = None) -> Record:
    return Record(article, 0, None if on is None else day(on), geonameid, place)


def sizes(records: list[Record], window: int = 2) -> list[int]:
    return [len(cluster.records) for cluster in cluster_group("g", records, window)]


@pytest.mark.parametrize(
    ("records", "expected"),
    [
        ([rec(1, 0), rec(2, 1), rec(3, 2)], [3]),  # all within 2 days of the first
        ([rec(1, 0), rec(2, 2), rec(3, 3)], [2, 1]),  # day 3 is 3 days after the first
        ([rec(1, 0), rec(2, 4)], [1, 1]),
        ([rec(1, 0, "beijing"), rec(2, 0, "moscow")], [1, 1]),  # both have places, different
        ([rec(1, 0, "beijing"), rec(2, 1), rec(3, 1, "beijing")], [3]),  # no place joins any
        ([rec(1, 0), rec(2, 0, "beijing"), rec(3, 0, "moscow")], [2, 1]),  # first place wins
        ([rec(1, 0, "peking", 1816670), rec(2, 0, "beijing", 1816670)], [2]),  # same GeoNames id
        ([rec(1, None), rec(2, None)], [1, 1]),  # no day: never merged
    ],
    ids=["window", "window-from-first", "apart", "places-differ", "place-and-none", "first-place",
         "geonameid", "no-day"],
)
def test_clusters_follow_the_rule(records, expected):
    assert sizes(records) == expected


def test_window_zero_keeps_days_apart():
    assert sizes([rec(1, 0), rec(2, 0), rec(3, 1)], window=0) == [2, 1]


def test_clusters_do_not_depend_on_record_order():
    records = [rec(1, 0, "kharkiv"), rec(2, 1), rec(3, 1, "odesa"), rec(4, 2, "kharkiv"), rec(5, 3), rec(6, 5)]
    outcomes = {
        tuple((cluster.key, tuple(r.article for r in cluster.records)) for cluster in cluster_group("g", order, 2))
        for order in itertools.permutations(records)
    }
    assert len(outcomes) == 1
