"""A former post in an IGO confers no IGO code: a former official is ELI of his own country."""

from __future__ import annotations

import pytest

from .roles import DATE, person_named


@pytest.mark.parametrize(
    "text",
    [
        "The foundation, led by former NATO Secretary General Anders Fogh Rasmussen, held a summit.",
        "Anders Fogh Rasmussen, who led NATO until 2014, urged allies to do more.",
    ],
)
def test_known_former_igo_head_is_his_countrys_elite(annotate, text):
    actor = person_named(annotate(text, date=DATE, upto="tidings_actors"), "Rasmussen")
    assert (actor["country"], actor["sector"]) == ("DNK", "ELI")


@pytest.mark.parametrize(
    "text",
    [
        "Former U.N. envoy Marta Kowalska said the talks had failed.",
        "The report was written by former NATO official Piet de Vries.",
    ],
)
def test_unknown_former_igo_official_is_not_igo(annotate, text):
    doc = annotate(text, date=DATE, upto="tidings_actors")
    person = next(a for a in doc._.actors if a["kind"] == "person")
    assert person["sector"] == "ELI" and person["country"] != "IGO"


def test_a_serving_igo_head_keeps_the_igo_code(annotate):
    actor = person_named(annotate("NATO Secretary General Mark Rutte met the ministers.", date=DATE,
                                  upto="tidings_actors"), "Rutte")
    assert (actor["country"], actor["sector"]) == ("IGO", "GOV")


def test_alliance_of_democracies_is_an_ngo(annotate):
    doc = annotate("The Alliance of Democracies held its summit in Copenhagen.", date=DATE, upto="tidings_actors")
    assert any(a["name"] == "Alliance of Democracies" and a["country"] == "NGO" for a in doc._.actors)


def test_an_office_the_text_gives_outweighs_a_listed_role_that_ended(annotate):
    # the table lists Ebrard's foreign-ministry years only; the text says what he holds now
    doc = annotate("Economy Minister Marcelo Ebrard said the talks would go on.", date="2025-06-01",
                   upto="tidings_actors")
    actor = person_named(doc, "Ebrard")
    assert (actor["country"], actor["sector"]) == ("MEX", "GOV")
    bare = person_named(annotate("Marcelo Ebrard said the talks would go on.", date="2025-06-01",
                                 upto="tidings_actors"), "Ebrard")
    assert bare["sector"] == "ELI"


def test_a_former_post_beside_a_held_office_makes_no_elite(annotate):
    doc = annotate("President Prabowo Subianto, a former special forces commander, promised new roads in Papua.",
                   date="2025-11-01", upto="tidings_actors")
    actor = person_named(doc, "Prabowo")
    assert (actor["country"], actor["sector"]) == ("IDN", "GOV")
    former = person_named(annotate("Former President Joko Widodo met the envoy.", date="2025-11-01",
                                   upto="tidings_actors"), "Widodo")
    assert former["sector"] == "ELI"
