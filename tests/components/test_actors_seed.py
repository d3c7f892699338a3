"""The actors of the seed article (../shared/seeds)."""

from __future__ import annotations

import pytest

from ..shared import shared_path


@pytest.fixture(scope="module")
def seed(annotate):
    text = shared_path("seeds", "000_c6671510831a82dd.txt").read_text()
    return annotate(text, date="2023-10-18", upto="tidings_actors")


def _actor(doc, name):
    found = [a for a in doc._.actors if a["name"] == name]
    assert found, f"{name} not among {[a['name'] for a in doc._.actors]}"
    return found[0]


def _texts(doc, actor):
    return {doc.text[s:e] for s, e in actor["mentions"]}


@pytest.mark.parametrize(
    ("name", "kind", "country", "sector", "mentions"),
    [
        ("Xi Jinping", "person", "CHN", "GOV", {"Xi", "Chinese president"}),
        ("Vladimir Putin", "person", "RUS", "GOV", {"Putin", "Russian leader"}),
        ("Mao Ning", "person", "CHN", "GOV", {"Foreign Ministry spokesperson Mao Ning"}),
        ("Zhai Jun", "person", "CHN", "GOV", set()),
        ("China", "country", "CHN", None, {"China"}),
        ("Russia", "country", "RUS", None, {"Russia"}),
        ("Beijing", "organisation", "CHN", "GOV", {"Beijing"}),
        ("Kyiv", "organisation", "UKR", "GOV", {"Kyiv"}),
        ("Russian troops", "group", "RUS", "MIL", {"Russian troops"}),
    ],
)
def test_seed_actor(seed, name, kind, country, sector, mentions):
    actor = _actor(seed, name)
    assert (actor["kind"], actor["country"], actor["sector"]) == (kind, country, sector)
    assert mentions <= _texts(seed, actor)


def test_seed_xi_is_first_through_the_title(seed):
    assert seed._.actors[0]["name"] == "Xi Jinping"
    assert seed._.actors[0]["mentions"][0] == [0, 17]


def test_seed_beijing_acts_only_where_it_acts(seed):
    beijing = _actor(seed, "Beijing")
    assert len(beijing["mentions"]) == 1
    assert seed.text[beijing["mentions"][0][0]:].startswith("Beijing has attempted")


def test_seed_moscow_as_destination_is_not_an_actor(seed):
    moscow = [a for a in seed._.actors if a["name"] == "Moscow"]
    assert all(not seed.text[s:].startswith("Moscow.") for a in moscow for s, _ in a["mentions"])
