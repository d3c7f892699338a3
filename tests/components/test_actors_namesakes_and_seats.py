"""A known surname after someone else's given names is someone else; the capitals of small states
stand for their governments like any other; a bare coalition is a political one."""

from __future__ import annotations

import pytest


def actor_named(doc, part: str) -> dict:
    found = [a for a in doc._.actors if part in a["name"]]
    assert found, doc._.actors
    return found[0]


def test_a_known_surname_after_other_given_names_is_another_person(annotate):
    doc = annotate("JAKARTA (Wire) -- Army Chief Gen. Maruli Simanjuntak and police chief Gen. Budi Sigit Prabowo "
                   "met on Tuesday.", date="2025-06-01", upto="tidings_actors")
    person = actor_named(doc, "Budi Sigit Prabowo")
    assert person["name"] != "Prabowo Subianto"
    assert not any(a["name"] == "Prabowo Subianto" for a in doc._.actors), doc._.actors


def test_the_known_person_under_a_title_is_still_him(annotate):
    doc = annotate("JAKARTA (Wire) -- President Prabowo said on Tuesday that talks would go on.",
                   date="2025-06-01", upto="tidings_actors")
    assert actor_named(doc, "Prabowo")["name"] == "Prabowo Subianto"


@pytest.mark.parametrize(("capital", "code"), [("Honiara", "SLB"), ("Port Moresby", "PNG"), ("Valletta", "MLT"),
                                               ("Port Louis", "MUS"), ("Suva", "FJI")])
def test_a_small_states_capital_speaks_for_its_government(annotate, capital, code):
    doc = annotate(f"{capital} rejected the proposal on Monday.", date="2025-06-01", upto="tidings_actors")
    actor = actor_named(doc, capital)
    assert (actor["country"], actor["sector"]) == (code, "GOV")


def test_the_inter_american_commission_is_intergovernmental(annotate):
    doc = annotate("The Inter-American Commission on Human Rights asked Peru for information.", upto="tidings_actors")
    assert actor_named(doc, "Inter-American")["country"] == "IGO"


@pytest.mark.parametrize(
    ("text", "sector"),
    [
        ("JERUSALEM (Wire) -- A religious party quit the coalition in July.", "PTY"),
        ("SANAA (Wire) -- The Saudi-led coalition struck a port on Monday.", "MIL"),
    ],
)
def test_a_bare_coalition_is_political_a_led_one_military(annotate, text, sector):
    doc = annotate(text, date="2025-06-01", upto="tidings_actors")
    assert actor_named(doc, "oalition")["sector"] == sector


def test_a_named_leader_in_a_story_about_the_datelines_state_is_of_it(annotate):
    doc = annotate("HONIARA (Wire) -- Opposition leader Peter Kenilorea filed a motion on Monday. The Solomon "
                   "Islands government said the Solomon Islands would not be thrown into turmoil.",
                   date="2025-06-01", upto="tidings_actors")
    assert actor_named(doc, "Kenilorea")["country"] == "SLB"


STORY = ("LIMA (Wire) -- Thousands marched in Lima on Tuesday against Peru's new pension law. Peru's government said "
         "the law would stand, and Peru's police said the march was peaceful. {}")


def test_a_named_marcher_in_a_story_about_the_datelines_state_is_of_it(annotate):
    doc = annotate(STORY.format("\"We will be back,\" said Rosa Quispe Mamani, a teacher who joined the march."),
                   date="2025-06-01", upto="tidings_actors")
    assert actor_named(doc, "Quispe")["country"] == "PER"


def test_an_unknown_body_in_a_story_about_the_datelines_state_is_of_it(annotate):
    doc = annotate("LIMA (Wire) -- Peru's government said the law would stand. Arauco said it would not recognise "
                   "the law. Peru's police said so.", date="2025-06-01", upto="tidings_actors")
    assert actor_named(doc, "Arauco")["country"] == "PER"


def test_an_unknown_body_in_a_story_about_elsewhere_stays_unplaced(annotate):
    doc = annotate("LIMA (Wire) -- Chile and Bolivia argued over water on Tuesday, Chile said, and Bolivia said Chile "
                   "was wrong. Arauco said it would not recognise the deal.", date="2025-06-01", upto="tidings_actors")
    assert actor_named(doc, "Arauco")["country"] is None


def test_a_longer_name_around_a_known_one_is_another_organisation(annotate):
    doc = annotate("ABUJA (Wire) -- President Bola Tinubu directed the police and the Department of State Services "
                   "to act.", date="2025-06-01", upto="tidings_actors")
    assert not any(a["name"] == "State Department" for a in doc._.actors), doc._.actors


def test_a_kind_word_after_a_known_name_keeps_it(annotate):
    doc = annotate("MOSCOW (Wire) -- The Wagner Group said it would leave Mali.", date="2025-06-01", upto="tidings_actors")
    assert actor_named(doc, "Wagner")["sector"] == "PRM"
