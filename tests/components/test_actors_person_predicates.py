"""What a sentence says a named person is or was ("X has been Albania's dominant figure", "X served
as prime minister of Albania", "during his term as premier of ...") gives the person's country."""

from __future__ import annotations

import pytest

from .roles import person_named


@pytest.mark.parametrize(
    ("text", "surname", "country"),
    [
        ("Goran Vukic has been Serbia's most powerful businessman for two decades.", "Vukic", "SRB"),
        ("Edi Marku served as interior minister of Albania from 2009 to 2013.", "Marku", "ALB"),
        ("Washington said Dritan Hoxha took bribes during his term as prime minister of Albania.", "Hoxha", "ALB"),
        ("Maria Lindqvist is the foreign minister of Sweden.", "Lindqvist", "SWE"),
    ],
)
def test_predicate_gives_the_country(annotate, text, surname, country):
    person = person_named(annotate(text, upto="tidings_actors"), surname)
    assert person["country"] == country
    assert any(e.startswith("described:") for e in person["evidence"])


@pytest.mark.parametrize(
    ("text", "surname"),
    [
        # a country a person criticises or studies is not the person's
        ("Lena Okafor has been Russia's fiercest critic for years.", "Okafor"),
        ("Tom Baxter served as a visiting lecturer on Chinese politics.", "Baxter"),
        # a news organisation's programme, or a client, says nothing of the speaker's country
        ("In an interview with VOA's Serbian Service, Dodik's lawyer, Anton Babic, said the case was political.",
         "Babic"),
    ],
)
def test_relations_and_names_give_no_country(annotate, text, surname):
    person = person_named(annotate(text, upto="tidings_actors"), surname)
    assert not any(e.startswith("described:") for e in person["evidence"])
