"""Reading .html/.htm files: main text and metadata through trafilatura."""

from __future__ import annotations

from pathlib import Path

import pytest

from tidings.extract import RawArticle, ReadFailure
from tidings.readers import read_inputs

BODY = (
    "<p>French President Emmanuel Macron met German Chancellor Olaf Scholz in Paris on Tuesday to "
    "discuss energy prices and military support for Ukraine, officials said.</p>"
    "<p>The two leaders agreed to coordinate their positions before the next European Council "
    "meeting in Brussels, where budget talks are expected to be difficult.</p>"
)
PAGE = f"""<!doctype html><html><head><meta charset="utf-8">
<title>Macron and Scholz meet | Continental Wire</title>
<meta property="og:site_name" content="Continental Wire">
<link rel="canonical" href="https://wire.example.org/2024/03/05/macron-scholz">
<meta property="article:published_time" content="2024-03-05T10:12:00+01:00">
</head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Macron and Scholz meet in Paris</h1>{BODY}</article>
<footer>© Continental Wire. All rights reserved. Subscribe to our newsletter.</footer></body></html>"""


def read_one(path: Path) -> RawArticle | ReadFailure:
    items = list(read_inputs([str(path)]))
    assert len(items) == 1
    return items[0]


def write(tmp_path: Path, name: str, data: str | bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


@pytest.mark.parametrize("name", ["page.html", "page.htm", "PAGE.HTML"])
def test_html_main_text_is_extracted_without_boilerplate(tmp_path, name):
    item = read_one(write(tmp_path, name, PAGE))
    assert isinstance(item, RawArticle)
    assert item.text.startswith("French President Emmanuel Macron met")
    assert "Brussels" in item.text
    assert "Subscribe" not in item.text and "Home" not in item.text


@pytest.mark.parametrize(
    ("field", "expected"),
    [
        ("id", "page"),
        ("title", "Macron and Scholz meet in Paris"),
        ("date", "2024-03-05"),
        ("url", "https://wire.example.org/2024/03/05/macron-scholz"),
        ("source", "Continental Wire"),
    ],
)
def test_html_metadata_is_extracted(tmp_path, field, expected):
    item = read_one(write(tmp_path, "page.html", PAGE))
    assert isinstance(item, RawArticle)
    assert getattr(item.meta, field) == expected


def test_html_headline_is_not_repeated_in_the_text(tmp_path):
    item = read_one(write(tmp_path, "page.html", PAGE))
    assert isinstance(item, RawArticle)
    assert not item.text.startswith("Macron and Scholz meet in Paris")


@pytest.mark.parametrize(
    "markup",
    [
        "",
        "<html><head><title>Nothing</title></head><body></body></html>",
        "<html><body><script>render()</script></body></html>",
        "<<<>>> </div></p>",
    ],
    ids=["empty", "empty-body", "javascript-only", "garbage"],
)
def test_html_without_article_text_is_a_failure(tmp_path, markup):
    item = read_one(write(tmp_path, "blank.html", markup))
    assert isinstance(item, ReadFailure)
    assert item.id == "blank" and "no article text" in item.reason


def test_broken_html_still_yields_its_text(tmp_path):
    broken = (
        "<html><body><div><p>Police in Nairobi fired tear gas at hundreds of demonstrators on "
        "Tuesday as protests against a new finance bill spread to five cities.<p>At least 12 "
        "people were arrested, a police spokesman said.<div><span>"
    )
    item = read_one(write(tmp_path, "broken.html", broken))
    assert isinstance(item, RawArticle)
    assert "tear gas" in item.text and "12 people were arrested" in item.text


@pytest.mark.parametrize(
    "head",
    [
        '<meta charset="iso-8859-1">',
        '<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">',
        "",
    ],
    ids=["meta-charset", "http-equiv", "undeclared"],
)
def test_html_in_latin1_is_decoded(tmp_path, head):
    sentence = "Le président français a rencontré le chancelier allemand à Paris mardi. " * 3
    markup = f"<html><head>{head}</head><body><article><p>{sentence}</p></article></body></html>"
    item = read_one(write(tmp_path, "fr.html", markup.encode("latin-1")))
    assert isinstance(item, RawArticle)
    assert "président français a rencontré" in item.text


def test_binary_html_is_a_failure(tmp_path):
    item = read_one(write(tmp_path, "photo.html", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01"))
    assert isinstance(item, ReadFailure) and item.reason.startswith("binary file")
