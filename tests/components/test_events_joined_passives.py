"""Joined passives share their "by" and their subject: "the convoy was ambushed and looted by
gunmen" has the gunmen as doer of both acts; "the minister was arrested and charged by police"
has the minister undergo both; "they were blocked, sideswiped and blasted with water cannon by
Chinese ships" is an attack by the ships, not a verbal one."""

from __future__ import annotations

from .roles import DATE, countries


def by_trigger(annotate, text: str) -> dict[str, dict]:
    return {e["trigger"]: e for e in annotate(text, date=DATE)._.events}


def test_the_last_by_is_the_doer_of_every_joined_passive(annotate):
    events = by_trigger(annotate, "The aid convoy was ambushed and looted by Houthi fighters.")
    assert "ambushed" in events and "looted" in events, events
    for event in events.values():
        assert countries(event["source"]) == {"YEM"}, event


def test_the_shared_subject_undergoes_every_joined_passive(annotate):
    events = by_trigger(annotate, "The Kenyan minister was arrested and charged with corruption by police.")
    assert events["arrested"]["type"] == "COERCE" and events["charged"]["type"] == "ACCUSE", events
    for event in events.values():
        assert [a["sector"] for a in event["target"]] == ["GOV"], event


def test_a_chain_of_three_passives_is_an_attack_by_the_ships(annotate):
    events = by_trigger(annotate, "They were blocked, sideswiped and blasted with water cannon by three "
                                  "Chinese coast guard ships.")
    assert events.get("blasted", {}).get("type") == "ASSAULT", events
    assert countries(events["blasted"]["source"]) == {"CHN"}, events["blasted"]
