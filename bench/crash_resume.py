"""SIGKILL ``tidings ingest`` at 20 random points, resume, and compare with an uninterrupted run.

    python bench/crash_resume.py [--kills 20] [--articles 1500] [--seed 7] [--keep DIR]

1. Writes a JSONL corpus: one corrupt line first, then ``--articles`` wire-style articles
   (tests/robustness/corpus.py).
2. **Reference.** One uninterrupted ``python -m tidings ingest`` into a fresh store; its wall time,
   and that of a one-article ingest (process start and model load), give the ingest rate.
3. **Kills.** ``--kills`` fresh ``python -m tidings ingest`` processes on one store, each with a
   random ``--commit-every`` (1, 4 or 32) and killed with SIGKILL a random delay after it started
   ingesting (its first failure line on stderr), drawn from ``(0, window)`` where the window is the
   time the run needs for two batches of articles, and at least 3 s (so runs committing every 32
   articles or 2 s get to commit, and kills land inside those transactions too); every fifth kill
   lands instead at a random moment after the process was spawned (importing, opening the store,
   loading the model).
4. **Resume.** The same command once more, to the end.
5. **Compare** every table of the two stores row for row (clock columns left out; the failures
   log without repeats, since each run reports the corrupt line again; floats to 12 significant
   digits, see tests/robustness/stores.py), and report apart the rows that differ only in the last
   bits of a float. Exit status 1 if they differ beyond that.

Prints each kill point (when, articles before and after), and the comparison.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the shared helpers in tests/robustness

from tests.robustness.corpus import articles  # noqa: E402
from tests.robustness.crash import kill_repeatedly, run_to_the_end  # noqa: E402
from tests.robustness.stores import article_count, differences, dump  # noqa: E402

CORRUPT_FIRST_LINE = '{"id": "corrupt-first", "text": '
BATCH = 16  # tidings.extract.process's batch size: articles a run stores before its first failure line
MIN_WINDOW = 3.0  # seconds: longer than the store's 2-second commit timer


def write_corpus(path: Path, count: int, seed: int) -> None:
    lines = [CORRUPT_FIRST_LINE, *(json.dumps(record) for record in articles(count, seed=seed))]
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")


def timed_run(inputs: Path, db: Path) -> float:
    started = time.monotonic()
    done = run_to_the_end(inputs, db)
    if done.returncode not in (0, 1) or b"Traceback" in done.stderr:
        raise SystemExit(f"ingest failed ({done.returncode}): {done.stderr.decode()[-2000:]}")
    return time.monotonic() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--kills", type=int, default=20)
    parser.add_argument("--articles", type=int, default=1500)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--keep", type=Path, help="Work in this directory and keep it (default: a temporary one).")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="tidings-crash-") as scratch:
        work = args.keep or Path(scratch)
        work.mkdir(parents=True, exist_ok=True)
        inputs, one = work / "corpus.jsonl", work / "one.jsonl"
        write_corpus(inputs, args.articles, args.seed)
        write_corpus(one, 1, args.seed + 1)

        startup = timed_run(one, work / "one.duckdb")
        reference_db = work / "reference.duckdb"
        reference_seconds = timed_run(inputs, reference_db)
        rate = args.articles / max(reference_seconds - startup, 1.0)
        window = max(2 * BATCH / rate, MIN_WINDOW)
        print(f"corpus: {args.articles} articles and 1 corrupt line; reference ingest {reference_seconds:.1f} s "
              f"(start-up {startup:.1f} s, {rate:.1f} articles/s); kill window {window:.2f} s", flush=True)

        killed_db = work / "killed.duckdb"
        started = time.monotonic()
        points = kill_repeatedly(
            inputs, killed_db, kills=args.kills, window=window, seed=args.seed, early_every=5,
            early_window=startup, log=lambda line: print(line, flush=True),
        )
        interrupted = article_count(killed_db)
        resume_seconds = timed_run(inputs, killed_db)
        print(f"after {len(points)} kills: {interrupted} of {args.articles} articles stored; resumed to the end in "
              f"{resume_seconds:.1f} s (kills and resume took {time.monotonic() - started:.0f} s)", flush=True)

        got, want = dump(killed_db), dump(reference_db)
        problems = differences(got, want)
        exact_got, exact_want = dump(killed_db, exact=True), dump(reference_db, exact=True)
        float_only = {
            table: sum(row not in exact_want[table] for row in table_rows)
            for table, table_rows in exact_got.items() if table_rows != exact_want.get(table)
        }
        killed = sum(not point.finished for point in points)
        mid_ingest = sum(not point.finished and not point.early for point in points)
        rows = {table: len(rows) for table, rows in want.items() if rows}
        print(f"kill points: {killed} killed ({mid_ingest} while ingesting, {killed - mid_ingest} early), "
              f"{len(points) - killed} finished before their kill")
        print(f"tables compared row for row: {len(want)} ({sum(rows.values()):,} rows: "
              + ", ".join(f"{table} {count:,}" for table, count in sorted(rows.items())) + ")")
        if problems:
            print("DIFFERENT from the uninterrupted run:\n  " + "\n  ".join(problems))
            return 1
        print("identical to the uninterrupted run: nothing lost, nothing duplicated")
        for table, count in float_only.items():  # the same rows, floats apart in their last bits
            print(f"  bit for bit: {count} of {len(exact_want[table]):,} rows of {table} differ beyond "
                  "12 significant digits of a float (a sum taken in another order)")
        return 0


if __name__ == "__main__":
    raise SystemExit(main())
