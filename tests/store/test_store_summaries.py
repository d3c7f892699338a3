"""The per-event summaries (actor_events, country_events) and the queries that rank and count from
them give exactly what the plain definition gives from unique_event_actors and unique_events.

The definition is computed here in pandas, independently of the store's SQL, on the hand-coded
corpus and on a seeded random corpus with many actors sharing events, roles and countries.
"""

from __future__ import annotations

import datetime as dt
import random

import duckdb
import pandas as pd
import pytest

from tidings.schema import EVENT_TYPES, Actor, Article, ArticleResult, Event, Location, Tone
from tidings.store import Store
from tidings.store.schema import latest_version

SUMMARY_COLUMNS = "event_key, group_key, {}, as_source, as_target, type, day, score"
SUMMARIES = {
    "actor_events": f"SELECT {SUMMARY_COLUMNS.format('name')} FROM actor_events",
    "country_events": f"SELECT {SUMMARY_COLUMNS.format('country')} FROM country_events",
}

PEOPLE = [("Amina Diallo", "MLI", "GOV"), ("Jonas Berg", "NOR", "GOV"), ("Lucia Ferraz", "BRA", "CVL"),
          ("Omar Haddad", "LBN", "GOV"), ("Mei Tan", "SGP", "BUS")]
GROUPS = [("Malian army", "MLI", "MIL"), ("Norway", "NOR", "GOV"), ("Brazilian farmers", "BRA", "CVL"),
          ("Hezbollah", "LBN", "REB"), ("Red Cross", None, "NGO"), ("Rebels", None, None)]


def random_corpus(seed: int, n_articles: int = 40) -> list[tuple[ArticleResult, str]]:
    """Articles whose events share actors, days and places often enough to be deduplicated.

    Some actors appear under two countries or sectors across articles (as extraction mistakes
    make them), so that an actor's label is a real choice."""
    rng = random.Random(seed)
    pairs = []
    for n in range(n_articles):
        cast = rng.sample(PEOPLE, 2) + rng.sample(GROUPS, 2)
        actors = []
        for i, (name, country, sector) in enumerate(cast):
            if rng.random() < 0.15:
                country = rng.choice(["FRA", None])
            kind = "person" if i < 2 else "organisation"  # the cast is two people, then two groups
            actors.append(Actor(id=f"A{i + 1}", name=name, kind=kind, country=country, sector=sector,
                                mentions=[(0, 1)]))
        day = dt.date(2023, 1, 1) + dt.timedelta(days=rng.randrange(40))
        events = []
        for e in range(rng.randrange(1, 4)):
            source, target = rng.sample(actors, 2)
            extra = [rng.choice(actors)] if rng.random() < 0.2 else []
            events.append(Event(
                id=f"E{e + 1}", type=rng.choice(EVENT_TYPES[:6]), source=[source.ref(), *[a.ref() for a in extra]],
                target=[target.ref()] if rng.random() < 0.9 else [],
                date=(day + dt.timedelta(days=rng.randrange(2))).isoformat() if rng.random() < 0.9 else None,
                location=Location(name=rng.choice(["Bamako", "Oslo"])) if rng.random() < 0.5 else None,
                sentence=e, text=f"Sentence {e}.", trigger="x", start=0, end=1, confidence=0.9,
            ))
        result = ArticleResult(article=Article(id=f"r{n}", date=day.isoformat(), source=f"Wire {n % 3}"),
                               actors=actors, events=events, tone=Tone(score=0.0))
        pairs.append((result, f"random article {seed} {n}"))
    return pairs


@pytest.fixture(scope="module")
def random_store_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("random") / "random.duckdb"
    with Store(path) as store:
        pairs = random_corpus(3)
        for start in range(0, len(pairs), 7):  # several ingests: the incremental pass runs each time
            store.ingest(pairs[start:start + 7])
    return path


@pytest.fixture(params=["corpus", "random"])
def any_store(request, store, random_store_file):
    if request.param == "corpus":
        yield store
    else:
        with Store(random_store_file, read_only=True) as random_store:
            yield random_store


def involved(store: Store, *, role="any", types=(), since=None, until=None) -> pd.DataFrame:
    """Rows of unique_event_actors with their event's day, type and score, filtered."""
    conn = store.connection()
    frame = conn.execute(
        "SELECT y.event_key, y.role, y.name, y.country, y.sector, u.day, u.type, u.score "
        "FROM unique_event_actors y JOIN unique_events u ON u.key = y.event_key"
    ).df()
    day = pd.to_datetime(frame["day"])
    keep = pd.Series(True, index=frame.index)
    if role != "any":
        keep &= frame["role"] == role
    if types:
        keep &= frame["type"].isin(types)
    if since:
        keep &= day >= pd.Timestamp(since)
    if until:
        keep &= day <= pd.Timestamp(until)
    return frame[keep]


def most_frequent(values: pd.Series):
    counts = values.dropna().value_counts()
    if counts.empty:
        return None
    return sorted(counts.index, key=lambda value: (-counts[value], value))[0]


def expected_top(store: Store, *, by="actor", role="any", types=(), since=None, until=None, limit=20) -> list[tuple]:
    """Top actors as defined: distinct events per actor, in the role; most frequent labels."""
    rows = involved(store, role=role, types=types, since=since, until=until)
    column = "country" if by == "country" else "name"
    rows = rows[rows[column].notna()]
    per_event = rows.groupby([column, "event_key"]).agg(
        score=("score", "first"), src=("role", lambda r: (r == "source").any()),
        tgt=("role", lambda r: (r == "target").any()),
    ).reset_index()
    ranked = []
    for label, events in per_event.groupby(column):
        mean = events["score"].mean()
        ranked.append((label, len(events), int(events["src"].sum()), int(events["tgt"].sum()),
                       None if pd.isna(mean) else round(mean, 9)))
    ranked.sort(key=lambda row: (-row[1], row[0]))
    ranked = ranked[:limit]
    if by == "country":
        return ranked
    labelled = []
    for label, *counts in ranked:
        mine = rows[rows["name"] == label]
        labelled.append((label, most_frequent(mine["country"]), most_frequent(mine["sector"]), *counts))
    return labelled


def as_tuples(frame: pd.DataFrame) -> list[tuple]:
    rows = []
    for row in frame.itertuples(index=False):
        values = list(row)
        mean = values[-1]
        values[-1] = None if pd.isna(mean) else round(float(mean), 9)
        rows.append(tuple(None if (not isinstance(v, str) and pd.isna(v)) else v for v in values[:-1]) + (values[-1],))
    return rows


FILTERS = [
    {},
    {"by": "country"},
    {"role": "source"},
    {"role": "target", "by": "country"},
    {"types": ["CONSULT", "ASSAULT", "AGREE"]},
    {"since": "2023-01-20", "until": "2023-10-19"},
    {"by": "country", "role": "source", "since": "2023-01-25"},
    {"limit": 3},
]


def filter_id(options: dict) -> str:
    return ",".join(f"{key}={value}" for key, value in options.items()) or "all"


@pytest.mark.parametrize("options", FILTERS, ids=filter_id)
def test_top_actors_equal_the_definition(any_store, options):
    got = as_tuples(any_store.top_actors(**options))
    assert got == expected_top(any_store, **options)
    assert got, "a filter that ranks nothing tests nothing"


@pytest.mark.parametrize(
    "options",
    [{}, {"role": "target"}, {"role": "any"}, {"types": ["ASSAULT", "CONSULT"]}, {"since": "2023-01-15"},
     {"actor": "MLI", "role": "source"}, {"actor": "Jonas Berg", "role": "any"}, {"actor": "Putin"}],
    ids=str,
)
def test_event_counts_equal_the_definition(any_store, options):
    role = options.get("role", "source")
    rows = involved(any_store, role=role, types=options.get("types", ()), since=options.get("since"))
    rows = rows[rows["country"].notna()]
    if options.get("actor"):
        who = any_store.events(actor=options["actor"], limit=None)["key"]
        rows = rows[rows["event_key"].isin(set(who))]
    expected = rows.groupby(["country", "type"])["event_key"].nunique().to_dict()
    frame = any_store.event_counts(**options)
    assert {(row.country, row.type): row.events for row in frame.itertuples()} == expected
    assert frame["events"].tolist() == sorted(frame["events"], reverse=True)


def summaries_from_definition(conn: duckdb.DuckDBPyConnection) -> dict[str, list[tuple]]:
    """What the summaries must hold, straight from unique_event_actors and unique_events."""
    sql = """
        SELECT y.event_key, y.group_key, y.{column}, bool_or(y.role = 'source'), bool_or(y.role = 'target'),
               any_value(u.type), any_value(u.day), any_value(u.score)
        FROM unique_event_actors y JOIN unique_events u ON u.key = y.event_key
        WHERE y.{column} IS NOT NULL GROUP BY y.event_key, y.group_key, y.{column} ORDER BY ALL
    """
    return {
        "actor_events": conn.execute(sql.format(column="name")).fetchall(),
        "country_events": conn.execute(sql.format(column="country")).fetchall(),
    }


def summaries(conn: duckdb.DuckDBPyConnection) -> dict[str, list[tuple]]:
    return {table: conn.execute(f"{sql} ORDER BY ALL").fetchall() for table, sql in SUMMARIES.items()}


def test_summaries_follow_replaced_articles_and_a_new_window(tmp_path):
    pairs = random_corpus(5, n_articles=30)
    with Store(tmp_path / "changing.duckdb") as store:
        store.ingest(pairs)
        conn = store.connection(write=True)
        assert summaries(conn) == summaries_from_definition(conn)
        assert len(summaries(conn)["actor_events"]) > 30
        emptied = [(result.model_copy(update={"events": []}), text) for result, text in pairs[:10]]
        store.ingest(emptied, replace=True)
        conn = store.connection(write=True)
        assert summaries(conn) == summaries_from_definition(conn)
        store.dedup(window_days=10)
        conn = store.connection(write=True)
        assert summaries(conn) == summaries_from_definition(conn)


def test_migrating_a_version_2_store_fills_the_summaries(tmp_path):
    path = tmp_path / "old.duckdb"
    with Store(path) as store:
        store.ingest(random_corpus(7, n_articles=20))
        expected = summaries(store.connection(write=True))
    conn = duckdb.connect(str(path))  # back to what schema version 2 had
    conn.execute("DROP TABLE actor_events; DROP TABLE country_events")
    conn.execute("DELETE FROM schema_version WHERE version >= 3")
    conn.close()
    with Store(path) as store:
        conn = store.connection(write=True)
        assert conn.execute("SELECT max(version) FROM schema_version").fetchone()[0] == latest_version()
        assert summaries(conn) == expected
