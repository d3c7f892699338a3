"""Who is source and who is target: subjects, passives, conjuncts, possessives, visits."""

from __future__ import annotations

from .test_events_types import code, top


def names(refs):
    return [ref["name"] for ref in refs]


def test_events_passive_agent_is_the_source(annotate, nlp):
    actors = {"Malian soldiers": ("MLI", "MIL"), "Wagner fighters": ("RUS", "PRM")}
    event = top(code(annotate, nlp, "Malian soldiers were ambushed by Wagner fighters near Kidal.", actors))
    assert event["type"] == "ASSAULT"
    assert names(event["source"]) == ["Wagner fighters"] and names(event["target"]) == ["Malian soldiers"]


def test_events_reciprocal_meeting_puts_everyone_in_source(annotate, nlp):
    actors = {"Serbia": ("SRB", "GOV"), "Kosovo": ("KOS", "GOV")}
    event = top(code(annotate, nlp, "Serbia and Kosovo met in Brussels on Thursday.", actors))
    assert event["type"] == "CONSULT"
    assert names(event["source"]) == ["Serbia", "Kosovo"] and event["target"] == []


def test_events_visit_has_the_visitor_as_source_and_the_host_as_target(annotate, nlp):
    actors = {"Indian prime minister": ("IND", "GOV"), "Japan": ("JPN", "GOV")}
    event = top(code(annotate, nlp, "The Indian prime minister visited Japan for three days.", actors))
    assert (event["type"], event["mode"], event["cameo"]) == ("CONSULT", "visit", "042")
    assert names(event["source"]) == ["Indian prime minister"] and names(event["target"]) == ["Japan"]


def test_events_possessive_of_an_event_noun_is_the_source(annotate, nlp):
    actors = {"Ukraine": ("UKR", "GOV"), "Russia": ("RUS", "GOV"), "Poland": ("POL", "GOV")}
    events = code(annotate, nlp, "Poland condemned Russia's attack on Ukraine.", actors)
    assault = [e for e in events if e["type"] == "ASSAULT"]
    assert assault and names(assault[0]["source"]) == ["Russia"] and names(assault[0]["target"]) == ["Ukraine"]
    assert top(events)["type"] == "ACCUSE"


def test_events_call_on_ones_own_side_to_cooperate_is_agree(annotate, nlp):
    actors = {"Xi": ("CHN", "GOV"), "China": ("CHN", "GOV"), "Russia": ("RUS", "GOV")}
    event = top(code(annotate, nlp, "Xi called for joint efforts by China and Russia to safeguard stability.", actors))
    assert event["type"] == "AGREE" and names(event["target"]) == ["Russia"]


def test_events_pronoun_subject_takes_the_speaker(annotate, nlp):
    actors = {"Hungary": ("HUN", "GOV"), "Serbia": ("SRB", "GOV")}
    event = top(code(annotate, nlp, "Hungary said it would support Serbia's bid.", actors))
    assert names(event["source"]) == ["Hungary"]


def test_events_host_verbs_make_the_guest_the_source(annotate, nlp):
    actors = {"Kazakh President": ("KAZ", "GOV"), "Xi": ("CHN", "GOV")}
    event = top(code(annotate, nlp, "The Kazakh President welcomed Xi to Astana for a state visit.", actors))
    assert (event["type"], event["mode"]) == ("CONSULT", "visit")
    assert names(event["source"]) == ["Xi"] and names(event["target"]) == ["Kazakh President"]


def test_events_demand_behind_a_protest_is_folded_into_it(annotate, nlp):
    actors = {"Kenyan students": ("KEN", "EDU"), "Ruto": ("KEN", "GOV")}
    events = code(annotate, nlp, "Kenyan students marched in Nairobi to demand the resignation of Ruto.", actors)
    assert [e["type"] for e in events] == ["PROTEST"]
    assert names(events[0]["target"]) == ["Ruto"]


def test_events_wire_dateline_is_not_the_subject(annotate, nlp):
    text = "KHARKIV, Ukraine — Russian artillery shelled the Ukrainian border town of Vovchansk on Friday, officials said."
    actors = {"Ukraine|Ukrainian": ("UKR", None), "Russian artillery": ("RUS", "MIL")}
    event = top(code(annotate, nlp, text, actors))
    assert names(event["source"]) == ["Russian artillery"] and names(event["target"]) == ["Ukraine"]
