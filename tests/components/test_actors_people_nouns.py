"""Women, girls and children are civilians, and owners and shopkeepers business, even with no
country beside them; they take the country of their sentence or story like other civil nouns."""

from __future__ import annotations

import pytest

from .roles import DATE, actor_with_mention


@pytest.mark.parametrize(
    ("text", "mention", "country", "sector"),
    [
        ("The junta has imposed new curbs on women in Myanmar, barring them from travel.", "women", "MMR", "CVL"),
        ("Officials in Kabul said girls would not return to school this year.", "girls", "AFG", "CVL"),
        ("Shelling in Kharkiv killed three children on Tuesday, Ukraine said.", "children", "UKR", "CVL"),
        ("Indonesian officials urged owners of bars and hotels to close early.", "owners", "IDN", "BUS"),
        ("Police in Dhaka told shopkeepers in Bangladesh to stay shut.", "shopkeepers", "BGD", "BUS"),
    ],
)
def test_people_noun_is_a_civil_actor(annotate, text, mention, country, sector):
    actor = actor_with_mention(annotate(text, date=DATE, upto="tidings_actors"), mention)
    assert actor is not None and (actor["country"], actor["sector"]) == (country, sector)


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("The vast majority of the fighters surrendered near Goma.", "vast majority"),
        ("The vast majority of the fighters surrendered near Goma.", "majority"),
    ],
)
def test_majority_is_no_actor(annotate, text, mention):
    assert actor_with_mention(annotate(text, date=DATE, upto="tidings_actors"), mention) is None
