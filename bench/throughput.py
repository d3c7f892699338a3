"""Throughput of the tidings pipeline against bare spaCy, in one process, on the same texts.

    python bench/throughput.py [--corpus ../shared/data/voa_stories.jsonl] [--limit N] [--repeat R]

Prints articles/s and words/s for:
  - spaCy with thinc's default (blis) ops,
  - spaCy with tidings' numpy-matmul ops (what tidings uses),
  - the full tidings pipeline,
then the cost of each tidings stage as a ratio to spaCy's own time, peak memory (max RSS), and on the
last line ``ratio R``: full-pipeline throughput divided by bare spaCy's (matmul ops), same run.
Every timing is the best of --repeat runs, so a busy neighbour process skews less.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from pathlib import Path

from thinc.api import NumpyOps

from tidings.extract import RawArticle, make_doc
from tidings.pipeline import STAGES, NumpyMatmulOps, load, set_ops
from tidings.schema import Article

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "data" / "voa_stories.jsonl"


def read_corpus(path: Path, limit: int | None) -> list[tuple[str, str | None]]:
    rows = []
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            date = (record.get("published") or record.get("date") or "")[:10] or None
            rows.append((record["text"], date))
            if limit and len(rows) >= limit:
                break
    return rows


def best_of(repeat: int, run) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return min(times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--limit", type=int, default=None, help="Only the first N articles.")
    parser.add_argument("--repeat", type=int, default=2, help="Best of this many runs per timing.")
    args = parser.parse_args(argv)
    if not args.corpus.exists():
        print(f"corpus {args.corpus} not found", file=sys.stderr)
        return 2

    corpus = read_corpus(args.corpus, args.limit)
    texts = [text for text, _ in corpus]
    nlp = load()
    words = sum(len(text.split()) for text in texts)
    spacy_pipes = [name for name in nlp.pipe_names if not name.startswith("tidings_")]

    def make_docs():
        return [make_doc(nlp, RawArticle(Article(id=str(i), date=date), text)) for i, (text, date) in enumerate(corpus)]

    def run_spacy():
        with nlp.select_pipes(enable=spacy_pipes):
            for _doc in nlp.pipe(make_docs()):
                pass

    def run_full():
        for _doc in nlp.pipe(make_docs()):
            pass

    run_full()  # warm-up: lazy tables, caches

    set_ops(nlp, NumpyOps(use_blis=True))
    t_blis = best_of(args.repeat, run_spacy)
    set_ops(nlp, NumpyMatmulOps())
    t_spacy = best_of(args.repeat, run_spacy)
    t_full = best_of(args.repeat, run_full)

    # Each stage on its own, on docs that already went through spaCy and the stages before it.
    with nlp.select_pipes(enable=spacy_pipes):
        parsed = list(nlp.pipe(make_docs()))
    stage_times: dict[str, float] = {}
    for stage in STAGES:
        component = nlp.get_pipe(stage)
        start = time.perf_counter()
        parsed = [component(doc) for doc in parsed]
        stage_times[stage] = time.perf_counter() - start

    n = len(texts)
    print(f"corpus: {args.corpus.name}, {n} articles, {words:,} words; best of {args.repeat}")
    print(f"{'run':<28}{'seconds':>9}{'articles/s':>12}{'words/s':>10}")
    for label, seconds in (
        ("spaCy, blis ops", t_blis),
        ("spaCy, numpy-matmul ops", t_spacy),
        ("tidings, full pipeline", t_full),
    ):
        print(f"{label:<28}{seconds:>9.2f}{n / seconds:>12.2f}{words / seconds:>10.0f}")
    print(f"numpy-matmul ops speed-up over blis: {t_blis / t_spacy:.2f}x")
    print("stage cost as a share of spaCy's own time:")
    for stage, seconds in stage_times.items():
        print(f"  {stage:<22}{seconds:>8.3f} s  {seconds / t_spacy:>6.1%}")
    print(f"  {'all stages':<22}{sum(stage_times.values()):>8.3f} s  {sum(stage_times.values()) / t_spacy:>6.1%}")
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory (max RSS): {peak_mb:.0f} MB")
    print(f"ratio {t_spacy / t_full:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
