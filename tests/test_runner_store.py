"""Issue 8's acceptance: a corpus ingested on a 2-worker Dask LocalCluster gives exactly the store a
single-process ingest gives."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tidings import Store

pytest.importorskip("distributed")

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "articles.jsonl"
# Every table the pipeline fills, with the columns that do not depend on when the ingest ran.
TABLES = {
    "articles": "key, hash, id, title, date, url, source, outlet, tone",
    "events": "*",
    "event_actors": "*",
    "actors": "*",
    "quotations": "*",
    "quantities": "*",
    "places": "*",
    "dates": "*",
    "unique_events": "*",
    "event_mentions": "*",
}


def _snapshot(path: Path) -> dict[str, list]:
    with Store(path) as store:
        out = {}
        for table, columns in TABLES.items():
            frame = store.sql(f"SELECT {columns} FROM {table}")
            rows = sorted(json.dumps(row, sort_keys=True, default=str) for row in frame.to_dict("records"))
            out[table] = rows
        return out


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    # a small corpus: six example articles and one broken line, which both runs must report alike
    lines = EXAMPLES.read_text().splitlines()[:6] + ["{broken"]
    path = tmp_path_factory.mktemp("corpus") / "corpus.jsonl"
    path.write_text("\n".join(lines) + "\n")
    return path


def test_local_cluster_store_equals_single_process_store(nlp, corpus, tmp_path):
    with Store(tmp_path / "one.duckdb") as store:
        single = store.ingest_inputs([str(corpus)], nlp=nlp)
    with Store(tmp_path / "dask.duckdb") as store:
        spread = store.ingest_inputs([str(corpus)], scheduler="local:2")
    assert (single.stored, single.failed) == (spread.stored, spread.failed) == (6, 1)
    one, dask = _snapshot(tmp_path / "one.duckdb"), _snapshot(tmp_path / "dask.duckdb")
    assert one["events"], "the corpus should give events"
    for table in TABLES:
        assert one[table] == dask[table], table
