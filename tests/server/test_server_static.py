"""The explorer's files: shipped in the package, self-contained (no CDN), no HTML built from data."""

from __future__ import annotations

import fnmatch
import json
import re
import tomllib
from pathlib import Path

import pytest

STATIC = Path(__file__).resolve().parents[2] / "src" / "tidings" / "server" / "static"
PYPROJECT = Path(__file__).resolve().parents[2] / "pyproject.toml"
CODE = sorted([*STATIC.glob("*.js"), *STATIC.glob("*.html"), *STATIC.glob("*.css")])


def test_static_files_are_package_data():
    patterns = tomllib.loads(PYPROJECT.read_text())["tool"]["setuptools"]["package-data"]["tidings"]
    for path in STATIC.iterdir():
        relative = path.relative_to(STATIC.parents[1]).as_posix()  # server/static/app.js
        assert any(fnmatch.fnmatch(relative, pattern) for pattern in patterns), (
            f"{relative} would be left out of the wheel: add 'server/static/*' to package-data"
        )


@pytest.mark.parametrize("path", CODE, ids=lambda path: path.name)
def test_no_outside_resources(path):
    text = path.read_text()
    # Loads from other hosts: src/href to http(s), @import url(http...), fetch("http...").
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", text), path.name
    assert not re.search(r"""(url\(|fetch\(|import\s[^;]*from\s)\s*["']?(https?:)?//""", text), path.name


@pytest.mark.parametrize("path", [p for p in CODE if p.suffix == ".js"], ids=lambda path: path.name)
def test_no_markup_from_strings(path):
    text = re.sub(r"^\s*//.*$", "", path.read_text(), flags=re.MULTILINE)  # comments may name the sinks
    for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function"):
        assert sink not in text, f"{path.name} uses {sink}"


@pytest.mark.parametrize("path", [p for p in CODE if p.suffix == ".html"], ids=lambda path: path.name)
def test_no_inline_script_or_style(path):
    # The Content-Security-Policy allows neither; they would be blocked in the browser.
    text = path.read_text()
    assert not re.search(r"<script(?![^>]*\bsrc=)", text), path.name
    assert " style=" not in text and "<style" not in text, path.name
    assert not re.search(r"\son[a-z]+=", text), path.name


def test_world_outline_is_small_and_well_formed():
    path = STATIC / "world.json"
    assert path.stat().st_size < 200_000
    world = json.loads(path.read_text())
    assert len(world["features"]) > 150
    for feature in world["features"]:
        for ring in feature["rings"]:
            assert len(ring) % 2 == 0 and len(ring) >= 8
            assert all(-180 <= lon <= 180 and -90 <= lat <= 90 for lon, lat in zip(ring[0::2], ring[1::2]))
