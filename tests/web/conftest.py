"""Fixtures of the web tests: a news site on 127.0.0.1, a fast fetcher, and no way out.

No test reaches the internet: every URL is 127.0.0.1, and ``only_loopback`` (autouse) makes any
other host name fail to resolve, as a DNS failure would.
"""

from __future__ import annotations

import socket

import pytest

from tidings.web import fetch as fetch_module
from tidings.web.fetch import Fetcher

from .pages import ROBOTS, STORIES, article_html
from .site import Site

LOOPBACK = ("127.0.0.1", "localhost", "::1")


@pytest.fixture(autouse=True)
def only_loopback(monkeypatch):
    """Host names other than loopback do not resolve (and nothing is asked of a DNS server)."""
    real = socket.getaddrinfo

    def getaddrinfo(host, *args, **kwargs):
        name = host.decode() if isinstance(host, bytes) else host
        if name not in LOOPBACK:
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
        return real(host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)


@pytest.fixture
def site():
    """The news site with robots.txt and every story at /news/<slug>.html; add routes per test."""
    served = Site()
    served.add("/robots.txt", ROBOTS, content_type="text/plain")
    for story in STORIES:
        served.add(story.path, article_html(story))
    yield served
    served.close()


def fast_fetcher(**options) -> Fetcher:
    """A fetcher with test-sized limits: 1.5 s timeouts (slow pages wait 3 s), one retry, no host interval."""
    settings = dict(timeout=1.5, total_timeout=4.0, retries=1, backoff=0.05, host_interval=0.0,
                    max_bytes=200_000)
    settings.update(options)
    return Fetcher(**settings)


@pytest.fixture
def fetcher():
    with fast_fetcher() as made:
        yield made


@pytest.fixture
def default_fetcher(fetcher):
    """``fetch_article`` (the readers' hook) uses the fast fetcher for the test."""
    previous = fetch_module.set_default_fetcher(fetcher)
    yield fetcher
    fetch_module.set_default_fetcher(previous)
