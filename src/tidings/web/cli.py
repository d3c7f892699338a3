"""``tidings watch``: poll feeds and sitemaps on a schedule and store the new articles.

``register(app)`` adds the command to the main ``tidings`` app. Exit status: 0 after the rounds
asked for, or when stopped with Ctrl-C (or SIGTERM) between or during rounds; 1 the store could
not be used; 2 usage error (bad option, unreadable or invalid feeds file).
"""

from __future__ import annotations

import re
import signal
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated

import typer

from ..cli_options import MaxCharsOption, ModelOption
from ..errors import TidingsError
from ..defaults import DEFAULT_MAX_CHARS, DEFAULT_MODEL
from ..store import DEFAULT_DB
from .fetch import DEFAULT_HOST_INTERVAL, DEFAULT_TIMEOUT

_DURATION_PART = re.compile(r"(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)?", re.I)
_UNIT_SECONDS = {"ms": 0.001, "s": 1, "": 1, "m": 60, "h": 3600, "d": 86400}


def register(app: typer.Typer) -> None:
    """Add ``watch`` to the ``tidings`` app."""
    app.command("watch")(watch)


def parse_duration(text: str) -> float:
    """Seconds in ``90``, ``30s``, ``15m``, ``1h30m``, ``500ms``, ``1d``; ``ValueError`` otherwise."""
    compact = text.strip().replace(" ", "")
    if not compact:
        raise ValueError("an empty duration")
    total, position = 0.0, 0
    for match in _DURATION_PART.finditer(compact):
        if match.start() != position:
            break
        total += float(match.group(1)) * _UNIT_SECONDS[(match.group(2) or "").lower()]
        position = match.end()
    if position != len(compact):
        raise ValueError(f"{text!r} is not a duration (write 90, 30s, 15m, 1h or 1h30m)")
    return total


def _fail(message: str, code: int = 2) -> typer.Exit:
    typer.echo(f"tidings: {message}", err=True)
    return typer.Exit(code)


@contextmanager
def _sigterm_as_interrupt():
    """SIGTERM (systemd, docker stop, kill) stops the watcher as cleanly as Ctrl-C."""
    def interrupt(signum, frame):  # noqa: ARG001
        raise KeyboardInterrupt

    try:
        previous = signal.signal(signal.SIGTERM, interrupt)
    except ValueError:  # not the main thread (an embedding app): leave signals alone
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def watch(
    feeds: Annotated[
        Path,
        typer.Argument(help="A text file of RSS/Atom feed and sitemap URLs, one per line; # comments."),
    ],
    db: Annotated[Path, typer.Option("--db", help="The store: a DuckDB file.")] = DEFAULT_DB,
    every: Annotated[
        str, typer.Option("--every", help="Time from the start of a round to the next: 90, 30s, 15m, 1h.")
    ] = "15m",
    rounds: Annotated[
        int | None, typer.Option("--rounds", min=1, help="Stop after this many rounds (default: run until Ctrl-C).")
    ] = None,
    host_interval: Annotated[
        float,
        typer.Option("--host-interval", min=0.0,
                     help="Seconds between two requests to one host (more if its robots.txt asks)."),
    ] = DEFAULT_HOST_INTERVAL,
    timeout: Annotated[
        float, typer.Option("--timeout", min=0.01, help="Seconds to wait for a server before retrying.")
    ] = DEFAULT_TIMEOUT,
    max_new: Annotated[
        int, typer.Option("--max-new", min=1, help="Articles fetched per feed and round (newest first).")
    ] = 200,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Only the round summaries.")] = False,
    max_chars: MaxCharsOption = DEFAULT_MAX_CHARS,
    model: ModelOption = DEFAULT_MODEL,
) -> None:
    """Poll feeds and sitemaps, fetch the new articles politely, extract them into the store.

    Prints one line per round ("round 3: 4 feeds, 12 new, 2 failed, 30 s"); failures go to stderr
    and to the store's failures table. What was seen is kept in the store, so a restarted watch
    fetches only what is new. Ctrl-C stops it cleanly.

    Example: tidings watch feeds.txt --db news.duckdb --every 15m
    """
    from ..store import Store, StoreError
    from .fetch import Fetcher
    from .watch import Watcher

    try:
        seconds = parse_duration(every)
    except ValueError as exc:
        raise _fail(f"--every: {exc}") from exc

    def say(message: str) -> None:
        if not quiet:
            typer.echo(f"tidings: {message}", err=True)

    def on_round(report) -> None:
        typer.echo(report.summary())

    fetcher = Fetcher(timeout=timeout, host_interval=host_interval)
    try:
        watcher = Watcher(Store(db), feeds, fetcher=fetcher, model=model, max_new=max_new,
                          max_chars=max_chars, on_message=say)
    except OSError as exc:
        fetcher.close()
        raise _fail(f"{feeds}: {exc.strerror or exc}") from exc
    except ValueError as exc:
        fetcher.close()
        raise _fail(str(exc)) from exc
    if not watcher.feeds():
        watcher.close()
        fetcher.close()
        raise _fail(f"{feeds}: no feed URLs in the file")
    with watcher, fetcher, _sigterm_as_interrupt():
        try:
            watcher.run(every=seconds, rounds=rounds, on_round=on_round)
        except KeyboardInterrupt:
            typer.echo(f"tidings: watch stopped after {watcher.rounds} round(s)", err=True)
        except StoreError as exc:
            raise _fail(str(exc), 1) from exc
        except TidingsError as exc:
            raise _fail(str(exc), 2) from exc
