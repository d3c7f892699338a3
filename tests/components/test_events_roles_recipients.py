"""Recipients the sentence names outside the verb's object: the subject of a welcomed
announcement, a "for X" beneficiary of cooperation, and the one who receives aid."""

from __future__ import annotations

import pytest

from .roles import DATE, countries, events_of


@pytest.mark.parametrize(
    ("text", "type_", "target"),
    [
        ("France welcomed Tuesday's announcement that Serbia had agreed to a truce.", "SUPPORT", "SRB"),
        ("Berlin praised the news that Moldova had signed the accord.", "SUPPORT", "MDA"),
    ],
)
def test_the_subject_of_a_welcomed_announcement_is_the_recipient(annotate, text, type_, target):
    events = events_of(annotate, text, type_)
    assert events and target in countries(events[0]["target"])


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Japan will cooperate in building a new hospital for Fiji.", "FJI"),
        ("Norway will cooperate on a new port for Ghana.", "GHA"),
    ],
)
def test_a_beneficiary_of_cooperation_is_the_recipient(annotate, text, target):
    events = [e for e in annotate(text, date=DATE)._.events if e["type"] in ("AGREE", "COOPERATE")]
    assert events and target in countries(events[0]["target"])


@pytest.mark.parametrize(
    ("text", "giver", "receiver"),
    [
        ("Ukraine received weapons from Poland.", "POL", "UKR"),
        ("Israel receives military aid from the United States.", "USA", "ISR"),
    ],
)
def test_the_subject_of_receive_is_the_recipient_of_aid(annotate, text, giver, receiver):
    events = events_of(annotate, text, "AID")
    assert events
    assert countries(events[0]["source"]) == {giver}
    assert countries(events[0]["target"]) == {receiver}
