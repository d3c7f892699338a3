"""Listing events: filters narrow the rows, pagination covers every row once, totals are exact."""

from __future__ import annotations

import pytest

from .corpus import ASSAULTS, EVENTS_TOTAL, SHELLING

pytestmark = pytest.mark.slow


def all_pages(api, params: dict, limit: int) -> tuple[list[dict], list[int]]:
    items, totals, offset = [], [], 0
    while offset is not None:
        page = api.get("/api/events", params={**params, "limit": limit, "offset": offset}).json()
        items.extend(page["items"])
        totals.append(page["total"])
        offset = page["next_offset"]
    return items, totals


@pytest.mark.parametrize("limit", [1, 4, 7, 50])
def test_pages_cover_every_event_once(api, limit):
    items, totals = all_pages(api, {}, limit)
    assert set(totals) == {EVENTS_TOTAL}
    assert len(items) == EVENTS_TOTAL
    assert len({item["key"] for item in items}) == EVENTS_TOTAL


def test_a_page_says_where_it_is(api):
    page = api.get("/api/events", params={"limit": 5, "offset": 15}).json()
    assert (page["total"], page["limit"], page["offset"], len(page["items"]), page["next_offset"]) == (
        EVENTS_TOTAL, 5, 15, EVENTS_TOTAL - 15, None)
    assert api.get("/api/events", params={"limit": 5, "offset": 0}).json()["next_offset"] == 5


def test_events_come_oldest_first_undated_last(api):
    days = [item["day"] for item in api.get("/api/events", params={"limit": 100}).json()["items"]]
    assert days[-1] is None
    assert days[:-1] == sorted(days[:-1])
    newest = [item["day"] for item in api.get("/api/events", params={"limit": 3, "order": "desc"}).json()["items"]]
    assert newest == ["2024-05-26", "2024-04-24", "2024-04-02"]


def test_keys_are_strings_that_open_the_event(api):
    event = api.get("/api/events", params={"limit": 1}).json()["items"][0]
    assert isinstance(event["key"], str)
    detail = api.get(f"/api/events/{event['key']}").json()
    assert detail["key"] == event["key"]
    assert {actor["role"] for actor in detail["actors"]} == {"source", "target"}
    assert detail["mentions"][0]["text"] == event["text"]


@pytest.mark.parametrize(("params", "expected"), [
    ({"type": "ASSAULT"}, ASSAULTS),
    ({"type": "ASSAULT,CONSULT"}, ASSAULTS + 3),
    ({"type": "consult"}, 3),
    ({"actor": "Putin"}, 2),
    ({"actor": "RUS/MIL"}, ASSAULTS),
    ({"actor": "RUS/MIL", "role": "source"}, len(SHELLING)),
    ({"actor": "RUS/MIL", "role": "target"}, 1),
    ({"country": "UKR", "role": "target"}, len(SHELLING) + 3),  # civilians, swap, aid, hostile
    ({"country": "usa"}, 2),
    ({"place": "Kyiv"}, 2),
    ({"place": "TUR"}, 2),
    ({"since": "2024-01-01", "until": "2024-01-31"}, 2),
    ({"since": "2024-05-01"}, 1),
    ({"text": "grain"}, 2),
    ({"text": "SHELLED"}, len(SHELLING)),
    ({"text": "100%_nothing"}, 0),
    ({"type": "ASSAULT", "since": "2024-01-01", "actor": "UKR"}, 5),
])
def test_filters_count_exactly(api, params, expected):
    page = api.get("/api/events", params={**params, "limit": 100}).json()
    assert page["total"] == expected
    assert len(page["items"]) == expected


def test_type_filter_keeps_only_that_type(api):
    items = api.get("/api/events", params={"type": "CONSULT", "limit": 100}).json()["items"]
    assert {item["type"] for item in items} == {"CONSULT"}


def test_quote_characters_in_filters_are_data(api):
    # Bound parameters: a would-be injection is just a name nobody has.
    page = api.get("/api/events", params={"actor": "x') OR 1=1 --", "text": "' OR ''='"}).json()
    assert page["total"] == 0
