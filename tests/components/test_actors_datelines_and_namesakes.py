"""A dateline says where a story was filed and names no actor; "the three Sahel states" refers
back to the three states listed before; "armed groups" are rebels; and a full name two office
holders share goes, with no title, to the one who leads a country."""

from __future__ import annotations

import pytest

from .roles import DATE


def test_a_dateline_country_is_no_actor(annotate):
    doc = annotate("PORT SUDAN, Sudan, March 17 - Drones struck a fuel depot in the city before dawn, "
                   "cutting electricity to the Red Sea city that has served as Sudan's seat of government.",
                   date=DATE)
    assert not any(e["type"] == "ASSAULT" and any(a["country"] == "SDN" for a in e["source"])
                   for e in doc._.events), doc._.events


def test_a_dateline_still_places_the_story(annotate):
    doc = annotate("BAMAKO, April 8 - The military government on Wednesday imposed a night curfew in the capital.",
                   date=DATE, upto="tidings_actors")
    government = next(a for a in doc._.actors if "government" in a["name"])
    assert government["country"] == "MLI"


@pytest.mark.parametrize("text", [
    "Mali, Burkina Faso and Niger recalled their ambassadors on Monday. The three Sahel states left ECOWAS in "
    "January.",
    "Mali, Burkina Faso and Niger recalled their ambassadors on Monday. The three countries left ECOWAS in January.",
])
def test_a_counted_mention_with_a_region_refers_back(annotate, text):
    doc = annotate(text, date=DATE)
    left = [e for e in doc._.events if e["trigger"] == "left"]
    assert left and {a["country"] for a in left[0]["source"]} == {"MLI", "BFA", "NER"}, left


def test_a_counted_mention_with_a_country_does_not(annotate):
    doc = annotate("Chinese and Russian leaders met in Beijing. The two Chinese leaders later flew home.",
                   date=DATE, upto="tidings_actors")
    assert not any("compound:" in note for a in doc._.actors for note in a["evidence"])


@pytest.mark.parametrize("text", [
    "Ethnic armed groups attacked the town in Shan state.",
    "Armed groups attacked a police post overnight.",
    "Rebel groups attacked the town.",
])
def test_armed_groups_are_rebels(annotate, text):
    doc = annotate(text, date=DATE)
    assert [e for e in doc._.events if e["type"] == "ASSAULT" and e["source"][0]["sector"] == "REB"], doc._.events


@pytest.mark.parametrize(("text", "country"), [
    ("Pedro Sanchez said Spain would send aid.", "ESP"),
    ("Defence Minister Pedro Sanchez said 1,200 troops would be sent to Arauca.", "COL"),
    ("Spanish Prime Minister Pedro Sanchez met Emmanuel Macron.", "ESP"),
])
def test_a_shared_name_without_a_title_is_the_leader(annotate, text, country):
    doc = annotate(text, date="2025-06-01", upto="tidings_actors")
    person = next(a for a in doc._.actors if a["kind"] == "person" and "Sanchez" in a["name"])
    assert person["country"] == country, person


@pytest.mark.parametrize(("text", "name"), [
    ("ZANU-PF supporters attacked opposition activists.", "ZANU-PF"),
    ("The SPLM-IO accused the army of shelling its bases.", "SPLM-IO"),
])
def test_a_hyphenated_name_is_no_dateline(annotate, text, name):
    doc = annotate(text, date=DATE, upto="tidings_actors")
    assert name in [a["name"] for a in doc._.actors]


def test_a_bloc_named_right_after_is_that_name(annotate):
    doc = annotate("Mali, Burkina Faso and Niger formed a confederation known as the Alliance of Sahel States. "
                   "Mali later left the West African bloc ECOWAS in January 2025.", date=DATE)
    left = [e for e in doc._.events if e["trigger"] == "left"]
    assert left and [t["name"] for t in left[0]["target"]] == ["ECOWAS"], left


def test_the_leaders_of_a_list_of_countries_are_each_countrys(annotate):
    doc = annotate("The leaders of Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan agreed on Thursday "
                   "to create a regional body. The leaders also discussed a hydropower plant.", date=DATE)
    agreed = next(e for e in doc._.events if e["trigger"] == "agreed")
    discussed = next(e for e in doc._.events if e["trigger"] == "discussed")
    everyone = {"KAZ", "KGZ", "TJK", "TKM", "UZB"}
    assert {a["country"] for a in agreed["source"]} == everyone, agreed
    assert {a["country"] for a in discussed["source"] + discussed["target"]} == everyone, discussed


def test_the_officials_after_one_side_spoke_are_that_sides(annotate):
    text = ("U.S. and Iraqi officials said the raid killed an IS leader. Iraqi officials said the strike took two "
            "years to plan. The officials also said the raid was a success.")
    doc = annotate(text, date=DATE, upto="tidings_actors")
    start = text.index("The officials") + len("The ")
    meant = [a for a in doc._.actors if any(s <= start < e for s, e in a["mentions"])]
    assert [a["country"] for a in meant] == ["IRQ"], meant


@pytest.mark.parametrize(("text", "country"), [
    ("Mexico's Congress approved the tariffs in December.", "MEX"),
    ("Congress approved the tariffs in December.", "USA"),
])
def test_another_countrys_congress_is_not_the_us_congress(annotate, text, country):
    doc = annotate(text, date=DATE, upto="tidings_actors")
    assert [a["country"] for a in doc._.actors if a["sector"] == "LEG"] == [country]


@pytest.mark.parametrize("text", [
    "Truck drivers blocked major highways across Bolivia on Tuesday.",
    "Taxi drivers protested in Nairobi.",
])
def test_drivers_who_protest_are_workers(annotate, text):
    doc = annotate(text, date=DATE, upto="tidings_actors")
    assert [a["sector"] for a in doc._.actors if "drivers" in a["name"]] == ["LAB"]
