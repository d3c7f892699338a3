"""Rebuild the event verifier shipped in src/tidings/data/events/verifier.npz.

    pip install -e '.[train]'
    python training/train_event_verifier.py [--out src/tidings/data/events/verifier.npz]

Reads the judged events under bench/event_sample/: each set's events (``sample.jsonl``, or the
``*.events.jsonl`` of a whole-set census) joined with its readers' verdicts by fingerprint. Only the
sets of team-written stories (a directory with ``stories.jsonl``, and the census of those) are
trained on; the VOA judgements are the test. Before fitting on everything it prints, for each
team-written set left out in turn and for VOA, the area under the ROC curve and the share right
among the events kept at each floor, beside the share right of all events. No spaCy needed: the
features are those of the written events (:func:`tidings.verifier.verifier_features`).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy
from scipy.sparse import csr_matrix
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score

from tidings.eventmodel import N_BUCKETS, vectorise
from tidings.verifier import event_from_sample, verifier_features

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "bench" / "event_sample"
FLOORS = (0.3, 0.35, 0.4, 0.45, 0.5)
C = 0.3  # inverse L2 strength; 0.1 to 1.0 gave the same held-out figures


def read_jsonl(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def judged_sets(folder: Path) -> dict[str, tuple[bool, list[tuple[dict, bool]]]]:
    """name -> (team-written?, [(event, judged right)]), one verdict per event and story set."""
    pairs: list[tuple[str, bool, Path, Path]] = []
    for directory in sorted(p for p in folder.iterdir() if p.is_dir()):
        if (directory / "verdicts.jsonl").is_file() and (directory / "sample.jsonl").is_file():
            own = (directory / "stories.jsonl").is_file()
            pairs.append((directory.name, own, directory / "sample.jsonl", directory / "verdicts.jsonl"))
        for verdicts in sorted(directory.glob("*.verdicts.jsonl")):  # a census: every event of a set
            story_set = verdicts.name.split(".")[0]
            own = (folder / story_set / "stories.jsonl").is_file()
            pairs.append((story_set, own, verdicts.with_name(f"{story_set}.events.jsonl"), verdicts))
    if (folder / "verdicts.jsonl").is_file():
        pairs.append(("voa", False, folder / "sample.jsonl", folder / "verdicts.jsonl"))
    sets: dict[str, tuple[bool, dict[str, tuple[dict, bool]]]] = {}
    for name, own, events_path, verdicts_path in pairs:
        rows = {row["fingerprint"]: row for row in read_jsonl(events_path)}
        _, judged = sets.setdefault(name, (own, {}))
        for verdict in read_jsonl(verdicts_path):
            row = rows.get(verdict.get("fingerprint"))
            if row is not None:
                judged[verdict["fingerprint"]] = (event_from_sample(row), bool(verdict["right"]))
    return {name: (own, list(judged.values())) for name, (own, judged) in sets.items()}


def matrix(events: list[dict]) -> csr_matrix:
    rows, cols = [], []
    for i, event in enumerate(events):
        buckets = vectorise(verifier_features(event))
        rows += [i] * len(buckets)
        cols += buckets
    return csr_matrix((numpy.ones(len(rows)), (rows, cols)), shape=(len(events), N_BUCKETS))


def fit(pairs: list[tuple[dict, bool]]) -> LogisticRegression:
    model = LogisticRegression(C=C, max_iter=5000)
    model.fit(matrix([e for e, _ in pairs]), numpy.array([r for _, r in pairs]))
    return model


def report(name: str, model: LogisticRegression, pairs: list[tuple[dict, bool]]) -> str:
    right = numpy.array([r for _, r in pairs])
    scores = model.predict_proba(matrix([e for e, _ in pairs]))[:, 1]
    cells = [f"{name:<10} n={len(pairs):>4} right {right.mean():.2f} auc {roc_auc_score(right, scores):.2f}"]
    for floor in FLOORS:
        kept = scores >= floor
        share = right[kept].mean() if kept.any() else float("nan")
        cells.append(f"@{floor}: keep {kept.mean():.2f} right {share:.2f}")
    return " | ".join(cells)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--samples", type=Path, default=SAMPLES)
    parser.add_argument("--out", type=Path, default=ROOT / "src" / "tidings" / "data" / "events" / "verifier.npz")
    args = parser.parse_args()
    sets = judged_sets(args.samples)
    own = {name: pairs for name, (is_own, pairs) in sets.items() if is_own}
    voa = [pair for name, (is_own, pairs) in sets.items() if not is_own for pair in pairs]
    print("each team-written set left out of training in turn:")
    for name in sorted(own):
        rest = [pair for other, pairs in own.items() if other != name for pair in pairs]
        print(report(name, fit(rest), own[name]))
    everything = [pair for pairs in own.values() for pair in pairs]
    model = fit(everything)
    print("trained on every team-written set, tested on VOA (never trained on):")
    print(report("voa", model, voa))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    numpy.savez_compressed(args.out, weights=model.coef_[0].astype(numpy.float32),
                           bias=numpy.float32(model.intercept_[0]))
    print(f"wrote {args.out} ({len(everything)} judged events)")


if __name__ == "__main__":
    main()
