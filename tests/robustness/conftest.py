"""Fixtures of the robustness tests: the whole ``tidings`` command line in-process, a real
``tidings serve`` process over a real store (shared by the hostile-request and load tests), and
hypothesis settings for CI (few examples, no deadline: the machine is shared, timings vary)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from typer.testing import CliRunner

# CI runs derandomised: the same examples every run, so a red build is reproducible; the fuzz bench
# (bench/fuzz_inputs.py) explores with fresh randomness and many more examples.
settings.register_profile(
    "robustness-ci",
    max_examples=60,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
CI = settings.get_profile("robustness-ci")


@pytest.fixture
def tidings_cli():
    """Run ``tidings ARGS...`` in-process on the real app; stdout and stderr kept apart."""
    from tidings.cli import app

    runner = CliRunner()

    def run(*args: str, input: str | bytes | None = None, env: dict[str, str] | None = None):
        return runner.invoke(app, [str(arg) for arg in args], input=input, env=env)

    return run


def no_traceback(*outputs: str) -> None:
    """Fail if any output shows a Python traceback."""
    for output in outputs:
        assert "Traceback (most recent call last)" not in output, output[-2000:]


@pytest.fixture(scope="session")
def planted_store(tmp_path_factory) -> Path:
    """The server tests' hand-built store, with a secret file beside it that no request may read."""
    from tests.server.conftest import fill_store

    from .hostile import PLANTED_SECRET

    folder = tmp_path_factory.mktemp("served")
    (folder / "secret.txt").write_text(PLANTED_SECRET)
    return fill_store(folder / "store.duckdb")


@pytest.fixture(scope="session")
def served(planted_store, tmp_path_factory):
    """``tidings serve`` in a process of its own over ``planted_store``, the model loaded.

    Its log must hold no traceback when it stops: a 5xx the tests did not see would show there.
    """
    from tests.server.conftest import server_dependencies

    from .serve import ServeProcess

    server_dependencies()
    log = tmp_path_factory.mktemp("serve-log") / "serve.log"
    with ServeProcess(planted_store, preload_model=True, log=log, blas_threads=1) as serve:
        serve.wait_ready(model=True)
        yield serve
    assert b"Traceback" not in log.read_bytes(), log.read_text(errors="replace")[-3000:]
