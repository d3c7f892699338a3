"""Writing results: JSON, JSON Lines, TSV (one row per event), and a summary for people.

Every format writes results in the order given and streams: nothing builds the whole output in
memory, so a corpus of any size goes straight to disk.

- ``json``: one object for a single result, otherwise a list (``[``, items separated by ``,\\n``,
  ``]``; no input at all gives ``[]``). Indented for reading.
- ``jsonl``: one compact object per line, flushed after each line so a reader can follow along.
- ``tsv``: a header row, then one row per *event* with POLECAT-like columns (:data:`TSV_COLUMNS`).
  Articles without events write no rows. A failed record writes one row with its ``article_id``
  and the reason in the last column, ``error`` (empty on event rows), so every row has the same
  columns. Several actors are joined with ``;`` in each actor column, position by position
  (``RUS;`` = first actor Russian, second unknown). Tabs and line breaks inside values become
  spaces so one row is always one line; fields holding a double quote are quoted the CSV way
  (``"`` doubled), which pandas, R, DuckDB, polars and Python's csv module read back unchanged.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterable, Iterator
from itertools import chain
from typing import Any, TextIO

from .schema import EVENT_FLAGS, ArticleError, ArticleResult, Result

FORMATS = ("json", "jsonl", "tsv")

TSV_COLUMNS: tuple[str, ...] = (
    "article_id", "article_date", "event_id", "event_type", "mode", "cameo",
    "source_name", "source_country", "source_sector",
    "target_name", "target_country", "target_sector",
    "event_date", "date_precision", "location_name", "location_country", "lat", "lon",
    "negated", "hypothetical", "future", "historical", "confidence", "trigger", "sentence_text",
    "error",
)

_NO_BREAKS = str.maketrans({"\t": " ", "\n": " ", "\r": " ", "\v": " ", "\f": " ",
                            "\x1c": " ", "\x1d": " ", "\x1e": " ", "\x85": " ",
                            "\u2028": " ", "\u2029": " "})


def write_results(results: Iterable[Result], out: TextIO, fmt: str) -> None:
    """Write results to ``out`` as ``json``, ``jsonl`` or ``tsv`` (see the module docstring)."""
    writers: dict[str, Callable[[Iterable[Result], TextIO], None]] = {
        "json": _write_json, "jsonl": _write_jsonl, "tsv": _write_tsv,
    }
    if fmt not in writers:
        raise ValueError(f"unknown output format {fmt!r}: choose one of {', '.join(FORMATS)}")
    writers[fmt](results, out)
    out.flush()


def result_dict(result: Result) -> dict[str, Any]:
    """A result as the plain dict every format writes (all fields, nulls included)."""
    return result.model_dump(mode="json", exclude_none=False)


def _dumps(data: dict[str, Any], *, indent: int | None) -> str:
    separators = (",", ": ") if indent else (",", ":")
    text = json.dumps(data, ensure_ascii=False, indent=indent, separators=separators)
    if not text.isascii():
        try:
            text.encode("utf-8")
        except UnicodeEncodeError:  # a lone surrogate: \u-escape it rather than fail the write
            text = json.dumps(data, ensure_ascii=True, indent=indent, separators=separators)
    return text


def _write_json(results: Iterable[Result], out: TextIO) -> None:
    items = iter(results)
    first = next(items, None)
    if first is None:
        out.write("[]\n")
        return
    second = next(items, None)
    if second is None:
        out.write(_dumps(result_dict(first), indent=2) + "\n")
        return
    out.write("[\n")
    out.write(_dumps(result_dict(first), indent=2))
    for result in chain((second,), items):
        out.write(",\n")
        out.write(_dumps(result_dict(result), indent=2))
    out.write("\n]\n")


def _write_jsonl(results: Iterable[Result], out: TextIO) -> None:
    for result in results:
        out.write(_dumps(result_dict(result), indent=None) + "\n")
        out.flush()


def _write_tsv(results: Iterable[Result], out: TextIO) -> None:
    writer = csv.writer(out, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(TSV_COLUMNS)
    for result in results:
        writer.writerows(tsv_rows(result))


def tsv_rows(result: Result) -> Iterator[list[str]]:
    """The TSV rows of one result, as lists of cell strings in :data:`TSV_COLUMNS` order."""
    data = result_dict(result)
    if isinstance(result, ArticleError):
        row = dict.fromkeys(TSV_COLUMNS, "")
        row["article_id"] = data["article"]["id"]
        row["error"] = data["error"]
        yield [_cell(row[column]) for column in TSV_COLUMNS]
        return
    article = data["article"]
    for event in data["events"]:
        location = event.get("location") or {}
        row = {
            "article_id": article["id"],
            "article_date": article.get("date"),
            "event_id": event["id"],
            "event_type": event["type"],
            "mode": event.get("mode"),
            "cameo": event.get("cameo"),
            "source_name": _joined(event["source"], "name"),
            "source_country": _joined(event["source"], "country"),
            "source_sector": _joined(event["source"], "sector"),
            "target_name": _joined(event["target"], "name"),
            "target_country": _joined(event["target"], "country"),
            "target_sector": _joined(event["target"], "sector"),
            "event_date": event.get("date"),
            "date_precision": event.get("date_precision"),
            "location_name": location.get("name"),
            "location_country": location.get("country"),
            "lat": location.get("lat"),
            "lon": location.get("lon"),
            "negated": event.get("negated"),
            "hypothetical": event.get("hypothetical"),
            "future": event.get("future"),
            "historical": event.get("historical"),
            "confidence": event.get("confidence"),
            "trigger": event.get("trigger"),
            "sentence_text": event.get("text"),
            "error": "",
        }
        yield [_cell(row[column]) for column in TSV_COLUMNS]


def _joined(actors: list[dict[str, Any]], field: str) -> str:
    # Position by position, so the n-th country belongs to the n-th name; ";" inside a value
    # would shift the columns, so it becomes ",".
    return ";".join((_cell(actor.get(field)) or "").replace(";", ",") for actor in actors)


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return repr(round(value, 6))
    return str(value).translate(_NO_BREAKS)


# ---------------------------------------------------------------------------------------------
# For people


def summarise(result: Result) -> str:
    """A readable multi-line summary of one result, plain text (no colour codes, pipes well).

    >>> print(summarise(result))  # doctest: +SKIP
    seed  2023-10-18
    Events (7)
      E1 CONSULT (visit) Vladimir Putin [RUS GOV] -> Xi Jinping [CHN GOV] 2023-10-18 'met'
    """
    if isinstance(result, ArticleError):
        return f"{result.article.id}: error: {result.error}"
    lines = [_heading(result)]
    lines += _section("Actors", [_actor_line(actor) for actor in result.actors])
    lines += _section("Events", [_event_line(event) for event in result.events])
    lines += _section("Quotes", [_quote_line(quote) for quote in result.quotes])
    lines += _section("Quantities", [_quantity_line(quantity) for quantity in result.quantities])
    lines += _section("Dates", [_date_line(date) for date in result.dates])
    lines += _section("Places", [_place_line(place) for place in result.places])
    tone = result.tone
    lines.append(f"Tone {tone.score:+.2f} (positive {tone.positive:.2f}, negative {tone.negative:.2f})")
    return "\n".join(lines)


def _heading(result: ArticleResult) -> str:
    article = result.article
    parts = [article.id, article.date or "no date"]
    if article.title:
        parts.append(article.title)
    line = "  ".join(parts)
    extra = [value for value in (article.source, article.url) if value]
    return line + ("\n" + "  ".join(extra) if extra else "")


def _section(name: str, lines: list[str]) -> list[str]:
    return [f"{name} ({len(lines)})", *(f"  {line}" for line in lines)] if lines else []


def _codes(country: str | None, sector: str | None) -> str:
    codes = " ".join(code for code in (country, sector) if code)
    return f" [{codes}]" if codes else ""


def _refs(refs: list[Any]) -> str:
    return ", ".join(f"{ref.name}{_codes(ref.country, ref.sector)}" for ref in refs)


def _actor_line(actor: Any) -> str:
    title = f", {actor.title}" if actor.title else ""
    mentions = len(actor.mentions)
    return f"{actor.id} {actor.name}{_codes(actor.country, actor.sector)} {actor.kind}{title}, " \
           f"{mentions} mention{'s' if mentions != 1 else ''}"


def _event_line(event: Any) -> str:
    parts = [event.id, event.type]
    if event.mode:
        parts.append(f"({event.mode})")
    parts.append(_refs(event.source) or "?")
    if event.target:
        parts += ["->", _refs(event.target)]
    if event.date:
        parts.append(event.date)
    if event.location:
        parts.append(f"@ {event.location.name}")
    parts.append(repr(event.trigger))
    flags = [name for name in EVENT_FLAGS if getattr(event, name)]
    if flags:
        parts.append(f"[{', '.join(flags)}]")
    return " ".join(parts)


def _shorten(text: str, width: int = 100) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def _quote_line(quote: Any) -> str:
    speaker = _refs([quote.speaker]) if quote.speaker else "unattributed"
    indirect = " (indirect)" if quote.kind == "indirect" else ""
    return f"{speaker}: “{_shorten(quote.text)}”{indirect}"


def _number(value: float) -> str:
    return f"{int(value):,}" if float(value).is_integer() else f"{value:,.6g}"


def _quantity_line(quantity: Any) -> str:
    line = f"{quantity.text!r} = "
    if quantity.approximation:
        line += f"{quantity.approximation} "
    line += _number(quantity.value) + ("%" if quantity.kind == "percent" and not quantity.unit else "")
    if quantity.unit:
        line += f" {quantity.unit}"
    if quantity.object:
        line += f" ({quantity.object})"
    return line


def _date_line(date: Any) -> str:
    value = date.value or "unresolved"
    precision = f", {date.precision}" if date.precision and date.value else ""
    return f"{date.text!r} = {value}{precision}"


def _place_line(place: Any) -> str:
    where = f" [{place.country}]" if place.country else ""
    located = place.lat is not None and place.lon is not None
    coords = f" {place.lat:.2f},{place.lon:.2f}" if located else ""
    return f"{place.name}{where} {place.kind}{coords}"
