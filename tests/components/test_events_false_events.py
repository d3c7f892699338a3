"""Sentences with event words that report no act: predictions, opinions, stance nouns, wrong
senses, press contact, agentless passives and denials (issue 4, findings §1)."""

from __future__ import annotations

import pytest

from .test_events_types import code


def types_of(events, trigger_start: str | None = None) -> list[str]:
    return [e["type"] for e in events if trigger_start is None or e["trigger"].lower().startswith(trigger_start)]


@pytest.mark.parametrize(("text", "actors"), [
    ("The Kenyan analyst warned that neighbouring states could become targets for the militants.", {"Kenyan analyst": ("KEN", None)}),
    ("Dutch officials warned that the flooding could spread to the south within days.", {"Dutch officials": ("NLD", "GOV")}),
    ('"Tariffs are coming, and they will hurt Mexico," warned the Canadian economist.', {"Canadian economist": ("CAN", None), "Mexico": ("MEX", None)}),
    ("The Spanish envoy warned of a possible rise in piracy off the coast.", {"Spanish envoy": ("ESP", "GOV")}),
])
def test_events_warning_that_only_predicts_is_no_threat(annotate, nlp, text, actors):
    assert "THREATEN" not in types_of(code(annotate, nlp, text, actors))


@pytest.mark.parametrize(("text", "actors"), [
    ("Iran warned that it will retaliate against any attack on its soil.", {"Iran": ("IRN", "GOV")}),
    ("Seoul warned Pyongyang of severe consequences.", {"Seoul": ("KOR", "GOV"), "Pyongyang": ("PRK", "GOV")}),
])
def test_events_warning_of_own_action_stays_a_threat(annotate, nlp, text, actors):
    assert "THREATEN" in types_of(code(annotate, nlp, text, actors))


@pytest.mark.parametrize(("text", "actors"), [
    ("The Peruvian student said she agreed with the ministry's concerns.", {"Peruvian student": ("PER", "EDU"), "ministry": ("PER", "GOV")}),
    ("Several farmers told reporters they agree with the removal of the governor.", {"governor": ("KEN", "GOV")}),
])
def test_events_agreeing_with_an_opinion_is_no_agree(annotate, nlp, text, actors):
    assert "AGREE" not in types_of(code(annotate, nlp, text, actors), "agree")


@pytest.mark.parametrize(("text", "actors", "noun"), [
    ("Officials in Lagos said the preacher is a threat to public order.", {"Officials": ("NGA", "GOV"), "preacher": ("NGA", "REL")}, "threat"),
    ("Warsaw says the new radar poses a threat to NATO's air defences.", {"Warsaw": ("POL", "GOV"), "NATO": ("IGO", None)}, "threat"),
    ("Brussels' support is vital for Kyiv to rebuild the power grid.", {"Brussels": ("BEL", "GOV"), "Kyiv": ("UKR", "GOV")}, "support"),
    ("The meeting was cancelled, citing the junta's opposition.", {"junta": ("MLI", "MIL")}, "opposition"),
    ("Food prices have doubled since the war in Sudan began.", {"Sudan": ("SDN", None)}, "war"),
    ("Deterrence involves a French commitment to defend its allies.", {"French": ("FRA", "GOV")}, "commitment"),
])
def test_events_stance_noun_without_an_act_is_no_event(annotate, nlp, text, actors, noun):
    assert types_of(code(annotate, nlp, text, actors), noun) == []


@pytest.mark.parametrize(("text", "actors", "type_"), [
    ("Kenya launched an operation against al-Shabab in the forest.", {"Kenya": ("KEN", "GOV"), "al-Shabab": ("SOM", "REB")}, "ASSAULT"),
    ("The G20 ministers reaffirmed their support for Ghana's debt plan.", {"G20 ministers": ("IGO", "GOV"), "Ghana": ("GHA", "GOV")}, "SUPPORT"),
])
def test_events_stance_noun_under_an_act_verb_stays(annotate, nlp, text, actors, type_):
    assert type_ in types_of(code(annotate, nlp, text, actors))


@pytest.mark.parametrize(("text", "actors"), [
    ("The coastal district of Mozambique was struck by a cyclone last week.", {"Mozambique": ("MOZ", None)}),
    ("Two villages in Nepal were hit by an earthquake on Monday.", {"Nepal": ("NPL", None)}),
])
def test_events_natural_force_is_no_doer(annotate, nlp, text, actors):
    assert code(annotate, nlp, text, actors) == []


@pytest.mark.parametrize(("text", "actors", "word"), [
    ("The Chilean senator then asked aloud whether anyone had read the bill.", {"Chilean senator": ("CHL", "LEG")}, "asked"),
    ("A Russian tanker is heading to Cuba with a load of diesel.", {"Russian": ("RUS", None), "Cuba": ("CUB", "GOV")}, "heading"),
    ("The prison in Dakar holds several well-known detainees.", {"Dakar": ("SEN", None)}, "holds"),
    ("Nearly 600 migrants were in detention at the Libyan camp.", {"Libyan": ("LBY", None)}, "detention"),
])
def test_events_word_in_a_non_event_sense_is_no_event(annotate, nlp, text, actors, word):
    assert types_of(code(annotate, nlp, text, actors), word) == []


@pytest.mark.parametrize(("text", "actors"), [
    ("Speaking to reporters, the Somali governor confirmed that the siege had ended.", {"Somali governor": ("SOM", "GOV"), "reporters": (None, "JRN")}),
    ("A Chinese student, who spoke with the BBC on condition of anonymity, described the raid.", {"Chinese student": ("CHN", "EDU"), "BBC": ("GBR", "JRN")}),
    ("The Afghan novelist received widespread praise for her first book.", {"Afghan novelist": ("AFG", None)}),
])
def test_events_press_contact_is_no_consult(annotate, nlp, text, actors):
    assert "CONSULT" not in types_of(code(annotate, nlp, text, actors))


def test_events_talk_between_leaders_stays_consult(annotate, nlp):
    text = "The Turkish president spoke with the French president on Friday."
    events = code(annotate, nlp, text, {"Turkish president": ("TUR", "GOV"), "French president": ("FRA", "GOV")})
    assert "CONSULT" in types_of(events)


@pytest.mark.parametrize(("text", "actors", "word"), [
    ("The gang leader had been arrested in Cap-Haitien.", {"gang leader": ("HTI", "CRM")}, "arrested"),
    ("Lisbon was accused of hiding the documents.", {"Lisbon": ("PRT", "GOV")}, "accused"),
])
def test_events_agentless_passive_is_not_coded(annotate, nlp, text, actors, word):
    assert types_of(code(annotate, nlp, text, actors), word) == []


def test_events_passive_with_an_agent_is_coded(annotate, nlp):
    text = "The gang leader was arrested by Haitian police in Cap-Haitien."
    events = code(annotate, nlp, text, {"gang leader": ("HTI", "CRM"), "Haitian police": ("HTI", "COP")})
    assert "COERCE" in types_of(events, "arrested")


@pytest.mark.parametrize(("text", "actors"), [
    ("The former Kenyan deputy president denied all the charges.", {"former Kenyan deputy president": ("KEN", "ELI")}),
    ("The Zambian minister denied the allegations on Tuesday.", {"Zambian minister": ("ZMB", "GOV")}),
])
def test_events_denying_charges_is_no_accusation(annotate, nlp, text, actors):
    assert "ACCUSE" not in types_of(code(annotate, nlp, text, actors))


def test_an_act_that_defines_a_class_is_no_act(annotate):
    text = "Armed groups that lay down their weapons will be offered an amnesty, the government said."
    assert not [e for e in annotate(text)._.events if e["trigger"].startswith("lay")], annotate(text)._.events


def test_a_past_act_of_those_to_be_tried_stays(annotate):
    text = "Soldiers who fired on protesters last week will be tried."
    assert [e for e in annotate(text)._.events if e["type"] == "ASSAULT"]


@pytest.mark.parametrize("text, kept", [
    ("A spokesman for the Ugandan army said its contingent had been attacked but declined to give a toll.", False),
    ("The ministry declined to give details of the talks.", False),
    ("The government declined to give aid to the rebels.", True),
])
def test_declining_to_give_a_figure_is_no_refusal(annotate, text, kept):
    refusals = [e for e in annotate(text, date="2025-03-01")._.events if e["type"] == "REJECT"]
    assert bool(refusals) == kept, refusals


@pytest.mark.parametrize("text", [
    "When the military held the last round of its staged election in January, the generals promised peace.",
    "Gunmen fired into the air outside a parish hall where residents had gathered for a meeting.",
])
def test_holding_a_vote_or_gathering_for_a_meeting_is_no_act(annotate, text):
    events = annotate(text, date="2025-03-01")._.events
    assert not [e for e in events if e["trigger"] in ("held", "gathered")], events


@pytest.mark.parametrize("text", [
    "He said his officials had held no talks with any foreign government.",
    "The ministry said no troops have been deployed for offensive purposes.",
])
def test_no_before_the_object_or_subject_negates_the_act(annotate_negated, text):
    events = annotate_negated(text, date="2025-03-01")._.events
    assert events and all(e["negated"] for e in events), events
