"""``tidings serve``: run the API and the web explorer over a store with uvicorn.

``register(app)`` adds the command to the main ``tidings`` app. FastAPI and uvicorn are imported
only when the command runs, so the rest of the command line stays fast to start.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from ..defaults import DEFAULT_MODEL
from ..store.store import DEFAULT_DB

LOOPBACK = ("127.0.0.1", "localhost", "::1")


def register(app: typer.Typer) -> None:
    """Add ``serve`` to the ``tidings`` app."""
    app.command("serve")(serve)


def serve(
    db: Annotated[
        Path, typer.Option("--db", help="The store: a DuckDB file (created by the first stored extraction).")
    ] = DEFAULT_DB,
    host: Annotated[
        str, typer.Option("--host", help="Interface to listen on; anything but the loopback exposes the store.")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=0, max=65535, help="Port (0: any free port).")] = 8000,
    preload_model: Annotated[
        bool, typer.Option("--preload-model", help="Load the spaCy model at startup, not on the first extraction.")
    ] = False,
    model: Annotated[str, typer.Option("--model", help="Name of an installed spaCy English pipeline.")] = DEFAULT_MODEL,
    read_only: Annotated[
        bool, typer.Option("--read-only", help="Refuse to store extracted articles (?store=true).")
    ] = False,
    max_body_mb: Annotated[
        float, typer.Option("--max-body-mb", min=0.001, help="Largest request body, in MB.")
    ] = 2.0,
    cors_origin: Annotated[
        list[str] | None,
        typer.Option("--cors-origin", help="Allow pages from this origin to call the API (repeat; none by default)."),
    ] = None,
    log_level: Annotated[str, typer.Option("--log-level", help="uvicorn's log level.")] = "info",
) -> None:
    """Serve the REST API (/api, docs at /docs) and the web explorer (/) over a store.

    Example: tidings serve --db tidings.duckdb --port 8000, then open http://127.0.0.1:8000/
    """
    try:
        import uvicorn

        from .app import create_app
    except ImportError as exc:  # the server's dependencies are optional
        typer.echo(f"tidings: serve needs fastapi and uvicorn ({exc.name} is missing): pip install fastapi uvicorn",
                   err=True)
        raise typer.Exit(2) from exc

    loopback = host in LOOPBACK
    if not loopback:
        typer.echo(
            f"tidings: warning: listening on {host}: anyone who can reach it can read the store"
            + ("" if read_only else " and add articles (use --read-only)"),
            err=True,
        )
    app = create_app(
        db,
        model=model,
        preload_model=preload_model,
        read_only=read_only,
        max_body_bytes=int(max_body_mb * 1024 * 1024),
        cors_origins=cors_origin or (),
        allowed_hosts=_loopback_hosts() if loopback else None,  # a public bind is the user's choice
    )
    uvicorn.run(app, host=host, port=port, log_level=log_level, server_header=False)


def _loopback_hosts() -> frozenset[str]:
    from .middleware import LOOPBACK_HOSTS

    return LOOPBACK_HOSTS
