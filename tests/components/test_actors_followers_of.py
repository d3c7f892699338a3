""""Supporters of X", "relatives of X": the group is the actor, of X's country, never X."""

from __future__ import annotations

import pytest

from .roles import DATE, actor_with_mention, countries, events_of


@pytest.mark.parametrize(
    ("text", "mention", "country", "person"),
    [
        ("Police in Kampala detained 40 supporters of Bobi Wine on Saturday.", "supporters of Bobi Wine",
         "UGA", "Bobi Wine"),
        ("Tanzanian police questioned relatives of opposition leader Tundu Lissu.",
         "relatives of opposition leader Tundu Lissu", "TZA", "Tundu Lissu"),
    ],
)
def test_followers_are_a_group_of_the_persons_country(annotate, text, mention, country, person):
    doc = annotate(text, date=DATE)
    group = actor_with_mention(doc, mention)
    assert group is not None, [a["name"] for a in doc._.actors]
    assert group["kind"] == "group"
    assert group["country"] == country
    assert not any(person in a["name"] and a["kind"] == "person" for a in doc._.actors)


def test_an_arrest_of_supporters_arrests_no_leader(annotate):
    text = "Senegalese police arrested dozens of supporters of opposition leader Ousmane Sonko in Dakar."
    events = events_of(annotate, text, "COERCE")
    assert events
    assert all("supporters" in ref["name"] for ref in events[0]["target"]), events[0]
    assert countries(events[0]["target"]) == {"SEN"}
