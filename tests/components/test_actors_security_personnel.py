"""Security officers and security personnel are the armed state (MIL) of their story's or
sentence's country, with or without a country word."""

from __future__ import annotations

import pytest

from .roles import actor_with_mention


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        ("MOGADISHU, Somalia - A roadside bomb killed four security officers on Sunday.", "security officers", "SOM"),
        ("Gunmen in northern Nigeria killed five security personnel on Monday, police said.", "security personnel", "NGA"),
        ("Pakistani security officers were wounded in Quetta.", "Pakistani security officers", "PAK"),
        ("The governor said militants mostly target our security men in Kenya's Lamu county.", "security men", "KEN"),
    ],
)
def test_security_personnel_are_military(annotate, text, mention, code):
    actor = actor_with_mention(annotate(text, upto="tidings_actors"), mention)
    assert actor is not None and (actor["country"], actor["sector"]) == (code, "MIL")


def test_security_as_a_topic_is_no_actor(annotate):
    doc = annotate("Officials in Kenya discussed security and the economy.", upto="tidings_actors")
    assert not any(a["sector"] == "MIL" for a in doc._.actors)
