"""URLs as inputs of ``tidings extract`` and ``tidings ingest`` (the readers' hook)."""

from __future__ import annotations

import duckdb
import pytest

from tidings.extract import RawArticle, ReadFailure, process
from tidings.readers import read_inputs
from tidings.store import Store

from .pages import STORIES

A, B = STORIES[:2]


def test_a_url_is_read_as_an_article_with_its_canonical_url_as_id(site, default_fetcher):
    [item] = read_inputs([site.url(A.path) + "?utm_source=newsletter"])
    assert isinstance(item, RawArticle)
    assert (item.meta.id, item.meta.title, item.meta.date) == (site.url(A.path), A.title, A.date)


@pytest.mark.parametrize(
    ("path", "route", "reason"),
    [
        ("/gone.html", {"status": 404}, "http 404: Not Found"),
        ("/private/memo.html", {"body": "<html></html>"}, "robots: /private/memo.html is disallowed"),
    ],
)
def test_a_url_that_fails_is_a_read_failure_named_after_it(site, default_fetcher, path, route, reason):
    site.add(path, **route)
    [item] = read_inputs([site.url(path)])
    assert isinstance(item, ReadFailure)
    assert (item.id, item.where) == (site.url(path), site.url(path))
    assert item.reason.startswith(reason)


def test_urls_and_files_are_read_in_the_order_given(site, default_fetcher, tmp_path):
    (tmp_path / "local.txt").write_text("Police arrested 12 protesters in Nairobi on Tuesday.")
    items = read_inputs([site.url(A.path), str(tmp_path / "local.txt"), site.url(B.path)])
    assert [item.meta.id for item in items] == [site.url(A.path), "local", site.url(B.path)]


def test_extracting_a_url_gives_events_and_actors(site, default_fetcher, nlp):
    [(result, failure)] = list(process(read_inputs([site.url(B.path)]), nlp))
    assert failure is None
    assert result.article.url == site.url(B.path)
    assert any(place.name == "Nairobi" for place in result.places)


def test_ingesting_urls_stores_them_and_logs_failures(site, default_fetcher, nlp, tmp_path):
    site.add("/down.html", status=503)
    db = tmp_path / "news.duckdb"
    with Store(db) as store:
        report = store.ingest_inputs([site.url(A.path), site.url("/down.html"), site.url(A.path)], nlp=nlp)
    assert (report.stored, report.skipped, report.failed) == (1, 1, 1)
    with duckdb.connect(str(db), read_only=True) as conn:
        assert conn.execute("SELECT id, url FROM articles").fetchall() == [(site.url(A.path), site.url(A.path))]
        assert conn.execute("SELECT id, reason FROM failures").fetchall() == [
            (site.url("/down.html"), "http 503: Service Unavailable")
        ]
