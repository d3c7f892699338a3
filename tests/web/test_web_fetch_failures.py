"""Every fetch failure has a reason that starts with its kind, and says whether it may pass later."""

from __future__ import annotations

import time

import pytest

from tidings.web.fetch import FetchError

from .conftest import fast_fetcher
from .pages import PAYWALL_PAGE, STORIES, article_html

STORY = STORIES[0]


def failure(fetcher, url: str) -> FetchError:
    with pytest.raises(FetchError) as caught:
        fetcher.fetch_page(url)
    return caught.value


@pytest.mark.parametrize(
    ("path", "route", "kind", "transient"),
    [
        ("/gone.html", {"status": 404}, "http 404", False),
        ("/down.html", {"status": 503}, "http 503", True),
        ("/busy.html", {"status": 429}, "http 429", True),
        ("/report.pdf", {"body": b"%PDF-1.7 ...", "content_type": "application/pdf"}, "not html", False),
        ("/data.json", {"body": b'{"a": 1}', "content_type": "application/json"}, "not html", False),
        ("/paywall.html", {"body": PAYWALL_PAGE}, "too short", False),
        ("/private/memo.html", {"body": article_html(STORY)}, "robots", False),
    ],
)
def test_failures_have_a_kind_and_a_reason(site, fetcher, path, route, kind, transient):
    site.add(path, **route)
    error = failure(fetcher, site.url(path))
    assert error.kind == kind
    assert str(error).startswith(f"{kind}: ")
    assert error.transient is transient


def test_a_page_disallowed_by_robots_is_never_requested(site, fetcher):
    site.add("/private/memo.html", article_html(STORY))
    failure(fetcher, site.url("/private/memo.html"))
    assert site.hits("/private/memo.html") == 0


def test_a_redirect_loop_is_detected(site, fetcher):
    site.redirect("/loop-a", "/loop-b")
    site.redirect("/loop-b", "/loop-a")
    error = failure(fetcher, site.url("/loop-a"))
    assert error.kind == "redirect loop"
    assert "/loop-a -> " in str(error) and site.hits("/loop-a") == 1


@pytest.mark.parametrize(("hops", "ok"), [(5, True), (6, False)])
def test_at_most_five_redirects_are_followed(site, fetcher, hops, ok):
    for n in range(hops):
        site.redirect(f"/hop/{n}", f"/hop/{n + 1}" if n + 1 < hops else STORY.path)
    if ok:
        assert fetcher.fetch_page(site.url("/hop/0")).final_url == site.url(STORY.path)
    else:
        assert failure(fetcher, site.url("/hop/0")).kind == "too many redirects"
        assert site.hits(STORY.path) == 0


@pytest.mark.parametrize("send_length", [True, False])
def test_a_huge_page_is_refused_without_reading_it_whole(site, fetcher, send_length):
    body = b"<html><body><p>" + b"filler text " * 100_000 + b"</p></body></html>"  # 1.2 MB
    site.add("/huge.html", body, send_length=send_length)
    error = failure(fetcher, site.url("/huge.html"))
    assert error.kind == "too large"
    assert ("1.2 MB" in str(error)) is send_length  # with a Content-Length, refused before reading


def test_a_slow_server_times_out_after_the_retries(site):
    site.add("/slow.html", article_html(STORY), delay=3.0)
    with fast_fetcher(timeout=0.3, retries=1) as fetcher:
        started = time.monotonic()
        error = failure(fetcher, site.url("/slow.html"))
        took = time.monotonic() - started
    assert error.kind == "timeout" and error.transient
    assert site.hits("/slow.html") == 2  # tried, then retried once
    assert took < 1.5


def test_an_unknown_host_is_a_dns_failure(fetcher):
    error = failure(fetcher, "http://no-such-host.invalid/news/a.html")
    assert error.kind == "dns" and "no-such-host.invalid" in str(error)


def test_a_refused_connection_is_a_connection_failure(fetcher):
    import socket

    with socket.socket() as closed:  # a free port nobody listens on
        closed.bind(("127.0.0.1", 0))
        port = closed.getsockname()[1]
    assert failure(fetcher, f"http://127.0.0.1:{port}/a.html").kind == "connection"


@pytest.mark.parametrize("url", ["ftp://127.0.0.1/a.html", "http:///nohost", "not a url"])
def test_a_url_that_cannot_be_fetched_is_a_bad_url(fetcher, url):
    assert failure(fetcher, url).kind == "bad url"


def test_a_page_with_no_article_text_is_a_failure(site, fetcher):
    site.add("/empty.html", "<html><head><title>Index</title></head><body><nav>Home</nav></body></html>")
    assert failure(fetcher, site.url("/empty.html")).kind in ("no text", "too short")


def test_a_short_page_asking_to_subscribe_is_a_paywall(site, fetcher):
    story = STORIES[1]
    teaser = article_html(story).replace(
        f"<p>{story.paragraphs[1]}</p>", "<p>Subscribe to continue reading this article.</p>"
    ).replace(f"<p>{story.paragraphs[2]}</p>", "")
    site.add("/teaser.html", teaser)
    assert failure(fetcher, site.url("/teaser.html")).kind == "paywall"


def test_fetch_article_returns_a_failure_instead_of_raising(site, fetcher):
    site.add("/gone.html", status=404)
    item = fetcher.fetch_article(site.url("/gone.html"))
    assert (item.id, item.where, item.reason) == (
        site.url("/gone.html"), site.url("/gone.html"), "http 404: Not Found"
    )
