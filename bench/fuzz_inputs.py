"""Fuzz the readers and the pipeline: many random and mutated inputs, none may crash.

    python bench/fuzz_inputs.py [--examples 2000] [--mutations 3000] [--seed N] [--skip-long]

1. **Properties** (hypothesis, fresh randomness, ``--examples`` each; the CI tests run the same
   strategies with 60): random bytes as .txt/.html/.htm/.jsonl files; random text in ten encodings;
   JSONL files of random lines (record-like objects with fields of any type, any JSON, non-JSON);
   random standard input; random texts and dates through ``tidings.extract``.
2. **Mutations**: ``--mutations`` inputs made by mutating seed files (the hostile files of
   tests/robustness/inputs.py, a JSONL corpus, the bundled examples) at the byte level (flips,
   insertions of hostile bytes, deletions, duplicated and spliced chunks, truncations), each read
   with ``read_inputs`` and every article it yields run through the pipeline (``process``).
3. **Long inputs**: the 100,000-character sentence through ``tidings extract``, and pathological
   repetitions, each timed (``--skip-long`` leaves this out).

A crash is an exception escaping ``read_inputs``, ``process`` or ``tidings.extract`` (other than
``InputError`` for a bad date); a record the pipeline fails on comes back as an error record with a
reason ("processing failed"), counted apart. Prints the counts and exits 1 on any crash.
OpenBLAS is limited to one thread here (as ``--workers`` processes are): fuzzing wants throughput.
"""

from __future__ import annotations

import os

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")  # before numpy is imported

import argparse  # noqa: E402
import io  # noqa: E402
import json  # noqa: E402
import random  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402
import traceback  # noqa: E402
from collections import Counter  # noqa: E402
from pathlib import Path  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # the shared helpers in tests/robustness

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from tests.robustness.corpus import mixed_corpus  # noqa: E402
from tests.robustness.inputs import (  # noqa: E402
    ENCODINGS, SUFFIXES, article_texts, check_item, encoded, hostile_files, jsonl_lines, long_sentence,
)
from tidings import extract  # noqa: E402
from tidings.errors import InputError  # noqa: E402
from tidings.extract import RawArticle, process  # noqa: E402
from tidings.pipeline import load  # noqa: E402
from tidings.readers import read_inputs  # noqa: E402

HOSTILE_BYTES = [b"\x00", b"\xff", b"\xfe\xff", b"\xef\xbb\xbf", b"\n", b"\r", b'"', b"{", b"}", b"\\u", b"\\ud800",
                 b"<", b"</p>", b"<script>", b"\x1b[2J", b"\xc0\xae", b"\xe2\x80\xae", b"[" * 64, b"!" * 500, b"%"]


class Tally:
    """What was tried and what came of it."""

    def __init__(self) -> None:
        self.counts: Counter = Counter()
        self.crashes: list[str] = []
        self.pipeline_errors: list[str] = []

    def crash(self, what: str) -> None:
        self.counts["crashes"] += 1
        if len(self.crashes) < 10:
            self.crashes.append(f"{what}\n{traceback.format_exc(limit=6)}")


def read_file(folder: Path, name: str, data: bytes) -> list:
    path = folder / name
    path.write_bytes(data)
    return list(read_inputs([str(path)]))


def properties(tally: Tally, nlp, examples: int, folder: Path) -> None:
    fuzz = settings(max_examples=examples, deadline=None, database=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

    def guarded(name: str, body) -> None:
        tally.counts[name] += 1
        try:
            body()
        except Exception:  # noqa: BLE001  (counted and shown: the point of the fuzz run)
            tally.crash(name)

    @fuzz
    @given(data=st.binary(max_size=5000), suffix=st.sampled_from(SUFFIXES))
    def random_files(data, suffix):
        guarded("random files", lambda: [check_item(item) for item in read_file(folder, f"f{suffix}", data)])

    @fuzz
    @given(text=article_texts, encoding=st.sampled_from(ENCODINGS))
    def encodings(text, encoding):
        guarded("texts in ten encodings", lambda: [check_item(item) for item in read_file(folder, "t.txt", encoded(text, encoding))])

    @fuzz
    @given(lines=st.lists(jsonl_lines.map(lambda line: line.replace("\n", " ")), max_size=20))
    def jsonl(lines):
        data = "".join(line + "\n" for line in lines).encode("utf-8", "surrogatepass")
        guarded("JSONL files", lambda: [check_item(item) for item in read_file(folder, "c.jsonl", data)])

    @fuzz
    @given(data=st.binary(max_size=3000), stdin_format=st.sampled_from(("text", "jsonl")))
    def stdin(data, stdin_format):
        def body():
            stream = io.TextIOWrapper(io.BytesIO(data), encoding="utf-8")
            for item in read_inputs(["-"], stdin=stream, stdin_format=stdin_format):
                check_item(item)
        guarded("standard inputs", body)

    @fuzz
    @given(text=article_texts, date=st.one_of(st.none(), st.dates().map(str), st.text(max_size=20)))
    def pipeline(text, date):
        def body():
            try:
                extract(text, date, nlp=nlp).model_dump_json()
            except InputError:
                pass  # a date that is not one: the documented error
        guarded("texts through extract", body)

    for run in (random_files, encodings, jsonl, stdin, pipeline):
        started = time.monotonic()
        run()
        print(f"  {run.__name__:<13} done in {time.monotonic() - started:6.1f} s", flush=True)


def mutate(data: bytes, rng: random.Random) -> bytes:
    """One to eight byte-level mutations of ``data``."""
    data = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        where = rng.randint(0, len(data)) if data else 0
        action = rng.choice(["flip", "insert", "delete", "duplicate", "truncate", "splice"])
        if action == "flip" and data:
            data[min(where, len(data) - 1)] ^= 1 << rng.randint(0, 7)
        elif action == "insert":
            data[where:where] = rng.choice(HOSTILE_BYTES)
        elif action == "delete":
            del data[where:where + rng.randint(1, 64)]
        elif action == "duplicate" and data:
            start = rng.randint(0, len(data) - 1)
            data[where:where] = data[start:start + rng.randint(1, 256)] * rng.randint(1, 20)
        elif action == "truncate":
            del data[where:]
        elif action == "splice":
            data[where:where] = rng.randbytes(rng.randint(1, 128))
    return bytes(data)


def seeds() -> list[tuple[str, bytes]]:
    found = [(hostile.name, hostile.data) for hostile in hostile_files(sentence_chars=3_000)]
    found.append(("corpus.jsonl", mixed_corpus(40).text().encode()))
    for path in sorted((ROOT / "examples").glob("*")):
        if path.suffix in SUFFIXES and path.stat().st_size < 200_000:
            found.append((path.name, path.read_bytes()))
    return found


def mutations(tally: Tally, nlp, count: int, seed: int, folder: Path) -> None:
    rng = random.Random(seed)
    pool = seeds()
    started = time.monotonic()
    for number in range(count):
        name, data = rng.choice(pool)
        mutated = mutate(data, rng)
        tally.counts["mutated files"] += 1
        try:
            items = read_file(folder, f"m{Path(name).suffix}", mutated)
            for item in items:
                check_item(item)
            tally.counts["records read"] += len(items)
            for result, failure in process(items, nlp):
                if failure is None:
                    tally.counts["articles processed"] += 1
                elif failure.reason.startswith("processing failed"):
                    tally.counts["pipeline errors (reported, not crashes)"] += 1
                    text = next((item.text for item in items if isinstance(item, RawArticle) and item.meta.id == failure.id), "")
                    tally.pipeline_errors.append(f"mutation {number} of {name}: {failure.reason}\n    text: {text[:400]!r}")
                else:
                    tally.counts["failures reported"] += 1
        except Exception:  # noqa: BLE001
            tally.crash(f"mutation {number} of {name}")
        if (number + 1) % 500 == 0:
            print(f"  {number + 1} mutated files, {time.monotonic() - started:.0f} s", flush=True)


def long_inputs(nlp) -> None:
    from typer.testing import CliRunner

    from tidings.cli import app

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder, "sentence.txt")
        path.write_text(long_sentence(100_000))
        started = time.monotonic()
        result = CliRunner().invoke(app, ["extract", str(path), "--format", "jsonl", "--date", "2024-03-05"])
        seconds = time.monotonic() - started
        row = json.loads(result.stdout.splitlines()[0]) if result.stdout else {}
        print(f"  100,000-character sentence: exit {result.exit_code}, {seconds:.1f} s, {len(row.get('events', []))} "
              f"events, output {len(result.stdout) / 1e6:.1f} MB, traceback: {'Traceback' in result.stdout + result.stderr}",
              flush=True)
    for pattern in ['"', "!", "12 ", "Kyiv, ", "Putin said ", "the "]:
        text = (pattern * (10_000 // len(pattern) + 1))[:10_000]
        started = time.monotonic()
        extract(text, "2024-03-05", nlp=nlp)
        print(f"  10,000 characters of {pattern!r}: {time.monotonic() - started:.1f} s", flush=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--examples", type=int, default=2000, help="hypothesis examples per property")
    parser.add_argument("--mutations", type=int, default=3000)
    parser.add_argument("--seed", type=int, default=int(time.time()))
    parser.add_argument("--skip-long", action="store_true")
    args = parser.parse_args()

    import logging

    logging.getLogger("tidings.readers").setLevel(logging.ERROR)  # one warning per cp1252 file otherwise
    nlp = load()
    tally = Tally()
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="tidings-fuzz-") as scratch:
        folder = Path(scratch)
        print(f"properties: {args.examples} examples each", flush=True)
        properties(tally, nlp, args.examples, folder)
        print(f"mutations: {args.mutations} (seed {args.seed})", flush=True)
        mutations(tally, nlp, args.mutations, args.seed, folder)
    if not args.skip_long:
        print("long inputs:", flush=True)
        long_inputs(nlp)
    tried = sum(count for name, count in tally.counts.items() if name not in (
        "crashes", "records read", "articles processed", "failures reported", "pipeline errors (reported, not crashes)"))
    print(f"\n{tried:,} inputs tried in {time.monotonic() - started:.0f} s; crashes: {tally.counts['crashes']}")
    for name, count in sorted(tally.counts.items()):
        print(f"  {name}: {count:,}")
    for crash in tally.crashes:
        print("\nCRASH " + crash)
    for error in tally.pipeline_errors[:5]:
        print("\nPIPELINE ERROR " + error)
    return 1 if tally.counts["crashes"] else 0


if __name__ == "__main__":
    raise SystemExit(main())
