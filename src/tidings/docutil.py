"""Small helpers the stages share for reading what other stages wrote on a Doc."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

# The dashes that close a wire dateline ("NOVI SAD (Wire) --", "KHARKIV, Ukraine —"); a lone hyphen
# does only with spaces around it ("LONDON (Reuters) - "): see is_dateline_dash.
DATELINE_DASHES = frozenset({"--", "—", "–"})


def is_dateline_dash(token: Token) -> bool:
    """Can the token close a wire dateline: a dash, or a hyphen with spaces around it (not the
    hyphen of "al-Burhan" or "U.S.-designated")?"""
    return token.text in DATELINE_DASHES or (
        token.text == "-" and bool(token.whitespace_) and token.i > 0 and bool(token.doc[token.i - 1].whitespace_))


def actors_by_token(doc: Doc) -> dict[int, list[str]]:
    """Token index -> ids of the actors a mention there refers to, from ``doc._.actor_spans``.

    A compound mention ("the two leaders", "both sides") has several spans over the same tokens,
    one per actor, so a token maps to a list.
    """
    index: dict[int, list[str]] = {}
    for start, end, actor_id in doc._.actor_spans or ():
        for i in range(start, end):
            ids = index.setdefault(i, [])
            if actor_id not in ids:
                ids.append(actor_id)
    return index


def actors_by_id(doc: Doc) -> dict[str, dict]:
    return {actor["id"]: actor for actor in doc._.actors or ()}


def actor_ref(actor: dict) -> dict:
    """The short form of an actor used inside events and quotations."""
    return {key: actor.get(key) for key in ("id", "name", "country", "sector")}


def char_span(doc: Doc, start: int, end: int) -> Span | None:
    """The token span covering characters [start, end), widened to whole tokens."""
    return doc.char_span(start, end, alignment_mode="expand")


def sentence_index(doc: Doc) -> dict[int, int]:
    """Token index of each sentence's first token -> the sentence's number (0-based)."""
    return {sent.start: n for n, sent in enumerate(doc.sents)}


def sentence_number(token: Token) -> int:
    """The 0-based number of the sentence a token is in."""
    doc = token.doc
    for n, sent in enumerate(doc.sents):
        if sent.start <= token.i < sent.end:
            return n
    return 0
