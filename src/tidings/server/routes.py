"""The REST API under ``/api``: extraction, events, dyads, actors, network, map, quotations, status.

Routes are thin: they validate parameters (FastAPI answers 422 in the one error shape), then call
one query of :mod:`.queries` through the store gate, or the pipeline through the model holder.
Every list is paginated with ``limit``/``offset`` and says how many rows match in ``total``.
"""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Path, Query, Request, Response
from pydantic import BaseModel, ConfigDict, Field, model_validator

from .. import __version__
from ..extract import DEFAULT_MAX_CHARS, extract, normalise_date
from ..readers import ReadFailure, clean_text, html_article
from ..schema import EVENT_SCORES, EVENT_TYPES, ArticleResult
from ..store.ingest import content_hash
from . import queries
from .errors import ApiError
from .state import ModelHolder, StoreGate

MAX_LIMIT = 500
MAX_OFFSET = 10_000_000


class ErrorDetail(BaseModel):
    status: int
    code: str
    message: str


class ErrorResponse(BaseModel):
    """The one shape of every error the server answers with."""

    error: ErrorDetail


ERRORS = {
    status: {"model": ErrorResponse, "description": description}
    for status, description in (
        (404, "Not found"), (405, "Method not allowed"), (413, "Body over the size limit"),
        (422, "Invalid parameters or body"), (503, "The store is missing or in use"),
    )
}

router = APIRouter(prefix="/api", responses=ERRORS)

Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description="Rows per page.")]
Offset = Annotated[int, Query(ge=0, le=MAX_OFFSET, description="Rows to skip.")]
Since = Annotated[str | None, Query(description="First day included, YYYY-MM-DD.", max_length=10)]
Until = Annotated[str | None, Query(description="Last day included, YYYY-MM-DD.", max_length=10)]
Types = Annotated[
    list[str] | None,
    Query(alias="type", description="PLOVER event type; repeat or separate with commas.", max_length=400),
]
ActorParam = Annotated[
    str | None,
    Query(
        description="A country code (CHN, CHN/GOV) or a name (Putin; name:IBM for a code-like name).",
        max_length=200,
    ),
]
Role = Annotated[Literal["source", "target", "any"], Query(description="Role of --actor and --country.")]


def _types(values: list[str] | None) -> list[str]:
    return [part for value in values or () for part in value.split(",") if part.strip()]


def _gate(request: Request) -> StoreGate:
    return request.app.state.store


def _model(request: Request) -> ModelHolder:
    return request.app.state.model


def _page(total: int, limit: int, offset: int, items: list[dict]) -> dict:
    following = offset + len(items)
    return {
        "total": total, "limit": limit, "offset": offset,
        "next_offset": following if following < total else None, "items": items,
    }


# --- meta ------------------------------------------------------------------------------------------


@router.get("/health", summary="Liveness, version, and whether the model is loaded")
def health(request: Request) -> dict:
    return {"status": "ok", "version": __version__, "model_loaded": _model(request).loaded}


@router.get("/types", summary="PLOVER event types with their cooperation/conflict scores")
def types() -> list[dict]:
    return [
        {"type": name, "score": EVENT_SCORES[name],
         "tendency": "cooperation" if EVENT_SCORES[name] > 0 else "conflict" if EVENT_SCORES[name] < 0 else "neutral"}
        for name in EVENT_TYPES
    ]


@router.get("/status", summary="Ingest status: rows per table, last ingest, latest failures")
def status(request: Request) -> dict:
    gate = _gate(request)
    if not gate.exists():
        return {"exists": False, "read_only": gate.read_only, "model_loaded": _model(request).loaded,
                "counts": {}, "last_ingest": None, "failures": []}
    found = gate.read(queries.status)
    return {"exists": True, "read_only": gate.read_only, "model_loaded": _model(request).loaded, **found}


# --- extraction ------------------------------------------------------------------------------------


class ExtractRequest(BaseModel):
    """One article, as plain text or as an HTML page (its main text is extracted first)."""

    model_config = ConfigDict(extra="forbid")

    text: str | None = Field(default=None, max_length=DEFAULT_MAX_CHARS, description="Plain text of the article.")
    html: str | None = Field(default=None, max_length=2 * DEFAULT_MAX_CHARS, description="An HTML page.")
    date: str | None = Field(default=None, max_length=40, description="Publication date, YYYY-MM-DD.")
    title: str | None = Field(default=None, max_length=1000)
    id: str | None = Field(default=None, max_length=200, description="Defaults to web-<hash of the text>.")
    url: str | None = Field(default=None, max_length=2000)
    source: str | None = Field(default=None, max_length=200)

    @model_validator(mode="after")
    def one_input(self) -> ExtractRequest:
        if (self.text is None) == (self.html is None):
            raise ValueError("give exactly one of text or html")
        return self


def _one_line(value: str | None) -> str | None:
    """A metadata value on one line without control characters; blank is None."""
    if value is None:
        return None
    return " ".join(clean_text(value).split()) or None


@router.post(
    "/extract",
    summary="Extract events, actors, quotations, amounts, dates, places and tone from one article",
    response_description="The ArticleResult (or, with with_text=true, {text, result, stored}).",
)
def extract_article(
    body: ExtractRequest,
    request: Request,
    response: Response,
    store: Annotated[bool, Query(description="Also ingest the article into the store.")] = False,
    with_text: Annotated[
        bool, Query(description="Answer {text, result, stored}: the text the offsets point into.")
    ] = False,
) -> dict:
    gate = _gate(request)
    if store and gate.read_only:
        raise ApiError(403, "read_only", "the server was started with --read-only: articles cannot be stored")
    # Metadata is cleaned as the readers clean a JSONL record's (no control characters, one line).
    title, url, source = _one_line(body.title), _one_line(body.url), _one_line(body.source)
    date = normalise_date(body.date)  # InputError -> 422 before the model is touched
    if body.html is not None:
        # What `tidings extract page.html` does: trafilatura's main text, title, date, URL, site.
        page = html_article(body.html, "web", "the posted HTML")
        if isinstance(page, ReadFailure):
            raise ApiError(422, "no_article_text", page.reason)
        text = page.text
        title, date = title or page.meta.title, date or page.meta.date
        url, source = url or page.meta.url, source or page.meta.source
    else:
        text = clean_text(body.text or "")  # one character for one: offsets stay the caller's
    if not text.strip():
        raise ApiError(422, "empty_text", "the article has no text")
    article_id = _one_line(body.id) or f"web-{content_hash(text)[:12]}"
    holder = _model(request)
    nlp = holder.get()
    with holder.run_lock:
        result: ArticleResult = extract(
            text, date, id=article_id, title=title, url=url, source=source, nlp=nlp
        )
    stored = None
    if store:
        stored = gate.ingest(result, text).stored == 1
        response.headers["X-Tidings-Stored"] = "new" if stored else "already-stored"
    payload = result.model_dump(mode="json")
    if with_text:
        return {"text": text, "result": payload, "stored": stored}
    return payload


# --- events ----------------------------------------------------------------------------------------


@router.get("/events", summary="Deduplicated events, filtered and paginated")
def list_events(
    request: Request,
    type_: Types = None,
    actor: ActorParam = None,
    country: Annotated[str | None, Query(description="An actor's country code (in role).", max_length=3)] = None,
    role: Role = "any",
    place: Annotated[
        str | None, Query(description="A place name, or the place's country code.", max_length=200)
    ] = None,
    since: Since = None,
    until: Until = None,
    text: Annotated[str | None, Query(description="Words in the sentence of any report.", max_length=200)] = None,
    order: Annotated[Literal["asc", "desc"], Query(description="By day.")] = "asc",
    limit: Limit = 50,
    offset: Offset = 0,
) -> dict:
    flt = queries.EventFilter(_types(type_), actor, country, role, place, since, until, text)
    total, items = _gate(request).read(
        lambda conn: queries.events_page(conn, flt, limit=limit, offset=offset, order=order)
    )
    return _page(total, limit, offset, items)


@router.get("/events/{key}", summary="One deduplicated event with its actors and every report of it")
def get_event(request: Request, key: Annotated[int, Path(ge=-(2**63), le=2**63 - 1)]) -> dict:
    found = _gate(request).read(lambda conn: queries.event_detail(conn, key))
    if found is None:
        raise ApiError(404, "not_found", f"no event with key {key}")
    return found


@router.get("/map", summary="Event locations: one point per place, with counts by tendency")
def event_map(
    request: Request,
    type_: Types = None,
    actor: ActorParam = None,
    country: Annotated[str | None, Query(max_length=3)] = None,
    role: Role = "any",
    since: Since = None,
    until: Until = None,
    text: Annotated[str | None, Query(max_length=200)] = None,
) -> dict:
    flt = queries.EventFilter(_types(type_), actor, country, role, None, since, until, text)
    points = _gate(request).read(lambda conn: queries.place_points(conn, flt))
    return {"points": points}


@router.get("/network", summary="Who acts on whom: top actors and the events between them")
def actor_network(
    request: Request,
    type_: Types = None,
    actor: ActorParam = None,
    country: Annotated[str | None, Query(max_length=3)] = None,
    since: Since = None,
    until: Until = None,
    limit: Annotated[int, Query(ge=2, le=150, description="Most actors drawn.")] = 40,
) -> dict:
    flt = queries.EventFilter(_types(type_), actor, country, "any", None, since, until, None)
    return _gate(request).read(lambda conn: queries.network(conn, flt, limit=limit))


@router.get("/dyad", summary="Events between two actors per period: cooperation vs conflict")
def dyad(
    request: Request,
    a: Annotated[str, Query(min_length=1, max_length=200, description="First actor (code or name).")],
    b: Annotated[str, Query(min_length=1, max_length=200, description="Second actor (code or name).")],
    freq: Literal["day", "week", "month", "year"] = "month",
    since: Since = None,
    until: Until = None,
    type_: Types = None,
) -> dict:
    periods = _gate(request).read(lambda conn: queries.dyad_timeline(
        conn, a, b, freq=freq, since=since, until=until, types=_types(type_)
    ))
    return {"a": a, "b": b, "freq": freq, "periods": periods}


# --- actors and quotations -------------------------------------------------------------------------


@router.get("/actors", summary="Actors by name (substring), most events first")
def actors(
    request: Request,
    q: Annotated[str | None, Query(max_length=200, description="Part of the name.")] = None,
    limit: Limit = 50,
) -> dict:
    items = _gate(request).read(lambda conn: queries.actor_search(conn, q, limit=limit))
    return {"items": items}


@router.get("/actors/{name:path}", summary="An actor's page: mentions, events and quotations")
def actor(
    request: Request,
    name: Annotated[str, Path(min_length=1, max_length=200)],
    limit: Limit = 100,
) -> dict:
    found = _gate(request).read(lambda conn: queries.actor_profile(conn, name, limit=limit))
    if found is None:
        raise ApiError(404, "not_found", f"no actor named {name!r} in the store")
    return found


@router.get("/quotes", summary="Search quotations by text and/or speaker")
def quotes(
    request: Request,
    text: Annotated[str | None, Query(max_length=200, description="Words in the quotation (no wildcards).")] = None,
    speaker: ActorParam = None,
    since: Since = None,
    until: Until = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> dict:
    total, items = _gate(request).read(lambda conn: queries.quotes_page(
        conn, text=text, speaker=speaker, since=since, until=until, limit=limit, offset=offset
    ))
    return _page(total, limit, offset, items)
