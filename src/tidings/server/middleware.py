"""The server's outer guard, as one plain ASGI middleware: host check, body limit, safety headers.

- **Host check.** A server bound to the loopback answers only requests whose ``Host`` is a
  loopback name, so a web page elsewhere cannot reach it through DNS rebinding.
- **Body limit.** A request whose ``Content-Length`` is over the limit is answered 413 without
  the app ever seeing it; a body sent without a length (chunked) is counted as it streams and cut
  off at the limit, so no request can make the server hold more than ``max_body_bytes``. The
  excess is read and discarded (up to ``DRAIN_FACTOR`` times the limit) so the client can read
  its 413 instead of a connection reset.
- **Headers.** Every response carries a strict Content-Security-Policy (scripts, styles and data
  from this origin only: no inline script can run even if markup slipped through), ``nosniff``,
  no framing and no referrer.

Its errors are answered in the one JSON error shape (:mod:`.errors`).
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable, Iterable, MutableMapping
from typing import Any

from .errors import error_body

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

LOOPBACK_HOSTS = frozenset({"127.0.0.1", "localhost", "[::1]", "::1"})

CONTENT_SECURITY_POLICY = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)
SAFETY_HEADERS: tuple[tuple[bytes, bytes], ...] = (
    (b"content-security-policy", CONTENT_SECURITY_POLICY.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
    (b"cross-origin-resource-policy", b"same-origin"),
)


# A client gets its 413 cleanly only if it could send its whole body first (a server that answers
# and closes mid-upload makes the client see a reset), so bodies up to this many times the limit
# are read and thrown away before answering; anything larger is answered at once.
DRAIN_FACTOR = 16


class _BodyTooLarge(Exception):
    """Internal: raised from ``receive`` once a streamed body passes the limit."""


def host_name(value: str) -> str:
    """The host of a ``Host`` header without its port: ``[::1]:8000`` -> ``[::1]``."""
    value = value.strip().lower()
    if value.startswith("["):
        return value[: value.find("]") + 1] if "]" in value else value
    return value.rsplit(":", 1)[0] if value.count(":") == 1 else value


class SafetyMiddleware:
    """Host check, request body limit and safety headers (see the module docstring)."""

    def __init__(self, app: ASGIApp, *, max_body_bytes: int, allowed_hosts: Iterable[str] | None = None) -> None:
        self.app = app
        self.max_body_bytes = max_body_bytes
        self.allowed_hosts = frozenset(h.lower() for h in allowed_hosts) if allowed_hosts is not None else None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = {name.lower(): value for name, value in scope.get("headers", [])}
        if self.allowed_hosts is not None:
            host = host_name(headers.get(b"host", b"").decode("latin-1"))
            if host not in self.allowed_hosts:
                message = "this server only answers requests addressed to its loopback host"
                await _send_error(send, 400, "bad_host", message)
                return
        declared = headers.get(b"content-length")
        if declared is not None:
            if not declared.strip().isdigit():
                await _send_error(send, 400, "bad_request", "Content-Length is not a number")
                return
            if int(declared) > self.max_body_bytes:
                if int(declared) <= DRAIN_FACTOR * self.max_body_bytes:
                    await _drain(receive, int(declared))
                await _send_error(send, 413, "payload_too_large", self._too_large_message())
                return

        received = 0
        exceeded = False
        started = False

        async def limited_receive() -> Message:
            nonlocal received, exceeded
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_body_bytes:
                    exceeded = True
                    raise _BodyTooLarge
            return message

        async def guarded_send(message: Message) -> None:
            nonlocal started
            if exceeded:  # whatever the app made of the cut-off body is dropped: the answer is 413
                return
            if message["type"] == "http.response.start":
                started = True
                message["headers"] = [*message.get("headers", []), *SAFETY_HEADERS]
            await send(message)

        try:
            await self.app(scope, limited_receive, guarded_send)
        except _BodyTooLarge:
            pass
        except Exception:
            if not exceeded:
                raise
        if exceeded and not started:
            await _drain(receive, DRAIN_FACTOR * self.max_body_bytes)
            await _send_error(send, 413, "payload_too_large", self._too_large_message())

    def _too_large_message(self) -> str:
        return f"the request body is over the limit of {self.max_body_bytes:,} bytes"


async def _drain(receive: Receive, cap: int) -> None:
    """Read and discard the rest of a request body, at most ``cap`` bytes (nothing is kept)."""
    seen = 0
    while seen <= cap:
        message = await receive()
        if message["type"] != "http.request":
            return
        seen += len(message.get("body", b""))
        if not message.get("more_body", False):
            return


async def _send_error(send: Send, status: int, code: str, message: str) -> None:
    body = json.dumps(error_body(status, code, message)).encode()
    await send({
        "type": "http.response.start",
        "status": status,
        "headers": [
            (b"content-type", b"application/json"),
            (b"content-length", str(len(body)).encode()),
            (b"connection", b"close"),
            *SAFETY_HEADERS,
        ],
    })
    await send({"type": "http.response.body", "body": body})
