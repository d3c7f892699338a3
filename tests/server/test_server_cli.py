"""``tidings serve``: registered on the app, and a real process that answers over HTTP."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time

import httpx
import pytest
import typer
from typer.testing import CliRunner

pytest.importorskip("fastapi", reason="the server needs fastapi (pip install fastapi uvicorn)")

from tidings.server.cli import register  # noqa: E402  (after the skip above)

# A tiny ``tidings`` with only ``serve`` registered, as the lead's cli.py does.
LAUNCHER = (
    "import typer\n"
    "from tidings.server.cli import register\n"
    "app = typer.Typer()\n"
    "@app.callback()\n"
    "def main() -> None: ...\n"
    "register(app)\n"
    "app()\n"
)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_serve_is_registered_with_its_options():
    app = typer.Typer()

    @app.callback()
    def main() -> None: ...

    register(app)
    result = CliRunner().invoke(app, ["serve", "--help"])
    assert result.exit_code == 0
    for option in ("--db", "--host", "--port", "--preload-model", "--read-only", "--max-body-mb", "--cors-origin"):
        assert option in result.output


def test_serve_answers_on_the_loopback(server_db, tmp_path):
    port = free_port()
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    process = subprocess.Popen(
        [sys.executable, "-c", LAUNCHER, "serve", "--db", str(server_db), "--port", str(port),
         "--read-only", "--log-level", "warning"],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env=env, cwd=tmp_path,
    )
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                response = httpx.get(f"http://127.0.0.1:{port}/api/status", timeout=2)
                break
            except httpx.TransportError:
                if process.poll() is not None or time.monotonic() > deadline:
                    output = process.stdout.read().decode() if process.stdout else ""
                    pytest.fail(f"tidings serve did not start: {output}")
                time.sleep(0.2)
        assert response.status_code == 200
        assert response.json()["read_only"] is True
        assert response.json()["model_loaded"] is False  # lazy: no extraction asked yet
        assert httpx.get(f"http://127.0.0.1:{port}/").headers["content-type"].startswith("text/html")
    finally:
        process.terminate()
        process.wait(timeout=10)
