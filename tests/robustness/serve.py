"""A real ``tidings serve`` process on 127.0.0.1, started and stopped by its process id.

Shared by the robustness tests and ``bench/load_test.py``. The server runs in a process of its own
(not a thread of the test process), so clients and server do not take turns on one interpreter
lock and the latencies measured are the server's.

``blas_threads=1`` gives the server one OpenBLAS thread: on a 2-core machine shared with the test
process and other work, OpenBLAS's default threads make each small matrix product of the model wait
for a busy core, and one short extraction took 230 ms instead of 30 ms here. The tests use it to
stay fast; the load bench measures both.
"""

from __future__ import annotations

import os
import socket
import subprocess
import time
from pathlib import Path

import httpx

from .stores import tidings_command


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class ServeProcess:
    """``tidings serve --db DB`` on a free loopback port; ``url`` once it answers."""

    def __init__(
        self, db: Path, *extra: str, preload_model: bool = False, log: Path | None = None, blas_threads: int | None = None,
    ) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        args = ["serve", "--db", str(db), "--port", str(self.port), "--log-level", "warning", *extra]
        if preload_model:
            args.append("--preload-model")
        self.log = open(log, "wb") if log else subprocess.DEVNULL  # noqa: SIM115
        env = {**os.environ, "PYTHONUNBUFFERED": "1"}
        if blas_threads is not None:  # see the module docstring
            env["OPENBLAS_NUM_THREADS"] = env["OMP_NUM_THREADS"] = str(blas_threads)
        self.process = subprocess.Popen(
            tidings_command(*args), stdout=self.log, stderr=subprocess.STDOUT, env=env,
        )

    def wait_ready(self, *, model: bool = False, timeout: float = 240.0) -> ServeProcess:
        """Until /api/health answers (and, with ``model``, says the pipeline is loaded)."""
        deadline = time.monotonic() + timeout
        while True:
            if self.process.poll() is not None:
                raise RuntimeError(f"tidings serve exited with status {self.process.returncode}")
            try:
                health = httpx.get(f"{self.url}/api/health", timeout=5).json()
                if not model or health["model_loaded"]:
                    return self
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError(f"tidings serve was not ready in {timeout:.0f} s")
            time.sleep(0.2)

    def stop(self) -> int:
        """Stop the server (SIGTERM, then SIGKILL after 15 s); its exit status."""
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        if self.log is not subprocess.DEVNULL:
            self.log.close()
        return self.process.returncode

    def __enter__(self) -> ServeProcess:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.stop()
