"""Security forces blocking roads restrict others (COERCE), as civilians blocking them protest;
suspending a parliament or a newspaper is repression at home (COERCE), not a cut in relations."""

from __future__ import annotations

import pytest

from .roles import DATE


@pytest.mark.parametrize("text, trigger, type_", [
    ("Ugandan soldiers and police blocked the roads around the opposition leader's house in Kampala.", "blocked",
     "COERCE"),
    ("Polish farmers blocked the roads to the Ukrainian border with tractors on Tuesday.", "blocked", "PROTEST"),
    ("Nicaragua's government suspended the newspaper La Prensa on Friday.", "suspended", "COERCE"),
    ("The European Union suspended trade talks with Thailand on Friday.", "suspended", "SANCTION"),
])
def test_who_blocks_and_what_is_suspended_decide_the_type(annotate, text, trigger, type_):
    types = {e["type"] for e in annotate(text, date=DATE)._.events if e["trigger"] == trigger}
    assert types == {type_}, (text, types)
