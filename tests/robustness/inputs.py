"""Bad inputs, as data: hypothesis strategies and a catalogue of hostile files, each with what the
readers must make of it. Shared by the robustness tests (few examples) and ``bench/fuzz_inputs.py``
(many).

A *good* input is an article tidings must process; a *bad* one must come out as exactly one
failure with a reason, never as an exception.
"""

from __future__ import annotations

import codecs
import json
import random
from dataclasses import dataclass

from hypothesis import strategies as st

from tidings.extract import RawArticle, ReadFailure

GOOD_TEXT = (
    "Kenyan President William Ruto met Ghanaian President John Mahama in Nairobi on Tuesday. "
    '"We agreed to open the border to trade," Ruto said after the talks.'
)
# Words from several scripts and the characters that upset tokenisers, terminals and TSV files.
AWKWARD_WORDS = [
    "Ruto", "met", "Mahama", "in", "Nairobi", "on", "Tuesday", "$5bn", "said", '"', "'", "\u201c", "\u201d",
    "\u00ab", "\u00bb", "\u041c\u043e\u0441\u043a\u0432\u0430", "\u5317\u4eac", "\u0645\u0631\u062d\u0628\u0627",
    "\u05e9\u05dc\u05d5\u05dd", "\U0001f642", "\u200b", "\u202e", "\x00", "\x1b[31m", "\ufeff", "\ud800", "U.S.",
    "-", ".", "\n", "\r\n", "\r", "\t", "\x0c", "\x85", "\u2028", "12", "%", "million", "troops", "Kyiv",
    "Russia's", "1,000", "(", ")", "\u2014", "...", "N'Djamena", "2023-10-18", "e\u0301", "\ufffd",
]

article_texts = st.one_of(
    st.text(max_size=400),
    st.lists(st.sampled_from(AWKWARD_WORDS), max_size=120).map(" ".join),
    st.lists(st.sampled_from(AWKWARD_WORDS), max_size=120).map("".join),
)
"""Texts an article might be: random Unicode, and awkward words from many scripts, spaced or not."""

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=30),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=12,
)

jsonl_records = st.fixed_dictionaries(
    {},
    optional={
        "id": st.one_of(st.text(max_size=20), st.integers(), st.floats(), json_values),
        "text": st.one_of(article_texts, json_values),
        "title": st.one_of(st.text(max_size=40), json_values),
        "date": st.one_of(st.dates().map(str), st.datetimes().map(lambda value: value.isoformat()), st.text(max_size=12), json_values),
        "published": st.one_of(st.dates().map(str), st.text(max_size=12)),
        "url": st.one_of(st.text(max_size=40), json_values),
        "source": st.one_of(st.text(max_size=20), json_values),
    },
)
"""JSON objects shaped more or less like tidings records: any field may be missing or of any type."""

jsonl_lines = st.one_of(
    jsonl_records.map(lambda record: json.dumps(record, ensure_ascii=False)),
    jsonl_records.map(json.dumps),  # \\u escapes, lone surrogates among them
    json_values.map(json.dumps),
    st.text(max_size=80),
)
"""One line of a JSONL file: a record-like object, any JSON value, or not JSON at all."""

ENCODINGS = ("utf-8", "utf-8-sig", "latin-1", "cp1252", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "koi8-r", "shift_jis")


def encoded(text: str, encoding: str) -> bytes:
    """``text`` in ``encoding``, unencodable characters replaced (as a careless exporter would)."""
    return text.encode(encoding, errors="replace") if encoding != "utf-8" else text.encode("utf-8", "surrogatepass")


@dataclass(frozen=True)
class HostileFile:
    """A file for the readers: its name, its bytes, and whether it holds an article to process."""

    name: str
    data: bytes
    good: bool
    reason: str = ""  # a word the failure's reason must contain (bad files only)


def long_sentence(chars: int = 100_000, *, seed: int = 3) -> str:
    """One sentence of ``chars`` characters: clauses joined by commas and "and", one full stop."""
    rng = random.Random(seed)
    clauses = [
        "the minister said troops from both countries had met near the border",
        "officials in Nairobi and Accra agreed to reopen trade routes",
        "police fired tear gas at protesters outside parliament",
        "the central bank pledged $5bn in emergency loans to farmers",
        "aid groups warned that 12,000 families had fled their homes",
    ]
    parts: list[str] = []
    size = 0
    while size < chars - 1:
        clause = rng.choice(clauses)
        parts.append(clause)
        size += len(clause) + 5
    sentence = ", and ".join(parts)
    return sentence[: chars - 1].rstrip(" ,") + "."


def hostile_files(*, sentence_chars: int = 100_000) -> list[HostileFile]:
    """One file of each hostile kind the issue lists, and good files around them.

    ``sentence_chars`` is the length of the one-sentence article (the pipeline's events stage is
    quadratic in sentence length today: 100,000 characters take minutes, so CI runs the pipeline on
    a shorter one and reads the full one).
    """
    utf16 = GOOD_TEXT.encode("utf-16")
    good_record = {"id": "good-record", "text": GOOD_TEXT, "date": "2024-03-05"}
    return [
        HostileFile("plain.txt", GOOD_TEXT.encode(), True),
        HostileFile("empty.txt", b"", False, "empty"),
        HostileFile("blank.txt", b" \n\t\r\n ", False, "empty"),
        HostileFile("binary.txt", bytes(range(256)) * 8, False, "binary"),
        HostileFile("png-named.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200), False, "binary"),
        HostileFile("latin1.txt", ("Caf\u00e9 owners in S\u00e3o Paulo protested on Monday. " + GOOD_TEXT).encode("latin-1"), True),
        HostileFile("utf16-bom.txt", utf16, True),
        HostileFile("utf8-bom.txt", codecs.BOM_UTF8 + GOOD_TEXT.encode(), True),
        HostileFile("utf32-bom.txt", GOOD_TEXT.encode("utf-32"), True),
        HostileFile("bad-bom.txt", codecs.BOM_UTF16_LE + b"\x00\xd8", False, "byte-order mark"),
        HostileFile("controls.txt", ("\x07\x1b[2J\x0b" + GOOD_TEXT + "\x7f\x9b").encode(), True),
        HostileFile("mixed-scripts.txt", ("\u041f\u0443\u0442\u0438\u043d \u5317\u4eac \u0627\u0644\u0642\u062f\u0633 \u05d9\u05e8\u05d5\u05e9\u05dc\u05d9\u05dd \U0001f642 " + GOOD_TEXT).encode(), True),
        HostileFile("long-sentence.txt", long_sentence(sentence_chars).encode(), True),
        HostileFile("broken.html", b"<html><body><p>" + GOOD_TEXT.encode() + b"<p>Talks<div><b>continue</i></td></body", True),
        HostileFile("not-html.html", b"\x00\x01\x02" * 100, False, "binary"),
        HostileFile("empty.html", b"<html><head><title>Index</title></head><body></body></html>", False, "no article text"),
        HostileFile("script-only.html", b"<html><body><script>document.write('x')</script></body></html>", False, "no article text"),
        HostileFile(
            "mixed.jsonl",
            (json.dumps(good_record) + "\n" + '{"id": "cut", "text": "half' + "\n" + "[1, 2]\n"
             + json.dumps({"id": "bad-date", "text": GOOD_TEXT, "date": "2024-13-01"}) + "\n").encode(),
            True,  # holds one good record; its three bad lines are checked by line number
        ),
        HostileFile("empty.jsonl", b"", False, "no records"),
        HostileFile("utf16.jsonl", (json.dumps({"id": "u16", "text": GOOD_TEXT}) + "\n").encode("utf-16"), True),
        HostileFile("binary.jsonl", bytes(range(256)) * 4, False, "invalid JSON"),
    ]


SUFFIXES = (".txt", ".html", ".htm", ".jsonl")
CONTROL = {chr(code) for code in (*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), *range(0x7F, 0xA0))}


def check_item(item) -> None:
    """What every item must be: an article with clean, non-blank text, or a failure with a reason."""
    assert isinstance(item, RawArticle | ReadFailure), item
    if isinstance(item, RawArticle):
        assert item.text.strip()
        assert not CONTROL & set(item.text), "control characters reached the pipeline"
        item.text.encode("utf-8")  # no lone surrogates
        item.meta.model_dump_json()
    else:
        assert item.reason.strip() and item.id.strip()
        for value in (item.id, item.reason, item.where):
            value.encode("utf-8")
