"""Protesters' demands are their protest; pressing an offensive is fighting, not a demand;
barring inspectors or ships keeps a group out (REJECT)."""

from __future__ import annotations

import pytest

from .roles import DATE, events_of


@pytest.mark.parametrize(
    "text",
    [
        "Protesters are demanding a recount of the presidential vote.",
        "Thousands of demonstrators demanded the release of the jailed mayor outside the courthouse.",
    ],
)
def test_protesters_demands_are_their_protest(annotate, text):
    assert events_of(annotate, text, "PROTEST"), annotate(text, date=DATE)._.events
    assert not events_of(annotate, text, "REQUEST")


def test_a_party_demand_stays_a_request(annotate):
    assert events_of(annotate, "The opposition party demanded a recount of the vote.", "REQUEST")


def test_pressing_an_offensive_is_fighting(annotate):
    text = "The rebels have been pressing an offensive toward the provincial capital."
    assert events_of(annotate, text, "ASSAULT")
    assert not events_of(annotate, text, "REQUEST")


def test_barring_inspectors_keeps_them_out(annotate):
    text = "North Korea barred U.N. inspectors from the Yongbyon complex."
    assert events_of(annotate, text, "REJECT"), annotate(text, date=DATE)._.events
