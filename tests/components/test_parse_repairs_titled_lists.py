"""A list of titled person names ("Tajik President A and Kyrgyz President B") is one noun phrase:
the first name holds the phrase's place in the clause and each later name is its conjunct."""

from __future__ import annotations

import pytest

from .parses import assert_valid_tree, bare_parse, parse_of, word
from .roles import DATE

# Each sentence is one the small model misparses: the first name hangs off the last (nmod, poss),
# the last off the first (appos), both are subjects, or a title is a conjunct of its own.
# (text, surnames in order, relation of the first name, the word it hangs off)
MISPARSED = [
    ("Tajik President Emomali Rahmon and Kyrgyz President Sadyr Japarov signed the border treaty.",
     ["Rahmon", "Japarov"], "nsubj", "signed"),
    ("Jordan's King Abdullah and German Chancellor Friedrich Merz signed the border treaty.",
     ["Abdullah", "Merz"], "nsubj", "signed"),
    ("Polish Defense Minister Wladyslaw Kosiniak-Kamysz and Tajik President Emomali Rahmon agreed to expand "
     "military cooperation.", ["Kamysz", "Rahmon"], "nsubj", "agreed"),
    ("The president hosted Brazil's President Luiz Inacio Lula da Silva and Canadian Prime Minister Mark Carney "
     "at the palace.", ["Silva", "Carney"], "dobj", "hosted"),
    ("The rebels accused Kenyan President William Ruto and Jordan's King Abdullah of war crimes.",
     ["Ruto", "Abdullah"], "dobj", "accused"),
    ("He spoke by phone with Egyptian Foreign Minister Badr Abdelatty and Indian Prime Minister Narendra Modi "
     "about the crisis.", ["Abdelatty", "Modi"], "pobj", "with"),
    ("She spoke with U.S. Secretary of State Marco Rubio and Kyrgyz President Sadyr Japarov on Wednesday.",
     ["Rubio", "Japarov"], "pobj", "with"),
    ("A meeting between Army General Valery Gerasimov and German Chancellor Friedrich Merz is expected next week.",
     ["Gerasimov", "Merz"], "pobj", "between"),
    ("French President Emmanuel Macron, Chinese President Xi Jinping and German Chancellor Friedrich Merz signed "
     "a joint statement.", ["Macron", "Jinping", "Merz"], "nsubj", "signed"),
    ("The summit with Jordan's King Abdullah, Vietnamese President Luong Cuong and Iranian Foreign Minister "
     "Abbas Araghchi ended on Sunday.", ["Abdullah", "Cuong", "Araghchi"], "pobj", "with"),
    ("Spain's Prime Minister Pedro Sanchez and his Jordanian counterpart Ayman Safadi agreed to expand military "
     "cooperation.", ["Sanchez", "Safadi"], "nsubj", "agreed"),
]

# Sentences the model already parses right, and shapes that are not a list of titled names.
LEFT_ALONE = [
    "Israeli Prime Minister Benjamin Netanyahu and Iranian Foreign Minister Abbas Araghchi met in the capital.",
    "Merz, Germany's chancellor, and French President Emmanuel Macron met in Berlin.",
    "Kenyan President William Ruto met Tanzanian President Samia Suluhu Hassan, and Ugandan President "
    "Yoweri Museveni joined them later.",
    "French President Emmanuel Macron and the German government condemned the attack.",
    "Russian troops and Ukrainian forces clashed near Pokrovsk.",
    # the last name belongs to a larger noun phrase: not a list of people
    "Russian President Vladimir Putin and Chinese President Xi Jinping's government signed a pact.",
    "Chinese President Xi Jinping and Russian President Vladimir Putin summit ended on Friday.",
]


@pytest.mark.parametrize(("text", "surnames", "dep", "head"), MISPARSED)
def test_first_name_heads_the_list(annotate, text, surnames, dep, head):
    doc = annotate(text, upto="tidings_parse_repairs")
    names = [word(doc, surname) for surname in surnames]
    assert (names[0].dep_, names[0].head.text) == (dep, head)
    for previous, name in zip(names, names[1:]):
        assert (name.dep_, name.head) == ("conj", previous)


@pytest.mark.parametrize(("text", "surnames"), [(text, surnames) for text, surnames, _, _ in MISPARSED])
def test_each_title_hangs_off_its_own_name(annotate, text, surnames):
    doc = annotate(text, upto="tidings_parse_repairs")
    names = [word(doc, surname) for surname in surnames]
    for name in names[1:]:
        start = max(t.i for t in doc[: name.i] if t.lower_ == "and" or t.text == ",") + 1
        for token in doc[start : name.i]:
            assert name in token.ancestors, f"{token.text} is not under {name.text}"
            assert token.dep_ != "conj", f"{token.text} is a conjunct"


@pytest.mark.parametrize("text", [text for text, *_ in MISPARSED])
def test_the_tree_stays_valid(nlp, annotate, text):
    text = "The border dispute flared again last year. " + text + " Both governments welcomed it."
    bare = bare_parse(nlp, text)
    doc = annotate(text, upto="tidings_parse_repairs")
    assert parse_of(doc) != parse_of(bare)  # it was repaired
    assert_valid_tree(doc, bare)


@pytest.mark.parametrize("text", LEFT_ALONE)
def test_other_shapes_are_left_alone(nlp, annotate, text):
    bare = bare_parse(nlp, text)
    doc = annotate(text, upto="tidings_parse_repairs")
    assert parse_of(doc) == parse_of(bare)


@pytest.mark.parametrize(
    ("text", "role", "names"),
    [
        ("Tajik President Emomali Rahmon and Kyrgyz President Sadyr Japarov signed the border treaty.",
         "source", {"Emomali Rahmon", "Sadyr Japarov"}),
        ("Chinese President Xi Jinping and Pakistani Prime Minister Shehbaz Sharif agreed to expand military "
         "cooperation.", "source", {"Xi Jinping", "Shehbaz Sharif"}),
        ("French President Emmanuel Macron, Chinese President Xi Jinping and German Chancellor Friedrich Merz "
         "signed a joint statement.", "source", {"Emmanuel Macron", "Xi Jinping", "Friedrich Merz"}),
        ("The rebels accused Kenyan President William Ruto and Jordan's King Abdullah of war crimes.",
         "target", {"William Ruto", "Abdullah II"}),
    ],
)
def test_every_listed_person_takes_part(annotate, text, role, names):
    events = annotate(text, date=DATE)._.events
    assert events
    assert names <= {ref["name"] for ref in events[0][role]}
