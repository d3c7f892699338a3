"""What talks are about is no act of its own: "discussed upgrading ties" is one CONSULT, not a
SUPPORT for the upgrade."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("The two ministers discussed upgrading defence ties during the visit.", "upgrading"),
        ("Officials from both countries debated extending the truce on Monday.", "extending"),
    ],
)
def test_a_topic_of_talks_is_no_event(annotate, text, topic):
    doc = annotate(text, date="2025-03-01")
    assert all(e["trigger"] != topic for e in doc._.events), doc._.events
