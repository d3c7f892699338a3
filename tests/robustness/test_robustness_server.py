"""Hostile requests against a real ``tidings serve`` app (uvicorn on 127.0.0.1, a real DuckDB file):
SQL injection and path traversal in every parameter of every endpoint, escapes from ``/static``,
oversized bodies. Never a 5xx, never a leaked file, never a change the request was not meant to make.

The endpoints and their parameters are read from the app's own OpenAPI description, so a route
or parameter added later is attacked too.
"""

from __future__ import annotations

import http.client
import json
import threading
from pathlib import Path
from urllib.parse import quote

import pytest

from .hostile import LEAK_MARKERS, PAYLOADS, TRAVERSALS, static_escapes

pytestmark = pytest.mark.slow  # the server process loads the pipeline

# Values that make a request valid apart from the parameter under attack.
BENIGN = {"a": "RUS", "b": "UKR"}
HOST = {"Host": "127.0.0.1"}


class Raw:
    """Requests sent byte for byte as written (no client normalises ``..`` or re-encodes)."""

    def __init__(self, port: int) -> None:
        self.port = port
        self.conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)

    def send(self, method: str, target: str, body: bytes | None = None, headers: dict | None = None):
        for attempt in (1, 2):  # the server may close a kept-alive connection after an error
            try:
                self.conn.request(method, target, body=body, headers={**HOST, **(headers or {})})
                response = self.conn.getresponse()
                return response.status, response.read()
            except (http.client.HTTPException, ConnectionError):
                self.conn.close()
                self.conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
                if attempt == 2:
                    raise
        raise AssertionError("unreachable")


@pytest.fixture(scope="module")
def raw(served):
    client = Raw(served.port)
    yield client
    client.conn.close()


def check(status: int, body: bytes, what: str) -> None:
    assert status < 500, f"{what}: {status} {body[:300]!r}"
    for marker in LEAK_MARKERS:
        assert marker not in body, f"{what}: leaked {marker!r}"


def operations(app) -> list[tuple[str, str, list[dict], dict | None]]:
    """(method, path, parameters, JSON body schema) of every API operation, from OpenAPI."""
    spec = app.openapi()
    found = []
    for path, methods in spec["paths"].items():
        for method, operation in methods.items():
            body = operation.get("requestBody", {}).get("content", {}).get("application/json", {}).get("schema")
            if body and "$ref" in body:
                body = spec["components"]["schemas"][body["$ref"].rsplit("/", 1)[1]]
            found.append((method.upper(), path, operation.get("parameters", []), body))
    return found


@pytest.fixture(scope="module")
def api_operations(planted_store):
    from tidings.server import create_app

    return operations(create_app(planted_store, loader=lambda: None))  # the same app the process serves


def status_counts(raw: Raw) -> dict:
    status, body = raw.send("GET", "/api/status")
    assert status == 200
    return json.loads(body)["counts"]


def test_the_api_has_the_routes_we_attack(api_operations):
    paths = {path for _, path, _, _ in api_operations}
    assert {"/api/events", "/api/events/{key}", "/api/dyad", "/api/actors/{name}", "/api/extract", "/api/quotes"} <= paths
    assert sum(len(parameters) for _, _, parameters, _ in api_operations) >= 40


def attack_targets(api_operations) -> list[str]:
    """Every GET operation with each parameter in turn set to each payload (quoted; path params
    also with their slashes raw), the other required parameters benign."""
    targets = []
    for method, path, parameters, _ in api_operations:
        if method != "GET":
            continue
        for parameter in parameters:
            for payload in PAYLOADS:
                encodings = [quote(payload, safe="")]
                if parameter["in"] == "path":
                    encodings.append(payload.replace(" ", "%20").replace("\x00", "%00"))
                for encoded in encodings:
                    target = path
                    query = {name: quote(value) for name, value in BENIGN.items() if name != parameter["name"]}
                    if parameter["in"] == "path":
                        target = path.replace("{" + parameter["name"] + "}", encoded)
                    else:
                        query[parameter["name"]] = encoded
                    for other in parameters:
                        if other["in"] == "path" and other["name"] != parameter["name"]:
                            target = target.replace("{" + other["name"] + "}", "1")
                    if path == "/api/dyad" or parameter["in"] == "query":
                        target += "?" + "&".join(f"{name}={value}" for name, value in query.items())
                    targets.append(target)
    return targets


def test_every_query_and_path_parameter_resists_every_payload(raw, served, api_operations):
    from concurrent.futures import ThreadPoolExecutor

    targets = attack_targets(api_operations)
    assert len(targets) > 1000
    before = status_counts(raw)
    clients = threading.local()

    def attack(target: str) -> tuple[str, int, bytes]:
        if not hasattr(clients, "raw"):
            clients.raw = Raw(served.port)
        return (target, *clients.raw.send("GET", target))

    with ThreadPoolExecutor(4) as pool:  # the server is another process: four clients at once
        for target, status, body in pool.map(attack, targets):
            check(status, body, f"GET {target}")
    assert status_counts(raw) == before  # nothing was written, dropped or attached


def test_every_body_field_of_extract_resists_every_payload(raw, api_operations):
    """Each field gets each payload; then each payload is stored as the id, title, URL and source of
    one article (``store=true``), through the store's write path, and must come back as data."""
    [(_, path, _, schema)] = [op for op in api_operations if op[0] == "POST"]
    fields = list(schema["properties"])
    assert {"text", "html", "id", "title", "date", "url", "source"} <= set(fields)
    json_type = {"content-type": "application/json"}
    for field in fields:
        for payload in PAYLOADS:
            body = {"text": "Kenya and Ghana signed a trade deal on Monday.", field: payload}
            if field == "html":
                body.pop("text")
            status, answer = raw.send("POST", path, json.dumps(body).encode(), json_type)
            check(status, answer, f"POST {field}={payload!r}")
    for number, payload in enumerate(PAYLOADS):
        # A text of its own each time: the store keys articles by their text.
        body = {"text": f"Kenya and Ghana signed a trade deal on Monday. (Report {number}.)",
                "id": payload, "title": payload, "url": payload, "source": payload}
        status, answer = raw.send("POST", f"{path}?store=true", json.dumps(body).encode(), json_type)
        check(status, answer, f"POST ?store=true {payload!r}")
        assert status == 200 and json.loads(answer)["article"]["id"] == " ".join(payload.replace("\x00", " ").split())
    for field in ("store", "with_text"):
        for payload in PAYLOADS:
            status, answer = raw.send("POST", f"{path}?{field}={quote(payload, safe='')}", b'{"text": "x"}', json_type)
            assert status == 422, (field, payload, status)
    status, body = raw.send("GET", "/api/status")
    counts = json.loads(body)["counts"]
    assert counts["articles"] >= 11 + len(PAYLOADS) and counts["events"] > 0  # stored, and the tables stand


def test_static_files_never_leave_their_folder(raw, planted_store):
    from tidings.server.app import STATIC

    for target in static_escapes(STATIC, planted_store.parent / "secret.txt"):
        status, body = raw.send("GET", target)
        check(status, body, f"GET {target}")
        assert 400 <= status < 500, (target, status)
    status, body = raw.send("GET", "/static/app.js")
    assert status == 200 and body  # the folder itself is still served


def test_traversal_through_the_actor_path_is_a_lookup_not_a_file(raw):
    for payload in TRAVERSALS:
        status, body = raw.send("GET", "/api/actors/" + payload)
        check(status, body, payload)
        assert status in (404, 422), (payload, status)


@pytest.mark.parametrize("method", ["GET", "POST"])
@pytest.mark.parametrize("path", ["/api/extract", "/api/events", "/api/status", "/static/app.js", "/no/such/route"])
def test_an_oversized_body_gets_413_on_any_route(raw, method, path):
    size = 3 * 1024 * 1024  # over the 2 MB default
    status, body = raw.send(method, path, b"x" * size, {"content-type": "application/json"})
    assert status == 413, (method, path, status, body[:200])
    assert json.loads(body)["error"]["code"] == "payload_too_large"


def test_a_huge_declared_length_is_refused_before_the_body_comes(served):
    import socket

    with socket.create_connection(("127.0.0.1", served.port), timeout=10) as sock:
        sock.sendall(b"POST /api/extract HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                     b"Content-Length: 99999999999\r\n\r\n")
        answer = sock.recv(4096)
    assert answer.startswith(b"HTTP/1.1 413"), answer[:100]


@pytest.mark.parametrize(
    "target",
    ["/api/events?" + "text=" + "a" * 60_000, "/api/events?" + "&".join(["type=ASSAULT"] * 3_000), "/" + "a/" * 30_000],
    ids=["long-value", "many-values", "long-path"],
)
def test_oversized_request_lines_are_refused_without_a_5xx(raw, target):
    status, body = raw.send("GET", target)
    check(status, body, target[:40])
    assert 400 <= status < 500


def test_there_is_no_sql_route(raw):
    for target in ("/api/sql?q=SELECT%201", "/api/query?sql=SELECT%201", "/sql", "/api/sql"):
        status, _ = raw.send("GET", target)
        assert status == 404, target
    status, _ = raw.send("POST", "/api/sql", b'{"sql": "DROP TABLE events"}', {"content-type": "application/json"})
    assert status in (404, 405)


def test_the_attacks_left_no_files_behind():
    for leftover in ("/tmp/evil.duckdb", "/tmp/stolen.csv"):
        assert not Path(leftover).exists(), leftover
