"""Scoring the event coder against human-coded gold sentences (the library behind ``tidings eval``).

The gold format is one JSON object per line, as in the PLOVER gold-standard records:
``id``, ``text``, ``event_plover_current`` (or ``event`` in PLOVER 0.5 names), ``mode``,
``source`` and ``target`` (lists of ``{text, code, sector}``), optional ``date``.

Each record is one sentence. The prediction for a record is its *top event*: the event with the
highest confidence (the first one on a tie); a record with no event is predicted ``none``.

>>> report = evaluate_file("gold.jsonl")
>>> print(format_report(report))
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from spacy.language import Language

from .errors import GoldFormatError
from .extract import RawArticle, make_doc
from .schema import EVENT_TYPES, Article

# PLOVER 0.5 type names and their current equivalents (plover.md).
OLD_TYPE_NAMES: dict[str, str] = {
    "DEMAND": "REQUEST",
    "DISAPPROVE": "ACCUSE",
    "INVESTIGATE": "ACCUSE",
    "FIGHT": "ASSAULT",
}
# Country codes of older gold data and the ISO 3166 codes used today.
OLD_COUNTRY_CODES: dict[str, str] = {"JAP": "JPN", "ITL": "ITA", "VTN": "VAT"}
# PLOVER 0.5 mode names and today's, for every type ...
OLD_MODE_NAMES: dict[str, str] = {
    "demo-org": "demo", "demo-spon": "demo", "riot-spon": "riot", "riot-org": "riot",
    "strike-gen": "strike", "strike-hun": "hunger", "detain": "arrest", "assassinate": "targeted",
    "confiscate": "seize", "host": "visit", "hostage": "abduct", "kidnap": "abduct",
}
# ... and where the new name depends on the type (0.5 threatened curfews and martial law are now
# THREATEN restrict).
OLD_TYPE_MODE_NAMES: dict[tuple[str, str], str] = {
    ("THREATEN", "curfew"): "restrict",
    ("THREATEN", "martial-law"): "restrict",
}
# The placeholder date of gold records that carry none.
PLACEHOLDER_DATE = "2000-01-01"
NONE = "none"


@dataclass(frozen=True)
class GoldRecord:
    """One gold sentence, its type and mode in current PLOVER names and its actor codes."""

    id: str
    text: str
    type: str
    mode: str | None
    source_codes: frozenset[str]
    target_codes: frozenset[str]
    date: str | None
    line: int


def current_type(name: str) -> str:
    """A PLOVER type in today's name (0.5 names mapped)."""
    name = name.strip().upper()
    return OLD_TYPE_NAMES.get(name, name)


def current_mode(type_: str, mode: str | None) -> str | None:
    """A mode in today's name ("strike-hun" -> "hunger"); empty means none."""
    if not mode:
        return None
    mode = mode.strip().lower()
    return OLD_TYPE_MODE_NAMES.get((type_, mode)) or OLD_MODE_NAMES.get(mode, mode)


def current_code(code: str | None) -> str | None:
    if not code:
        return None
    code = code.strip().upper()
    return OLD_COUNTRY_CODES.get(code, code)


def _codes(value: object, field: str, line: int) -> frozenset[str]:
    if value is None:
        return frozenset()
    if not isinstance(value, list):
        raise GoldFormatError(f"line {line}: {field!r} must be a list of actors, got {type(value).__name__}")
    codes = set()
    for actor in value:
        if not isinstance(actor, dict):
            raise GoldFormatError(f"line {line}: every {field!r} entry must be an object with 'code'")
        code = current_code(actor.get("code"))
        if code:
            codes.add(code)
    return frozenset(codes)


def parse_gold_line(line_text: str, line: int) -> GoldRecord:
    """One gold record; raises :class:`GoldFormatError` naming the line when it is malformed."""
    try:
        data = json.loads(line_text)
    except json.JSONDecodeError as exc:
        raise GoldFormatError(f"line {line}: not valid JSON ({exc.msg} at column {exc.colno})") from exc
    if not isinstance(data, dict):
        raise GoldFormatError(f"line {line}: expected a JSON object, got {type(data).__name__}")
    text = data.get("text")
    if not isinstance(text, str) or not text.strip():
        raise GoldFormatError(f"line {line}: missing or empty 'text'")
    raw_type = data.get("event_plover_current") or data.get("event")
    if not isinstance(raw_type, str) or not raw_type.strip():
        raise GoldFormatError(f"line {line}: missing event type ('event_plover_current' or 'event')")
    type_ = current_type(raw_type)
    if type_ not in EVENT_TYPES:
        raise GoldFormatError(f"line {line}: unknown event type {raw_type!r}; expected one of the 16 PLOVER types")
    mode = data.get("mode")
    if mode is not None and not isinstance(mode, str):
        raise GoldFormatError(f"line {line}: 'mode' must be a string or null")
    date = data.get("date")
    if date is not None and not isinstance(date, str):
        raise GoldFormatError(f"line {line}: 'date' must be an ISO date string or null")
    return GoldRecord(
        id=str(data.get("id") or f"line-{line}"),
        text=text,
        type=type_,
        mode=current_mode(type_, mode),
        source_codes=_codes(data.get("source"), "source", line),
        target_codes=_codes(data.get("target"), "target", line),
        date=date[:10] if date and date[:10] != PLACEHOLDER_DATE else None,
        line=line,
    )


def read_gold(path: str | Path) -> list[GoldRecord]:
    """Every record of a gold JSONL file (blank lines skipped)."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise GoldFormatError(f"cannot read gold file {path}: {exc.strerror or exc}") from exc
    records = [parse_gold_line(line, number) for number, line in enumerate(text.splitlines(), 1) if line.strip()]
    if not records:
        raise GoldFormatError(f"gold file {path} has no records")
    return records


def top_event(events: Iterable[dict]) -> dict | None:
    """The event a sentence is mainly about: highest confidence, first on a tie."""
    best = None
    for event in events:
        if best is None or event["confidence"] > best["confidence"]:
            best = event
    return best


def predict(records: list[GoldRecord], nlp: Language) -> list[list[dict]]:
    """The events the pipeline finds in each record's text, in record order."""
    docs = [make_doc(nlp, RawArticle(Article(id=r.id, date=r.date), r.text)) for r in records]
    return [list(doc._.events or []) for doc in nlp.pipe(docs)]


def _prf(tp: int, fp: int, fn: int) -> dict:
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4),
            "gold": tp + fn, "predicted": tp + fp}


def score(records: list[GoldRecord], predictions: list[list[dict]]) -> dict:
    """The evaluation report (JSON-able) from gold records and the events predicted for each."""
    n = len(records)
    confusion: Counter[tuple[str, str]] = Counter()
    misses: list[dict] = []
    correct = 0
    actor_total = source_hits = target_hits = 0
    mode_total = mode_hits = 0
    for record, events in zip(records, predictions, strict=True):
        top = top_event(events)
        predicted = top["type"] if top else NONE
        confusion[(record.type, predicted)] += 1
        if predicted == record.type:
            correct += 1
            actor_total += 1
            source = {ref.get("country") for ref in top["source"]} - {None}
            target = {ref.get("country") for ref in top["target"]} - {None}
            source_hits += source == set(record.source_codes)
            target_hits += target == set(record.target_codes)
        else:
            misses.append({
                "id": record.id, "text": record.text, "gold": record.type, "predicted": predicted,
                "trigger": top["trigger"] if top else None,
                "others": sorted({e["type"] for e in events} - {predicted}),
            })
        if record.mode:
            mode_total += 1
            mode_hits += bool(top) and predicted == record.type and top.get("mode") == record.mode
    per_type = {}
    for type_ in EVENT_TYPES:
        tp = confusion[(type_, type_)]
        fn = sum(count for (gold, _), count in confusion.items() if gold == type_) - tp
        fp = sum(count for (_, pred), count in confusion.items() if pred == type_) - tp
        if tp + fn + fp:
            per_type[type_] = _prf(tp, fp, fn)
    macro = sum(entry["f1"] for entry in per_type.values()) / len(per_type) if per_type else 0.0
    labels = [t for t in EVENT_TYPES if any(t in pair for pair in confusion)] + [NONE]
    return {
        "records": n,
        "top1_accuracy": round(correct / n, 4) if n else 0.0,
        "macro_f1": round(macro, 4),
        "macro_f1_types": len(per_type),
        "macro_f1_note": "macro average over the types present in gold or predictions; types absent "
                         "from both are excluded; a record with no event counts as a miss of its gold type",
        "per_type": per_type,
        "confusion": {gold: {pred: confusion[(gold, pred)] for pred in labels if confusion[(gold, pred)]}
                      for gold in labels if gold != NONE and any(g == gold for g, _ in confusion)},
        "no_event": sum(count for (_, pred), count in confusion.items() if pred == NONE),
        "source_country_match": round(source_hits / actor_total, 4) if actor_total else 0.0,
        "target_country_match": round(target_hits / actor_total, 4) if actor_total else 0.0,
        "actor_match_records": actor_total,
        "actor_match_note": "set of country codes of the top event's source (target) equals the gold "
                            "set; computed over the records whose event type was found",
        "mode_accuracy": round(mode_hits / mode_total, 4) if mode_total else None,
        "mode_records": mode_total,
        "mode_note": "records whose gold has a mode (0.5 mode names mapped to current ones); right when "
                     "the top event has the gold type and the same mode",
        "misses": misses,
    }


def evaluate_file(path: str | Path, nlp: Language | None = None) -> dict:
    """Run the pipeline over a gold JSONL file and score it (see :func:`score` for the report)."""
    records = read_gold(path)
    if nlp is None:
        from .pipeline import load

        nlp = load()
    report = score(records, predict(records, nlp))
    report["gold"] = str(path)
    return report


def format_report(report: dict) -> str:
    """The report as readable text: the headline numbers, per-type scores, confusions and misses."""
    lines = [
        f"gold: {report.get('gold', '?')}  ({report['records']} records)",
        f"top-1 type accuracy : {report['top1_accuracy']:.3f}",
        f"macro F1            : {report['macro_f1']:.3f}  over {report['macro_f1_types']} types "
        f"({report['macro_f1_note']})",
        f"no event predicted  : {report['no_event']}",
        f"source country match: {report['source_country_match']:.3f}  "
        f"target country match: {report['target_country_match']:.3f}  "
        f"(over the {report['actor_match_records']} records whose type was found)",
    ]
    if report.get("mode_accuracy") is not None:
        lines.append(f"mode accuracy       : {report['mode_accuracy']:.3f}  over {report['mode_records']} "
                     f"records with a gold mode")
    lines.append("")
    lines.append(f"{'type':<10} {'P':>6} {'R':>6} {'F1':>6} {'gold':>5} {'pred':>5}")
    for type_, entry in report["per_type"].items():
        lines.append(f"{type_:<10} {entry['precision']:>6.2f} {entry['recall']:>6.2f} {entry['f1']:>6.2f} "
                     f"{entry['gold']:>5} {entry['predicted']:>5}")
    lines.append("")
    lines.append("confusions (gold -> predicted: count):")
    for gold, row in report["confusion"].items():
        wrong = ", ".join(f"{pred} {count}" for pred, count in sorted(row.items(), key=lambda kv: -kv[1]) if pred != gold)
        if wrong:
            lines.append(f"  {gold:<10} -> {wrong}")
    lines.append("")
    lines.append(f"misses ({len(report['misses'])}):")
    for miss in report["misses"]:
        lines.append(f"  [{miss['id']}] gold {miss['gold']}, predicted {miss['predicted']}"
                     f"{' (' + miss['trigger'] + ')' if miss.get('trigger') else ''}: {miss['text']}")
    return "\n".join(lines)
