"""Parse repair 6: what the reporter did next, read as part of the report ("the agency said 3,000
people had crossed back and appealed to Islamabad"): a plain past verb of saying joined to a
reported clause in the perfect goes back to the reporting verb, so the reporter is its doer."""

from __future__ import annotations

import pytest

from .roles import countries, events_of


@pytest.mark.parametrize(
    ("text", "type_", "doer"),
    [
        ("The U.N. refugee agency said more than 3,000 people had crossed back into Afghanistan in the "
         "previous day and appealed to Islamabad to pause removals.", "REQUEST", "IGO"),
        ("Kenyan police spokesman Muchiri Nyaga said officers had acted with restraint and blamed criminal "
         "gangs for the looting.", "ACCUSE", "KEN"),
        ("Ethiopia said on Friday that Eritrea had massed troops near the border and warned it would not "
         "stand idle.", "THREATEN", "ETH"),
        ("Hamas denied that its members had opened fire and accused Israel of hunting for a pretext.", "ACCUSE",
         "PSE"),
    ],
)
def test_the_reporter_does_the_second_act(annotate, text, type_, doer):
    events = events_of(annotate, text, type_)
    assert events, annotate(text)._.events
    assert countries(events[0]["source"]) == {doer}, events[0]


def test_the_reporting_verb_takes_the_act(annotate):
    doc = annotate("The agency said 3,000 people had crossed the border and appealed to Islamabad to pause removals.")
    appealed = next(t for t in doc if t.text == "appealed")
    assert appealed.dep_ == "conj" and appealed.head.text == "said"
    assert next(t for t in doc if t.text == "and").head.text == "said"


@pytest.mark.parametrize("text", [
    # the second act is the reported one's: not a verb of saying, or an auxiliary of its own
    "Officials said the rebels had attacked the town and killed 12 people.",
    "Officials said the rebels had seized the town and had demanded a ransom.",
])
def test_acts_of_the_reported_clause_stay_there(annotate, text):
    doc = annotate(text, upto="tidings_parse_repairs")
    second = [t for t in doc if t.dep_ == "conj" and t.pos_ in ("VERB", "AUX")]
    assert second and all(t.head.lemma_ != "say" for t in second), [(t.text, t.head.text) for t in second]
