"""Ingest: articles are keyed by the hash of their normalised text; ingesting again adds nothing."""

from __future__ import annotations

import pytest

from tidings.schema import ArticleError, ArticleRef
from tidings.store import Store, content_hash

TABLE_COUNTS = {
    "articles": 11, "events": 15, "event_actors": 30, "quotations": 3, "quantities": 1,
    "places": 2, "dates": 0, "unique_events": 9, "event_mentions": 14, "failures": 0,
}


@pytest.mark.parametrize(("table", "expected"), TABLE_COUNTS.items())
def test_corpus_fills_every_table(store, table, expected):
    assert store.counts()[table] == expected


def test_second_ingest_adds_nothing(store, pairs):
    before = store.counts()
    report = store.ingest(pairs)
    assert (report.stored, report.skipped) == (0, len(pairs))
    assert store.counts() == before


@pytest.mark.parametrize(
    "variant",
    [
        lambda text: text + "\n",
        lambda text: "  " + text.replace(" ", "  "),
        lambda text: text.replace(". ", ".\r\n"),
    ],
    ids=["trailing-newline", "doubled-spaces", "line-breaks"],
)
def test_whitespace_variants_are_the_same_article(tmp_path, pairs, variant):
    result, text = pairs[0]
    assert content_hash(variant(text)) == content_hash(text)
    with Store(tmp_path / "s.duckdb") as store:
        store.ingest([(result, text)])
        report = store.ingest([(result, variant(text))])
        assert report.skipped == 1
        assert store.counts()["articles"] == 1


def test_one_text_twice_in_one_run_is_stored_once(tmp_path, pairs):
    with Store(tmp_path / "s.duckdb") as store:
        report = store.ingest([pairs[0], pairs[0]])
        assert (report.stored, report.skipped) == (1, 1)
        assert store.counts()["articles"] == 1


def test_replace_rewrites_an_article_without_duplicating(store, pairs):
    before = store.counts()
    result, text = pairs[0]
    changed = result.model_copy(update={"events": result.events[:1]})
    report = store.ingest([(changed, text)], replace=True)
    assert report.stored == 1
    after = store.counts()
    assert after["articles"] == before["articles"]
    assert after["events"] == before["events"] - 1  # the ACCUSE event of a1 is gone
    assert after["unique_events"] == before["unique_events"] - 1


def test_bare_results_are_keyed_by_their_content(tmp_path, pairs):
    with Store(tmp_path / "s.duckdb") as store:
        store.ingest([result for result, _ in pairs])
        report = store.ingest([result for result, _ in pairs])
        assert report.stored == 0
        assert store.counts()["articles"] == len(pairs)


def test_errors_are_logged_in_failures(tmp_path, pairs):
    error = ArticleError(article=ArticleRef(id="broken-7"), error="processing failed: boom")
    with Store(tmp_path / "s.duckdb") as store:
        report = store.ingest([pairs[0], error])
        assert (report.stored, report.failed) == (1, 1)
        rows = store.sql('SELECT id, "where", reason FROM failures').values.tolist()
    assert rows == [["broken-7", None, "processing failed: boom"]]


def test_has_finds_a_stored_text(store, pairs):
    assert store.has(pairs[3][1])
    assert not store.has("An article nobody wrote.")


def test_outlet_falls_back_to_the_url_host(tmp_path, pairs):
    result, text = pairs[0]
    anonymous = result.model_copy(update={"article": result.article.model_copy(
        update={"source": None, "url": "https://www.example.org/world/1"})})
    with Store(tmp_path / "s.duckdb") as store:
        store.ingest([(anonymous, text)])
        assert store.sql("SELECT outlet FROM articles").iloc[0, 0] == "example.org"


def test_a_text_seen_again_after_its_commit_is_still_skipped(tmp_path, pairs):
    """The writer forgets committed articles (its memory stays bounded); the store remembers them."""
    (result, text), (other, other_text) = pairs[0], pairs[1]
    with Store(tmp_path / "s.duckdb") as store:
        writer = store.writer(commit_every=1)
        assert writer.claim(content_hash(text))
        writer.add(result, content_hash(text))  # committed now
        assert writer.claim(content_hash(other_text))
        assert not writer.claim(content_hash(text))
        writer.add(other, content_hash(other_text))
        report = writer.close()
        assert (report.stored, report.skipped) == (2, 1)
        assert store.counts()["articles"] == 2
