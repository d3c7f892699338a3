"""What a feed lists: RSS and Atom (through feedparser), sitemaps, sitemap indexes, news sitemaps.

:func:`read_listing` fetches one URL of a FEEDS.txt file through a :class:`~tidings.web.fetch.Fetcher`
and returns its :class:`Entry` list, whatever kind of listing it turns out to be: a sitemap is
recognised by its root element (``urlset``, ``sitemapindex``; gzipped or not), anything else is
given to feedparser. A sitemap index is followed one level down, newest child sitemaps first.
:func:`parse_feed_list` reads the FEEDS.txt file itself.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import zlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from .fetch import FetchError, Fetcher, Response, check_url, normalise_url

FEED_ACCEPT = ("application/rss+xml, application/atom+xml, application/xml;q=0.9, "
               "text/xml;q=0.9, */*;q=0.5")
MAX_LISTING_BYTES = 50 * 1024 * 1024  # the sitemap protocol's own limit (uncompressed)
MAX_CHILD_SITEMAPS = 50  # children of a sitemap index read per poll, newest first

_ROOT = re.compile(rb"<(?![?!])(?:[A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)")
_COMMENT_OR_DECL = re.compile(rb"<\?.*?\?>|<!--.*?-->|<!DOCTYPE[^>]*>", re.S | re.I)
_SITEMAP_ROOTS = (b"urlset", b"sitemapindex")


@dataclass(frozen=True)
class FeedLine:
    """One URL of a FEEDS.txt file and where it is written (``feeds.txt:3``)."""

    url: str
    where: str


@dataclass(frozen=True)
class Entry:
    """An article a listing points to."""

    url: str  # normalised (tidings.web.fetch.normalise_url)
    source: str  # the feed or sitemap that lists it
    title: str | None = None
    date: str | None = None  # YYYY-MM-DD, from the feed or sitemap


@dataclass
class Listing:
    """What one poll of a feed or sitemap found."""

    url: str
    kind: str  # rss, atom, sitemap, sitemap index (feedparser's version names for feeds)
    entries: list[Entry] = field(default_factory=list)
    failures: list[tuple[str, FetchError]] = field(default_factory=list)  # child sitemaps
    not_modified: bool = False
    etag: str | None = None
    last_modified: str | None = None


# ---------------------------------------------------------------------------------------------
# FEEDS.txt


def parse_feed_list(text: str, name: str = "FEEDS.txt") -> list[FeedLine]:
    """The URLs of a feeds file: one per line; blank lines and ``#`` comments (whole lines, or
    after a space) ignored; the same URL twice is kept once. Raises ``ValueError`` naming the
    line for anything that is not an http(s) URL."""
    found: list[FeedLine] = []
    seen: set[str] = set()
    for number, raw in enumerate(text.splitlines(), start=1):
        line = re.split(r"(?:^|\s)#", raw, maxsplit=1)[0].strip()
        if not line:
            continue
        where = f"{name}:{number}"
        try:
            url = check_url(line)
        except FetchError as exc:
            raise ValueError(f"{where}: {exc.detail}") from exc
        if " " in url:
            raise ValueError(f"{where}: one URL per line, not {line!r}")
        key = normalise_url(url)
        if key not in seen:
            seen.add(key)
            found.append(FeedLine(url, where))
    return found


def read_feed_list(path: str | Path) -> list[FeedLine]:
    """:func:`parse_feed_list` of a file; ``OSError`` and ``ValueError`` tell what is wrong."""
    path = Path(path)
    text = path.read_bytes().decode("utf-8-sig", errors="replace")
    return parse_feed_list(text, str(path))


# ---------------------------------------------------------------------------------------------
# Fetching and parsing listings


def read_listing(
    fetcher: Fetcher, url: str, *, etag: str | None = None, last_modified: str | None = None
) -> Listing:
    """Fetch a feed or sitemap and list its entries. ``etag``/``last_modified`` from the last poll
    make the request conditional: an unchanged feed answers 304 and ``not_modified`` is set.
    Raises :class:`FetchError` (``not a feed``, ``bad feed``, and every fetch failure)."""
    headers = {}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    response = fetcher.get(url, accept=FEED_ACCEPT, headers=headers, max_bytes=MAX_LISTING_BYTES)
    if response.status == 304:
        return Listing(url, "unchanged", not_modified=True, etag=etag, last_modified=last_modified)
    listing = parse_listing(response, url)
    listing.etag = response.headers.get("etag")
    listing.last_modified = response.headers.get("last-modified")
    if listing.kind == "sitemap index":
        children, listing.entries = listing.entries, []
        for child in children[:MAX_CHILD_SITEMAPS]:
            try:
                answer = fetcher.get(child.url, accept=FEED_ACCEPT, max_bytes=MAX_LISTING_BYTES)
                found = parse_listing(answer, child.url)
            except FetchError as exc:
                listing.failures.append((child.url, exc))
                continue
            if found.kind == "sitemap index":  # indexes do not nest (sitemaps.org); not followed
                continue
            listing.entries.extend(Entry(entry.url, url, entry.title, entry.date) for entry in found.entries)
        if children and len(listing.failures) == min(len(children), MAX_CHILD_SITEMAPS):
            first = listing.failures[0][1]
            raise FetchError(first.kind, f"every sitemap of the index failed, the first with: "
                             f"{first.detail}", url, transient=first.transient)
    listing.entries = _unique(listing.entries)
    return listing


def parse_listing(response: Response, url: str) -> Listing:
    """The entries of a fetched feed or sitemap (a sitemap index lists its child sitemaps)."""
    body = _gunzip(response.body, url)
    root = _root_name(body)
    if root in _SITEMAP_ROOTS:
        return parse_sitemap(body, url)
    return parse_feed(body, url, response.headers.get("content-type", ""))


def parse_feed(body: bytes, url: str, content_type: str = "") -> Listing:
    """RSS or Atom through feedparser; links are made absolute against the feed's URL."""
    import feedparser

    # A file object, never the bytes themselves: feedparser would try bytes as a file name.
    parsed = feedparser.parse(
        io.BytesIO(body),
        response_headers={"content-location": url, "content-type": content_type or "application/xml"},
    )
    version = parsed.get("version") or ""
    if not version and not parsed.entries:
        if parsed.get("bozo"):
            problem = parsed.get("bozo_exception")
            detail = f"the answer is not RSS, Atom or a sitemap ({type(problem).__name__}: {problem})"
        else:
            detail = "the answer is not RSS, Atom or a sitemap (a web page? use its feed link)"
        raise FetchError("not a feed", detail, url)
    entries = []
    for item in parsed.entries:
        link = item.get("link") or ""
        if not link.startswith(("http://", "https://")):
            guid = item.get("id") or ""
            link = guid if guid.startswith(("http://", "https://")) else link
        try:
            link = check_url(link)
        except FetchError:
            continue  # an entry without a usable link: nothing to fetch
        stamp = item.get("published_parsed") or item.get("updated_parsed")
        date = dt.date(*stamp[:3]).isoformat() if stamp else None
        title = " ".join((item.get("title") or "").split()) or None
        entries.append(Entry(normalise_url(link), url, title, date))
    kind = "atom" if version.startswith("atom") else "rss" if version else "feed"
    return Listing(url, kind, entries)


def parse_sitemap(body: bytes, url: str) -> Listing:
    """A sitemap (``urlset``, with news sitemap titles and dates) or a sitemap index
    (``sitemapindex``: its entries are the child sitemaps, newest first)."""
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)
    try:
        root = etree.fromstring(body, parser=parser)
    except etree.XMLSyntaxError as exc:
        raise FetchError("bad feed", f"the sitemap is not well-formed XML: {exc}", url) from exc
    kind = "sitemap index" if etree.QName(root).localname == "sitemapindex" else "sitemap"
    wanted = "sitemap" if kind == "sitemap index" else "url"
    entries = []
    for element in root:
        if not isinstance(element.tag, str) or etree.QName(element).localname != wanted:
            continue
        fields = _children_text(element)
        loc = fields.get("loc")
        if not loc:
            continue
        try:
            link = check_url(loc)
        except FetchError:
            continue
        date = _iso_day(fields.get("publication_date") or fields.get("lastmod"))
        entries.append(Entry(normalise_url(link), url, fields.get("title"), date))
    if kind == "sitemap index":  # newest first, so a huge index's recent sitemaps are read
        entries = newest_first(entries)
    return Listing(url, kind, entries)


def newest_first(entries: Iterable[Entry]) -> list[Entry]:
    """Entries by date, newest first; undated ones after, in their order."""
    listed = list(entries)
    dated = sorted((entry for entry in listed if entry.date), key=lambda entry: entry.date, reverse=True)
    return dated + [entry for entry in listed if not entry.date]


def _children_text(element) -> dict[str, str]:
    """Local name -> text of an element's descendants (``loc``, ``lastmod``, news:``title``...);
    the first one of each name wins."""
    from lxml import etree

    found: dict[str, str] = {}
    for child in element.iter():
        if child is element or not isinstance(child.tag, str):
            continue
        name = etree.QName(child).localname
        text = " ".join((child.text or "").split())
        if text and name not in found:
            found[name] = text
    return found


def _iso_day(value: str | None) -> str | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value.strip()[:10]).isoformat()
    except ValueError:
        return None


def _root_name(body: bytes) -> bytes | None:
    head = _COMMENT_OR_DECL.sub(b"", body[:8192].lstrip(b"\xef\xbb\xbf \t\r\n"))
    match = _ROOT.search(head)
    return match.group(1).lower() if match else None


def _gunzip(body: bytes, url: str) -> bytes:
    """A ``.xml.gz`` body (served as a file, not with Content-Encoding) inflated, within the limit."""
    if not body.startswith(b"\x1f\x8b"):
        return body
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        data = inflater.decompress(body, MAX_LISTING_BYTES)
    except zlib.error as exc:
        raise FetchError("bad feed", f"the gzip file is damaged: {exc}", url) from exc
    if inflater.unconsumed_tail:
        raise FetchError("too large", f"the listing is over {MAX_LISTING_BYTES / 1e6:,.0f} MB "
                         "once decompressed", url)
    return data


def _unique(entries: Iterable[Entry]) -> list[Entry]:
    seen: set[str] = set()
    kept = []
    for entry in entries:
        if entry.url not in seen:
            seen.add(entry.url)
            kept.append(entry)
    return kept
