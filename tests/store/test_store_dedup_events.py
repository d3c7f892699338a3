"""Deduplication in the store: several reports of one event become one event with its mentions."""

from __future__ import annotations

import random

import pytest

from tidings.store import Store, content_hash

DEDUP_TABLES = (
    "SELECT * FROM unique_events ORDER BY key",
    "SELECT * FROM event_mentions ORDER BY event_key, rank",
    "SELECT * FROM unique_event_actors ORDER BY ALL",
    "SELECT * FROM actor_events ORDER BY ALL",
    "SELECT * FROM country_events ORDER BY ALL",
)


def dump(store: Store) -> list[list[tuple]]:
    return [store.connection().execute(sql).fetchall() for sql in DEDUP_TABLES]


def test_three_articles_about_one_meeting_are_one_event_with_three_mentions(store):
    meeting = store.meetings("Xi Jinping", "Vladimir Putin", since="2023-10-01", until="2023-10-31")
    assert len(meeting) == 1
    row = meeting.iloc[0]
    assert (row.num_mentions, row.num_articles, row.num_sources) == (3, 3, 3)
    assert row.place_name == "Beijing"
    mentions = store.sql(
        "SELECT a.id, m.sentence, m.text FROM event_mentions m JOIN articles a ON a.key = m.article "
        f"WHERE m.event_key = {int(row.key)} ORDER BY a.id"
    )
    assert mentions["id"].tolist() == ["a1", "a2", "a3"]
    assert mentions["text"].str.contains("Putin").all()  # every source sentence is kept


@pytest.mark.parametrize(
    ("event_filter", "mentions", "articles", "sources"),
    [
        ("place_name = 'Moscow'", 2, 2, 1),  # two articles from one outlet
        ("day = DATE '2024-05-16'", 2, 1, 1),  # one article, two sentences
        ("place_name = 'Kharkiv'", 2, 2, 2),
        ("place_name = 'Odesa'", 1, 1, 1),  # same group and window as Kharkiv, other place
    ],
)
def test_gdelt_style_counts(store, event_filter, mentions, articles, sources):
    rows = store.sql(f"SELECT num_mentions, num_articles, num_sources FROM unique_events WHERE {event_filter}")
    assert [tuple(row) for row in rows.itertuples(index=False)] == [(mentions, articles, sources)]


def test_negated_events_are_stored_but_not_counted(store):
    negated = store.sql("SELECT count(*) AS n FROM events WHERE negated")["n"][0]
    mentioned = store.sql("SELECT count(*) AS n FROM event_mentions m JOIN events e "
                          "ON e.article = m.article AND e.n = m.event WHERE e.negated")["n"][0]
    assert (negated, mentioned) == (1, 0)


@pytest.mark.parametrize("seed", [1, 2])
def test_dedup_does_not_depend_on_ingest_order(tmp_path, store, pairs, seed):
    shuffled = pairs[:]
    random.Random(seed).shuffle(shuffled)
    with Store(tmp_path / f"shuffled{seed}.duckdb") as other:
        for start in range(0, len(shuffled), 3):  # several ingests: the incremental pass runs each time
            other.ingest(shuffled[start:start + 3])
        assert dump(other) == dump(store)


def test_a_wider_window_recomputes_every_event(store):
    assert len(store.events(types=["ASSAULT"], actor="RUS", role="source")) == 3
    store.dedup(window_days=40)  # Kherson (Nov 4) is now within the window, but another place
    assert len(store.events(types=["ASSAULT"], actor="RUS", role="source")) == 3
    store.dedup(window_days=2)
    assert len(store.events()) == 9


def test_replacing_an_article_recomputes_its_events(store, pairs):
    a2, text = next(pair for pair in pairs if pair[0].article.id == "a2")
    store.ingest([(a2.model_copy(update={"events": []}), text)], replace=True)
    meeting = store.meetings("Xi", "Putin", since="2023-10-01", until="2023-10-31").iloc[0]
    assert (meeting.num_mentions, meeting.num_articles) == (2, 2)


def test_interrupted_dedup_is_finished_by_the_next_ingest(tmp_path, store, pairs):
    with Store(tmp_path / "pending.duckdb") as other:
        writer = other.writer()
        for result, text in pairs:
            assert writer.claim(content_hash(text))
            writer.add(result, content_hash(text))
        writer.close(deduplicate=False)  # as if killed after the last commit
        assert other.pending_dedup()
        assert other.counts()["unique_events"] == 0
        other.ingest([])
        assert not other.pending_dedup()
        assert dump(other) == dump(store)
