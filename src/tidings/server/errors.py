"""One JSON error shape for every failure the server answers with.

Every error, whatever raised it (an unknown route, a wrong method, a body that fails validation,
a body over the size limit, a rejected query, a store in use, a bug), is answered as::

    {"error": {"status": 422, "code": "validation_error", "message": "query.limit: ..."}}

``status`` repeats the HTTP status, ``code`` is a stable machine-readable word (listed in
docs/server.md), ``message`` is for people. Internal errors never leak a traceback or a path.
"""

from __future__ import annotations

import logging
from http import HTTPStatus

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..errors import ArticleTooLarge, InputError, ModelNotFound, ProcessingError
from ..store.errors import QueryRejected, StoreError, StoreNotFound

log = logging.getLogger("tidings.server")

# Codes for the statuses raised by routing and by Starlette itself.
STATUS_CODES: dict[int, str] = {
    400: "bad_request",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    413: "payload_too_large",
    415: "unsupported_media_type",
    422: "validation_error",
    500: "internal_error",
    503: "store_unavailable",
}


class ApiError(Exception):
    """An error the routes raise on purpose; turned into the one JSON shape."""

    def __init__(self, status: int, code: str, message: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.headers = headers


def error_body(status: int, code: str, message: str) -> dict:
    return {"error": {"status": status, "code": code, "message": message}}


def error_response(status: int, code: str, message: str, headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse(error_body(status, code, message), status_code=status, headers=headers)


def _validation_message(exc: RequestValidationError) -> str:
    """``body.text: Field required; query.limit: ...``: where and what, for each problem."""
    parts = []
    for problem in exc.errors()[:10]:
        where = ".".join(str(part) for part in problem.get("loc", ()))
        message = str(problem.get("msg", "invalid"))
        parts.append(f"{where}: {message}" if where else message)
    return "; ".join(parts) or "the request is not valid"


def install_error_handlers(app: FastAPI) -> None:
    """Route every error through :func:`error_response`."""

    @app.exception_handler(ApiError)
    async def api_error(_request: Request, exc: ApiError) -> JSONResponse:
        return error_response(exc.status, exc.code, exc.message, exc.headers)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(_request: Request, exc: StarletteHTTPException) -> JSONResponse:
        status = exc.status_code
        code = STATUS_CODES.get(status, HTTPStatus(status).phrase.lower().replace(" ", "_"))
        if status == 404 and exc.detail == "Not Found":
            message = "no such route; the API is under /api (see /docs)"
        elif status == 405:
            message = "this method is not allowed on this route"
        else:
            message = str(exc.detail)
        return error_response(status, code, message, getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def validation_error(_request: Request, exc: RequestValidationError) -> JSONResponse:
        return error_response(422, "validation_error", _validation_message(exc))

    @app.exception_handler(QueryRejected)
    async def query_rejected(_request: Request, exc: QueryRejected) -> JSONResponse:
        return error_response(422, "invalid_query", str(exc))

    @app.exception_handler(StoreNotFound)
    async def store_not_found(_request: Request, _exc: StoreNotFound) -> JSONResponse:
        return error_response(
            503, "store_not_found",
            "the store has no data yet: ingest articles with `tidings ingest` (server stopped) "
            "or POST /api/extract?store=true",
        )

    @app.exception_handler(StoreError)
    async def store_error(_request: Request, exc: StoreError) -> JSONResponse:
        log.warning("store error: %s", exc)
        return error_response(
            503, "store_unavailable", "the store cannot be used right now (is another process writing it?)"
        )

    @app.exception_handler(ArticleTooLarge)
    async def too_large(_request: Request, exc: ArticleTooLarge) -> JSONResponse:
        return error_response(413, "article_too_large", str(exc))

    @app.exception_handler(InputError)
    async def input_error(_request: Request, exc: InputError) -> JSONResponse:
        return error_response(422, "invalid_input", str(exc))

    @app.exception_handler(ModelNotFound)
    async def model_not_found(_request: Request, exc: ModelNotFound) -> JSONResponse:
        # A deployment problem, not a request's: said plainly, since the fix is an install.
        log.error("cannot extract: %s", exc)
        return error_response(500, "internal_error", f"the server cannot extract: {exc}")

    @app.exception_handler(ProcessingError)
    async def processing_failed(_request: Request, exc: ProcessingError) -> JSONResponse:
        # A bug in a pipeline stage on this text: the server's log keeps the traceback for a report.
        log.error("extraction failed", exc_info=exc)
        return error_response(500, "internal_error", "the pipeline failed on this article (a bug: see the server's log)")

    @app.exception_handler(Exception)
    async def internal_error(_request: Request, exc: Exception) -> JSONResponse:
        log.exception("internal error", exc_info=exc)
        return error_response(500, "internal_error", "internal server error (see the server's log)")
