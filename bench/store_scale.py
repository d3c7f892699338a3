"""Scale of the event store: a million synthetic events, then the queries users run most.

    python bench/store_scale.py [--events 1000000] [--db /tmp/tidings-bench.duckdb] [--keep]
    python bench/store_scale.py --queries-only --db /tmp/tidings-bench.duckdb   # a kept store

1. Ingest throughput through the public API: ``Store.ingest`` of 2,000 synthetic ArticleResult
   objects (5 events each), in transactions of whole articles.
2. Bulk load: ``--events`` event records (about 2.5 reports per real-world event, 5 per article,
   10 years of days, 40 countries x 5 sectors and 100 named people) written straight into the
   tables with Arrow, then the full deduplication pass.
3. The queries, each timed (best of 3) through ``tidings.Store`` on a read-only connection, in a
   process of their own (so that its peak memory is the queries', not the bulk load's): dyad
   series by month and by week, meetings between two people, top actors and countries, event
   counts by country and type, events of one type, quote search, read-only SQL. The target is
   under a second for every one; the exit status is 1 when one is over.
Prints the time of every step, the store's size, the peak memory (max RSS) of the build and of
the queries, and the query times as a markdown table. Not a test.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pyarrow as pa

from tidings.schema import EVENT_SCORES, EVENT_TYPES, Actor, Article, ArticleResult, Event, Location, Tone
from tidings.store import Store
from tidings.store.dedup import deduplicate

COUNTRIES = (
    "AFG ARG AUS BRA CAN CHN COL DEU EGY ESP ETH FRA GBR IDN IND IRN IRQ ISR ITA JPN KEN KOR LBN MEX "
    "MLI NGA PAK PHL POL PSE RUS SAU SDN SOM SYR TUR UKR USA VEN YEM"
).split()
SECTORS = ("GOV", "MIL", "CVL", "REB", "BUS")
PLACES = [f"City {n}" for n in range(300)]
FIRST_DAY = dt.date(2015, 1, 1)
DAYS = 3650


def actor_pool() -> list[dict]:
    pool = [
        {"name": f"{country} {sector}", "kind": "organisation", "country": country, "sector": sector,
         "identity": f"c:{country}/{sector}"}
        for country in COUNTRIES for sector in SECTORS
    ]
    people = [("Xi Jinping", "CHN"), ("Vladimir Putin", "RUS")] + [
        (f"Leader {n:03d}", COUNTRIES[n % len(COUNTRIES)]) for n in range(98)
    ]
    pool += [
        {"name": name, "kind": "person", "country": country, "sector": "GOV", "identity": f"n:{name.lower()}"}
        for name, country in people
    ]
    return pool


def peak_mb() -> float:
    """This process's peak RSS: VmHWM (Linux), which unlike ru_maxrss does not carry over the
    parent's peak into a process started with fork + exec."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def timed(label: str, action, repeat: int = 1):
    best, result = float("inf"), None
    for _ in range(repeat):
        start = time.perf_counter()
        result = action()
        best = min(best, time.perf_counter() - start)
    print(f"{label:<58} {best:8.3f} s", flush=True)
    return result, best


# --- 1. the public ingest API -----------------------------------------------------------------


def synthetic_results(n_articles: int, rng: np.random.Generator, pool: list[dict]) -> list[ArticleResult]:
    results = []
    for n in range(n_articles):
        day = FIRST_DAY + dt.timedelta(days=int(rng.integers(DAYS)))
        chosen = [pool[i] for i in rng.choice(len(pool), size=4, replace=False)]
        actors = [Actor(id=f"A{i + 1}", name=a["name"], kind=a["kind"], country=a["country"],
                        sector=a["sector"], mentions=[(0, 5)]) for i, a in enumerate(chosen)]
        events = [
            Event(id=f"E{e + 1}", type=EVENT_TYPES[int(rng.integers(16))], source=[actors[e % 4].ref()],
                  target=[actors[(e + 1) % 4].ref()], date=day.isoformat(), date_precision="day",
                  location=Location(name=PLACES[int(rng.integers(300))]), sentence=e,
                  text=f"Sentence {e} of synthetic article {n}.", trigger="did", start=0, end=3,
                  confidence=0.8)
            for e in range(5)
        ]
        results.append(ArticleResult(article=Article(id=f"api-{n}", date=day.isoformat(), source="Bench Wire"),
                                     actors=actors, events=events, tone=Tone(score=-1.0)))
    return results


# --- 2. bulk load -------------------------------------------------------------------------------


def bulk_rows(n_events: int, rng: np.random.Generator, pool: list[dict]) -> dict[str, pa.Table]:
    """Columns of articles, events and event_actors for ``n_events`` records."""
    n_real = int(n_events / 2.5)
    real_type = rng.integers(16, size=n_real)
    # Conflict dyads cluster on a few pairs, like real data: half the events use 20 busy dyads,
    # among them Xi-Putin, CHN/GOV-RUS/GOV and RUS/MIL-UKR/MIL.
    index = {actor["name"]: n for n, actor in enumerate(pool)}
    busy = rng.integers(len(pool), size=(20, 2))
    busy[:4] = [[index["Xi Jinping"], index["Vladimir Putin"]], [index["CHN GOV"], index["RUS GOV"]],
                [index["RUS MIL"], index["UKR MIL"]], [index["UKR MIL"], index["RUS MIL"]]]
    pick = rng.integers(len(pool), size=(n_real, 2))
    hot = rng.random(n_real) < 0.5
    pick[hot] = busy[rng.integers(20, size=hot.sum())]
    pick[:, 1] = np.where(pick[:, 0] == pick[:, 1], (pick[:, 1] + 1) % len(pool), pick[:, 1])
    real_day = rng.integers(DAYS, size=n_real)
    real_place = rng.integers(len(PLACES), size=n_real)

    reports = rng.integers(1, 5, size=n_real)  # 1..4 reports each, 2.5 on average
    real_of = np.repeat(np.arange(n_real), reports)[:n_events]
    rng.shuffle(real_of)
    n = len(real_of)
    day = real_day[real_of] + rng.choice([0, 0, 0, 1, 2], size=n)
    has_place = rng.random(n) < 0.7
    article_index = np.arange(n) // 5
    event_number = (np.arange(n) % 5).astype(np.int32)
    n_articles = int(article_index[-1]) + 1
    article_keys = np.array(
        [int(hashlib.sha256(f"bench-{i}".encode()).hexdigest()[:15], 16) for i in range(n_articles)], dtype=np.int64
    )
    article_day = np.zeros(n_articles, dtype=np.int64)
    np.maximum.at(article_day, article_index, day)

    epoch = np.datetime64(FIRST_DAY.isoformat(), "D")
    types = np.array(EVENT_TYPES, dtype=object)[real_type[real_of]]
    identities = np.array([a["identity"] for a in pool], dtype=object)
    src, tgt = pick[real_of, 0], pick[real_of, 1]
    group = np.array(
        [f"{t}|{identities[s]}|{identities[g]}" if t != "CONSULT" else
         f"{t}|{'+'.join(sorted((identities[s], identities[g])))}|" for t, s, g in zip(types, src, tgt, strict=True)],
        dtype=object,
    )
    place = np.array(PLACES, dtype=object)[real_place[real_of]]
    events = pa.table({
        "article": article_keys[article_index], "n": event_number,
        "id": [f"E{k + 1}" for k in event_number], "type": types,
        "score": [EVENT_SCORES[t] for t in types],
        "day": pa.array((epoch + day).astype("datetime64[D]"), pa.date32()), "day_precision": ["day"] * n,
        "place_name": pa.array(np.where(has_place, place, None), pa.string()),
        "sentence": event_number, "text": ["A synthetic sentence about an event."] * n, "trigger": ["did"] * n,
        "start_char": np.zeros(n, np.int32), "end_char": np.full(n, 3, np.int32),
        "negated": np.zeros(n, bool), "hypothetical": np.zeros(n, bool), "future": np.zeros(n, bool),
        "historical": np.zeros(n, bool), "confidence": np.full(n, 0.8), "countable": np.ones(n, bool),
        "group_key": group,
    })
    names = np.array([a["name"] for a in pool], dtype=object)
    countries = np.array([a["country"] for a in pool], dtype=object)
    sectors = np.array([a["sector"] for a in pool], dtype=object)
    kinds = np.array([a["kind"] for a in pool], dtype=object)
    both = np.concatenate([src, tgt])
    event_actors = pa.table({
        "article": np.concatenate([article_keys[article_index]] * 2), "event": np.concatenate([event_number] * 2),
        "role": ["source"] * n + ["target"] * n, "position": np.zeros(2 * n, np.int32),
        "actor": ["A1"] * n + ["A2"] * n, "name": names[both], "kind": kinds[both],
        "country": countries[both], "sector": sectors[both],
    })
    articles = pa.table({
        "key": article_keys, "hash": [f"{k:064x}" for k in article_keys], "id": [f"bench-{i}" for i in range(n_articles)],
        "date": pa.array((epoch + article_day).astype("datetime64[D]"), pa.date32()),
        "outlet": [f"Wire {i % 50}" for i in range(n_articles)], "tone": rng.normal(-1.5, 2.0, n_articles),
        "ingested_at": pa.array([dt.datetime(2025, 1, 1)] * n_articles, pa.timestamp("us")),
    })
    quotations = pa.table({
        "article": article_keys, "n": np.zeros(n_articles, np.int32),
        "speaker_name": names[rng.integers(len(pool), size=n_articles)],
        "text": [f"We will not accept proposal number {i}." for i in range(n_articles)],
        "kind": ["direct"] * n_articles, "start_char": np.zeros(n_articles, np.int32),
        "end_char": np.full(n_articles, 30, np.int32),
    })
    return {"articles": articles, "events": events, "event_actors": event_actors, "quotations": quotations}


QUERIES = [
    ("dyad RUS-UKR by month", lambda store: store.dyad_series("RUS", "UKR", freq="month")),
    ("dyad CHN/GOV-USA/GOV by week, 2020 on", lambda store: store.dyad_series(
        "CHN/GOV", "USA/GOV", freq="week", since="2020-01-01")),
    ("dyad Xi Jinping-Vladimir Putin by month (names)", lambda store: store.dyad_series(
        "Xi Jinping", "Vladimir Putin")),
    ("meetings Xi-Putin since 2013", lambda store: store.meetings("Xi", "Putin", since="2013-01-01")),
    ("meetings CHN-RUS", lambda store: store.meetings("CHN", "RUS")),
    ("event counts by country and type", lambda store: store.event_counts()),
    ("event counts, ASSAULT by target country", lambda store: store.event_counts(types=["ASSAULT"], role="target")),
    ("event counts of events with Putin", lambda store: store.event_counts(actor="Putin", role="any")),
    ("top 20 actors", lambda store: store.top_actors()),
    ("top 20 actors as source, ASSAULT, 2020 on", lambda store: store.top_actors(
        role="source", types=["ASSAULT"], since="2020-01-01")),
    ("top 20 countries", lambda store: store.top_actors(by="country")),
    ("events: ASSAULT by RUS, 100 rows", lambda store: store.events(types=["ASSAULT"], actor="RUS", role="source")),
    ("quotes containing 'proposal number 4242'", lambda store: store.quotes(text="proposal number 4242")),
    ("sql: count(*) by type", lambda store: store.sql("SELECT type, count(*) FROM unique_events GROUP BY type")),
]


def run_queries(db: Path) -> int:
    """Step 3, in this process: every query, best of 3; 1 when one takes a second or more."""
    store = Store(db, read_only=True)
    counts = store.counts()
    print(f"3. queries (best of 3, read-only connection) on {counts['events']:,} event records, "
          f"{counts['unique_events']:,} events; load average {os.getloadavg()[0]:.1f}")
    slow, rows = [], []
    for label, action in QUERIES:
        frame, seconds = timed(f"   {label}", lambda action=action: action(store), repeat=3)
        store.connection()  # sql() closes the shared connection; reopen outside the timing
        if seconds >= 1.0:
            slow.append(label)
        rows.append((label, seconds, len(frame)))
    store.close()
    peak = peak_mb()
    print("\n| query | time on 1M event records | rows |")
    print("|---|---|---|")
    for label, seconds, n_rows in rows:
        print(f"| {label} | {seconds:.3f} s | {n_rows:,} |")
    print(f"\npeak memory (max RSS) of the process running the queries: {peak:,.0f} MB")
    if slow:
        print(f"OVER ONE SECOND: {', '.join(slow)}")
        return 1
    print("every query: under one second")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--db", type=Path, default=Path("/tmp/tidings-bench.duckdb"))
    parser.add_argument("--keep", action="store_true", help="Keep the database file afterwards.")
    parser.add_argument("--queries-only", action="store_true", help="Only step 3, on the store at --db.")
    args = parser.parse_args()
    if args.queries_only:
        return run_queries(args.db)
    rng = np.random.default_rng(7)
    pool = actor_pool()
    for path in (args.db, args.db.with_name(args.db.name + ".wal"), Path(f"{args.db}.api")):
        path.unlink(missing_ok=True)

    print(f"1. public API: Store.ingest of synthetic ArticleResult objects (peak {peak_mb():.0f} MB so far)")
    results = synthetic_results(2000, rng, pool)
    with Store(f"{args.db}.api") as api_store:
        report, seconds = timed("   ingest 2,000 articles / 10,000 events (+ dedup)", lambda: api_store.ingest(results))
        print(f"   {report.stored / seconds:,.0f} articles/s, {report.events / seconds:,.0f} events/s")
    Path(f"{args.db}.api").unlink()

    print(f"2. bulk load of {args.events:,} event records")
    tables, _ = timed("   generate rows", lambda: bulk_rows(args.events, rng, pool))
    store = Store(args.db)
    conn = store.connection(write=True)

    def load() -> None:
        for name, table in tables.items():
            conn.register("bulk", table)
            conn.execute(f"INSERT INTO {name} BY NAME SELECT * FROM bulk")
            conn.unregister("bulk")
        conn.execute("UPDATE settings SET value = '1' WHERE name = 'dedup_pending'")

    timed("   insert with Arrow", load)
    tables.clear()  # free the Arrow tables before the dedup pass
    groups, _ = timed("   deduplicate (full pass, summaries included)", lambda: deduplicate(conn))
    conn.execute("CHECKPOINT")
    counts = store.counts()
    print(f"   {counts['events']:,} records in {groups:,} groups -> {counts['unique_events']:,} events "
          f"from {counts['articles']:,} articles; file {args.db.stat().st_size / 1e6:,.0f} MB")
    store.close()
    print(f"   peak memory of the build (max RSS): {peak_mb():,.0f} MB", flush=True)

    # The queries in a fresh process: their peak memory is not the bulk load's.
    status = subprocess.call([sys.executable, __file__, "--queries-only", "--db", str(args.db)])
    if not args.keep:
        args.db.unlink(missing_ok=True)
    return status


if __name__ == "__main__":
    sys.exit(main())
