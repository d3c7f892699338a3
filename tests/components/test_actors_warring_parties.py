"""'All warring parties' are the sides of the story's war, never whoever calls on them."""

from __future__ import annotations

import pytest

from .roles import actor_with_mention


@pytest.mark.parametrize(
    ("text", "caller"),
    [
        ("The Taliban attacked Afghan forces in Kunduz. U.S. officials called on all warring parties to "
         "resume talks.", "U.S. officials"),
        ("Sudan's army fought the Rapid Support Forces in Khartoum. The European Union urged the warring "
         "parties to allow aid.", "European Union"),
        ("Rebels attacked Congolese troops near Goma. Kenya blamed the rebels and called on the warring "
         "sides to stop.", "Kenya"),
    ],
)
def test_caller_is_not_a_warring_party(annotate, text, caller):
    doc = annotate(text, upto="tidings_actors")
    actor = actor_with_mention(doc, caller)
    assert actor is not None
    parties = [a for a in doc._.actors if any(doc.text[s:e].startswith("warring") for s, e in a["mentions"])]
    assert parties and actor not in parties
