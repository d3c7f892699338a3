"""The quotes stage: direct and indirect quotations, attributed to the actor who spoke.

Direct quotations are found in the text by their marks (straight and curly double marks, curly
or straight single marks used British-style, with apostrophes told apart), one paragraph at a
time: a quotation left open at the end of a paragraph runs to its end, as news style does for
quotations over several paragraphs. A quotation inside another one is part of the outer one.

Each quotation is then attributed through a speech verb (``data/quotes/speech_verbs.tsv``):
the verb the quotation hangs from in the parse ("“…,” the Russian leader said"), else a speech
verb or "according to" in the same sentence, else a sentence ending in a colon just before
("X said: “…”"), else an attribution the parser cut off after it ("“….” she said"). A quotation
that starts a sentence right after another one, with no attribution of its own, continues the
previous speaker; one running over several paragraphs takes the attribution of its last part.
The speaker is the verb's subject, resolved to an actor through ``doc._.actor_spans``; "he",
"she" and "it" left unresolved by the actors stage go to the speaker just quoted or the actor of
the right kind last named as a subject nearby (``data/quotes/cues.yaml``). A subject that is no
actor (an unnamed spokesman, "experts") or stands for several gives ``speaker: null`` rather than
a guess.

Indirect speech ("X said (that) Y", "Y, according to X") is kept as kind "indirect", with the
reported clause as text, unless direct quotations make up most of that clause.

Scare quotes (one to three words inside a sentence: “justice”) belong to the speaker of their
sentence's speech verb; without one, those of one or two words are dropped.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy
import yaml
from spacy.attrs import IDX
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import registry

from ..docutil import actor_ref, actors_by_id, actors_by_token

DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "quotes"

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# Dependencies to climb from a speech verb without a subject to the verb that has it:
# "X was quoted as saying", "X went on to say", "adding that ...".
CLIMB_DEPS = frozenset({"xcomp", "advcl", "conj", "pcomp", "prep", "ccomp"})
NAME_DEPS = frozenset({"compound", "appos", "flat", "amod", "poss"})
ENDS = frozenset({".", "!", "?", "…"})  # a sentence's last stop, left out of a reported clause
CLAUSE_EDGE = frozenset({"that", ",", ":", ";", "-", "–", "—", '"', "“", "”", "‘", "’", "'", "«", "»"})
CLAUSE_TAIL = CLAUSE_EDGE | ENDS


# --------------------------------------------------------------------------- the cues


@dataclass(frozen=True)
class QuoteCues:
    """The word lists the stage reads, loaded once from ``data/quotes``."""

    speech_verbs: dict[str, tuple[str, bool]]  # lemma -> (particle it needs or "", reports indirect speech)
    according_to: tuple[str, ...]
    pronouns: dict[str, frozenset[str]]  # subject pronoun -> the kinds of actor it can stand for
    pronoun_window: int  # sentences to look back for what a pronoun stands for
    speaker_window: int  # sentences over which a pronoun still means the speaker just quoted
    scare_words_max: int
    drop_unattributed_max: int


@functools.cache
def load_cues(data_dir: Path = DATA_DIR) -> QuoteCues:
    """Read the quote tables once per process."""
    verbs: dict[str, tuple[str, bool]] = {}
    lines = (data_dir / "speech_verbs.tsv").read_text(encoding="utf-8").splitlines()
    rows = [line.split("\t") for line in lines if line.strip() and not line.startswith("#")]
    for lemma, particle, indirect in rows[1:]:
        verbs[lemma] = (particle, indirect.strip() == "yes")
    cues = yaml.safe_load((data_dir / "cues.yaml").read_text(encoding="utf-8"))
    return QuoteCues(
        speech_verbs=verbs,
        according_to=tuple(cues["according_to"]),
        pronouns={word: frozenset(kinds) for word, kinds in cues["pronouns"].items()},
        pronoun_window=int(cues["pronoun_window"]),
        speaker_window=int(cues["speaker_window"]),
        scare_words_max=int(cues["scare_words_max"]),
        drop_unattributed_max=int(cues["drop_unattributed_max"]),
    )


@registry.misc("tidings.quote_cues.v1")
def quote_cues_v1() -> QuoteCues:
    """The speech verbs and cue words shipped in ``tidings/data/quotes``."""
    return load_cues()


# --------------------------------------------------------------------------- quotation marks


@dataclass(frozen=True)
class Quoted:
    """A passage between quotation marks, as character offsets into the text."""

    open: int  # offset of the opening mark
    close: int  # offset just past the closing mark (the paragraph end if left open)
    start: int  # the quoted text, without the marks
    end: int
    comma: bool  # the passage ends with a comma inside the marks: an attribution follows
    closed: bool = True  # False when it runs to the end of its paragraph (continued in the next one)


DOUBLE_MARKS = re.compile(r"[“”\"«»„]")
OPENING_DOUBLE = "“«„"
CLOSING_MARKS = frozenset({"”", "’", "\"", "'", "»"})
CLOSING_DOUBLE = "”»"
# A single mark opens after a space, a bracket, a dash or a double mark, before a non-space;
# it closes after a non-space, before a space, punctuation or the end of the paragraph.
OPENING_SINGLE = re.compile(r"(?:^|(?<=[\s(\[{“\"—–-]))([‘'])(?=[^\s'’‘])")
CLOSING_SINGLE = re.compile(r"(?<=\S)([’'])(?=$|[\s.,;:!?)\]}”\"—–-])")
PARAGRAPH_BREAK = re.compile(r"\n\s*")
# An opening-looking mark that is an elision: ’90s, 'em, 'til, rock 'n' roll.
ELISION = re.compile(r"(?:\d\ds?|em|til|tis|twas|n|cause|bout)\b", re.IGNORECASE)


def find_quoted(text: str) -> list[Quoted]:
    """Every outermost quoted passage of ``text``, in order.

    >>> text = 'He said “no”.'
    >>> [text[q.start : q.end] for q in find_quoted(text)]
    ['no']
    """
    spans: list[tuple[int, int, bool]] = []  # (open mark, close mark or paragraph end, closed)
    offset = 0
    for paragraph in text.split("\n"):
        doubles = list(_double_quoted(paragraph))
        spans.extend((offset + a, offset + b, closed) for a, b, closed in doubles)
        for a, b in _single_quoted(paragraph):
            # A single-quoted passage crossing a double-quoted one is a misreading of apostrophes.
            if not any(a < da < b < db or da < a < db < b for da, db, _ in doubles):
                spans.append((offset + a, offset + b, True))
        offset += len(paragraph) + 1
    spans.sort(key=lambda s: (s[0], -s[1]))
    outermost: list[tuple[int, int, bool]] = []
    for span in spans:
        if outermost and span[0] < outermost[-1][1]:
            continue  # nested (or crossing) inside the previous passage: part of it
        outermost.append(span)
    found = []
    for a, b, closed in outermost:
        start, end = a + 1, b
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        comma = end > start and text[end - 1] == ","
        if comma:
            end -= 1
        if any(ch.isalnum() for ch in text[start:end]):
            found.append(Quoted(a, b + 1 if closed else b, start, end, comma, closed))
    return found


def _double_quoted(paragraph: str) -> Iterator[tuple[int, int, bool]]:
    opened: int | None = None
    for mark in DOUBLE_MARKS.finditer(paragraph):
        i, ch = mark.start(), mark.group()
        if ch in OPENING_DOUBLE:
            opening = True
        elif ch in CLOSING_DOUBLE:
            opening = False
        else:  # a straight mark: it opens when nothing is open and a word follows
            after = paragraph[i + 1 : i + 2]
            opening = opened is None and after != "" and not after.isspace()
            if opened is None and not opening:
                continue  # a stray closing mark
        if opening:
            opened = i  # an opener while one is open: the earlier one was never closed
        elif opened is not None:
            yield opened, i, True
            opened = None
    if opened is not None:
        yield opened, len(paragraph.rstrip()), False


def _single_quoted(paragraph: str) -> Iterator[tuple[int, int]]:
    closers = [(m.start(), m.group(1)) for m in CLOSING_SINGLE.finditer(paragraph)]
    taken_until = -1
    for match in OPENING_SINGLE.finditer(paragraph):
        i, mark = match.start(1), match.group(1)
        if i < taken_until or ELISION.match(paragraph, i + 1):
            continue
        partner = "’" if mark == "‘" else "'"
        close = None
        for j, ch in closers:
            if j <= i + 1 or ch != partner:
                continue
            if _is_possessive(paragraph, j):
                continue  # "the ministers’ meeting": an apostrophe, not the end of the quotation
            close = j
            break
        if close is not None:
            yield i, close
            taken_until = close


def _is_possessive(paragraph: str, j: int) -> bool:
    """A mark after a plural "s" and before a lower-case word is a plural possessive."""
    return paragraph[j - 1] == "s" and paragraph[j + 1 : j + 2] == " " and paragraph[j + 2 : j + 3].islower()


# --------------------------------------------------------------------------- attribution


@dataclass
class QuoteRecord:
    text: str
    start: int
    end: int
    kind: str
    speaker: dict | None = None
    attributed: bool = False  # a speech verb or another quotation attributes it (the speaker may be unknown)
    open_ended: bool = False  # the passage runs on into the next paragraph

    def as_dict(self) -> dict:
        """The record as a plain dict shaped like :class:`tidings.schema.Quote`."""
        return {"speaker": self.speaker, "text": self.text, "start": self.start, "end": self.end, "kind": self.kind}


class QuoteFinder:
    """Finds and attributes quotations in a Doc; built once per pipeline."""

    def __init__(self, nlp: Language, cues: QuoteCues) -> None:
        self.cues = cues
        # A PhraseMatcher on lemmas is many times faster than a Matcher with an IN predicate.
        self.verbs = PhraseMatcher(nlp.vocab, attr="LEMMA")
        lemmas = sorted(cues.speech_verbs)
        self.verbs.add("SPEECH", [Doc(nlp.vocab, words=[lemma], lemmas=[lemma]) for lemma in lemmas])
        self.according = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.according.add("ACCORDING", [nlp.make_doc(phrase) for phrase in cues.according_to])

    def __call__(self, doc: Doc) -> Doc:
        doc._.quotes = [record.as_dict() for record in self.find(doc)]
        return doc

    def find(self, doc: Doc) -> list[QuoteRecord]:
        """Every direct and indirect quotation of the Doc, in text order."""
        reader = _DocReader(doc, self)
        records = reader.direct() + reader.indirect()
        return sorted(records, key=lambda r: r.start)


class _DocReader:
    """One Doc's speech verbs, quotations and sentences, for attributing quotations."""

    def __init__(self, doc: Doc, finder: QuoteFinder) -> None:
        self.doc = doc
        self.cues = finder.cues
        self.text = doc.text  # Doc.text joins every token each time it is read: read it once
        self.sent_starts = _sentence_starts(doc, self.text)
        ends = self.sent_starts[1:] + [len(doc)]
        self.sents: list[Span] = [doc[a:b] for a, b in zip(self.sent_starts, ends)]
        self.actor_index = actors_by_token(doc)
        self.actors = actors_by_id(doc)
        self.speech: list[Token] = [doc[s] for _k, s, _e in finder.verbs(doc) if self._is_speech(doc[s])]
        # "according to X": keep the "to" token, whose object is the source.
        self.sources: list[Token] = [doc[e - 1] for _k, _s, e in finder.according(doc)]
        self.quoted = find_quoted(self.text)
        self.quote_tokens: list[tuple[int, int]] = []  # token ranges of the passages, marks included
        for quoted in self.quoted:
            span = doc.char_span(quoted.open, quoted.close, alignment_mode="expand")
            self.quote_tokens.append((span.start, span.end) if span is not None else (0, 0))
        self._range_starts = [a for a, _b in self.quote_tokens]

    def _has_particle(self, verb: Token) -> bool:
        particle = self.cues.speech_verbs.get(verb.lemma_, ("", True))[0]
        return not particle or any(c.dep_ == "prt" and c.lower_ == particle for c in verb.children)

    # -- helpers

    def sent_index(self, i: int) -> int:
        return bisect.bisect_right(self.sent_starts, i) - 1

    def in_quote(self, i: int) -> int | None:
        """The number of the quoted passage token ``i`` lies in, if any."""
        k = bisect.bisect_right(self._range_starts, i) - 1
        if k >= 0 and self.quote_tokens[k][0] <= i < self.quote_tokens[k][1]:
            return k
        return None

    def words(self, text: str) -> int:
        return len(text.split())

    # -- direct quotations

    def direct(self) -> list[QuoteRecord]:
        records: list[QuoteRecord] = []
        previous: tuple[QuoteRecord, int] | None = None  # the last kept quotation and its last sentence
        for k, quoted in enumerate(self.quoted):
            q_start, q_end = self.quote_tokens[k]
            if q_end <= q_start:
                continue
            text = self.text[quoted.start : quoted.end]
            record = QuoteRecord(text, quoted.start, quoted.end, "direct", open_ended=not quoted.closed)
            first_sent, last_sent = self.sent_index(q_start), self.sent_index(q_end - 1)
            scare = self.words(text) <= self.cues.scare_words_max and not self._starts_sentence(q_start)
            verb = self._verb_above(q_start, q_end) or self._verb_near(k, first_sent, last_sent)
            if verb is None and not scare:
                # A comma before the closing mark, or a lower-case word after it, announces the
                # attribution even when the parser put it in a sentence of its own ("“….” she said").
                announced = quoted.comma or self.text[quoted.close : quoted.close + 20].lstrip()[:1].islower()
                verb = self._verb_before(q_start, first_sent) or (self._verb_after(q_end) if announced else None)
            if verb is not None:
                record.attributed = True
                record.speaker = self.speaker_of(verb, previous)
            elif not scare and previous is not None and previous[0].attributed \
                    and self._starts_sentence(q_start) and first_sent <= previous[1] + 1:
                record.attributed, record.speaker = True, previous[0].speaker  # the speaker goes on
            short = self.words(text) <= self.cues.drop_unattributed_max
            if scare and record.speaker is None and (short or _is_title(text)):
                continue  # an unattributed scare quote, or the name of a show or a book
            records.append(record)
            if not scare:
                previous = (record, last_sent)
        # A quotation running over several paragraphs is attributed at its last part.
        for record, following in reversed(list(zip(records, records[1:]))):
            if record.open_ended and not record.attributed and following.attributed \
                    and not self.text[record.end : following.start].strip(" \t\n“\"«‘'"):
                record.attributed, record.speaker = True, following.speaker
        return records

    def _starts_sentence(self, q_start: int) -> bool:
        """Whether a passage opens its sentence (only marks or brackets before it)."""
        sent = self.sents[self.sent_index(q_start)]
        return all(t.is_punct or t.is_space for t in self.doc[sent.start : q_start])

    def _verb_above(self, q_start: int, q_end: int) -> Token | None:
        """The speech verb the passage hangs from in the parse: "“…,” X said", "X called for “justice”"."""
        doc = self.doc
        for token in doc[q_start:q_end]:
            if token.is_punct or q_start <= token.head.i < q_end:
                continue
            ancestor = token.head
            for _ in range(12):
                if self.in_quote(ancestor.i) is None and self._is_speech(ancestor):
                    return ancestor
                if ancestor.head.i == ancestor.i:
                    break
                ancestor = ancestor.head
        return None

    def _verb_near(self, k: int, first_sent: int, last_sent: int) -> Token | None:
        """The speech verb or "according to" nearest the passage, in its own sentences, outside quotations."""
        start, end = self.sents[first_sent].start, self.sents[last_sent].end
        q_start, q_end = self.quote_tokens[k]
        best, best_distance = None, None
        for token in self.speech + self.sources:
            if not start <= token.i < end or self.in_quote(token.i) is not None:
                continue
            distance = q_start - token.i if token.i < q_start else token.i - q_end
            if best_distance is None or distance < best_distance:
                best, best_distance = token, distance
        return best

    def _verb_before(self, q_start: int, first_sent: int) -> Token | None:
        """"X said:" ending the sentence before the passage."""
        if first_sent == 0 or not self._ends_with_colon(first_sent - 1):
            return None
        sent = self.sents[first_sent - 1]
        verbs = [t for t in self.speech if sent.start <= t.i < sent.end and self.in_quote(t.i) is None]
        return verbs[-1] if verbs else None

    def _ends_with_colon(self, s: int) -> bool:
        tokens = [t for t in self.sents[s] if not t.is_space]
        return bool(tokens) and tokens[-1].text == ":"

    def _verb_after(self, q_end: int) -> Token | None:
        """"“…,” he said." cut off into its own sentence by the parser."""
        if q_end >= len(self.doc):
            return None
        sent = self.sents[self.sent_index(q_end)]
        verbs = [t for t in self.speech if q_end <= t.i < min(sent.end, q_end + 8) and self.in_quote(t.i) is None]
        return verbs[0] if verbs else None

    def _is_speech(self, token: Token) -> bool:
        return token.lemma_ in self.cues.speech_verbs and token.pos_ in {"VERB", "AUX"} and self._has_particle(token)

    # -- speakers

    def subject_of(self, verb: Token) -> Token | None:
        """Who speaks: the verb's subject, or the source after "according to"."""
        if verb.lower_ in {"to", "by", "of"}:  # the last token of an "according to"-like phrase
            return next((c for c in verb.children if c.dep_ == "pobj"), None) or _noun_after(verb)
        token = verb
        for _ in range(3):
            subject = next((c for c in token.children if c.dep_ in SUBJECT_DEPS), None)
            if subject is not None:
                return subject
            if token.dep_ not in CLIMB_DEPS or token.head.i == token.i:
                return None
            token = token.head
        return None

    def speaker_of(self, verb: Token, previous: tuple[QuoteRecord, int] | None = None) -> dict | None:
        """The actor who speaks through ``verb``; ``previous`` is the last quotation and its last sentence."""
        subject = self.subject_of(verb)
        if subject is None:
            return None
        actor_id = self.actor_at(subject)
        kinds = self.cues.pronouns.get(subject.lower_)
        # A capital "He" inside a sentence is a name ("“…,” He Yadong told reporters"), not a pronoun.
        # Only an active subject: "it was reported that ..." names no one.
        if actor_id is None and kinds and subject.dep_ == "nsubj" and (subject.text.islower() or subject.is_sent_start):
            actor_id = self.antecedent(subject, kinds, previous)
        if actor_id is None or actor_id not in self.actors:
            return None
        return actor_ref(self.actors[actor_id])

    def actor_at(self, subject: Token) -> str | None:
        """The one actor a subject names: the head, else its name parts ("spokesperson Mao Ning")."""
        ids = self.actor_index.get(subject.i)
        if not ids:
            for child in subject.children:
                if child.dep_ in NAME_DEPS and self.actor_index.get(child.i):
                    ids = self.actor_index[child.i]
                    break
        return ids[0] if ids and len(ids) == 1 else None

    def antecedent(self, pronoun: Token, kinds: frozenset[str], previous: tuple[QuoteRecord, int] | None) -> str | None:
        """What "he", "she" or "it" stands for: the speaker just quoted, else the last actor of the
        right kind named as a subject nearby, else the only one named nearby."""
        here = self.sent_index(pronoun.i)
        if previous is not None and previous[0].speaker is not None and here - previous[1] <= self.cues.speaker_window:
            if self.actors.get(previous[0].speaker["id"], {}).get("kind") in kinds:
                return previous[0].speaker["id"]
        window_start = self.sents[max(here - self.cues.pronoun_window, 0)].start
        named: list[tuple[int, int, str]] = sorted(
            (start, end, actor_id)
            for start, end, actor_id in self.doc._.actor_spans or ()
            if window_start <= start < pronoun.i and self.actors.get(actor_id, {}).get("kind") in kinds
        )
        subjects = [actor_id for start, end, actor_id in named if self.doc[start:end].root.dep_ in SUBJECT_DEPS]
        if subjects:
            return subjects[-1]
        if len({actor_id for _s, _e, actor_id in named}) == 1:
            return named[-1][2]
        return None

    # -- indirect speech

    def indirect(self) -> list[QuoteRecord]:
        records = []
        for verb in self.speech:
            if not self.cues.speech_verbs[verb.lemma_][1] or self.in_quote(verb.i) is not None:
                continue
            clause = self._reported_clause(verb)
            if clause is not None:
                records.append(self._indirect_record(verb, clause))
        for source in self.sources:
            if self.in_quote(source.i) is None:
                clause = self._according_clause(source)
                if clause is not None:
                    records.append(self._indirect_record(source, clause))
        return [r for r in records if r is not None]

    def _indirect_record(self, verb: Token, clause: Span) -> QuoteRecord:
        record = QuoteRecord(clause.text, clause.start_char, clause.end_char, "indirect", attributed=True)
        record.speaker = self.speaker_of(verb)
        return record

    def _reported_clause(self, verb: Token) -> Span | None:
        """"X said (that) Y" -> Y; "Y, X said" -> Y."""
        doc = self.doc
        # All clausal complements on one side of the verb: the parser sometimes splits one
        # reported clause in two ("said al-Rufay’i and the second IS official had been ...").
        complements = [c for c in verb.children if c.dep_ == "ccomp"]
        after = [c for c in complements if c.i > verb.i]
        side = after or complements
        if side:
            start, end = min(c.left_edge.i for c in side), max(c.right_edge.i for c in side) + 1
            if start <= verb.i < end:
                return None
        elif self._is_trailing_attribution(verb):
            start, end = verb.head.left_edge.i, verb.left_edge.i  # "Moscow is the junior partner, experts say"
        else:
            return None
        return self._trimmed(start, end)

    def _is_trailing_attribution(self, verb: Token) -> bool:
        """"Y, officials said.": the verb hangs off the reported clause's verb, after a comma."""
        head, left = verb.head, verb.left_edge.i
        return (
            verb.dep_ in {"parataxis", "ccomp"}
            and head.i < verb.i
            and any(c.dep_ in SUBJECT_DEPS for c in verb.children)
            and head.pos_ in {"VERB", "AUX"}
            and not self._is_speech(head)
            and left > 0
            and self.doc[left - 1].text in {",", "”", "’", '"', "'"}
            and not any(c.dep_ in {"dobj", "ccomp", "xcomp"} for c in verb.children)
        )

    def _according_clause(self, source: Token) -> Span | None:
        """"Y, according to X" -> Y, in a sentence without direct quotations."""
        sent = self.sents[self.sent_index(source.i)]
        if any(self.in_quote(i) is not None for i in (sent.start, sent.end - 1)):
            return None
        phrase = source.head if source.head.lower_ == "according" else source
        start, end = phrase.left_edge.i, source.right_edge.i + 1
        last = sent.end
        while last > sent.start and (self.doc[last - 1].is_punct or self.doc[last - 1].is_space):
            last -= 1
        if end >= last:  # at the end of the sentence
            return self._trimmed(sent.start, start)
        if start <= sent.start + 1:  # at its start
            return self._trimmed(end, sent.end)
        return None

    def _trimmed(self, start: int, end: int) -> Span | None:
        """The clause without edge punctuation and "that"; None if it is too short or mostly quoted."""
        doc = self.doc
        end_char = doc[end - 1].idx + len(doc[end - 1]) if end > start else 0
        while start < end and (doc[start].lower_ in CLAUSE_EDGE or doc[start].is_space):
            if any(q.open == doc[start].idx and q.close <= end_char for q in self.quoted):
                break  # the clause opens with a quotation: keep its mark
            start += 1
        while end > start and (doc[end - 1].is_space or doc[end - 1].lower_ in CLAUSE_TAIL):
            last = doc[end - 1]
            if any(q.close == last.idx + len(last) and q.open >= doc[start].idx for q in self.quoted):
                break  # the clause ends with a quotation: keep its closing mark
            end -= 1
        if end - start < 3 or not any(t.pos_ in {"VERB", "AUX"} for t in doc[start:end]):
            return None
        span = doc[start:end]
        for q in self.quoted:  # a quotation opened inside the clause closes inside it too
            if span.start_char <= q.open < span.end_char < q.close and q.close - span.end_char < 400:
                closing = doc.char_span(q.close - 1, q.close, alignment_mode="expand")
                if closing is not None and self.sent_index(closing.start) == self.sent_index(start):
                    span = doc[start : closing.end]
        quoted = 0
        for q in self.quoted:
            overlap = min(q.end, span.end_char) - max(q.start, span.start_char)
            if overlap <= 0:
                continue
            if q.start <= span.start_char and q.end >= span.end_char:
                return None  # the clause lies inside a direct quotation
            if self.words(self.text[q.start : q.end]) > self.cues.scare_words_max:
                quoted += overlap
        if quoted > 0.5 * (span.end_char - span.start_char):
            return None  # a direct quotation already reports it
        return span


def _is_title(text: str) -> bool:
    """Whether every word but the small ones is capitalised ("Meet the Press")."""
    words = [w for w in text.split() if w.lower() not in {"the", "of", "and", "a", "an", "in", "on", "for", "to"}]
    return bool(words) and all(w[:1].isupper() for w in words)


def _sentence_starts(doc: Doc, text: str) -> list[int]:
    """Token offsets where sentences start: the parser's, plus every paragraph start.

    News paragraphs are separated by line breaks; a quotation never runs from one paragraph's
    last sentence into the next paragraph's attribution, whatever the parser decided.
    """
    starts = set()
    for sent in doc.sents:
        start = sent.start
        # The parser often starts a sentence with the closing mark of the previous one.
        while start < sent.end - 1 and doc[start].text in CLOSING_MARKS \
                and (doc[start].whitespace_ or doc[start + 1].is_space):
            start += 1
        starts.add(start)
    if "\n" in text:
        token_offsets = doc.to_array(IDX)
        paragraph_offsets = [m.end() for m in PARAGRAPH_BREAK.finditer(text)]
        starts.update(int(i) for i in numpy.searchsorted(token_offsets, paragraph_offsets) if i < len(doc))
    return sorted(starts)


def _noun_after(token: Token) -> Token | None:
    for following in token.doc[token.i + 1 : token.i + 6]:
        is_modifier = following.dep_ == "compound" and following.head.i > following.i
        if following.pos_ in {"NOUN", "PROPN"} and not is_modifier:
            return following
    return None


# --------------------------------------------------------------------------- the component


@Language.factory(
    "tidings_quotes",
    assigns=["doc._.quotes"],
    requires=["doc._.actors", "doc._.actor_spans"],
    default_config={"cues": {"@misc": "tidings.quote_cues.v1"}},
)
def make_quotes(nlp: Language, name: str, cues: QuoteCues) -> QuoteFinder:
    """The quotes stage: writes Quote dicts to ``doc._.quotes``."""
    return QuoteFinder(nlp, cues)
