"""Politeness: robots.txt read once per site and obeyed, per-host intervals, retries with backoff."""

from __future__ import annotations

import email.utils
import threading
import time

import pytest

from tidings.web.fetch import FetchError, Response, _retry_after

from .conftest import fast_fetcher
from .pages import STORIES


def gaps(site) -> list[float]:
    """Seconds between the arrivals of consecutive requests."""
    times = [request.time for request in site.requests]
    return [later - earlier for earlier, later in zip(times, times[1:])]


def test_robots_txt_is_read_once_per_site(site, fetcher):
    for story in STORIES[:3]:
        fetcher.fetch_page(site.url(story.path))
    assert site.hits("/robots.txt") == 1
    assert site.paths()[0] == "/robots.txt"


@pytest.mark.parametrize("interval", [0.15, 0.3])
def test_requests_to_one_host_are_spaced_by_the_interval(site, interval):
    with fast_fetcher(host_interval=interval) as fetcher:
        for story in STORIES[:3]:
            fetcher.fetch_page(site.url(story.path))
    assert len(site.requests) == 4  # robots.txt and three pages
    assert min(gaps(site)) >= interval


def test_threads_sharing_a_fetcher_keep_the_interval(site):
    with fast_fetcher(host_interval=0.15) as fetcher:
        fetcher.allowed(site.url("/"))  # robots.txt first, so the threads only fetch pages
        threads = [threading.Thread(target=fetcher.fetch_page, args=(site.url(story.path),))
                   for story in STORIES[:4]]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    assert sorted(site.paths()[1:]) == sorted(story.path for story in STORIES[:4])
    assert min(gaps(site)) >= 0.15


def test_a_crawl_delay_in_robots_txt_lengthens_the_interval(site):
    site.add("/robots.txt", "User-agent: tidings\nCrawl-delay: 1\nDisallow: /private/\n",
             content_type="text/plain")
    with fast_fetcher(host_interval=0.0) as fetcher:
        fetcher.fetch_page(site.url(STORIES[0].path))
    assert site.paths() == ["/robots.txt", STORIES[0].path]
    assert min(gaps(site)) >= 1.0


@pytest.mark.parametrize(
    ("robots", "allowed"),
    [
        ({"status": 404}, True),  # no robots.txt: no rules
        ({"status": 403}, True),
        ({"body": "User-agent: tidings\nDisallow: /\n", "content_type": "text/plain"}, False),
        ({"body": "User-agent: *\nDisallow: /news/\n", "content_type": "text/plain"}, False),
        ({"body": "User-agent: otherbot\nDisallow: /\n", "content_type": "text/plain"}, True),
    ],
)
def test_robots_rules_decide_what_may_be_fetched(site, fetcher, robots, allowed):
    site.add("/robots.txt", **robots)
    assert fetcher.allowed(site.url(STORIES[0].path)) is allowed


def test_a_site_whose_robots_txt_fails_is_left_alone(site, fetcher):
    site.add("/robots.txt", status=503)
    with pytest.raises(FetchError) as caught:
        fetcher.fetch_page(site.url(STORIES[0].path))
    assert caught.value.kind == "robots" and caught.value.transient
    assert site.hits(STORIES[0].path) == 0


def test_a_5xx_answer_is_retried_with_backoff(site):
    site.add("/flaky.html", site.routes[STORIES[0].path].body, statuses=[503, 502])
    with fast_fetcher(retries=2, backoff=0.1) as fetcher:
        page = fetcher.fetch_page(site.url("/flaky.html"))
    assert page.article.text.startswith("Dockworkers")
    assert site.hits("/flaky.html") == 3
    *_, first_wait, second_wait = gaps(site)
    assert first_wait >= 0.1 and second_wait >= 0.2  # the backoff doubles


@pytest.mark.parametrize(("status", "tries"), [(404, 1), (410, 1), (500, 3)])
def test_only_transient_answers_are_retried(site, status, tries):
    site.add("/page.html", status=status)
    with fast_fetcher(retries=2, backoff=0.01) as fetcher, pytest.raises(FetchError):
        fetcher.fetch_page(site.url("/page.html"))
    assert site.hits("/page.html") == tries


@pytest.mark.parametrize(
    ("header", "seconds"),
    [("", 0.0), ("7", 7.0), ("soon", 0.0)],
)
def test_retry_after_is_read_in_seconds(header, seconds):
    response = Response("http://127.0.0.1/", 503, {"retry-after": header} if header else {})
    assert _retry_after(response) == seconds


def test_retry_after_may_be_an_http_date():
    when = email.utils.formatdate(time.time() + 30, usegmt=True)
    assert 25 <= _retry_after(Response("http://127.0.0.1/", 503, {"retry-after": when})) <= 31
