"""Group nouns with a nationality: 'Russian troops', 'Hungarian officials', 'Palestinian militants'."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "name", "country", "sector"),
    [
        ("Russian troops withdrew from the village.", "Russian troops", "RUS", "MIL"),
        ("Hungarian officials rejected the plan.", "Hungarian officials", "HUN", "GOV"),
        ("Palestinian militants fired rockets overnight.", "Palestinian militants", "PSE", "REB"),
        ("Kenyan police dispersed the crowd.", "Kenyan police", "KEN", "COP"),
        ("Israeli tanks entered the town.", "Israeli tanks", "ISR", "MIL"),
        ("Sudanese refugees crossed into Chad.", "Sudanese refugees", "SDN", "REF"),
        ("Iraqi students marched in Basra.", "Iraqi students", "IRQ", "EDU"),
        ("Egyptian protesters gathered in the square.", "Egyptian protesters", "EGY", "CVL"),
        ("Moscow's forces pressed on towards the city.", "Russian forces", "RUS", "MIL"),
    ],
)
def test_group_takes_country_and_sector(annotate, text, name, country, sector):
    doc = annotate(text, upto="tidings_actors")
    actor = [a for a in doc._.actors if a["name"] == name]
    assert actor, [a["name"] for a in doc._.actors]
    assert (actor[0]["kind"], actor[0]["country"], actor[0]["sector"]) == ("group", country, sector)


@pytest.mark.parametrize(
    ("text", "sector"),
    [
        ("Syrian rebel forces captured the airport.", "REB"),
        ("Syrian government forces captured the airport.", "MIL"),
        ("Ugandan military officials denied the report.", "MIL"),
        ("Thai opposition lawmakers walked out.", "OPP"),
    ],
)
def test_modifier_can_change_the_sector(annotate, text, sector):
    doc = annotate(text, upto="tidings_actors")
    groups = [a for a in doc._.actors if a["kind"] in {"group", "organisation"}]
    assert groups and groups[0]["sector"] == sector


def test_conjoined_nationalities_make_one_actor_each(annotate):
    doc = annotate("Senior Ghanaian and Togolese officials agreed to reopen the border.", upto="tidings_actors")
    codes = {a["country"] for a in doc._.actors if a["sector"] == "GOV"}
    assert codes == {"GHA", "TGO"}
    # the compound mention covers the same tokens once per actor
    spans = [tuple(s[:2]) for s in doc._.actor_spans]
    assert len(spans) == 2 and spans[0] == spans[1]


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Iran-backed militias attacked the base.", "IRN"),
        ("Pro-Russian separatists seized the building.", "RUS"),
    ],
)
def test_backers_are_not_the_groups_country(annotate, text, absent):
    doc = annotate(text, upto="tidings_actors")
    groups = [a for a in doc._.actors if a["sector"] in {"REB", "PRM"}]
    assert groups and all(a["country"] != absent for a in groups)


def test_led_coalition_takes_the_leaders_country(annotate):
    doc = annotate("The Saudi-led coalition launched air strikes.", upto="tidings_actors")
    assert any(a["country"] == "SAU" and a["sector"] == "MIL" for a in doc._.actors)


def test_equipment_needs_a_country(annotate):
    doc = annotate("Tanks rolled through the streets.", upto="tidings_actors")
    assert not [a for a in doc._.actors if a["sector"] == "MIL"]
