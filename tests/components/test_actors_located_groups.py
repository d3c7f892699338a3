"""A group that a word of being somewhere places ("present on Afghan soil", "based in Syria",
"stationed along the border") takes that place's country, not a sentence or story guess."""

from __future__ import annotations

import pytest

from .roles import DATE, actor_with_mention


@pytest.mark.parametrize(
    ("text", "mention", "country"),
    [
        ("Islamabad blamed the bombing on militants present on Afghan soil.", "militants", "AFG"),
        ("Ankara accused fighters based in Syria of shelling the town.", "fighters", "SYR"),
        ("Moscow said rebels stationed on Ukrainian territory had fired first.", "rebels", "UKR"),
        ("Kinshasa said militias operating in Rwanda had crossed the border.", "militias", "RWA"),
    ],
)
def test_located_group_takes_the_place(annotate, text, mention, country):
    actor = actor_with_mention(annotate(text, date=DATE, upto="tidings_actors"), mention)
    assert actor is not None and actor["country"] == country
    assert any(e.startswith("located:") for e in actor["evidence"])


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        # "on" after no word of being there names a target, not where the group is
        ("Islamabad imposed sanctions on militants on Afghan soil.", "militants"),
    ],
)
def test_on_without_a_word_of_place_locates_nothing(annotate, text, mention):
    actor = actor_with_mention(annotate(text, date=DATE, upto="tidings_actors"), mention)
    assert actor is None or not any(e.startswith("located:") for e in actor["evidence"])


def test_located_group_is_not_the_story_s_other_group(annotate):
    text = ("Militants attacked a train in Pakistan on Tuesday. Islamabad blamed the attack on militants "
            "present on Afghan soil.")
    doc = annotate(text, date=DATE, upto="tidings_actors")
    first, second = actor_with_mention(doc, "Militants"), actor_with_mention(doc, "militants")
    assert first is not None and second is not None and first["id"] != second["id"]
    assert (first["country"], second["country"]) == ("PAK", "AFG")
