"""What the article says about a person (nationality, UN title) decides the person's country."""

from __future__ import annotations

import pytest

from .roles import person_named


@pytest.mark.parametrize(
    ("text", "surname", "country"),
    [
        # a later mention's nationality beats the US context of the first one
        ("The son of publisher Tomas Wenlock met U.S. lawmakers in Washington. "
         "Hong Kong publisher Wenlock has been held since 2020.", "Wenlock", "HKG"),
        ("Lawyers for Tendai Moyo spoke to reporters in New York. "
         "Moyo, a Zimbabwean journalist, faces two charges.", "Moyo", "ZWE"),
        # a first name that is also a capital's name, and a surname the knowledge base knows
        ("Aden Barre Duale, a lawmaker in Kenya's National Assembly, said the plan was illegal.", "Duale", "KEN"),
    ],
)
def test_text_beats_context_and_surname_guesses(annotate, text, surname, country):
    assert person_named(annotate(text, upto="tidings_actors"), surname)["country"] == country


@pytest.mark.parametrize(
    "text",
    [
        "U.N. special rapporteur Anna Lindqvist said the Taliban had barred him from Afghanistan.",
        "United Nations-appointed special rapporteur Anna Lindqvist said the Taliban had barred him from Afghanistan.",
    ],
)
def test_un_title_makes_the_person_igo(annotate, text):
    assert person_named(annotate(text, upto="tidings_actors"), "Lindqvist")["country"] == "IGO"


def test_surname_tagged_as_organisation_is_the_person(annotate):
    text = ("Blessed Mhlanga, a journalist with a private broadcaster, was arrested in Harare. "
            "Mhlanga denies the charges, his lawyer told VOA.")
    doc = annotate(text, upto="tidings_actors")
    assert not [a for a in doc._.actors if a["kind"] == "organisation" and a["name"] == "Mhlanga"]
