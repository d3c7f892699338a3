"""Stage 0: people's names the entity model misses, made PERSON entities.

The small English model tags most names in wire copy, but misses or mislabels a steady share of
names it has not seen: "Home Minister Om Prakash Aryal said" (no entity), "the special
rapporteur, Mai Sato, urged" (a place), "Detective Superintendent Jari Halonen told reporters"
(a work of art), "police arrested Bilal Amrani, a 41-year-old port worker" (nothing). Every later
stage then loses the person: the actor, the speaker of a quotation, the party to an event.

A run of capitalised proper nouns (two to four words; "A." initials and name particles such as
"al" or "bin" inside) becomes a PERSON entity when the text itself says it names a person:

- a person's title stands right before it ("Home Minister", "Superintendent", "Sheikh");
- an age or a description of a person follows it between commas ("X, 38,", "X, a teacher",
  "X, head of the farm union");
- a description of a person stands before it, ending in a comma ("Its leader, X, said").

The titles and the nouns that describe people are data (``resolution.yaml``: the person titles
of ``sector_words.tsv``, ``honorifics``, ``person_context`` and ``unrecognised_names``). A run
that already holds a PERSON entity, is a name the actor tables know (a country, a city, an
organisation), or contains a title or group word ("Police", "Ministry") is left alone. The new
entity replaces any entity it overlaps.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..kb import load_kb

NAME_TAGS = frozenset({"NNP", "NNPS"})
# words that may stand inside a name in lower case ("Omar al Bashir", "Osama bin Laden")
NAME_PARTICLES = frozenset({"al", "el", "bin", "ibn", "bint", "abu", "de", "da", "do", "dos", "das", "del",
                            "van", "von", "der", "den", "ter", "la", "le", "di"})
# words that end a description between commas before its noun is found
DESCRIPTION_STOP = frozenset({"VERB", "AUX", "SCONJ", "CCONJ", "ADP"})


@dataclass(frozen=True)
class PersonCues:
    """The words that say a capitalised run names a person."""

    titles: frozenset[str]  # lower case, the word right before a name
    person_nouns: frozenset[str]  # lower case, the head of a description of a person
    blockers: frozenset[str]  # lower case, words that make a run something else ("Police", "Ministry")
    known_names: frozenset[str]  # names the actor tables know, as written

    @classmethod
    def from_kb(cls) -> PersonCues:
        kb = load_kb()
        rules = kb.rules
        person_forms = {form for form, word in kb.sector_words.items() if word.kind == "person"}
        # "prime minister" -> "minister", "secretary of state" -> "secretary" (not "state")
        titles = {form.split(" of ")[0].split()[-1] for form in person_forms}
        titles |= {str(word).lower().rstrip(".") for word in rules.get("honorifics", ()) or ()}
        titles |= {str(word).lower() for word in (rules.get("name_titles", {}) or {})}
        unrecognised = rules.get("unrecognised_names", {}) or {}
        titles |= {str(word).lower() for word in unrecognised.get("titles", ()) or ()}
        context = rules.get("person_context", {}) or {}
        nouns = set(titles) | {str(word).lower() for word in unrecognised.get("person_nouns", ()) or ()}
        for key in ("roaming_titles", "local_people", "local_titles", "national_titles", "kin_nouns",
                    "head_nouns", "relation_nouns"):
            nouns |= {str(word).lower().split()[-1] for word in context.get(key, ()) or ()}
        blockers = {form.split()[-1] for form, word in kb.sector_words.items() if word.kind != "person"}
        blockers |= {str(word).lower() for word in rules.get("org_kind_words", ()) or ()}
        blockers |= {str(word).lower() for word in unrecognised.get("not_in_names", ()) or ()}
        return cls(frozenset(titles), frozenset(nouns), frozenset(blockers - titles), frozenset(kb.aliases))


@Language.factory("tidings_person_names", requires=["token.tag", "doc.ents"], assigns=["doc.ents"])
def make_person_names(nlp: Language, name: str) -> PersonNames:
    return PersonNames(PersonCues.from_kb())


class PersonNames:
    def __init__(self, cues: PersonCues) -> None:
        self.cues = cues

    def __call__(self, doc: Doc) -> Doc:
        found = find_unrecognised_names(doc, self.cues)
        if found:
            taken = {i for span in found for i in range(span.start, span.end)}
            kept = [ent for ent in doc.ents if not any(i in taken for i in range(ent.start, ent.end))]
            doc.ents = sorted([*kept, *found], key=lambda span: span.start)
        return doc


def find_unrecognised_names(doc: Doc, cues: PersonCues) -> list[Span]:
    """PERSON spans for the capitalised runs the text marks as a person's name."""
    person = {i for ent in doc.ents if ent.label_ == "PERSON" for i in range(ent.start, ent.end)}
    found = []
    for start, end in capitalised_runs(doc, cues):
        if end - start < 2 or any(i in person for i in range(start, end)):
            continue
        if doc[start:end].text in cues.known_names:
            continue
        if titled(doc, start, cues) or described_after(doc, end, cues) or described_before(doc, start, end, cues):
            found.append(Span(doc, start, end, label="PERSON"))
    return found


def capitalised_runs(doc: Doc, cues: PersonCues) -> list[tuple[int, int]]:
    """Maximal runs of capitalised proper nouns, split after a title word ("Minister | Om Prakash Aryal")."""
    runs = []
    i = 0
    while i < len(doc):
        if not name_word(doc[i]) or doc[i].lower_ in cues.titles:
            i += 1
            continue
        j = i
        while j < len(doc) and (name_word(doc[j]) or particle_inside(doc, j)) and doc[j].lower_ not in cues.titles:
            j += 1
        if not any(doc[k].lower_ in cues.blockers for k in range(i, j)):
            runs.append((i, j))
        i = j
    return runs


def name_word(token: Token) -> bool:
    text = token.text
    if token.tag_ not in NAME_TAGS or not text[:1].isupper():
        return False
    return token.is_title or (len(text) == 2 and text[1] == ".") or ("-" in text and text.split("-")[-1].istitle())


def particle_inside(doc: Doc, i: int) -> bool:
    """ "al" in "Omar al Bashir": a lower-case particle between two capitalised words."""
    return (doc[i].lower_ in NAME_PARTICLES and 0 < i < len(doc) - 1
            and name_word(doc[i - 1]) and name_word(doc[i + 1]))


def titled(doc: Doc, start: int, cues: PersonCues) -> bool:
    """ "Home Minister Om Prakash Aryal", "Superintendent Jari Halonen", "Dr. Ana Ruiz"."""
    if start == 0:
        return False
    before = doc[start - 1]
    word = before.lower_.rstrip(".")
    return word in cues.titles and before.pos_ in ("NOUN", "PROPN")


def described_after(doc: Doc, end: int, cues: PersonCues) -> bool:
    """ "X, 38," "X, a maritime law researcher," "X, head of France's largest farm union"."""
    if end + 1 >= len(doc) or doc[end].text != ",":
        return False
    first = doc[end + 1]
    if first.like_num and (end + 2 == len(doc) or doc[end + 2].is_punct):
        return True  # an age
    return description_noun(doc, end + 1, cues) is not None


def described_before(doc: Doc, start: int, end: int, cues: PersonCues) -> bool:
    """ "Its leader, Sorin Grindeanu, said": a description ending in a comma, the name closed by one."""
    if start < 2 or doc[start - 1].text != "," or end >= len(doc) or doc[end].text not in (",", ")"):
        return False
    i = start - 2
    while i >= 0 and start - 2 - i < 8 and doc[i].text not in (",", ";", ":", '"', "“", "”") \
            and not doc[i].is_sent_end:
        i -= 1
    noun = description_noun(doc, i + 1, cues, stop=start - 1)
    return noun is not None


def description_noun(doc: Doc, begin: int, cues: PersonCues, stop: int | None = None) -> Token | None:
    """The person noun of a short description starting at ``begin`` ("a 41-year-old port worker",
    "its leader", "the UGTT's secretary general"), read up to a comma, a verb or ``stop``; None
    when a noun of something else heads it first ("El Alto, a city of ...")."""
    limit = min(len(doc), begin + 10) if stop is None else stop
    for i in range(begin, limit):
        token = doc[i]
        if token.text in (",", ";", ":", ".") or token.tag_ == "PRP":
            return None
        if token.pos_ == "NOUN" and token.tag_ == "NN" and token.lower_ in cues.person_nouns:
            return token
        if token.pos_ in DESCRIPTION_STOP:
            return None
        modifies_next = i + 1 < limit and doc[i + 1].tag_ in ("NN", "NNS", "NNP", "NNPS", "HYPH", "POS")
        if token.pos_ == "NOUN" and not modifies_next and doc[i - 1].tag_ != "HYPH":
            return None
    return None
