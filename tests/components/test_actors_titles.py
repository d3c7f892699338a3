"""People the knowledge base does not know are coded from their title and nationality."""

from __future__ import annotations

import pytest


def _actor(doc, name):
    found = [a for a in doc._.actors if a["name"] == name]
    assert found, f"{name} not among {[a['name'] for a in doc._.actors]}"
    return found[0]


@pytest.mark.parametrize(
    ("text", "name", "country", "sector"),
    [
        ("Kenyan Foreign Minister Amina Wanjiru flew to Addis Ababa.", "Amina Wanjiru", "KEN", "GOV"),
        ("Brazil's ambassador Roberto Alvim delivered the letter.", "Roberto Alvim", "BRA", "GOV"),
        ("Tomas Varga, a Hungarian government spokesman, declined to comment.", "Tomas Varga", "HUN", "GOV"),
        ("Chilean judge Marta Ibanez ordered the arrest.", "Marta Ibanez", "CHL", "JUD"),
        ("Nigerian army spokesman Musa Bello said the base was attacked.", "Musa Bello", "NGA", "MIL"),
        ("Colombian rebel commander Ivan Rojas rejected the offer.", "Ivan Rojas", "COL", "REB"),
        ("Peruvian opposition leader Carla Quispe called for new elections.", "Carla Quispe", "PER", "OPP"),
    ],
)
def test_unknown_person_takes_title_and_nationality(annotate, text, name, country, sector):
    actor = _actor(annotate(text, date="2024-05-01", upto="tidings_actors"), name)
    assert (actor["kind"], actor["country"], actor["sector"]) == ("person", country, sector)


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Lin Jian, a spokesman for the Chinese Foreign Ministry, said the talks went well.", "Lin Jian", "CHN"),
        ("Pavel Novak, a spokesman for the Czech Foreign Ministry, said the envoy was recalled.", "Pavel Novak", "CZE"),
        ("The foreign minister of Norway, Ola Berg, arrived in Kyiv.", "Ola Berg", "NOR"),
    ],
)
def test_spokesperson_speaking_for_a_ministry(annotate, text, name, country):
    doc = annotate(text, date="2024-05-01", upto="tidings_actors")
    actor = _actor(doc, name)
    assert (actor["country"], actor["sector"]) == (country, "GOV")
    # the ministry describes the person: it is not a second actor
    assert not [a for a in doc._.actors if "Ministry" in a["name"]]


def test_former_title_makes_eli(annotate):
    actor = _actor(annotate("Former Pakistani minister Ali Raza was arrested.", upto="tidings_actors"), "Ali Raza")
    assert (actor["country"], actor["sector"]) == ("PAK", "ELI")


@pytest.mark.parametrize(
    ("text", "date", "name"),
    [
        ("The Chinese president will travel to Moscow next week.", "2023-03-15", "Xi Jinping"),
        ("The Russian foreign minister arrived in Ankara.", "2023-10-18", "Sergei Lavrov"),
        ("Britain's prime minister spoke to reporters.", "2023-10-18", "Rishi Sunak"),
        ("Britain's prime minister spoke to reporters.", "2024-10-18", "Keir Starmer"),
        ("The NATO secretary-general met defence ministers.", "2025-02-01", "Mark Rutte"),
    ],
)
def test_title_only_resolves_to_the_office_holder_on_the_date(annotate, text, date, name):
    doc = annotate(text, date=date, upto="tidings_actors")
    assert _actor(doc, name)["kind"] == "person"


def test_unheld_title_stays_a_titled_actor(annotate):
    doc = annotate("Iceland's fisheries minister criticised the quota.", date="2024-05-01", upto="tidings_actors")
    actor = [a for a in doc._.actors if a["kind"] == "person"][0]
    assert (actor["country"], actor["sector"], actor["title"]) == ("ISL", "GOV", "Minister")
