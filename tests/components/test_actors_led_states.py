"""'the military-led government' is a government, not the military; 'the three military-led
nations' refers back to three countries: a list of exactly three when there is one, else the last three."""

from __future__ import annotations

import pytest

from .roles import actor_with_mention


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("The military-led government in Niamey expelled the French ambassador.", "government"),
        ("The junta-ruled government in Bamako suspended the broadcaster.", "government"),
        ("The army-backed administration in Naypyitaw extended the state of emergency.", "administration"),
    ],
)
def test_led_state_is_the_government(annotate, text, mention):
    doc = annotate(text, upto="tidings_actors")
    actor = actor_with_mention(doc, mention)
    assert actor is not None and actor["sector"] == "GOV"
    assert not any(a["sector"] == "MIL" for a in doc._.actors)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Mali, Niger and Burkina Faso left ECOWAS in January. The three military-led nations accused the "
         "bloc of serving foreign interests.", 3),
        ("Mali, Niger and Burkina Faso left ECOWAS in January. The three countries accused the bloc of "
         "serving foreign interests.", 3),
        ("Mali and Niger left ECOWAS in January. The two neighbouring countries accused the bloc of serving "
         "foreign interests.", 2),
    ],
)
def test_counted_states_refer_back(annotate, text, count):
    doc = annotate(text, upto="tidings_actors")
    start = text.index("The ", text.index(". ")) + 4
    referred = [a for a in doc._.actors if any(s >= start for s, _ in a["mentions"]) and a["kind"] == "country"]
    assert len(referred) == count


@pytest.mark.parametrize(
    "text",
    [
        # a first mention, not the last three
        "Mali, Niger and Burkina Faso left ECOWAS in January. Three countries later joined the bloc.",
        # the modifier narrows the set to what this rule cannot tell apart
        "Xi met Putin in Moscow. The two Chinese leaders were sacked on Monday.",
    ],
)
def test_first_mentions_refer_to_no_one(annotate, text):
    doc = annotate(text, upto="tidings_actors")
    second = text.index(". ") + 2
    assert not any(s >= second for a in doc._.actors if a["kind"] in {"country", "person"}
                   and a["name"] not in {"Chinese leaders"} for s, _ in a["mentions"])


@pytest.mark.parametrize(
    ("text", "listed", "other"),
    [
        ("Italy has tightened restrictions on travel from India, Bangladesh and Sri Lanka. Only Italian citizens "
         "who live in Italy may enter from any of the three countries.", {"IND", "BGD", "LKA"}, "ITA"),
        ("France condemned the coup. Mali, Niger and Burkina Faso then left ECOWAS, and Paris recalled its envoy. "
         "The three nations accused France of meddling.", {"MLI", "NER", "BFA"}, "FRA"),
    ],
)
def test_counted_states_prefer_a_list_of_that_many(annotate, text, listed, other):
    doc = annotate(text, upto="tidings_actors")
    start = text.rindex(". ") + 2
    referred = {a["country"] for a in doc._.actors if a["kind"] == "country"
                and any(s >= start and "three" in doc.text[s:e] for s, e in a["mentions"])}
    assert referred == listed and other not in referred
