"""Parse repair 4: "fired at protesters marching on parliament": the noun the model makes the
subject of a participle clause after an aiming preposition is that preposition's object; after a
verb that acts on a crowd ("to disperse nurses marching on the ministry"), that verb's."""

from __future__ import annotations

import pytest

from .roles import events_of


@pytest.mark.parametrize(
    ("text", "noun", "prep"),
    [
        ("Police fired rubber bullets at students marching on the ministry.", "students", "at"),
        ("Soldiers opened fire on villagers fleeing the fighting, witnesses said.", "villagers", "on"),
    ],
)
def test_the_noun_becomes_the_object(annotate, text, noun, prep):
    doc = annotate(text)
    token = next(t for t in doc if t.text == noun)
    assert token.dep_ == "pobj" and token.head.lower_ == prep, [(t.text, t.dep_, t.head.text) for t in doc]
    participle = next(t for t in doc if t.head == token and t.tag_ == "VBG")
    assert participle.dep_ == "acl"


def test_the_crowd_fired_at_is_the_recipient(annotate):
    events = events_of(annotate, "Police fired rubber bullets at students marching on the ministry.", "ASSAULT")
    assert events
    assert [a["sector"] for a in events[0]["target"]] == ["EDU"], events[0]


def test_an_absolute_clause_with_with_is_left_alone(annotate):
    doc = annotate("The talks ended with both sides claiming victory.")
    claiming = next(t for t in doc if t.text == "claiming")
    assert claiming.dep_ != "acl"


def test_the_crowd_a_verb_disperses_is_its_object(annotate):
    text = ("MBABANE (Wire) -- Police fired tear gas on Friday to disperse hundreds of nurses marching on the "
            "health ministry.")
    doc = annotate(text)
    nurses = next(t for t in doc if t.text == "hundreds")
    assert nurses.dep_ == "dobj" and nurses.head.text == "disperse", [(t.text, t.dep_, t.head.text) for t in doc]
    events = events_of(annotate, text, "ASSAULT")
    assert events, doc._.events
    assert [a["sector"] for a in events[0]["target"]] == ["MED"], events[0]
