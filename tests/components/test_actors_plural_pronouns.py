"""'they'/'them' is one more mention of each actor of one plural antecedent: a conjoined list or a
plural group earlier in the sentence, or the previous sentence's plural subject; never inside a
quotation, and not when a plural noun that names no actor may be meant."""

from __future__ import annotations

import pytest

from .roles import DATE


def _pronoun_actors(doc, pronoun: str) -> set[str]:
    """The names of the actors with a mention that is exactly ``pronoun`` (the last one)."""
    index = max(t.i for t in doc if t.text == pronoun)
    start, end = doc[index].idx, doc[index].idx + len(doc[index])
    return {a["name"] for a in doc._.actors if [start, end] in a["mentions"]}


@pytest.mark.parametrize(
    ("text", "pronoun", "names"),
    [
        ("Brazil raised duties on Peru, Chile and Bolivia to push them into new talks.", "them",
         {"Peru", "Chile", "Bolivia"}),
        ("The Nigerian army said its planes had bombed militants near Maiduguri, forcing them to flee.", "them",
         {"militants"}),
        ("Border police in Chad said they had stopped a convoy at dawn.", "they", {"Border police"}),
        ("Kenyan officials refused to comment on the report, but they later denied it.", "they",
         {"Kenyan officials"}),
        ("Rebels in the east seized the airport on Sunday. They also took the radio station.", "They", {"rebels"}),
    ],
)
def test_plural_pronoun_refers_to_the_one_plural_antecedent(annotate, text, pronoun, names):
    doc = annotate(text, date=DATE, upto="tidings_actors")
    found = _pronoun_actors(doc, pronoun)
    assert {n.lower() for n in found} == {n.lower() for n in names} or (
        len(names) == 1 and len(found) == 1 and next(iter(names)).lower() in next(iter(found)).lower()
    ), found


@pytest.mark.parametrize(
    ("text", "pronoun"),
    [
        # a plural noun that names no actor is nearer: the vessels, not anyone
        ("The ministry said the ships belonged to the navy and ordered Manila to remove them.", "them"),
        # two plural nouns in the sentence before: either may be meant
        ("Police arrested dozens of protesters in Lima. They were taken to a station.", "They"),
        # in a quotation "they" may be the speaker's own side or anyone
        ("\u201cThey will not stop us,\u201d the Ukrainian soldiers said.", "They"),
    ],
)
def test_plural_pronoun_left_alone_when_unclear(annotate, text, pronoun):
    doc = annotate(text, date=DATE, upto="tidings_actors")
    assert _pronoun_actors(doc, pronoun) == set()
