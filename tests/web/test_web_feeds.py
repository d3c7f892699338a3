"""Feeds and sitemaps list their articles; the feeds file lists the feeds."""

from __future__ import annotations

import gzip

import pytest

from tidings.web.feeds import parse_feed_list, read_listing
from tidings.web.fetch import FetchError

from .pages import STORIES, atom, news_sitemap, rss, sitemap_index

A, B, C = STORIES[:3]


def test_rss_items_are_listed_with_title_and_date(site, fetcher):
    items = [(site.url(A.path) + "?utm_source=rss", A.title, "Mon, 13 May 2024 08:30:00 GMT"),
             (site.url(B.path), B.title, "Tue, 14 May 2024 07:00:00 GMT")]
    site.add("/feeds/world.rss", rss(items), content_type="application/rss+xml")
    listing = read_listing(fetcher, site.url("/feeds/world.rss"))
    assert listing.kind == "rss"
    assert [(entry.url, entry.title, entry.date) for entry in listing.entries] == [
        (site.url(A.path), A.title, "2024-05-13"),  # tracking parameters dropped
        (site.url(B.path), B.title, "2024-05-14"),
    ]


def test_atom_entries_are_listed(site, fetcher):
    items = [(site.url(C.path), C.title, "2024-05-15T09:00:00Z")]
    site.add("/feeds/business.atom", atom(items), content_type="application/atom+xml")
    listing = read_listing(fetcher, site.url("/feeds/business.atom"))
    assert listing.kind == "atom"
    assert [(entry.url, entry.date) for entry in listing.entries] == [(site.url(C.path), "2024-05-15")]


def test_relative_links_in_a_feed_are_made_absolute(site, fetcher):
    site.add("/feeds/relative.rss", rss([(A.path, A.title, "Mon, 13 May 2024 08:30:00 GMT")]),
             content_type="application/rss+xml")
    [entry] = read_listing(fetcher, site.url("/feeds/relative.rss")).entries
    assert entry.url == site.url(A.path)


def test_a_news_sitemap_gives_titles_and_publication_dates(site, fetcher):
    site.add("/sitemap-news.xml", news_sitemap([(site.url(A.path), A.title, "2024-05-13T08:30:00Z")]),
             content_type="application/xml")
    listing = read_listing(fetcher, site.url("/sitemap-news.xml"))
    assert listing.kind == "sitemap"
    assert [(entry.url, entry.title, entry.date) for entry in listing.entries] == [
        (site.url(A.path), A.title, "2024-05-13")
    ]


@pytest.mark.parametrize("gzipped", [False, True])
def test_a_sitemap_index_is_followed_to_its_sitemaps(site, fetcher, gzipped):
    older = news_sitemap([(site.url(A.path), A.title, "2024-05-13")]).encode()
    newer = news_sitemap([(site.url(B.path), B.title, "2024-05-14"),
                          (site.url(C.path), C.title, "2024-05-15")]).encode()
    suffix = ".xml.gz" if gzipped else ".xml"
    pack = gzip.compress if gzipped else (lambda data: data)
    kind = "application/gzip" if gzipped else "application/xml"
    site.add(f"/sitemaps/may-13{suffix}", pack(older), content_type=kind)
    site.add(f"/sitemaps/may-14{suffix}", pack(newer), content_type=kind)
    site.add("/sitemap.xml", sitemap_index([(site.url(f"/sitemaps/may-13{suffix}"), "2024-05-13"),
                                            (site.url(f"/sitemaps/may-14{suffix}"), "2024-05-14")]),
             content_type="application/xml")
    listing = read_listing(fetcher, site.url("/sitemap.xml"))
    assert listing.kind == "sitemap index"
    assert [entry.url for entry in listing.entries] == [site.url(story.path) for story in (B, C, A)]
    assert {entry.source for entry in listing.entries} == {site.url("/sitemap.xml")}


def test_a_failing_child_sitemap_is_reported_and_the_others_are_read(site, fetcher):
    site.add("/sitemaps/ok.xml", news_sitemap([(site.url(A.path), A.title, "2024-05-13")]))
    site.add("/sitemap.xml", sitemap_index([(site.url("/sitemaps/ok.xml"), "2024-05-13"),
                                            (site.url("/sitemaps/gone.xml"), "2024-05-14")]))
    listing = read_listing(fetcher, site.url("/sitemap.xml"))
    assert [entry.url for entry in listing.entries] == [site.url(A.path)]
    assert [(url, str(error)) for url, error in listing.failures] == [
        (site.url("/sitemaps/gone.xml"), "http 404: Not Found")
    ]


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        ("<html><head><title>Home</title></head><body><p>Welcome</p></body></html>", "not a feed"),
        ('<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url>', "bad feed"),
    ],
)
def test_something_that_is_not_a_feed_is_a_failure(site, fetcher, body, kind):
    site.add("/feed", body, content_type="text/html")
    with pytest.raises(FetchError) as caught:
        read_listing(fetcher, site.url("/feed"))
    assert caught.value.kind == kind


def test_an_unchanged_feed_answers_not_modified(site, fetcher):
    site.add("/feeds/world.rss", rss([(site.url(A.path), A.title, "Mon, 13 May 2024 08:30:00 GMT")]),
             etag='"v1"')
    first = read_listing(fetcher, site.url("/feeds/world.rss"))
    again = read_listing(fetcher, site.url("/feeds/world.rss"), etag=first.etag)
    assert (first.etag, first.not_modified, again.not_modified, again.entries) == ('"v1"', False, True, [])


def test_the_feeds_file_has_one_url_per_line_and_comments():
    text = """# world news
https://wire.example.org/world.rss
   https://wire.example.org/sitemap.xml   # the news sitemap

https://wire.example.org/world.rss
https://wire.example.org/page#section
"""
    lines = parse_feed_list(text, "feeds.txt")
    assert [(line.url, line.where) for line in lines] == [
        ("https://wire.example.org/world.rss", "feeds.txt:2"),
        ("https://wire.example.org/sitemap.xml", "feeds.txt:3"),
        ("https://wire.example.org/page", "feeds.txt:6"),  # a fragment is not a comment
    ]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("https://wire.example.org/a.rss\nwire.example.org/b.rss\n", "feeds.txt:2: "),
        ("ftp://wire.example.org/a.rss\n", "feeds.txt:1: "),
    ],
)
def test_a_bad_line_in_the_feeds_file_is_named(text, message):
    with pytest.raises(ValueError, match=message):
        parse_feed_list(text, "feeds.txt")
