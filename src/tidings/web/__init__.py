"""Reading the live web: pages by URL, RSS/Atom feeds and sitemaps, watched on a schedule.

- :mod:`tidings.web.fetch`: polite HTTP fetching (user agent, robots.txt, per-host rate limit,
  timeouts, retries with backoff, size and redirect limits) and article extraction from a page.
- :mod:`tidings.web.feeds`: the entries of an RSS/Atom feed (feedparser) or a sitemap.
- :mod:`tidings.web.watch`: :class:`~tidings.web.watch.Watcher`, which polls feeds in rounds and
  stores what is new; ``tidings watch`` is in :mod:`tidings.web.cli`.

Every failure is a :class:`~tidings.web.fetch.FetchError` whose text starts with a short kind
(``timeout: ...``, ``http 404: ...``, ``robots: ...``); docs/web.md lists them.
"""

from .fetch import FetchError, Fetcher, WebPage, fetch_article

__all__ = ["FetchError", "Fetcher", "WebPage", "fetch_article"]
