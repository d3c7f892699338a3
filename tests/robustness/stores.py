"""Store helpers shared by the robustness tests and ``bench/crash_resume.py``: every table's rows,
for comparing two stores by content, and the command line of a real ``tidings`` process."""

from __future__ import annotations

import math
import sys
from pathlib import Path

import duckdb

# Columns that record when something happened, not what: they differ between any two runs.
CLOCK_TYPES = ("TIMESTAMP", "TIMESTAMP WITH TIME ZONE", "TIMESTAMP_NS", "TIMESTAMP_MS", "TIMESTAMP_S")
# A log of every run's failures: a resumed ingest reports its bad records again, by design.
RUN_LOGS = ("failures",)
# Floats are compared to 12 significant digits: a sum of floats depends on the order of its terms,
# and the dedup pass's avg(tone) adds them in whatever order DuckDB scans the rows, which differs
# between a resumed store and one built in one go (last bits only; see issue 9's report for the
# ordered-aggregate fix). ``dump(..., exact=True)`` compares every bit.
FLOAT_DIGITS = 12


def tidings_command(*args: str) -> list[str]:
    """``python -m tidings ARGS...``: the console script, in a process of its own."""
    return [sys.executable, "-m", "tidings", *args]


def dump(path: str | Path, *, exact: bool = False) -> dict[str, list[tuple]]:
    """Every table of the store, rows sorted, clock columns left out; run logs without repeats;
    floats to ``FLOAT_DIGITS`` significant digits unless ``exact``.

    Every table is read (not a fixed list), so a table added by a later migration is compared too.
    """
    conn = duckdb.connect(str(path), read_only=True)
    try:
        tables = [row[0] for row in conn.execute(
            "SELECT table_name FROM information_schema.tables "
            "WHERE table_schema = 'main' AND table_type = 'BASE TABLE' ORDER BY table_name"
        ).fetchall()]
        found: dict[str, list[tuple]] = {}
        for table in tables:
            columns = [name for name, kind in conn.execute(
                "SELECT column_name, data_type FROM information_schema.columns "
                "WHERE table_schema = 'main' AND table_name = ? ORDER BY ordinal_position", [table]
            ).fetchall() if kind not in CLOCK_TYPES]
            chosen = ", ".join(f'"{name}"' for name in columns)
            distinct = "DISTINCT " if table in RUN_LOGS else ""
            rows = conn.execute(f'SELECT {distinct}{chosen} FROM "{table}" ORDER BY ALL').fetchall()
            found[table] = [tuple(_comparable(value, exact) for value in row) for row in rows]
        return found
    finally:
        conn.close()


def _comparable(value: object, exact: bool = True) -> object:
    """NaN as a marker (NaN is not equal to itself), floats rounded unless ``exact``, lists as
    tuples, the rest as it is."""
    if isinstance(value, float):
        if math.isnan(value):
            return "NaN"
        return value if exact else float(f"{value:.{FLOAT_DIGITS}g}")
    if isinstance(value, list):
        return tuple(_comparable(item, exact) for item in value)
    return value


def differences(got: dict[str, list[tuple]], want: dict[str, list[tuple]]) -> list[str]:
    """What differs between two dumps, table by table: missing and extra rows (a few of each)."""
    problems = []
    for table in sorted(set(got) | set(want)):
        have, expected = got.get(table, []), want.get(table, [])
        if have == expected:
            continue
        missing = [row for row in expected if row not in have]
        extra = [row for row in have if row not in expected]
        problems.append(
            f"{table}: {len(have)} rows, expected {len(expected)}; "
            f"missing {len(missing)} (e.g. {missing[:2]}), extra or duplicated {len(have) - len(expected) + len(missing)} "
            f"(e.g. {extra[:2]})"
        )
    return problems


def article_count(path: str | Path) -> int:
    """Articles stored (0 when the store does not exist yet)."""
    if not Path(path).exists():
        return 0
    conn = duckdb.connect(str(path), read_only=True)
    try:
        return conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    except duckdb.CatalogException:
        return 0
    finally:
        conn.close()
