"""spaCy tags some places and labels PERSON. An unknown PERSON name that the gazetteer knows as a
place, or that stands after "in"/"at" or in apposition to a place noun, or only labels a thing
("Jim Crow laws"), is no person when no mention treats it as one (title, apposition, speaking).
And an unknown organisation stays one wherever NER tags the same words as another entity."""

from __future__ import annotations

import pytest

from .roles import DATE


def _names(doc) -> set[str]:
    return {a["name"] for a in doc._.actors}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("One of the islands in the group, Diego Garcia, hosts a base. Britain will lease back Diego Garcia from "
         "Mauritius. The base in Diego Garcia will stay.", "Diego Garcia"),
        ("Kenya wants to shut Dadaab. The number of refugees in Dadaab fell last year.", "Dadaab"),
        ("Schools in the state were segregated under Jim Crow laws until the 1960s, under Jim Crow law.", "Jim Crow"),
        ("The governor of Central Java in Indonesia urged owners to close.", "Central Java"),
    ],
)
def test_place_named_like_a_person_is_no_person(annotate, text, place):
    doc = annotate(text, date=DATE, upto="tidings_actors")
    assert not any(place in name for name in _names(doc))


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Diego Garcia, a farmer in Honduras, said he had lost his crop. Garcia said the rains came late.",
         "Diego Garcia"),
        ("Police said they had arrested Austin Reed in Dallas. Reed said he was innocent.", "Austin Reed"),
    ],
)
def test_person_named_like_a_place_stays(annotate, text, person):
    doc = annotate(text, date=DATE, upto="tidings_actors")
    assert person in _names(doc)


def test_organisation_keeps_its_name_under_another_label(annotate):
    text = ("YChina, founded in 2016, promotes foreign bloggers. YChina started with videos. Activists have "
            "accused YChina of spreading propaganda.")
    doc = annotate(text, date=DATE, upto="tidings_actors")
    orgs = [a for a in doc._.actors if a["name"] == "YChina"]
    if not orgs:
        pytest.skip("the model tags no YChina as ORG here")
    assert len(orgs[0]["mentions"]) == 3
    assert not any(a["kind"] == "country" and a["country"] == "CHN" for a in doc._.actors)
