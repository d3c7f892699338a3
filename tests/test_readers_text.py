"""Reading .txt files: encodings, binary and empty files, cleaning, size limit."""

from __future__ import annotations

import codecs
import logging
from pathlib import Path

import pytest

from tidings.extract import RawArticle, ReadFailure
from tidings.readers import read_inputs

TEXT = "Le ministre a rencontré l'ambassadeur à Genève – 5 € «ok»."


def read_one(path: Path, **options) -> RawArticle | ReadFailure:
    items = list(read_inputs([str(path)], **options))
    assert len(items) == 1
    return items[0]


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    "data",
    [
        TEXT.encode("utf-8"),
        codecs.BOM_UTF8 + TEXT.encode("utf-8"),
        TEXT.encode("utf-16"),  # Python writes a BOM first
        codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"),
        TEXT.encode("utf-32"),
    ],
    ids=["utf-8", "utf-8-bom", "utf-16-le-bom", "utf-16-be-bom", "utf-32-bom"],
)
def test_txt_is_decoded_and_the_bom_stripped(tmp_path, data):
    item = read_one(write(tmp_path, "note.txt", data))
    assert isinstance(item, RawArticle)
    assert item.text == TEXT


@pytest.mark.parametrize(
    ("text", "encoding"),
    [("Le ministre a rencontré l'ambassadeur à Genève.", "latin-1"),
     ("The minister said “no” – twice, for €5.", "cp1252")],
)
def test_txt_that_is_not_utf8_falls_back_to_windows_1252_with_a_warning(tmp_path, caplog, text, encoding):
    with caplog.at_level(logging.WARNING, logger="tidings.readers"):
        item = read_one(write(tmp_path, "old.txt", text.encode(encoding)))
    assert isinstance(item, RawArticle) and item.text == text
    assert "not valid UTF-8" in caplog.text


def test_txt_bytes_undefined_in_cp1252_still_decode(tmp_path):
    item = read_one(write(tmp_path, "odd.txt", b"caf\xe9 \x81 ok"))
    assert isinstance(item, RawArticle) and item.text.startswith("café")


@pytest.mark.parametrize(
    "data",
    [b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", b"%PDF-1.7\n\x00\x01\x02binary", "no BOM".encode("utf-16-le")],
    ids=["png", "pdf", "utf-16-without-bom"],
)
def test_binary_txt_is_a_failure(tmp_path, data):
    item = read_one(write(tmp_path, "image.txt", data))
    assert isinstance(item, ReadFailure)
    assert item.reason.startswith("binary file, not text")
    assert (item.id, item.where) == ("image", str(tmp_path / "image.txt"))


@pytest.mark.parametrize("data", [b"", b"   \n\t\r\n", codecs.BOM_UTF8], ids=["empty", "blank", "bom-only"])
def test_empty_txt_is_a_failure(tmp_path, data):
    item = read_one(write(tmp_path, "empty.txt", data))
    assert isinstance(item, ReadFailure) and "empty" in item.reason


def test_txt_id_is_the_file_stem_and_title_is_none(tmp_path):
    item = read_one(write(tmp_path, "2024-03-06_summit.TXT", b"Leaders met."))
    assert isinstance(item, RawArticle)
    assert item.meta.id == "2024-03-06_summit"
    assert (item.meta.title, item.meta.date, item.meta.url, item.meta.source) == (None, None, None, None)


@pytest.mark.parametrize(
    ("data", "expected"),
    [(b"One.\r\nTwo.\r\n", "One.\nTwo.\n"), (b"One.\rTwo.", "One.\nTwo."), (b"One.\nTwo.", "One.\nTwo.")],
    ids=["crlf", "cr", "lf"],
)
def test_txt_line_endings_read_as_python_open_reads_them(tmp_path, data, expected):
    item = read_one(write(tmp_path, "lines.txt", data))
    assert isinstance(item, RawArticle) and item.text == expected


def test_control_characters_become_spaces_without_moving_offsets(tmp_path):
    raw = "Talks\x1b[31m began\x07 in\x0bGeneva.\tThen\x7f\x85 ended."
    item = read_one(write(tmp_path, "ctrl.txt", raw.encode("utf-8")))
    assert isinstance(item, RawArticle)
    assert len(item.text) == len(raw)
    assert item.text == "Talks [31m began  in Geneva.\tThen   ended."


def test_huge_single_line_txt_reads(tmp_path):
    raw = "word " * 50_000  # one 250 kB line, under the limit
    item = read_one(write(tmp_path, "long.txt", raw.encode()))
    assert isinstance(item, RawArticle) and len(item.text) == len(raw)


def test_txt_over_the_size_limit_fails_before_reading(tmp_path):
    item = read_one(write(tmp_path, "big.txt", b"x" * 2_001), max_file_bytes=2_000)
    assert isinstance(item, ReadFailure)
    assert "over the" in item.reason and "limit" in item.reason and "split" in item.reason


def test_txt_at_the_size_limit_reads(tmp_path):
    item = read_one(write(tmp_path, "edge.txt", b"x" * 2_000), max_file_bytes=2_000)
    assert isinstance(item, RawArticle)


def test_unreadable_txt_is_a_failure(tmp_path, monkeypatch):
    path = write(tmp_path, "locked.txt", b"secret")

    def refuse(self):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "read_bytes", refuse)
    item = read_one(path)
    assert isinstance(item, ReadFailure)
    assert item.reason == "cannot read the file: Permission denied"
