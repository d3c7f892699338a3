"""Memory stays flat while a large input streams through the parallel runner.

    python bench/streaming.py [--articles 100000] [--workers 2] [--prefix 200] [--every 5000]

1. Writes a synthetic JSONL of ``--articles`` wire-style articles (generated on the fly from
   templates, about 700 characters each) to a temporary directory.
2. **No-op run.** Reads it with tidings' reader (``read_inputs``) and sends it through the exact
   code ``run(..., workers=N)`` uses (``runner._run_pool``: batches, a bounded window of
   ``2 x workers`` batches in flight, results back in input order) with a stand-in job that only
   tokenises each article (``spacy.blank("en")``) and returns an empty ``ArticleResult``. The NLP
   is left out so that 100,000 articles take a minute, not hours: what is measured is the memory
   of the reader, the runner and the worker processes, not the model. The consumer drops each
   result, as a writer does once it has written it.
3. **Real prefix.** The first ``--prefix`` articles of the same file through the full pipeline
   with ``run(..., workers=N)``.
4. **Contrast.** The whole input read into a list (what a non-streaming runner would hold).

What is measured: the resident set size (``VmRSS`` in ``/proc/<pid>/status``, Linux) of this
process ("main": reader + runner + consumer) and of its worker processes (the children of this
process, summed), sampled every ``--every`` results, with ``VmHWM`` (peak RSS) of this process at
the end. Flat means: the main RSS after the first sample does not grow with the number of
articles read.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import random
import tempfile
import time
from pathlib import Path

from tidings.readers import read_inputs
from tidings.runner import _run_pool, run
from tidings.schema import ArticleResult

LEADERS = ["the prime minister", "the foreign minister", "the defence minister", "the president",
           "the interior minister", "the trade minister", "the opposition leader", "the mayor"]
COUNTRIES = ["Kenya", "Peru", "Vietnam", "Poland", "Ghana", "Chile", "Nepal", "Morocco", "Norway",
             "Indonesia", "Colombia", "Senegal", "Portugal", "Jordan", "Mongolia", "Uruguay"]
CITIES = ["the capital", "a northern port", "a border town", "the second city", "a coastal province"]
ACTIONS = ["met his counterpart from {other} to discuss trade and energy",
           "accused {other} of stalling talks on a fishing agreement",
           "announced {n} million dollars in aid for farmers hit by drought",
           "called on {other} to release {n} detained fishermen",
           "signed an agreement with {other} on a new rail link",
           "rejected a proposal from {other} to share the cost of a dam"]
CLOSERS = ["Officials said further talks were planned for next month.",
           "Neither side gave details of the timetable.",
           "Opposition lawmakers criticised the move in parliament on Wednesday.",
           "Analysts said the step could ease tensions in the region.",
           "A spokesman said the government would publish the text later this week."]


def synthetic_records(count: int, seed: int = 7):
    """``count`` JSONL records made from the templates above; deterministic for a seed."""
    rng = random.Random(seed)
    for n in range(count):
        country, other = rng.sample(COUNTRIES, 2)
        sentences = []
        for _ in range(4):
            action = rng.choice(ACTIONS).format(other=rng.choice(COUNTRIES), n=rng.randint(2, 90))
            sentences.append(f"{rng.choice(LEADERS).capitalize()} of {country} {action} in {rng.choice(CITIES)}.")
        sentences.append(rng.choice(CLOSERS))
        day = 1 + n % 28
        yield {"id": f"syn-{n:06d}", "date": f"2024-02-{day:02d}", "source": "Synthetic Wire",
               "title": f"{country} and {other}", "text": " ".join(sentences)}


def write_corpus(path: Path, count: int) -> int:
    with path.open("w", encoding="utf-8") as handle:
        for record in synthetic_records(count):
            handle.write(json.dumps(record) + "\n")
    return path.stat().st_size


class TokeniseOnlyJob:
    """A stand-in for :class:`tidings.runner.BatchJob`: tokenise, return an empty result."""

    def setup(self) -> None:
        self.nlp  # noqa: B018  (load now, like the real job)

    @property
    def nlp(self):
        global _BLANK
        if _BLANK is None:
            import spacy

            _BLANK = spacy.blank("en")
        return _BLANK

    def __call__(self, batch):
        outputs = []
        for item in batch:
            if hasattr(item, "text"):
                self.nlp.make_doc(item.text)
                outputs.append((ArticleResult(article=item.meta), None))
            else:
                outputs.append((item.as_result(), item))
        return outputs


_BLANK = None


def rss_mb(pid: int | str = "self", field: str = "VmRSS") -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def children_rss_mb() -> tuple[int, float]:
    """Number of this process's children and their summed RSS (the resource tracker included)."""
    me = str(os.getpid())
    count, total = 0, 0.0
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if fields[1] == me:
                count += 1
                total += rss_mb(entry.name)
    return count, total


def sample(outputs, every: int, started: float):
    """Consume ``outputs``, printing a memory sample every ``every`` results; returns main RSS samples."""
    samples = []
    done = 0
    print("| results | seconds | main RSS MB | workers | workers RSS MB |")
    print("|---|---|---|---|---|")
    for _result, _failure in outputs:
        done += 1
        if done % every == 0:
            count, workers = children_rss_mb()
            main = rss_mb()
            samples.append(main)
            print(f"| {done:,} | {time.perf_counter() - started:.0f} | {main:.1f} | {count} | {workers:.1f} |")
    return done, samples


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--batch-size", type=int, default=16)
    parser.add_argument("--every", type=int, default=5_000, help="Sample memory every N results.")
    parser.add_argument("--prefix", type=int, default=200, help="Articles through the full pipeline (0: skip).")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="tidings-streaming-") as tmp:
        path = Path(tmp, "synthetic.jsonl")
        start = time.perf_counter()
        size = write_corpus(path, args.articles)
        print(f"wrote {args.articles:,} articles, {size / 1e6:.0f} MB, in {time.perf_counter() - start:.0f} s; "
              f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f}; main RSS before: {rss_mb():.0f} MB\n")

        print(f"No-op run (tokenise only), {args.workers} workers, batches of {args.batch_size}, "
              f"window {2 * args.workers} batches:")
        start = time.perf_counter()
        outputs = _run_pool(read_inputs([str(path)]), args.workers, TokeniseOnlyJob(), args.batch_size,
                            2 * args.workers, None)
        done, samples = sample(outputs, args.every, start)
        seconds = time.perf_counter() - start
        steady = samples[1:] or samples
        print(f"\n{done:,} results in {seconds:.0f} s ({done / seconds:,.0f}/s); main RSS from the 2nd sample on: "
              f"min {min(steady):.1f} MB, max {max(steady):.1f} MB (growth {max(steady) - min(steady):+.1f} MB); "
              f"peak (VmHWM) {rss_mb(field='VmHWM'):.0f} MB\n")

        if args.prefix:
            print(f"Full pipeline on the first {args.prefix} articles, run(workers={args.workers}):")
            start = time.perf_counter()
            prefix = itertools.islice(read_inputs([str(path)]), args.prefix)
            done, _ = sample(run(prefix, workers=args.workers, batch_size=args.batch_size),
                             max(1, args.prefix // 4), start)
            seconds = time.perf_counter() - start
            print(f"\n{done} articles in {seconds:.0f} s, model loads included ({done / seconds:.1f}/s)\n")

        before = rss_mb()
        everything = list(read_inputs([str(path)]))
        print(f"Contrast: the whole input as a list of {len(everything):,} items: main RSS {before:.0f} -> "
              f"{rss_mb():.0f} MB (+{rss_mb() - before:.0f} MB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
