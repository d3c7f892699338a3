"""Ingest at scale: the VOA stories 50 times over through `tidings ingest`, in bounded memory.

    python bench/ingest_scale.py [--copies 50] [--workers 2] [--db /tmp/tidings-ingest-scale.duckdb]
                                 [--corpus ../shared/data/voa_stories.jsonl] [--every 1.0]

1. **The corpus**, written to a temporary JSONL one record at a time (never held in memory): copy
   ``k`` of every story gets the id ``<id>-c<k>``, a publication date ``k`` weeks later (so events
   dated "on Friday" fall on other days, as new news would, while events with a written date
   still meet their copies in the deduplication), and a last line ``Archive copy <tag>.`` (words,
   no digits) that makes its text, hence its content hash, new. That line was checked to add no
   actor, event, quantity, date or place: each copy is extracted like the original.
2. **The real command**, ``python -m tidings ingest CORPUS --db DB --workers N``, in a subprocess
   whose stderr is a pseudo-terminal, so it draws its progress bar; the bench reads the bar to know
   how many articles are done.
3. **Memory**, sampled every ``--every`` seconds: the resident set size of the command (reader,
   runner, store writer, DuckDB) and of its worker processes (psutil when installed, else
   ``/proc``). Printed at 10%, 25%, 50%, 75% and 100% of the articles, then the peak during the
   final deduplication pass and overall. Flat means: the command's RSS at 100% is about its RSS at
   10% (the model is loaded before the first article is done, so 10% is past the start-up).

Then the store is opened and checked: every article stored once, and the counts. Not a test.
With ``--copies 1`` it runs in about a minute; 50 copies (4,450 articles) take about 25 minutes
on one free core. The figures of the last full run are in docs/store.md (Performance).
"""

from __future__ import annotations

import argparse
import fcntl
import json
import os
import pty
import re
import struct
import subprocess
import sys
import tempfile
import termios
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "data" / "voa_stories.jsonl"
WORDS = ("alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india", "juliett")
CHECKPOINTS = (0.10, 0.25, 0.50, 0.75, 1.00)
_PROGRESS = re.compile(r"(\d+)/(\d+)")
_ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")


# --- 1. the corpus, streamed to disk ----------------------------------------------------------------


def copy_tag(copy: int) -> str:
    """A copy's number in words ("bravo-delta" for 13): new text, no number for the pipeline to read."""
    return "-".join(WORDS[int(digit)] for digit in f"{copy:02d}")


def shifted_date(value: str | None, weeks: int) -> str | None:
    import datetime as dt

    if not value:
        return value
    day = dt.date.fromisoformat(value[:10]) + dt.timedelta(weeks=weeks)
    return day.isoformat()


def copies(base: list[dict], count: int) -> Iterator[dict]:
    """``count`` renamed copies of every base record, one record at a time."""
    for copy in range(count):
        for record in base:
            text = record.get("text") or ""
            yield {
                **{key: value for key, value in record.items() if key not in ("published", "date")},
                "id": f"{record['id']}-c{copy:02d}",
                "date": shifted_date(record.get("date") or record.get("published"), copy),
                "text": f"{text}\n\nArchive copy {copy_tag(copy)}.",
            }


def write_corpus(source: Path, path: Path, count: int) -> int:
    base = [json.loads(line) for line in source.read_text(encoding="utf-8").splitlines() if line.strip()]
    written = 0
    with path.open("w", encoding="utf-8") as handle:
        for record in copies(base, count):
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
            written += 1
    return written


# --- 3. memory ------------------------------------------------------------------------------------


def _proc_rss_mb(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def _proc_children(pid: int) -> list[int]:
    """Every descendant of ``pid`` (Linux /proc)."""
    parents: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                parents[int(entry.name)] = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, ValueError, IndexError):
                continue
    found, frontier = [], [pid]
    while frontier:
        current = frontier.pop()
        kids = [child for child, parent in parents.items() if parent == current]
        found.extend(kids)
        frontier.extend(kids)
    return found


def tree_rss_mb(pid: int) -> tuple[float, float, int]:
    """(RSS of ``pid``, summed RSS of its descendants, number of descendants), in MB."""
    try:
        import psutil
    except ImportError:
        children = _proc_children(pid)
        return _proc_rss_mb(pid), sum(_proc_rss_mb(child) for child in children), len(children)
    try:
        process = psutil.Process(pid)
        main = process.memory_info().rss / 2**20
        children = process.children(recursive=True)
    except psutil.Error:
        return 0.0, 0.0, 0
    total = 0.0
    for child in children:
        try:
            total += child.memory_info().rss / 2**20
        except psutil.Error:
            continue
    return main, total, len(children)


@dataclass
class Sample:
    seconds: float
    done: int
    main_mb: float
    workers_mb: float
    workers: int


class ProgressReader(threading.Thread):
    """Drains the command's terminal and keeps the last ``done/total`` its progress bar drew."""

    def __init__(self, fd: int) -> None:
        super().__init__(daemon=True)
        self.fd = fd
        self.done = 0
        self.total: int | None = None
        self.tail = ""  # the end of what was printed, for errors

    def run(self) -> None:
        pending = ""
        while True:
            try:
                chunk = os.read(self.fd, 65536)
            except OSError:  # the command closed its side
                return
            if not chunk:
                return
            text = _ANSI.sub("", pending + chunk.decode("utf-8", "replace"))
            for match in _PROGRESS.finditer(text):
                self.done, self.total = int(match.group(1)), int(match.group(2))
            pending = text[-40:]
            self.tail = (self.tail + text)[-4000:]


def run_ingest(corpus: Path, db: Path, workers: int, every: float) -> tuple[list[Sample], ProgressReader, float, int]:
    """Run ``tidings ingest`` with its progress bar on a pseudo-terminal; sample its memory."""
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 50, 200, 0, 0))  # a wide terminal
    command = [sys.executable, "-m", "tidings", "ingest", str(corpus), "--db", str(db), "--workers", str(workers)]
    started = time.perf_counter()
    process = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=slave,
                               env={**os.environ, "COLUMNS": "200"})
    os.close(slave)
    reader = ProgressReader(master)
    reader.start()
    samples: list[Sample] = []
    while process.poll() is None:
        main, children, count = tree_rss_mb(process.pid)
        samples.append(Sample(time.perf_counter() - started, reader.done, main, children, count))
        time.sleep(every)
    seconds = time.perf_counter() - started
    reader.join(timeout=5)
    os.close(master)
    return samples, reader, seconds, process.returncode


def first_at(samples: list[Sample], done: int) -> Sample | None:
    return next((sample for sample in samples if sample.done >= done), None)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--copies", type=int, default=50, help="Copies of the corpus (50: 4,450 VOA articles).")
    parser.add_argument("--workers", type=int, default=2, help="tidings ingest --workers.")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--db", type=Path, default=Path(tempfile.gettempdir()) / "tidings-ingest-scale.duckdb")
    parser.add_argument("--every", type=float, default=1.0, help="Seconds between memory samples.")
    parser.add_argument("--keep", action="store_true", help="Keep the store afterwards.")
    args = parser.parse_args(argv)
    if not args.corpus.exists():
        parser.error(f"{args.corpus} is absent (the shared data sits beside the checkout)")
    for path in (args.db, args.db.with_name(args.db.name + ".wal")):
        path.unlink(missing_ok=True)

    with tempfile.TemporaryDirectory(prefix="tidings-ingest-scale-") as tmp:
        corpus = Path(tmp) / "copies.jsonl"
        articles = write_corpus(args.corpus, corpus, args.copies)
        print(f"corpus: {args.copies} copies of {args.corpus.name}: {articles:,} articles, "
              f"{corpus.stat().st_size / 1e6:.1f} MB; {os.cpu_count()} cores, "
              f"load average {os.getloadavg()[0]:.1f}")
        print(f"command: python -m tidings ingest {corpus.name} --db {args.db} --workers {args.workers}\n")
        samples, progress, seconds, status = run_ingest(corpus, args.db, args.workers, args.every)

    if status != 0 or progress.total is None:
        print(f"the ingest exited with status {status}; its last output:\n{progress.tail}")
        return 1
    total = progress.total
    print("| articles done | % | seconds | articles/s since start | ingest RSS MB | workers | "
          "workers RSS MB | total RSS MB |")
    print("|---|---|---|---|---|---|---|---|")
    for share in CHECKPOINTS:
        sample = first_at(samples, max(1, round(share * total)))
        if sample is None:
            continue
        rate = sample.done / sample.seconds if sample.seconds else 0.0
        print(f"| {sample.done:,} | {share:.0%} | {sample.seconds:.0f} | {rate:.2f} | {sample.main_mb:.0f} | "
              f"{sample.workers} | {sample.workers_mb:.0f} | {sample.main_mb + sample.workers_mb:.0f} |")
    finished = first_at(samples, total)
    during = [s for s in samples if finished is None or s.seconds <= finished.seconds]
    after = [s for s in samples if finished is not None and s.seconds > finished.seconds]
    started = first_at(samples, 1)
    if finished is not None and started is not None and finished.seconds > started.seconds:
        steady = (finished.done - started.done) / (finished.seconds - started.seconds)
        print(f"\n{total:,} articles in {seconds:.0f} s overall ({total / seconds:.2f} articles/s, model "
              f"loading and the final deduplication included); {steady:.2f} articles/s from the first "
              f"article done to the last")
    peak_main = max(s.main_mb for s in samples)
    peak_total = max(s.main_mb + s.workers_mb for s in samples)
    print(f"peak RSS sampled: ingest process {peak_main:.0f} MB, with its workers {peak_total:.0f} MB")
    if during:
        print(f"  while articles were processed: ingest process max {max(s.main_mb for s in during):.0f} MB")
    if after:
        print(f"  during the final deduplication pass ({after[-1].seconds - after[0].seconds + args.every:.0f} s): "
              f"ingest process max {max(s.main_mb for s in after):.0f} MB")
    ten, full = first_at(samples, round(0.1 * total)), finished
    if ten is not None and full is not None:
        print(f"  ingest process RSS at 10% {ten.main_mb:.0f} MB, at 100% {full.main_mb:.0f} MB "
              f"({full.main_mb - ten.main_mb:+.0f} MB over {full.done - ten.done:,} articles)")

    from tidings.store import Store

    with Store(args.db, read_only=True) as store:
        counts = store.counts()
        distinct = store.sql("SELECT count(DISTINCT id) AS n FROM articles")["n"][0]
    print(f"\nstore: {counts['articles']:,} articles ({distinct:,} distinct ids), {counts['events']:,} event "
          f"records, {counts['unique_events']:,} events after deduplication, {counts['failures']} failures; "
          f"file {args.db.stat().st_size / 1e6:.0f} MB")
    if not args.keep:
        for path in (args.db, args.db.with_name(args.db.name + ".wal")):
            path.unlink(missing_ok=True)
    return 0 if counts["articles"] == articles - counts["failures"] else 1


if __name__ == "__main__":
    sys.exit(main())
