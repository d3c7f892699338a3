"""A random sample of extracted events from the VOA corpus, judged by a careful reader.

    python bench/event_sample.py                 # run the pipeline, draw the sample, score it
    python bench/event_sample.py --events out.jsonl   # reuse `tidings extract` output instead
    python bench/event_sample.py --score-only    # re-score the committed sample.jsonl, no pipeline run
    python bench/event_sample.py --check         # exit 1 if any sampled event lacks a verdict

What it does, in order:

1. Runs the current pipeline (``tidings.load()`` and ``tidings.extract.process``, the same code
   path as ``tidings extract``) over ``../shared/data/voa_stories.jsonl``, or reads the
   ``ArticleResult`` lines of a previous ``tidings extract --format jsonl`` run (``--events``).
2. Prints the rate of events per article (total, mean, median, share of articles with none,
   events per 1,000 words) and the type mix.
3. Draws the sample: every event gets a *fingerprint* (sha256 of article id, sentence, trigger and
   its offset, type, and the source and target country/sector codes), and the sample is the
   ``--size`` events (default 60) with the smallest ``sha256(seed + ":" + fingerprint)``. This is
   a uniform random sample (bottom-k sampling by a keyed hash; the seed is ``SEED`` below, fixed
   and documented), reproducible from the output alone, and *stable under code changes*: an event
   whose fingerprint survives a change keeps its place in the draw, so after a change only the
   events that are new to the sample need a verdict. Writes ``bench/event_sample/sample.jsonl``.
4. Reads ``bench/event_sample/verdicts.jsonl`` (one verdict per fingerprint, written by a person),
   reports judged right (type and actors), type right and actors right over the sample, and lists
   the sampled events that have no verdict yet.

A verdict line is ``{"fingerprint", "type_right", "actors_right", "right", "correct_type", "why"}``;
``right`` is ``type_right and actors_right``. What "right" means: ``bench/event_sample/README.md``.
Verdicts for events that have left the sample are kept (they may come back) and counted as stale.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import statistics
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from tidings.schema import EVENT_FLAGS

HERE = Path(__file__).resolve().parent
OUT_DIR = HERE / "event_sample"
DEFAULT_CORPUS = HERE.parents[1] / "shared" / "data" / "voa_stories.jsonl"
# The seed of the draw. Changing it draws a different sample and voids the reuse of verdicts;
# keep it unless the sample itself is being replaced on purpose (and say so in the README).
SEED = "tidings-voa-event-sample-2025"
SAMPLE_SIZE = 60

Record = dict[str, Any]


# ---------------------------------------------------------------------------------------------
# Reading events


def run_pipeline(corpus: Path) -> list[Record]:
    """Article results (as dicts) from the current pipeline over a JSONL corpus."""
    import tidings  # imported here so --events runs without loading spaCy
    from tidings.extract import process
    from tidings.readers import read_inputs

    nlp = tidings.load()
    results = []
    for result, failure in process(read_inputs([str(corpus)]), nlp):
        if failure is not None:
            print(f"warning: {failure.id}: {failure.reason}", file=sys.stderr)
            continue
        results.append(result.model_dump())
    return results


def read_results(path: Path) -> list[Record]:
    """Article results from a ``tidings extract --format jsonl`` file; error records are skipped."""
    with open(path, encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle if line.strip()]
    return [row for row in rows if "events" in row or "actors" in row]


def corpus_words(corpus: Path) -> dict[str, int]:
    """Whitespace word counts per article id, for the events-per-1,000-words rate."""
    if not corpus.exists():
        return {}
    words = {}
    with open(corpus, encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            words[str(record["id"])] = len(record.get("text", "").split())
    return words


# ---------------------------------------------------------------------------------------------
# Fingerprints and the draw


def actor_codes(actors: Iterable[Record]) -> list[str]:
    """``COUNTRY/SECTOR`` per actor, in order (``-`` for a missing code)."""
    return [f"{actor.get('country') or '-'}/{actor.get('sector') or '-'}" for actor in actors]


def fingerprint(article_id: str, event: Record) -> str:
    """A stable id for an event: same article, sentence, trigger, type and actor codes -> same id.

    The trigger offset is included so two triggers with the same word in one sentence differ; the
    article texts never change, so offsets are stable. Names and modes are left out on purpose:
    the verdict judges type and actor codes, so a renamed actor keeps its verdict.
    """
    parts = [
        article_id,
        event["text"],
        event["trigger"],
        str(event["start"]),
        event["type"],
        ";".join(actor_codes(event.get("source") or [])),
        ";".join(actor_codes(event.get("target") or [])),
    ]
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:16]


def draw_key(seed: str, print_: str) -> str:
    """The random rank of an event in the draw: a keyed hash, independent of its content."""
    return hashlib.sha256(f"{seed}:{print_}".encode()).hexdigest()


def flags(event: Record) -> list[str]:
    return [name for name in EVENT_FLAGS if event.get(name)]


def actor_view(actor: Record) -> Record:
    return {"name": actor.get("name"), "country": actor.get("country"), "sector": actor.get("sector")}


def sample_row(article: Record, event: Record, print_: str) -> Record:
    """One line of sample.jsonl: what a reader needs to judge the event."""
    reported = event.get("reported_by")
    return {
        "fingerprint": print_,
        "article": article["article"]["id"],
        "title": article["article"].get("title"),
        "sentence_index": event["sentence"],
        "sentence": event["text"],
        "trigger": event["trigger"],
        "type": event["type"],
        "mode": event.get("mode"),
        "cameo": event.get("cameo"),
        "source": [actor_view(actor) for actor in event.get("source") or []],
        "target": [actor_view(actor) for actor in event.get("target") or []],
        "reported_by": actor_view(reported) if reported else None,
        "flags": flags(event),
        "confidence": event.get("confidence"),
    }


def all_events(results: list[Record]) -> Iterator[tuple[Record, Record, str]]:
    """Every (article, event, fingerprint), duplicates of one fingerprint dropped."""
    seen: set[str] = set()
    for article in results:
        for event in article.get("events") or []:
            print_ = fingerprint(article["article"]["id"], event)
            if print_ not in seen:
                seen.add(print_)
                yield article, event, print_


def draw(results: list[Record], size: int, seed: str) -> list[Record]:
    """The ``size`` events with the smallest keyed hash, in corpus order."""
    ranked = sorted(all_events(results), key=lambda item: draw_key(seed, item[2]))[:size]
    order = {id(article): i for i, article in enumerate(results)}
    ranked.sort(key=lambda item: (order[id(item[0])], item[1]["start"]))
    return [sample_row(article, event, print_) for article, event, print_ in ranked]


# ---------------------------------------------------------------------------------------------
# Figures


def rate_figures(results: list[Record], words: dict[str, int]) -> Record:
    """Events per article over the corpus."""
    counts = [len(article.get("events") or []) for article in results]
    total_words = sum(words.get(article["article"]["id"], 0) for article in results)
    return {
        "articles": len(counts),
        "events": sum(counts),
        "mean": round(statistics.mean(counts), 2) if counts else 0.0,
        "median": statistics.median(counts) if counts else 0,
        "max": max(counts, default=0),
        "zero_share": round(sum(1 for n in counts if n == 0) / len(counts), 3) if counts else 0.0,
        "per_1000_words": round(1000 * sum(counts) / total_words, 2) if total_words else None,
        "flagged": dict(Counter(flag for a in results for e in a.get("events") or [] for flag in flags(e))),
        "types": dict(Counter(e["type"] for a in results for e in a.get("events") or []).most_common()),
    }


def read_verdicts(path: Path) -> dict[str, Record]:
    if not path.exists():
        return {}
    verdicts = {}
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            verdict = json.loads(line)
            if verdict["right"] != (verdict["type_right"] and verdict["actors_right"]):
                raise SystemExit(f"{path}:{number}: right must equal type_right and actors_right")
            verdicts[verdict["fingerprint"]] = verdict
    return verdicts


def wilson_interval(count: int, n: int, z: float = 1.96) -> tuple[float, float]:
    """95% Wilson score interval of a proportion: with 60 events the figure is only good to ~10 points."""
    if not n:
        return 0.0, 0.0
    p = count / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * ((p * (1 - p) / n + z * z / (4 * n * n)) ** 0.5) / (1 + z * z / n)
    return max(0.0, centre - half), min(1.0, centre + half)


def score(sample: list[Record], verdicts: dict[str, Record]) -> Record:
    """Counts and shares of right / type right / actors right over the judged sampled events."""
    judged = [verdicts[row["fingerprint"]] for row in sample if row["fingerprint"] in verdicts]
    n = len(judged)

    def share(key: str) -> Record:
        count = sum(1 for verdict in judged if verdict[key])
        low, high = wilson_interval(count, n)
        return {"count": count, "of": n, "percent": round(100 * count / n, 1) if n else None,
                "ci95": [round(100 * low, 1), round(100 * high, 1)] if n else None}

    sampled = {row["fingerprint"] for row in sample}
    # the events a count in the store includes: neither negated nor hypothetical (store/ingest.py
    # is_countable; conventions §2: datasets drop negated events by default)
    countable = [verdicts[row["fingerprint"]] for row in sample if row["fingerprint"] in verdicts
                 and not {"negated", "hypothetical"} & set(row.get("flags") or ())]
    counted_right = sum(1 for verdict in countable if verdict["right"])
    low, high = wilson_interval(counted_right, len(countable))
    return {
        "sample": len(sample),
        "judged": n,
        "right": share("right"),
        "type_right": share("type_right"),
        "actors_right": share("actors_right"),
        "countable_right": {"count": counted_right, "of": len(countable),
                            "percent": round(100 * counted_right / len(countable), 1) if countable else None,
                            "ci95": [round(100 * low, 1), round(100 * high, 1)] if countable else None},
        "pending": [row for row in sample if row["fingerprint"] not in verdicts],
        "false_events": sum(1 for verdict in judged if verdict["correct_type"] == "no event"),
        "stale_verdicts": sum(1 for print_ in verdicts if print_ not in sampled),
        "wrong_by_type": dict(Counter(
            row["type"] for row in sample
            if row["fingerprint"] in verdicts and not verdicts[row["fingerprint"]]["type_right"]
        ).most_common()),
    }


def read_jsonl(path: Path) -> list[Record]:
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def write_jsonl(path: Path, rows: Iterable[Record]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")


def report(rates: Record, scored: Record) -> str:
    lines = [
        f"articles {rates['articles']}  events {rates['events']}  per article: mean {rates['mean']}"
        f"  median {rates['median']}  max {rates['max']}  zero-event articles {100 * rates['zero_share']:.1f}%"
        f"  per 1,000 words {rates['per_1000_words']}",
        "flags " + ", ".join(f"{k} {v}" for k, v in sorted(rates["flagged"].items())),
        "types " + ", ".join(f"{k} {v}" for k, v in rates["types"].items()),
        f"sample {scored['sample']}  judged {scored['judged']}  stale verdicts {scored['stale_verdicts']}",
    ]
    for key, label in (("right", "judged right"), ("type_right", "type right"), ("actors_right", "actors right")):
        part = scored[key]
        if part["of"]:
            lines.append(f"{label:13} {part['count']}/{part['of']}  {part['percent']}%"
                         f"  (95% CI {part['ci95'][0]}-{part['ci95'][1]}%)")
    part = scored.get("countable_right")
    if part and part["of"]:
        lines.append(f"right among counted events (not negated, not hypothetical) {part['count']}/{part['of']}"
                     f"  {part['percent']}%  (95% CI {part['ci95'][0]}-{part['ci95'][1]}%)")
    if scored["judged"]:
        lines.append(f"false events (judged 'no event') {scored['false_events']}/{scored['judged']}")
    if scored["wrong_by_type"]:
        lines.append("wrong type, by emitted type: " + ", ".join(f"{k} {v}" for k, v in scored["wrong_by_type"].items()))
    if scored["pending"]:
        lines.append(f"{len(scored['pending'])} sampled events have no verdict yet:")
        for row in scored["pending"]:
            src = ",".join(f"{a['country']}/{a['sector']}" for a in row["source"]) or "-"
            tgt = ",".join(f"{a['country']}/{a['sector']}" for a in row["target"]) or "-"
            lines.append(
                f"  {row['fingerprint']}  {row['type']}/{row['mode']} '{row['trigger']}' {src} -> {tgt}"
                f"  [{row['article']}] {row['sentence']}"
            )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--events", type=Path, help="ArticleResult JSONL from `tidings extract` (skip the run).")
    parser.add_argument("--size", type=int, default=SAMPLE_SIZE)
    parser.add_argument("--seed", default=SEED)
    parser.add_argument("--out", type=Path, default=OUT_DIR, help="Where sample.jsonl and verdicts.jsonl live.")
    parser.add_argument("--dump-all", type=Path, help="Also write every event (sample-row shape) here.")
    parser.add_argument("--save-results", type=Path, help="Also write the article results here (for --events).")
    parser.add_argument("--score-only", action="store_true",
                        help="Score the existing sample.jsonl (rates from summary.json); no pipeline run, no redraw.")
    parser.add_argument("--check", action="store_true", help="Exit 1 when a sampled event has no verdict.")
    args = parser.parse_args(argv)

    if args.score_only:
        sample = read_jsonl(args.out / "sample.jsonl")
        previous = json.loads((args.out / "summary.json").read_text(encoding="utf-8"))
        rates, args.seed, args.size = previous["rates"], previous["seed"], previous["size"]
    else:
        if args.events is None and not args.corpus.exists():
            print(f"corpus {args.corpus} not found", file=sys.stderr)
            return 2
        results = read_results(args.events) if args.events else run_pipeline(args.corpus)
        rates = rate_figures(results, corpus_words(args.corpus))
        sample = draw(results, args.size, args.seed)
        write_jsonl(args.out / "sample.jsonl", sample)
        if args.dump_all:
            write_jsonl(args.dump_all, (sample_row(a, e, p) for a, e, p in all_events(results)))
        if args.save_results:
            write_jsonl(args.save_results, results)
    scored = score(sample, read_verdicts(args.out / "verdicts.jsonl"))
    summary = {"seed": args.seed, "size": args.size, "rates": rates,
               **{k: v for k, v in scored.items() if k != "pending"},
               "pending": [row["fingerprint"] for row in scored["pending"]]}
    (args.out / "summary.json").write_text(json.dumps(summary, indent=1) + "\n", encoding="utf-8")
    print(report(rates, scored))
    return 1 if args.check and scored["pending"] else 0


if __name__ == "__main__":
    sys.exit(main())
