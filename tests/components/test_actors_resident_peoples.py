"""A people named with the state it lives in ("Bosnian Serb forces", "Kosovo Serbs") is one actor
of that state, not two states' actors; "Chinese-American" (origin, then nationality) is one too."""

from __future__ import annotations

import pytest


def _within(doc, phrase: str) -> list[dict]:
    """The actors with a mention inside the first occurrence of ``phrase``."""
    start = doc.text.index(phrase)
    end = start + len(phrase)
    return [a for a in doc._.actors if any(start <= s and e <= end for s, e in a["mentions"])]


@pytest.mark.parametrize(
    ("text", "phrase", "code", "sector"),
    [
        ("Bosnian Serb forces shelled the town overnight.", "Bosnian Serb forces", "BIH", "MIL"),
        ("Kosovo Serb protesters blocked the main bridge in Mitrovica.", "Kosovo Serb protesters", "KOS", "CVL"),
        ("Kosovo Albanian militants attacked a police station.", "Kosovo Albanian militants", "KOS", "REB"),
        ("Afghan Tajik commanders met in Kabul on Sunday.", "Afghan Tajik commanders", "AFG", "MIL"),
        ("Iraqi Turkmen leaders condemned the bombing in Kirkuk.", "Iraqi Turkmen leaders", "IRQ", "GOV"),
    ],
)
def test_compound_before_a_noun_is_one_actor_of_the_resident_state(annotate, text, phrase, code, sector):
    actors = _within(annotate(text, upto="tidings_actors"), phrase)
    assert [(a["country"], a["sector"]) for a in actors] == [(code, sector)]


@pytest.mark.parametrize(
    ("text", "people", "code"),
    [
        ("Kosovo Serbs blocked roads near the border on Monday.", "Kosovo Serbs", "KOS"),
        ("Kosovar Albanians celebrated in the streets of Pristina.", "Kosovar Albanians", "KOS"),
        ("Iraqi Kurds voted in the referendum on Monday.", "Iraqi Kurds", "IRQ"),
        ("Syrian Kurds protested in Qamishli against the offensive.", "Syrian Kurds", "SYR"),
        ("Afghan Hazaras buried the victims of the mosque bombing.", "Afghan Hazaras", "AFG"),
    ],
)
def test_plural_people_is_one_group_named_by_the_people(annotate, text, people, code):
    actors = _within(annotate(text, upto="tidings_actors"), people)
    assert [(a["name"], a["kind"], a["country"]) for a in actors] == [(people, "group", code)]


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        ("Bosnian Croat leaders rejected the proposal.", "Bosnian Croat leaders", "BIH"),
        ("Syrian Kurdish fighters captured the village.", "Syrian Kurdish fighters", "SYR"),
        ("Israeli Arab lawmakers boycotted the vote in the Knesset.", "Israeli Arab lawmakers", "ISR"),
        ("Afghan Hazara families fled the district.", "Afghan Hazara families", "AFG"),
        ("Turkish Cypriot authorities detained two tourists.", "Turkish Cypriot authorities", "CYP"),
        ("Greek Cypriot officials condemned the move.", "Greek Cypriot officials", "CYP"),
    ],
)
def test_actor_name_keeps_the_people(annotate, text, name, code):
    doc = annotate(text, upto="tidings_actors")
    assert (name, code) in {(a["name"], a["country"]) for a in doc._.actors}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Bosnian Serb and Bosnian Croat forces clashed near Mostar.",
            {("Bosnian Serb forces", "BIH"), ("Bosnian Croat forces", "BIH")},
        ),
        (
            "Talks between Greek Cypriot and Turkish Cypriot negotiators resumed on Monday.",
            {("Greek Cypriot negotiators", "CYP"), ("Turkish Cypriot negotiators", "CYP")},
        ),
    ],
)
def test_two_peoples_of_one_state_are_two_actors(annotate, text, expected):
    doc = annotate(text, upto="tidings_actors")
    assert {(a["name"], a["country"]) for a in doc._.actors} == expected


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        ("The Bosnian Serb leader said the court had no authority.", "Leader of Bosnian Serbs", "BIH"),
        ("The Turkish Cypriot leader said talks would resume next month.", "Leader of Turkish Cypriots", "CYP"),
    ],
)
def test_a_peoples_leader_is_not_the_states(annotate, text, name, code):
    doc = annotate(text, upto="tidings_actors")
    assert [(a["name"], a["country"]) for a in doc._.actors if a["kind"] == "person"] == [(name, code)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Serbian and Bosnian officials met Bosnian Serb leaders in Banja Luka.",
            [("BIH", "GOV"), ("BIH", "GOV"), ("SRB", "GOV")],
        ),
        (
            "Serbian President Aleksandar Vucic met Kosovo Serb leaders in Belgrade.",
            [("KOS", "GOV"), ("SRB", "GOV")],
        ),
    ],
)
def test_lists_and_titles_beside_a_compound_keep_their_states(annotate, text, expected):
    doc = annotate(text, upto="tidings_actors")
    pairs = [(a["country"], a["sector"]) for a in doc._.actors if a["country"] is not None]
    assert sorted(pairs) == expected


@pytest.mark.parametrize(
    ("text", "phrase", "code"),
    [
        # conventions silent on dual nationals: origin then nationality (resolution.yaml origin_demonyms)
        ("A Chinese-American scientist was arrested in Beijing.", "Chinese-American scientist", "USA"),
        ("A Vietnamese-American novelist was questioned by police in Hanoi.", "Vietnamese-American novelist", "USA"),
        # ... except British usage, which names the nationality first
        ("Iran released a British-Iranian aid worker on Friday.", "British-Iranian aid worker", "GBR"),
    ],
)
def test_origin_and_nationality_before_one_person_are_one_actor(annotate, text, phrase, code):
    actors = _within(annotate(text, upto="tidings_actors"), phrase)
    assert [a["country"] for a in actors] == [code]


def test_event_source_is_one_actor_of_the_resident_state(annotate):
    doc = annotate("Kosovo Serb protesters blocked roads near the border on Monday.", date="2024-05-06")
    sources = [e["source"] for e in doc._.events if e["type"] == "PROTEST"]
    assert sources and all([s["country"] for s in source] == ["KOS"] for source in sources)
