"""Who did it to whom: how often tidings' source and target agree with the team's labelled sentences.

    python bench/roles.py                       # all of training/events/, about 25 s
    python bench/roles.py --errors roles.jsonl  # also write every disagreement, to read

The team wrote 6,683 one-event sentences in ``training/events/`` with the trigger, the source and
the target spans and their country codes. For each event-bearing sentence this script runs the
pipeline (``tidings.load()``, the path ``tidings extract`` takes), takes the event whose trigger
overlaps the labelled trigger, and compares the *sets of country codes* of its source and target
with the labels. Reciprocal types are compared on all participants together (for CONSULT and
COOPERATE the conventions allow both "A and B as source" and "A -> B"). A labelled target with no
predicted one is a miss; a predicted target where the label has none is a spurious one.

What the figures are and are not: the labels were written by the team, one event per sentence,
without the story around it (so an unnamed actor whose country only the story gives counts as a
disagreement); some labels disagree with the conventions (places as targets). The type model is
trained on these sentences, so the type agreement is in-sample; the roles come from rules, which
were read against these sentences' disagreements from the tenth session on, so the role figures
are development figures too. They are for comparing two versions of the code in one run, not a
claim of accuracy: that is what the judged samples in ``bench/event_sample`` are for.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "training" / "events"
RECIPROCAL = frozenset({"CONSULT", "COOPERATE"})


def labelled_events(folder: Path) -> list[dict]:
    records = []
    for path in sorted(folder.glob("*.jsonl")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            record = json.loads(line)
            if record["type"] != "NONE" and record.get("trigger"):
                record["where"] = f"{path.name}:{number}"
                records.append(record)
    return records


def codes(values) -> set[str]:
    return {value for value in values if value}


def compare(record: dict, event: dict) -> dict:
    """The agreement of one predicted event with its labelled sentence."""
    gold_source, gold_target = codes(record["source_codes"]), codes(record["target_codes"])
    source = codes(a["country"] for a in event["source"])
    target = codes(a["country"] for a in event["target"])
    if record["type"] in RECIPROCAL or event["type"] in RECIPROCAL:
        same = gold_source | gold_target == source | target
        return {"source": same, "target": same, "target_kind": "ok" if same else "wrong"}
    if target == gold_target:
        kind = "ok"
    elif not target:
        kind = "missing"
    elif not gold_target:
        kind = "spurious"
    else:
        kind = "wrong"
    return {"source": source == gold_source, "target": target == gold_target, "target_kind": kind}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--errors", type=Path, help="Write each disagreement here (JSONL).")
    args = parser.parse_args(argv)

    import tidings
    from tidings.extract import RawArticle, process
    from tidings.schema import Article

    records = labelled_events(args.corpus)
    nlp = tidings.load()
    articles = [RawArticle(Article(id=r["where"], date="2025-06-01"), r["text"]) for r in records]
    counts: Counter[str] = Counter()
    by_type: dict[str, Counter[str]] = {}
    errors = []
    for record, (result, failure) in zip(records, process(articles, nlp, batch_size=64), strict=True):
        counts["labelled"] += 1
        events = [] if failure else [e.model_dump() for e in result.events]
        start = record["text"].find(record["trigger"])
        end = start + len(record["trigger"])
        found = [e for e in events if e["start"] < end and e["end"] > start]
        if not found:
            counts["no event at the trigger"] += 1
            continue
        event = found[0]
        verdict = compare(record, event)
        tally = by_type.setdefault(record["type"], Counter())
        for counter in (counts, tally):
            counter["matched"] += 1
            counter["type"] += event["type"] == record["type"]
            counter["source"] += verdict["source"]
            counter["target"] += verdict["target"]
            counter["both"] += verdict["source"] and verdict["target"]
            counter[f"target {verdict['target_kind']}"] += 1
        if not (verdict["source"] and verdict["target"]):
            errors.append({"where": record["where"], "text": record["text"], "trigger": record["trigger"],
                           "type": record["type"], "predicted_type": event["type"],
                           "source": list(zip(record["source"], record["source_codes"])),
                           "target": list(zip(record["target"], record["target_codes"])),
                           "predicted_source": [(a["name"], a["country"], a["sector"]) for a in event["source"]],
                           "predicted_target": [(a["name"], a["country"], a["sector"]) for a in event["target"]]})
    matched = counts["matched"] or 1
    print(f"labelled events: {counts['labelled']}, with an event at the trigger: {counts['matched']} "
          f"({counts['matched'] / max(counts['labelled'], 1):.1%})")
    for key in ("type", "source", "target", "both"):
        print(f"{key:>8} agrees: {counts[key] / matched:.3f}")
    print("targets: " + ", ".join(f"{kind} {counts['target ' + kind] / matched:.3f}"
                                   for kind in ("ok", "missing", "spurious", "wrong")))
    print("\nper type        n  source  target    both")
    for type_, tally in sorted(by_type.items()):
        n = tally["matched"]
        print(f"{type_:<10} {n:>6}  {tally['source'] / n:.3f}   {tally['target'] / n:.3f}   {tally['both'] / n:.3f}")
    if args.errors:
        args.errors.write_text("".join(json.dumps(e, ensure_ascii=False) + "\n" for e in errors), encoding="utf-8")
        print(f"\n{len(errors)} disagreements written to {args.errors}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
