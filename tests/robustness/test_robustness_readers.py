"""The readers never raise: random bytes, wrong encodings, broken JSONL, empty and binary files all
come out as articles or as failures with a reason, one per record, in order."""

from __future__ import annotations

import io
import json
import tempfile
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tidings.extract import RawArticle, ReadFailure, clean_text
from tidings.readers import normalise_newlines, read_inputs

from .conftest import CI
from .inputs import ENCODINGS, GOOD_TEXT, SUFFIXES, article_texts, check_item, encoded, hostile_files, jsonl_lines

def read_file(name: str, data: bytes) -> list:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder, name)
        path.write_bytes(data)
        return list(read_inputs([str(path)]))


@CI
@given(data=st.binary(max_size=3000), suffix=st.sampled_from(SUFFIXES))
def test_random_bytes_never_raise(data, suffix):
    items = read_file(f"random{suffix}", data)
    assert items, "a file must give an article or a failure, never nothing"
    for item in items:
        check_item(item)


@CI
@given(text=article_texts, encoding=st.sampled_from(ENCODINGS))
def test_text_in_any_encoding_never_raises(text, encoding):
    items = read_file("article.txt", encoded(text, encoding))
    assert len(items) == 1
    check_item(items[0])


@CI
@given(text=article_texts, encoding=st.sampled_from(("utf-8", "utf-8-sig", "utf-16", "utf-32")))
def test_text_with_a_bom_or_in_utf8_reads_back_exactly(text, encoding):
    """What a user wrote comes back as written (only control characters and line endings cleaned)."""
    if "\x00" in text or text.startswith("\ufeff") or any("\ud800" <= char <= "\udfff" for char in text):
        return  # NUL means binary; a second BOM is eaten as a BOM; surrogates cannot be encoded
    expected = clean_text(normalise_newlines(text))
    [item] = read_file("article.txt", text.encode(encoding))
    if expected.strip():
        assert isinstance(item, RawArticle) and item.text == expected
    else:
        assert isinstance(item, ReadFailure) and "empty" in item.reason


@CI
@given(lines=st.lists(jsonl_lines.map(lambda line: line.replace("\n", " ")), max_size=12))
def test_jsonl_gives_one_item_per_record_with_its_line_number(lines):
    items = read_file("corpus.jsonl", "".join(line + "\n" for line in lines).encode("utf-8", "surrogatepass"))
    records = [number for number, line in enumerate(lines, 1) if line.strip()]
    for item in items:
        check_item(item)
    if not records:
        assert len(items) == 1 and "no records" in items[0].reason
        return
    assert len(items) == len(records)
    for number, item in zip(records, items, strict=True):
        if isinstance(item, ReadFailure):
            assert item.where.endswith(f"corpus.jsonl:{number}")


@CI
@given(
    garbage=st.lists(jsonl_lines.map(lambda line: line.replace("\n", " ")), max_size=8),
    texts=st.lists(article_texts.filter(lambda text: clean_text(text).strip()), min_size=1, max_size=5),
    data=st.data(),
)
def test_every_good_record_among_garbage_is_read(garbage, texts, data):
    good = [json.dumps({"id": f"good-{n}", "text": text}) for n, text in enumerate(texts)]
    lines = list(garbage)
    position = -1
    for line in good:  # at random places, in order
        position = data.draw(st.integers(position + 1, len(lines)))
        lines.insert(position, line)
    items = read_file("mixed.jsonl", "".join(line + "\n" for line in lines).encode("utf-8", "surrogatepass"))
    read = [item.meta.id for item in items if isinstance(item, RawArticle) and item.meta.id.startswith("good-")]
    assert read == [f"good-{n}" for n in range(len(texts))]


@CI
@given(data=st.binary(max_size=2000), stdin_format=st.sampled_from(("text", "jsonl")))
def test_random_stdin_never_raises(data, stdin_format):
    stream = io.TextIOWrapper(io.BytesIO(data), encoding="utf-8")
    items = list(read_inputs(["-"], stdin=stream, stdin_format=stdin_format))
    assert items
    for item in items:
        check_item(item)


@pytest.mark.parametrize("hostile", hostile_files(), ids=lambda hostile: hostile.name)
def test_each_hostile_file_is_an_article_or_failures_with_a_reason(tmp_path, hostile):
    path = tmp_path / hostile.name
    path.write_bytes(hostile.data)
    items = list(read_inputs([str(path)]))
    for item in items:
        check_item(item)
    articles = [item for item in items if isinstance(item, RawArticle)]
    if hostile.good:
        assert articles, [item.reason for item in items]
    else:
        assert not articles and items
        assert all(hostile.reason in item.reason for item in items), [item.reason for item in items]


def test_mixed_jsonl_reports_each_bad_line_by_number(tmp_path):
    [mixed] = [hostile for hostile in hostile_files() if hostile.name == "mixed.jsonl"]
    path = tmp_path / mixed.name
    path.write_bytes(mixed.data)
    items = list(read_inputs([str(path)]))
    assert isinstance(items[0], RawArticle) and items[0].meta.id == "good-record"
    failures = {item.where.rsplit(":", 1)[1]: item.reason for item in items[1:]}
    assert set(failures) == {"2", "3", "4"}
    assert "invalid JSON" in failures["2"] and "JSON object" in failures["3"] and "date" in failures["4"]


def test_good_utf16_text_is_read_whole(tmp_path):
    path = tmp_path / "utf16.txt"
    path.write_bytes(GOOD_TEXT.encode("utf-16"))
    [item] = read_inputs([str(path)])
    assert item.text == GOOD_TEXT
