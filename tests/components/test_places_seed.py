"""The places of the seed article (../shared/seeds)."""

from __future__ import annotations

import pytest

from ..shared import shared_path


@pytest.fixture(scope="module")
def seed_places(annotate):
    text = shared_path("seeds", "000_c6671510831a82dd.txt").read_text()
    return {p["name"]: p for p in annotate(text, date="2023-10-18", upto="tidings_places")._.places}


@pytest.mark.parametrize(
    ("name", "kind", "country", "lat", "lon"),
    [
        ("Beijing", "city", "CHN", 39.9, 116.4),
        ("Moscow", "city", "RUS", 55.75, 37.6),
        ("Kyiv", "city", "UKR", 50.45, 30.5),
        ("Gaza", "region", "PSE", 31.4, 34.4),
        ("Middle East", "region", None, 29.0, 41.0),
        ("Ukraine", "country", "UKR", 49.0, 31.4),
        ("China", "country", "CHN", 36.6, 103.8),
        ("Russia", "country", "RUS", 61.5, 97.0),
    ],
)
def test_seed_places_are_located(seed_places, name, kind, country, lat, lon):
    place = seed_places[name]
    assert (place["kind"], place["country"]) == (kind, country)
    assert place["lat"] == pytest.approx(lat, abs=0.2) and place["lon"] == pytest.approx(lon, abs=0.2)


def test_seed_agency_and_demonyms_are_not_places(seed_places):
    assert not {"Xinhua", "Chinese", "Russian", "Palestinian"} & set(seed_places)
