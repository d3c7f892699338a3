"""Exports: Parquet partitioned by year/month, POLECAT-style TSV, GDELT-style event table."""

from __future__ import annotations

import csv

import duckdb
import pytest

from tidings.store import StoreError
from tidings.store.export import GDELT_COLUMNS
from tidings.writers import TSV_COLUMNS


def read_tsv(path):
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


def test_parquet_partitions_events_by_year_and_month(store, tmp_path):
    out = tmp_path / "parquet"
    store.export_parquet(out)
    partitions = sorted(str(p.parent.relative_to(out / "unique_events")) for p in (out / "unique_events").rglob("*.parquet"))
    assert partitions == [
        "year=2023/month=10", "year=2023/month=11", "year=2023/month=3", "year=2024/month=5",
        "year=__HIVE_DEFAULT_PARTITION__/month=__HIVE_DEFAULT_PARTITION__",  # the undated event
    ]
    assert (out / "articles.parquet").exists()


# unique_event_actors, by hand: the Beijing meeting has Putin and Xi each as source and target in
# some report (4 rows), the Moscow one Xi as source and Putin as both (3), every other event 2.
@pytest.mark.parametrize(("table", "rows"), [("unique_events", 9), ("events", 15), ("articles", 11), ("event_mentions", 14),
                                           ("unique_event_actors", 21)])
def test_parquet_holds_every_row(store, tmp_path, table, rows):
    out = tmp_path / "parquet"
    store.export_parquet(out)
    pattern = f"{out}/{table}/**/*.parquet" if (out / table).is_dir() else f"{out}/{table}.parquet"
    query = f"SELECT count(*) FROM read_parquet('{pattern}', hive_partitioning = true)"
    assert duckdb.connect().execute(query).fetchone()[0] == rows


def test_parquet_refuses_to_overwrite_unless_asked(store, tmp_path):
    out = tmp_path / "parquet"
    store.export_parquet(out)
    with pytest.raises(StoreError, match="--overwrite"):
        store.export_parquet(out)
    store.export_parquet(out, overwrite=True)


def test_tsv_has_the_writers_columns_then_the_event_key(store, tmp_path):
    path = tmp_path / "events.tsv"
    assert store.export_tsv(path) == 15
    rows = read_tsv(path)
    assert list(rows[0]) == [*TSV_COLUMNS, "event_key"]
    negated = [row for row in rows if row["negated"] == "true"]
    assert len(negated) == 1 and negated[0]["event_key"] == ""  # stored, but no event of its own


def test_tsv_rows_of_one_meeting_share_its_key(store, tmp_path):
    path = tmp_path / "events.tsv"
    store.export_tsv(path)
    keys = {row["article_id"]: row["event_key"] for row in read_tsv(path) if row["event_type"] == "CONSULT"
            and row["event_date"] in ("2023-10-18", "2023-10-19")}
    assert set(keys) == {"a1", "a2", "a3"} and len(set(keys.values())) == 1


def test_gdelt_columns_and_values(store, tmp_path):
    path = tmp_path / "gdelt.tsv"
    assert store.export_gdelt(path) == 9
    rows = read_tsv(path)
    assert tuple(rows[0]) == GDELT_COLUMNS
    kharkiv = next(row for row in rows if row["ActionGeo_FullName"] == "Kharkiv")
    assert {key: kharkiv[key] for key in (
        "Day", "MonthYear", "Year", "Actor1Name", "Actor1CountryCode", "Actor1Type1Code", "Actor2CountryCode",
        "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale", "NumMentions",
        "NumSources", "NumArticles", "AvgTone", "ActionGeo_CountryCode", "IsRootEvent", "PloverType",
    )} == {
        "Day": "20231001", "MonthYear": "202310", "Year": "2023", "Actor1Name": "Russian forces",
        "Actor1CountryCode": "RUS", "Actor1Type1Code": "MIL", "Actor2CountryCode": "UKR",
        "EventCode": "195", "EventBaseCode": "195", "EventRootCode": "19", "QuadClass": "4",
        "GoldsteinScale": "-9.0", "NumMentions": "2", "NumSources": "2", "NumArticles": "2",
        "AvgTone": "-1.0", "ActionGeo_CountryCode": "UKR", "IsRootEvent": "1", "PloverType": "ASSAULT",
    }
    assert kharkiv["SOURCEURL"] in ("https://news.example/a8", "https://news.example/a10")
    assert int(kharkiv["GlobalEventID"]) > 0


@pytest.mark.parametrize(("plover", "quad"), [("CONSULT", "1"), ("ACCUSE", "3"), ("REQUEST", "3"), ("ASSAULT", "4")])
def test_gdelt_quad_class_follows_plover(store, tmp_path, plover, quad):
    path = tmp_path / "gdelt.tsv"
    store.export_gdelt(path)
    assert {row["QuadClass"] for row in read_tsv(path) if row["PloverType"] == plover} == {quad}
