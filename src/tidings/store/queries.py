"""The store's queries: SQL built by small pure functions with bound parameters, run on DuckDB.

Every count is of *deduplicated* events (``unique_events``); an actor takes part in an event in a
role when one of the event's mentions (an article's event record) has it in that role
(``unique_event_actors``, kept by the dedup pass, so queries never scan the per-article tables).
Rankings and counts read the pass's per-event summaries instead (``actor_events``,
``country_events``: one row per event and actor name, or country, with its roles, type, day and
score), which makes them one GROUP BY over one table.

An actor is given as (see :func:`parse_actor`):

- a country code: three capital letters, ``CHN``, ``RUS``, ``IGO`` ...; with a sector,
  ``CHN/GOV``;
- a name: anything else, matched case-insensitively on whole words (``Putin`` matches
  ``Vladimir Putin``; ``Xi`` does not match ``Xiomara``). Prefix ``name:`` to search a name that
  looks like a code (``name:IBM``).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import duckdb

from ..schema import EVENT_TYPES
from .errors import QueryRejected

if TYPE_CHECKING:
    import pandas as pd

FREQUENCIES = ("day", "week", "month", "year")
ROLES = ("source", "target", "any")
_CODE = re.compile(r"^([A-Z]{3})(?:/([A-Z]{3}))?$")
_REGEX_SPECIAL = re.compile(r"([\\.^$|?*+()\[\]{}])")
# A role's flag in the per-event summaries (actor_events, country_events).
_ROLE_FLAG = {"source": "s.as_source", "target": "s.as_target"}


@dataclass(frozen=True)
class ActorSpec:
    """Who a query is about: a country (and sector) code, or a name."""

    country: str | None = None
    sector: str | None = None
    name: str | None = None

    @property
    def label(self) -> str:
        if self.name is not None:
            return self.name
        return f"{self.country}/{self.sector}" if self.sector else str(self.country)

    def where(self, name: str = "name", country: str = "country", sector: str = "sector") -> tuple[str, list]:
        """A SQL condition on the given columns, with its parameters."""
        if self.name is not None:
            # Prefilter with a cheap substring test; the regex then checks whole words (any script).
            pattern = r"(?i)(^|[^\pL\pN])" + _REGEX_SPECIAL.sub(r"\\\1", self.name) + r"([^\pL\pN]|$)"
            return (f"(contains(lower({name}), ?) AND regexp_matches({name}, ?))", [self.name.lower(), pattern])
        if self.sector is not None:
            return f"({country} = ? AND {sector} = ?)", [self.country, self.sector]
        return f"{country} = ?", [self.country]


def parse_actor(text: str) -> ActorSpec:
    """``CHN`` or ``CHN/GOV`` -> codes; ``name:X`` or anything else -> a name (see module doc)."""
    text = " ".join(text.split())
    if not text:
        raise QueryRejected("an actor is empty: give a country code (CHN) or a name (Putin)")
    if text.lower().startswith("name:"):
        name = text[5:].strip()
        if not name:
            raise QueryRejected("name: needs a name after it")
        return ActorSpec(name=name)
    match = _CODE.match(text)
    if match:
        return ActorSpec(country=match.group(1), sector=match.group(2))
    return ActorSpec(name=text)


def parse_day(value: str | dt.date | None, what: str) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip())
    except ValueError as exc:
        raise QueryRejected(f"{what}: {value!r} is not a date (YYYY-MM-DD)") from exc


def check_types(types: Sequence[str]) -> list[str]:
    chosen = [t.strip().upper() for t in types if t.strip()]
    unknown = [t for t in chosen if t not in EVENT_TYPES]
    if unknown:
        raise QueryRejected(f"unknown event type {', '.join(unknown)}: use one of {', '.join(EVENT_TYPES)}")
    return chosen


def _choice(value: str, allowed: Sequence[str], what: str) -> str:
    if value not in allowed:
        raise QueryRejected(f"{what} must be one of {', '.join(allowed)}, not {value!r}")
    return value


def _day_filters(
    column: str, since: str | dt.date | None, until: str | dt.date | None
) -> tuple[list[str], list]:
    """``since`` and ``until`` are inclusive days."""
    clauses, params = [], []
    start, end = parse_day(since, "since"), parse_day(until, "until")
    if start and end and end < start:
        raise QueryRejected(f"until ({end}) is before since ({start})")
    if start:
        clauses.append(f"{column} >= ?")
        params.append(start)
    if end:
        clauses.append(f"{column} <= ?")
        params.append(end)
    return clauses, params


def _events_with(spec: ActorSpec, role: str, alias: str, *, with_name: bool = False) -> tuple[str, list]:
    """A CTE ``alias``: the keys of the events with ``spec`` in ``role`` (and the matching names)."""
    condition, params = spec.where("y.name", "y.country", "y.sector")
    role_sql = ""
    if role != "any":
        role_sql = "y.role = ? AND "
        params = [role, *params]
    name = ", y.name" if with_name else ""
    return (
        f"{alias} AS (SELECT DISTINCT y.event_key{name} FROM unique_event_actors y WHERE {role_sql}{condition})",
        params,
    )


def _where(clauses: list[str]) -> str:
    return f"WHERE {' AND '.join(clauses)}" if clauses else ""


# --- dyads -----------------------------------------------------------------------------------------


def dyad_sql(
    source: ActorSpec, target: ActorSpec, *, freq: str, since, until, types: Sequence[str]
) -> tuple[str, list]:
    """Deduplicated events from ``source`` to ``target`` per period: count, mentions, mean score."""
    src_cte, src_params = _events_with(source, "source", "src")
    tgt_cte, tgt_params = _events_with(target, "target", "tgt")
    clauses, params = _day_filters("u.day", since, until)
    clauses.append("u.day IS NOT NULL")
    if types:
        clauses.append(f"u.type IN ({', '.join('?' * len(types))})")
        params.extend(types)
    sql = f"""
        WITH {src_cte}, {tgt_cte},
        hits AS (SELECT event_key FROM src INTERSECT SELECT event_key FROM tgt)
        SELECT CAST(date_trunc('{freq}', u.day) AS DATE) AS period, count(*) AS events,
               CAST(sum(u.num_mentions) AS BIGINT) AS mentions, avg(u.score) AS mean_score
        FROM unique_events u SEMI JOIN hits ON hits.event_key = u.key
        {_where(clauses)}
        GROUP BY period ORDER BY period
    """
    return sql, [*src_params, *tgt_params, *params]


def dyad_series(
    conn: duckdb.DuckDBPyConnection,
    a: str,
    b: str,
    *,
    freq: str = "month",
    since=None,
    until=None,
    types: Sequence[str] = (),
) -> pd.DataFrame:
    """Both directions, every period between the first and last (or since/until) filled with 0.

    Columns: period, source, target, events, mentions, mean_score (NaN when no event).
    """
    import pandas as pd

    _choice(freq, FREQUENCIES, "freq")
    first, second = parse_actor(a), parse_actor(b)
    chosen = check_types(types)
    frames = []
    for source, target in ((first, second), (second, first)):
        sql, params = dyad_sql(source, target, freq=freq, since=since, until=until, types=chosen)
        frame = conn.execute(sql, params).df()
        frame["period"] = pd.to_datetime(frame["period"])
        frames.append((source, target, frame))
    periods = _periods(freq, [frame for _, _, frame in frames], since, until)
    filled = []
    for source, target, frame in frames:
        full = pd.DataFrame({"period": periods}).merge(frame, on="period", how="left")
        full["events"] = full["events"].fillna(0).astype("int64")
        full["mentions"] = full["mentions"].fillna(0).astype("int64")
        full.insert(1, "source", source.label)
        full.insert(2, "target", target.label)
        filled.append(full)
    return pd.concat(filled, ignore_index=True)[["period", "source", "target", "events", "mentions", "mean_score"]]


def _periods(freq: str, frames, since, until):
    import pandas as pd

    starts = [frame["period"].min() for frame in frames if len(frame)]
    ends = [frame["period"].max() for frame in frames if len(frame)]
    start = parse_day(since, "since")
    end = parse_day(until, "until")
    lo = pd.Timestamp(start) if start else (min(starts) if starts else None)
    hi = pd.Timestamp(end) if end else (max(ends) if ends else None)
    if lo is None or hi is None:
        return pd.DatetimeIndex([], dtype="datetime64[us]")
    offsets = {"day": "D", "week": "W-MON", "month": "MS", "year": "YS"}
    lo = _truncate(lo, freq)
    return pd.date_range(lo, hi, freq=offsets[freq]).as_unit("us")


def _truncate(stamp, freq: str):
    import pandas as pd

    day = stamp.date()
    if freq == "week":
        day = day - dt.timedelta(days=day.weekday())
    elif freq == "month":
        day = day.replace(day=1)
    elif freq == "year":
        day = day.replace(month=1, day=1)
    return pd.Timestamp(day)


# --- meetings --------------------------------------------------------------------------------------


def meetings_sql(a: ActorSpec, b: ActorSpec, *, since, until) -> tuple[str, list]:
    a_cte, a_params = _events_with(a, "any", "a_side", with_name=True)
    b_cte, b_params = _events_with(b, "any", "b_side", with_name=True)
    clauses, params = _day_filters("u.day", since, until)
    clauses.insert(0, "u.type = 'CONSULT'")
    sql = f"""
        WITH {a_cte}, {b_cte},
        hits AS (
            SELECT DISTINCT a_side.event_key FROM a_side JOIN b_side USING (event_key)
            WHERE a_side.name <> b_side.name  -- two participants, not one matched twice
        )
        SELECT u.key, u.day, u.mode, u.sources, u.targets, u.place_name, u.place_country,
               u.num_mentions, u.num_articles, u.num_sources, u.text
        FROM unique_events u SEMI JOIN hits ON hits.event_key = u.key
        {_where(clauses)}
        ORDER BY u.day NULLS LAST, u.key
    """
    return sql, [*a_params, *b_params, *params]


def meetings(conn: duckdb.DuckDBPyConnection, a: str, b: str, *, since=None, until=None) -> pd.DataFrame:
    """One row per meeting (deduplicated CONSULT event) with both among source + target."""
    sql, params = meetings_sql(parse_actor(a), parse_actor(b), since=since, until=until)
    return conn.execute(sql, params).df()


# --- top actors ------------------------------------------------------------------------------------


def top_actors_sql(*, by: str, role: str, types: Sequence[str], since, until, limit: int) -> tuple[str, list]:
    """Rank actors (or countries) by events, from the per-event summaries (one row per event and
    actor, or country: ``actor_events``, ``country_events``); labels only for the ranked few."""
    if by == "country":
        table, column, label = "country_events", "country", "country"
    else:
        table, column, label = "actor_events", "name", "actor"
    clauses, params = _day_filters("s.day", since, until)
    if role != "any":
        clauses.append(_ROLE_FLAG[role])
    if types:
        clauses.append(f"s.type IN ({', '.join('?' * len(types))})")
        params.extend(types)
    # With --role source an actor counts only its events as a source, and none as a target.
    as_source = "s.as_source" if role in ("source", "any") else "false"
    as_target = "s.as_target" if role in ("target", "any") else "false"
    ranked = f"""
        ranked AS (
            SELECT s.{column} AS {label}, count(*) AS events,
                   CAST(count_if({as_source}) AS BIGINT) AS as_source,
                   CAST(count_if({as_target}) AS BIGINT) AS as_target, avg(s.score) AS mean_score
            FROM {table} s
            {_where(clauses)}
            GROUP BY s.{column}
            ORDER BY events DESC, {label}
            LIMIT ?
        )"""
    params.append(limit)
    if by == "country":
        return f"WITH {ranked} SELECT * FROM ranked ORDER BY events DESC, country", params
    # An actor's country and sector: the most frequent among the rows that made it count (the
    # same filters), ties to the alphabetically first; looked up for the ranked actors only.
    label_clauses, label_params = _day_filters("u.day", since, until)
    if role != "any":
        label_clauses.append("y.role = ?")
        label_params.append(role)
    if types:
        label_clauses.append(f"u.type IN ({', '.join('?' * len(types))})")
        label_params.extend(types)
    # The event's day and type are needed only to filter on them.
    on_event = any(clause.startswith("u.") for clause in label_clauses)
    events_join = "JOIN unique_events u ON u.key = y.event_key" if on_event else ""
    label_clauses.append("y.name IN (SELECT actor FROM ranked)")
    sql = f"""
        WITH {ranked},
        involved AS (
            SELECT y.name AS actor, y.country, y.sector
            FROM unique_event_actors y {events_join}
            {_where(label_clauses)}
        ), countries AS (
            SELECT actor, country, count(*) AS n FROM involved WHERE country IS NOT NULL GROUP BY ALL
        ), sectors AS (
            SELECT actor, sector, count(*) AS n FROM involved WHERE sector IS NOT NULL GROUP BY ALL
        ), country_labels AS (
            SELECT actor, first(country ORDER BY n DESC, country) AS country FROM countries GROUP BY actor
        ), sector_labels AS (
            SELECT actor, first(sector ORDER BY n DESC, sector) AS sector FROM sectors GROUP BY actor
        )
        SELECT r.actor, c.country, s.sector, r.events, r.as_source, r.as_target, r.mean_score
        FROM ranked r
        LEFT JOIN country_labels c USING (actor)
        LEFT JOIN sector_labels s USING (actor)
        ORDER BY r.events DESC, r.actor
    """
    return sql, [*params, *label_params]


def top_actors(
    conn: duckdb.DuckDBPyConnection,
    *,
    by: str = "actor",
    role: str = "any",
    types: Sequence[str] = (),
    since=None,
    until=None,
    limit: int = 20,
) -> pd.DataFrame:
    _choice(by, ("actor", "country"), "by")
    _choice(role, ROLES, "role")
    if limit < 1:
        raise QueryRejected("limit must be 1 or more")
    sql, params = top_actors_sql(
        by=by, role=role, types=check_types(types), since=since, until=until, limit=limit
    )
    return conn.execute(sql, params).df()


# --- events ----------------------------------------------------------------------------------------


def _event_filter(
    types, actor: str | None, role: str, since, until, *, events: str = "u.key", day: str = "u.day",
    type_: str = "u.type",
) -> tuple[str, list[str], list]:
    """(CTE prefix, WHERE clauses on the given columns, parameters) for the events and counts queries."""
    ctes, params = "", []
    clauses, day_params = _day_filters(day, since, until)
    if actor:
        cte, cte_params = _events_with(parse_actor(actor), role, "who")
        ctes = f"WITH {cte}"
        params.extend(cte_params)
        clauses.append(f"{events} IN (SELECT event_key FROM who)")
    params.extend(day_params)
    if types:
        clauses.append(f"{type_} IN ({', '.join('?' * len(types))})")
        params.extend(types)
    return ctes, clauses, params


def events(
    conn: duckdb.DuckDBPyConnection,
    *,
    types: Sequence[str] = (),
    actor: str | None = None,
    role: str = "any",
    since=None,
    until=None,
    limit: int | None = 100,
) -> pd.DataFrame:
    """Deduplicated events, earliest first, with their first mention's sentence."""
    _choice(role, ROLES, "role")
    ctes, clauses, params = _event_filter(check_types(types), actor, role, since, until)
    limit_sql = ""
    if limit is not None:
        if limit < 1:
            raise QueryRejected("limit must be 1 or more")
        limit_sql = "LIMIT ?"
        params.append(limit)
    sql = f"""
        {ctes}
        SELECT u.key, u.day, u.type, u.mode, u.cameo, u.score, u.sources, u.source_country,
               u.targets, u.target_country, u.place_name, u.place_country, u.num_mentions,
               u.num_articles, u.num_sources, u.avg_tone, u.text
        FROM unique_events u
        {_where(clauses)}
        ORDER BY u.day NULLS LAST, u.key
        {limit_sql}
    """
    return conn.execute(sql, params).df()


def event_counts(
    conn: duckdb.DuckDBPyConnection,
    *,
    types: Sequence[str] = (),
    actor: str | None = None,
    role: str = "source",
    since=None,
    until=None,
) -> pd.DataFrame:
    """Deduplicated events per country (of the actors in ``role``) and type, most first."""
    _choice(role, ROLES, "role")
    ctes, clauses, params = _event_filter(
        check_types(types), actor, "any", since, until, events="s.event_key", day="s.day", type_="s.type"
    )
    if role != "any":
        clauses.append(_ROLE_FLAG[role])
    # country_events has one row per event and country, so count(*) counts distinct events.
    sql = f"""
        {ctes}
        SELECT s.country, s.type, count(*) AS events
        FROM country_events s
        {_where(clauses)}
        GROUP BY s.country, s.type
        ORDER BY events DESC, s.country, s.type
    """
    return conn.execute(sql, params).df()


# --- quotations ------------------------------------------------------------------------------------


def quotes(
    conn: duckdb.DuckDBPyConnection,
    *,
    text: str | None = None,
    speaker: str | None = None,
    since=None,
    until=None,
    limit: int | None = 100,
) -> pd.DataFrame:
    """Quotations by text (case-insensitive substring) and/or speaker (name or country code)."""
    clauses, params = [], []
    if text:
        clauses.append("contains(lower(q.text), ?)")
        params.append(text.lower())
    if speaker:
        condition, speaker_params = parse_actor(speaker).where(
            "q.speaker_name", "q.speaker_country", "q.speaker_sector"
        )
        clauses.append(condition)
        params.extend(speaker_params)
    day_clauses, day_params = _day_filters("a.date", since, until)
    clauses.extend(day_clauses)
    params.extend(day_params)
    limit_sql = ""
    if limit is not None:
        if limit < 1:
            raise QueryRejected("limit must be 1 or more")
        limit_sql = "LIMIT ?"
        params.append(limit)
    sql = f"""
        SELECT a.id AS article_id, a.date, a.title, a.url, q.speaker_name AS speaker,
               q.speaker_country, q.speaker_sector, q.kind, q.text
        FROM quotations q JOIN articles a ON a.key = q.article
        {_where(clauses)}
        ORDER BY a.date NULLS LAST, a.id, q.n
        {limit_sql}
    """
    return conn.execute(sql, params).df()


# --- read-only SQL ---------------------------------------------------------------------------------


def check_select(query: str) -> None:
    """Refuse anything but one SELECT (or WITH ... SELECT) statement."""
    try:
        statements = duckdb.extract_statements(query)
    except duckdb.Error as exc:
        raise QueryRejected(f"the query does not parse: {exc}") from exc
    if len(statements) != 1:
        raise QueryRejected(f"give exactly one SELECT statement, not {len(statements)}")
    kind = statements[0].type
    if kind != duckdb.StatementType.SELECT:
        raise QueryRejected(
            f"only SELECT (or WITH ... SELECT) is allowed, not {kind.name}: the store is read-only here"
        )

