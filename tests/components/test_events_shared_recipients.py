"""Recipients named by a neighbouring act: a refusal answers the demand or offer just made, a
demand joined by "and" to a charge goes to the one charged, a gift "also" offered goes where
the last one went, a promise to act on a foreign party is made to it."""

from __future__ import annotations

import pytest

from .roles import countries, events_of


def sectors(actors: list[dict]) -> set[str | None]:
    return {a.get("sector") for a in actors}


def test_a_refusal_at_home_answers_the_demand_before_it(annotate):
    text = ("QUITO (Wire) -- The teachers' union has demanded that President Daniel Noboa sack the education "
            "minister. Noboa has refused.")
    events = events_of(annotate, text, "REJECT")
    assert events, annotate(text)._.events
    assert countries(events[0]["target"]) == {"ECU"}, events[0]
    assert "GOV" not in sectors(events[0]["target"]), events[0]


def test_a_refused_offer_names_both_sides(annotate):
    text = "Ghana had offered joint patrols on the lake, but Togo turned down the offer."
    doc = annotate(text)
    offers, refusals = events_of(annotate, text, "AGREE"), events_of(annotate, text, "REJECT")
    assert offers and refusals, doc._.events
    assert countries(offers[0]["target"]) == {"TGO"}, offers[0]
    assert countries(refusals[0]["target"]) == {"GHA"}, refusals[0]


def test_a_promise_to_act_on_a_foreign_party_is_made_to_it(annotate):
    events = events_of(annotate, "Norway agreed to notify Sweden of any change to the pipeline route.", "AGREE")
    assert events
    assert countries(events[0]["target"]) == {"SWE"}, events[0]


def test_a_promise_about_ones_own_country_is_made_to_no_one(annotate):
    events = events_of(annotate, "Chilean President Gabriel Boric promised to modernise Chile.", "AGREE")
    assert events
    assert events[0]["target"] == [], events[0]


def test_committed_to_supporting_is_a_promise_to_the_supported(annotate):
    text = "The Asian Development Bank said it remained committed to supporting Nepal."
    events = events_of(annotate, text, "AGREE")
    assert events, annotate(text)._.events
    assert countries(events[0]["source"]) == {"IGO"}, events[0]
    assert countries(events[0]["target"]) == {"NPL"}, events[0]


@pytest.mark.parametrize(
    ("text", "addressed"),
    [
        ("OTTAWA (Wire) -- Fishing unions accused the government of neglect and called for fuel subsidies.", {"GOV"}),
        # a clause with its own subject keeps its own addressee
        ("OTTAWA (Wire) -- Fishing unions accused the government of neglect, and the opposition called for an "
         "inquiry.", set()),
    ],
)
def test_a_demand_joined_to_a_charge_goes_to_the_one_charged(annotate, text, addressed):
    events = events_of(annotate, text, "REQUEST")
    assert events, annotate(text)._.events
    assert sectors(events[0]["target"]) == addressed, events[0]


@pytest.mark.parametrize(
    ("text", "given_to"),
    [
        ("Japan has sent rescue teams to Turkey, and South Korea and Singapore have also offered equipment.", {"TUR"}),
        # without "also" the offer names its own recipient
        ("Japan has sent rescue teams to Turkey, and South Korea has offered equipment to Syria.", {"SYR"}),
    ],
)
def test_help_also_offered_goes_where_the_last_help_went(annotate, text, given_to):
    events = events_of(annotate, text, "AGREE")
    assert events, annotate(text)._.events
    assert countries(events[0]["target"]) == given_to, events[0]


def test_those_joined_in_an_act_do_it_too(annotate):
    text = "In 2019 Kuwait joined Oman and Jordan in cutting ties with Syria."
    events = events_of(annotate, text, "SANCTION")
    assert events, annotate(text)._.events
    assert countries(events[0]["source"]) == {"KWT", "OMN", "JOR"}, events[0]
    assert countries(events[0]["target"]) == {"SYR"}, events[0]


def test_a_sources_terms_with_the_press_are_no_request(annotate):
    text = ("A nurse in Goma, who asked to be identified only by her first name, said the clinic had run out "
            "of fuel.")
    assert events_of(annotate, text, "REQUEST") == []


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # at home the place is only where; abroad it stands for the state struck (conventions)
        ("NIAMEY (Wire) -- Nigerien militants ambushed a convoy in the Nigerien town of Tera on Monday.", set()),
        ("Chadian troops shelled a village in the Nigerien region of Diffa.", {"NER"}),
    ],
)
def test_a_place_at_home_is_no_victim_a_place_abroad_is(annotate, text, target):
    events = events_of(annotate, text, "ASSAULT")
    assert events, annotate(text)._.events
    assert countries(events[0]["target"]) == target, events[0]
