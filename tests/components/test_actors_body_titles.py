"""A title owned by an organisation already in the article ("the court's president", "the
president of the tribunal") makes its holder that body's: IGO for an international court, and
the body's sector; never the country of the sentence."""

from __future__ import annotations

import pytest

from .roles import DATE, person_named


@pytest.mark.parametrize(
    ("text", "surname", "country", "sector"),
    [
        ("Ghana took its dispute to the International Court of Justice. The court's president, Judge Anna Ferreira, "
         "rejected Ghana's request.", "Ferreira", "IGO", "JUD"),
        ("Serbia appealed to the International Criminal Court. The president of the court, Piotr Novak, said "
         "Serbia would be heard.", "Novak", "IGO", "JUD"),
        ("Kenya's Supreme Court rejected the petition. The court's president, Martha Wanjiru, said the ruling was "
         "final.", "Wanjiru", "KEN", "JUD"),
    ],
)
def test_title_of_a_body_gives_the_body(annotate, text, surname, country, sector):
    person = person_named(annotate(text, date=DATE, upto="tidings_actors"), surname)
    assert (person["country"], person["sector"]) == (country, sector)


@pytest.mark.parametrize(
    ("text", "surname"),
    [
        # a person's spokesman is not an organisation's office
        ("Ghana's president Nana Mensah met the envoy. Mensah's spokesman, Kofi Boateng, said Ghana would wait.",
         "Boateng"),
    ],
)
def test_title_of_a_person_gives_no_body(annotate, text, surname):
    person = person_named(annotate(text, date=DATE, upto="tidings_actors"), surname)
    assert not any(e.startswith("title of ") for e in person["evidence"])
