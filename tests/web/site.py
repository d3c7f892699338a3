"""A small news site on 127.0.0.1 for the web tests: a real HTTP server in a thread.

Routes are set per test (pages, feeds, redirects, slow, failing and huge answers); every request
is logged with its arrival time and headers, so tests can check what was fetched, how often, with
which user agent, and how far apart.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit


@dataclass
class Route:
    """What the site answers on one path."""

    body: bytes = b""
    status: int = 200
    content_type: str = "text/html; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # seconds before answering
    send_length: bool = True  # False: no Content-Length, the body ends when the connection closes
    statuses: list[int] = field(default_factory=list)  # answered in turn before `status` (flaky)
    etag: str | None = None  # answer 304 to a request that shows it


@dataclass(frozen=True)
class Request:
    path: str  # with the query
    time: float  # time.monotonic() on arrival
    headers: dict[str, str]


class Site:
    """The server; ``url(path)`` gives an absolute 127.0.0.1 URL."""

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.requests: list[Request] = []
        site = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def handle(self) -> None:
                try:
                    super().handle()
                except (BrokenPipeError, ConnectionResetError):
                    pass  # a client that stopped reading (too large, timeout) closed a kept-alive connection

            def do_GET(self) -> None:  # noqa: N802  (http.server's name)
                site.requests.append(Request(self.path, time.monotonic(), dict(self.headers.items())))
                route = site.routes.get(urlsplit(self.path).path)
                try:
                    site.answer(self, route)
                except (BrokenPipeError, ConnectionResetError):
                    self.close_connection = True  # the client stopped reading: expected here

            def log_message(self, format, *args) -> None:  # noqa: A002  (quiet test output)
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}"
        self._thread = threading.Thread(target=self.server.serve_forever, args=(0.02,), daemon=True)
        self._thread.start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    # --- building the site ----------------------------------------------------------------------

    def url(self, path: str) -> str:
        return self.base + path

    def add(self, path: str, body: str | bytes = b"", **options) -> str:
        data = body.encode("utf-8") if isinstance(body, str) else body
        self.routes[path] = Route(data, **options)
        return self.url(path)

    def redirect(self, path: str, to: str, status: int = 302) -> str:
        return self.add(path, status=status, headers={"Location": to})

    # --- what happened --------------------------------------------------------------------------

    def hits(self, path: str) -> int:
        """Requests for a path (any query)."""
        return sum(1 for request in self.requests if urlsplit(request.path).path == path)

    def paths(self) -> list[str]:
        return [urlsplit(request.path).path for request in self.requests]

    # --- answering ------------------------------------------------------------------------------

    def answer(self, handler: BaseHTTPRequestHandler, route: Route | None) -> None:
        if route is None:
            self._send(handler, 404, b"<html><body><p>Not found</p></body></html>", {}, True,
                       "text/html; charset=utf-8")
            return
        if route.delay:
            time.sleep(route.delay)
        status = route.statuses.pop(0) if route.statuses else route.status
        if route.etag and handler.headers.get("If-None-Match") == route.etag:
            self._send(handler, 304, b"", {"ETag": route.etag}, True, None)
            return
        headers = dict(route.headers)
        if route.etag:
            headers["ETag"] = route.etag
        body = route.body if 200 <= status < 300 else b""
        self._send(handler, status, body, headers, route.send_length, route.content_type)

    @staticmethod
    def _send(handler, status: int, body: bytes, headers: dict[str, str], send_length: bool,
              content_type: str | None) -> None:
        handler.send_response(status)
        if content_type and status != 304:
            handler.send_header("Content-Type", content_type)
        for name, value in headers.items():
            handler.send_header(name, value)
        if send_length or status == 304:
            handler.send_header("Content-Length", str(len(body)))
        else:
            handler.send_header("Connection", "close")
            handler.close_connection = True
        handler.end_headers()
        for start in range(0, len(body), 65536):
            handler.wfile.write(body[start:start + 65536])
