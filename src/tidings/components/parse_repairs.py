"""Stage 0: mend the few parser errors that every later stage would inherit.

The small English model reliably misreads one wire-news shape: a clause whose object runs
straight into a described source, "the ministry summoned Mali's envoy, a diplomatic source said".
It makes the object ("Mali's envoy") the subject of "said" and the source its apposition, so the
envoy becomes the reporter and the summons has no one summoned. The repair re-attaches the two
noun phrases; it touches nothing else, and only when the object follows its verb with no comma
or quote between them (a real subject of "said" is always set off from the clause before it).

Example:
    >>> doc = nlp("The ministry summoned Mali's envoy, a diplomatic source said.")
    >>> [(t.text, t.dep_, t.head.text) for t in doc if t.text in ("envoy", "source")]
    [('envoy', 'dobj', 'summoned'), ('source', 'nsubj', 'said')]
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

# Reporting verbs whose subject the misreading steals.
REPORTING_LEMMAS = frozenset({"say", "tell", "add", "report", "confirm", "state"})


@Language.factory("tidings_parse_repairs", requires=["token.dep"], assigns=["token.dep", "token.head"])
def make_parse_repairs(nlp: Language, name: str) -> ParseRepairs:
    return ParseRepairs()


class ParseRepairs:
    def __call__(self, doc: Doc) -> Doc:
        for verb, subject, source in find_stolen_objects(doc):
            clause = next(c for c in verb.children if c.dep_ == "ccomp" and c.i < subject.i)
            subject.head, subject.dep_ = clause, "dobj"
            source.head, source.dep_ = verb, "nsubj"
        return doc


def find_stolen_objects(doc: Doc) -> list[tuple[Token, Token, Token]]:
    """(reporting verb, misread subject, its apposition) for each "V-ed X, a source said" misparse."""
    found = []
    for verb in doc:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in REPORTING_LEMMAS:
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
        if subject is None:
            continue
        source = next((c for c in subject.children if c.dep_ == "appos" and c.i > subject.i), None)
        clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < subject.i), None)
        if source is None or clause is None or clause.pos_ != "VERB":
            continue
        if any(c.dep_ in ("dobj", "obj", "attr", "ccomp", "xcomp") for c in clause.children):
            continue  # the clause has its object: the subject is a real one
        if subject.left_edge.i != clause.right_edge.i + 1:
            continue  # set off by a comma or a quote: a real subject ("..., Xi, China's leader, said")
        if source.right_edge.i + 1 != verb.i:
            continue
        found.append((verb, subject, source))
    return found
