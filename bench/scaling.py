"""Throughput of the parallel runners: 1 and 2 worker processes, and a LocalCluster of 1 and 2.

    python bench/scaling.py [--corpus ../shared/data/voa_stories.jsonl] [--limit N] [--repeat R]

Every mode runs the same articles (read with tidings' own reader) through the full pipeline and
must give the same results as the in-process run (checked; a mismatch is printed: it only happens
when the code on disk changes during the bench, since workers import it when they start). Per row:

- ``startup s``: starting the workers until each has loaded the model (a pool's ``wait_ready``; a
  cluster's start plus the model plugin), the fixed cost a run pays once;
- ``process s``: wall time from the first batch sent to the last result received, workers warm,
  the best of ``--repeat`` runs; ``art/s``: articles / that time; ``x 1``: that rate over the
  rate of one worker of the same backend; ``total art/s`` adds the startup, as a short run sees it;
- ``worker cpu ms/art``: CPU time (user + system, from ``/proc/<pid>/stat``) the worker
  processes spent, per article: the work itself, which does not depend on how busy the machine is;
- ``main cpu ms/art``: CPU time of this process (reading, sending, reordering, unpickling) per
  article: what the client of a cluster pays;
- ``cores got``: worker CPU time / wall time: how many cores the workers actually had. On a
  machine shared with other work it is below the number of workers, and the wall-clock ratio
  ``x 1`` says more about the neighbours than about tidings; ``cores got`` and the CPU columns do
  not. The 1-minute load average after each row says how busy the machine was.

First, a control: the ``processes`` backend with a stand-in stage that burns 50 ms of CPU per
article and loads nothing (160 articles), 1 then 2 workers: the scaling of the runner alone.
"""

from __future__ import annotations

import argparse
import itertools
import os
import sys
import time
from pathlib import Path

from tidings.pipeline import DEFAULT_MODEL, load
from tidings.readers import read_inputs
from tidings.runner import BatchJob, ProcessPool, batches, dask_imap, run

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "data" / "voa_stories.jsonl"
TICKS = os.sysconf("SC_CLK_TCK")


def read_articles(path: Path, limit: int | None) -> list:
    return list(itertools.islice(read_inputs([str(path)]), limit))


def dumped(outputs) -> list:
    return [result.model_dump() for result, _ in outputs]


def cpu_seconds(pids) -> float:
    """User + system CPU time of these processes so far (Linux ``/proc``)."""
    total = 0
    for pid in pids:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        total += int(fields[11]) + int(fields[12])  # utime, stime (fields 14 and 15 of stat)
    return total / TICKS


def best_of(repeat, process_all, worker_pids):
    """Run ``process_all()`` ``repeat`` times; the fastest run's (wall, worker cpu, main cpu, outputs)."""
    best = None
    for _ in range(repeat):
        pids = worker_pids()
        start, workers_before, main_before = time.perf_counter(), cpu_seconds(pids), time.process_time()
        outputs = process_all()
        wall = time.perf_counter() - start
        measured = (wall, cpu_seconds(pids) - workers_before, time.process_time() - main_before, outputs)
        if best is None or wall < best[0]:
            best = measured
    return best


class BurnCpuJob:
    """A stand-in for ``BatchJob``: 50 ms of CPU per article, an empty result, no model."""

    def setup(self) -> None:
        pass

    def __call__(self, batch):
        from tidings.schema import ArticleResult

        outputs = []
        for item in batch:
            start = time.process_time()
            while time.process_time() - start < 0.05:
                pass
            outputs.append((ArticleResult(article=item.meta), None))
        return outputs


def control(batch_size: int) -> None:
    from tidings.extract import RawArticle
    from tidings.schema import Article

    items = [RawArticle(Article(id=str(n)), "text") for n in range(160)]
    one = None
    for workers in (1, 2):
        with ProcessPool(workers, BurnCpuJob()) as pool:
            pool.wait_ready()
            wall, worker_cpu, _, _ = best_of(
                1, lambda: [pair for out in pool.imap(batches(items, batch_size)) for pair in out],
                lambda: pool.pids,
            )
        one = one or wall
        print(f"control, 50 ms/article stand-in stage, {workers} workers: {wall:.2f} s, x{one / wall:.2f}, "
              f"cores got {worker_cpu / wall:.2f}, load average {os.getloadavg()[0]:.1f}")


def time_in_process(items, workers, batch_size, repeat):
    start = time.perf_counter()
    load(DEFAULT_MODEL)
    startup = time.perf_counter() - start
    wall, _, main_cpu, outputs = best_of(repeat, lambda: list(run(items, batch_size=batch_size)), list)
    return startup, wall, main_cpu, 0.0, outputs  # the work is done in this process


def time_processes(items, workers, batch_size, repeat):
    start = time.perf_counter()
    with ProcessPool(workers, BatchJob(DEFAULT_MODEL)) as pool:
        pool.wait_ready()
        startup = time.perf_counter() - start
        wall, worker_cpu, main_cpu, outputs = best_of(
            repeat, lambda: [pair for out in pool.imap(batches(items, batch_size)) for pair in out],
            lambda: pool.pids,
        )
        return startup, wall, worker_cpu, main_cpu, outputs


def time_dask(items, workers, batch_size, repeat):
    from distributed import Client, LocalCluster

    start = time.perf_counter()
    cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None)
    client = Client(cluster)
    try:
        job = BatchJob(DEFAULT_MODEL)
        # A first tiny batch registers the model plugin and waits for every worker to load it.
        list(dask_imap(client, job, [items[:1]]))
        startup = time.perf_counter() - start
        wall, worker_cpu, main_cpu, outputs = best_of(
            repeat, lambda: list(dask_imap(client, job, batches(items, batch_size))),
            lambda: list(client.run(os.getpid).values()),
        )
        return startup, wall, worker_cpu, main_cpu, outputs
    finally:
        client.close()
        cluster.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--limit", type=int, default=None, help="Only the first N records.")
    parser.add_argument("--batch-size", type=int, default=8)
    parser.add_argument("--repeat", type=int, default=2, help="Best of this many timed runs per row.")
    parser.add_argument("--no-dask", action="store_true", help="Skip the LocalCluster rows.")
    args = parser.parse_args(argv)
    if not args.corpus.exists():
        print(f"corpus {args.corpus} not found", file=sys.stderr)
        return 2

    items = read_articles(args.corpus, args.limit)
    count = len(items)
    chars = sum(len(getattr(item, "text", "")) for item in items)
    print(f"{count} articles, {chars / count:,.0f} characters on average, batch size {args.batch_size}, "
          f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f}")

    control(args.batch_size)
    rows = []
    reference = None
    modes = [("in-process", time_in_process, (1,)), ("processes", time_processes, (1, 2))]
    if not args.no_dask:
        modes.append(("LocalCluster", time_dask, (1, 2)))
    for name, timer, counts in modes:
        one_worker_wall = None
        for workers in counts:
            startup, wall, worker_cpu, main_cpu, outputs = timer(items, workers, args.batch_size, args.repeat)
            reference = reference or dumped(outputs)
            different = [n for n, (a, b) in enumerate(zip(dumped(outputs), reference)) if a != b]
            if different:
                print(f"MISMATCH: {name} with {workers} workers differs from the in-process run on "
                      f"{len(different)} articles (first: {items[different[0]].meta.id})")
            one_worker_wall = one_worker_wall or wall
            rows.append((name, workers, startup, wall, one_worker_wall, worker_cpu, main_cpu, os.getloadavg()[0]))
            print(f"  {name} x{workers} done", file=sys.stderr)

    print()
    print("| backend | workers | startup s | process s | art/s | x 1 | total art/s "
          "| worker cpu ms/art | main cpu ms/art | cores got | load avg |")
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    for name, workers, startup, wall, base, worker_cpu, main_cpu, load_average in rows:
        print(f"| {name} | {workers} | {startup:.1f} | {wall:.1f} | {count / wall:.2f} | {base / wall:.2f} "
              f"| {count / (startup + wall):.2f} | {1000 * worker_cpu / count:.0f} | {1000 * main_cpu / count:.1f} "
              f"| {worker_cpu / wall:.2f} | {load_average:.1f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
