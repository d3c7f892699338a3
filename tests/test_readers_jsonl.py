"""Reading .jsonl files: one article per line, bad lines reported, the rest kept."""

from __future__ import annotations

import codecs
import json
import tracemalloc
from pathlib import Path

import pytest

from tidings.extract import RawArticle, ReadFailure
from tidings.readers import read_inputs


def write_lines(tmp_path: Path, lines: list[str], name: str = "feed.jsonl") -> Path:
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def record(**fields) -> str:
    return json.dumps({"id": "a1", "text": "Leaders met in Geneva.", **fields})


def read_all(path: Path) -> list[RawArticle | ReadFailure]:
    return list(read_inputs([str(path)]))


def test_jsonl_records_become_articles_with_their_metadata(tmp_path):
    line = record(title="Talks in Geneva", date="2024-03-05", url="https://x.example/1", source="Wire")
    [item] = read_all(write_lines(tmp_path, [line]))
    assert isinstance(item, RawArticle)
    assert item.text == "Leaders met in Geneva."
    assert item.meta.model_dump() == {
        "id": "a1", "title": "Talks in Geneva", "date": "2024-03-05",
        "url": "https://x.example/1", "source": "Wire",
    }


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({"date": "2024-03-05T22:10:00Z"}, "2024-03-05"),
        ({"published": "2024-03-05T08:00:00+02:00"}, "2024-03-05"),
        ({"date": "2024-03-05", "published": "2020-01-01"}, "2024-03-05"),
        ({"date": None, "published": "2020-01-01"}, "2020-01-01"),
        ({"date": ""}, None),
        ({}, None),
    ],
    ids=["datetime", "published", "date-wins", "null-date", "empty-date", "no-date"],
)
def test_jsonl_date_is_normalised(tmp_path, fields, expected):
    [item] = read_all(write_lines(tmp_path, [record(**fields)]))
    assert isinstance(item, RawArticle) and item.meta.date == expected


def test_invalid_json_line_in_the_middle_keeps_the_others(tmp_path):
    path = write_lines(tmp_path, [record(id="first"), '{"id": "broken", "text": ', record(id="last")])
    first, broken, last = read_all(path)
    assert isinstance(first, RawArticle) and first.meta.id == "first"
    assert isinstance(last, RawArticle) and last.meta.id == "last"
    assert isinstance(broken, ReadFailure)
    assert broken.reason.startswith("invalid JSON")
    assert broken.id == broken.where == f"{path}:2"


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ('{"text": "no id here"}', 'missing "id"'),
        ('{"id": null, "text": "null id"}', 'missing "id"'),
        ('{"id": "", "text": "empty id"}', 'missing "id"'),
        ('{"id": "   ", "text": "blank id"}', '"id" is blank'),
        ('{"id": true, "text": "boolean id"}', '"id" must be a string or a number, not a boolean'),
        ('{"id": ["x"], "text": "list id"}', '"id" must be a string or a number, not a list'),
        ('["id", "text"]', "a record must be a JSON object, not a list"),
        ('"just a string"', "a record must be a JSON object, not a string"),
        ("[" * 100_000, "invalid JSON"),
    ],
    ids=["missing", "null", "empty", "blank", "bool", "list", "array-record", "string-record", "deep"],
)
def test_record_without_a_usable_id_is_reported_by_line(tmp_path, line, reason):
    path = write_lines(tmp_path, [line])
    [item] = read_all(path)
    assert isinstance(item, ReadFailure)
    assert item.reason.startswith(reason)
    assert item.id == item.where == f"{path}:1"


@pytest.mark.parametrize(
    ("fields", "reason"),
    [
        ({"text": None}, 'missing "text"'),
        ({"text": 42}, '"text" must be a string, not a number'),
        ({"text": {"body": "x"}}, '"text" must be a string, not an object'),
        ({"text": "  \n "}, '"text" is empty'),
        ({"date": "last Tuesday"}, '"date": date \'last Tuesday\' is not an ISO 8601 date'),
        ({"published": "2024-13-45"}, '"published": date'),
        ({"date": 20240305}, '"date" must be an ISO 8601 string'),
    ],
    ids=["null-text", "number-text", "object-text", "blank-text", "words-date", "bad-date",
         "number-date"],
)
def test_bad_record_is_reported_with_its_id_and_line(tmp_path, fields, reason):
    path = write_lines(tmp_path, [record(id="ok"), record(id="bad", **fields)])
    ok, bad = read_all(path)
    assert isinstance(ok, RawArticle)
    assert isinstance(bad, ReadFailure)
    assert bad.reason.startswith(reason)
    assert (bad.id, bad.where) == ("bad", f"{path}:2")


@pytest.mark.parametrize("fields", [{"title": ["a", "b"]}, {"url": 7}, {"source": [{"code": "RUS"}]}])
def test_metadata_that_is_not_a_string_is_left_out(tmp_path, fields):
    [item] = read_all(write_lines(tmp_path, [record(id="x", **fields)]))
    assert isinstance(item, RawArticle)
    assert (item.meta.title, item.meta.url, item.meta.source) == (None, None, None)


def test_missing_text_is_reported_with_the_record_id(tmp_path):
    path = write_lines(tmp_path, ['{"id": "no-text"}'])
    [item] = read_all(path)
    assert isinstance(item, ReadFailure)
    assert (item.id, item.reason) == ("no-text", 'missing "text": every record needs an "id" and a "text"')


@pytest.mark.parametrize(("raw_id", "expected"), [(17, "17"), (2.5, "2.5"), (" x-1 ", "x-1")])
def test_numeric_and_padded_ids_become_strings(tmp_path, raw_id, expected):
    [item] = read_all(write_lines(tmp_path, [json.dumps({"id": raw_id, "text": "Talks."})]))
    assert isinstance(item, RawArticle) and item.meta.id == expected


def test_blank_lines_are_skipped_and_line_numbers_still_count_them(tmp_path):
    path = write_lines(tmp_path, ["", record(id="a"), "   ", "", "{oops", record(id="b")])
    items = read_all(path)
    assert [getattr(item, "where", None) for item in items] == [None, f"{path}:5", None]
    assert [item.meta.id for item in items if isinstance(item, RawArticle)] == ["a", "b"]


def test_extra_keys_are_ignored(tmp_path):
    [item] = read_all(write_lines(tmp_path, [record(lang="en", tags=["x"], author="Staff")]))
    assert isinstance(item, RawArticle) and item.meta.id == "a1"


def test_utf8_bom_on_the_first_line_is_ignored(tmp_path):
    path = tmp_path / "bom.jsonl"
    path.write_bytes(codecs.BOM_UTF8 + (record(id="first") + "\n").encode())
    [item] = read_all(path)
    assert isinstance(item, RawArticle) and item.meta.id == "first"


def test_utf16_jsonl_with_bom_is_read(tmp_path):
    path = tmp_path / "wide.jsonl"
    lines = record(id="one", text="Réunion à Genève.") + "\n" + record(id="two") + "\n"
    path.write_bytes(lines.encode("utf-16"))
    items = read_all(path)
    assert [item.meta.id for item in items] == ["one", "two"]
    assert items[0].text == "Réunion à Genève."


def test_undecodable_bytes_in_one_line_are_replaced_and_the_line_kept(tmp_path):
    path = tmp_path / "mixed.jsonl"
    path.write_bytes(b'{"id": "x", "text": "caf\xe9 talks"}\n' + (record(id="y") + "\n").encode())
    first, second = read_all(path)
    assert isinstance(first, RawArticle) and first.text == "caf\ufffd talks"
    assert isinstance(second, RawArticle)


@pytest.mark.parametrize(
    ("escaped", "expected"),
    [(r"bad \ud800 surrogate", "bad \ufffd surrogate"), (r"bell\u0007 and nul\u0000", "bell  and nul ")],
    ids=["lone-surrogate", "controls"],
)
def test_weird_escapes_in_text_are_cleaned_one_for_one(tmp_path, escaped, expected):
    line = '{"id": "w", "title": "T\\u0000itle", "text": "%s"}' % escaped
    [item] = read_all(write_lines(tmp_path, [line]))
    assert isinstance(item, RawArticle)
    assert item.text == expected
    item.text.encode("utf-8")  # must not raise: writers can always encode it


def test_line_over_the_limit_is_skipped_and_the_next_one_read(tmp_path):
    path = write_lines(tmp_path, [record(id="huge", text="x" * 5_000), record(id="small")])
    huge, small = list(read_inputs([str(path)], max_file_bytes=1_000))
    assert isinstance(huge, ReadFailure) and "over 1,000 characters" in huge.reason
    assert huge.where == f"{path}:1"
    assert isinstance(small, RawArticle) and small.meta.id == "small"


def test_jsonl_streams_without_loading_the_file(tmp_path):
    text = "Officials met to discuss grain exports. " * 120  # about 5 kB per record
    path = write_lines(tmp_path, [json.dumps({"id": f"r{n}", "text": text}) for n in range(2_000)])
    assert path.stat().st_size > 9_000_000
    tracemalloc.start()
    try:
        count = sum(1 for _ in read_inputs([str(path)]))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert count == 2_000
    assert peak < 1_000_000, f"peak {peak:,} bytes: the reader is holding the file"


def test_jsonl_yields_in_file_order(tmp_path):
    ids = [f"id{n:03d}" for n in (5, 1, 9, 3, 7)]
    items = read_all(write_lines(tmp_path, [record(id=i) for i in ids]))
    assert [item.meta.id for item in items] == ids
