"""The watcher: new articles stored exactly once across rounds and restarts; failures recorded,
failing feeds backed off while the others go on."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from tidings.store import Store
from tidings.web.feeds import Entry
from tidings.web.watch import RoundReport, Watcher, spread_hosts

from .conftest import fast_fetcher
from .pages import PAYWALL_PAGE, STORIES, article_html, atom, news_sitemap, rss, sitemap_index

A, B, C, D, E, F = STORIES


def rss_items(site, stories) -> list[tuple[str, str, str]]:
    return [(site.url(story.path) + "?utm_source=rss&utm_medium=feed", story.title,
             f"{story.date[8:]} May 2024 08:30:00 GMT") for story in stories]


def newsroom(site, tmp_path: Path) -> Path:
    """An RSS feed (A B C), an Atom feed (C D) and a sitemap index with a news sitemap (A E):
    five stories, some listed twice; returns the feeds file."""
    site.add("/feeds/world.rss", rss(rss_items(site, [A, B, C])), content_type="application/rss+xml")
    site.add("/feeds/business.atom", atom([(site.url(story.path), story.title, f"{story.date}T09:00:00Z")
                                          for story in (C, D)]), content_type="application/atom+xml")
    site.add("/sitemaps/news.xml", news_sitemap([(site.url(story.path), story.title, story.date)
                                                for story in (A, E)]))
    site.add("/sitemap.xml", sitemap_index([(site.url("/sitemaps/news.xml"), "2024-05-18")]))
    feeds = tmp_path / "feeds.txt"
    feeds.write_text(f"# the test newsroom\n{site.url('/feeds/world.rss')}\n"
                     f"{site.url('/feeds/business.atom')}\n{site.url('/sitemap.xml')}  # news sitemap\n")
    return feeds


def stored(db: Path, sql: str = "SELECT id FROM articles ORDER BY id") -> list[tuple]:
    with duckdb.connect(str(db), read_only=True) as conn:
        return conn.execute(sql).fetchall()


def test_new_articles_are_stored_exactly_once_across_rounds_and_a_restart(site, nlp, tmp_path):
    feeds = newsroom(site, tmp_path)
    db = tmp_path / "news.duckdb"
    with fast_fetcher() as fetcher, Watcher(Store(db), feeds, fetcher=fetcher, nlp=nlp) as watcher:
        assert [watcher.round().new, watcher.round().new] == [5, 0]
    with fast_fetcher() as fetcher, Watcher(Store(db), feeds, fetcher=fetcher, nlp=nlp) as restarted:
        assert restarted.round().new == 0
        site.add("/feeds/world.rss", rss(rss_items(site, [A, B, C, F])), content_type="application/rss+xml")
        assert restarted.round().new == 1
    assert stored(db) == sorted((site.url(story.path),) for story in STORIES)
    assert [site.hits(story.path) for story in STORIES] == [1] * 6


def test_a_page_listed_under_another_url_with_the_same_canonical_url_is_stored_once(site, nlp, tmp_path):
    updated = article_html(A).replace("</article>", "<p>This story was updated on Tuesday.</p></article>")
    site.add("/amp/rotterdam.html", updated)  # its canonical link points to A.path
    site.add("/feed.rss", rss([(site.url("/amp/rotterdam.html"), A.title, "Mon, 13 May 2024 08:30:00 GMT"),
                               (site.url(A.path), A.title, "Mon, 13 May 2024 08:30:00 GMT")]))
    db = tmp_path / "news.duckdb"
    with fast_fetcher() as fetcher, Watcher(Store(db), [site.url("/feed.rss")], fetcher=fetcher, nlp=nlp) as watcher:
        report = watcher.round()
    assert (report.new, report.duplicates) == (1, 1)
    assert stored(db) == [(site.url(A.path),)]


def test_the_same_text_under_two_urls_is_stored_once(site, nlp, tmp_path):
    site.add("/mirror/kenya.html", article_html(B, canonical=""))
    site.add("/feed.rss", rss([(site.url(B.path), B.title, "Tue, 14 May 2024 07:00:00 GMT"),
                               (site.url("/mirror/kenya.html"), B.title, "Tue, 14 May 2024 07:00:00 GMT")]))
    db = tmp_path / "news.duckdb"
    with fast_fetcher() as fetcher, Watcher(Store(db), [site.url("/feed.rss")], fetcher=fetcher, nlp=nlp) as watcher:
        report = watcher.round()
    assert (report.new, report.duplicates) == (1, 1)
    assert stored(db, "SELECT url, status, reason FROM seen_urls ORDER BY status DESC") == [
        (site.url(B.path), "stored", None),
        (site.url("/mirror/kenya.html"), "duplicate", "same text as an article already stored"),
    ]


def test_fetch_failures_are_recorded_with_their_reasons_and_do_not_stop_the_round(site, nlp, tmp_path):
    site.add("/gone.html", status=404)
    site.add("/slow.html", article_html(C), delay=3.0)
    site.add("/huge.html", b"<html><body><p>" + b"filler " * 100_000 + b"</p></body></html>")
    site.add("/private/memo.html", article_html(D))
    site.redirect("/loop-a", "/loop-b")
    site.redirect("/loop-b", "/loop-a")
    site.add("/report.pdf", b"%PDF-1.7", content_type="application/pdf")
    site.add("/paywall.html", PAYWALL_PAGE)
    paths = ["/gone.html", "/slow.html", "/huge.html", "/private/memo.html", "/loop-a", "/report.pdf",
             "/paywall.html", A.path]
    site.add("/feed.rss", rss([(site.url(path), path, "Mon, 13 May 2024 08:30:00 GMT") for path in paths]))
    db = tmp_path / "news.duckdb"
    with fast_fetcher(timeout=0.3, retries=0) as fetcher, \
            Watcher(Store(db), [site.url("/feed.rss")], fetcher=fetcher, nlp=nlp) as watcher:
        first, second = watcher.round(), watcher.round()
    assert (first.new, first.failed) == (1, 7)
    kinds = dict(stored(db, "SELECT id, split_part(reason, ':', 1) FROM failures"))
    assert kinds == {
        site.url("/gone.html"): "http 404", site.url("/slow.html"): "timeout",
        site.url("/huge.html"): "too large", site.url("/private/memo.html"): "robots",
        site.url("/loop-a"): "redirect loop", site.url("/report.pdf"): "not html",
        site.url("/paywall.html"): "too short",
    }
    # only the transient failure is tried again in the next round
    assert (second.new, second.failed) == (0, 1)
    assert (site.hits("/slow.html"), site.hits("/gone.html"), site.hits("/private/memo.html")) == (2, 1, 0)


def test_a_failing_feed_is_backed_off_while_the_others_go_on(site, nlp, tmp_path):
    site.add("/feeds/world.rss", rss(rss_items(site, [A])))
    site.add("/feeds/broken.rss", status=503)
    feeds = tmp_path / "feeds.txt"
    feeds.write_text(f"{site.url('/feeds/broken.rss')}\n{site.url('/feeds/world.rss')}\n")
    db = tmp_path / "news.duckdb"
    messages: list[str] = []
    with fast_fetcher(retries=0) as fetcher, \
            Watcher(Store(db), feeds, fetcher=fetcher, nlp=nlp, on_message=messages.append) as watcher:
        reports = [watcher.round() for _ in range(4)]
    assert reports[0].new == 1
    assert [(report.feeds, report.waiting, report.failed) for report in reports] == [
        (2, 0, 1), (2, 0, 1), (1, 1, 0), (2, 0, 1)  # retried after 1 round, then after 2
    ]
    assert site.hits("/feeds/broken.rss") == 3
    assert stored(db, 'SELECT id, "where", reason FROM failures LIMIT 1') == [
        (site.url("/feeds/broken.rss"), f"{feeds}:1", "http 503: Service Unavailable")
    ]
    assert "polled again in 1 round(s)" in messages[0]


def test_each_feed_gives_at_most_max_new_articles_a_round_newest_first(site, nlp, tmp_path):
    site.add("/feed.rss", rss(rss_items(site, [A, B, C, D, E])), etag='"v1"')
    db = tmp_path / "news.duckdb"
    with fast_fetcher() as fetcher, \
            Watcher(Store(db), [site.url("/feed.rss")], fetcher=fetcher, nlp=nlp, max_new=2) as watcher:
        news = [watcher.round().new]
        assert stored(db) == [(site.url(D.path),), (site.url(E.path),)]  # the newest two
        news += [watcher.round().new for _ in range(3)]
    assert news == [2, 2, 1, 0]


def test_an_unchanged_feed_is_asked_conditionally(site, nlp, tmp_path):
    site.add("/feed.rss", rss(rss_items(site, [A])), etag='"v7"')
    db = tmp_path / "news.duckdb"
    with fast_fetcher() as fetcher, Watcher(Store(db), [site.url("/feed.rss")], fetcher=fetcher, nlp=nlp) as watcher:
        watcher.round()
        watcher.round()
    asked = [request.headers.get("If-None-Match") for request in site.requests if request.path == "/feed.rss"]
    assert asked == [None, '"v7"']


def test_the_store_is_free_for_readers_between_rounds(site, nlp, tmp_path):
    site.add("/feed.rss", rss(rss_items(site, [A])))
    db = tmp_path / "news.duckdb"
    with fast_fetcher() as fetcher, Watcher(Store(db), [site.url("/feed.rss")], fetcher=fetcher, nlp=nlp) as watcher:
        watcher.round()
        assert stored(db) == [(site.url(A.path),)]  # opens the file read-only while the watcher lives


def test_a_round_is_skipped_while_another_process_holds_the_store(site, nlp, tmp_path):
    site.add("/feed.rss", rss(rss_items(site, [A])))
    db = tmp_path / "news.duckdb"
    Store(db).connection(write=True).close()
    holder = subprocess.Popen(
        [sys.executable, "-c", "import duckdb, sys, time; c = duckdb.connect(sys.argv[1], read_only=True); "
         "print('holding', flush=True); time.sleep(30)", str(db)],
        stdout=subprocess.PIPE, text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "holding"
        with fast_fetcher() as fetcher, \
                Watcher(Store(db), [site.url("/feed.rss")], fetcher=fetcher, nlp=nlp) as watcher:
            busy = watcher.round()
            holder.kill()
            holder.wait()
            after = watcher.round()
    finally:
        holder.kill()
        holder.wait()
    assert busy.summary() == "round 1: skipped, the store is in use by another process"
    assert site.hits("/feed.rss") == 1 and after.new == 1


class Interrupting:
    """A fetcher that is interrupted (Ctrl-C) at its n-th page."""

    def __init__(self, fetcher, at: int) -> None:
        self.fetcher, self.at, self.pages = fetcher, at, 0

    def __getattr__(self, name):
        return getattr(self.fetcher, name)

    def fetch_page(self, url, **options):
        self.pages += 1
        if self.pages == self.at:
            raise KeyboardInterrupt
        return self.fetcher.fetch_page(url, **options)


def test_an_interrupted_round_resumes_without_duplicates(site, nlp, tmp_path):
    feeds = newsroom(site, tmp_path)
    db = tmp_path / "news.duckdb"
    with fast_fetcher() as fetcher:
        watcher = Watcher(Store(db), feeds, fetcher=Interrupting(fetcher, at=4), nlp=nlp)
        with pytest.raises(KeyboardInterrupt):
            watcher.run(every=0, rounds=3)
        watcher.close()
        assert watcher.rounds == 1
        with Watcher(Store(db), feeds, fetcher=fetcher, nlp=nlp) as restarted:
            assert restarted.round().new == 5
    assert len(stored(db)) == 5


def test_run_sleeps_from_round_start_to_round_start(site, nlp, tmp_path):
    site.add("/feed.rss", rss(rss_items(site, [A])))
    now = [100.0]
    pauses: list[float] = []

    def clock() -> float:
        now[0] += 2.0  # every look at the clock takes two seconds
        return now[0]

    with fast_fetcher() as fetcher, Watcher(Store(tmp_path / "news.duckdb"), [site.url("/feed.rss")],
                                            fetcher=fetcher, nlp=nlp, clock=clock, sleep=pauses.append) as watcher:
        summaries: list[str] = []
        assert watcher.run(every=60, rounds=3, on_round=lambda report: summaries.append(report.summary())) == 3
    assert pauses == [54.0, 54.0]  # 60 s minus the 6 s the round took (3 clock reads)
    assert summaries[0] == "round 1: 1 feeds, 1 new, 0 failed, 2.0 s"


@pytest.mark.parametrize(
    ("report", "line"),
    [
        (RoundReport(3, feeds=4, new=12, failed=2, seconds=30.2), "round 3: 4 feeds, 12 new, 2 failed, 30 s"),
        (RoundReport(1, feeds=2, waiting=1, seconds=0.25), "round 1: 2 feeds (1 waiting), 0 new, 0 failed, 0.2 s"),
    ],
)
def test_the_round_summary_line(report, line):
    assert report.summary() == line


def test_requests_are_spread_over_hosts():
    urls = ["http://a.test/1", "http://a.test/2", "http://a.test/3", "http://b.test/1", "http://c.test/1"]
    spread = spread_hosts([Entry(url, "feed") for url in urls])
    assert [entry.url for entry in spread] == [
        "http://a.test/1", "http://b.test/1", "http://c.test/1", "http://a.test/2", "http://a.test/3"
    ]
