"""Every query, checked on the hand-coded corpus against answers worked out by hand (corpus.py)."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from tidings.store import QueryRejected


@pytest.mark.parametrize(
    ("a", "b", "since", "until", "expected"),
    [
        ("Xi Jinping", "Vladimir Putin", "2013-01-01", None, ["2023-03-21", "2023-10-18", "2024-05-16"]),
        ("Putin", "Xi", None, None, ["2023-03-21", "2023-10-18", "2024-05-16"]),
        ("CHN", "RUS", "2024-01-01", None, ["2024-05-16"]),
        ("CHN/GOV", "RUS/GOV", None, "2023-10-17", ["2023-03-21"]),
        ("xi jinping", "Peskov", None, None, []),  # Peskov is quoted, never in a meeting
        ("Xi", "CHN", None, None, []),  # CHN is Xi himself: no meeting with another party
    ],
)
def test_meetings(store, a, b, since, until, expected):
    frame = store.meetings(a, b, since=since, until=until)
    assert [day.date().isoformat() for day in frame["day"]] == expected


def test_a_name_matches_whole_words_only(store):
    assert len(store.meetings("Xi", "Putin")) == 3
    assert len(store.meetings("X", "Putin")) == 0
    assert len(store.meetings("Jinping Xi", "Putin")) == 0


def test_dyad_series_by_month_each_direction(store):
    frame = store.dyad_series("RUS", "UKR", freq="month")
    got = {(row.source, row.target, row.period.date().isoformat()): (row.events, row.mentions)
           for row in frame.itertuples()}
    assert got == {
        ("RUS", "UKR", "2023-10-01"): (2, 3),
        ("RUS", "UKR", "2023-11-01"): (1, 1),
        ("UKR", "RUS", "2023-10-01"): (0, 0),
        ("UKR", "RUS", "2023-11-01"): (1, 1),
    }
    assert frame.loc[frame.events > 0, "mean_score"].eq(-9.0).all()
    assert frame.loc[frame.events == 0, "mean_score"].isna().all()


@pytest.mark.parametrize(
    ("freq", "since", "until", "periods"),
    [
        ("day", "2023-09-30", "2023-10-03", ["2023-09-30", "2023-10-01", "2023-10-02", "2023-10-03"]),
        ("week", "2023-10-01", "2023-10-10", ["2023-09-25", "2023-10-02", "2023-10-09"]),
        ("year", None, None, ["2023-01-01"]),
    ],
)
def test_dyad_periods_are_filled(store, freq, since, until, periods):
    frame = store.dyad_series("RUS", "UKR", freq=freq, since=since, until=until)
    forward = frame[frame.source == "RUS"]
    assert [p.date().isoformat() for p in forward["period"]] == periods


def test_dyad_of_weeks_counts_each_event_in_its_week(store):
    frame = store.dyad_series("RUS", "UKR", freq="week", since="2023-09-25", until="2023-10-08")
    forward = frame[frame.source == "RUS"].set_index("period")["events"]
    assert forward.to_dict() == {pd.Timestamp("2023-09-25"): 1, pd.Timestamp("2023-10-02"): 1}


def test_dyad_between_people_and_types(store):
    frame = store.dyad_series("Putin", "Xi", freq="year", types=["CONSULT"])
    by_direction = frame.groupby(["source", "target"])["events"].sum().to_dict()
    # Putin -> Xi: M1 (a1) and M3 (a6); Xi -> Putin: M1 (a3) and M2 (a4); a2 and a5 are joint
    assert by_direction == {("Putin", "Xi"): 2, ("Xi", "Putin"): 2}
    assert store.dyad_series("Putin", "Xi", types=["ASSAULT"]).empty


def test_top_actors(store):
    frame = store.top_actors(limit=4)
    assert frame["actor"].tolist()[:2] == ["Russian forces", "Ukrainian civilians"]
    forces = frame.iloc[0]
    assert (forces.events, forces.as_source, forces.as_target, forces.country) == (4, 3, 1, "RUS")
    people = frame[frame.actor.isin(["Xi Jinping", "Vladimir Putin"])]
    assert people["events"].tolist() == [3, 3]


@pytest.mark.parametrize(
    ("options", "expected"),
    [
        ({"by": "country"}, {"RUS": 8, "CHN": 4, "UKR": 4, "IGO": 1, "USA": 1}),
        ({"by": "country", "role": "target"}, {"RUS": 4, "UKR": 3, "CHN": 2, "USA": 1}),
        ({"by": "country", "types": ["CONSULT"], "since": "2024-01-01"}, {"RUS": 1, "CHN": 1}),
        ({"by": "actor", "types": ["ACCUSE"]}, {"China": 1, "United States": 1}),
    ],
)
def test_top_countries(store, options, expected):
    frame = store.top_actors(**options)
    column = "country" if options["by"] == "country" else "actor"
    assert dict(zip(frame[column], frame["events"], strict=True)) == expected


def test_top_country_mean_score(store):
    russia = store.top_actors(by="country").set_index("country").loc["RUS"]
    assert russia.mean_score == pytest.approx((3 * 2.5 + 4 * -9.0 + 0.0) / 8)


@pytest.mark.parametrize(
    ("options", "expected_days"),
    [
        ({}, ["2023-03-21", "2023-10-01", "2023-10-02", "2023-10-18", "2023-10-18", "2023-11-04",
              "2023-11-04", "2024-05-16", None]),
        ({"types": ["ASSAULT"], "actor": "UKR", "role": "source"}, ["2023-11-04"]),
        ({"types": ["assault"], "actor": "UKR", "role": "target"}, ["2023-10-01", "2023-10-02", "2023-11-04"]),
        ({"actor": "United Nations"}, [None]),
        ({"since": "2023-10-18", "until": "2023-10-18"}, ["2023-10-18", "2023-10-18"]),
        ({"limit": 2}, ["2023-03-21", "2023-10-01"]),
    ],
)
def test_events(store, options, expected_days):
    frame = store.events(**options)
    assert [None if pd.isna(day) else day.date().isoformat() for day in frame["day"]] == expected_days


def test_event_rows_carry_their_first_sentence(store):
    row = store.events(types=["ACCUSE"]).iloc[0]
    assert (row.sources.tolist(), row.targets.tolist()) == (["China"], ["United States"])
    assert row.text == "China also accused the United States."


@pytest.mark.parametrize(
    ("options", "expected"),
    [
        ({}, {("RUS", "ASSAULT"): 3, ("RUS", "CONSULT"): 3, ("CHN", "CONSULT"): 2, ("CHN", "ACCUSE"): 1,
              ("IGO", "REQUEST"): 1, ("UKR", "ASSAULT"): 1}),
        ({"role": "target", "types": ["ASSAULT"]}, {("UKR", "ASSAULT"): 3, ("RUS", "ASSAULT"): 1}),
        ({"actor": "Putin", "role": "any"}, {("RUS", "CONSULT"): 3, ("CHN", "CONSULT"): 3}),
    ],
)
def test_event_counts_by_country_and_type(store, options, expected):
    frame = store.event_counts(**options)
    assert {(row.country, row.type): row.events for row in frame.itertuples()} == expected


@pytest.mark.parametrize(
    ("options", "expected"),
    [
        ({"text": "TALKS"}, ["The talks were warm and substantive."]),
        ({"speaker": "CHN"}, ["The visit aims to deepen trust between our two countries."]),
        ({"speaker": "Peskov", "text": "warm"}, ["The talks were warm and substantive."]),
        ({"text": "school"}, ["We will rebuild every school in the city."]),
        ({"since": "2024-01-01"}, ["The talks were warm and substantive."]),
        ({"text": "100%"}, []),  # wildcards are plain characters
    ],
)
def test_quotes(store, options, expected):
    assert store.quotes(**options)["text"].tolist() == expected


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda s: s.dyad_series("RUS", "UKR", freq="fortnight"), "freq must be one of"),
        (lambda s: s.events(types=["FIGHT"]), "unknown event type FIGHT"),
        (lambda s: s.events(since="18/10/2023"), "not a date"),
        (lambda s: s.events(since="2024-01-01", until="2023-01-01"), "before since"),
        (lambda s: s.top_actors(by="sector"), "by must be one of"),
        (lambda s: s.meetings("", "Putin"), "actor is empty"),
    ],
)
def test_bad_arguments_are_rejected_with_a_reason(store, call, message):
    with pytest.raises(QueryRejected, match=message):
        call(store)


def test_dates_can_be_given_as_dates(store):
    assert len(store.meetings("Xi", "Putin", since=dt.date(2024, 1, 1))) == 1
