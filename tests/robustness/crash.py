"""Kill ``tidings ingest`` with SIGKILL at random points, resume it, and compare with one clean run.

Shared by ``tests/robustness/test_crash_resume.py`` (a few kills, CI size) and
``bench/crash_resume.py`` (20 kills). Each kill point is a fresh ``python -m tidings ingest``
process on the same input and store, killed a random delay after it showed that it is ingesting:
the corpus starts with a corrupt record, whose failure line on stderr comes out as soon as the
first batch has gone through the pipeline (the model is loaded, articles are being stored). The
delay is drawn uniformly from ``(0, window)`` seconds, so kills land while batches are written, between
commits, during the final deduplication, or after the run ended on its own (recorded as such).
With ``early_every=n``, every n-th kill comes instead a random delay after the process started,
while it imports, opens and migrates the store, reads the input or loads the model.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from .stores import article_count, tidings_command

START_TIMEOUT = 240.0  # seconds for a process to import, load the model and process a first batch


@dataclass
class KillPoint:
    """One killed run: when it was killed, what the store held before and after."""

    number: int
    commit_every: int
    started_after: float  # seconds from spawn to the first failure line (model loaded, ingesting)
    delay: float  # seconds after that line (after the spawn, if early) when SIGKILL was sent
    before: int  # articles stored before the run
    after: int  # articles stored after the kill
    finished: bool  # the run ended on its own before the kill
    early: bool = False  # killed a delay after the spawn, not after ingesting began

    def describe(self) -> str:
        outcome = "finished before the kill" if self.finished else "killed"
        when = (f"{self.delay:5.2f} s after the spawn (early)" if self.early
                else f"ingesting after {self.started_after:4.1f} s, +{self.delay:4.2f} s")
        return (
            f"kill {self.number:2d}: commit every {self.commit_every:2d}, {when} -> {outcome}; "
            f"articles {self.before} -> {self.after}"
        )


def ingest_args(inputs: Path, db: Path, *extra: str) -> list[str]:
    return tidings_command("ingest", str(inputs), "--db", str(db), *extra)


def kill_once(
    inputs: Path, db: Path, *, number: int, delay: float, commit_every: int, early: bool = False
) -> KillPoint:
    """Start an ingest, wait for its first failure line (unless ``early``), wait ``delay`` more
    seconds, SIGKILL it."""
    before = article_count(db)
    process = subprocess.Popen(
        ingest_args(inputs, db, "--commit-every", str(commit_every)),
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    spawned = time.monotonic()
    ingesting = threading.Event()

    def watch_stderr() -> None:
        assert process.stderr is not None
        for line in process.stderr:  # read to the end, so the pipe never fills and blocks the child
            if line.startswith(b"tidings: "):
                ingesting.set()

    reader = threading.Thread(target=watch_stderr, daemon=True)
    reader.start()
    finished = False
    while not early and not ingesting.wait(0.02):
        if process.poll() is not None:
            finished = True
            break
        if time.monotonic() - spawned > START_TIMEOUT:
            process.kill()
            process.wait()
            raise RuntimeError(f"ingest printed nothing in {START_TIMEOUT:.0f} s")
    started_after = time.monotonic() - spawned
    if not finished:
        try:
            process.wait(timeout=delay)
            finished = True
        except subprocess.TimeoutExpired:
            os.kill(process.pid, signal.SIGKILL)
            process.wait()
    reader.join(timeout=10)
    return KillPoint(number, commit_every, started_after, delay, before, article_count(db), finished, early)


def kill_repeatedly(
    inputs: Path, db: Path, *, kills: int, window: float, seed: int, early_every: int = 0,
    early_window: float = 0.0, log=None,
) -> list[KillPoint]:
    """``kills`` runs, each killed at a random point; the store is never cleaned between them.

    Every ``early_every``-th kill lands ``U(0, early_window)`` seconds after the spawn instead.
    """
    rng = random.Random(seed)
    points = []
    for number in range(1, kills + 1):
        early = bool(early_every) and number % early_every == 0
        point = kill_once(
            inputs, db, number=number, delay=rng.uniform(0.0, early_window if early else window),
            commit_every=rng.choice((1, 4, 32)), early=early,
        )
        points.append(point)
        if log is not None:
            log(point.describe())
    return points


def run_to_the_end(inputs: Path, db: Path) -> subprocess.CompletedProcess:
    """One uninterrupted ``tidings ingest`` (the resume, or the reference run)."""
    return subprocess.run(ingest_args(inputs, db, "--quiet"), capture_output=True, timeout=3600)
