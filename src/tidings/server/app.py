"""``create_app(db_path)``: the FastAPI app behind ``tidings serve`` (API, explorer and docs).

>>> app = create_app("tidings.duckdb")                      # doctest: +SKIP
>>> uvicorn.run(app, host="127.0.0.1", port=8000)           # doctest: +SKIP

- ``/api/...``: the REST API (:mod:`.routes`); ``/openapi.json``: its OpenAPI description;
  ``/docs``: a page that renders it (shipped in the package: no CDN, works offline).
- ``/``: the web explorer, static files in ``static/`` served as they are (no build step).

Safe by default (docs/server.md, "Safety"): loopback host check, 2 MB request bodies, strict
Content-Security-Policy, no CORS unless origins are given, no file paths taken from requests.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI
from fastapi.responses import FileResponse
from fastapi.staticfiles import StaticFiles
from spacy.language import Language

from .. import __version__
from ..pipeline import DEFAULT_MODEL
from .errors import install_error_handlers
from .middleware import LOOPBACK_HOSTS, SafetyMiddleware
from .routes import router
from .state import ModelHolder, StoreGate

STATIC = Path(__file__).parent / "static"
MAX_BODY_BYTES = 2 * 1024 * 1024

log = logging.getLogger("tidings.server")


def create_app(
    db_path: str | Path,
    *,
    nlp: Language | None = None,
    model: str = DEFAULT_MODEL,
    loader: Callable[[], Language] | None = None,
    preload_model: bool = False,
    read_only: bool = False,
    max_body_bytes: int = MAX_BODY_BYTES,
    cors_origins: Iterable[str] = (),
    allowed_hosts: Iterable[str] | None = LOOPBACK_HOSTS,
) -> FastAPI:
    """The app over the store at ``db_path`` (created by the first stored extraction if absent).

    The pipeline is ``nlp`` if given, else ``loader()`` or ``tidings.load(model)``, called on the
    first extraction (at startup, in the background, with ``preload_model``). ``read_only``
    refuses ``?store=true``. ``allowed_hosts=None`` answers any ``Host`` (for a server bound to a
    public interface behind your own proxy); ``cors_origins`` lists origins allowed to call the
    API from their pages (none by default).
    """
    if nlp is not None:
        holder = ModelHolder(lambda: nlp)
        holder.get()
    else:
        if loader is None:
            def loader() -> Language:
                from ..pipeline import load

                return load(model)
        holder = ModelHolder(loader)
    gate = StoreGate(Path(db_path), read_only=read_only)

    @asynccontextmanager
    async def lifespan(_app: FastAPI):
        if preload_model and not holder.loaded:
            holder.preload()
        yield
        gate.close()

    app = FastAPI(
        title="tidings",
        version=__version__,
        summary="News articles in; PLOVER events, actors, quotations, amounts, dates, places and tone out.",
        description=(
            'Every error is answered as `{"error": {"status", "code", "message"}}`. See docs/server.md.'
        ),
        docs_url=None,  # FastAPI's pages load their scripts from a CDN; /docs below is offline
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.store = gate
    app.state.model = holder
    install_error_handlers(app)
    app.include_router(router)

    @app.get("/", include_in_schema=False)
    def explorer() -> FileResponse:
        return FileResponse(STATIC / "index.html", headers={"Cache-Control": "no-cache"})

    @app.get("/docs", include_in_schema=False)
    def api_docs() -> FileResponse:
        return FileResponse(STATIC / "docs.html", headers={"Cache-Control": "no-cache"})

    app.mount("/static", StaticFiles(directory=STATIC), name="static")

    origins = [origin for origin in cors_origins if origin]
    if origins:
        from fastapi.middleware.cors import CORSMiddleware

        app.add_middleware(
            CORSMiddleware, allow_origins=origins, allow_methods=["GET", "POST"], allow_headers=["content-type"]
        )
    # Added last, so it runs first: nothing reaches the app before the host and size checks.
    app.add_middleware(SafetyMiddleware, max_body_bytes=max_body_bytes, allowed_hosts=allowed_hosts)
    return app
