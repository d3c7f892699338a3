"""Shared fixtures: the spaCy model is loaded once per test session."""

from __future__ import annotations


import pytest

from tidings.extract import RawArticle, make_doc
from tidings.pipeline import STAGES, load
from tidings.schema import Article



@pytest.fixture(scope="session")
def nlp():
    """The full tidings pipeline (spaCy model + every stage), shared by all tests."""
    return load()


@pytest.fixture(scope="session")
def annotate(nlp):
    """Run a text through the model and only the tidings stages up to ``upto`` (default: all).

    >>> doc = annotate("Russian troops shelled Kharkiv.", upto="tidings_actors")
    """

    def run(text: str, *, date: str | None = None, upto: str | None = None):
        stages = STAGES if upto is None else STAGES[: STAGES.index(upto) + 1]
        keep = [name for name in nlp.pipe_names if not name.startswith("tidings_") or name in stages]
        with nlp.select_pipes(enable=keep):
            doc = make_doc(nlp, RawArticle(Article(id="t", date=date), text))
            return nlp(doc)

    return run


@pytest.fixture
def annotate_negated(nlp, annotate):
    """``annotate`` with the events stage writing negated events too (``keep_negated``), as a user
    who wants denials and refusals flagged sets it; restored after the test."""
    events = nlp.get_pipe("tidings_events")
    events.keep_negated = True
    try:
        yield annotate
    finally:
        events.keep_negated = False
