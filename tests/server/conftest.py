"""Fixtures of the server tests: a real DuckDB store, a real uvicorn server on a free port, and a
headless Chromium (Debian's, driven by Playwright) that skips with a reason when absent."""

from __future__ import annotations

import os
import socket
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tidings.schema import ArticleError
from tidings.store import Store

from .corpus import corpus

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
SCREENSHOTS = Path(__file__).resolve().parents[1] / "screenshots"


def server_dependencies() -> None:
    """Skip, with the reason, when the server's optional dependencies are not installed."""
    for name in ("fastapi", "uvicorn"):
        pytest.importorskip(name, reason=f"the server needs {name} (pip install fastapi uvicorn)")


def fill_store(path: Path) -> Path:
    """The hand-built corpus ingested through the store's own API."""
    with Store(path) as store:
        items = corpus()
        store.ingest([item for item in items if not isinstance(item, ArticleError)])
        store.ingest([item for item in items if isinstance(item, ArticleError)])
    return path


@pytest.fixture(scope="session")
def server_db(tmp_path_factory) -> Path:
    return fill_store(tmp_path_factory.mktemp("server") / "explorer.duckdb")


class LiveServer:
    """A uvicorn server running ``app`` in a thread, on a free loopback port."""

    def __init__(self, app) -> None:
        import uvicorn

        self.app = app
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(("127.0.0.1", 0))
        self.port = sock.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        config = uvicorn.Config(app, log_level="warning", lifespan="on", server_header=False)
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, kwargs={"sockets": [sock]}, daemon=True)

    def __enter__(self) -> LiveServer:
        self.thread.start()
        deadline = time.monotonic() + 15
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("the test server did not start")
            time.sleep(0.02)
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


@pytest.fixture(scope="session")
def live_server(server_db, nlp) -> Iterator[LiveServer]:
    """The API and explorer over the corpus store, extracting with the session's pipeline."""
    server_dependencies()
    from tidings.server import create_app

    with LiveServer(create_app(server_db, nlp=nlp)) as server:
        yield server


@pytest.fixture(scope="session")
def api(live_server):
    """An httpx client for the live server."""
    import httpx

    with httpx.Client(base_url=live_server.url, timeout=30) as client:
        yield client


@pytest.fixture
def start_server():
    """Start another live server for an app built in the test (stopped at the end)."""
    server_dependencies()
    started: list[LiveServer] = []

    def start(app) -> LiveServer:
        server = LiveServer(app).__enter__()
        started.append(server)
        return server

    yield start
    for server in started:
        server.__exit__()


# --- the browser ---------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def browser_context():
    """One headless Chromium profile for the session (a fresh user-data-dir)."""
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is absent: install it with scripts/install-browser.sh (Debian's chromium)")
    sync_api = pytest.importorskip(
        "playwright.sync_api", reason="browser tests need playwright (pip install playwright)"
    )
    with tempfile.TemporaryDirectory(prefix="tidings-chromium-") as profile, sync_api.sync_playwright() as driver:
        context = driver.chromium.launch_persistent_context(
            profile, executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS,
            viewport={"width": 1280, "height": 900}, env={**os.environ, "HOME": profile},
        )
        try:
            yield context
        finally:
            context.close()


@pytest.fixture
def page(browser_context, live_server, request):
    """A new tab on the explorer; requests leaving the test server are blocked and recorded.

    JavaScript and console errors (CSP violations among them) and outside requests are checked
    at the end: the explorer must work offline and never trip its own Content-Security-Policy.
    """
    tab = browser_context.new_page()
    outside: list[str] = []
    errors: list[str] = []

    def only_local(route):
        if route.request.url.startswith(live_server.url):
            route.continue_()
        else:
            outside.append(route.request.url)
            route.abort()

    tab.route("**/*", only_local)
    tab.on("pageerror", lambda exc: errors.append(str(exc)))
    # Console errors include Content-Security-Policy violations: markup that slipped into the
    # DOM and tried to run, or the explorer itself using inline script or style.
    tab.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    tab.set_default_timeout(15_000)
    yield tab
    tab.close()
    assert not outside, f"the explorer asked for outside resources: {outside}"
    assert not errors, f"JavaScript errors on the page: {errors}"


@pytest.fixture
def screenshot(page, request):
    """Save a full-page screenshot under tests/screenshots/ (gitignored) named after the test."""

    def take(suffix: str = "") -> Path:
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        name = request.node.name.replace("[", "_").replace("]", "").replace("/", "_")
        path = SCREENSHOTS / f"{name}{suffix}.png"
        page.screenshot(path=str(path), full_page=True)
        return path

    return take
