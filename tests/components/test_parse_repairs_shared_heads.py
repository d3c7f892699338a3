"""Two noun phrases the model reads as one, and a closing reporting clause it hangs in the wrong place.

"the Congolese government and M23 rebels" is two phrases joined by "and" (the first head holds the
phrase's place, the second is its conjunct), not "government" modifying "rebels"; "..., Africa
Command said in a statement" is a reporting clause whose source is the subject of "said" and whose
reported clause is its complement, not an apposition of the last place and a clause under the act.
(Both repairs read the same wrong attachment, a phrase hung off the wrong head, so they share the
helpers and the tree check here.)
"""

from __future__ import annotations

import pytest

from .parses import assert_valid_tree, bare_parse, parse_of, word
from .roles import DATE

# --- two noun phrases joined by "and" -----------------------------------------------------------
# Each sentence is one the small model misparses (the first head hangs off the second as nmod or
# amod). (text, first head, second head, relation of the pair, the word it hangs off, words of the
# second phrase before its head)
SHARED_MISREAD = [
    ("Qatar hosted talks between the Congolese government and M23 rebels.",
     "government", "rebels", "pobj", "between", ["M23"]),
    ("Venezuelan government and opposition delegates met in Barbados.",
     "government", "delegates", "nsubj", "met", ["opposition"]),
    ("Mediators hosted talks between South Sudan's government and opposition groups.",
     "government", "groups", "pobj", "between", ["opposition"]),
    ("Niger's junta and student protesters clashed near the border.",
     "junta", "protesters", "nsubj", "clashed", ["student"]),
    ("The mediator urged the Sudanese military and opposition delegates to resume talks.",
     "military", "delegates", "dobj", "urged", ["opposition"]),
    ("The regime and opposition forces traded fire.",
     "regime", "forces", "nsubj", "traded", ["opposition"]),
    ("The Ethiopian military and Fano militiamen clashed near Gondar.",
     "military", "militiamen", "nsubj", "clashed", ["Fano"]),
    ("The police and opposition supporters clashed near the stadium.",
     "police", "supporters", "nsubj", "clashed", ["opposition"]),
]

# Shared-head coordination, which the model reads right, and phrases whose head names no actor.
SHARED_LEFT_ALONE = [
    "Security and defence officials met in Nairobi.",
    "Fighting between rebel and government forces killed 12 people.",
    "Fighting between the rebel and government forces killed 12 people.",
    "Oil and gas companies protested the tax.",
    "Army and police officers patrolled the streets of Bamako.",
    "Government and opposition supporters clashed in Nairobi.",
    "U.S. military and intelligence officials briefed lawmakers on Tuesday.",
    "Israeli military and security officials met in Cairo.",
    "The army and navy commanders met.",
    "Kenya's police and army units were deployed.",
    "The military and paramilitary forces were deployed to Darfur.",
    "The ambush killed 18 army and police officers.",
    "The army shelled the government and opposition positions.",
    "Rebels attacked the army and police headquarters.",
    "The war caused heavy military and civilian casualties.",
]

# --- a closing reporting clause -----------------------------------------------------------------
# Each sentence is one the small model misparses: the source is an apposition (or conjunct) of the
# last place, the reporting verb hangs under the reported clause (ccomp, conj, advcl, relcl), or
# the clause's object is made the subject of "said". (text, source head, clause verb, reporting
# verb, the clause's object or None)
TAG_MISREAD = [
    ("U.S. forces conducted an air strike against al-Shabaab militants near Jilib, Africa Command said in a "
     "statement.", "Command", "conducted", "said", "strike"),
    ("U.S. forces conducted an air strike against al-Shabaab militants near Jilib, the regional governor said in "
     "a statement.", "governor", "conducted", "said", "strike"),
    ("The army shelled rebel positions near Goma, Africa Command said on Tuesday.",
     "Command", "shelled", "said", "positions"),
    ("Gunmen abducted 20 students from a school in Kaduna, Human Rights Watch told AFP.",
     "Watch", "abducted", "told", "students"),
    ("Police arrested three opposition activists in Kampala, Human Rights Watch confirmed.",
     "Watch", "arrested", "confirmed", "activists"),
    ("Russian forces fired missiles at energy facilities in Kharkiv, Ukraine's air force said on Tuesday.",
     "force", "fired", "said", "missiles"),
    ("U.S. forces conducted an air strike against al-Shabaab militants near Jilib, the United Nations reported.",
     "Nations", "conducted", "reported", "strike"),
    ("U.S. forces conducted an air strike against al-Shabaab militants near Jilib, U.S. Africa Command told "
     "reporters.", "Command", "conducted", "told", "strike"),
    ("Israeli troops raided a refugee camp near Jenin, Human Rights Watch said.",
     "Watch", "raided", "said", "camp"),
    ("The Foreign Ministry summoned Togo's ambassador, a senior official in Accra said.",
     "official", "summoned", "said", "ambassador"),
]

# A source with its description set off by commas ("Patrick Muyaya, the government spokesman,"),
# which the model hangs off the last place of the clause as conj or appos, the description as
# an apposition of the place, a modifier of the clause's verb or the subject of "said".
# (text, source head, description head, reporting verb)
DESCRIBED_SOURCE_MISREAD = [
    ("The army shelled rebel positions near Goma, Patrick Muyaya, the government spokesman, said on Tuesday.",
     "Muyaya", "spokesman", "said"),
    ("U.S. forces conducted an air strike against al-Shabaab militants near Jilib, Abdi Farah, a local elder, "
     "told VOA.", "Farah", "elder", "told"),
    ("Israeli jets struck a building in Gaza City, Patrick Muyaya, the government spokesman, said.",
     "Muyaya", "spokesman", "said"),
    ("Rebels seized a military base outside Bunia, Maria Zakharova, the foreign ministry spokeswoman, said.",
     "Zakharova", "spokeswoman", "said"),
    ("Aid programs in Kenya are feeling the strain of insufficient funding, Glenn Jusnes, a spokesperson for "
     "the agency, told VOA in an email.", "Jusnes", "spokesperson", "told"),
]

# Sentences the model parses right, and shapes that are no closing reporting clause.
TAG_LEFT_ALONE = [
    "U.S. forces conducted an air strike against al-Shabaab militants near Jilib, witnesses said.",
    "U.S. forces conducted an air strike against al-Shabaab militants near Jilib, the ministry said.",
    "The army shelled rebel positions near Goma, a military spokesman told reporters.",
    "The strike, Africa Command said, killed 10 militants near Jilib.",
    "After the army shelled Goma, residents said they fled.",
    "The army shelled Goma, residents said, and aid groups warned of a crisis.",
    '"We struck the base," the army said.',
    '"We will win," Xi Jinping, China\'s president, said.',
    "The militants attacked a base in Jilib, the army confirmed the deaths.",
    "Two soldiers were killed in Kidal, Human Rights Watch said.",
]


@pytest.mark.parametrize(("text", "first", "second", "dep", "head", "_"), SHARED_MISREAD)
def test_the_first_noun_heads_its_own_phrase(annotate, text, first, second, dep, head, _):
    doc = annotate(text, upto="tidings_parse_repairs")
    first, second = word(doc, first), word(doc, second)
    assert (first.dep_, first.head.text) == (dep, head)
    assert (second.dep_, second.head) == ("conj", first)


@pytest.mark.parametrize(("text", "first", "second", "modifiers"),
                         [(text, first, second, modifiers) for text, first, second, _, _, modifiers in SHARED_MISREAD])
def test_each_phrase_keeps_its_own_words(annotate, text, first, second, modifiers):
    doc = annotate(text, upto="tidings_parse_repairs")
    first, second = word(doc, first), word(doc, second)
    for modifier in modifiers:
        token = word(doc, modifier)
        assert token.head == second and token.dep_ in ("compound", "amod"), (token.dep_, token.head.text)
    # the words before the first noun ("the", "Congolese", "South Sudan's") are its own
    for token in doc[first.left_edge.i : first.i]:
        assert first in token.ancestors and second not in token.ancestors


@pytest.mark.parametrize("text", [text for text, *_ in SHARED_MISREAD + TAG_MISREAD + DESCRIBED_SOURCE_MISREAD])
def test_the_tree_stays_valid(nlp, annotate, text):
    text = "The fighting flared again last year. " + text + " Both sides welcomed the news."
    bare = bare_parse(nlp, text)
    doc = annotate(text, upto="tidings_parse_repairs")
    assert parse_of(doc) != parse_of(bare)  # it was repaired
    assert_valid_tree(doc, bare)


@pytest.mark.parametrize("text", SHARED_LEFT_ALONE + TAG_LEFT_ALONE)
def test_other_shapes_are_left_alone(nlp, annotate, text):
    assert parse_of(annotate(text, upto="tidings_parse_repairs")) == parse_of(bare_parse(nlp, text))


@pytest.mark.parametrize(("text", "source", "clause", "verb", "obj"), TAG_MISREAD)
def test_the_source_is_the_subject_of_the_reporting_verb(annotate, text, source, clause, verb, obj):
    doc = annotate(text, upto="tidings_parse_repairs")
    source, clause, verb = word(doc, source), word(doc, clause), word(doc, verb)
    assert (source.dep_, source.head) == ("nsubj", verb)
    assert (clause.dep_, clause.head) == ("ccomp", verb)
    assert verb.dep_ == "ROOT"


@pytest.mark.parametrize(("text", "source", "description", "verb"), DESCRIBED_SOURCE_MISREAD)
def test_a_described_source_is_the_subject_with_its_description(annotate, text, source, description, verb):
    doc = annotate(text, upto="tidings_parse_repairs")
    source, description, verb = word(doc, source), word(doc, description), word(doc, verb)
    assert (source.dep_, source.head) == ("nsubj", verb)
    assert (description.dep_, description.head) == ("appos", source)
    assert verb.dep_ == "ROOT"


@pytest.mark.parametrize(("text", "clause", "obj"), [(text, clause, obj) for text, _, clause, _, obj in TAG_MISREAD])
def test_the_reported_clause_keeps_its_object(annotate, text, clause, obj):
    doc = annotate(text, upto="tidings_parse_repairs")
    assert (word(doc, obj).dep_, word(doc, obj).head.text) == ("dobj", clause)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Qatar hosted talks between the Congolese government and M23 rebels.", {"Congolese government", "M23"}),
        ("Niger's junta and student protesters clashed near the border.", {"Nigerien junta", "student protesters"}),
        ("The regime and opposition forces traded fire.", {"regime", "opposition forces"}),
        ("Both the government and opposition leaders welcomed the deal.", {"government", "opposition leaders"}),
    ],
)
def test_both_actors_take_part(annotate, text, names):
    events = annotate(text, date=DATE)._.events
    assert events
    assert names <= {ref["name"] for ref in events[0]["source"]}


@pytest.mark.parametrize(
    ("text", "trigger", "country", "reporter"),
    [
        ("U.S. forces conducted an air strike against al-Shabaab militants near Jilib, Africa Command said in a "
         "statement.", "strike", "USA", "Africa Command"),
        ("Police arrested three opposition activists in Kampala, Human Rights Watch confirmed.",
         "arrested", "UGA", "Human Rights Watch"),
        ("Russian forces fired missiles at energy facilities in Kharkiv, Ukraine's air force said on Tuesday.",
         "fired", "RUS", "Ukrainian air force"),
    ],
)
def test_the_actor_acts_and_the_source_reports(annotate, text, trigger, country, reporter):
    event = next(e for e in annotate(text, date=DATE)._.events if e["trigger"] == trigger)
    assert [ref["country"] for ref in event["source"]] == [country]
    assert (event["reported_by"] or {}).get("name") == reporter


@pytest.mark.parametrize(
    ("text", "spokesman"),
    [
        ("The army shelled rebel positions near Goma, Patrick Muyaya, the government spokesman, said on Tuesday.",
         "Patrick Muyaya"),
        ("Israeli jets struck a building in Gaza City, Ali Hassan, an army spokesman, told VOA.", "Ali Hassan"),
    ],
)
def test_a_described_source_reports_and_is_no_target(annotate, text, spokesman):
    event = annotate(text, date=DATE)._.events[0]
    assert spokesman not in {ref["name"] for ref in event["target"]}
    assert (event["reported_by"] or {}).get("name") == spokesman
