"""Reading inputs into articles: ``.txt``, ``.html``/``.htm``, ``.jsonl``, directories and stdin.

:func:`read_inputs` turns the command line's INPUT arguments into a lazy stream of
:class:`~tidings.extract.RawArticle` (an article to process) and
:class:`~tidings.extract.ReadFailure` (a record that could not be read, with a reason a person can
act on), in input order. Nothing here raises for a bad input: one unreadable file or JSONL line
never stops the rest.

Decisions (documented in one place so the CLI and the docs can point here):

- **Encodings.** A BOM wins (UTF-8, UTF-16, UTF-32). Otherwise a file with NUL bytes is binary and
  refused; else it is read as UTF-8, and if that fails as Windows-1252 (Latin-1 for the five bytes
  cp1252 leaves undefined), with a warning on the ``tidings.readers`` logger. HTML without valid
  UTF-8 uses the page's declared ``charset`` first.
- **Text is cleaned without moving offsets.** Line endings become ``\\n`` (as Python's ``open()``
  reads them, so offsets match what a Python user sees), other control characters and lone
  surrogates are replaced one-for-one (space, U+FFFD), so they can neither break a writer nor
  shift character offsets.
- **Empty articles are failures** (an empty file, a blank ``"text"``, a page with no main text,
  a ``.jsonl`` file without a single record).
- **Size.** Files over ``max_file_bytes`` (default 20x the 1 MB text limit of
  :func:`tidings.extract.make_doc`) are refused before reading; a JSONL line over the same length is
  skipped with a failure without being held in memory.
- **Directories** are read recursively, hidden files and folders (``.git``...) skipped, symlinked
  folders not followed, files sorted by path component by component.
- **Ids.** ``.txt``/``.html``: the file stem (two files with one stem in different folders share
  an id); JSONL: the record's ``"id"`` (a number is turned into a string); stdin text: ``stdin``.
  A record that cannot be read without an id is reported as ``<path>:<line>``.
"""

from __future__ import annotations

import codecs
import io
import json
import logging
import os
import re
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, AnyStr, TextIO

from pydantic import ValidationError

from .errors import InputError
from .extract import DEFAULT_MAX_CHARS, RawArticle, ReadFailure, clean_text, normalise_date
from .schema import Article

log = logging.getLogger(__name__)

TEXT_SUFFIXES = (".txt",)
HTML_SUFFIXES = (".html", ".htm")
JSONL_SUFFIXES = (".jsonl",)
SUPPORTED_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + JSONL_SUFFIXES

# A file this large cannot hold an article under the text limit; refuse it before reading it.
MAX_FILE_BYTES = 20 * DEFAULT_MAX_CHARS
MAX_ID_CHARS = 512
# "jsonl" reads stdin as JSONL when it parses as JSON; the other names read it as one text article.
# The output formats are accepted so the CLI can pass its --format through (interface.md: stdin is
# JSONL "when --format jsonl is asked").
STDIN_FORMATS = ("text", "jsonl", "json", "tsv")
STDIN_ID = "stdin"
STDIN_WHERE = "<stdin>"

Item = RawArticle | ReadFailure

_DECLARED_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_BOMS = (  # longest first: the UTF-32-LE BOM starts with the UTF-16-LE one
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_URL_PREFIXES = ("http://", "https://")


class _Unreadable(Exception):
    """Internal: a file cannot be turned into text; the message is the failure's reason."""


# ---------------------------------------------------------------------------------------------
# Entry point


def read_inputs(
    inputs: Iterable[str],
    *,
    stdin: TextIO | None = None,
    stdin_format: str = "text",
    max_file_bytes: int = MAX_FILE_BYTES,
) -> Iterator[RawArticle | ReadFailure]:
    """Read every INPUT (file, directory, ``-`` for stdin) into articles, lazily and in order.

    ``stdin_format`` is ``"jsonl"`` (stdin is JSONL when its first non-blank line is a JSON
    object, else one plain-text article) or ``"text"`` (stdin is one article, id ``stdin``);
    ``"json"`` and ``"tsv"`` (the other output formats) read as ``"text"``; any other value is a
    ``ValueError`` at once. Files larger than ``max_file_bytes`` (and JSONL lines or
    stdin longer than it) are failures, never read whole.

    >>> [item.meta.id for item in read_inputs(["examples/ceasefire_congo.txt"])]  # doctest: +SKIP
    ['ceasefire_congo']
    """
    if stdin_format not in STDIN_FORMATS:  # checked now, not when the stream is first read
        raise ValueError(f"stdin_format must be one of {', '.join(STDIN_FORMATS)}, not {stdin_format!r}")
    return _read_all(inputs, stdin, stdin_format, max_file_bytes)


def _read_all(
    inputs: Iterable[str], stdin: TextIO | None, stdin_format: str, max_file_bytes: int
) -> Iterator[Item]:
    for given in inputs:
        # Paths are used as given; what is reported is cleaned (an undecodable file name must not
        # crash whoever prints the failure).
        where = clean_text(given)
        if given == "-":
            yield from _read_stdin(stdin if stdin is not None else sys.stdin, stdin_format, max_file_bytes)
        elif given.lower().startswith(_URL_PREFIXES):
            from .web.fetch import fetch_article  # imported here: only URLs need the HTTP client

            yield fetch_article(given)
        else:
            yield from _read_path(Path(given), where, max_file_bytes, top_level=True)


def _read_path(path: Path, where: str, max_file_bytes: int, *, top_level: bool) -> Iterator[Item]:
    if path.is_dir():
        yield from _read_directory(path, where, max_file_bytes)
        return
    if not path.exists():
        hint = " (it looks like a broken symbolic link)" if path.is_symlink() else ""
        yield ReadFailure(where, f"no such file or directory{hint}", where)
        return
    suffix = path.suffix.lower()
    if suffix in TEXT_SUFFIXES:
        yield _read_text_file(path, where, max_file_bytes)
    elif suffix in HTML_SUFFIXES:
        yield _read_html_file(path, where, max_file_bytes)
    elif suffix in JSONL_SUFFIXES:
        yield from _read_jsonl_file(path, where, max_file_bytes)
    elif top_level:  # inside a directory, other files are ignored on purpose
        kind = f"file type {suffix!r}" if suffix else "file without an extension"
        hint = " (for JSON Lines, name it .jsonl)" if suffix in (".json", ".ndjson") else ""
        yield ReadFailure(
            where,
            f"unsupported {kind}: tidings reads {', '.join(SUPPORTED_SUFFIXES)} files{hint}",
            where,
        )


def _read_directory(directory: Path, where: str, max_file_bytes: int) -> Iterator[Item]:
    found: list[tuple[tuple[str, ...], Path]] = []
    for root, dirnames, filenames in os.walk(directory, followlinks=False):
        dirnames[:] = [name for name in dirnames if not name.startswith(".")]
        for name in filenames:
            if not name.startswith(".") and Path(name).suffix.lower() in SUPPORTED_SUFFIXES:
                path = Path(root, name)
                found.append((path.relative_to(directory).parts, path))
    if not found:
        reason = f"directory has no {', '.join(SUPPORTED_SUFFIXES)} files (searched recursively)"
        yield ReadFailure(where, reason, where)
        return
    for _, path in sorted(found):
        yield from _read_path(path, clean_text(str(path)), max_file_bytes, top_level=False)


# ---------------------------------------------------------------------------------------------
# Plain text and HTML files


def _read_text_file(path: Path, where: str, max_file_bytes: int) -> Item:
    article_id = clean_text(path.stem)
    try:
        text = _decode(_read_bytes(path, max_file_bytes), where)
    except _Unreadable as exc:
        return ReadFailure(article_id, str(exc), where)
    text = normalise_newlines(text)
    return _article(Article(id=article_id), text, article_id, where, "empty file: no text")


def _read_html_file(path: Path, where: str, max_file_bytes: int) -> Item:
    article_id = clean_text(path.stem)
    try:
        data = _read_bytes(path, max_file_bytes)
    except _Unreadable as exc:
        return ReadFailure(article_id, str(exc), where)
    return html_article(data, article_id, where)


def html_article(markup: str | bytes, article_id: str, where: str, *, url: str | None = None) -> Item:
    """An HTML page's main text and metadata (title, date, URL, site name) through trafilatura.

    Bytes are decoded as an ``.html`` file is; ``url`` is the page's address, the article's URL
    when the page names no canonical one. Used for ``.html`` files and fetched pages (tidings.web).
    """
    if isinstance(markup, bytes):
        try:
            markup = _decode_html(markup, where)
        except _Unreadable as exc:
            return ReadFailure(article_id, str(exc), where)
    try:
        import trafilatura  # imported here: it is slow to import and only HTML needs it

        page = trafilatura.bare_extraction(markup, url=url, with_metadata=True)
    except Exception as exc:  # noqa: BLE001  (a parser crash on one page must not stop a corpus)
        return ReadFailure(article_id, f"could not parse the HTML: {type(exc).__name__}: {exc}", where)
    body = (getattr(page, "text", None) or "") if page is not None else ""
    title = _clean_optional(getattr(page, "title", None))
    body = _drop_leading_title(normalise_newlines(body), title)
    try:
        date = normalise_date(getattr(page, "date", None))
    except InputError:
        date = None  # a page's guessed date is a hint, not something to fail the article over
    meta = Article(
        id=article_id,
        title=title,
        date=date,
        url=_clean_optional(getattr(page, "url", None)),
        source=_clean_optional(getattr(page, "sitename", None)),
    )
    no_text = (
        "no article text found in the page (it may be empty, an index page, or built by JavaScript)"
    )
    return _article(meta, body, article_id, where, no_text)


def _drop_leading_title(text: str, title: str | None) -> str:
    """Drop the headline when the page repeats it as the first line: it is kept in ``title``."""
    if title:
        first, newline, rest = text.partition("\n")
        if newline and first.strip() == title.strip():
            return rest
    return text


def _read_bytes(path: Path, max_file_bytes: int) -> bytes:
    try:
        size = path.stat().st_size
        if size > max_file_bytes:
            raise _Unreadable(
                f"file is {size / 1e6:,.1f} MB, over the {max_file_bytes / 1e6:,.1f} MB limit for one "
                "article: split it into several files or a .jsonl"
            )
        return path.read_bytes()
    except OSError as exc:
        raise _Unreadable(f"cannot read the file: {exc.strerror or exc}") from exc


def _decode(data: bytes, where: str) -> str:
    """Bytes of a text file as str, following the encoding policy in the module docstring."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as exc:
                name = encoding.upper().removesuffix("-SIG")
                raise _Unreadable(f"starts with a {name} byte-order mark but is not valid {name}") from exc
    if b"\x00" in data:
        raise _Unreadable(
            "binary file, not text (it has NUL bytes; if it is UTF-16 text, save it as UTF-8)"
        )
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    log.warning("%s: not valid UTF-8; read as Windows-1252", where)
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")  # maps every byte; cp1252 leaves five undefined


def _decode_html(data: bytes, where: str) -> str:
    """Bytes of an HTML page as str: a BOM, else UTF-8, else the declared charset, else cp1252."""
    if not data.startswith(tuple(bom for bom, _ in _BOMS)) and b"\x00" not in data:
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            declared = _DECLARED_CHARSET.search(data[:4096])
            name = declared.group(1).decode("ascii").lower() if declared else ""
            if name and not name.startswith(("utf-16", "utf-32")):  # browsers ignore those too
                try:
                    return data.decode(name, errors="replace")
                except LookupError:
                    pass  # an unknown charset name: fall back to the text-file policy
    return _decode(data, where)


# ---------------------------------------------------------------------------------------------
# JSONL files


def _read_jsonl_file(path: Path, where: str, max_file_bytes: int) -> Iterator[Item]:
    try:
        stream = path.open("rb")
    except OSError as exc:
        yield ReadFailure(where, f"cannot read the file: {exc.strerror or exc}", where)
        return
    with stream:
        head = stream.peek(4)[:4] if hasattr(stream, "peek") else b""
        lines: Iterable[tuple[int, str | bytes | None]]
        if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):  # UTF-32 BOMs start alike
            is_utf32 = head.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE))
            encoding = "utf-32" if is_utf32 else "utf-16"
            text_stream = io.TextIOWrapper(stream, encoding=encoding, errors="replace", newline="")
            lines = _bounded_lines(text_stream, max_file_bytes)
        else:
            lines = _bounded_lines(stream, max_file_bytes)
        records = 0
        try:
            for item in _parse_jsonl_lines(lines, where, max_file_bytes):
                records += 1
                yield item
        except OSError as exc:  # a disk or network file system failing mid-file
            reason = f"cannot read the file after {records:,} record(s): {exc.strerror or exc}"
            yield ReadFailure(where, reason, where)
            return
        if not records:
            yield ReadFailure(where, "no records: the file is empty or has only blank lines", where)


def _bounded_lines(stream: IO[AnyStr], limit: int) -> Iterator[tuple[int, AnyStr | None]]:
    """``(line number, line)`` from a text or binary stream; ``None`` for a line over ``limit``.

    Never holds more than ``limit`` characters: an over-long line is read past in chunks.
    """
    number = 0
    while True:
        line = stream.readline(limit + 1)
        if not line:
            return
        number += 1
        newline = b"\n" if isinstance(line, bytes) else "\n"
        if len(line) > limit and not line.endswith(newline):
            while True:
                chunk = stream.readline(1 << 20)
                if not chunk or chunk.endswith(newline):
                    break
            yield number, None
        else:
            yield number, line


def _parse_jsonl_lines(
    lines: Iterable[tuple[int, str | bytes | None]], path: str, limit: int
) -> Iterator[Item]:
    for number, line in lines:
        where = f"{path}:{number}"
        if line is None:
            yield ReadFailure(where, f"line is over {limit:,} characters; split the record", where)
            continue
        if isinstance(line, bytes):
            if number == 1 and line.startswith(codecs.BOM_UTF8):
                line = line[len(codecs.BOM_UTF8):]
            try:
                line = line.decode("utf-8")
            except UnicodeDecodeError:
                log.warning("%s: line is not valid UTF-8; undecodable bytes replaced", where)
                line = line.decode("utf-8", errors="replace")
        elif number == 1:
            line = line.removeprefix("\ufeff")
        if line.strip():
            yield parse_jsonl_record(line, where)


def parse_jsonl_record(line: str, where: str) -> Item:
    """One JSONL line as an article, or a failure saying what is wrong with the record."""
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        return ReadFailure(where, f"invalid JSON: {exc.msg} (column {exc.colno})", where)
    except RecursionError:
        return ReadFailure(where, "invalid JSON: nested too deeply", where)
    except ValueError as exc:  # a number with more digits than int() converts (over 4,300)
        return ReadFailure(where, f"invalid JSON: {exc}", where)
    if not isinstance(record, dict):
        return ReadFailure(where, f"a record must be a JSON object, not {_json_type(record)}", where)

    raw_id = record.get("id")
    if raw_id is None or raw_id == "":
        return ReadFailure(where, 'missing "id": every record needs an "id" and a "text"', where)
    if isinstance(raw_id, bool) or not isinstance(raw_id, (str, int, float)):
        return ReadFailure(where, f'"id" must be a string or a number, not {_json_type(raw_id)}', where)
    article_id = clean_text(str(raw_id)).strip()
    if not article_id:
        return ReadFailure(where, '"id" is blank', where)
    if len(article_id) > MAX_ID_CHARS:
        return ReadFailure(where, f'"id" is {len(article_id):,} characters, over {MAX_ID_CHARS}', where)

    def fail(reason: str) -> ReadFailure:
        return ReadFailure(article_id, reason, where)

    if "text" not in record or record["text"] is None:
        return fail('missing "text": every record needs an "id" and a "text"')
    text = record["text"]
    if not isinstance(text, str):
        return fail(f'"text" must be a string, not {_json_type(text)}')

    fields: dict[str, str | None] = {}
    for name in ("title", "url", "source"):
        value = record.get(name)
        # Other datasets use these names for other things (the PLOVER gold file's "source" is a
        # list of actors): metadata that is not a string is not ours, so it is left out, not fatal.
        fields[name] = _clean_optional(value) if isinstance(value, str) else None
    date_key = "date" if record.get("date") not in (None, "") else "published"
    raw_date = record.get(date_key)
    if raw_date is not None and not isinstance(raw_date, str):
        return fail(f'"{date_key}" must be an ISO 8601 string (YYYY-MM-DD), not {_json_type(raw_date)}')
    try:
        date = normalise_date(raw_date)
    except InputError as exc:
        return fail(f'"{date_key}": {exc}')
    try:
        meta = Article(id=article_id, date=date, **fields)
    except ValidationError as exc:  # defensive: the fields were checked above
        return fail(f"invalid record: {exc.errors()[0]['msg']}")
    return _article(meta, text, article_id, where, '"text" is empty')


def _json_type(value: object) -> str:
    names = {dict: "an object", list: "a list", str: "a string", bool: "a boolean", int: "a number",
             float: "a number", type(None): "null"}
    return names.get(type(value), type(value).__name__)


# ---------------------------------------------------------------------------------------------
# Standard input


def _read_stdin(stream: TextIO, stdin_format: str, max_chars: int) -> Iterator[Item]:
    """stdin as one text article, or as JSONL when asked and its first record parses as JSON."""
    binary = getattr(stream, "buffer", None)
    source: IO[str] | IO[bytes] = binary if binary is not None else stream
    lines = _bounded_lines(source, max_chars)
    if stdin_format == "jsonl":
        consumed: list[tuple[int, str | bytes | None]] = []
        for number, line in lines:
            consumed.append((number, line))
            if line is None or not line.strip():
                continue
            if _is_json_object(line):
                yield from _parse_jsonl_lines(_chain(consumed, lines), STDIN_WHERE, max_chars)
                return
            break
        lines = _chain(consumed, lines)
    yield _stdin_text(lines, max_chars)


def _stdin_text(lines: Iterable[tuple[int, str | bytes | None]], max_chars: int) -> Item:
    parts: list[str | bytes] = []
    size = 0
    for _, line in lines:
        if line is None or size + len(line) > max_chars:
            for _ in lines:  # drain stdin so a caller piping into us does not get a broken pipe
                pass
            reason = f"standard input is over {max_chars / 1e6:,.1f} MB: split it, or send JSONL"
            return ReadFailure(STDIN_ID, reason, STDIN_WHERE)
        parts.append(line)
        size += len(line)
    if parts and isinstance(parts[0], bytes):
        try:
            text = _decode(b"".join(parts), STDIN_WHERE)  # type: ignore[arg-type]
        except _Unreadable as exc:
            return ReadFailure(STDIN_ID, str(exc), STDIN_WHERE)
    else:
        text = "".join(parts).removeprefix("\ufeff")  # type: ignore[arg-type]
    text = normalise_newlines(text)
    return _article(Article(id=STDIN_ID), text, STDIN_ID, STDIN_WHERE, "standard input is empty")


def _is_json_object(line: str | bytes) -> bool:
    try:
        return isinstance(json.loads(line), dict)
    except (ValueError, RecursionError):  # JSONDecodeError and UnicodeDecodeError are ValueErrors
        return False


def _chain(first: list, rest: Iterator) -> Iterator:
    yield from first
    yield from rest


# ---------------------------------------------------------------------------------------------
# Cleaning


def normalise_newlines(text: str) -> str:
    """``\\r\\n`` and lone ``\\r`` as ``\\n``, the way Python's ``open()`` reads text files."""
    return text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text


def _clean_optional(value: str | None) -> str | None:
    if value is None:
        return None
    value = " ".join(clean_text(value).split())
    return value or None


def _article(meta: Article, text: str, fail_id: str, where: str, empty_reason: str) -> Item:
    text = clean_text(text)
    if not text.strip():
        return ReadFailure(fail_id, empty_reason, where)
    return RawArticle(meta, text)
