"""Score the whole-set verdicts of this folder: python bench/event_sample/census11/score.py"""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

for verdicts in sorted(HERE.glob("*.verdicts.jsonl")):
    rows = [json.loads(line) for line in verdicts.read_text(encoding="utf-8").splitlines() if line.strip()]
    events = {json.loads(line)["fingerprint"] for line in
              verdicts.with_name(verdicts.name.replace(".verdicts", ".events")).read_text(encoding="utf-8").splitlines()}
    assert {row["fingerprint"] for row in rows} == events, f"{verdicts.name}: verdicts and events differ"
    n = len(rows)
    right, types, actors = (sum(row[key] for row in rows) for key in ("right", "type_right", "actors_right"))
    no_event = sum(row["correct_type"] == "no event" for row in rows)
    print(f"{verdicts.name.split('.')[0]:9} {n:4} events  right {right} ({right / n:.0%})  type {types}  "
          f"actors {actors}  no event {no_event}")
