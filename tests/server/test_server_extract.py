"""POST /api/extract: text or HTML in, the ArticleResult out; optional storing; a lazy model."""

from __future__ import annotations

import shutil

import httpx
import pytest

from tidings.schema import ArticleResult

pytest.importorskip("fastapi", reason="the server needs fastapi (pip install fastapi uvicorn)")

from tidings.server import create_app  # noqa: E402  (after the skip above)

pytestmark = pytest.mark.slow

MEETING = "Chinese President Xi Jinping met Russian President Vladimir Putin in Beijing on Tuesday."
PAGE = """<!doctype html><html><head><title>Leaders meet in Beijing</title></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Leaders meet in Beijing</h1>
<p>Chinese President Xi Jinping met Russian President Vladimir Putin in Beijing on Tuesday, the
state news agency reported, and the two leaders pledged to deepen their partnership.</p>
<p>The talks lasted three hours, officials said, and covered energy and trade.</p></article>
<footer>Copyright News Example</footer></body></html>"""


def names(result: dict) -> set[str]:
    return {actor["name"] for actor in result["actors"]}


def test_text_gives_an_article_result(api):
    response = api.post("/api/extract", json={"text": MEETING, "date": "2024-05-14", "title": "Talks"})
    assert response.status_code == 200, response.text
    result = ArticleResult.model_validate(response.json())  # exactly the schema, no extra keys
    assert result.article.date == "2024-05-14"
    assert result.article.title == "Talks"
    assert result.article.id.startswith("web-")
    assert any("Putin" in name for name in names(response.json()))


def test_with_text_returns_the_text_the_offsets_point_into(api):
    answer = api.post("/api/extract", params={"with_text": "true"}, json={"text": MEETING}).json()
    assert answer["text"] == MEETING
    assert answer["stored"] is None
    for actor in answer["result"]["actors"]:
        for start, end in actor["mentions"]:
            assert answer["text"][start:end].strip()


def test_html_is_reduced_to_its_main_text(api):
    answer = api.post("/api/extract", params={"with_text": "true"}, json={"html": PAGE}).json()
    assert "Vladimir Putin" in answer["text"]
    assert "Copyright" not in answer["text"] and "Home" not in answer["text"]
    assert answer["result"]["article"]["title"] == "Leaders meet in Beijing"
    assert any("Putin" in name for name in names(answer["result"]))


def test_html_without_article_text_is_422(api):
    page = "<html><head><title>Only a title</title></head><body><script>var a = 1;</script></body></html>"
    response = api.post("/api/extract", json={"html": page})
    assert response.status_code == 422
    assert response.json()["error"]["code"] == "no_article_text"


@pytest.fixture
def copy_db(server_db, tmp_path):
    path = tmp_path / "copy.duckdb"
    shutil.copyfile(server_db, path)
    return path


def test_store_true_ingests_once(copy_db, nlp, start_server):
    server = start_server(create_app(copy_db, nlp=nlp))
    text = "Ukrainian officials said Russian forces shelled Kharkiv on Friday."
    with httpx.Client(base_url=server.url, timeout=30) as client:
        before = client.get("/api/status").json()["counts"]["articles"]
        first = client.post("/api/extract", params={"store": "true"}, json={"text": text, "date": "2024-06-07"})
        second = client.post("/api/extract", params={"store": "true", "with_text": "true"}, json={"text": text})
        after = client.get("/api/status").json()["counts"]["articles"]
    assert first.headers["x-tidings-stored"] == "new"
    assert second.json()["stored"] is False
    assert after == before + 1


def test_read_only_server_refuses_to_store(copy_db, nlp, start_server):
    server = start_server(create_app(copy_db, nlp=nlp, read_only=True))
    response = httpx.post(f"{server.url}/api/extract", params={"store": "true"}, json={"text": MEETING})
    assert response.status_code == 403
    assert response.json()["error"]["code"] == "read_only"


def test_the_model_loads_on_the_first_extraction_only(copy_db, nlp, start_server):
    loads = []

    def loader():
        loads.append(1)
        return nlp

    server = start_server(create_app(copy_db, loader=loader))
    with httpx.Client(base_url=server.url, timeout=30) as client:
        client.get("/api/events")
        assert loads == [] and client.get("/api/health").json()["model_loaded"] is False
        for _ in range(2):
            assert client.post("/api/extract", json={"text": MEETING}).status_code == 200
        assert client.get("/api/health").json()["model_loaded"] is True
    assert loads == [1]


def test_a_missing_store_answers_503_but_extraction_works(tmp_path, nlp, start_server):
    server = start_server(create_app(tmp_path / "absent.duckdb", nlp=nlp, read_only=True))
    events = httpx.get(f"{server.url}/api/events")
    assert events.status_code == 503 and events.json()["error"]["code"] == "store_not_found"
    assert httpx.get(f"{server.url}/api/status").json()["exists"] is False
    assert httpx.post(f"{server.url}/api/extract", json={"text": MEETING}).status_code == 200
    assert not (tmp_path / "absent.duckdb").exists()
