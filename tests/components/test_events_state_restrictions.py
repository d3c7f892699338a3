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


@pytest.mark.parametrize("text", [
    "A few hundred protesters gathered outside the parliament in Port Vila on Tuesday.",
    "Opposition lawmakers walked out of parliament during the debate on the security pact.",
])
def test_where_a_protest_happens_is_not_whom_it_is_against(annotate, text):
    protests = [e for e in annotate(text, date=DATE)._.events if e["type"] == "PROTEST"]
    assert protests, text
    assert all(a["sector"] != "LEG" for e in protests for a in e["target"]), protests


def test_a_protest_in_a_country_keeps_it_as_the_gold_data_does(annotate):
    text = "Up to 200 Basque activists demonstrated on Monday in France, local radio said."
    protests = [e for e in annotate(text, date=DATE)._.events if e["type"] == "PROTEST"]
    assert protests and [a["country"] for a in protests[0]["target"]] == ["FRA"], protests
