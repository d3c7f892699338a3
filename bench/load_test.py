"""Load test: 50 concurrent clients for 60 s against a real ``tidings serve`` on 127.0.0.1.

    python bench/load_test.py [--clients 50] [--seconds 60] [--articles 400] [--blas-threads N]

1. Builds a store: ``--articles`` wire-style articles (tests/robustness/corpus.py) ingested with
   ``python -m tidings ingest``.
2. Starts ``python -m tidings serve --preload-model`` on a free loopback port, in its own process,
   and waits until the model is loaded.
3. Runs ``--clients`` asyncio clients for ``--seconds`` seconds (tests/robustness/load.py): event
   lists with filters, single events, map, network, dyad timelines, actor search and pages,
   quotations, status, static files, short extractions (POST /api/extract) and hostile requests
   (injection payloads in random parameters). The loop stops by itself at the deadline.
4. Prints requests, statuses, 5xx, broken connections, and p50/p99 latency overall and per kind;
   the server's log is checked for tracebacks. Exit status 1 on any 5xx, broken connection or
   traceback.

``--blas-threads 1`` gives the server one OpenBLAS thread (see tests/robustness/serve.py); by default
it runs as a user would start it.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the shared helpers in tests/robustness

from tests.robustness.corpus import articles  # noqa: E402
from tests.robustness.crash import run_to_the_end  # noqa: E402
from tests.robustness.load import run_load  # noqa: E402
from tests.robustness.serve import ServeProcess  # noqa: E402
from tests.robustness.stores import article_count  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--articles", type=int, default=400)
    parser.add_argument("--blas-threads", type=int, default=None)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="tidings-load-") as scratch:
        work = Path(scratch)
        corpus = work / "corpus.jsonl"
        corpus.write_text("".join(json.dumps(record) + "\n" for record in articles(args.articles, seed=args.seed)))
        db = work / "store.duckdb"
        done = run_to_the_end(corpus, db)
        if done.returncode != 0:
            raise SystemExit(f"ingest failed: {done.stderr.decode()[-2000:]}")
        print(f"store: {article_count(db)} articles", flush=True)

        log = work / "serve.log"
        with ServeProcess(db, preload_model=True, log=log, blas_threads=args.blas_threads) as server:
            server.wait_ready(model=True)
            threads = f"{args.blas_threads} BLAS thread(s)" if args.blas_threads else "default BLAS threads"
            print(f"tidings serve on {server.url} ({threads}); {args.clients} clients for {args.seconds:.0f} s", flush=True)
            report = run_load(server.url, clients=args.clients, seconds=args.seconds, seed=args.seed)
        tracebacks = log.read_text(errors="replace").count("Traceback")
        print(report.summary())
        print(f"server log: {tracebacks} traceback(s)")
        for line in (report.server_errors + report.transport_errors)[:10]:
            print("  " + line)
        return 1 if report.server_errors or report.transport_errors or tracebacks else 0


if __name__ == "__main__":
    raise SystemExit(main())
