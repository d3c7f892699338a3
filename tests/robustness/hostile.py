"""Hostile requests, as data: SQL injection and path traversal payloads, the static-file paths that
try to leave the static folder, and the markers that would show a leak. Shared by the server tests
and ``bench/load_test.py``."""

from __future__ import annotations

import os
from pathlib import Path

SQL_INJECTIONS = [
    "' OR '1'='1",
    "' OR 1=1 --",
    "\" OR \"\"=\"",
    "1; DROP TABLE events; --",
    "'); DROP TABLE articles; --",
    "x' UNION SELECT * FROM read_csv('/etc/passwd') --",
    "'; ATTACH '/tmp/evil.duckdb' AS evil; --",
    "'; COPY articles TO '/tmp/stolen.csv'; --",
    "'; INSTALL httpfs; LOAD httpfs; --",
    "'; SET enable_external_access = true; --",
    "' || (SELECT string_agg(name, ',') FROM duckdb_tables()) || '",
    "read_text('/etc/passwd')",
    "CHN/GOV' OR 'a'='a",
    "name:'); DELETE FROM events; --",
    "%' OR '%'='",
    "\\'; DROP TABLE quotations; --",
    "1 AND sleep(10)",
    "(?i).*|.*",
    "$(cat /etc/passwd)",
    "\x00' OR 1=1",
]
TRAVERSALS = [
    "../../../../../../etc/passwd",
    "..%2f..%2f..%2f..%2fetc%2fpasswd",
    "%2e%2e/%2e%2e/%2e%2e/etc/passwd",
    "%2e%2e%2f%2e%2e%2fetc%2fpasswd",
    "....//....//....//etc/passwd",
    "..\\..\\..\\windows\\win.ini",
    "/etc/passwd",
    "file:///etc/passwd",
    "%252e%252e%252f%252e%252e%252fetc%252fpasswd",
    "%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd",
]
PAYLOADS = SQL_INJECTIONS + TRAVERSALS

# Seen in a response, these mean a file leaked: /etc/passwd, a planted secret, our own source.
LEAK_MARKERS = (b"root:x:0:0", b"root:*:0:0", b"PLANTED-SECRET-7f3a", b"from fastapi import", b"APIRouter(")
PLANTED_SECRET = "PLANTED-SECRET-7f3a: this file must never be served"


def static_escapes(static_dir: Path, secret: Path) -> list[str]:
    """Raw request paths that try to get out of ``/static`` to /etc/passwd, ``secret`` and our source."""
    to_secret = os.path.relpath(secret, static_dir)
    escapes = [
        "/static/../../etc/passwd",
        "/static/..%2f..%2f..%2f..%2fetc%2fpasswd",
        "/static/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
        "/static/%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd",
        "/static/%252e%252e%252f%252e%252e%252fetc%252fpasswd",
        "/static/..%5c..%5c..%5cetc%5cpasswd",
        "/static/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd",
        "/static/....//....//etc/passwd",
        "/static/..;/..;/etc/passwd",
        "/static/.%2e/.%2e/.%2e/etc/passwd",
        "/static//etc/passwd",
        "/static/%2fetc%2fpasswd",
        "//etc/passwd",
        "/%2e%2e/%2e%2e/etc/passwd",
        "/static/app.js%00../../etc/passwd",
        "/static/../routes.py",
        "/static/..%2froutes.py",
        "/static/%2e%2e/app.py",
        f"/static/{to_secret}",
        f"/static/{to_secret.replace('/', '%2f')}",
        f"/static/{to_secret.replace('..', '%2e%2e')}",
    ]
    return escapes
