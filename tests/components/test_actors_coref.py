"""In-article coreference: surnames, titles, pronouns and compound mentions."""

from __future__ import annotations

import pytest


def _by_name(doc):
    return {a["name"]: a for a in doc._.actors}


def _mentions(doc, actor):
    return [doc.text[s:e] for s, e in actor["mentions"]]


def test_surname_merges_with_the_full_name(annotate):
    doc = annotate("Maria Lopez, a Chilean senator, met students. Lopez said the law was unfair.", upto="tidings_actors")
    actor = _by_name(doc)["Maria Lopez"]
    assert "Lopez" in _mentions(doc, actor)
    assert len([a for a in doc._.actors if a["kind"] == "person"]) == 1


def test_surname_only_alias_of_a_known_leader(annotate):
    doc = annotate("Putin met Xi Jinping. Xi praised the partnership.", date="2023-03-21", upto="tidings_actors")
    actors = _by_name(doc)
    assert {"Vladimir Putin", "Xi Jinping"} <= set(actors)
    assert _mentions(doc, actors["Xi Jinping"]).count("Xi") == 1
    assert any(e.startswith("coref: surname Xi") for e in actors["Xi Jinping"]["evidence"])


@pytest.mark.parametrize(
    ("text", "name", "mention"),
    [
        ("Vladimir Putin arrived on Monday. The Russian leader was greeted by a guard.", "Vladimir Putin", "Russian leader"),
        ("Xi Jinping spoke first. Later the Chinese president left.", "Xi Jinping", "Chinese president"),
        ("Amira Haddad, Tunisia's foreign minister, spoke first. The foreign minister then left.", "Amira Haddad", "foreign minister"),
    ],
)
def test_title_links_to_the_earlier_actor(annotate, text, name, mention):
    doc = annotate(text, date="2023-10-18", upto="tidings_actors")
    assert mention in _mentions(doc, _by_name(doc)[name])


@pytest.mark.parametrize("text", ["Austin is a city in Texas.", "Austin said the budget was too small."])
def test_short_surname_needs_the_full_name_first(annotate, text):
    # "Austin" is Lloyd Austin only once "Lloyd Austin" has been named in the article
    doc = annotate(text, date="2022-05-01", upto="tidings_actors")
    assert "Lloyd Austin" not in {a["name"] for a in doc._.actors}


def test_short_surname_after_the_full_name(annotate):
    doc = annotate("Lloyd Austin landed in Kyiv. Austin said the aid would arrive soon.", date="2022-05-01",
                   upto="tidings_actors")
    austin = [a for a in doc._.actors if a["name"] == "Lloyd Austin"]
    assert austin and len(austin[0]["mentions"]) == 2


def test_pronoun_links_to_the_person_in_view(annotate):
    doc = annotate("Emmanuel Macron visited the plant. He praised the workers.", date="2024-01-10", upto="tidings_actors")
    assert "He" in _mentions(doc, _by_name(doc)["Emmanuel Macron"])


def test_ambiguous_pronoun_is_left_alone(annotate):
    doc = annotate("Emmanuel Macron met Olaf Scholz. He praised the workers.", date="2024-01-10", upto="tidings_actors")
    assert all("He" not in _mentions(doc, a) for a in doc._.actors)


@pytest.mark.parametrize(
    ("text", "phrase", "names"),
    [
        ("Joe Biden met Xi Jinping in California. The two leaders agreed to talk again.", "two leaders",
         {"Joe Biden", "Xi Jinping"}),
        ("India and Pakistan exchanged fire. Both countries later called for calm.", "Both countries",
         {"India", "Pakistan"}),
    ],
)
def test_pair_is_a_compound_mention(annotate, text, phrase, names):
    doc = annotate(text, date="2023-11-15", upto="tidings_actors")
    holders = {a["name"] for a in doc._.actors if phrase in _mentions(doc, a)}
    assert holders == names
    start = doc.text.index(phrase)
    token = doc.char_span(start, start + len(phrase), alignment_mode="expand").end - 1
    ids = [actor_id for s, e, actor_id in doc._.actor_spans if s <= token < e]
    assert len(ids) == 2


def test_the_foreign_ministry_is_not_a_capital_named_before(annotate):
    text = ("VILNIUS (Wire) -- Lithuania expelled a Belarusian diplomat on Tuesday. Minsk denied any role. The "
            "foreign ministry summoned Belarus's charge d'affaires.")
    summoned = [e for e in annotate(text, date="2025-03-01")._.events if e["trigger"] == "summoned"]
    assert summoned and summoned[0]["source"][0]["country"] == "LTU", summoned
