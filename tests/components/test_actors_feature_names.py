"""A country's name or adjective inside a sea's, gulf's or strait's name is no actor; a demonym
on a ship in that sea still is; a country that only says where a place is is not mentioned as an actor."""

from __future__ import annotations

import pytest

from .roles import actor_with_mention


def _codes(doc) -> set[str | None]:
    return {a["country"] for a in doc._.actors}


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Ministers voiced concern over tensions in the East and South China Seas.", "CHN"),
        ("Warships gathered off the Korean peninsula on Tuesday.", "KOR"),
        ("An oil rig caught fire in the Gulf of Guinea overnight.", "GIN"),
        ("Fishing boats crowded the Philippine Sea as the storm passed.", "PHL"),
    ],
)
def test_country_inside_feature_name_is_no_actor(annotate, text, absent):
    assert absent not in _codes(annotate(text, upto="tidings_actors"))


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        ("Chinese ships in the South China Sea rammed a supply boat.", "Chinese", "CHN"),
        ("Japanese patrols in the Sea of Japan tracked the convoy.", "Japanese", "JPN"),
    ],
)
def test_demonym_beside_feature_name_still_counts(annotate, text, mention, code):
    actor = actor_with_mention(annotate(text, upto="tidings_actors"), mention)
    assert actor is not None and actor["country"] == code


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Gunmen attacked laborers from Sindh province, the economic heartland in Pakistan.", "Pakistan"),
        ("Rebels shelled the seat of power in Yemen overnight.", "Yemen"),
        ("The militants retreated to a stronghold in Somalia after the raid.", "Somalia"),
    ],
)
def test_country_placing_a_place_is_no_mention(annotate, text, place):
    assert actor_with_mention(annotate(text, upto="tidings_actors"), place) is None


def test_country_as_a_party_stays(annotate):
    doc = annotate("Rebels attacked Pakistan's seat of power and Yemen condemned the attack.", upto="tidings_actors")
    assert actor_with_mention(doc, "Yemen") is not None
