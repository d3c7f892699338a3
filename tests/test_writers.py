"""write_results: json (one object or a streamed list), jsonl and tsv (one row per event)."""

from __future__ import annotations

import csv
import io
import json

import pytest

from tidings.schema import (
    ActorRef, Article, ArticleError, ArticleRef, ArticleResult, Event, Location,
)
from tidings.writers import TSV_COLUMNS, write_results

PUTIN = ActorRef(id="A2", name="Vladimir Putin", country="RUS", sector="GOV")
XI = ActorRef(id="A1", name="Xi Jinping", country="CHN", sector="GOV")


def event(event_id: str = "E1", **fields) -> Event:
    values = dict(
        id=event_id, type="CONSULT", mode="visit", cameo="042", source=[PUTIN], target=[XI],
        date="2023-10-18", date_precision="day",
        location=Location(name="Beijing", country="CHN", lat=39.9075, lon=116.39723),
        sentence=0, text="Putin met Xi in Beijing.", trigger="met", start=6, end=9, confidence=0.91,
    )
    return Event(**{**values, **fields})


def article(article_id: str = "seed", events: list[Event] | None = None) -> ArticleResult:
    return ArticleResult(article=Article(id=article_id, date="2023-10-18"), events=events or [])


def error(article_id: str = "bad", reason: str = "invalid JSON: Expecting value (column 1)") -> ArticleError:
    return ArticleError(article=ArticleRef(id=article_id), error=reason)


def write(results, fmt: str) -> str:
    out = io.StringIO()
    write_results(results, out, fmt)
    return out.getvalue()


def tsv_rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text), delimiter="\t"))


# --- json ------------------------------------------------------------------------------------


def test_json_single_result_is_one_object():
    data = json.loads(write([article()], "json"))
    assert isinstance(data, dict) and data["article"]["id"] == "seed"


@pytest.mark.parametrize("count", [2, 3, 10])
def test_json_several_results_are_a_list_in_order(count):
    results = [article(f"a{n}") for n in range(count)]
    data = json.loads(write(results, "json"))
    assert [item["article"]["id"] for item in data] == [f"a{n}" for n in range(count)]


def test_json_no_results_is_an_empty_list():
    assert json.loads(write([], "json")) == []


def test_json_keeps_nulls_and_all_fields():
    data = json.loads(write([article(events=[event(mode=None)])], "json"))
    assert data["article"]["title"] is None
    assert data["events"][0]["mode"] is None
    assert set(data) == {"article", "actors", "events", "quotes", "quantities", "dates", "places", "tone"}


def test_json_list_streams_items_as_they_come():
    out = io.StringIO()

    def results():
        yield article("first")
        yield article("second")
        assert '"first"' in out.getvalue(), "the first item was not written before the third arrived"
        yield article("third")

    write_results(results(), out, "json")
    assert len(json.loads(out.getvalue())) == 3


def test_json_error_record_is_written_in_place():
    data = json.loads(write([article("a"), error("b"), article("c")], "json"))
    assert data[1] == {"article": {"id": "b"}, "error": "invalid JSON: Expecting value (column 1)"}


def test_json_writes_unicode_as_text():
    text = write([article("Zürich—北京")], "json")
    assert "Zürich—北京" in text


def test_json_survives_a_lone_surrogate():
    result = article(events=[event(text="broken \ud800 text")])
    text = write([result], "json")
    text.encode("utf-8")
    assert json.loads(text)["events"][0]["text"] == "broken \ud800 text"


# --- jsonl -----------------------------------------------------------------------------------


def test_jsonl_one_compact_object_per_line_in_order():
    results = [article("a"), error("b"), article("c", [event()])]
    lines = write(results, "jsonl").splitlines()
    assert [json.loads(line)["article"]["id"] for line in lines] == ["a", "b", "c"]
    compact = [json.dumps(json.loads(line), separators=(",", ":"), ensure_ascii=False) for line in lines]
    assert lines == compact


def test_jsonl_single_result_is_still_one_line():
    assert len(write([article()], "jsonl").splitlines()) == 1


def test_jsonl_flushes_every_line():
    class CountingFlush(io.StringIO):
        flushes = 0

        def flush(self):
            self.flushes += 1
            super().flush()

    out = CountingFlush()
    write_results([article("a"), article("b"), article("c")], out, "jsonl")
    assert out.flushes >= 3


def test_jsonl_line_breaks_inside_text_stay_escaped():
    lines = write([article(events=[event(text="line one\nline two\u2028three")])], "jsonl").split("\n")
    assert len([line for line in lines if line]) == 1


# --- tsv -------------------------------------------------------------------------------------


def test_tsv_header_is_the_documented_columns():
    header = write([], "tsv").rstrip("\n").split("\t")
    assert header == list(TSV_COLUMNS)
    assert header[0] == "article_id" and header[-1] == "error"


def test_tsv_one_row_per_event():
    results = [article("a", [event("E1"), event("E2", type="AGREE")]), article("b", [event("E1")])]
    rows = tsv_rows(write(results, "tsv"))
    assert [(row["article_id"], row["event_id"], row["event_type"]) for row in rows] == [
        ("a", "E1", "CONSULT"), ("a", "E2", "AGREE"), ("b", "E1", "CONSULT"),
    ]


def test_tsv_article_without_events_writes_no_row():
    assert tsv_rows(write([article("quiet")], "tsv")) == []


@pytest.mark.parametrize(
    ("column", "expected"),
    [
        ("article_date", "2023-10-18"), ("mode", "visit"), ("cameo", "042"),
        ("source_name", "Vladimir Putin"), ("source_country", "RUS"), ("source_sector", "GOV"),
        ("target_name", "Xi Jinping"), ("target_country", "CHN"), ("event_date", "2023-10-18"),
        ("date_precision", "day"), ("location_name", "Beijing"), ("location_country", "CHN"),
        ("lat", "39.9075"), ("lon", "116.39723"), ("negated", "false"), ("future", "false"),
        ("confidence", "0.91"), ("trigger", "met"), ("sentence_text", "Putin met Xi in Beijing."),
        ("error", ""),
    ],
)
def test_tsv_event_columns(column, expected):
    [row] = tsv_rows(write([article(events=[event()])], "tsv"))
    assert row[column] == expected


def test_tsv_several_actors_are_joined_position_by_position():
    unknown = ActorRef(id="A3", name="unnamed gunmen", country=None, sector="UAF")
    [row] = tsv_rows(write([article(events=[event(source=[PUTIN, unknown], target=[])])], "tsv"))
    assert (row["source_name"], row["source_country"], row["source_sector"]) == (
        "Vladimir Putin;unnamed gunmen", "RUS;", "GOV;UAF",
    )
    assert (row["target_name"], row["target_country"]) == ("", "")


def test_tsv_missing_values_are_empty_cells():
    bare = event(mode=None, location=None, date=None, date_precision=None)
    [row] = tsv_rows(write([article(events=[bare])], "tsv"))
    columns = ("mode", "location_name", "lat", "lon", "event_date", "date_precision")
    assert [row[column] for column in columns] == [""] * len(columns)


def test_tsv_tabs_and_newlines_in_text_become_spaces():
    sentence = "He said:\tthe talks\nwent well.\r\nThen\u2028left."
    text = write([article(events=[event(text=sentence, trigger="said\t")])], "tsv")
    assert len(text.splitlines()) == 2
    [row] = tsv_rows(text)
    assert row["sentence_text"] == "He said: the talks went well.  Then left."
    assert row["trigger"] == "said "


def test_tsv_quotes_in_text_survive_a_round_trip():
    sentence = '"We will not back down," the minister said of the "so-called" deal.'
    [row] = tsv_rows(write([article(events=[event(text=sentence)])], "tsv"))
    assert row["sentence_text"] == sentence


def test_tsv_every_row_has_every_column():
    results = [article("a", [event()]), error("b"), article("c", [event(source=[], target=[])])]
    lines = list(csv.reader(io.StringIO(write(results, "tsv")), delimiter="\t"))
    assert {len(line) for line in lines} == {len(TSV_COLUMNS)}


def test_tsv_error_record_is_a_row_with_the_reason_last():
    [row] = tsv_rows(write([error("feed.jsonl:3", "invalid JSON:\tline\nbreak")], "tsv"))
    assert row["article_id"] == "feed.jsonl:3"
    assert row["error"] == "invalid JSON: line break"
    assert all(value == "" for key, value in row.items() if key not in ("article_id", "error"))


def test_tsv_semicolon_inside_a_name_does_not_shift_actors():
    odd = ActorRef(id="A9", name="Smith; Jones LLP", country="GBR", sector="BUS")
    [row] = tsv_rows(write([article(events=[event(source=[odd, PUTIN])])], "tsv"))
    assert row["source_name"].split(";") == ["Smith, Jones LLP", "Vladimir Putin"]


# --- formats ---------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["xml", "JSON", "csv", ""])
def test_unknown_format_is_an_error(fmt):
    with pytest.raises(ValueError, match="unknown output format"):
        write([article()], fmt)
