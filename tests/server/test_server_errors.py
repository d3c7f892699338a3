"""Every error, whatever raised it, comes back in the one JSON shape with the right status."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow  # the live server shares the session's pipeline


def assert_error(response, status: int, code: str | None = None) -> dict:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert set(body) == {"error"}
    assert set(body["error"]) == {"status", "code", "message"}
    assert body["error"]["status"] == status
    assert body["error"]["message"]
    if code is not None:
        assert body["error"]["code"] == code
    return body["error"]


@pytest.mark.parametrize(("method", "path", "status", "code"), [
    ("GET", "/no/such/page", 404, "not_found"),
    ("GET", "/api/nothing-here", 404, "not_found"),
    ("GET", "/static/missing.js", 404, "not_found"),
    ("GET", "/api/events/12345", 404, "not_found"),
    ("GET", "/api/actors/Nobody%20Anywhere", 404, "not_found"),
    ("DELETE", "/api/events", 405, "method_not_allowed"),
    ("PUT", "/api/extract", 405, "method_not_allowed"),
    ("GET", "/api/extract", 405, "method_not_allowed"),
    ("GET", "/api/events?limit=0", 422, "validation_error"),
    ("GET", "/api/events?limit=100000", 422, "validation_error"),
    ("GET", "/api/events?offset=-1", 422, "validation_error"),
    ("GET", "/api/events?role=boss", 422, "validation_error"),
    ("GET", "/api/events/not-a-number", 422, "validation_error"),
    ("GET", "/api/dyad?a=RUS", 422, "validation_error"),
    ("GET", "/api/dyad?a=RUS&b=UKR&freq=fortnight", 422, "validation_error"),
    ("GET", "/api/events?type=PARTY", 422, "invalid_query"),
    ("GET", "/api/events?since=2024-13-01", 422, "invalid_query"),
    ("GET", "/api/events?since=2024-05-01&until=2024-01-01", 422, "invalid_query"),
    ("GET", "/api/events?country=Ukraine", 422, None),
])
def test_errors_have_one_shape(api, method, path, status, code):
    assert_error(api.request(method, path), status, code)


@pytest.mark.parametrize(("body", "where"), [
    ({}, "exactly one of text or html"),
    ({"text": "a", "html": "<p>a</p>"}, "exactly one of text or html"),
    ({"text": "Troops fired.", "colour": "red"}, "colour"),
    ({"text": 42}, "text"),
])
def test_invalid_extract_bodies_are_422(api, body, where):
    error = assert_error(api.post("/api/extract", json=body), 422, "validation_error")
    assert where in error["message"]


def test_malformed_json_is_422(api):
    response = api.post("/api/extract", content=b'{"text": "unfinished', headers={"content-type": "application/json"})
    assert_error(response, 422, "validation_error")


def test_bad_date_is_refused_before_extraction(api):
    response = api.post("/api/extract", json={"text": "Troops fired.", "date": "yesterday"})
    error = assert_error(response, 422, "invalid_input")
    assert "yesterday" in error["message"]


def test_empty_article_is_422(api):
    assert_error(api.post("/api/extract", json={"text": "   \n  "}), 422, "empty_text")


def test_body_over_the_limit_by_content_length_is_413(api):
    body = b'{"text": "' + b"x" * (2 * 1024 * 1024 + 10) + b'"}'
    response = api.post("/api/extract", content=body, headers={"content-type": "application/json"})
    assert_error(response, 413, "payload_too_large")


def test_body_over_the_limit_without_a_length_is_cut_off_with_413(api):
    def chunks():  # a generator body is sent chunked: no Content-Length to check up front
        yield b'{"text": "'
        for _ in range(40):
            yield b"y" * 65536
        yield b'"}'

    response = api.post("/api/extract", content=chunks(), headers={"content-type": "application/json"})
    assert "content-length" not in response.request.headers
    assert_error(response, 413, "payload_too_large")


def test_a_foreign_host_header_is_refused(api):
    # DNS rebinding: a page on evil.example resolving to 127.0.0.1 must not read the store.
    assert_error(api.get("/api/events", headers={"host": "evil.example"}), 400, "bad_host")


@pytest.mark.parametrize("path", ["/", "/api/events", "/api/nothing-here"])
def test_responses_carry_the_safety_headers(api, path):
    headers = api.get(path).headers
    assert "script-src 'self'" in headers["content-security-policy"]
    assert "unsafe-inline" not in headers["content-security-policy"]
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["x-frame-options"] == "DENY"


def test_cors_is_off_by_default(api):
    response = api.get("/api/events", headers={"origin": "https://elsewhere.example"})
    assert "access-control-allow-origin" not in response.headers
    preflight = api.options("/api/events", headers={
        "origin": "https://elsewhere.example", "access-control-request-method": "GET",
    })
    assert "access-control-allow-origin" not in preflight.headers


def test_cors_allows_only_the_origins_given(server_db, nlp, start_server):
    import httpx

    from tidings.server import create_app

    server = start_server(create_app(server_db, nlp=nlp, read_only=True, cors_origins=["http://localhost:3000"]))
    allowed = httpx.get(f"{server.url}/api/types", headers={"origin": "http://localhost:3000"})
    other = httpx.get(f"{server.url}/api/types", headers={"origin": "https://elsewhere.example"})
    assert allowed.headers["access-control-allow-origin"] == "http://localhost:3000"
    assert "access-control-allow-origin" not in other.headers
