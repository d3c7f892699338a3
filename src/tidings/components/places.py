"""The places stage: every place the article names, located offline, one record per place.

Finds place mentions two ways: the NER's GPE/LOC/FAC entities, and a case-sensitive PhraseMatcher over
the gazetteer's prominent names (countries, regions, divisions, cities of 100,000 or more) that catches
what the small model misses or mislabels ("Kyiv" tagged PERSON). Each mention is resolved with
:mod:`tidings.gazetteer`, ambiguous names ("Georgia", "Birmingham") by the countries the article's
unambiguous places belong to, and "Paris, Texas" by the container named after the comma.

Every mention counts, including capitals standing for governments ("Beijing said"): analysts want the
map, and the actors stage treats acting capitals as actors separately. Demonyms ("Chinese") are not
places. Writes ``doc._.places``: one :class:`~tidings.schema.Place` dict per distinct place, in order of
first mention, with every mention's character offsets.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from ..gazetteer import Candidate, Gazetteer, get_gazetteer

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Entity labels a place name never hides under. A gazetteer hit inside a longer entity of any label is
# part of another name ("Bank of China", "Paris Hilton") and is not a place mention.
NOT_PLACE_LABELS = frozenset({"DATE", "TIME", "MONEY", "CARDINAL", "ORDINAL", "QUANTITY", "PERCENT", "NORP"})
# Direction words and container nouns around a name the gazetteer lacks in full ("northern Gaza",
# "the Kherson region"): stripped only when the whole span does not resolve.
EDGE_WORDS_BEFORE = frozenset({
    "northern", "southern", "eastern", "western", "central", "north", "south", "east", "west",
    "northeastern", "northwestern", "southeastern", "southwestern", "northeast", "northwest",
    "southeast", "southwest", "occupied", "greater", "downtown", "rural", "upper", "lower",
})
EDGE_WORDS_AFTER = frozenset({
    "region", "province", "oblast", "state", "city", "governorate", "district", "county", "area",
    "prefecture", "municipality", "territory", "territories", "strip",
})
# Cues that a GPE/LOC the gazetteer does not know is still a place worth naming ("in Krynky").
LOCATIVE_CUES = frozenset({"in", "near", "outside", "around", "across", "into", "from", "at", "toward", "towards"})
SETTLEMENT_NOUNS = frozenset({"town", "village", "city", "district", "region", "province", "hamlet"})
# Names of months and days, the proper nouns a date or time phrase has of its own.
CALENDAR_NAMES = frozenset({
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
    "dec", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "christmas",
    "easter", "ramadan", "eid", "new", "year"})
# A city the NER mislabelled is trusted only if it is this big (a capital-sized city).
MISLABELLED_CITY_MIN_POPULATION = 1_000_000


@dataclass(slots=True)
class PlaceMention:
    """A span that names a place, with the places the name may denote."""

    start: int  # token offsets
    end: int
    text: str
    candidates: list[Candidate]
    label: str  # NER label, or "" for a gazetteer-only hit


class PlacesStage:
    """Finds place mentions, resolves them, and writes one record per place."""

    def __init__(self, nlp: Language, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.matcher.add("PLACE", [_pattern_doc(nlp, name) for name in gazetteer.pattern_names()])

    def __call__(self, doc: Doc) -> Doc:
        mentions = find_place_mentions(doc, self.matcher, self.gazetteer)
        doc._.places = resolve_places(doc, mentions, self.gazetteer)
        return doc


PLAIN_NAME = re.compile(r"[A-Za-z]+(?: [A-Za-z]+)*")


def _pattern_doc(nlp: Language, name: str) -> Doc:
    """A pattern for a name: plain words are split on spaces (the tokenizer would do the same, slower,
    and ~8,000 names are built at load); anything with punctuation goes through the tokenizer."""
    if PLAIN_NAME.fullmatch(name):
        return Doc(nlp.vocab, words=name.split(" "))
    return nlp.make_doc(name)


@Language.factory("tidings_places", assigns=["doc._.places"], requires=["token.pos", "doc.ents"])
def make_places(nlp: Language, name: str) -> PlacesStage:
    return PlacesStage(nlp, get_gazetteer())


# --- finding ------------------------------------------------------------------------------------


def find_place_mentions(doc: Doc, matcher: PhraseMatcher, gazetteer: Gazetteer) -> list[PlaceMention]:
    """Spans naming places (NER entities first, then gazetteer hits the NER missed), non-overlapping."""
    mentions: list[PlaceMention] = []
    taken: set[int] = set()
    entity_at: set[int] = set()
    entities = doc.ents  # built anew on each access
    for ent in entities:
        entity_at.update(range(ent.start, ent.end))
        if ent.label_ not in PLACE_LABELS:
            continue
        for mention in _entity_mentions(ent, gazetteer):
            mentions.append(mention)
            taken.update(range(mention.start, mention.end))

    # Names the NER missed altogether.
    hits = sorted(matcher(doc), key=lambda m: (m[1], -(m[2] - m[1])))
    for _match_id, start, end in hits:
        if any(i in taken or i in entity_at for i in range(start, end)):
            continue
        span = doc[start:end]
        if span[-1].pos_ != "PROPN":  # "Turkey" the bird, "Reading" the verb, "Nice" the adjective
            continue
        candidates = gazetteer.candidates(span.text)
        if candidates:
            mentions.append(PlaceMention(start, end, span.text, candidates, ""))
            taken.update(range(start, end))

    # Entities of another label that are exactly a place name: the NER calling "Kyiv" a PERSON.
    # Trusted when the name can hardly be anything else or the sentence uses it as a location.
    for ent in entities:
        if ent.label_ in PLACE_LABELS:
            continue
        settlement = ent.start > 1 and doc[ent.start - 1].lower_ == "of" and doc[ent.start - 2].lower_ in SETTLEMENT_NOUNS
        end = ent.end
        if ent.label_ in ("DATE", "TIME") and not settlement:
            # "drones at [Kyiv overnight]": a name the NER swept into a time phrase after it
            end = _leading_name_end(ent)
            if end is None:
                continue
        elif ent.label_ in NOT_PLACE_LABELS and not settlement:
            continue  # "the town of Samarra" is a town whatever label the NER gave it
        start = ent.start + 1 if ent[0].lower_ == "the" and len(ent) > 1 else ent.start
        span = doc[start:end]
        candidates = gazetteer.candidates(span.text)
        if not candidates or span[-1].pos_ != "PROPN":
            continue
        used_as_place = (
            _has_locative_cue(doc, start)
            or (end < len(doc) and doc[end].lower_ in EDGE_WORDS_AFTER)  # "the Kherson region"
            # coordinated with a place: "Odesa and Mykolaiv"
            or (start > 1 and doc[start - 1].lower_ in ("and", "or", ",") and (start - 2) in taken)
        )
        if used_as_place or _unmistakable(candidates):
            mentions.append(PlaceMention(start, end, span.text, candidates, ""))
            taken.update(range(start, end))
    mentions.sort(key=lambda m: m.start)
    return mentions


def _leading_name_end(ent: Span) -> int | None:
    """Where a run of proper nouns opening a date or time entity ends, when words of time follow
    it ("Kyiv overnight"); None for a date's own names ("May 5", "Monday night")."""
    end = ent.start
    while end < ent.end and ent.doc[end].pos_ == "PROPN" and ent.doc[end].lower_ not in CALENDAR_NAMES:
        end += 1
    return end if ent.start < end < ent.end else None


def _entity_mentions(ent: Span, gazetteer: Gazetteer) -> list[PlaceMention]:
    """The place mentions inside one GPE/LOC/FAC entity (usually one; "Paris, Texas" gives two)."""
    doc = ent.doc
    start, end = ent.start, ent.end
    if doc[start].lower_ == "the":
        start += 1
    while end > start and (doc[end - 1].tag_ == "POS" or doc[end - 1].lower_ in ("'s", "\u2019s")):
        end -= 1  # "New Delhi’s": the NER sometimes keeps the possessive
    if start >= end:
        return []
    commas = [t.i for t in doc[start:end] if t.text == ","]
    if commas:  # "Paris, Texas": each comma-separated part on its own
        parts, begin = [], start
        for comma in [*commas, end]:
            if begin < comma:
                parts.extend(_entity_mentions_part(doc, begin, comma, ent.label_, gazetteer))
            begin = comma + 1
        return parts
    return _entity_mentions_part(doc, start, end, ent.label_, gazetteer)


def _entity_mentions_part(doc: Doc, start: int, end: int, label: str, gazetteer: Gazetteer) -> list[PlaceMention]:
    span = doc[start:end]
    if gazetteer.is_not_place(span.text):
        return []
    candidates = gazetteer.candidates(span.text)
    if candidates:
        return [PlaceMention(start, end, span.text, candidates, label)]
    # "northern Gaza", "the Kherson region": the name inside the qualifiers.
    inner_start, inner_end = start, end
    while inner_start < inner_end - 1 and doc[inner_start].lower_ in EDGE_WORDS_BEFORE:
        inner_start += 1
    while inner_end - 1 > inner_start and doc[inner_end - 1].lower_ in EDGE_WORDS_AFTER:
        inner_end -= 1
    if (inner_start, inner_end) != (start, end):
        inner = doc[inner_start:inner_end]
        candidates = gazetteer.candidates(inner.text)
        if candidates:
            return [PlaceMention(inner_start, inner_end, inner.text, candidates, label)]
    # A name the gazetteer lacks, used as a location ("in Dadaab"): recorded without coordinates.
    if label in ("GPE", "LOC") and span.text[:1].isupper() and _has_locative_cue(doc, start):
        return [PlaceMention(start, end, span.text, [], label)]
    return []


def _has_locative_cue(doc: Doc, start: int) -> bool:
    """ "in Krynky", "the village of Krynky": the unknown name is used as a location."""
    previous = doc[start - 1] if start > 0 else None
    if previous is None:
        return False
    if previous.lower_ in LOCATIVE_CUES:
        return True
    return previous.lower_ == "of" and start > 1 and doc[start - 2].lower_ in SETTLEMENT_NOUNS


def _unmistakable(candidates: list[Candidate]) -> bool:
    """A name the NER gave another label is still a place if it can hardly be anything else: a
    country, a named region, or a capital-sized city under its own name ("Kyiv"). Divisions and
    towns share names with people too often ("Guerrero", "Lincoln")."""
    return any(
        c.entry.kind in ("country", "region")
        or (c.entry.kind == "city" and c.main and c.entry.population >= MISLABELLED_CITY_MIN_POPULATION)
        for c in candidates
    )


# --- resolving and writing ----------------------------------------------------------------------


def resolve_places(doc: Doc, mentions: list[PlaceMention], gazetteer: Gazetteer) -> list[dict]:
    """One Place dict per distinct place, in order of first mention."""
    # "U.S. negotiators returned to Geneva": a country inside a longer actor phrase says whose
    # people, not where the article is, so it is no evidence for Geneva, Illinois
    inside_actor = {
        i for start, end, _ in (doc._.actor_spans or ()) if end - start > 1 for i in range(start, end)}
    countries, admins = _context([
        m for m in mentions
        if not (m.start in inside_actor and any(s <= m.start and m.end <= e and (s, e) != (m.start, m.end)
                                                for s, e, _ in doc._.actor_spans or ()))])
    by_key: dict[tuple, dict] = {}
    for n, mention in enumerate(mentions):
        within = _container(doc, mentions, n, gazetteer, countries)
        best = gazetteer.choose(mention.candidates, countries, admins, within=within)
        if best is not None:
            entry = best.entry
            key: tuple = ("id", entry.geonameid) if entry.geonameid else ("name", entry.kind, entry.name)
            fields = entry.as_dict()
        else:
            key = ("unresolved", mention.text.lower())
            fields = {
                "name": mention.text, "kind": "region" if mention.label == "LOC" else "city",
                "country": None, "lat": None, "lon": None, "geonameid": None,
            }
        span = doc[mention.start:mention.end]
        place = by_key.setdefault(key, {**fields, "mentions": []})
        place["mentions"].append([span.start_char, span.end_char])
    return list(by_key.values())


def _context(mentions: list[PlaceMention]) -> tuple[set[str], set[tuple[str, str]]]:
    """Countries and divisions the article names unambiguously: the evidence for ambiguous names."""
    countries: set[str] = set()
    admins: set[tuple[str, str]] = set()
    for mention in mentions:
        if not mention.candidates:
            continue
        codes = {c.entry.country for c in mention.candidates}
        if len(codes) == 1 and None not in codes:
            countries.update(codes)
        if len(mention.candidates) == 1:
            entry = mention.candidates[0].entry
            if entry.kind == "admin" and entry.country and entry.admin1:
                admins.add((entry.country, entry.admin1))
    return countries, admins


def _container(
    doc: Doc, mentions: list[PlaceMention], n: int, gazetteer: Gazetteer, countries: set[str]
) -> tuple[str | None, str | None] | None:
    """(country, admin1) of the place named right after a comma ("Paris, Texas"), if any."""
    mention = mentions[n]
    if n + 1 >= len(mentions) or mention.end >= len(doc) or doc[mention.end].text != ",":
        return None
    following = mentions[n + 1]
    if following.start != mention.end + 1:
        return None
    container = gazetteer.choose(following.candidates, countries)
    if container is None or container.entry.kind not in ("country", "admin"):
        return None
    entry = container.entry
    return entry.country, entry.admin1 if entry.kind == "admin" else None
