"""docs/server.md documents every route, every error code and every option of ``serve``."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

pytest.importorskip("fastapi", reason="the server needs fastapi (pip install fastapi uvicorn)")

from tidings.server import create_app  # noqa: E402  (after the skip above)
from tidings.server.cli import serve  # noqa: E402  (after the skip above)

ROOT = Path(__file__).resolve().parents[2]
DOC = ROOT / "docs" / "server.md"
SOURCES = sorted((ROOT / "src" / "tidings" / "server").glob("*.py"))


def api_routes() -> list[str]:
    spec = create_app(ROOT / "never-opened.duckdb").openapi()
    return [f"{method.upper()} {path}" for path, ops in spec["paths"].items() for method in ops]


def error_codes() -> set[str]:
    """Every code the server's code answers with (raised, returned or sent)."""
    pattern = re.compile(r"""(?:ApiError|error_response|_send_error)\((?:send, )?\s*\d{3},\s*"([a-z_]+)\"""")
    return {code for path in SOURCES for code in pattern.findall(path.read_text())}


@pytest.mark.parametrize("route", api_routes())
def test_every_route_is_documented(route):
    method, path = route.split(" ", 1)
    assert f"`{method} {path.replace('{name:path}', '{name}')}`" in DOC.read_text(), route


@pytest.mark.parametrize("code", sorted(error_codes() | {"not_found", "method_not_allowed", "validation_error"}))
def test_every_error_code_is_documented(code):
    assert re.search(rf"\| `{code}` \|", DOC.read_text()), code


def test_the_error_code_scan_finds_codes():
    assert {"read_only", "payload_too_large", "bad_host", "store_not_found"} <= error_codes()


OPTIONS = re.findall(r'typer\.Option\("(--[a-z-]+)"', (ROOT / "src" / "tidings" / "server" / "cli.py").read_text())


@pytest.mark.parametrize("option", OPTIONS)
def test_every_serve_option_is_documented(option):
    assert f"`{option}`" in DOC.read_text(), option
    assert serve.__doc__ and "Example:" in serve.__doc__
