"""Names the entity model misses become PERSON entities when a title or a description marks them."""

from __future__ import annotations

import pytest

from tidings.components.person_names import PersonCues, PersonNames

UPTO = "tidings_person_names"


@pytest.fixture(scope="module")
def stage():
    return PersonNames(PersonCues.from_kb())


def _people(doc):
    return [ent.text for ent in doc.ents if ent.label_ == "PERSON"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the model tags nothing, or a place or an organisation, where these sentences name a person
        ("Police arrested Karim Benhaddou, 41, at the port.", "Karim Benhaddou"),
        ("Its leader, Sorin Dobre, said the party would quit.", "Sorin Dobre"),
        ("Le Minh Quang, a maritime law researcher, said the court ruling mattered.", "Le Minh Quang"),
        ("The UN special rapporteur on Myanmar, Mai Sato, urged the junta to free the detainees.", "Mai Sato"),
    ],
)
def test_a_described_name_is_a_person(annotate, text, name):
    assert name in _people(annotate(text, upto=UPTO))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Home Minister Om Prakash Bhandari said the report would be published.", "Om Prakash Bhandari"),
        ("Detective Superintendent Jari Vainio told reporters the men were armed.", "Jari Vainio"),
        ("Sheikh Hamad Rashid Lootah led the prayers.", "Hamad Rashid Lootah"),
    ],
)
def test_a_titled_name_is_a_person_when_the_model_misses_it(annotate, stage, text, name):
    doc = annotate(text, upto="tidings_parse_repairs")
    doc.ents = []  # as the model leaves "Home Minister Om Prakash Aryal said ..."
    assert _people(stage(doc)) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "In El Alto, a city of a million people, the strike held.",
        "The State Security Chamber of the Federal Court of Appeal acquitted four men.",
        "Santa Cruz, the largest city, was quiet.",
        "Premier League clubs voted on Monday.",
        "Secretary of State Office staff were evacuated.",
        "Protesters gathered in Grant Park, where Governor Ellis spoke.",
    ],
)
def test_places_and_bodies_stay_what_they_are(annotate, stage, text):
    doc = annotate(text, upto="tidings_parse_repairs")
    doc.ents = []
    assert _people(stage(doc)) == []


def test_a_recovered_name_takes_part_in_the_event(annotate):
    doc = annotate("Police in Rotterdam arrested Karim Benhaddou, 41, last week.")
    arrest = next(e for e in doc._.events if e["trigger"] == "arrested")
    assert [a["name"] for a in arrest["target"]] == ["Karim Benhaddou"]
    assert arrest["target"][0]["country"] == "NLD"
