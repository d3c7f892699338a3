""""IS" is the Islamic State in ordinary text, but only a word in all-caps text."""

from __future__ import annotations

import pytest

from .roles import actor_with_mention


@pytest.mark.parametrize(
    "text",
    [
        "Jordanian jets carried out airstrikes against IS in eastern Syria on Tuesday.",
        "Police said they detained four suspected IS members near the border.",
        "IS claimed responsibility for the bombing in a statement late on Friday.",
    ],
)
def test_upper_case_is_names_the_islamic_state(annotate, text):
    actor = actor_with_mention(annotate(text, upto="tidings_actors"), "IS")
    assert actor is not None and actor["name"] == "Islamic State" and actor["country"] == "IMG"


@pytest.mark.parametrize(
    "text",
    [
        "THE PRESIDENT IS EXPECTED TO SIGN THE BILL ON MONDAY, AIDES SAID.",
        "WHAT IS AT STAKE IN THE VOTE",
    ],
)
def test_a_word_in_all_caps_text_is_no_name(annotate, text):
    assert actor_with_mention(annotate(text, upto="tidings_actors"), "IS") is None
