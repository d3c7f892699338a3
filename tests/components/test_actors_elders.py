"""Tribal and village elders are civilians (CVL) placed by their context, like other people nouns."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Militants attacked a guesthouse where clan elders were meeting in Kismayo, Somalia.", "SOM"),
        ("Village elders in Afghanistan's Kunar province negotiated the release of the hostages.", "AFG"),
    ],
)
def test_elders_are_civilians_with_context_country(annotate, text, code):
    doc = annotate(text, upto="tidings_actors")
    elders = [a for a in doc._.actors if "elders" in a["name"].lower()]
    assert elders and elders[0]["sector"] == "CVL" and elders[0]["country"] == code
