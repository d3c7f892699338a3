"""Cross-article deduplication: several reports of one real-world event become one event.

Two event records (from any articles) are one event when they have

- the same type and the same *group*: the set of source actors and the set of target actors, each
  actor known by its country+sector codes, or by its name for a person (or for an actor with
  neither code). CONSULT compares the union of source and target, because reports of one meeting
  differ in who they make host ("Xi hosted Putin", "Putin met Xi", "the two leaders met");
- days within the window (default 2 days) of the first report's day;
- the same place when both have one.

Inside a group, records are taken in a fixed order (day, article hash key, event number), and each
joins the first open cluster that started at most ``window`` days earlier and whose place agrees,
else starts a new cluster. The result depends only on the set of records stored, never on the
order they were ingested in; a cluster's key is a hash of its group and its first record.

The pass is incremental: only groups with a record not yet assigned (new articles) or an assigned
record that is gone (a replaced article) are recomputed, in one transaction with their rows: the
events, their mentions and actors, and the per-event summaries the queries rank and count from.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

import duckdb

from ..schema import ActorRef, Event
from .schema import unregister_quietly

UNDIRECTED_TYPES: frozenset[str] = frozenset({"CONSULT"})
DEFAULT_WINDOW_DAYS = 2


def actor_identity(ref: ActorRef, kind: str | None) -> str:
    """How an actor is compared across articles: ``c:CHN/GOV``, or ``n:xi jinping`` for a person."""
    if kind == "person" or (ref.country is None and ref.sector is None):
        name = " ".join(ref.name.casefold().replace("|", " ").replace("+", " ").split())
        return f"n:{name}"
    return f"c:{ref.country or '-'}/{ref.sector or '-'}"


def group_key(event: Event, kinds: Mapping[str, str]) -> str:
    """``TYPE|source identities|target identities``, each set sorted and joined by ``+``."""
    sources = {actor_identity(ref, kinds.get(ref.id)) for ref in event.source}
    targets = {actor_identity(ref, kinds.get(ref.id)) for ref in event.target}
    if event.type in UNDIRECTED_TYPES:
        sources, targets = sources | targets, set()
    return f"{event.type}|{'+'.join(sorted(sources))}|{'+'.join(sorted(targets))}"


@dataclass(frozen=True)
class Record:
    """One countable event record as the clustering sees it."""

    article: int
    event: int
    day: dt.date | None
    geonameid: int | None = None
    place: str | None = None  # casefolded place name

    def sort_key(self) -> tuple:
        return (self.day is None, self.day or dt.date.min, self.article, self.event)


@dataclass
class Cluster:
    group: str
    records: list[Record] = field(default_factory=list)
    place: Record | None = None  # the first record that has a place

    @property
    def first(self) -> Record:
        return self.records[0]

    @property
    def key(self) -> int:
        return cluster_key(self.group, self.first.article, self.first.event)


def cluster_indices(
    days: Sequence[int | None],
    geonameids: Sequence[int | None],
    places: Sequence[str | None],
    window_days: int,
) -> list[tuple[list[int], int]]:
    """The rule on one group's records, given column-wise and already in order (day, nulls last).

    Returns ``(member indices, index of the member whose place is the event's, or -1)`` per event.
    Days are day numbers (any epoch).
    """
    clusters: list[list] = []  # [first day, place index or -1, member indices]
    open_from = 0  # clusters before this one started more than the window ago
    for i, day in enumerate(days):
        if day is None:  # no day to compare: an event of its own
            clusters.append([None, i if places[i] is not None else -1, [i]])
            open_from = len(clusters)
            continue
        # Clusters start in day order, so the ones out of the window are a prefix.
        while open_from < len(clusters) and day - clusters[open_from][0] > window_days:
            open_from += 1
        place = places[i]
        for cluster in clusters[open_from:]:
            held = cluster[1]
            if place is None or held < 0 or _same_place(geonameids, places, held, i):
                cluster[2].append(i)
                if place is not None and held < 0:
                    cluster[1] = i
                break
        else:
            clusters.append([day, i if place is not None else -1, [i]])
    return [(members, held) for _, held, members in clusters]


def _same_place(geonameids: Sequence[int | None], places: Sequence[str | None], a: int, b: int) -> bool:
    """Places agree: same GeoNames id when both have one, else the same (casefolded) name."""
    if geonameids[a] is not None and geonameids[b] is not None:
        return geonameids[a] == geonameids[b]
    return places[a] == places[b]


def cluster_key(group: str, article: int, event: int) -> int:
    """An event's key: 60 bits of a BLAKE2b hash of its group and its first record."""
    digest = hashlib.blake2b(f"{group}\x1f{article}\x1f{event}".encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big") >> 4


def cluster_group(group: str, records: Iterable[Record], window_days: int) -> list[Cluster]:
    """Split one group's records into events (see the module docstring for the rule)."""
    ordered = sorted(records, key=Record.sort_key)
    found = cluster_indices(
        [record.day.toordinal() if record.day else None for record in ordered],
        [record.geonameid for record in ordered],
        [record.place for record in ordered],
        window_days,
    )
    return [
        Cluster(group, [ordered[i] for i in members], ordered[held] if held >= 0 else None)
        for members, held in found
    ]


# --- the pass over the store --------------------------------------------------------------------

_DIRTY_GROUPS = """
SELECT DISTINCT e.group_key FROM events e ANTI JOIN event_mentions m
    ON m.article = e.article AND m.event = e.n
WHERE e.countable
UNION
SELECT DISTINCT m.group_key FROM event_mentions m ANTI JOIN events e
    ON m.article = e.article AND m.event = e.n
"""

# The records of the groups to recompute, in the order the rule takes them.
_GROUP_RECORDS = """
SELECT e.group_key, e.article, e.n, datediff('day', DATE '1970-01-01', e.day) AS day_number,
       e.geonameid, lower(e.place_name) AS place
FROM events e SEMI JOIN dedup_groups g ON g.group_key = e.group_key
WHERE e.countable
ORDER BY e.group_key, e.day NULLS LAST, e.article, e.n
"""

# Built from the clusters (dedup_clusters) and their mentions: labels of the first mention,
# the place of the first mention that has one, and GDELT-style counts over all mentions.
_UNIQUE_EVENTS = """
INSERT INTO unique_events
WITH mentions AS (
    SELECT m.event_key, m.article, m.day FROM event_mentions m
    SEMI JOIN dedup_clusters c ON c.key = m.event_key
), per_article AS (
    SELECT event_key, article, count(*) AS mentions, min(day) AS first_day, max(day) AS last_day
    FROM mentions GROUP BY event_key, article
), counts AS (
    SELECT p.event_key, CAST(sum(p.mentions) AS INTEGER) AS num_mentions,
           count(*) AS num_articles, count(DISTINCT coalesce(a.outlet, a.hash)) AS num_sources,
           avg(a.tone ORDER BY p.article) AS avg_tone, min(p.first_day) AS first_day, max(p.last_day) AS last_day
    FROM per_article p JOIN articles a ON a.key = p.article
    GROUP BY p.event_key  -- avg_tone ordered: the same bits whatever order a resumed ingest scans in
), roles AS (
    SELECT c.key,
           list(x.name ORDER BY x.position) FILTER (WHERE x.role = 'source') AS sources,
           list(x.name ORDER BY x.position) FILTER (WHERE x.role = 'target') AS targets,
           arg_min(x.name, x.position) FILTER (WHERE x.role = 'source') AS source_name,
           arg_min(x.country, x.position) FILTER (WHERE x.role = 'source') AS source_country,
           arg_min(x.sector, x.position) FILTER (WHERE x.role = 'source') AS source_sector,
           arg_min(x.name, x.position) FILTER (WHERE x.role = 'target') AS target_name,
           arg_min(x.country, x.position) FILTER (WHERE x.role = 'target') AS target_country,
           arg_min(x.sector, x.position) FILTER (WHERE x.role = 'target') AS target_sector
    FROM dedup_clusters c
    JOIN event_actors x ON x.article = c.first_article AND x.event = c.first_event
    GROUP BY c.key
)
SELECT c.key, c.group_key, e.type, e.mode, e.cameo, e.score, n.first_day, n.last_day,
       e.day_precision, r.source_name, r.source_country, r.source_sector, r.target_name,
       r.target_country, r.target_sector, coalesce(r.sources, []), coalesce(r.targets, []),
       p.place_name, p.place_country, p.lat, p.lon, p.geonameid,
       n.num_mentions, n.num_articles, n.num_sources, n.avg_tone,
       c.first_article, c.first_event, e.text, a.url
FROM dedup_clusters c
JOIN events e ON e.article = c.first_article AND e.n = c.first_event
JOIN articles a ON a.key = c.first_article
JOIN counts n ON n.event_key = c.key
LEFT JOIN roles r ON r.key = c.key
LEFT JOIN events p ON p.article = c.place_article AND p.n = c.place_event
"""


_UNIQUE_EVENT_ACTORS = """
INSERT INTO unique_event_actors
SELECT DISTINCT m.event_key, m.group_key, x.role, x.name, x.kind, x.country, x.sector
FROM event_mentions m SEMI JOIN dedup_clusters c ON c.key = m.event_key
JOIN event_actors x ON x.article = m.article AND x.event = m.event
"""

# The per-event summaries the ranking and counting queries read (migrations/0003): one row per
# recomputed event and actor name, and per event and country, with the event's type, day, score.
def _summary_sql(table: str, column: str, skip_null: bool) -> str:
    """INSERT one row per recomputed event and ``column`` value (actor name or country) into ``table``,
    with whether it was a source and/or a target, and the event's type, day and score."""
    where = f"WHERE y.{column} IS NOT NULL" if skip_null else ""
    return f"""
INSERT INTO {table}
SELECT y.event_key, y.group_key, y.{column}, bool_or(y.role = 'source'), bool_or(y.role = 'target'),
       u.type, u.day, u.score
FROM unique_event_actors y SEMI JOIN dedup_clusters c ON c.key = y.event_key
JOIN unique_events u ON u.key = y.event_key
{where}
GROUP BY y.event_key, y.group_key, y.{column}, u.type, u.day, u.score
"""


_ACTOR_EVENTS = _summary_sql("actor_events", "name", skip_null=False)
_COUNTRY_EVENTS = _summary_sql("country_events", "country", skip_null=True)

# Every table rebuilt group by group, in the order they are filled.
_DERIVED_TABLES = (
    "event_mentions", "unique_events", "unique_event_actors", "actor_events", "country_events",
)


def window_days(conn: duckdb.DuckDBPyConnection) -> int:
    row = conn.execute("SELECT value FROM settings WHERE name = 'dedup_window_days'").fetchone()
    return int(row[0]) if row else DEFAULT_WINDOW_DAYS


def pending(conn: duckdb.DuckDBPyConnection) -> bool:
    """Whether articles were written since the last pass (an ingest was interrupted)."""
    row = conn.execute("SELECT value FROM settings WHERE name = 'dedup_pending'").fetchone()
    return bool(row and row[0] == "1")


def deduplicate(conn: duckdb.DuckDBPyConnection, *, window: int | None = None) -> int:
    """Recompute the events of every changed group (every group when ``window`` changes).

    Runs in one transaction; returns the number of groups recomputed.
    """
    conn.execute("BEGIN TRANSACTION")
    try:
        current = window_days(conn)
        everything = window is not None and window != current
        if window is not None:
            conn.execute("UPDATE settings SET value = ? WHERE name = 'dedup_window_days'", [str(window)])
            current = window
        if everything:
            groups_sql = "SELECT DISTINCT group_key FROM events UNION SELECT DISTINCT group_key FROM event_mentions"
        else:
            groups_sql = _DIRTY_GROUPS
        conn.execute(f"CREATE OR REPLACE TEMP TABLE dedup_groups AS {groups_sql}")
        n_groups = conn.execute("SELECT count(*) FROM dedup_groups").fetchall()[0][0]
        if n_groups:
            clusters, mentions = _cluster_columns(conn.sql(_GROUP_RECORDS).to_arrow_table(), current)
            _replace_groups(conn, clusters, mentions)
        conn.execute("UPDATE settings SET value = '0' WHERE name = 'dedup_pending'")
        conn.execute("DROP TABLE IF EXISTS dedup_groups")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return n_groups


def _cluster_columns(records, window: int) -> tuple[dict[str, list], dict[str, list]]:
    """Apply the rule group by group; return the columns of the clusters and of their mentions."""
    groups = records.column("group_key").to_pylist()
    articles = records.column("article").to_pylist()
    events = records.column("n").to_pylist()
    days = records.column("day_number").to_pylist()
    geonameids = records.column("geonameid").to_pylist()
    places = records.column("place").to_pylist()
    keys, cluster_groups, first_articles, first_events, place_articles, place_events = [], [], [], [], [], []
    mention_keys, mention_groups, ranks, mention_articles, mention_events = [], [], [], [], []
    start, total = 0, len(groups)
    while start < total:
        group = groups[start]
        end = start + 1
        while end < total and groups[end] == group:
            end += 1
        if end - start == 1:  # most groups have one record: one event, nothing to compare
            found = [([0], 0 if places[start] is not None else -1)]
        else:
            found = cluster_indices(days[start:end], geonameids[start:end], places[start:end], window)
        for members, held in found:
            first = start + members[0]
            key = cluster_key(group, articles[first], events[first])
            keys.append(key)
            cluster_groups.append(group)
            first_articles.append(articles[first])
            first_events.append(events[first])
            place_articles.append(articles[start + held] if held >= 0 else None)
            place_events.append(events[start + held] if held >= 0 else None)
            size = len(members)
            mention_keys.extend([key] * size)
            mention_groups.extend([group] * size)
            ranks.extend(range(size))
            if size == 1:
                mention_articles.append(articles[first])
                mention_events.append(events[first])
            else:
                mention_articles.extend([articles[start + m] for m in members])
                mention_events.extend([events[start + m] for m in members])
        start = end
    clusters = {
        "key": keys, "group_key": cluster_groups, "first_article": first_articles,
        "first_event": first_events, "place_article": place_articles, "place_event": place_events,
    }
    mentions = {
        "event_key": mention_keys, "group_key": mention_groups, "rank": ranks,
        "article": mention_articles, "event": mention_events,
    }
    return clusters, mentions


def _replace_groups(conn: duckdb.DuckDBPyConnection, clusters: dict[str, list], mentions: dict[str, list]) -> None:
    import pyarrow as pa

    for table in _DERIVED_TABLES:
        conn.execute(f"DELETE FROM {table} WHERE group_key IN (SELECT group_key FROM dedup_groups)")
    new_clusters = pa.table(clusters, schema=pa.schema([
        ("key", pa.int64()), ("group_key", pa.string()), ("first_article", pa.int64()),
        ("first_event", pa.int32()), ("place_article", pa.int64()), ("place_event", pa.int32()),
    ]))
    new_mentions = pa.table(mentions, schema=pa.schema([
        ("event_key", pa.int64()), ("group_key", pa.string()), ("rank", pa.int32()),
        ("article", pa.int64()), ("event", pa.int32()),
    ]))
    conn.register("dedup_new_clusters", new_clusters)
    conn.register("dedup_new_mentions", new_mentions)
    try:
        conn.execute("CREATE OR REPLACE TEMP TABLE dedup_clusters AS SELECT * FROM dedup_new_clusters")
        conn.execute(
            """
            INSERT INTO event_mentions
            SELECT m.event_key, m.group_key, m.rank, m.article, m.event, e.day, e.sentence, e.text
            FROM dedup_new_mentions m JOIN events e ON e.article = m.article AND e.n = m.event
            """
        )
    finally:
        unregister_quietly(conn, "dedup_new_clusters")
        unregister_quietly(conn, "dedup_new_mentions")
    conn.execute(_UNIQUE_EVENTS)
    conn.execute(_UNIQUE_EVENT_ACTORS)
    conn.execute(_ACTOR_EVENTS)
    conn.execute(_COUNTRY_EVENTS)
    conn.execute("DROP TABLE IF EXISTS dedup_clusters")
