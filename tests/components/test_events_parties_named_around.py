"""Parties the words around an act name or rule out: a state's neighbours are other states; a
statement joined to an appeal names no party of it; who reports being attacked undergoes it; a
man of a nation is its civilian; a treaty does nothing; supporters called into the streets protest."""

from __future__ import annotations

from .roles import countries, events_of


def test_a_states_neighbours_are_not_that_state(annotate):
    text = "NOUAKCHOTT (Wire) -- Mauritania's neighbours have complained about the expulsions too."
    for event in annotate(text)._.events:
        assert "MRT" not in countries(event["source"]), event


def test_a_statement_joined_to_an_appeal_names_no_party_of_it(annotate):
    text = ("MONROVIA (Wire) -- The U.S. Embassy urged restraint by all sides and said Washington continued to "
            "support the court.")
    events = events_of(annotate, text, "REQUEST")
    assert events, annotate(text)._.events
    assert events[0]["target"] == [], events[0]


def test_who_reports_being_beaten_undergoes_it(annotate):
    text = "HARARE (Wire) -- Three villagers reported being beaten by soldiers on Sunday."
    events = events_of(annotate, text, "ASSAULT")
    assert events, annotate(text)._.events
    assert [a["sector"] for a in events[0]["source"]] == ["MIL"], events[0]
    assert [a["sector"] for a in events[0]["target"]] == ["CVL"], events[0]


def test_a_man_of_a_nation_is_its_civilian(annotate):
    text = "SAN JOSE (Wire) -- Police on Friday arrested a Panamanian man suspected of smuggling."
    events = events_of(annotate, text, "COERCE")
    assert events, annotate(text)._.events
    assert [(a["country"], a["sector"]) for a in events[0]["target"]] == [("PAN", "CVL")], events[0]


def test_a_treaty_is_no_actor(annotate):
    doc = annotate("OSLO (Wire) -- The 1920 Svalbard Treaty gives Norway sovereignty over the archipelago while "
                   "granting signatory states equal rights there.", upto="tidings_actors")
    assert not any("Treaty" in a["name"] for a in doc._.actors), doc._.actors


def test_supporters_called_into_the_streets_protest(annotate):
    text = "BRAZZAVILLE (Wire) -- Two opposition parties said they would call supporters into the streets on Friday."
    events = events_of(annotate, text, "PROTEST")
    assert events, annotate(text)._.events
    assert events[0]["future"], events[0]
    assert events_of(annotate, text, "AGREE") == []


def test_a_european_dual_national_is_of_the_first_country(annotate):
    text = "MUSCAT (Wire) -- Iran released a Danish-Iranian aid worker on Friday."
    events = events_of(annotate, text, "RETREAT")
    assert events, annotate(text)._.events
    assert countries(events[0]["target"]) == {"DNK"}, events[0]


def test_an_american_hyphenation_names_the_origin_first(annotate):
    doc = annotate("TEHRAN (Wire) -- Iran detained an Iranian-American journalist on Friday.", upto="tidings_actors")
    assert not any(a["country"] == "IRN" and a["sector"] == "JRN" for a in doc._.actors), doc._.actors


def test_a_demand_refused_in_a_relative_clause_answers_its_maker(annotate):
    text = "DHAKA (Wire) -- The opposition BNP renewed its demand for early elections, a demand the government has rejected."
    events = events_of(annotate, text, "REJECT")
    assert events, annotate(text)._.events
    assert [a["sector"] for a in events[0]["target"]] == ["PTY"], events[0]


def test_a_protest_and_a_call_for_release_are_aimed_at_the_captors(annotate):
    text = ("SEOUL (Wire) -- Chinese coast guard officers detained a South Korean fishing boat and its crew on "
            "Friday, the foreign ministry said, prompting a formal protest from Seoul and calls for their release.")
    doc = annotate(text)
    for kind in ("ACCUSE", "REQUEST"):
        events = events_of(annotate, text, kind)
        assert events, doc._.events
        assert countries(events[0]["target"]) == {"CHN"}, events[0]


def test_a_protest_unprompted_names_no_captor(annotate):
    text = ("SEOUL (Wire) -- Chinese coast guard officers detained a South Korean fishing boat on Friday. "
            "Seoul also protested against new fishing quotas.")
    events = events_of(annotate, text, "ACCUSE")
    assert events, annotate(text)._.events
    assert "CHN" not in countries(events[0]["target"]), events[0]
