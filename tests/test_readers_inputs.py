"""read_inputs as a whole: input kinds, order, directories, stdin and bad arguments."""

from __future__ import annotations

import io
import json
import os
import types
from pathlib import Path

import pytest

from tidings.extract import RawArticle, ReadFailure
from tidings.readers import read_inputs


PAGE = "<html><body><article><p>{}</p></article></body></html>"


def jsonl(*records: dict) -> str:
    return "".join(json.dumps(record) + "\n" for record in records)


def ids(items) -> list[str]:
    return [item.meta.id if isinstance(item, RawArticle) else f"!{item.id}" for item in items]


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    """A folder of articles mixed with files tidings must ignore."""
    files = {
        "b.txt": "Second article.",
        "a.txt": "First article.",
        "sub/c.html": PAGE.format("Third article, from a web page about talks."),
        "sub/deeper/d.jsonl": jsonl({"id": "d1", "text": "Fourth."}, {"id": "d2", "text": "Fifth."}),
        "a0/e.htm": PAGE.format("Sixth article, also a page about a summit."),
        "notes.md": "not an article",
        "data.csv": "a,b",
        ".hidden.txt": "hidden file",
        ".git/f.txt": "hidden folder",
    }
    for name, content in files.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(content, encoding="utf-8")
    return tmp_path


def test_directory_is_read_recursively_in_path_order(tree):
    assert ids(read_inputs([str(tree)])) == ["a", "e", "b", "c", "d1", "d2"]


def test_directory_order_does_not_depend_on_creation_order(tmp_path):
    for name in ["z.txt", "m.txt", "a.txt", "k/b.txt"]:
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_text(f"Article {name}.")
    assert ids(read_inputs([str(tmp_path)])) == ["a", "b", "m", "z"]


def test_directory_failures_name_the_file_inside(tree):
    (tree / "sub" / "empty.txt").write_bytes(b"")
    [failure] = [item for item in read_inputs([str(tree)]) if isinstance(item, ReadFailure)]
    assert (failure.id, failure.where) == ("empty", str(tree / "sub" / "empty.txt"))


def test_directory_without_articles_is_a_failure(tmp_path):
    (tmp_path / "readme.md").write_text("nothing here")
    [item] = read_inputs([str(tmp_path)])
    assert isinstance(item, ReadFailure) and item.reason.startswith("directory has no .txt")


def test_inputs_are_read_in_the_order_given(tree):
    order = ["sub/c.html", "b.txt", "sub/deeper/d.jsonl", "a.txt"]
    assert ids(read_inputs([str(tree / name) for name in order])) == ["c", "b", "d1", "d2", "a"]


@pytest.mark.parametrize(
    ("given", "reason"),
    [
        ("missing.txt", "no such file or directory"),
        ("nowhere/at/all", "no such file or directory"),
    ],
)
def test_unusable_input_is_a_failure_named_after_the_input(tmp_path, monkeypatch, given, reason):
    monkeypatch.chdir(tmp_path)
    [item] = read_inputs([given])
    assert isinstance(item, ReadFailure)
    assert (item.id, item.where) == (given, given)
    assert item.reason.startswith(reason)


READS = "tidings reads .txt, .html, .htm, .jsonl files"


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("report.pdf", f"unsupported file type '.pdf': {READS}"),
        ("feed.json", f"unsupported file type '.json': {READS} (for JSON Lines, name it .jsonl)"),
        ("README", f"unsupported file without an extension: {READS}"),
    ],
)
def test_unknown_extension_is_a_failure_that_says_what_is_read(tmp_path, name, reason):
    (tmp_path / name).write_text("content")
    [item] = read_inputs([str(tmp_path / name)])
    assert isinstance(item, ReadFailure) and item.reason == reason


def test_broken_symlink_is_a_failure(tmp_path):
    (tmp_path / "link.txt").symlink_to(tmp_path / "gone.txt")
    [item] = read_inputs([str(tmp_path / "link.txt")])
    assert isinstance(item, ReadFailure) and "broken symbolic link" in item.reason


def test_one_failure_does_not_stop_the_other_inputs(tree):
    items = list(read_inputs([str(tree / "a.txt"), "missing.txt", str(tree / "b.txt")]))
    assert ids(items) == ["a", "!missing.txt", "b"]


def test_read_inputs_is_lazy(tmp_path):
    (tmp_path / "a.txt").write_text("First.")
    stream = read_inputs([str(tmp_path / "a.txt"), str(tmp_path / "later.txt")])
    assert isinstance(stream, types.GeneratorType)
    assert next(stream).meta.id == "a"
    (tmp_path / "later.txt").write_text("Written after reading began.")
    assert next(stream).meta.id == "later"


@pytest.mark.parametrize(
    "stdin",
    [io.StringIO("Leaders met in Geneva.\nThey agreed to meet again."),
     io.TextIOWrapper(io.BytesIO("Leaders met in Geneva.\r\nThey agreed to meet again.".encode("utf-16")))],
    ids=["text-stream", "byte-stream"],
)
def test_stdin_text_is_one_article(stdin):
    [item] = read_inputs(["-"], stdin=stdin)
    assert isinstance(item, RawArticle)
    assert item.meta.id == "stdin"
    assert item.text == "Leaders met in Geneva.\nThey agreed to meet again."


def test_stdin_latin1_bytes_are_decoded():
    stdin = io.TextIOWrapper(io.BytesIO("Réunion à Genève.".encode("latin-1")), encoding="utf-8")
    [item] = read_inputs(["-"], stdin=stdin)
    assert isinstance(item, RawArticle) and item.text == "Réunion à Genève."


def test_stdin_jsonl_is_read_as_records_when_asked():
    lines = "\n" + jsonl({"id": "s1", "text": "One."}) + "not json\n" + jsonl({"id": "s2", "text": "Two."})
    items = list(read_inputs(["-"], stdin=io.StringIO(lines), stdin_format="jsonl"))
    assert ids(items) == ["s1", "!<stdin>:3", "s2"]
    assert items[1].where == "<stdin>:3"


def test_stdin_jsonl_is_streamed_from_a_byte_stream():
    data = jsonl({"id": "b1", "text": "Réunion."}, {"id": "b2", "text": "Two."}).encode()
    items = list(read_inputs(["-"], stdin=io.TextIOWrapper(io.BytesIO(data)), stdin_format="jsonl"))
    assert ids(items) == ["b1", "b2"] and items[0].text == "Réunion."


@pytest.mark.parametrize(
    "text",
    ['"Leaders met," an official said.\nTalks went on.', "{not json at all}\nMore text.", "[1, 2, 3]\n"],
    ids=["quote-first", "braces", "json-array"],
)
def test_stdin_that_is_not_jsonl_stays_one_text_article_in_jsonl_mode(text):
    [item] = read_inputs(["-"], stdin=io.StringIO(text), stdin_format="jsonl")
    assert isinstance(item, RawArticle) and item.meta.id == "stdin" and item.text == text


@pytest.mark.parametrize("stdin_format", ["text", "jsonl"])
def test_empty_stdin_is_a_failure(stdin_format):
    [item] = read_inputs(["-"], stdin=io.StringIO("\n  \n"), stdin_format=stdin_format)
    assert isinstance(item, ReadFailure)
    assert (item.id, item.reason) == ("stdin", "standard input is empty")


def test_stdin_over_the_limit_is_a_failure():
    [item] = read_inputs(["-"], stdin=io.StringIO("word " * 1_000), max_file_bytes=1_000)
    assert isinstance(item, ReadFailure) and "standard input is over" in item.reason


@pytest.mark.parametrize("stdin_format", ["text", "json", "tsv"])
def test_stdin_formats_other_than_jsonl_read_one_text_article(stdin_format):
    line = json.dumps({"id": "x", "text": "One."})
    [item] = read_inputs(["-"], stdin=io.StringIO(line), stdin_format=stdin_format)
    assert isinstance(item, RawArticle) and item.meta.id == "stdin"


def test_unknown_stdin_format_is_a_usage_error_at_once():
    with pytest.raises(ValueError, match="stdin_format must be one of text, jsonl, json, tsv"):
        read_inputs(["-"], stdin=io.StringIO("x"), stdin_format="csv")


def test_undecodable_file_name_is_reported_printably(tmp_path):
    name = os.fsencode(tmp_path) + b"/caf\xe9.txt"
    with open(name, "wb") as handle:
        handle.write(b"")  # empty: a failure that carries the name
    [item] = read_inputs([str(tmp_path)])
    assert isinstance(item, ReadFailure)
    assert item.id == "caf\ufffd"
    (item.id + item.where).encode("utf-8")  # printing it must not raise
