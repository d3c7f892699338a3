"""How well an event verifier separates right from wrong on judged samples it was not trained on.

    python bench/verifier_scores.py bench/event_sample/heldout14 bench/event_sample/fresh18
    git show 57a42ee:src/tidings/data/events/verifier.npz > /tmp/v.npz
    python bench/verifier_scores.py --model /tmp/v.npz bench/event_sample/heldout14   # as before a retraining
    python bench/verifier_scores.py --eval ../shared/data/plover_gsr.dev.jsonl           # what the floor costs

For each sample directory (``sample.jsonl`` and its readers' ``verdicts.jsonl``) it prints the share
right, the area under the ROC curve of the verifier's score, and how many events a floor keeps with
what share right. ``--model`` scores an older verifier (an ``.npz`` from the repository's history), so a
model can be judged on samples drawn after it was trained. ``--eval`` runs ``tidings eval``'s scoring on a
gold file with the shipped verifier's floor off and on, and counts the sentences whose main event it changes.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from tidings.verifier import EventVerifier, event_from_sample, load_verifier


def read_jsonl(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def auc(scores: list[tuple[float, bool]]) -> float:
    """The chance that a right event scores above a wrong one (ties count half)."""
    right = [p for p, ok in scores if ok]
    wrong = [p for p, ok in scores if not ok]
    pairs = len(right) * len(wrong)
    return sum((a > b) + 0.5 * (a == b) for a in right for b in wrong) / pairs if pairs else float("nan")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("samples", type=Path, nargs="*", help="bench/event_sample/<set> directories")
    parser.add_argument("--eval", type=Path, help="a gold file for tidings eval, scored with the floor off and on")
    parser.add_argument("--model", type=Path, help="a verifier .npz (default: the shipped one)")
    parser.add_argument("--floor", type=float, default=0.35)
    args = parser.parse_args()
    verifier = EventVerifier.from_npz(args.model) if args.model else load_verifier()
    if verifier is None:
        raise SystemExit("no verifier: train one with training/train_event_verifier.py")
    for folder in args.samples:
        rows = {row["fingerprint"]: row for row in read_jsonl(folder / "sample.jsonl")}
        scores = [(verifier.probability(event_from_sample(rows[v["fingerprint"]])), bool(v["right"]))
                  for v in read_jsonl(folder / "verdicts.jsonl") if v["fingerprint"] in rows]
        kept = [ok for p, ok in scores if p >= args.floor]
        print(f"{folder.name:<10} n={len(scores)} right {sum(ok for _, ok in scores)}/{len(scores)}  "
              f"auc {auc(scores):.2f}  floor {args.floor}: keeps {len(kept)}, right {sum(kept)}/{len(kept)}")
    if args.eval:
        dev_eval(args.eval, args.floor)


def dev_eval(gold: Path, floor: float) -> None:
    """Top-1 type accuracy with the shipped verifier's floor off and on (it needs the spaCy model)."""
    import tidings
    from tidings.evaluate import predict, read_gold, score, top_event

    records = read_gold(gold)
    nlp = tidings.load()
    off = predict(records, nlp)
    nlp.get_pipe("tidings_events").min_verified = floor
    on = predict(records, nlp)
    changed = [(r, a) for r, a, b in zip(records, off, on)
               if top_event(a) is not None and (top_event(b) or {}).get("type") != top_event(a)["type"]]
    right = sum(top_event(a)["type"] == r.type for r, a in changed)
    print(f"{gold.name}: top-1 {score(records, off)['top1_accuracy']:.3f} with the floor off, "
          f"{score(records, on)['top1_accuracy']:.3f} at {floor}; the floor changes or drops the main event of "
          f"{len(changed)} of {len(records)} sentences, {right} of them of the right type")


if __name__ == "__main__":
    main()
