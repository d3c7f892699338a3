"""A province named like a people ("British Columbia") places its premier in its country; a
"... Police Force" is a police body; a stateless code (IMG) is no context country."""

from __future__ import annotations

import pytest

from .roles import DATE, actor_with_mention


@pytest.mark.parametrize(
    ("text", "mention", "country"),
    [
        ("British Columbia Premier David Eby criticised the lumber duties.", "David Eby", "CAN"),
    ],
)
def test_a_province_named_like_a_people(annotate, text, mention, country):
    doc = annotate(text, date=DATE)
    actor = next(a for a in doc._.actors if a["kind"] == "person")
    assert actor["country"] == country, actor


@pytest.mark.parametrize(
    ("text", "mention", "country"),
    [
        ("The Royal Solomon Islands Police Force said it had arrested 37 people.",
         "Royal Solomon Islands Police Force", "SLB"),
        ("The Papua New Guinea Police Force said it had arrested nine men.", "Papua New Guinea Police Force", "PNG"),
    ],
)
def test_a_police_force_is_police(annotate, text, mention, country):
    doc = annotate(text, date=DATE)
    police = [a for a in doc._.actors if a.get("sector") == "COP"]
    assert police, doc._.actors
    assert police[0]["country"] == country


def test_a_stateless_code_lends_no_country(annotate):
    doc = annotate("The group beheaded several civilians, according to Islamic State statements.", date=DATE)
    civilians = actor_with_mention(doc, "civilians")
    assert civilians is not None
    assert civilians.get("country") != "IMG"


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("Talks will cover the frontier along the states of Himachal Pradesh and Uttarakhand.", "Uttarakhand"),
        ("Gunmen crossed into Khatlon province from Afghanistan overnight.", "Khatlon"),
    ],
)
def test_a_province_the_parser_calls_an_organisation_is_no_actor(annotate, text, region):
    doc = annotate(text, date=DATE)
    assert actor_with_mention(doc, region) is None, doc._.actors


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("GUATEMALA CITY (Wire) -- Members of the Barrio 18 gang took guards hostage in two prisons.", "GTM"),
        ("TEGUCIGALPA (Wire) -- Honduran police arrested 40 members of MS-13 in San Pedro Sula.", "HND"),
    ],
)
def test_a_gang_of_several_states_takes_the_storys_country(annotate, text, country):
    doc = annotate(text, date=DATE)
    gang = next(a for a in doc._.actors if a.get("sector") == "CRM")
    assert gang.get("country") == country, gang
