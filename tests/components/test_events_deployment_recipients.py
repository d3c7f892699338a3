"""A deployment, drill or weapons test is aimed only at whom its clause sets it against: an
"against" phrase or the object of a hostile purpose ("to combat", "to pressure"). The place the
force goes, the country across the border, a partner on the phone are no recipients."""

from __future__ import annotations

import pytest

from .roles import countries, events_of


@pytest.mark.parametrize(
    ("text", "not_recipient"),
    [
        ("Tajikistan sent more troops and armoured vehicles to its southern border with Afghanistan on Tuesday.", "AFG"),
        ("President Rahmon ordered more troops to the frontier and spoke by phone with Chinese President Xi Jinping.",
         "CHN"),
        ("Benin has deployed 3,000 troops to the north, but its cooperation with Niger has broken down.", "NER"),
    ],
)
def test_a_deployment_has_no_recipient_its_clause_does_not_set_it_against(annotate, text, not_recipient):
    events = events_of(annotate, text, "MOBILIZE")
    assert events
    assert not_recipient not in countries(events[0]["target"]), events[0]


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        ("Kenya sent soldiers into Somalia to combat al-Shabab.", "al-Shabab"),
        ("North Korea conducted missile tests in an effort to pressure the United States.", "United States"),
        ("Russia massed troops along the border against Ukraine.", "Ukraine"),
    ],
)
def test_a_deployment_is_aimed_at_whom_it_is_sent_against(annotate, text, recipient):
    events = events_of(annotate, text, "MOBILIZE")
    assert events
    assert [ref["name"] for ref in events[0]["target"]] == [recipient], events[0]
