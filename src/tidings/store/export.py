"""Exports: Parquet (partitioned by event year/month), POLECAT-style TSV, GDELT-style events.

- Parquet: ``events`` (records) and ``unique_events`` are directories partitioned by the year
  and month of their day (``events/year=2023/month=10/...parquet``; undated events go to
  Hive's ``year=__HIVE_DEFAULT_PARTITION__``), every other table is one file, ``articles.parquet`` etc.
- TSV: one row per event record in the columns of ``tidings extract --format tsv``
  (:data:`tidings.writers.TSV_COLUMNS`), then ``event_key`` (its deduplicated event).
- GDELT: one row per deduplicated event, GDELT 2.0 event-table columns that apply (see
  :data:`GDELT_COLUMNS` and docs/store.md), tab-separated with a header.
"""

from __future__ import annotations

import csv
import shutil
from collections.abc import Iterable, Iterator
from pathlib import Path

import duckdb

from ..schema import (
    ActorRef, Actor, Article, ArticleResult, DateMention, Event, Location, Place, Quantity, Quote,
    Tone,
)
from .errors import StoreError

PARTITIONED = ("events", "unique_events")
# The per-event summaries (actor_events, country_events) are left out: they only restate
# unique_event_actors for the queries' speed.
SINGLE_FILE = (
    "articles", "actors", "event_actors", "event_mentions", "unique_event_actors", "quotations",
    "quantities", "places", "dates", "failures", "schema_version",
)

# PLOVER types by quad (plover.md): 1 verbal cooperation, 2 material cooperation,
# 3 verbal conflict, 4 material conflict, as in GDELT's QuadClass.
QUAD_CLASS: dict[str, int] = {
    **dict.fromkeys(("AGREE", "CONSULT", "SUPPORT", "CONCEDE"), 1),
    **dict.fromkeys(("COOPERATE", "AID", "RETREAT"), 2),
    **dict.fromkeys(("REQUEST", "ACCUSE", "REJECT", "THREATEN"), 3),
    **dict.fromkeys(("PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"), 4),
}

# An event is a "root event" (GDELT: found in the lead paragraph) when one of its mentions is in
# one of the article's first sentences.
ROOT_SENTENCES = 3

GDELT_COLUMNS: tuple[str, ...] = (
    "GlobalEventID", "Day", "MonthYear", "Year", "FractionDate",
    "Actor1Name", "Actor1CountryCode", "Actor1Type1Code",
    "Actor2Name", "Actor2CountryCode", "Actor2Type1Code",
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_Lat", "ActionGeo_Long",
    "ActionGeo_FeatureID", "DATEADDED", "SOURCEURL", "PloverType", "PloverMode",
)


def to_parquet(conn: duckdb.DuckDBPyConnection, directory: Path, *, overwrite: bool = False) -> list[Path]:
    """Write every table under ``directory``; refuse to overwrite unless asked."""
    targets = [directory / name for name in PARTITIONED] + [directory / f"{name}.parquet" for name in SINGLE_FILE]
    existing = [path for path in targets if path.exists()]
    if existing and not overwrite:
        raise StoreError(f"{existing[0]} already exists: choose another directory or pass --overwrite")
    directory.mkdir(parents=True, exist_ok=True)
    for path in existing:
        if path.is_dir():
            shutil.rmtree(path)
        else:
            path.unlink()
    for name in PARTITIONED:
        conn.execute(
            f"COPY (SELECT *, year(day) AS year, month(day) AS month FROM {name} ORDER BY day, 1, 2) "
            f"TO '{_literal(directory / name)}' (FORMAT parquet, PARTITION_BY (year, month))"
        )
    for name in SINGLE_FILE:
        conn.execute(f"COPY (SELECT * FROM {name}) TO '{_literal(directory / f'{name}.parquet')}' (FORMAT parquet)")
    return targets


def _literal(path: Path) -> str:
    # COPY takes no bound parameter for its target; a quote in the path is doubled.
    return str(path).replace("'", "''")


def to_tsv(
    conn: duckdb.DuckDBPyConnection, path: Path, results: Iterable[tuple[int, ArticleResult]]
) -> int:
    """Every event record as POLECAT-style TSV (the writers' columns, then ``event_key``)."""
    from ..writers import TSV_COLUMNS, tsv_rows

    keys = {
        (article, event): key
        for article, event, key in conn.execute("SELECT article, event, event_key FROM event_mentions").fetchall()
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    written = 0
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
        writer.writerow([*TSV_COLUMNS, "event_key"])
        for article, result in results:
            for n, row in enumerate(tsv_rows(result)):
                key = keys.get((article, n))
                writer.writerow([*row, "" if key is None else str(key)])
                written += 1
    return written


def to_gdelt(conn: duckdb.DuckDBPyConnection, path: Path) -> int:
    """Deduplicated events in GDELT 2.0 event-table columns, tab-separated with a header."""
    path.parent.mkdir(parents=True, exist_ok=True)
    quad = " ".join(f"WHEN '{name}' THEN {value}" for name, value in QUAD_CLASS.items())
    sql = f"""
        SELECT u.key AS GlobalEventID,
               CAST(strftime(u.day, '%Y%m%d') AS INTEGER) AS Day,
               CAST(strftime(u.day, '%Y%m') AS INTEGER) AS MonthYear,
               year(u.day) AS Year,
               round(year(u.day) + dayofyear(u.day) / 365.0, 4) AS FractionDate,
               u.source_name AS Actor1Name, u.source_country AS Actor1CountryCode,
               u.source_sector AS Actor1Type1Code,
               u.target_name AS Actor2Name, u.target_country AS Actor2CountryCode,
               u.target_sector AS Actor2Type1Code,
               CAST(root.is_root AS INTEGER) AS IsRootEvent,
               u.cameo AS EventCode, left(u.cameo, 3) AS EventBaseCode, left(u.cameo, 2) AS EventRootCode,
               CASE u.type {quad} END AS QuadClass,
               u.score AS GoldsteinScale,
               u.num_mentions AS NumMentions, u.num_sources AS NumSources, u.num_articles AS NumArticles,
               round(u.avg_tone, 4) AS AvgTone,
               u.place_name AS ActionGeo_FullName, u.place_country AS ActionGeo_CountryCode,
               u.lat AS ActionGeo_Lat, u.lon AS ActionGeo_Long, u.geonameid AS ActionGeo_FeatureID,
               CAST(strftime(a.ingested_at, '%Y%m%d%H%M%S') AS BIGINT) AS DATEADDED,
               u.url AS SOURCEURL, u.type AS PloverType, u.mode AS PloverMode
        FROM unique_events u
        JOIN articles a ON a.key = u.first_article
        JOIN (SELECT event_key, bool_or(sentence < {ROOT_SENTENCES}) AS is_root
              FROM event_mentions GROUP BY event_key) AS root ON root.event_key = u.key
        ORDER BY u.day NULLS LAST, u.key
    """
    columns = conn.execute(f"SELECT * FROM ({sql}) LIMIT 0").description
    assert tuple(column[0] for column in columns) == GDELT_COLUMNS
    conn.execute(
        f"COPY ({sql}) TO '{_literal(path)}' (FORMAT csv, DELIMITER '\t', HEADER true, NULLSTR '')"
    )
    return conn.execute("SELECT count(*) FROM unique_events").fetchone()[0]


# --- the stored articles as ArticleResult objects ----------------------------------------------


def rebuild_results(
    conn: duckdb.DuckDBPyConnection, keys: list[int], *, events_only: bool = False
) -> Iterator[tuple[int, ArticleResult]]:
    """``(key, result)`` for the articles with these keys, in this order, rebuilt from every table."""
    import pyarrow as pa

    def grouped(table: str, order: str) -> dict[int, list[dict]]:
        cursor = conn.execute(
            f"SELECT t.* FROM {table} t SEMI JOIN rebuild_keys k ON k.key = t.article ORDER BY t.article, {order}"
        )
        names = [column[0] for column in cursor.description]
        by_article: dict[int, list[dict]] = {}
        for values in cursor.fetchall():
            record = dict(zip(names, values, strict=True))
            by_article.setdefault(record["article"], []).append(record)
        return by_article

    conn.register("rebuild_keys", pa.table({"key": pa.array(keys, pa.int64())}))
    try:
        cursor = conn.execute("SELECT a.* FROM articles a SEMI JOIN rebuild_keys k ON k.key = a.key")
        names = [column[0] for column in cursor.description]
        articles = {values[0]: dict(zip(names, values, strict=True)) for values in cursor.fetchall()}
        events = grouped("events", "t.n")
        event_actors = grouped("event_actors", "t.event, t.role, t.position")
        tables = {} if events_only else {
            table: grouped(table, "t.n")
            for table in ("actors", "quotations", "quantities", "dates", "places")
        }
    finally:
        conn.unregister("rebuild_keys")

    for key in keys:
        yield key, _result(articles[key], events, event_actors, tables, key)


def _result(row: dict, events: dict, event_actors: dict, tables: dict, key: int) -> ArticleResult:
    def of(table: str) -> list[dict]:
        return tables.get(table, {}).get(key, [])

    roles: dict[tuple[int, str], list[ActorRef]] = {}
    for actor in event_actors.get(key, ()):
        roles.setdefault((actor["event"], actor["role"]), []).append(
            ActorRef(id=actor["actor"], name=actor["name"], country=actor["country"], sector=actor["sector"])
        )
    return ArticleResult(
        article=Article(
            id=row["id"], title=row["title"], date=_iso(row["date"]), url=row["url"], source=row["source"]
        ),
        actors=[
            Actor(id=a["id"], name=a["name"], kind=a["kind"], country=a["country"], sector=a["sector"],
                  title=a["title"], mentions=[tuple(span) for span in a["spans"] or ()],
                  evidence=list(a["evidence"] or ()))
            for a in of("actors")
        ],
        events=[_event(e, roles) for e in events.get(key, ())],
        quotes=[
            Quote(speaker=_ref(q, "speaker"), text=q["text"], start=q["start_char"], end=q["end_char"],
                  kind=q["kind"])
            for q in of("quotations")
        ],
        quantities=[
            Quantity(kind=q["kind"], value=q["value"], unit=q["unit"], object=q["object"], text=q["text"],
                     start=q["start_char"], end=q["end_char"], approximation=q["approximation"])
            for q in of("quantities")
        ],
        dates=[
            DateMention(text=d["text"], start=d["start_char"], end=d["end_char"], value=d["value"],
                        precision=d["precision"], resolved=d["resolved"])
            for d in of("dates")
        ],
        places=[
            Place(name=p["name"], kind=p["kind"], country=p["country"], lat=p["lat"], lon=p["lon"],
                  geonameid=p["geonameid"], mentions=[tuple(span) for span in p["spans"] or ()])
            for p in of("places")
        ],
        tone=Tone(score=row["tone"], positive=row["tone_positive"], negative=row["tone_negative"],
                  polarity=row["tone_polarity"], words=row["tone_words"]),
    )


def _event(e: dict, roles: dict[tuple[int, str], list[ActorRef]]) -> Event:
    location = None
    if e["place_name"] is not None:
        location = Location(name=e["place_name"], country=e["place_country"], lat=e["lat"], lon=e["lon"],
                            geonameid=e["geonameid"])
    return Event(
        id=e["id"], type=e["type"], mode=e["mode"], cameo=e["cameo"],
        source=roles.get((e["n"], "source"), []), target=roles.get((e["n"], "target"), []),
        date=e["date"], date_precision=e["date_precision"], date_source=e["date_source"],
        location=location, sentence=e["sentence"], text=e["text"], trigger=e["trigger"],
        start=e["start_char"], end=e["end_char"], negated=e["negated"], hypothetical=e["hypothetical"],
        future=e["future"], historical=e["historical"], reported_by=_ref(e, "reported_by"),
        tone=e["tone"], confidence=e["confidence"],
    )


def _ref(row: dict, prefix: str) -> ActorRef | None:
    name = row[f"{prefix}_name"]
    if name is None:
        return None
    return ActorRef(id=row[prefix], name=name, country=row[f"{prefix}_country"], sector=row[f"{prefix}_sector"])


def _iso(value) -> str | None:
    return value.isoformat() if value is not None else None
