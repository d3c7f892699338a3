"""Stage 0: mend the few parser errors that every later stage would inherit.

The small English model reliably misreads a few wire-news shapes; each repair re-attaches heads
(``token.head``, ``token.dep_``), touches nothing else, and leaves a valid tree (same sentences,
no cycles).

1. A reporting clause closing a sentence, "CLAUSE, SOURCE said ...": "the ministry summoned
   Mali's envoy, a diplomatic source said", "U.S. forces conducted an air strike against
   al-Shabaab militants near Jilib, Africa Command said in a statement", "..., Patrick Muyaya,
   the government spokesman, said". The model gets most of these right with "witnesses", "the
   ministry" or "a spokesman", but up to half wrong with a named source ("Africa
   Command", "Human Rights Watch", "Ukraine's air force") and three in four with a described
   one ("NAME, TITLE,"). It hangs the source as an apposition (or conjunct) of the last noun
   before the comma, and its description there too; makes the clause's object the subject of
   "said"; or hangs "said" under the clause (``ccomp``, ``conj``, ``advcl``, ``relcl`` of its
   object). Then the act loses its object or gets the source as a target, and the source reports
   nothing. The repair rebuilds the parse the model gives when it reads the sentence right: the
   reporting verb heads the sentence (or takes the clause's place), the clause is its ``ccomp``,
   the source its ``nsubj`` (with its description as ``appos`` and the commas around it as
   ``punct``), the comma before the source its ``punct``, and a misread object goes back to the
   clause's verb as ``dobj`` (only when the clause has no object and the phrase follows its verb
   with no comma or quote between). Only when the tag closes the sentence: the source is one noun
   phrase with no punctuation, or one with its description between commas, right after the comma
   ("also", "later", "has" may stand before the verb), and after the verb come only its own
   adjuncts ("in a statement", "on Tuesday", "told [reporters]", ", citing ..."). A verb with a
   clause, an object it reports ("confirmed the deaths") or a passive of its own, a tag in
   mid-sentence ("The strike, the army said, killed ..."), a quotation, and every parse already
   right are left alone. A wire dateline that hangs off the reporting verb ("BANGKOK (Wire) -- ...,
   residents and an anti-junta group said") stays there, and a hyphen inside a word is no break.

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

3. Two actors' noun phrases joined by "and", the first ending on an actor noun: "talks between
   the Congolese government and M23 rebels", "Venezuelan government and opposition delegates",
   "Niger's junta and student protesters". The model reads nearly half of these as one phrase
   with a shared head, the first noun an ``nmod`` (or ``amod``) of the second's head, so the
   actor stage builds one actor "Congolese government M23 rebels". The repair makes the first
   noun head its phrase in the place the pair holds, the second head its ``conj``, the second
   phrase's words (``compound``, ``amod``, ``det``) its own. Only when the first noun is an actor
   by itself in the actor tables (an institution or title: "government", "army", "junta",
   "president"; a group named as a whole or in the plural: "police", "opposition",
   "authorities"; not a member noun such as "rebel" or "student") and has words of its own before
   it ("the", "Congolese", "South Sudan's"); the second head names an actor ("rebels",
   "delegates", "groups", not "positions" or "headquarters"); and the second phrase names one of
   its own (a name, "M23", "Tuareg", or an actor noun, "opposition", "student"). Shared heads
   are left as they are: a bare noun ("army and police officers", "rebel and government
   forces"), fields ("security and defence officials", "oil and gas companies"), two organs of
   one state ("military and intelligence officials", "the army and navy commanders"), a number
   counting both ("18 army and police officers"), two adjectives ("military and paramilitary
   forces").

4. A participle clause after a preposition whose subject is the preposition's object: "fired tear
   gas at protesters marching on parliament", "opened fire on villagers fleeing the fighting".
   The model reads "protesters marching ..." as a clause (``pcomp``) with "protesters" as its
   ``nsubj``, so the preposition has no object and whoever was fired at is lost. The repair makes
   the noun the preposition's ``pobj`` and the participle its ``acl``, as the model parses
   "protesters who were marching". Only after prepositions that aim an act ("at", "on", "upon",
   "against", "toward(s)", "into"), for a noun subject right before its ``-ing`` verb; "with X
   speaking by phone" (an absolute clause) is left alone. The same after a verb that acts on a crowd
   and has no object of its own ("to disperse thousands of workers marching on parliament", read as
   the clause's ``ccomp``): the noun becomes the verb's ``dobj``.

5. A wire dateline read as the lead clause's subject: "NOVI SAD (Wire) -- Serbian President Aleksandar
   Vucic accused ...", "BAMAKO (Wire) -- Gunmen abducted ...". The model makes the city the ``nsubj`` and
   the real subject an ``appos`` of it after the dash, so the lead sentence, the story's main event, has
   no doer (one lead sentence in nine of the team's test stories). The repair makes the noun after the
   dash the verb's subject and the dateline an ``npadvmod`` of the verb (it says where), keeping its dash.
   Only for a subject that has a dash among its own words and an apposition after the dash.

6. What the reporter did next read as part of the report: "The U.N. refugee agency said 3,000 people
   had crossed back into Afghanistan and appealed to Islamabad to pause removals", "the spokesman
   said officers had acted with restraint and blamed criminal gangs". The model joins the second
   verb to the reported clause (``conj`` of "crossed"), so the people appeal and the officers blame.
   When the reported clause is in the perfect ("had crossed") and the second verb is a plain past
   with no subject or auxiliary of its own, the shift of tense says it goes with "said"; in every
   such sentence of the team's test stories and VOA (17 of 17, and 2 of 2 after "denied") the
   reporter did it. The repair makes the verb a ``conj`` of the reporting verb, with its "and".
   Only for verbs of saying, asking, judging and promising ("urged", "blamed", "denied", "called",
   "warned", "announced"), which a reporter does in the same breath.

7. A counted crowd read as the sentence's root: "Hundreds of students protested in Vilnius on Monday".
   The model makes "Hundreds" the root and "protested" a participle describing the students (as in
   "students arrested in Vilnius"), so the protest has no protester and the crowd becomes its target.
   The repair makes the verb the root and the crowd its subject. Only for a root
   that counts people ("hundreds", "thousands", "a crowd") and an act a crowd does without an object
   ("protested", "marched", "rallied", "gathered"), with no passive of its own; "Hundreds of people
   killed in the floods" (a headline's passive) is left alone.

Example:
    >>> doc = nlp("The ministry summoned Mali's envoy, a diplomatic source said.")
    >>> [(t.text, t.dep_, t.head.text) for t in doc if t.text in ("envoy", "source")]
    [('envoy', 'dobj', 'summoned'), ('source', 'nsubj', 'said')]
    >>> doc = nlp("U.S. forces conducted an air strike near Jilib, Africa Command said in a statement.")
    >>> [(t.text, t.dep_, t.head.text) for t in doc if t.text in ("conducted", "Command", "said")]
    [('conducted', 'ccomp', 'said'), ('Command', 'nsubj', 'said'), ('said', 'ROOT', 'said')]
    >>> doc = nlp("Tajik President Emomali Rahmon and Kyrgyz President Sadyr Japarov signed the treaty.")
    >>> [(t.text, t.dep_, t.head.text) for t in doc if t.text in ("Rahmon", "Japarov")]
    [('Rahmon', 'nsubj', 'signed'), ('Japarov', 'conj', 'Rahmon')]
    >>> doc = nlp("Qatar hosted talks between the Congolese government and M23 rebels.")
    >>> [(t.text, t.dep_, t.head.text) for t in doc if t.text in ("government", "M23", "rebels")]
    [('government', 'pobj', 'between'), ('M23', 'compound', 'rebels'), ('rebels', 'conj', 'government')]
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import numpy
from spacy.attrs import LEMMA, LOWER
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..docutil import is_dateline_dash
from ..kb import load_kb

# How far into a sentence a wire dateline may run ("SAN JOSE, Costa Rica (Wire) --").
DATELINE_MAX_TOKENS = 10
# Reporting verbs of a closing reporting clause ("..., the ministry said").
REPORTING_LEMMAS = frozenset({"say", "tell", "add", "report", "confirm", "state"})
# Relations that make a reporting verb more than a closing tag: a clause of its own ("said it
# would"), a passive ("it was reported"), a complement.
TAG_BLOCKING_DEPS = frozenset({"ccomp", "xcomp", "csubj", "attr", "oprd", "acomp", "mark", "conj", "cc"})
PASSIVE_DEPS = frozenset({"auxpass", "nsubjpass", "csubjpass"})
# Words that may stand between the source and its reporting verb: "the army also said", "has said".
SOURCE_TO_VERB_DEPS = frozenset({"advmod", "aux", "neg"})
SOURCE_POS = frozenset({"NOUN", "PROPN", "PRON"})
# Relations the model gives a source's description ("Ali Hassan, [an army spokesman], said") when it
# hangs it in the clause before.
MISREAD_DESCRIPTION_DEPS = frozenset({"appos", "conj", "npadvmod", "dobj"})
# A clause with one of these has its object: a subject of "said" after it is a real one.
OBJECT_DEPS = frozenset({"dobj", "obj", "attr", "ccomp", "xcomp", "oprd"})

# Acts a reporter does in the same breath as the report ("said ... had ... and urged"; repair 6).
REPORTER_ACT_LEMMAS = frozenset({
    "appeal", "urge", "call", "blame", "accuse", "warn", "demand", "condemn", "criticise", "criticize",
    "praise", "welcome", "ask", "request", "vow", "pledge", "promise", "deny", "reject", "insist",
    "threaten", "announce", "add", "say", "deplore", "denounce", "reiterate", "dismiss", "refuse", "decline"})
PERFECT_AUXILIARIES = frozenset({"had", "has", "have"})
# Crowds that act without an object, whose past tense the model misreads as a participle after a
# counted crowd ("Hundreds of students protested in Vilnius"; repair 7). Verbs that take an object
# ("killed", "detained") are left out: "Hundreds of people killed in the floods" is a headline's passive.
CROWD_ACT_LEMMAS = frozenset({
    "protest", "march", "rally", "demonstrate", "gather", "riot", "assemble", "converge", "strike", "flee",
    "chant", "camp", "parade", "mass"})
COUNTED_CROWD_LEMMAS = frozenset({"hundred", "thousand", "dozen", "score", "ten", "million", "crowd", "group"})
# Verbs that report a clause, for repair 6 ("denied that its fighters had targeted civilians and
# accused the army": the denier accuses).
CLAUSE_REPORTING_LEMMAS = REPORTING_LEMMAS | {"announce", "deny", "insist", "claim", "warn", "argue", "allege",
                                              "acknowledge", "admit"}

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
# How the model hangs an actor noun before "and" off the second phrase's head when it reads the
# two as one ("government [nmod] and M23 rebels").
SHARED_HEAD_DEPS = frozenset({"nmod", "compound", "amod"})
PLURAL_TAGS = frozenset({"NNS", "NNPS"})
# Sectors of a state's own organs: two of them before one noun share it ("army and police officers").
STATE_BODY_SECTORS = frozenset({"GOV", "MIL", "COP", "SPY", "LEG", "JUD", "PTY"})
# Entity labels of a name that makes a phrase an actor of its own ("M23 rebels", "Tuareg separatists").
NAME_ENTITY_LABELS = frozenset({"ORG", "NORP", "GPE", "PERSON"})


@dataclass(frozen=True)
class ReportingTag:
    """A closing reporting clause to re-attach ("..., Africa Command said in a statement").

    ``verb`` is the reporting verb, ``clause`` the verb of the clause it reports, ``source`` the
    head of the noun phrase between ``comma`` and ``verb``; ``stolen_object`` the clause's object
    the parse made the verb's subject; ``verb_misplaced`` when the parse hangs the reporting verb
    under the clause; ``trailing`` the punctuation after the verb hanging off the clause;
    ``apposition`` the head of a description set off after the source ("Patrick Muyaya, [the
    government spokesman],") and ``source_commas`` the two commas around it.
    """

    verb: int
    clause: int
    source: int
    comma: int
    stolen_object: int | None
    verb_misplaced: bool
    trailing: tuple[int, ...]
    apposition: int | None = None
    source_commas: tuple[int, ...] = ()


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


@dataclass(frozen=True)
class NounPhrasePair:
    """Two noun phrases joined by "and" that the parse reads as one, the first head modifying the
    second ("[the Congolese government] and [M23 rebels]").

    ``first`` and ``second`` are the two heads; the pair takes the place ``second`` holds;
    ``first_words`` are the words before ``first`` that hang outside its phrase (they move to it)
    and ``second_words`` the words between "and" and ``second`` that do, each with its relation.
    """

    first: int
    second: int
    first_words: tuple[tuple[int, str], ...]
    second_words: tuple[tuple[int, str], ...]


@Language.factory("tidings_parse_repairs", requires=["token.dep"], assigns=["token.dep", "token.head"])
def make_parse_repairs(nlp: Language, name: str) -> ParseRepairs:
    return ParseRepairs(nlp)


class ParseRepairs:
    def __init__(self, nlp: Language) -> None:
        self.person_titles = person_titles()
        self.reporting_lemmas = numpy.array([nlp.vocab.strings.add(lemma) for lemma in sorted(REPORTING_LEMMAS)],
                                            dtype="uint64")
        self.actor_nouns = ActorNouns.from_kb()

    def __call__(self, doc: Doc) -> Doc:
        if not doc.has_annotation("DEP"):
            return doc
        for tag in find_misread_reporting_tags(doc, self.reporting_lemmas):
            attach_reporting_tag(doc, tag)
        conjunctions = conjunction_indices(doc)
        for name_list in find_broken_titled_name_lists(doc, self.person_titles, conjunctions):
            attach_titled_name_list(doc, name_list)
        for pair in find_misread_shared_heads(doc, self.actor_nouns, conjunctions):
            attach_noun_phrase_pair(doc, pair)
        for subject, participle in find_misread_participle_objects(doc):
            attach_participle_object(doc, subject, participle)
        for subject, participle in find_misread_handled_crowds(doc):
            attach_handled_crowd(doc, subject, participle)
        for dateline, subject in find_datelines_read_as_subjects(doc):
            attach_dateline_subject(doc, dateline, subject)
        for act, verb in find_reporters_acts_read_as_reported(doc):
            attach_reporters_act(doc, act, verb)
        for crowd, verb in find_crowd_acts_read_as_participles(doc):
            attach_crowd_act(doc, crowd, verb)
        return doc


def conjunction_indices(doc: Doc) -> list[int]:
    """The indices of the "and"s of the doc, where every list repair starts."""
    return [int(i) for i in numpy.flatnonzero(doc.to_array(LOWER) == doc.vocab.strings["and"])]


def person_titles() -> frozenset[str]:
    """Lower-case title words of one person ("king", "emir", "minister"), from the actor tables.

    Before a capitalised word they make it a name the model may not tag ("King Abdullah").
    """
    sector_words = load_kb().sector_words
    return frozenset(form.split()[-1] for form, word in sector_words.items() if word.kind == "person")


# ---------------------------------------------------------------------------------------------
# A reporting clause closing a sentence: "..., the ministry said", "..., Africa Command said"


def find_misread_reporting_tags(doc: Doc, reporting_lemmas: numpy.ndarray) -> list[ReportingTag]:
    """Each sentence-closing reporting clause ("CLAUSE, SOURCE said ...") the parse gets wrong.

    ``reporting_lemmas`` are the hashes of the reporting verbs' lemmas.
    """
    found = []
    # the reporting verbs, found over the token array (no Python object per token)
    for i in numpy.flatnonzero(numpy.isin(doc.to_array(LEMMA), reporting_lemmas)):
        tag = misread_reporting_tag(doc[int(i)])
        if tag is not None:
            found.append(tag)
    return found


def misread_reporting_tag(verb: Token) -> ReportingTag | None:
    """The re-attachment record for the reporting clause of ``verb``, or None when the sentence
    is not "CLAUSE, SOURCE VERB ..." or its parse is already right.

    The shape, all within one sentence: a clause headed by a verb; a comma; a noun phrase with
    no punctuation in it (the source), or such a phrase, a comma, its description and a comma
    ("Patrick Muyaya, the government spokesman,"); the reporting verb, only "also", "later",
    "has" and the like between; then nothing but the verb's own adjuncts ("in a statement", "on
    Tuesday", "told [reporters]") to the end. A verb with a clause of its own ("said it would"),
    a passive ("it was reported") or an object it reports ("confirmed the deaths") is no
    closing tag.
    """
    doc = verb.doc
    if verb.pos_ != "VERB" or verb.tag_ == "VBG":
        return None
    sent = verb.sent
    if any(c.dep_ in TAG_BLOCKING_DEPS or (c.dep_ == "dobj" and verb.lemma_.lower() != "tell")
           or (c.dep_ == "advcl" and c.tag_ != "VBG") for c in verb.children if c.i > verb.i):
        return None  # a clause or an object of its own: "said it would ...", "confirmed the deaths"
    if any(c.dep_ in PASSIVE_DEPS for c in verb.children):
        return None  # "it was reported"
    # the tag runs to the end of the sentence: what follows the verb is its own, or punctuation
    trailing = []
    for token in doc[verb.i + 1 : sent.end]:
        if verb not in token.ancestors:
            if not token.is_punct or any(token.children):
                return None
            trailing.append(token.i)
    # the source: the noun phrase right before the verb, after a comma, or such a phrase with its
    # description set off by commas ("..., Patrick Muyaya, the government spokesman, said")
    end = verb.i - 1
    while end > sent.start and doc[end].head == verb and doc[end].dep_ in SOURCE_TO_VERB_DEPS:
        end -= 1
    apposition = None
    source_commas: tuple[int, ...] = ()
    if doc[end].text == ",":
        described = phrase_before(doc, sent, end)
        if described is None or any(doc[end].children):
            return None
        inner_comma, apposition = described
        source_commas, end = (inner_comma, end), inner_comma - 1
    phrase = phrase_before(doc, sent, end + 1)
    if phrase is None:
        return None
    comma, source = phrase
    if comma - sent.start < 3 or source.pos_ not in SOURCE_POS:
        return None
    if source.head == verb and source.dep_ == "nsubj":
        source_misread = False
    elif source.dep_ in ("appos", "conj") and sent.start <= source.head.i < comma:
        source_misread = True  # "near Jilib, [appos: Africa Command] said"
    else:
        return None
    if apposition is not None:
        # the description hangs off the source, or where the misreading put it: in the clause
        # ("near Jilib, [appos] ...", "[npadvmod] / a second [dobj] of 'struck'") or as the verb's
        # own subject
        if apposition.pos_ not in ("NOUN", "PROPN") or not (
                apposition.head == source
                or (apposition.head == verb and apposition.dep_ == "nsubj")
                or (apposition.dep_ in MISREAD_DESCRIPTION_DEPS and sent.start <= apposition.head.i < comma)):
            return None
        source_misread = source_misread or apposition.head != source or apposition.dep_ != "appos"
    # the clause: its verb heads the sentence, or is the reporting verb's clausal complement
    root = sent.root
    if root == verb:
        clauses = [c for c in verb.children if c.dep_ == "ccomp" and c.i < comma]
        if len(clauses) != 1:
            return None
        clause, verb_misplaced = clauses[0], False
    elif root.i < comma and all(a.i < comma for a in verb.ancestors):
        clause, verb_misplaced = root, True  # "conducted [ccomp/conj/advcl: said]"
    else:
        return None
    if clause.pos_ not in ("VERB", "AUX"):
        return None
    # a subject of the reporting verb inside the clause is the clause's object ("conducted [an air
    # strike] ..., Africa Command said"), only when the clause has none and it follows the verb
    # with no comma or quote between (a real subject of "said" is set off from the clause)
    stolen = [c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.i < comma]
    if len(stolen) > 1:
        return None
    stolen_object = stolen[0] if stolen else None
    if stolen_object is not None:
        if clause.pos_ != "VERB" or stolen_object.i < clause.i \
                or any(c.dep_ in OBJECT_DEPS and c != verb for c in clause.children):
            return None
        between = doc[clause.i + 1 : stolen_object.left_edge.i]
        if any(t.is_punct or clause not in t.ancestors for t in between):
            return None
    if not (source_misread or verb_misplaced or stolen_object is not None):
        return None  # already right
    if source in verb.ancestors or (apposition is not None and apposition in source.ancestors):
        return None  # a new head inside its own subtree would make a cycle
    # nothing else of the clause may hang off the reporting verb, nor lie outside the clause (but
    # a wire dateline may: "BANGKOK (Wire) -- ... , residents said")
    dateline_end = _dateline_end(sent)
    kept = {clause.i, comma} | ({stolen_object.i} if stolen_object is not None else set())
    if any(c.i < comma and c.i not in kept and c.right_edge.i > dateline_end for c in verb.children):
        return None
    for token in doc[max(sent.start, dateline_end + 1) : comma]:
        if token != clause and clause not in token.ancestors and (
                stolen_object is None or (token != stolen_object and stolen_object not in token.ancestors)):
            return None
    return ReportingTag(
        verb=verb.i, clause=clause.i, source=source.i, comma=comma,
        stolen_object=None if stolen_object is None else stolen_object.i,
        verb_misplaced=verb_misplaced, trailing=tuple(trailing),
        apposition=None if apposition is None else apposition.i, source_commas=source_commas,
    )


def _dateline_end(sent: Span) -> int:
    """The index of the dash closing a wire dateline that opens the sentence ("BANGKOK (Wire) --"),
    or one before the sentence when there is none."""
    for token in sent[:DATELINE_MAX_TOKENS]:
        if is_dateline_dash(token) and token.i > sent.start:
            return token.i
    return sent.start - 1


def phrase_before(doc: Doc, sent: Span, end: int) -> tuple[int, Token] | None:
    """(the comma before it, its head) for the noun phrase that ends at ``end - 1`` and starts
    after a comma, with no punctuation in it but hyphens ("al-Shabaab"); None when there is no
    such phrase or its words do not hang together under one head."""
    comma = end - 1
    # (a hyphen inside a word, "anti-junta", is no break whatever its tag)
    while comma > sent.start and not (doc[comma].is_punct and doc[comma].tag_ != "HYPH" and not (
            doc[comma].text == "-" and not doc[comma].whitespace_ and not doc[comma - 1].whitespace_)):
        comma -= 1
    if comma == end - 1 or doc[comma].text != "," or any(doc[comma].children):
        return None
    outside = [t for t in doc[comma + 1 : end] if not comma < t.head.i < end or t.head == t]
    return (comma, outside[0]) if len(outside) == 1 else None


def attach_reporting_tag(doc: Doc, tag: ReportingTag) -> None:
    """Re-attach the tag: the reporting verb heads the sentence (or takes the clause's place), the
    clause is its ``ccomp``, the source its ``nsubj``, a misread object the clause's ``dobj``.

    Each new head is given its own final head first, so no step makes a cycle; a clause verb that
    was the root has the reporting verb as a second root for one step, then hangs off it.
    """
    verb, clause, source, comma = doc[tag.verb], doc[tag.clause], doc[tag.source], doc[tag.comma]
    if tag.stolen_object is not None:
        stolen = doc[tag.stolen_object]
        stolen.head, stolen.dep_ = clause, "dobj"
    source.head, source.dep_ = verb, "nsubj"
    comma.head, comma.dep_ = verb, "punct"
    if tag.apposition is not None:
        doc[tag.apposition].head, doc[tag.apposition].dep_ = source, "appos"
    for i in tag.source_commas:
        doc[i].head, doc[i].dep_ = source, "punct"
    if tag.verb_misplaced:
        if clause.head == clause:
            verb.head, verb.dep_ = verb, "ROOT"
        else:
            verb.head, verb.dep_ = clause.head, clause.dep_
        clause.head, clause.dep_ = verb, "ccomp"
    for i in tag.trailing:
        doc[i].head, doc[i].dep_ = verb, "punct"


# ---------------------------------------------------------------------------------------------
# Lists of titled names: "Tajik President Emomali Rahmon and Kyrgyz President Sadyr Japarov"


def find_broken_titled_name_lists(doc: Doc, titles: frozenset[str] = frozenset(),
                                  conjunctions: list[int] | None = None) -> list[TitledNameList]:
    """Each list of titled person names whose parse does not make the later names conjuncts.

    ``titles`` are title words after which a capitalised word is a name even untagged;
    ``conjunctions`` the indices of the "and"s, when the caller has them.
    """
    if not doc.has_annotation("DEP") or not doc.has_annotation("ENT_IOB"):
        return []
    if conjunctions is None:
        # the "and"s, found over the token array (no Python object per token)
        conjunctions = conjunction_indices(doc)
    found = []
    for i in conjunctions:
        conjunction = doc[i]
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


# ---------------------------------------------------------------------------------------------
# Two noun phrases read as one: "the Congolese government and M23 rebels"


@dataclass(frozen=True)
class ActorNouns:
    """Nouns the actor tables know, for telling two actors from one shared head.

    ``standalone`` name an actor by themselves, so that "the government and X" is two phrases:
    an institution ("government", "army", "junta"), a title ("president"), a group named as a
    whole ("police", "opposition") or in the plural ("authorities", "rebels"); not a singular
    member noun ("rebel", "student"), which before "and" is a modifier ("rebel and government
    forces"). ``heads`` (and plural nouns with ``agent_suffixes``) head an actor's phrase
    ("rebels", "delegates", "groups").
    """

    standalone: frozenset[str]
    heads: frozenset[str]
    agent_suffixes: tuple[str, ...]
    things: frozenset[str]
    sectors: Mapping[str, str | None]

    @classmethod
    def from_kb(cls) -> ActorNouns:
        kb = load_kb()
        words = {form: word for form, word in kb.sector_words.items() if " " not in form and word.kind != "equipment"}
        standalone = {form for form, word in words.items()
                      if word.kind in ("organisation", "person") or not has_listed_plural(form, words)}
        agents = kb.rules.get("agent_nouns", {}) or {}
        heads = set(words) | {str(word) for word in agents.get("words", ()) or ()}
        suffixes = tuple(str(suffix) for suffix in agents.get("suffixes", ()) or ())
        # what a force has, not who it is ("headquarters", "stations"), whatever its ending
        things = {str(word) for word in (kb.rules.get("force_nouns", {}) or {}).get("words", ()) or ()}
        return cls(standalone=frozenset(standalone), heads=frozenset(heads), agent_suffixes=suffixes,
                   things=frozenset(things), sectors={form: word.sector for form, word in words.items()})

    def heads_actor(self, token: Token) -> bool:
        """Whether the noun can head an actor's phrase ("rebels", "delegates", "officers")."""
        lower = token.lower_
        if lower in self.things:
            return False
        return lower in self.heads or token.lemma_.lower() in self.heads or (
            token.tag_ in PLURAL_TAGS and lower.endswith(self.agent_suffixes))

    def is_state_body(self, token: Token) -> bool:
        """Whether the word names an organ of a state ("army", "police", "intelligence", "party")."""
        return self.sectors.get(token.lower_) in STATE_BODY_SECTORS


def has_listed_plural(form: str, words: dict) -> bool:
    """Whether the table lists a plural of the singular ``form`` ("rebel": "rebels")."""
    plurals = {form + "s", form + "es"}
    if form.endswith("y"):
        plurals.add(form[:-1] + "ies")
    if form.endswith("man"):
        plurals.add(form[:-3] + "men")
    return any(plural in words for plural in plurals)


def find_misread_shared_heads(doc: Doc, nouns: ActorNouns, conjunctions: list[int]) -> list[NounPhrasePair]:
    """Each "X and Y Z" whose parse makes the actor noun X a modifier of Z (shared head) when X
    heads a phrase of its own. ``conjunctions`` are the indices of the "and"s."""
    found = []
    for i in conjunctions:
        pair = misread_shared_head(doc, i, nouns)
        if pair is not None:
            found.append(pair)
    return found


def misread_shared_head(doc: Doc, conjunction: int, nouns: ActorNouns) -> NounPhrasePair | None:
    """The re-attachment record for the "and" at ``conjunction``, or None when the phrase is not
    two actors read as one.

    Two actors: the word before "and" names an actor by itself and has words of its own before
    it ("the", "Congolese", "South Sudan's"); the shared head names an actor too ("rebels",
    "delegates"). A bare noun ("army and police officers", "rebel and government forces"), a
    number counting both ("18 army and police officers"), two adjectives ("military and
    paramilitary personnel") or a head that names no actor ("the army and police stations") share
    their head, as the model reads them.
    """
    if conjunction == 0 or doc[conjunction].tag_ != "CC":
        return None
    first = doc[conjunction - 1]
    second = first.head
    if first.lower_ not in nouns.standalone or first.dep_ not in SHARED_HEAD_DEPS or doc[conjunction].head != first:
        return None
    if second.i <= conjunction + 1 or second.head == second or second.pos_ not in ("NOUN", "PROPN"):
        return None
    if not nouns.heads_actor(second):
        return None
    next_word = doc[conjunction + 1]
    if first.tag_ == "JJ" and next_word.tag_ == "JJ" and next_word.head in (first, second) \
            and next_word.ent_type_ not in ("NORP", "ORG", "GPE"):
        return None  # "military and paramilitary personnel": two adjectives of one noun
    # the second phrase names an actor of its own: a name ("M23", "Tuareg") or an actor noun
    # ("opposition", "student"), not a field ("security and defence officials"), and not a second
    # organ of the same state ("army and police officers", "military and intelligence officials")
    modifiers = [t for t in doc[conjunction + 1 : second.i] if t.tag_ not in ("DT", "PRP$")]
    if modifiers:
        named = [t for t in modifiers if not t.is_lower and (t.pos_ == "PROPN" or t.ent_type_ in NAME_ENTITY_LABELS)]
        actor_words = [t for t in modifiers if t.lower_ in nouns.sectors]
        if not named and not actor_words:
            return None
        if not named and nouns.is_state_body(first) and all(nouns.is_state_body(t) for t in actor_words):
            return None
    start = second.left_edge.i
    if start == first.i:
        return None  # a bare noun shares the head: "army and police officers"
    if any(t.tag_ == "CD" for t in doc[start : first.i]):
        return None  # "18 army and police officers": the number counts both
    first_words = []
    for token in doc[start : first.i]:
        if start <= token.head.i < first.i:
            continue
        if token.head != first and (token.head != second or token.right_edge.i >= first.i):
            return None
        if token.head == second:
            first_words.append((token.i, token.dep_))
    second_words = []
    for token in doc[conjunction + 1 : second.i]:
        if conjunction < token.head.i <= second.i:
            continue
        if token.head != first or token.left_edge.i <= conjunction or token.right_edge.i >= second.i:
            return None
        second_words.append((token.i, modifier_relation(token)))
    # nothing else may hang off the first noun past the "and"
    if any(c.i > conjunction and c.i not in {i for i, _ in second_words} for c in first.children):
        return None
    return NounPhrasePair(first=first.i, second=second.i, first_words=tuple(first_words),
                          second_words=tuple(second_words))


def attach_noun_phrase_pair(doc: Doc, pair: NounPhrasePair) -> None:
    """Re-attach the pair: the first head takes the second's place, the second is its ``conj``,
    and each member's words hang off their own head. The first head leaves the second's subtree
    before the second is put under it, so no step makes a cycle."""
    first, second = doc[pair.first], doc[pair.second]
    first.head, first.dep_ = second.head, second.dep_
    second.head, second.dep_ = first, "conj"
    for i, relation in pair.first_words:
        doc[i].head, doc[i].dep_ = first, relation
    for i, relation in pair.second_words:
        doc[i].head, doc[i].dep_ = second, relation


def modifier_relation(token: Token) -> str:
    """The relation a word before a noun has to it when the model parses the phrase right."""
    if token.tag_ == "DT":
        return "det"
    if token.tag_ == "CD":
        return "nummod"
    if token.tag_ == "PRP$" or any(c.tag_ == "POS" for c in token.children):
        return "poss"
    if token.tag_ in ("JJ", "JJR", "JJS"):
        return "amod"
    return "compound"


# Prepositions that aim an act at someone: "fired at protesters marching ...".
AIMING_PREPOSITIONS = frozenset({"at", "on", "upon", "against", "toward", "towards", "into"})
# Verbs that act on a crowd in motion, whose object the model reads as the subject of a clause
# ("to disperse thousands of workers marching on parliament"; repair 4).
HANDLING_LEMMAS = frozenset({"disperse", "scatter", "repel", "block", "stop", "halt", "push", "drive", "chase",
                             "attack", "beat", "arrest", "detain", "shoot", "tear-gas", "confront", "surround"})


def find_misread_participle_objects(doc: Doc) -> list[tuple[int, int]]:
    """(subject, participle) pairs of ``-ing`` clauses read as a preposition's ``pcomp`` whose noun
    subject is really the preposition's object ("at [protesters] marching on parliament")."""
    found = []
    for token in doc:
        if token.dep_ != "pcomp" or token.tag_ != "VBG" or token.head.dep_ != "prep" \
                or token.head.lower_ not in AIMING_PREPOSITIONS:
            continue
        subject = next((c for c in token.children if c.dep_ == "nsubj" and c.i < token.i), None)
        if subject is not None and subject.pos_ in ("NOUN", "PROPN") and subject.right_edge.i == token.i - 1:
            found.append((subject.i, token.i))
    return found


def find_misread_handled_crowds(doc: Doc) -> list[tuple[int, int]]:
    """(subject, participle) pairs of ``-ing`` clauses read as the complement (``ccomp``, ``dobj``) of a
    verb that acts on a crowd, whose noun subject is really the verb's object ("to disperse [workers] marching on
    parliament"), when the verb has no object of its own."""
    found = []
    for token in doc:
        if token.dep_ not in ("ccomp", "dobj", "xcomp") or token.tag_ != "VBG" \
                or token.head.lemma_.lower() not in HANDLING_LEMMAS:
            continue
        if any(c.dep_ in ("aux", "auxpass") for c in token.children) or \
                any(c.dep_ in ("dobj", "obj") and c != token for c in token.head.children):
            continue
        subject = next((c for c in token.children if c.dep_ == "nsubj" and c.i < token.i), None)
        if subject is not None and subject.pos_ in ("NOUN", "PROPN") and subject.right_edge.i == token.i - 1:
            found.append((subject.i, token.i))
    return found


def attach_handled_crowd(doc: Doc, subject_index: int, participle_index: int) -> None:
    """The noun becomes the verb's object, the participle a clause describing it (no cycle: the noun
    leaves the participle's subtree first)."""
    subject, participle = doc[subject_index], doc[participle_index]
    subject.head, subject.dep_ = participle.head, "dobj"
    participle.head, participle.dep_ = subject, "acl"


def attach_participle_object(doc: Doc, subject_index: int, participle_index: int) -> None:
    """The noun becomes the preposition's object, the participle a clause describing it. The noun
    leaves the participle's subtree before the participle goes under it, so no step makes a cycle."""
    subject, participle = doc[subject_index], doc[participle_index]
    subject.head, subject.dep_ = participle.head, "pobj"
    participle.head, participle.dep_ = subject, "acl"


def find_datelines_read_as_subjects(doc: Doc) -> list[tuple[int, int]]:
    """(dateline, subject) pairs: a subject with a dash of its own ("NOVI SAD (Wire) --") and the real
    subject hanging off it as an apposition after the dash."""
    found = []
    for token in doc:
        if token.dep_ not in ("nsubj", "nsubjpass"):
            continue
        dashes = [c.i for c in token.children if c.dep_ == "punct" and is_dateline_dash(c)]
        if not dashes:
            continue
        subject = next((c for c in token.children if c.dep_ == "appos" and c.i > max(dashes)), None)
        if subject is not None and subject.pos_ in ("NOUN", "PROPN", "PRON"):
            found.append((token.i, subject.i))
    return found


def attach_dateline_subject(doc: Doc, dateline_index: int, subject_index: int) -> None:
    """The noun after the dash takes the dateline's place as subject; the dateline says where (an
    ``npadvmod`` of the same verb). The subject leaves the dateline's subtree, so no cycle."""
    dateline, subject = doc[dateline_index], doc[subject_index]
    subject.head, subject.dep_ = dateline.head, dateline.dep_
    dateline.dep_ = "npadvmod"


def find_reporters_acts_read_as_reported(doc: Doc) -> list[tuple[int, int]]:
    """(act, reporting verb) pairs: a plain past verb of saying joined to a reported clause in the
    perfect ("said [people] had crossed ... and appealed"), with no subject or auxiliary of its own."""
    found = []
    for token in doc:
        if token.dep_ != "conj" or token.tag_ != "VBD" or token.lemma_.lower() not in REPORTER_ACT_LEMMAS:
            continue
        if any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in token.children):
            continue
        clause = token.head
        if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in CLAUSE_REPORTING_LEMMAS:
            continue
        if any(c.dep_ == "aux" and c.lower_ in PERFECT_AUXILIARIES for c in clause.children):
            found.append((token.i, clause.head.i))
    return found


def attach_reporters_act(doc: Doc, act_index: int, verb_index: int) -> None:
    """The act becomes a ``conj`` of the reporting verb, and the "and" (with a comma) before it moves
    along. The act leaves the clause, which hangs under the verb, so no cycle."""
    act, verb = doc[act_index], doc[verb_index]
    clause = act.head
    for child in list(clause.children):
        if child.dep_ in ("cc", "punct") and child.i < act.i and not any(
                t.head.i == clause.i and t.dep_ not in ("cc", "punct") for t in doc[child.i + 1:act.i]):
            child.head = verb
    act.head, act.dep_ = verb, "conj"


def find_crowd_acts_read_as_participles(doc: Doc) -> list[tuple[int, int]]:
    """(crowd, verb) pairs: a sentence whose root is a counted crowd ("Hundreds of students") with
    a crowd's act hanging off it as a participle (``acl``) and no passive of its own."""
    found = []
    for sent in doc.sents:
        root = sent.root
        if root.pos_ != "NOUN" or root.lemma_.lower() not in COUNTED_CROWD_LEMMAS:
            continue
        verb = next((c for c in root.children if c.dep_ == "acl" and c.i > root.i and c.tag_ in ("VBN", "VBD")
                     and c.lemma_.lower() in CROWD_ACT_LEMMAS), None)
        if verb is not None and not any(c.dep_ in PASSIVE_DEPS or c.dep_ == "agent" for c in verb.children):
            found.append((root.i, verb.i))
    return found


def attach_crowd_act(doc: Doc, crowd_index: int, verb_index: int) -> None:
    """The verb heads the sentence in the crowd's place and the crowd becomes its subject. The verb
    leaves the crowd's subtree before the crowd goes under it, so no step makes a cycle."""
    crowd, verb = doc[crowd_index], doc[verb_index]
    verb.head, verb.dep_ = verb, "ROOT"
    crowd.head, crowd.dep_ = verb, "nsubj"
