"""A CI-sized load test: 10 concurrent clients for 5 s against a real ``tidings serve`` process over
a real store, with the mix of ``load.py``: no 5xx, no broken connection, latencies recorded.
``bench/load_test.py`` runs the full size (50 clients, 60 s)."""

from __future__ import annotations

import pytest

from .load import run_load

pytestmark = pytest.mark.slow  # the server process loads the pipeline


def test_ten_clients_for_five_seconds_get_no_5xx(served):
    report = run_load(served.url, clients=10, seconds=5.0, seed=2)
    print(report.summary())
    assert report.requests > 100, report.summary()
    assert not report.server_errors, report.server_errors[:5]
    assert not report.transport_errors, report.transport_errors[:5]
    assert report.statuses[200] > report.requests / 2  # mostly real answers, not errors
    assert {"events", "event", "dyad", "extract", "hostile"} <= set(report.latencies)
    assert report.percentile(0.99) < 30.0, report.summary()  # bounded: nothing hangs
