"""A demand with a penalty for refusing it ("or face sanctions", "gave them 48 hours ... or face
a strike") is a threat, its mode what the penalty is; a plain demand stays a request. A protest
promised on a condition ("would boycott ... unless paid") is a threat too; a protest planned is a
protest."""

from __future__ import annotations

import pytest

from .roles import DATE, countries, events_of


@pytest.mark.parametrize(
    ("text", "doer", "addressee", "mode"),
    [
        ("The European Union urged Belgrade to lift the blockade or face new sanctions.", "IGO", "SRB", "restrict"),
        ("Nigeria's labour congress gave the government seven days to raise the minimum wage or face a "
         "nationwide strike.", "NGA", "NGA", "restrict"),
    ],
)
def test_a_demand_with_a_penalty_is_a_threat(annotate, text, doer, addressee, mode):
    events = events_of(annotate, text, "THREATEN")
    assert events, annotate(text, date=DATE)._.events
    event = events[0]
    assert doer in countries(event["source"]), event
    assert addressee in countries(event["target"]), event
    assert event["mode"] == mode, event


def test_a_plain_demand_stays_a_request(annotate):
    text = "The European Union urged Belgrade to lift the blockade of the border crossings."
    assert events_of(annotate, text, "REQUEST")
    assert not events_of(annotate, text, "THREATEN")


@pytest.mark.parametrize("text, type_", [
    ("Teachers' unions said they would boycott the start of the school year unless salary arrears were paid.",
     "THREATEN"),
    ("The opposition said it would hold mass protests if the vote was rigged.", "THREATEN"),
    ("The opposition said it would hold mass protests on Friday.", "PROTEST"),
])
def test_a_protest_promised_on_a_condition_is_a_threat(annotate, text, type_):
    assert [e["type"] for e in annotate(text, date="2025-03-01")._.events] == [type_], text
