"""'Of that group, ...' after a group of people just described does not mean an organisation
that only spoke; 'The group said' after a speaking organisation still does."""

from __future__ import annotations

import pytest

from .roles import actor_with_mention


@pytest.mark.parametrize(
    "text",
    [
        "Rights groups said 300 refugees were held at the border. Of that group, the police deported 173.",
        "Amnesty International said the authorities held 300 migrants at the border. Of the group, 40 were children.",
        "Human Rights Watch says the Uyghurs face torture. It was referring to 300 Uyghurs held in Thailand. "
        "Of that group, Thailand deported 173 to China.",
    ],
)
def test_partitive_group_is_not_the_speaker(annotate, text):
    doc = annotate(text, upto="tidings_actors")
    assert not any(a["country"] == "NGO" and any(doc.text[s:e].endswith("group") for s, e in a["mentions"])
                   for a in doc._.actors)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Amnesty International said the authorities held 300 migrants at the border. The group said most were "
         "women.", "Amnesty International"),
        ("The Balochistan Liberation Army claimed the attack, which killed 20 passengers. The group said it "
         "targeted soldiers.", "Balochistan Liberation Army"),
    ],
)
def test_speaking_group_still_refers_back(annotate, text, name):
    actor = actor_with_mention(annotate(text, upto="tidings_actors"), "group")
    assert actor is not None and actor["name"] == name
