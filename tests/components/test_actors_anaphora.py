"""Definite descriptions that refer back to an actor named a few sentences before."""

from __future__ import annotations

import pytest

from .roles import actor_with_mention


@pytest.mark.parametrize(
    ("text", "phrase", "name"),
    [
        (
            "The Balochistan Liberation Army claimed the bombing of the rail line on Monday. "
            "Police said nine soldiers were wounded. The separatist group has waged an armed campaign for years.",
            "separatist group",
            "Balochistan Liberation Army",
        ),
        ("Hamas fired a salvo of rockets on Sunday. The group said it was answering the raids.", "group", "Hamas"),
        ("Hezbollah fighters crossed the border at dawn. The militants withdrew before noon.", "militants", "Hezbollah"),
        (
            "The European Union agreed a fresh package of measures against Minsk. The bloc said more would follow.",
            "bloc",
            "European Union",
        ),
        (
            "Amnesty International published its annual report on Thursday. The rights group said abuses had risen.",
            "rights group",
            "Amnesty International",
        ),
    ],
)
def test_definite_description_takes_the_named_actor(annotate, text, phrase, name):
    doc = annotate(text, upto="tidings_actors")
    actor = actor_with_mention(doc, phrase)
    assert actor is not None and name in actor["name"]


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        # nothing named before: "the group" makes no actor of its own
        ("The group met in a hotel on Friday to plan the festival.", "group"),
        # "of" describes the group rather than referring back
        ("Hamas fired rockets on Sunday. A group of lawmakers in Oslo criticised the raids.", "group of lawmakers"),
    ],
)
def test_description_without_antecedent_is_not_an_actor(annotate, text, phrase):
    doc = annotate(text, upto="tidings_actors")
    assert actor_with_mention(doc, phrase) is None


def test_too_far_back_is_not_an_antecedent(annotate):
    text = (
        "Hamas fired rockets on Sunday. Schools stayed shut. Markets were quiet. Rain fell all day. "
        "Trains ran late. Shops closed early. The group said it had no comment."
    )
    doc = annotate(text, upto="tidings_actors")
    actor = actor_with_mention(doc, "group")
    assert actor is None or actor["name"] != "Hamas"


def test_most_recent_compatible_actor_wins(annotate):
    text = "Hamas and the Islamic Jihad both fired rockets. Later Hezbollah launched drones. The group said it was done."
    doc = annotate(text, upto="tidings_actors")
    actor = actor_with_mention(doc, "group")
    assert actor is not None and actor["name"] == "Hezbollah"


def test_modifier_sector_must_agree(annotate):
    # "the separatist group" is not the party named just before
    text = "The Balochistan Liberation Army attacked a convoy. The Pakistan Peoples Party condemned it. " \
           "The separatist group said it would strike again."
    doc = annotate(text, upto="tidings_actors")
    actor = actor_with_mention(doc, "separatist group")
    assert actor is not None and actor["name"] == "Balochistan Liberation Army"


def test_ministry_refers_to_the_ministry(annotate):
    text = "Kenya's Interior Ministry announced it would close two camps. The ministry said the decision was final."
    doc = annotate(text, upto="tidings_actors")
    first, later = actor_with_mention(doc, "Kenya's Interior Ministry"), actor_with_mention(doc, "ministry")
    assert first is not None and later is not None and first["id"] == later["id"]


@pytest.mark.parametrize(
    ("text", "phrase", "sector"),
    [
        ("Media rights organizations condemned the arrest of the reporter.", "Media rights organizations", "JRN"),
        ("Aid groups warned of famine in the north.", "Aid groups", None),
    ],
)
def test_unnamed_ngos_are_actors(annotate, text, phrase, sector):
    doc = annotate(text, upto="tidings_actors")
    actor = actor_with_mention(doc, phrase)
    assert actor is not None and actor["country"] == "NGO" and actor["sector"] == sector
