"""Corpora for the robustness tests and benches: wire-style articles written from templates, and the
same mixed with corrupt records whose line numbers and reasons are known in advance.

Shared by ``tests/robustness`` (CI sizes) and ``bench/crash_resume.py`` (full size), so both
run on the same kind of input. Everything is deterministic for a seed.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass

PEOPLE = [
    ("Kenyan President William Ruto", "Kenya", "Nairobi"),
    ("Peruvian Foreign Minister Javier Gonzalez", "Peru", "Lima"),
    ("Polish Prime Minister Donald Tusk", "Poland", "Warsaw"),
    ("Ghanaian President John Mahama", "Ghana", "Accra"),
    ("Chilean President Gabriel Boric", "Chile", "Santiago"),
    ("Indonesian Foreign Minister Sugiono", "Indonesia", "Jakarta"),
    ("Norwegian Prime Minister Jonas Gahr Store", "Norway", "Oslo"),
    ("Jordanian King Abdullah", "Jordan", "Amman"),
    ("Moroccan Foreign Minister Nasser Bourita", "Morocco", "Rabat"),
    ("Vietnamese Prime Minister Pham Minh Chinh", "Vietnam", "Hanoi"),
]
OPENINGS = [
    "{a} met {b} in {city} on {weekday} to discuss trade, energy and a planned rail link.",
    "{a} accused {country_b} on {weekday} of holding {n} fishermen without charge.",
    "{country_a} agreed on {weekday} to send {n} tonnes of food aid to {country_b} after floods.",
    "Police in {city} fired tear gas on {weekday} at about {n} protesters marching on parliament.",
    "{a} called on {country_b} on {weekday} to withdraw {n} troops from the disputed border area.",
    "{country_a} and {country_b} signed an agreement in {city} on {weekday} to share water from a dam.",
]
MIDDLES = [
    '"We expect concrete steps within weeks," {a_short} told reporters after the talks.',
    "Officials said the two sides had been negotiating for {n} months without a breakthrough.",
    "The government said it would spend ${n} million on the programme over three years.",
    "Opposition lawmakers criticised the move, saying it had been rushed through without debate.",
    "A spokesman for the ministry declined to give details of the timetable.",
]
CLOSINGS = [
    "Further talks are planned for next month in {city}.",
    "Analysts said the step could ease tensions that have simmered since last year.",
    "Neither side commented on reports that a second meeting had been cancelled.",
]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


def articles(count: int, *, seed: int = 9) -> list[dict]:
    """``count`` distinct JSONL records ``{"id", "text", "date"}`` of three to four sentences."""
    rng = random.Random(seed)
    records = []
    for index in range(count):
        (a, country_a, city), (b, country_b, _) = rng.sample(PEOPLE, 2)
        fill = {
            "a": a, "b": b, "city": city, "country_a": country_a, "country_b": country_b,
            "a_short": a.split()[-1], "weekday": rng.choice(WEEKDAYS), "n": rng.randint(2, 900),
        }
        sentences = [rng.choice(OPENINGS), *rng.sample(MIDDLES, rng.randint(1, 2)), rng.choice(CLOSINGS)]
        # The serial number keeps every article distinct (the store keys articles by their text).
        text = " ".join(sentence.format(**fill) for sentence in sentences) + f" (Report {index + 1}.)"
        day = 1 + index % 28
        records.append({"id": f"wire-{index + 1:05d}", "text": text, "date": f"2024-{1 + index % 12:02d}-{day:02d}"})
    return records


@dataclass(frozen=True)
class Corrupt:
    """A corrupt JSONL line, a word its failure reason must contain, and what kind of corruption."""

    line: str
    reason: str
    kind: str = ""


def corrupt_record(kind: int, serial: int) -> Corrupt:
    """Corrupt record number ``kind`` (modulo :data:`CORRUPT_KINDS`), made distinct by ``serial``."""
    kinds = [
        Corrupt('{"id": "broken-%d", "text": "The minister said' % serial, "invalid JSON", "cut-json"),
        Corrupt("not json at all, line %d" % serial, "invalid JSON", "not-json"),
        Corrupt(json.dumps({"id": f"bad-date-{serial}", "text": "Talks resumed.", "date": "2024-02-31"}), "date", "impossible-date"),
        Corrupt(json.dumps({"id": f"bad-date-{serial}", "text": "Talks resumed.", "date": "last Tuesday"}), "date", "words-for-date"),
        Corrupt(json.dumps({"id": f"bad-date-{serial}", "text": "Talks resumed.", "published": 20240101}), "published", "number-for-date"),
        Corrupt(json.dumps([f"list-{serial}", "Talks resumed."]), "JSON object", "json-list"),
        Corrupt(json.dumps(f"a bare string {serial}"), "JSON object", "json-string"),
        Corrupt("null", "JSON object", "json-null"),
        Corrupt(json.dumps({"id": f"no-text-{serial}"}), '"text"', "no-text"),
        Corrupt(json.dumps({"id": f"empty-text-{serial}", "text": " \n\t "}), "empty", "blank-text"),
        Corrupt(json.dumps({"id": f"number-text-{serial}", "text": 42}), '"text"', "number-text"),
        Corrupt(json.dumps({"text": f"An article without an id ({serial})."}), '"id"', "no-id"),
        Corrupt(json.dumps({"id": {"nested": serial}, "text": "Talks resumed."}), '"id"', "object-id"),
        Corrupt('{"id": 1' + "0" * 5000 + ', "text": "A number too long to read."}', "invalid JSON", "huge-number"),
        Corrupt('{"id": "deep-%d", "text": %s}' % (serial, "[" * 100_000), "invalid JSON", "deep-nesting"),
    ]
    return kinds[kind % len(kinds)]


CORRUPT_KINDS = 15


@dataclass
class MixedCorpus:
    """JSONL lines, the ids of the good records, and the corrupt ones by line number (from 1)."""

    lines: list[str]
    good_ids: list[str]
    corrupt: dict[int, Corrupt]

    def text(self) -> str:
        return "".join(line + "\n" for line in self.lines)


def mixed_corpus(count: int, *, corrupt_share: float = 0.05, seed: int = 5) -> MixedCorpus:
    """``count`` records of which ``corrupt_share`` (rounded, at least one) are corrupt, at random lines."""
    rng = random.Random(seed)
    bad = max(1, round(count * corrupt_share))
    good = articles(count - bad, seed=seed)
    bad_lines = set(rng.sample(range(1, count + 1), bad))
    lines: list[str] = []
    corrupt: dict[int, Corrupt] = {}
    good_iter = iter(good)
    kinds = rng.sample(range(CORRUPT_KINDS), CORRUPT_KINDS)  # every kind once before any twice
    for number in range(1, count + 1):
        if number in bad_lines:
            corrupt[number] = corrupt_record(kinds[len(corrupt) % CORRUPT_KINDS], number)
            lines.append(corrupt[number].line)
        else:
            lines.append(json.dumps(next(good_iter), ensure_ascii=False))
    return MixedCorpus(lines, [record["id"] for record in good], corrupt)
