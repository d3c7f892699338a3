"""The server's read queries over the store: plain rows for JSON, with pagination and totals.

Built on the store's own vocabulary (:func:`tidings.store.queries.parse_actor` for actors given as
a country code or a name, :func:`~tidings.store.queries.check_types`, inclusive days), over the
deduplicated tables, like ``tidings query``. Every value from a request is a bound parameter;
the only text spliced into SQL is from fixed whitelists (period names, sort order).

Keys of deduplicated events are 64-bit integers, beyond what JavaScript numbers hold exactly, so
they are returned as strings.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from dataclasses import dataclass

import duckdb

from ..store.queries import FREQUENCIES, ROLES, check_types, parse_actor, parse_day
from ..store.errors import QueryRejected

EVENT_COLUMNS = (
    "key", "day", "last_day", "type", "mode", "cameo", "score", "sources", "source_country",
    "targets", "target_country", "place_name", "place_country", "lat", "lon", "num_mentions",
    "num_articles", "num_sources", "avg_tone", "text", "url",
)


def plain(value: object) -> object:
    """A DuckDB value as JSON can hold it: dates as ISO text, NaN as null."""
    if isinstance(value, dt.datetime):
        return value.isoformat(timespec="seconds")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and math.isnan(value):
        return None
    if isinstance(value, list | tuple):
        return [plain(item) for item in value]
    return value


def rows(cursor: duckdb.DuckDBPyConnection) -> list[dict]:
    names = [column[0] for column in cursor.description]
    return [{name: plain(value) for name, value in zip(names, row, strict=True)} for row in cursor.fetchall()]


def _event_row(row: dict) -> dict:
    row["key"] = str(row["key"])
    return row


def _day_range(since, until) -> tuple[dt.date | None, dt.date | None]:
    start, end = parse_day(since, "since"), parse_day(until, "until")
    if start and end and end < start:
        raise QueryRejected(f"until ({end}) is before since ({start})")
    return start, end


@dataclass
class EventFilter:
    """What the event table, the map and the network can be narrowed by."""

    types: Sequence[str] = ()
    actor: str | None = None  # a name or a code (CHN, CHN/GOV), in ``role``
    country: str | None = None  # an actor's country code, in ``role``
    role: str = "any"
    place: str | None = None  # the place's name or its country code
    since: str | None = None
    until: str | None = None
    text: str | None = None  # in the sentence of any report of the event

    def compile(self) -> tuple[str, list]:
        """``WHERE ...`` on ``unique_events u`` and its parameters."""
        if self.role not in ROLES:
            raise QueryRejected(f"role must be one of {', '.join(ROLES)}, not {self.role!r}")
        clauses, params = [], []
        role_sql = "" if self.role == "any" else "y.role = ? AND "
        role_params = [] if self.role == "any" else [self.role]
        if self.actor:
            condition, actor_params = parse_actor(self.actor).where("y.name", "y.country", "y.sector")
            clauses.append(f"u.key IN (SELECT y.event_key FROM unique_event_actors y WHERE {role_sql}{condition})")
            params.extend([*role_params, *actor_params])
        if self.country:
            code = self.country.strip().upper()
            if not (len(code) == 3 and code.isalpha()):
                raise QueryRejected(f"country must be a three-letter code (UKR, IGO), not {self.country!r}")
            clauses.append(f"u.key IN (SELECT y.event_key FROM unique_event_actors y WHERE {role_sql}y.country = ?)")
            params.extend([*role_params, code])
        if self.place:
            clauses.append("(lower(u.place_name) = lower(?) OR u.place_country = upper(?))")
            params.extend([self.place.strip(), self.place.strip()])
        start, end = _day_range(self.since, self.until)
        if start:
            clauses.append("u.day >= ?")
            params.append(start)
        if end:
            clauses.append("u.day <= ?")
            params.append(end)
        chosen = check_types(self.types)
        if chosen:
            clauses.append(f"u.type IN ({', '.join('?' * len(chosen))})")
            params.extend(chosen)
        if self.text and self.text.strip():
            clauses.append("u.key IN (SELECT m.event_key FROM event_mentions m WHERE contains(lower(m.text), ?))")
            params.append(self.text.strip().lower())
        where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
        return where, params


def events_page(
    conn: duckdb.DuckDBPyConnection, flt: EventFilter, *, limit: int, offset: int, order: str = "asc"
) -> tuple[int, list[dict]]:
    """(total matching, one page of events), by day (undated last) then key."""
    where, params = flt.compile()
    direction = {"asc": "ASC", "desc": "DESC"}[order]
    total = conn.execute(f"SELECT count(*) FROM unique_events u {where}", params).fetchone()[0]
    cursor = conn.execute(
        f"SELECT {', '.join('u.' + c for c in EVENT_COLUMNS)} FROM unique_events u {where} "
        f"ORDER BY u.day {direction} NULLS LAST, u.key {direction} LIMIT ? OFFSET ?",
        [*params, limit, offset],
    )
    return total, [_event_row(row) for row in rows(cursor)]


def event_detail(conn: duckdb.DuckDBPyConnection, key: int) -> dict | None:
    """One deduplicated event with its actors per role and every report of it."""
    cursor = conn.execute(f"SELECT {', '.join(EVENT_COLUMNS)} FROM unique_events WHERE key = ?", [key])
    found = rows(cursor)
    if not found:
        return None
    event = _event_row(found[0])
    event["actors"] = rows(conn.execute(
        "SELECT role, name, kind, country, sector FROM unique_event_actors WHERE event_key = ? "
        "ORDER BY role, name", [key]
    ))
    event["mentions"] = rows(conn.execute(
        "SELECT m.rank, m.day, m.text, a.id AS article_id, a.title, a.date, a.url, a.outlet "
        "FROM event_mentions m JOIN articles a ON a.key = m.article WHERE m.event_key = ? ORDER BY m.rank",
        [key],
    ))
    return event


def place_points(conn: duckdb.DuckDBPyConnection, flt: EventFilter, *, limit: int = 2000) -> list[dict]:
    """Events with coordinates, one point per place: counts by sign of score and mean score."""
    where, params = flt.compile()
    extra = "u.lat IS NOT NULL AND u.lon IS NOT NULL"
    where = f"{where} AND {extra}" if where else f"WHERE {extra}"
    cursor = conn.execute(
        f"""SELECT any_value(u.place_name) AS name, any_value(u.place_country) AS country,
                   round(u.lat, 3) AS lat, round(u.lon, 3) AS lon, count(*) AS events,
                   count_if(u.score > 0) AS cooperation, count_if(u.score < 0) AS conflict,
                   avg(u.score) AS mean_score, list(DISTINCT u.type ORDER BY u.type) AS types
            FROM unique_events u {where}
            GROUP BY round(u.lat, 3), round(u.lon, 3)
            ORDER BY events DESC, name LIMIT ?""",
        [*params, limit],
    )
    return rows(cursor)


def _periods(freq: str, first: dt.date, last: dt.date) -> list[dt.date]:
    """Every period start from ``first`` to ``last`` (weeks start on Monday)."""
    if freq == "week":
        first = first - dt.timedelta(days=first.weekday())
    elif freq == "month":
        first = first.replace(day=1)
    elif freq == "year":
        first = first.replace(month=1, day=1)
    periods, day = [], first
    while day <= last and len(periods) < 5000:
        periods.append(day)
        if freq == "day":
            day += dt.timedelta(days=1)
        elif freq == "week":
            day += dt.timedelta(days=7)
        elif freq == "month":
            day = (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
        else:
            day = day.replace(year=day.year + 1)
    return periods


def dyad_timeline(
    conn: duckdb.DuckDBPyConnection,
    a: str,
    b: str,
    *,
    freq: str = "month",
    since=None,
    until=None,
    types: Sequence[str] = (),
) -> list[dict]:
    """Events with both ``a`` and ``b`` taking part (any roles, two different actors), per period.

    Each period: events, cooperation (score > 0), conflict (< 0), neutral, a_to_b and b_to_a
    (events with one as source and the other as target), mentions and mean score. Every period
    between the first and last event (or since/until) is listed.
    """
    if freq not in FREQUENCIES:
        raise QueryRejected(f"freq must be one of {', '.join(FREQUENCIES)}, not {freq!r}")
    first, second = parse_actor(a), parse_actor(b)
    a_condition, a_params = first.where("y.name", "y.country", "y.sector")
    b_condition, b_params = second.where("y.name", "y.country", "y.sector")
    clauses, params = ["u.day IS NOT NULL"], []
    start, end = _day_range(since, until)
    if start:
        clauses.append("u.day >= ?")
        params.append(start)
    if end:
        clauses.append("u.day <= ?")
        params.append(end)
    chosen = check_types(types)
    if chosen:
        clauses.append(f"u.type IN ({', '.join('?' * len(chosen))})")
        params.extend(chosen)
    sql = f"""
        WITH a_side AS (SELECT y.event_key, y.role, y.name FROM unique_event_actors y WHERE {a_condition}),
        b_side AS (SELECT y.event_key, y.role, y.name FROM unique_event_actors y WHERE {b_condition}),
        pairs AS (
            SELECT a_side.event_key,
                   bool_or(a_side.role = 'source' AND b_side.role = 'target') AS a_to_b,
                   bool_or(b_side.role = 'source' AND a_side.role = 'target') AS b_to_a
            FROM a_side JOIN b_side USING (event_key)
            WHERE a_side.name <> b_side.name  -- two actors, not one matched twice
            GROUP BY a_side.event_key
        )
        SELECT CAST(date_trunc('{freq}', u.day) AS DATE) AS period, count(*) AS events,
               count_if(u.score > 0) AS cooperation, count_if(u.score < 0) AS conflict,
               count_if(u.score = 0) AS neutral, count_if(p.a_to_b) AS a_to_b,
               count_if(p.b_to_a) AS b_to_a, CAST(sum(u.num_mentions) AS BIGINT) AS mentions,
               avg(u.score) AS mean_score
        FROM unique_events u JOIN pairs p ON p.event_key = u.key
        WHERE {' AND '.join(clauses)}
        GROUP BY period ORDER BY period
    """
    found = {row["period"]: row for row in rows(conn.execute(sql, [*a_params, *b_params, *params]))}
    if not found and not (start and end):
        return []
    days = [dt.date.fromisoformat(p) for p in found]
    lo = start or min(days)
    hi = end or max(days)
    empty = {"events": 0, "cooperation": 0, "conflict": 0, "neutral": 0, "a_to_b": 0, "b_to_a": 0,
             "mentions": 0, "mean_score": None}
    return [found.get(day.isoformat(), {"period": day.isoformat(), **empty}) for day in _periods(freq, lo, hi)]


def network(conn: duckdb.DuckDBPyConnection, flt: EventFilter, *, limit: int = 40) -> dict:
    """Who acts on whom: the ``limit`` actors in most events, and the edges between them.

    A directed edge source -> target per event (``kind: "acts"``); actors sharing the source side
    of an event without a target (two leaders "held talks") get an undirected ``"joint"`` edge.
    """
    where, params = flt.compile()
    base = f"SELECT u.key, u.score FROM unique_events u {where}"
    nodes = rows(conn.execute(
        f"""WITH chosen AS ({base})
            SELECT y.name, mode(y.country) AS country, mode(y.sector) AS sector, mode(y.kind) AS kind,
                   count(DISTINCT y.event_key) AS events
            FROM unique_event_actors y JOIN chosen c ON c.key = y.event_key
            GROUP BY y.name ORDER BY events DESC, y.name LIMIT ?""",
        [*params, limit],
    ))
    names = [node["name"] for node in nodes]
    if not names:
        return {"nodes": [], "edges": []}
    edges = rows(conn.execute(
        f"""WITH chosen AS ({base}),
            acts AS (
                SELECT s.name AS source, t.name AS target, 'acts' AS kind, c.key, c.score
                FROM chosen c
                JOIN unique_event_actors s ON s.event_key = c.key AND s.role = 'source'
                JOIN unique_event_actors t ON t.event_key = c.key AND t.role = 'target'
                WHERE s.name <> t.name
            ),
            joint AS (
                SELECT s.name AS source, s2.name AS target, 'joint' AS kind, c.key, c.score
                FROM chosen c
                JOIN unique_event_actors s ON s.event_key = c.key AND s.role = 'source'
                JOIN unique_event_actors s2 ON s2.event_key = c.key AND s2.role = 'source' AND s.name < s2.name
                WHERE NOT EXISTS (SELECT 1 FROM unique_event_actors t WHERE t.event_key = c.key AND t.role = 'target')
            ),
            everything AS (SELECT * FROM acts UNION ALL SELECT * FROM joint)
            SELECT source, target, kind, count(DISTINCT key) AS events,
                   count_if(score > 0) AS cooperation, count_if(score < 0) AS conflict, avg(score) AS mean_score
            FROM everything
            WHERE list_contains(?, source) AND list_contains(?, target)
            GROUP BY source, target, kind ORDER BY events DESC, source, target""",
        [*params, names, names],
    ))
    return {"nodes": nodes, "edges": edges}


def actor_search(conn: duckdb.DuckDBPyConnection, query: str | None, *, limit: int) -> list[dict]:
    """Actors by name (case-insensitive substring; all when empty), most events first."""
    clauses, params = [], []
    if query and query.strip():
        clauses.append("contains(lower(y.name), ?)")
        params.append(query.strip().lower())
    where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
    return rows(conn.execute(
        f"""SELECT y.name, mode(y.country) AS country, mode(y.sector) AS sector, mode(y.kind) AS kind,
                   count(DISTINCT y.event_key) AS events
            FROM unique_event_actors y {where}
            GROUP BY y.name ORDER BY events DESC, y.name LIMIT ?""",
        [*params, limit],
    ))


def actor_profile(conn: duckdb.DuckDBPyConnection, name: str, *, limit: int) -> dict | None:
    """An actor, by exact name without case: who it is, where it is mentioned, what it did, said."""
    profile = rows(conn.execute(
        """SELECT any_value(name) AS name, mode(kind) AS kind, mode(country) AS country,
                  mode(sector) AS sector, mode(title) AS title, count(DISTINCT article) AS articles,
                  CAST(sum(mentions) AS BIGINT) AS mentions, count(*) AS records
           FROM actors WHERE lower(name) = lower(?) HAVING count(*) > 0""",
        [name],
    ))
    in_events = conn.execute(
        "SELECT count(DISTINCT event_key) FROM unique_event_actors WHERE lower(name) = lower(?)", [name]
    ).fetchone()[0]
    if not profile and not in_events:
        return None
    result = profile[0] if profile else {"name": name, "kind": None, "country": None, "sector": None,
                                         "title": None, "articles": 0, "mentions": 0}
    result.pop("records", None)
    result["events_total"] = in_events
    roles = dict(conn.execute(
        "SELECT role, count(DISTINCT event_key) FROM unique_event_actors WHERE lower(name) = lower(?) GROUP BY role",
        [name],
    ).fetchall())
    result["as_source"], result["as_target"] = roles.get("source", 0), roles.get("target", 0)
    result["events"] = [_event_row(row) for row in rows(conn.execute(
        f"""SELECT {', '.join('u.' + c for c in EVENT_COLUMNS)},
                   list(DISTINCT y.role ORDER BY y.role) AS roles
            FROM unique_events u JOIN unique_event_actors y ON y.event_key = u.key
            WHERE lower(y.name) = lower(?)
            GROUP BY ALL ORDER BY u.day DESC NULLS LAST, u.key LIMIT ?""",
        [name, limit],
    ))]
    result["articles_list"] = rows(conn.execute(
        """SELECT a.id, a.title, a.date, a.url, a.outlet, r.mentions
           FROM actors r JOIN articles a ON a.key = r.article
           WHERE lower(r.name) = lower(?) ORDER BY a.date DESC NULLS LAST, a.id LIMIT ?""",
        [name, limit],
    ))
    result["quotes"] = rows(conn.execute(
        """SELECT a.id AS article_id, a.title, a.date, a.url, q.speaker_name AS speaker,
                  q.speaker_country, q.speaker_sector, q.kind, q.text
           FROM quotations q JOIN articles a ON a.key = q.article
           WHERE lower(q.speaker_name) = lower(?) ORDER BY a.date DESC NULLS LAST, a.id, q.n LIMIT ?""",
        [name, limit],
    ))
    return result


def quotes_page(
    conn: duckdb.DuckDBPyConnection,
    *,
    text: str | None,
    speaker: str | None,
    since=None,
    until=None,
    limit: int,
    offset: int,
) -> tuple[int, list[dict]]:
    """Quotations by text (substring, no wildcards) and/or speaker (name or code), newest first."""
    clauses, params = [], []
    if text and text.strip():
        clauses.append("contains(lower(q.text), ?)")
        params.append(text.strip().lower())
    if speaker and speaker.strip():
        condition, speaker_params = parse_actor(speaker).where(
            "q.speaker_name", "q.speaker_country", "q.speaker_sector"
        )
        clauses.append(condition)
        params.extend(speaker_params)
    start, end = _day_range(since, until)
    if start:
        clauses.append("a.date >= ?")
        params.append(start)
    if end:
        clauses.append("a.date <= ?")
        params.append(end)
    where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
    source = f"FROM quotations q JOIN articles a ON a.key = q.article {where}"
    total = conn.execute(f"SELECT count(*) {source}", params).fetchone()[0]
    page = rows(conn.execute(
        f"""SELECT a.id AS article_id, a.date, a.title, a.url, a.outlet, q.speaker_name AS speaker,
                   q.speaker_country, q.speaker_sector, q.kind, q.text
            {source} ORDER BY a.date DESC NULLS LAST, a.id, q.n LIMIT ? OFFSET ?""",
        [*params, limit, offset],
    ))
    return total, page


def status(conn: duckdb.DuckDBPyConnection, *, failures: int = 20) -> dict:
    """What is stored, when it was last ingested, and the latest failures."""
    tables = ("articles", "actors", "events", "quotations", "quantities", "places", "dates",
              "unique_events", "event_mentions", "failures")
    counts = {table: conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] for table in tables}
    first, last, latest = conn.execute("SELECT min(date), max(date), max(ingested_at) FROM articles").fetchone()
    version = conn.execute("SELECT max(version) FROM schema_version").fetchone()[0]
    pending = conn.execute("SELECT value FROM settings WHERE name = 'dedup_pending'").fetchone()
    recent = rows(conn.execute(
        'SELECT id, "where", reason, time FROM failures ORDER BY time DESC LIMIT ?', [failures]
    ))
    return {
        "counts": counts,
        "articles_from": plain(first),
        "articles_until": plain(last),
        "last_ingest": plain(latest),
        "schema_version": version,
        "dedup_pending": bool(pending and pending[0] == "1"),
        "failures": recent,
    }
