"""The data behind the explorer's views: dyad timeline, map points, network, actors, quotations,
ingest status. Answers are known from the hand-built corpus (tests/server/corpus.py)."""

from __future__ import annotations

import pytest

from .corpus import EVENTS_TOTAL, HOSTILE_ACTOR, QUOTES_TOTAL, SHELLING

pytestmark = pytest.mark.slow


def test_dyad_counts_cooperation_and_conflict_per_month(api):
    data = api.get("/api/dyad", params={"a": "RUS", "b": "UKR"}).json()
    periods = {row["period"]: row for row in data["periods"]}
    assert list(periods) == [
        "2023-09-01", "2023-10-01", "2023-11-01", "2023-12-01", "2024-01-01", "2024-02-01",
        "2024-03-01", "2024-04-01", "2024-05-01",
    ]
    november = periods["2023-11-01"]  # Kherson shelled, Belgorod hit back, prisoner swap
    assert (november["events"], november["cooperation"], november["conflict"]) == (3, 1, 2)
    assert (november["a_to_b"], november["b_to_a"]) == (2, 1)
    assert sum(row["conflict"] for row in data["periods"]) == len(SHELLING) + 1
    assert sum(row["cooperation"] for row in data["periods"]) == 2


def test_dyad_fills_quiet_periods_with_zero(api):
    data = api.get("/api/dyad", params={"a": "Xi Jinping", "b": "Putin", "freq": "month"}).json()
    assert len(data["periods"]) == 6  # 2023-10 .. 2024-03
    assert [row["events"] for row in data["periods"]] == [1, 0, 0, 0, 0, 1]
    assert data["periods"][1]["mean_score"] is None


def test_dyad_with_only_one_actor_matching_is_empty(api):
    assert api.get("/api/dyad", params={"a": "Putin", "b": "Vladimir Putin"}).json()["periods"] == []


def test_map_has_one_point_per_place_with_coordinates(api):
    points = api.get("/api/map").json()["points"]
    by_name = {point["name"]: point for point in points}
    assert len(points) == 15  # every located event; the undated REQUEST has no place
    assert by_name["Kyiv"]["events"] == 2
    assert by_name["Washington"]["cooperation"] == 1 and by_name["Washington"]["conflict"] == 1
    assert (by_name["Beijing"]["lat"], by_name["Beijing"]["lon"]) == (39.9, 116.4)


def test_map_follows_the_event_filters(api):
    points = api.get("/api/map", params={"type": "CONSULT"}).json()["points"]
    assert sorted(point["name"] for point in points) == ["Beijing", "Istanbul", "Moscow"]


def test_network_links_who_acts_on_whom(api):
    data = api.get("/api/network").json()
    names = {node["name"] for node in data["nodes"]}
    assert {"Russian forces", "Ukrainian civilians", "Xi Jinping", "Vladimir Putin"} <= names
    edges = {(edge["source"], edge["target"], edge["kind"]): edge for edge in data["edges"]}
    shelling = edges[("Russian forces", "Ukrainian civilians", "acts")]
    assert (shelling["events"], shelling["conflict"]) == (len(SHELLING), len(SHELLING))
    assert ("Russia", "Ukraine", "joint") in edges  # the talks in Istanbul: both on the source side


def test_network_limit_keeps_the_busiest_actors(api):
    nodes = api.get("/api/network", params={"limit": 2}).json()["nodes"]
    assert [node["name"] for node in nodes] == ["Russian forces", "Ukrainian civilians"]


def test_actor_page_has_mentions_events_and_quotes(api):
    actor = api.get("/api/actors/Xi Jinping").json()
    assert (actor["country"], actor["sector"], actor["kind"]) == ("CHN", "GOV", "person")
    assert (actor["articles"], actor["events_total"], actor["as_source"]) == (2, 2, 2)
    assert [event["type"] for event in actor["events"]] == ["CONSULT", "CONSULT"]
    assert [quote["text"] for quote in actor["quotes"]] == ["We will deepen trust between our two countries."]
    assert {article["id"] for article in actor["articles_list"]} == {"xiputin1", "xiputin2"}


def test_actor_names_match_without_case_and_may_hold_any_character(api):
    assert api.get("/api/actors/xi jinping").json()["name"] == "Xi Jinping"
    hostile = api.get("/api/actors/" + HOSTILE_ACTOR).json()
    assert hostile["name"] == HOSTILE_ACTOR


def test_actor_search_ranks_by_events(api):
    items = api.get("/api/actors", params={"q": "russia"}).json()["items"]
    assert [item["name"] for item in items] == ["Russian forces", "Russia"]


@pytest.mark.parametrize(("params", "expected"), [
    ({}, QUOTES_TOTAL),
    ({"text": "TRUST"}, 1),
    ({"speaker": "Zelensky"}, 1),
    ({"speaker": "CHN"}, 1),
    ({"speaker": "RUS/GOV"}, 1),
    ({"text": "script"}, 1),
    ({"since": "2024-01-01"}, 2),
])
def test_quotation_search(api, params, expected):
    page = api.get("/api/quotes", params=params).json()
    assert page["total"] == expected
    assert len(page["items"]) == expected


def test_status_reports_counts_last_ingest_and_failures(api):
    status = api.get("/api/status").json()
    assert status["exists"] is True
    assert status["counts"]["unique_events"] == EVENTS_TOTAL
    assert status["counts"]["failures"] == 1
    assert status["last_ingest"]
    assert status["failures"][0]["id"] == "broken-feed-item"
    assert status["dedup_pending"] is False


def test_types_carry_the_schema_scores(api):
    from tidings.schema import EVENT_SCORES

    types = api.get("/api/types").json()
    assert {item["type"]: item["score"] for item in types} == EVENT_SCORES
    assert {item["type"]: item["tendency"] for item in types}["ASSAULT"] == "conflict"


def test_openapi_describes_the_routes(api):
    spec = api.get("/openapi.json").json()
    assert {"/api/extract", "/api/events", "/api/dyad", "/api/quotes", "/api/status"} <= set(spec["paths"])
    assert "ErrorResponse" in spec["components"]["schemas"]
    docs = api.get("/docs")
    assert docs.status_code == 200 and "/static/docs.js" in docs.text
