"""Stage 0: mend the few parser errors that every later stage would inherit.

The small English model reliably misreads two wire-news shapes; each repair re-attaches heads
(``token.head``, ``token.dep_``), touches nothing else, and leaves a valid tree (same sentences,
no cycles).

1. A clause whose object runs straight into a described source, "the ministry summoned Mali's
   envoy, a diplomatic source said". The model makes the object ("Mali's envoy") the subject of
   "said" and the source its apposition, so the envoy becomes the reporter and the summons has no
   one summoned. The repair re-attaches the two noun phrases, only when the object follows its
   verb with no comma or quote between them (a real subject of "said" is set off from the clause).

2. A list of titled person names, the commonest subject of diplomatic news: "Tajik President
   Emomali Rahmon and Kyrgyz President Sadyr Japarov signed the treaty". The model gets a fifth
   to a third of such lists wrong, wherever they stand (subject, object, after "with" or
   "between"): the first name hangs off the last as ``nmod`` or ``poss``; the last hangs off the
   first as ``appos``, or off the verb as a second subject or object; the second title is made a
   ``conj`` of the first name; or a title heads its name, which hangs off it as ``appos``. Then
   the first person (or a later one) drops out of the event. The repair rebuilds the phrase the
   way the model parses it when it gets it right: the first name heads it, in the place the list
   holds in the clause; each later name is a ``conj`` of the one before; each title word hangs
   off its own name (``compound``, ``amod``, ``poss``); "and" is the ``cc`` and a comma the
   ``punct`` of the name before it. Only for person names (PERSON entities with a PROPN, or
   capitalised words after a title such as "King Abdullah") joined by "and", "A, B and C" or
   "A, B, and C", each preceded by nothing but title words. "X, president of Y, and Z" (an
   apposition), two names joined by ", and" (two clauses), one person named twice, a list that is
   itself a sentence root, and every parse that is already right are left alone.

Example:
    >>> doc = nlp("The ministry summoned Mali's envoy, a diplomatic source said.")
    >>> [(t.text, t.dep_, t.head.text) for t in doc if t.text in ("envoy", "source")]
    [('envoy', 'dobj', 'summoned'), ('source', 'nsubj', 'said')]
    >>> doc = nlp("Tajik President Emomali Rahmon and Kyrgyz President Sadyr Japarov signed the treaty.")
    >>> [(t.text, t.dep_, t.head.text) for t in doc if t.text in ("Rahmon", "Japarov")]
    [('Rahmon', 'nsubj', 'signed'), ('Japarov', 'conj', 'Rahmon')]
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy
from spacy.attrs import LOWER
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..kb import load_kb

# Reporting verbs whose subject the misreading steals.
REPORTING_LEMMAS = frozenset({"say", "tell", "add", "report", "confirm", "state"})

# Tags of the words a title before a name is made of: "Kyrgyz President", "Brazil's Prime
# Minister", "his Jordanian counterpart", "U.S. Secretary of State", "Army General".
TITLE_TAGS = frozenset({"NNP", "NNPS", "NN", "JJ", "PRP$", "POS", "HYPH"})
# Entity labels a title word may carry: a demonym, a country, a ministry, or PERSON (the model
# sometimes tags "Tajik" or "Emir" as part of the name). A date or a number is never a title.
TITLE_ENTITY_LABELS = frozenset({"", "NORP", "GPE", "ORG", "PERSON"})
NAME_TAGS = frozenset({"NNP", "NNPS"})
# A title is a few words; a longer run of nouns before a name is something else.
MAX_TITLE_WORDS = 6
# Subject relations: a verb with one already outside the list cannot take a name of it as another.
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# The relations a noun phrase holds in its clause; a list misparsed with several takes the first.
SLOT_DEPS = ("nsubj", "nsubjpass", "dobj", "obj", "pobj", "dative", "attr", "oprd", "appos", "conj")


@dataclass(frozen=True)
class TitledNameList:
    """A list of titled person names to re-attach as one noun phrase.

    ``items`` are the token ranges [start, end) of each titled name (title words and name), in
    order, each ending on its name's head; ``separators`` pairs each comma or "and" with the index
    of the item it follows; the whole phrase hangs off ``head`` with the relation ``dep``.
    """

    items: tuple[tuple[int, int], ...]
    separators: tuple[tuple[int, int], ...]
    head: int
    dep: str


@Language.factory("tidings_parse_repairs", requires=["token.dep"], assigns=["token.dep", "token.head"])
def make_parse_repairs(nlp: Language, name: str) -> ParseRepairs:
    return ParseRepairs()


class ParseRepairs:
    def __init__(self) -> None:
        self.person_titles = person_titles()

    def __call__(self, doc: Doc) -> Doc:
        for verb, subject, source in find_stolen_objects(doc):
            clause = next(c for c in verb.children if c.dep_ == "ccomp" and c.i < subject.i)
            subject.head, subject.dep_ = clause, "dobj"
            source.head, source.dep_ = verb, "nsubj"
        for name_list in find_broken_titled_name_lists(doc, self.person_titles):
            attach_titled_name_list(doc, name_list)
        return doc


def person_titles() -> frozenset[str]:
    """Lower-case title words of one person ("king", "emir", "minister"), from the actor tables.

    Before a capitalised word they make it a name the model may not tag ("King Abdullah").
    """
    sector_words = load_kb().sector_words
    return frozenset(form.split()[-1] for form, word in sector_words.items() if word.kind == "person")


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


# ---------------------------------------------------------------------------------------------
# Lists of titled names: "Tajik President Emomali Rahmon and Kyrgyz President Sadyr Japarov"


def find_broken_titled_name_lists(doc: Doc, titles: frozenset[str] = frozenset()) -> list[TitledNameList]:
    """Each list of titled person names whose parse does not make the later names conjuncts.

    ``titles`` are title words after which a capitalised word is a name even untagged.
    """
    if not doc.has_annotation("DEP") or not doc.has_annotation("ENT_IOB"):
        return []
    found = []
    # the "and"s, found over the token array (no Python object per token)
    for i in numpy.flatnonzero(doc.to_array(LOWER) == doc.vocab.strings["and"]):
        conjunction = doc[int(i)]
        if conjunction.tag_ != "CC":
            continue
        names = titled_names_around(doc, conjunction.i, titles)
        if names is None:
            continue
        name_list = titled_name_list(doc, *names)
        if name_list is not None:
            found.append(name_list)
    return found


def titled_names_around(doc: Doc, conjunction: int, titles: frozenset[str]) -> tuple[list[Span], list[list[int]]] | None:
    """(names, separators) of the list of titled names joined by the "and" at ``conjunction``.

    After the "and": title words, then a name at their end. Before it: a name ending at the
    "and" (or at ", and"), its title words, and while a comma stands before those and a name
    before the comma, one more titled name ("A, B and C").
    """
    last = name_after(doc, conjunction + 1, titles)
    if last is None:
        return None
    separator = [conjunction]
    if conjunction > 0 and doc[conjunction - 1].text == ",":
        separator.insert(0, conjunction - 1)
    names, separators = [last], [separator]
    while True:
        name = name_ending_at(doc, separators[0][0], titles)
        if name is None:
            return None
        names.insert(0, name)
        title_start = name.start
        while title_start > 0 and name.start - title_start < MAX_TITLE_WORDS and is_title_word(doc[title_start - 1]):
            title_start -= 1
        if title_start == 0 or doc[title_start - 1].text != "," or name_ending_at(doc, title_start - 1, titles) is None:
            break
        separators.insert(0, [title_start - 1])
    if any(t.is_sent_start for t in doc[names[0].start + 1 : last.end]):
        return None
    return names, separators


def name_after(doc: Doc, start: int, titles: frozenset[str]) -> Span | None:
    """The name that ends the run of title words from ``start`` ("Jordan's King [Abdullah]")."""
    end = start
    while end < len(doc) and end - start <= MAX_TITLE_WORDS + 4 and is_title_word(doc[end], first=end == start):
        end += 1
    name = name_ending_at(doc, end, titles)
    return name if name is not None and name.start >= start else None


def name_ending_at(doc: Doc, end: int, titles: frozenset[str]) -> Span | None:
    """The person name whose last token is ``end - 1``: a PERSON entity, or capitalised words
    after a title that the model left untagged ("King Abdullah II")."""
    if end <= 0 or end > len(doc):
        return None
    last = doc[end - 1]
    if last.ent_type_ == "PERSON":
        if end < len(doc) and doc[end].ent_iob_ == "I":
            return None  # the entity goes on past ``end``
        start = last.i
        while doc[start].ent_iob_ == "I":  # back to the entity's first token (IOB "B")
            start -= 1
        entity = doc[start:end]
        return entity if any(t.tag_ in NAME_TAGS for t in entity) else None
    start = end
    while start > 0 and end - start < 4 and doc[start - 1].tag_ in NAME_TAGS and not doc[start - 1].ent_type_ \
            and doc[start - 1].lower_ not in titles:
        start -= 1
    if start == end or start == 0 or doc[start - 1].lower_ not in titles:
        return None
    return doc[start:end]


def is_title_word(token: Token, *, first: bool = False) -> bool:
    """Whether the token can be part of a title before a name ("the", "his", "Brazil", "'s", ...)."""
    if token.ent_type_ not in TITLE_ENTITY_LABELS:
        return False  # "On Tuesday French President ...": a date is not a title
    if token.tag_ in TITLE_TAGS:
        return True
    if first and token.lower_ == "the":
        return True
    # "Secretary of State": "of" between two capitalised title words
    doc = token.doc
    return (token.lower_ == "of" and 0 < token.i < len(doc) - 1
            and doc[token.i - 1].tag_ in NAME_TAGS and doc[token.i + 1].tag_ in NAME_TAGS)


def titled_name_list(doc: Doc, names: list[Span], separators: list[list[int]]) -> TitledNameList | None:
    """The re-attachment record for names joined by ``separators``, or None when it must not be touched.

    None when the names are not one list ("A, B" without "and"; two names with ", and", which
    is how two clauses are joined) or when the parse already makes each later name a conjunct
    of the one before.
    """
    if len(names) < 2 or doc[separators[-1][-1]].lower_ != "and":
        return None
    if len(names) == 2 and len(separators[0]) == 2:
        return None
    if len({name[-1].lower_ for name in names}) < len(names):
        return None  # one person named twice ("Chinese President Xi Jinping, Mr. Xi Jinping")
    end = names[-1].end
    items = [(first_item_start(doc, names[0], end), names[0].end)]
    items += [(separator[-1] + 1, name.end) for separator, name in zip(separators, names[1:])]
    if not is_broken(doc, items):
        return None
    attachment = outside_attachment(doc, items)
    if attachment is None:
        return None
    seps = tuple((i, k) for k, separator in enumerate(separators) for i in separator)
    return TitledNameList(items=tuple(items), separators=seps, head=attachment[0], dep=attachment[1])


def first_item_start(doc: Doc, name: Span, end: int) -> int:
    """Where the first titled name starts: the title words before it that hang inside the list."""
    start = name.start
    while start > 0 and start - name.start < MAX_TITLE_WORDS and is_title_word(doc[start - 1]):
        start -= 1
    head = doc[name.end - 1]
    # a word whose head lies outside the list belongs to the clause ("In Moscow Russian President
    # ..."), unless the name hangs off it ("India's Prime Minister [appos: Narendra Modi]")
    while start < name.start:
        token = doc[start]
        if start <= token.head.i < end or token in head.ancestors:
            break
        start += 1
    return start


def is_broken(doc: Doc, items: list[tuple[int, int]]) -> bool:
    """Whether the parse fails to make each name the head of its titled name, conj of an earlier one.

    A title that heads its name as an apposition ("his counterpart [appos: X]") counts as broken:
    the later stages find the name itself as the conjunct, as they do for "Kyrgyz President X".
    """
    names = [doc[end - 1] for _, end in items]
    for k, ((start, end), name) in enumerate(zip(items, names)):
        roots = [t for t in doc[start:end] if not start <= t.head.i < end or t.head == t]
        if roots != [name]:
            return True
        if k == 0:
            if items[0][0] <= name.head.i < items[-1][1]:
                return True
        elif name.dep_ != "conj" or name.head not in names[:k]:
            return True
    return False


def outside_attachment(doc: Doc, items: list[tuple[int, int]]) -> tuple[int, str] | None:
    """(head, relation) of the list in its clause, read off the words that hang outside it.

    A misparse can hang two names outside: "with A [pobj] and B [dobj of 'spoke']", "between A
    [pobj] and B [nsubjpass of 'expected']". A preposition needs its object, so when the first
    name is one, a relation to a word above the preposition is the false one; so is a subject
    slot already filled outside the list. None when no single attachment is left, when a word of
    the list is a root, or when the head hangs inside the list.
    """
    start, end = items[0][0], items[-1][1]
    first = doc[items[0][1] - 1]
    attachments = []
    for token in doc[start:end]:
        if token.head == token:
            return None
        if not start <= token.head.i < end:
            attachments.append((token.head, token.dep_))
    if len({head.i for head, _ in attachments}) > 1 and first.dep_ == "pobj" and not start <= first.head.i < end:
        above = {t.i for t in first.head.ancestors}
        attachments = [(head, dep) for head, dep in attachments if head.i not in above]
    if len({head.i for head, _ in attachments}) > 1:
        attachments = [(head, dep) for head, dep in attachments if not (dep in SUBJECT_DEPS and any(
            c.dep_ in SUBJECT_DEPS and not start <= c.i < end for c in head.children))]
    heads = {head.i for head, _ in attachments}
    if len(heads) != 1:
        return None
    head = attachments[0][0]
    if any(start <= t.i < end for t in head.ancestors):
        return None
    # the slot the phrase fills beats a stray relation ("hosted [dobj] ... Hassan [npadvmod]")
    dep = next((dep for _, dep in attachments if dep in SLOT_DEPS), attachments[0][1])
    return head.i, dep


def attach_titled_name_list(doc: Doc, name_list: TitledNameList) -> None:
    """Re-attach the list as one noun phrase headed by its first name.

    The order matters: spaCy walks a token's ancestors when its head changes, so every new head
    is given its own final head first and no step ever makes a cycle.
    """
    heads = [doc[end - 1] for _, end in name_list.items]
    heads[0].head, heads[0].dep_ = doc[name_list.head], name_list.dep
    for previous, name in zip(heads, heads[1:]):
        name.head, name.dep_ = previous, "conj"
    for i, k in name_list.separators:
        doc[i].head, doc[i].dep_ = heads[k], "cc" if doc[i].lower_ == "and" else "punct"
    for (start, end), name in zip(name_list.items, heads):
        for token in doc[start:end]:
            if token != name and not start <= token.head.i < end:
                token.head, token.dep_ = name, title_relation(token)


def title_relation(token: Token) -> str:
    """The relation a title word has to its name when the model parses the phrase right."""
    if token.tag_ == "PRP$" or any(c.tag_ == "POS" for c in token.children):
        return "poss"  # "his counterpart X", "Brazil's President X"
    if token.tag_ == "JJ":
        return "amod"
    return "compound"
