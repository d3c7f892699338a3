"""Polite HTTP fetching, and a web page as an article.

:class:`Fetcher` makes every request of a run: it sends a clear user agent, obeys robots.txt
(read once per site and cached), keeps a minimum interval between two requests to one host,
retries timeouts, dropped connections and 5xx/429 answers with exponential backoff, stops reading
a body past a size limit, and follows at most ``max_redirects`` redirects, refusing loops. The
network itself is behind :class:`Transport` (one GET, no redirects), so the policy can be tested
with a fake transport; :class:`HttpxTransport` is the real one.

:meth:`Fetcher.fetch_page` turns a URL into a :class:`WebPage`: the main text and metadata
through trafilatura (:func:`tidings.readers.html_article`, as for ``.html`` files), plus the
canonical URL (the article's id) and the author. :func:`fetch_article` is what
``tidings extract URL`` and ``tidings ingest URL`` call, through :func:`tidings.readers.read_inputs`.

Nothing here raises anything but :class:`FetchError` for a failed fetch; its text is
``"<kind>: <detail>"`` with a kind from :data:`FAILURE_KINDS` (docs/web.md explains each).
"""

from __future__ import annotations

import email.utils
import re
import socket
import threading
import time
import urllib.robotparser
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Protocol
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

from .. import __version__
from ..extract import RawArticle, ReadFailure

PROJECT_URL = "https://pypi.org/project/tidings/"
USER_AGENT = f"tidings/{__version__} (+{PROJECT_URL})"
ROBOTS_AGENT = "tidings"  # the token robots.txt groups are matched against

DEFAULT_TIMEOUT = 10.0  # seconds to connect, and between two reads of the body
DEFAULT_TOTAL_TIMEOUT = 60.0  # seconds for a whole response: a server dripping bytes is cut off
DEFAULT_RETRIES = 2  # extra tries after a timeout, a dropped connection, a 5xx or a 429
DEFAULT_BACKOFF = 1.0  # first wait before a retry; doubled each time
MAX_BACKOFF = 30.0  # no wait (backoff or Retry-After) is longer
DEFAULT_HOST_INTERVAL = 1.0  # seconds between the end of a request to a host and the next one
MAX_CRAWL_DELAY = 60.0  # a robots.txt Crawl-delay is honoured up to this
DEFAULT_MAX_BYTES = 5 * 1024 * 1024  # a page's body, decompressed
ROBOTS_MAX_BYTES = 512 * 1024  # RFC 9309: parse at least 500 KiB, ignore the rest
DEFAULT_MAX_REDIRECTS = 5
ROBOTS_TTL = 3600.0  # seconds a robots.txt is trusted (RFC 9309 allows up to a day)
ROBOTS_ERROR_TTL = 300.0  # an unreachable robots.txt is asked again after this
DEFAULT_MIN_TEXT_CHARS = 200  # less main text than this is a stub (paywall, consent, teaser)

HTML_TYPES = ("text/html", "application/xhtml+xml")
HTML_ACCEPT = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5"
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})

FAILURE_KINDS = (
    "bad url", "dns", "connection", "timeout", "http <status>", "redirect loop",
    "too many redirects", "robots", "too large", "not html", "no text", "too short", "paywall",
    "not a feed", "bad feed",
)
"""The kinds a failure reason starts with (``http <status>`` is e.g. ``http 404``)."""

# Words of a paywall or sign-in box that made it into the extracted text of a short page. Kept
# small and specific on purpose: full articles quote "subscribe" too, so these only count on pages
# whose main text is already short (under PAYWALL_MAX_CHARS).
PAYWALL_PHRASES = (
    "subscribe to continue", "subscribe to read", "subscribers only", "for subscribers",
    "to continue reading", "continue reading with", "already a subscriber", "already subscribed",
    "sign in to read", "log in to read", "create a free account to", "this article is for paying",
    "unlock this article", "start your free trial",
)
PAYWALL_MAX_CHARS = 1500

# Query parameters that only track where a click came from: the same article with other values is
# the same article.
_TRACKING_PARAMS = re.compile(r"^(utm_[a-z]+|fbclid|gclid|dclid|mc_cid|mc_eid|ocid|cmpid|smid)$", re.I)
_DNS_MESSAGES = ("name or service not known", "nodename nor servname", "getaddrinfo failed",
                 "temporary failure in name resolution", "no address associated")
_CHARSET = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9_.:-]+)", re.I)


class FetchError(Exception):
    """A fetch that failed: ``str()`` is ``"<kind>: <detail>"``, the reason recorded in the store.

    ``transient`` says whether trying again later may succeed (timeouts, 5xx, DNS...), as opposed
    to an answer that will not change (404, not HTML, robots.txt disallows it...).
    """

    def __init__(self, kind: str, detail: str, url: str = "", *, transient: bool = False) -> None:
        super().__init__(f"{kind}: {detail}")
        self.kind = kind
        self.detail = detail
        self.url = url
        self.transient = transient

    @property
    def retry_now(self) -> bool:
        """Worth retrying within the same fetch (after a short backoff)."""
        return self.kind in ("timeout", "connection")


@dataclass(frozen=True)
class Response:
    """One HTTP response. ``headers`` have lower-case names; ``body`` is empty unless 2xx."""

    url: str
    status: int
    headers: Mapping[str, str] = field(default_factory=dict)
    body: bytes = b""
    reason: str = ""

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "").split(";", 1)[0].strip().lower()

    @property
    def charset(self) -> str | None:
        match = _CHARSET.search(self.headers.get("content-type", ""))
        return match.group(1).lower() if match else None


class Transport(Protocol):
    """Sends one GET and reads the answer; follows no redirect.

    Raises :class:`FetchError` (kinds ``bad url``, ``dns``, ``connection``, ``timeout``,
    ``too large``) for anything that is not an HTTP answer. Reads the body of 2xx answers only,
    never more than ``max_bytes`` (with ``truncate``, the first ``max_bytes`` are kept instead of
    failing), and gives up at ``deadline`` (a ``time.monotonic()`` value).
    """

    def get(
        self, url: str, *, headers: Mapping[str, str], timeout: float, max_bytes: int,
        deadline: float, truncate: bool = False,
    ) -> Response: ...

    def close(self) -> None: ...


class HttpxTransport:
    """:class:`Transport` over an ``httpx.Client`` (HTTP/1.1, connections kept alive)."""

    def __init__(self, client=None) -> None:
        import httpx

        self._httpx = httpx
        self._client = client or httpx.Client(follow_redirects=False)

    def close(self) -> None:
        self._client.close()

    def get(
        self, url: str, *, headers: Mapping[str, str], timeout: float, max_bytes: int,
        deadline: float, truncate: bool = False,
    ) -> Response:
        httpx = self._httpx
        try:
            with self._client.stream("GET", url, headers=dict(headers), timeout=timeout) as answer:
                names = {name.lower(): value for name, value in answer.headers.items()}
                body = b""
                if 200 <= answer.status_code < 300:
                    body = _read_body(answer, names, url, max_bytes, deadline, truncate)
                return Response(str(answer.url), answer.status_code, names, body, answer.reason_phrase)
        except FetchError:
            raise
        except httpx.TimeoutException as exc:
            what = "connecting" if isinstance(exc, httpx.ConnectTimeout) else "waiting for the server"
            raise FetchError("timeout", f"no answer after {timeout:g} s ({what})", url, transient=True) from exc
        except httpx.ConnectError as exc:
            if _is_dns_failure(exc):
                host = urlsplit(url).hostname or url
                raise FetchError("dns", f"the host name {host!r} could not be resolved", url,
                                 transient=True) from exc
            raise FetchError("connection", f"could not connect: {_os_message(exc)}", url,
                             transient=True) from exc
        except (httpx.UnsupportedProtocol, httpx.InvalidURL) as exc:
            raise FetchError("bad url", str(exc) or "not a URL that can be fetched", url) from exc
        except httpx.DecodingError as exc:
            raise FetchError("connection", f"the body could not be decoded: {exc}", url,
                             transient=True) from exc
        except (httpx.TransportError, OSError) as exc:  # dropped connections, protocol errors
            raise FetchError("connection", f"the connection failed: {_os_message(exc)}", url,
                             transient=True) from exc


def _read_body(answer, headers: Mapping[str, str], url: str, max_bytes: int, deadline: float,
               truncate: bool) -> bytes:
    """The decompressed body, stopping past ``max_bytes`` and at ``deadline``."""
    declared = headers.get("content-length", "")
    encoded = headers.get("content-encoding", "identity").lower() not in ("", "identity")
    if declared.isdigit() and int(declared) > max_bytes and not truncate and not encoded:
        raise FetchError("too large", f"the page is {int(declared) / 1e6:,.1f} MB, over the "
                         f"{max_bytes / 1e6:,.1f} MB limit", url)
    chunks: list[bytes] = []
    size = 0
    for chunk in answer.iter_bytes():
        chunks.append(chunk)
        size += len(chunk)
        if size > max_bytes:
            if truncate:
                return b"".join(chunks)[:max_bytes]
            raise FetchError("too large", f"the page is over the {max_bytes / 1e6:,.1f} MB limit "
                             "(stopped reading)", url)
        if time.monotonic() > deadline:
            raise FetchError("timeout", "the page took too long to download", url, transient=True)
    return b"".join(chunks)


def _is_dns_failure(exc: BaseException) -> bool:
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, socket.gaierror):
            return True
        seen = seen.__cause__ or seen.__context__
    return any(message in str(exc).lower() for message in _DNS_MESSAGES)


def _os_message(exc: BaseException) -> str:
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, OSError) and seen.strerror:
            return seen.strerror.lower()
        seen = seen.__cause__ or seen.__context__
    return str(exc) or type(exc).__name__


# ---------------------------------------------------------------------------------------------
# URLs


def check_url(url: str) -> str:
    """``url`` without its fragment, if it is an absolute http(s) URL; else a ``bad url`` error."""
    text = url.strip()
    try:
        parts = urlsplit(text)
        parts.port  # noqa: B018  (raises ValueError for a port out of range)
    except ValueError as exc:
        raise FetchError("bad url", f"{text!r} is not a valid URL ({exc})", text) from exc
    if parts.scheme.lower() not in ("http", "https"):
        raise FetchError("bad url", f"{text!r} is not an http(s) URL", text)
    if not parts.hostname:
        raise FetchError("bad url", f"{text!r} has no host name", text)
    return urlunsplit(parts._replace(fragment=""))


def normalise_url(url: str) -> str:
    """The form URLs are compared in: lower-case scheme and host, no default port, no fragment, no
    tracking parameters (``utm_*``, ``fbclid``...), ``/`` for an empty path."""
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    try:
        port = parts.port
    except ValueError:
        port = None
    netloc = host if port is None or (scheme, port) in (("http", 80), ("https", 443)) else f"{host}:{port}"
    if parts.username:
        netloc = f"{parts.username}{':' + parts.password if parts.password else ''}@{netloc}"
    query = parts.query
    if query:
        pairs = parse_qsl(query, keep_blank_values=True)
        kept = [(name, value) for name, value in pairs if not _TRACKING_PARAMS.match(name)]
        if len(kept) != len(pairs):
            query = urlencode(kept)
    return urlunsplit((scheme, netloc, parts.path or "/", query, ""))


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme.lower()}://{parts.netloc.lower()}"


def _host(url: str) -> str:
    return (urlsplit(url).hostname or "").lower()


# ---------------------------------------------------------------------------------------------
# Politeness: per-host intervals and robots.txt


class HostLimiter:
    """A minimum interval between two requests to one host, measured from the end of one to the
    start of the next (so requests never overlap and the server sees the gap whole). Threads
    sharing a limiter queue up per host."""

    def __init__(self, interval: float, *, clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        self.interval = interval
        self._clock = clock
        self._sleep = sleep
        self._free_at: dict[str, float] = {}  # inf while a request to the host is under way
        self._delays: dict[str, float] = {}  # Crawl-delay of a host's robots.txt
        self._turn = threading.Condition()

    def set_delay(self, host: str, seconds: float) -> None:
        """A longer interval for one host (its robots.txt Crawl-delay), from now on: the request
        that just read robots.txt counts as the last one."""
        with self._turn:
            self._delays[host] = seconds
            if self._free_at.get(host, 0.0) != _BUSY:
                self._free_at[host] = max(self._free_at.get(host, 0.0), self._clock() + seconds)

    def interval_for(self, host: str) -> float:
        return max(self.interval, self._delays.get(host, 0.0))

    def wait(self, host: str) -> None:
        """Block until a request to ``host`` may start, and mark the host busy until :meth:`done`."""
        with self._turn:
            while True:
                free_at = self._free_at.get(host, 0.0)
                if free_at == _BUSY:  # another thread's request: wait for its done()
                    self._turn.wait()
                    continue
                pause = free_at - self._clock()
                if pause <= 0:
                    self._free_at[host] = _BUSY
                    return
                self._turn.release()  # sleep without holding up the other hosts
                try:
                    self._sleep(pause)
                finally:
                    self._turn.acquire()

    def done(self, host: str) -> None:
        with self._turn:
            self._free_at[host] = self._clock() + self.interval_for(host)
            self._turn.notify_all()


_BUSY = float("inf")


@dataclass
class _Robots:
    parser: urllib.robotparser.RobotFileParser
    expires: float
    problem: FetchError | None = None  # why the site is not crawled at all (robots.txt unreachable)


# ---------------------------------------------------------------------------------------------
# The fetcher


@dataclass(frozen=True)
class WebPage:
    """A fetched article: its text and metadata, and where it came from."""

    url: str  # as asked
    final_url: str  # after redirects
    canonical_url: str  # the page's canonical URL, else final_url: the article's id
    author: str | None
    article: RawArticle


class Fetcher:
    """Every request of a run goes through one fetcher, which keeps it polite (module docstring).

    It may be shared by threads (requests to one host then queue up); ``tidings watch`` fetches
    one URL at a time and orders its requests so that consecutive ones go to different hosts.
    """

    def __init__(
        self,
        *,
        transport: Transport | None = None,
        user_agent: str = USER_AGENT,
        timeout: float = DEFAULT_TIMEOUT,
        total_timeout: float = DEFAULT_TOTAL_TIMEOUT,
        retries: int = DEFAULT_RETRIES,
        backoff: float = DEFAULT_BACKOFF,
        max_backoff: float = MAX_BACKOFF,
        host_interval: float = DEFAULT_HOST_INTERVAL,
        max_bytes: int = DEFAULT_MAX_BYTES,
        max_redirects: int = DEFAULT_MAX_REDIRECTS,
        min_text_chars: int = DEFAULT_MIN_TEXT_CHARS,
        respect_robots: bool = True,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.transport: Transport = transport or HttpxTransport()
        self.user_agent = user_agent
        self.timeout = timeout
        self.total_timeout = total_timeout
        self.retries = max(0, retries)
        self.backoff = backoff
        self.max_backoff = max_backoff
        self.max_bytes = max_bytes
        self.max_redirects = max_redirects
        self.min_text_chars = min_text_chars
        self.respect_robots = respect_robots
        self.limiter = HostLimiter(host_interval, clock=clock, sleep=sleep)
        self._clock = clock
        self._sleep = sleep
        self._robots: dict[str, _Robots] = {}

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        self.transport.close()

    # --- HTTP ---------------------------------------------------------------------------------

    def get(
        self,
        url: str,
        *,
        accept: str = "*/*",
        headers: Mapping[str, str] | None = None,
        max_bytes: int | None = None,
        truncate: bool = False,
        check_robots: bool = True,
    ) -> Response:
        """GET ``url`` politely, following redirects; the final 2xx (or 304) response.

        Raises :class:`FetchError` for anything else: network failures, 4xx and 5xx answers
        (after retries), redirect loops, robots.txt refusals, bodies over ``max_bytes``.
        """
        url = check_url(url)
        limit = max_bytes or self.max_bytes
        request_headers = {"User-Agent": self.user_agent, "Accept": accept, **(headers or {})}
        chain = [url]
        while True:
            if check_robots and self.respect_robots:
                self._check_robots(url)
            response = self._request(url, request_headers, limit, truncate)
            location = response.headers.get("location")
            if response.status in REDIRECT_STATUSES and location:
                target = check_url(urljoin(url, location.strip()))
                if target in chain:
                    path = " -> ".join([*chain, target])
                    raise FetchError("redirect loop", f"the redirects go round in a circle: {path}", chain[0])
                if len(chain) > self.max_redirects:
                    raise FetchError("too many redirects",
                                     f"more than {self.max_redirects} redirects from {chain[0]}", chain[0])
                chain.append(target)
                url = target
                continue
            if 200 <= response.status < 300 or response.status == 304:
                return response
            raise _status_error(response, url)

    def _request(self, url: str, headers: Mapping[str, str], max_bytes: int, truncate: bool) -> Response:
        """One request, retried after timeouts, dropped connections, 5xx and 429, with backoff."""
        host = _host(url)
        attempt = 0
        while True:
            self.limiter.wait(host)
            try:
                response = self.transport.get(
                    url, headers=headers, timeout=self.timeout, max_bytes=max_bytes,
                    deadline=self._clock() + self.total_timeout, truncate=truncate,
                )
            except FetchError as exc:
                if not exc.retry_now or attempt >= self.retries:
                    raise
                pause = self._backoff(attempt)
            else:
                if response.status not in RETRY_STATUSES or attempt >= self.retries:
                    return response
                pause = max(self._backoff(attempt), _retry_after(response))
            finally:
                self.limiter.done(host)
            attempt += 1
            self._sleep(min(pause, self.max_backoff))

    def _backoff(self, attempt: int) -> float:
        return min(self.backoff * (2**attempt), self.max_backoff)

    # --- robots.txt ---------------------------------------------------------------------------

    def allowed(self, url: str) -> bool:
        """Whether robots.txt lets tidings fetch ``url`` (reading it first if needed)."""
        try:
            self._check_robots(check_url(url))
        except FetchError:
            return False
        return True

    def _check_robots(self, url: str) -> None:
        robots = self._robots_for(_origin(url))
        if robots.problem:
            raise FetchError(robots.problem.kind, robots.problem.detail, url, transient=True)
        if not robots.parser.can_fetch(ROBOTS_AGENT, url):
            path = urlunsplit(("", "", urlsplit(url).path or "/", urlsplit(url).query, ""))
            raise FetchError("robots", f"{path} is disallowed for {ROBOTS_AGENT} by "
                             f"{_origin(url)}/robots.txt", url)

    def _robots_for(self, origin: str) -> _Robots:
        cached = self._robots.get(origin)
        if cached is not None and cached.expires > self._clock():
            return cached
        parser = urllib.robotparser.RobotFileParser(f"{origin}/robots.txt")
        problem = None
        ttl = ROBOTS_TTL
        try:
            answer = self.get(f"{origin}/robots.txt", accept="text/plain,*/*;q=0.5",
                              max_bytes=ROBOTS_MAX_BYTES, truncate=True, check_robots=False)
            parser.parse(answer.body.decode("utf-8", errors="replace").splitlines())
        except FetchError as exc:
            status = _status_of(exc)
            unavailable = status is not None and 400 <= status < 500 and status != 429
            if unavailable or exc.kind in ("redirect loop", "too many redirects", "bad url"):
                parser.allow_all = True  # RFC 9309: "unavailable" (404, 403, lost in redirects): no rules
            else:
                # Unreachable: RFC 9309 says assume everything is disallowed. A host that does not
                # answer at all fails with the network's own reason (dns, timeout...); one that
                # answers robots.txt with 5xx or 429 is a robots failure. Either way every URL of
                # the host fails fast until the robots.txt is asked again.
                parser.disallow_all = True
                if status is None:
                    problem = FetchError(exc.kind, f"{exc.detail} (asking for {origin}/robots.txt)")
                else:
                    problem = FetchError("robots", f"{origin}/robots.txt could not be read ({exc}); "
                                         "the site is left alone until it can be")
                ttl = ROBOTS_ERROR_TTL
        delay = parser.crawl_delay(ROBOTS_AGENT) if not problem and not parser.allow_all else None
        if delay:
            self.limiter.set_delay(urlsplit(origin).hostname or "", min(float(delay), MAX_CRAWL_DELAY))
        robots = _Robots(parser, self._clock() + ttl, problem)
        self._robots[origin] = robots
        return robots

    # --- pages --------------------------------------------------------------------------------

    def fetch_page(self, url: str, *, title: str | None = None, date: str | None = None) -> WebPage:
        """Fetch an article page and extract it; ``title`` and ``date`` (from a feed) fill what
        the page does not say. Raises :class:`FetchError`."""
        response = self.get(url, accept=HTML_ACCEPT)
        if response.status == 304:  # never asked conditionally here, but a server may say it
            raise FetchError("http 304", "the server sent no page (304 Not Modified)", url)
        return page_from_response(url, response, min_text_chars=self.min_text_chars,
                                  title=title, date=date)

    def fetch_article(self, url: str) -> RawArticle | ReadFailure:
        """:meth:`fetch_page`'s article, or a :class:`ReadFailure` with the reason."""
        from ..readers import clean_text

        given = clean_text(url)
        try:
            return self.fetch_page(url).article
        except FetchError as exc:
            return ReadFailure(given, str(exc), given)


def _status_error(response: Response, url: str) -> FetchError:
    status = response.status
    phrase = response.reason or "error"
    if 300 <= status < 400:
        detail = f"a redirect ({status} {phrase}) without a Location to go to"
    elif status == 429:
        detail = "Too Many Requests (the site asks us to slow down)"
    else:
        detail = phrase
    return FetchError(f"http {status}", detail, url, transient=status >= 500 or status == 429)


def _status_of(exc: FetchError) -> int | None:
    if exc.kind.startswith("http ") and exc.kind[5:].isdigit():
        return int(exc.kind[5:])
    return None


def _retry_after(response: Response) -> float:
    """Seconds a ``Retry-After`` header asks for (a number or an HTTP date); 0 when absent."""
    value = response.headers.get("retry-after", "").strip()
    if not value:
        return 0.0
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return 0.0
    return max(0.0, when.timestamp() - time.time())


# ---------------------------------------------------------------------------------------------
# A page as an article


def page_from_response(
    url: str, response: Response, *, min_text_chars: int = DEFAULT_MIN_TEXT_CHARS,
    title: str | None = None, date: str | None = None,
) -> WebPage:
    """The article in an HTML response: id = canonical URL. Raises :class:`FetchError`."""
    from ..readers import html_article

    final_url = response.url or url
    if response.content_type not in HTML_TYPES and not _looks_like_html(response):
        sent = response.content_type or "no content type"
        raise FetchError("not html", f"the server sent {sent}, not a web page", url)
    markup = _decode(response)
    item = html_article(markup, final_url, final_url, url=final_url)
    if isinstance(item, ReadFailure):
        raise FetchError("no text", item.reason, url)
    text = item.text.strip()
    if len(text) < min_text_chars:
        raise FetchError("too short", f"only {len(text)} characters of article text (a paywall, "
                         "consent or teaser page?)", url)
    if len(text) < PAYWALL_MAX_CHARS:
        lowered = text.lower()
        phrase = next((phrase for phrase in PAYWALL_PHRASES if phrase in lowered), None)
        if phrase:
            raise FetchError("paywall", f"the page shows {len(text)} characters and asks the reader "
                             f"to pay or sign in ({phrase!r})", url)
    canonical, author = _canonical_and_author(markup, final_url)
    canonical = canonical or normalise_url(final_url)
    meta = item.meta.model_copy(update={
        "id": canonical,
        "url": canonical,
        "title": item.meta.title or title,
        "date": item.meta.date or date,
    })
    return WebPage(url, final_url, canonical, author, RawArticle(meta, item.text))


def _looks_like_html(response: Response) -> bool:
    """A page sent without a content type (or as octet-stream) that starts like HTML."""
    if response.content_type not in ("", "application/octet-stream", "text/plain"):
        return False
    head = response.body[:1024].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html")) or (b"<html" in head and b"<head" in head)


def _decode(response: Response) -> str | bytes:
    """The body as text when the server named a charset (it wins over the page's own meta tag,
    as in browsers), else the bytes for :func:`tidings.readers.html_article` to decode."""
    body = response.body
    charset = response.charset
    if charset and not body.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        try:
            return body.decode(charset, errors="replace")
        except LookupError:
            pass
    return body


def _canonical_and_author(markup: str | bytes, base_url: str) -> tuple[str | None, str | None]:
    """The page's canonical URL (``<link rel=canonical>``, else ``og:url``), absolute and
    normalised, and its author (trafilatura's metadata: meta tags, JSON-LD, bylines)."""
    from trafilatura.metadata import extract_metadata
    from trafilatura.utils import load_html

    tree = load_html(markup)
    if tree is None:
        return None, None
    canonical = None
    found = tree.xpath("//link[contains(concat(' ', translate(normalize-space(@rel), "
                       "'CANONICAL', 'canonical'), ' '), ' canonical ')]/@href")
    found = found or tree.xpath("//meta[@property='og:url']/@content")
    for href in found:
        try:
            candidate = check_url(urljoin(base_url, str(href).strip()))
        except FetchError:
            continue
        canonical = normalise_url(candidate)
        break
    author = None
    try:
        author = extract_metadata(tree, default_url=base_url).author
    except Exception:  # noqa: BLE001  (the author is a nicety: a metadata bug must not lose the page)
        author = None
    return canonical, (" ".join(author.split()) or None) if author else None


# ---------------------------------------------------------------------------------------------
# The fetcher behind ``tidings extract URL`` / ``tidings ingest URL``

_default: Fetcher | None = None
_default_lock = threading.Lock()


def default_fetcher() -> Fetcher:
    """The process's shared fetcher (made on first use), so robots.txt and rate limits hold
    across every URL of a run."""
    global _default
    with _default_lock:
        if _default is None:
            _default = Fetcher()
        return _default


def set_default_fetcher(fetcher: Fetcher | None) -> Fetcher | None:
    """Use ``fetcher`` for :func:`fetch_article` (``None``: a default one on next use); returns
    the previous one, which the caller may close."""
    global _default
    with _default_lock:
        previous, _default = _default, fetcher
    return previous


def fetch_article(url: str) -> RawArticle | ReadFailure:
    """One URL as an article (id = canonical URL), or a failure with its reason; never raises.

    This is the hook :func:`tidings.readers.read_inputs` calls for ``http(s)://`` inputs.
    """
    return default_fetcher().fetch_article(url)
