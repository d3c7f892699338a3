"""Builds ``static/world.json``, the coarse world outline the explorer's map draws (no tile server).

The outline is made once, by hand, from Natural Earth's 1:110m admin-0 countries (public domain) as
shipped in the ``geopandas==0.14.4`` wheel on PyPI (``geopandas/datasets/naturalearth_lowres``)::

    pip download --no-deps geopandas==0.14.4 -d /tmp/gp && cd /tmp/gp && unzip -q geopandas-*.whl
    python -m tidings.server.worldmap /tmp/gp/geopandas/datasets/naturalearth_lowres/naturalearth_lowres \\
        > src/tidings/server/static/world.json

Nothing here runs at serve time: the server only ships the JSON. The shapefile and dBase readers
below handle exactly what that file holds (polygons, character and numeric fields), nothing more.
Rings are simplified (Douglas-Peucker, ``TOLERANCE`` degrees) and rounded to ``DIGITS`` decimals,
which keeps the file small (~100 KB) and is plenty for dots at city precision on a small map.
"""

from __future__ import annotations

import json
import struct
import sys
from pathlib import Path

TOLERANCE = 0.25  # degrees; coastlines look right at ~1000 px wide
DIGITS = 2
MIN_RING_POINTS = 4
POLYGON = 5


def read_polygons(shp: Path) -> list[list[list[tuple[float, float]]]]:
    """Each record's rings as (lon, lat) lists, from an ESRI shapefile of polygons."""
    data = shp.read_bytes()
    records, offset = [], 100  # after the fixed file header
    while offset < len(data):
        _number, length_words = struct.unpack(">ii", data[offset:offset + 8])
        body = data[offset + 8: offset + 8 + 2 * length_words]
        offset += 8 + 2 * length_words
        (shape_type,) = struct.unpack("<i", body[:4])
        if shape_type != POLYGON:
            records.append([])
            continue
        num_parts, num_points = struct.unpack("<ii", body[36:44])
        parts = list(struct.unpack(f"<{num_parts}i", body[44:44 + 4 * num_parts]))
        start = 44 + 4 * num_parts
        coords = struct.unpack(f"<{2 * num_points}d", body[start:start + 16 * num_points])
        points = list(zip(coords[0::2], coords[1::2], strict=True))
        bounds = [*parts, num_points]
        records.append([points[bounds[i]:bounds[i + 1]] for i in range(num_parts)])
    return records


def read_dbf(dbf: Path) -> list[dict[str, str]]:
    """The attribute rows of a dBase III file, every value as stripped text."""
    data = dbf.read_bytes()
    count, header_len, record_len = struct.unpack("<IHH", data[4:12])
    fields, pos = [], 32
    while data[pos] != 0x0D:
        name = data[pos:pos + 11].split(b"\0", 1)[0].decode("ascii")
        fields.append((name, data[pos + 16]))
        pos += 32
    rows = []
    for index in range(count):
        record = data[header_len + index * record_len: header_len + (index + 1) * record_len]
        row, cursor = {}, 1  # byte 0 is the deletion flag
        for name, size in fields:
            row[name] = record[cursor:cursor + size].decode("utf-8", "replace").strip()
            cursor += size
        rows.append(row)
    return rows


def simplify(points: list[tuple[float, float]], tolerance: float) -> list[tuple[float, float]]:
    """Douglas-Peucker, iterative (a long coastline would overflow recursion)."""
    if len(points) < 3:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        (x1, y1), (x2, y2) = points[first], points[last]
        dx, dy = x2 - x1, y2 - y1
        norm = (dx * dx + dy * dy) ** 0.5
        worst, worst_at = 0.0, -1
        for i in range(first + 1, last):
            px, py = points[i]
            if norm == 0:
                distance = ((px - x1) ** 2 + (py - y1) ** 2) ** 0.5
            else:
                distance = abs(dy * px - dx * py + x2 * y1 - y2 * x1) / norm
            if distance > worst:
                worst, worst_at = distance, i
        if worst > tolerance and worst_at > 0:
            keep[worst_at] = True
            stack.extend(((first, worst_at), (worst_at, last)))
    return [point for point, kept in zip(points, keep, strict=True) if kept]


def build(stem: Path) -> dict:
    """The outline document: one feature per country with its ISO code, name and flat rings."""
    shapes = read_polygons(stem.with_suffix(".shp"))
    rows = read_dbf(stem.with_suffix(".dbf"))
    features = []
    for row, rings in zip(rows, shapes, strict=True):
        flat_rings = []
        for ring in rings:
            kept = simplify(ring, TOLERANCE)
            if len(kept) < MIN_RING_POINTS:
                continue
            flat_rings.append([round(value, DIGITS) for point in kept for value in point])
        if flat_rings:
            features.append({"iso": row.get("iso_a3", ""), "name": row.get("name", ""), "rings": flat_rings})
    return {
        "about": "Country outlines from Natural Earth 1:110m admin-0 (public domain), simplified "
                 f"with Douglas-Peucker at {TOLERANCE} degrees; rings are flat [lon, lat, lon, lat, ...] "
                 "lists. Made by tidings.server.worldmap.",
        "features": features,
    }


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: python -m tidings.server.worldmap PATH/TO/naturalearth_lowres", file=sys.stderr)
        return 2
    json.dump(build(Path(argv[0])), sys.stdout, separators=(",", ":"), ensure_ascii=False)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
