"""A fetched page becomes an article: main text, title, author, date, canonical URL as its id."""

from __future__ import annotations

import pytest

from tidings.web.fetch import USER_AGENT, normalise_url

from .pages import STORIES, article_html

STORY = STORIES[0]


def test_the_main_text_is_extracted_without_boilerplate(site, fetcher):
    page = fetcher.fetch_page(site.url(STORY.path))
    text = page.article.text
    assert text.startswith("Dockworkers at the Port of Rotterdam walked off the job")
    assert "Antwerp and Hamburg" in text
    assert "All rights reserved" not in text and "Business" not in text


@pytest.mark.parametrize(
    ("field", "expected"),
    [
        ("title", STORY.title),
        ("date", STORY.date),
        ("source", "Harbour Wire"),
    ],
)
def test_page_metadata_is_kept(site, fetcher, field, expected):
    page = fetcher.fetch_page(site.url(STORY.path))
    assert getattr(page.article.meta, field) == expected


def test_the_author_is_found(site, fetcher):
    assert fetcher.fetch_page(site.url(STORY.path)).author == STORY.author


@pytest.mark.parametrize(
    ("canonical", "asked", "expected"),
    [
        # a relative canonical link is resolved against the page's address
        ("/news/rotterdam-dock-strike.html", "/copy.html", "/news/rotterdam-dock-strike.html"),
        # an absolute one is taken as it is (normalised: no tracking parameters)
        ("{base}/story/42?utm_source=x", "/copy.html", "/story/42"),
        # no canonical link: the URL asked, without fragment and tracking parameters
        ("", "/copy.html?utm_source=rss&utm_medium=feed&page=2#comments", "/copy.html?page=2"),
    ],
)
def test_the_id_and_url_are_the_canonical_url(site, fetcher, canonical, asked, expected):
    site.add("/copy.html", article_html(STORY, canonical=canonical.format(base=site.base)))
    page = fetcher.fetch_page(site.url(asked))
    assert page.canonical_url == site.url(expected)
    assert page.article.meta.id == page.article.meta.url == site.url(expected)


def test_redirects_are_followed_to_the_article(site, fetcher):
    site.redirect("/short/1", "/moved/1", status=301)
    site.redirect("/moved/1", STORY.path, status=307)
    page = fetcher.fetch_page(site.url("/short/1"))
    assert page.final_url == site.url(STORY.path)
    assert page.article.meta.id == site.url(STORY.path)
    assert site.paths()[-3:] == ["/short/1", "/moved/1", STORY.path]


def test_every_request_carries_the_tidings_user_agent(site, fetcher):
    fetcher.fetch_page(site.url(STORY.path))
    agents = {request.headers.get("User-Agent") for request in site.requests}
    assert agents == {USER_AGENT}
    assert USER_AGENT.startswith("tidings/") and "(+http" in USER_AGENT


def test_the_charset_sent_by_the_server_decodes_the_page(site, fetcher):
    html = article_html(STORY).replace("Dockworkers", "Dockworkers (Havenarbeiders, ‘stakers’)")
    html = html.replace('<meta charset="utf-8">', "")
    site.add("/latin.html", html.encode("cp1252"), content_type="text/html; charset=windows-1252")
    page = fetcher.fetch_page(site.url("/latin.html"))
    assert "(Havenarbeiders, ‘stakers’)" in page.article.text


def test_a_page_sent_without_content_type_is_read_when_it_is_html(site, fetcher):
    site.add("/bare.html", article_html(STORY), content_type="")
    assert fetcher.fetch_page(site.url("/bare.html")).article.text.startswith("Dockworkers")


def test_a_feed_title_and_date_fill_what_the_page_lacks(site, fetcher):
    paragraphs = "".join(f"<p>{text}</p>" for text in STORY.paragraphs)
    site.add("/plain.html", f"<html><head></head><body><article>{paragraphs}</article></body></html>")
    page = fetcher.fetch_page(site.url("/plain.html"), title="From the feed", date="2024-05-20")
    assert (page.article.meta.title, page.article.meta.date) == ("From the feed", "2024-05-20")


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("HTTP://Example.ORG:80/a?utm_source=x&id=3#frag", "http://example.org/a?id=3"),
        ("https://example.org", "https://example.org/"),
        ("https://example.org:8443/a?fbclid=1", "https://example.org:8443/a"),
        ("http://127.0.0.1:8000/news/a.html?b=2&a=1", "http://127.0.0.1:8000/news/a.html?b=2&a=1"),
    ],
)
def test_urls_are_compared_normalised(url, expected):
    assert normalise_url(url) == expected
