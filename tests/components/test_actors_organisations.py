"""Organisations: IGOs, NGOs, armed groups, companies, media; unknown ones from their words."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "name", "country", "sector"),
    [
        ("The United Nations called for a ceasefire.", "United Nations", "IGO", None),
        ("The U.N. Security Council met on Friday.", "UN Security Council", "IGO", "GOV"),
        ("NATO agreed to send more jets.", "NATO", "IGO", None),
        ("Amnesty International published the report.", "Amnesty International", "NGO", None),
        ("Doctors Without Borders evacuated its staff.", "Doctors Without Borders", "NGO", "MED"),
        ("Hamas rejected the proposal.", "Hamas", "PSE", "REB"),
        ("Hezbollah fired rockets into Israel.", "Hezbollah", "LBN", "REB"),
        ("The Houthis attacked a tanker.", "Houthis", "YEM", "REB"),
        ("Islamic State claimed the bombing.", "Islamic State", "IMG", None),
        ("Huawei denied the allegation.", "Huawei", "MNC", None),
        ("Xinhua reported the visit.", "Xinhua", "CHN", "JRN"),
    ],
)
def test_known_organisation(annotate, text, name, country, sector):
    actors = {a["name"]: a for a in annotate(text, date="2024-06-01", upto="tidings_actors")._.actors}
    assert name in actors, list(actors)
    assert (actors[name]["country"], actors[name]["sector"]) == (country, sector)


@pytest.mark.parametrize(
    ("text", "country", "sector"),
    [
        ("The Russian Foreign Ministry summoned the envoy.", "RUS", "GOV"),
        ("The Latvian Constitutional Court struck down the law.", "LVA", "JUD"),
    ],
)
def test_unknown_organisation_coded_from_its_words(annotate, text, country, sector):
    orgs = [a for a in annotate(text, upto="tidings_actors")._.actors if a["kind"] == "organisation"]
    assert orgs and (orgs[0]["country"], orgs[0]["sector"]) == (country, sector)


def test_organisation_officials_are_the_organisation(annotate):
    doc = annotate("Red Cross officials suspended deliveries.", upto="tidings_actors")
    assert [a["name"] for a in doc._.actors] == ["International Committee of the Red Cross"]


def test_organisation_troops_take_its_code(annotate):
    doc = annotate("NATO troops patrolled the border.", upto="tidings_actors")
    assert any(a["country"] == "IGO" and a["sector"] == "MIL" for a in doc._.actors)
