"""The actors stage: who acts in an article, coded with PLOVER country and sector codes.

It *finds* in four steps, each a function over matches rather than over every token:

1. names: a case-sensitive PhraseMatcher over the knowledge base aliases (countries, adjectives,
   seats of government, organisations, people), merged with spaCy's PERSON and ORG entities;
   a knowledge-base match wins over the entity label for the same words ("Kyiv" tagged PERSON);
2. sector words: a lower-case PhraseMatcher over titles and group nouns ("foreign minister",
   "troops"), plus compound phrases ("the two leaders") and subject pronouns (a Matcher);
3. noun phrases: each name and word climbs its modifier chain to the head of its noun phrase, so
   "China's Foreign Ministry spokesperson Mao Ning" is one phrase headed by the name, whose
   other parts give the country and title; appositions and "the minister of Norway" join too;
4. resolution, in reading order: knowledge-base people by the article date (a former office
   holder is ELI), title-only mentions linked to the one earlier actor with that country and role
   or to the office holder on the date, surname and pronoun coreference, definite descriptions
   ("the separatist group", "the ministry") that refer back to a fitting actor a few sentences
   before, compound mentions, capitals only where they act.

It then *writes* ``doc._.actors`` (dicts shaped like :class:`tidings.schema.Actor`) and
``doc._.actor_spans`` ([token_start, token_end, actor_id] for every mention).
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

import numpy
from spacy.attrs import ORTH
from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import registry

from ..docutil import is_dateline_dash
from ..errors import InputError
from ..gazetteer import lookup_place, subdivision_country
from ..kb import AliasHit, Entity, KnowledgeBase, Person, Role, SectorWord, load_kb, read_tsv

NOUNISH = frozenset({"NOUN", "PROPN"})
# Dependencies that attach a modifier to the head of its noun phrase.
MODIFIER_DEPS = frozenset({"compound", "amod", "poss", "nmod", "nn"})
# NER labels that may name an actor the knowledge base does not know ...
PERSON_LABELS = frozenset({"PERSON"})
ORG_LABELS = frozenset({"ORG"})
# ... and every label whose entities are compared with the knowledge-base matches.
KB_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})
# Entities looked up in the gazetteer when an actor needs a country from its surroundings.
PLACE_LABELS = frozenset({"GPE", "LOC"})
# Small words inside place names ("Port of Spain", "Ciudad del Este").
PLACE_NAME_JOINERS = frozenset({"of", "de", "del", "la", "el", "do", "da", "dos", "das"})
# Words that never start an unknown person's name, so an entity can be trimmed to the name.
LEAD_TRIM = frozenset({"the", "a", "an", "'s", "’s", "-", ",", "former", "ex", "late"})
POSSESSIVE = frozenset({"'s", "’s", "'", "’"})
MAX_EVIDENCE = 8
# "the two leaders" refers back at most this many sentences.
PAIR_LOOKBACK_SENTENCES = 4
# Sectors of a state's own organs: its side in a conflict ("both sides": the army and the government are
# one), and who acts for it at home (events.py: whom its police and courts hold are its own).
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "SPY", "LEG", "JUD"})
# Sectors of who can be a side at all (a bare country has none): not schools, traders or reporters.
SIDE_SECTORS = frozenset({None, *STATE_SECTORS, "REB", "OPP", "PRM", "UAF", "INS", "CRM", "PTY", "ELI", "SEP"})
# Sectors of the two sides of a strike, each a side of its own beside others of its country ("the
# union and the mine"), in a story of one state and no armed group only
OWN_SIDE_SECTORS = frozenset({"LAB", "BUS"})
ARMED_NONSTATE_SECTORS = frozenset({"REB", "UAF", "INS", "PRM", "SEP", "CRM"})
# Codes of actors that are rarely one of "both sides" of a dispute.
THIRD_PARTY_CODES = frozenset({"IGO", "NGO", "MNC"})
# Codes of no state at all: never the country a sentence or story lends an actor ("civilians"
# near "Islamic State" are not IMG civilians).
STATELESS_CODES = THIRD_PARTY_CODES | {"IMG"}
CLIMB_LIMIT = 12
# An actor without a country is looked for a place around this many of its mentions.
LOCATE_MENTIONS = 6
# A dateline ("ISLAMABAD —", "KHARKIV, Ukraine —") ends with its dash within this many tokens.
DATELINE_TOKENS = 14  # "PORT-AU-PRINCE, Haiti (Wire) --" is 12 tokens
# Armed groups of no state: a foreign state's forces named beside them do not make them its own.
ARMED_NONSTATE_SECTORS = frozenset({"REB", "UAF", "CRM"})
# Sectors of private trades and groups: being a former one of these makes no elite (ELI).
CIVILIAN_SECTORS = frozenset({"CVL", "JRN", "EDU", "MED", "REL", "LAB", "AGR", "BUS", "REF", "SOC"})
# Bare titles that speak for a body: they take the country of the body of their sector just named.
SPOKESPERSON_WORDS = frozenset({"spokesperson", "spokesman", "spokeswoman", "spokespeople", "spokesmen"})
# "foreign ministry", "foreign minister": what "foreign" names here is the state's own office
FOREIGN_OFFICE_WORDS = frozenset({"minister", "ministers", "ministry", "ministries", "office", "secretary",
                                  "affairs", "service", "spokesman", "spokeswoman", "spokesperson"})
DASHES = frozenset({"—", "–", "--", "-"})
# Penn tags of plural nouns ("officials", "Houthis"): what "they" and "them" can refer to.
PLURAL_TAGS = frozenset({"NNS", "NNPS"})
# Dependencies by which a clause hangs under another whose subject it may share or refer to.
CLAUSE_DEPS = frozenset({"ccomp", "advcl", "xcomp", "conj", "relcl", "acl", "pcomp", "parataxis"})
# How far back a pronoun looks for the quotation mark that opens the quotation it may stand in.
QUOTE_LOOKBACK = 150
# "Bosnian Serb", "Kosovo Serbs": a people named with the state it lives in (one actor, that state).
RESIDENT_PEOPLES = Path(__file__).resolve().parent.parent / "data" / "kb" / "ethnic_compounds.tsv"
RESIDENT = "resident:"
# Singular nouns that name one person ("scientist", "aid worker", "historian", "businessman"):
# after a hyphenated pair of demonyms they make it an origin and a nationality, never two sides.
PERSON_SUFFIXES = ("ist", "ian", "er", "man")


@registry.misc("tidings.actor_kb.v1")
def actor_kb_v1(extra_paths: list[str] = []) -> KnowledgeBase:  # noqa: B006  (config default)
    """The knowledge base the actors stage resolves names with (cached per process)."""
    return load_kb(extra_paths)


@functools.lru_cache(maxsize=4)
def resident_peoples(path: Path = RESIDENT_PEOPLES) -> dict[str, tuple[Entity, str]]:
    """Surface -> (the people's entity, ``adj`` or ``people``) for every form in ``path``
    (ethnic_compounds.tsv): "Bosnian Serb" and "Bosnian Serbs" both name the Bosnian Serbs, BIH."""
    out: dict[str, tuple[Entity, str]] = {}
    for number, row in enumerate(read_tsv(path), start=1):
        code = row.get("code", "")
        adjectives, people = (
            [form.strip() for form in row.get(column, "").split(";") if form.strip()]
            for column in ("adjectives", "people")
        )
        if not code or not (adjectives or people):
            raise InputError(f"{path.name} row {number}: a resident people needs a code and a form")
        name = (people or adjectives)[0]
        entity = Entity(f"{RESIDENT}{name}", "country", name, code, None)
        for form, surfaces in (("adj", adjectives), ("people", people)):
            for surface in surfaces:
                out[surface] = (entity, form)
    return out


@Language.factory(
    "tidings_actors",
    assigns=["doc._.actors", "doc._.actor_spans"],
    requires=["token.dep", "token.pos", "doc.ents"],
    default_config={"kb": {"@misc": "tidings.actor_kb.v1", "extra_paths": []}},
)
def make_actors(nlp: Language, name: str, kb: KnowledgeBase) -> ActorsStage:
    return ActorsStage(nlp, kb)


# ---------------------------------------------------------------------------------------------
# Records the finding steps pass along


@dataclass
class Name:
    """A proper name in the text: a knowledge-base reading or an unknown PERSON/ORG entity."""

    start: int
    end: int
    surface: str
    entity: Entity | None = None
    form: str = ""  # AliasHit.form, "coref" (a surname known only in-article), "person"/"org" (NER)
    inner: list[Name] = field(default_factory=list)  # country names inside an unknown ORG
    inner_words: list[Word] = field(default_factory=list)  # sector words inside an unknown ORG
    ner_person: bool = False  # spaCy also tagged it PERSON

    @property
    def is_person(self) -> bool:
        return self.form in {"person", "short", "coref"} and (self.entity is None or self.entity.kind == "person")

    @property
    def is_org(self) -> bool:
        return self.entity is not None and self.entity.key.startswith("org:") or self.form == "org"

    @property
    def is_country(self) -> bool:
        return self.entity is not None and self.entity.key.startswith("country:")

    @property
    def is_seat(self) -> bool:
        return self.form in {"capital", "building"}


@dataclass
class Word:
    """A sector word (title or group noun) in the text."""

    start: int
    end: int
    info: SectorWord


Element = Name | Word


@dataclass
class Phrase:
    """One noun phrase: the element at its head (anchor) and the modifiers that describe it."""

    head: int
    anchor: Element | None
    spans: list[tuple[int, int]]
    names: list[Name] = field(default_factory=list)  # names absorbed as modifiers
    words: list[Word] = field(default_factory=list)  # every sector word of the phrase
    former: bool = False
    definite: bool = False


@dataclass(frozen=True)
class AnaphorRule:
    """A definite description that may refer back ("the group", "the ministry"): the earlier
    actors it can stand for (resolution.yaml, ``anaphors``)."""

    kinds: frozenset[str]
    sectors: frozenset[str]
    codes: frozenset[str]
    fallback_code: str | None
    lexical: bool  # not a sector word: makes no actor of its own without an antecedent
    excluded_heads: frozenset[str] = frozenset()  # antecedents it never means ("the ministry" is no embassy)


@dataclass
class ActorRecord:
    """An actor being built for one document."""

    id: str
    key: str
    name: str
    kind: str
    country: str | None
    sector: str | None
    title: str | None
    evidence: list[str] = field(default_factory=list)
    spans: list[tuple[int, int]] = field(default_factory=list)
    roles: set[str] = field(default_factory=set)
    leader: bool = False
    orgs: set[str] = field(default_factory=set)
    head_lemma: str = ""
    bare: bool = False  # an institution or title whose own words name no country ("the military")
    regional: bool = False  # coded from a province's demonym ("Chechen"): already where it lives
    local: bool = False  # a person with a local office or a local people noun: context may place it
    employer: str | None = None  # local staff of a foreign mission: the employer's code, not theirs
    kin: bool = False  # named as someone's relative ("his son, X"): not whom a shared surname means

    def note(self, *items: str) -> None:
        for item in items:
            if item and item not in self.evidence and len(self.evidence) < MAX_EVIDENCE:
                self.evidence.append(item)


@dataclass
class Rules:
    """resolution.yaml as sets."""

    former: frozenset[str]
    hyphen_none: frozenset[str]
    hyphen_no_actor: frozenset[str]
    hyphen_country_only: frozenset[str]
    hyphen_demographic: frozenset[str]
    ethnic_demonyms: frozenset[str]
    negating_prefixes: frozenset[str]
    acting_deps: frozenset[str]
    acting_preps: frozenset[str]
    compass_words: frozenset[str]
    shore_words: frozenset[str]
    shore_sides: frozenset[str]
    acting_to_heads: frozenset[str]
    acting_from_heads: frozenset[str]
    country_nouns: frozenset[str]
    member_nouns: frozenset[str]
    country_noun_deps: frozenset[str]
    country_noun_leaving_verbs: frozenset[str]
    locative_preps: frozenset[str]
    pronouns: frozenset[str]
    plural_pronouns: frozenset[str]
    partitive_preps: frozenset[str]
    inclusive_preps: frozenset[str]
    honorifics: frozenset[str]
    locating_preps: frozenset[str]
    locating_verb_preps: frozenset[str]
    locating_deps: frozenset[str]
    locating_depth: int
    ethnic_words: frozenset[str]
    located_words: frozenset[str]
    located_preps: frozenset[str]
    context_kinds: frozenset[str]
    focus_sectors: frozenset[str]
    victim_sectors: frozenset[str]
    sending_verbs: frozenset[str]
    travel_verbs: frozenset[str]
    posting_words: frozenset[str]
    possessive_pronouns: frozenset[str]
    focus_min_mentions: int
    focus_lead: float
    topic_nouns: frozenset[str]
    foreign_words: frozenset[str]
    one_per_state: frozenset[str]
    act_nouns: frozenset[str]
    subnational_words: frozenset[str]
    person_title_sectors: frozenset[str]
    roaming_titles: frozenset[str]
    local_people: frozenset[str]
    local_titles: frozenset[str]
    national_titles: frozenset[str]
    place_preps: frozenset[str]
    gazetteer_place_preps: frozenset[str]
    place_nouns: frozenset[str]
    eponym_nouns: frozenset[str]
    speaking_verbs: frozenset[str]
    news_sectors: frozenset[str]
    staff_words: frozenset[str]
    distributive_words: frozenset[str]
    kin_nouns: frozenset[str]
    relation_nouns: frozenset[str]
    mandate_titles: frozenset[str]
    custody_words: frozenset[str]
    attack_verbs: frozenset[str]
    head_nouns: frozenset[str]
    name_titles: dict[str, str]
    party_adjectives: frozenset[str]
    party_country: str | None
    party_sectors: frozenset[str]
    party_cues: tuple[str, ...]
    force_nouns: frozenset[str]
    force_sectors: frozenset[str]
    premises_nouns: frozenset[str]
    nongov_heads: dict[str, tuple[str | None, str | None]]
    national_branches: dict[str, str | None]
    code_sectors: dict[str, str]
    loyalty_words: frozenset[str]
    loyalty_preps: frozenset[str]
    nationality_first: frozenset[str]
    led_words: frozenset[str]
    led_state_nouns: frozenset[str]
    bare_state_words: frozenset[str]
    counted_people_verbs: frozenset[str]
    gathering_nouns: frozenset[str]
    gathering_verbs: frozenset[str]
    dwelling_nouns: frozenset[str]
    dwelling_verbs: frozenset[str]
    kin_words: frozenset[str]
    stranger_lemmas: frozenset[str]
    raiding_verbs: frozenset[str]
    bare_state_determiners: frozenset[str]
    bare_state_preps: frozenset[str]
    bare_state_place_verbs: frozenset[str]
    pair_counts: dict[str, int]
    pair_definite: frozenset[str]
    state_sectors: frozenset[str]
    origin_people_heads: frozenset[str]
    feature_after: frozenset[str]
    feature_after_lower: frozenset[str]
    feature_before_of: frozenset[str]
    place_of_place_preps: frozenset[str]
    place_of_place_nouns: frozenset[str]
    refugee_sectors: frozenset[str]
    refugee_origin_preps: frozenset[str]
    refugee_flight_verbs: frozenset[str]
    refugee_return_verbs: frozenset[str]
    refugee_back_particles: frozenset[str]
    refugee_return_preps: frozenset[str]
    attacker_lemmas: frozenset[str]
    claim_lemmas: frozenset[str]
    armed_group_sectors: frozenset[str]
    armed_group_codes: frozenset[str]
    side_heads: frozenset[str]
    side_words: frozenset[str]
    side_preps: frozenset[str]
    border_nouns: frozenset[str]
    follower_sectors: dict[str, str | None]

    @classmethod
    def from_kb(cls, kb: KnowledgeBase) -> Rules:
        raw = kb.rules

        def words(key: str, table: dict = raw) -> frozenset[str]:
            return frozenset(str(item) for item in table.get(key, ()) or ())

        locating = raw.get("locating", {}) or {}
        focus = raw.get("focus_country", {}) or {}
        person = raw.get("person_context", {}) or {}
        party = raw.get("party_titles", {}) or {}
        force = raw.get("force_nouns", {}) or {}
        nongov = raw.get("nongov_heads", {}) or {}
        loyalty = raw.get("loyalty", {}) or {}
        places = raw.get("place_names", {}) or {}
        origins = raw.get("origin_demonyms", {}) or {}
        led = raw.get("led_states", {}) or {}
        bare_state = raw.get("bare_state", {}) or {}
        strangers = raw.get("anonymous_attackers", {}) or {}
        pairs = raw.get("pairs", {}) or {}
        features = raw.get("geographic_features", {}) or {}
        place_of_place = raw.get("place_of_place", {}) or {}
        refugees = raw.get("refugees", {}) or {}
        attackers = raw.get("unnamed_attackers", {}) or {}
        sides = raw.get("parties_as_sides", {}) or {}

        return cls(
            former=words("former_words"),
            hyphen_none=words("hyphen_no_country"),
            hyphen_no_actor=words("hyphen_no_actor"),
            hyphen_country_only=words("hyphen_country_only"),
            hyphen_demographic=words("hyphen_demographic"),
            ethnic_demonyms=words("ethnic_demonyms"),
            negating_prefixes=words("negating_prefixes"),
            acting_deps=words("acting_deps"),
            acting_preps=words("acting_prepositions"),
            compass_words=words("compass_words"),
            shore_words=words("words", raw.get("shores", {}) or {}),
            shore_sides=words("sides", raw.get("shores", {}) or {}),
            acting_from_heads=words("acting_from_heads"),
            acting_to_heads=words("acting_to_heads"),
            country_nouns=words("country_nouns"),
            member_nouns=words("member_nouns"),
            country_noun_deps=words("country_noun_deps"),
            country_noun_leaving_verbs=words("country_noun_leaving_verbs"),
            locative_preps=words("locative_prepositions"),
            pronouns=words("person_pronouns"),
            plural_pronouns=words("pronouns", raw.get("plural_pronouns", {}) or {}),
            partitive_preps=words("partitive_prepositions", raw.get("plural_pronouns", {}) or {}),
            inclusive_preps=words("inclusive_prepositions", raw.get("plural_pronouns", {}) or {}),
            honorifics=words("honorifics"),
            locating_preps=words("prepositions", locating),
            locating_verb_preps=words("through_verbs", locating),
            locating_deps=words("path_deps", locating),
            locating_depth=int(locating.get("max_depth", 4)),
            ethnic_words=words("ethnic_words", locating),
            located_words=words("located_words", locating),
            located_preps=words("located_prepositions", locating),
            context_kinds=words("sentence_fallback_kinds", locating),
            focus_sectors=words("sectors", focus),
            victim_sectors=words("victim_sectors", focus),
            sending_verbs=words("sending_verbs", focus),
            travel_verbs=words("travel_verbs", focus),
            posting_words=words("posting_words"),
            possessive_pronouns=words("possessive_pronouns"),
            focus_min_mentions=int(focus.get("min_mentions", 2)),
            focus_lead=float(focus.get("lead", 1.5)),
            topic_nouns=words("topic_nouns", locating),
            foreign_words=words("foreign_words", locating),
            one_per_state=words("one_per_state", locating),
            act_nouns=words("act_nouns"),
            subnational_words=words("subnational_words", locating),
            person_title_sectors=words("title_sectors", person),
            roaming_titles=words("roaming_titles", person),
            local_people=words("local_people", person),
            local_titles=words("local_titles", person),
            national_titles=words("national_titles", person),
            place_preps=words("prepositions", places),
            gazetteer_place_preps=words("gazetteer_prepositions", places),
            place_nouns=words("place_nouns", places),
            eponym_nouns=words("eponym_nouns", places),
            speaking_verbs=words("speaking_verbs", places),
            news_sectors=words("news_sectors", person),
            staff_words=words("staff_words", person),
            distributive_words=words("distributive_words", person),
            kin_nouns=words("kin_nouns", person),
            relation_nouns=words("relation_nouns", person),
            mandate_titles=words("mandate_titles", person),
            custody_words=words("custody_words", person),
            attack_verbs=words("attack_verbs", person),
            head_nouns=words("head_nouns", person),
            name_titles={str(k): str(v) for k, v in (raw.get("name_titles", {}) or {}).items()},
            party_adjectives=words("adjectives", party),
            party_country=party.get("country"),
            party_sectors=words("sectors", party),
            party_cues=tuple(str(c) for c in party.get("cues", ()) or ()),
            force_nouns=words("words", force),
            force_sectors=words("sectors", force),
            premises_nouns=words("premises", force),
            nongov_heads={
                str(k).lower(): (v[0] if v and v[0] else None, v[1] if v and len(v) > 1 and v[1] else None)
                for k, v in nongov.items()
            },
            code_sectors={str(k): str(v) for k, v in (raw.get("code_sectors", {}) or {}).items()},
            national_branches={str(k): (str(v) if v else None) for k, v in (raw.get("national_branches", {}) or {}).items()},
            loyalty_words=words("words", loyalty),
            loyalty_preps=words("prepositions", loyalty),
            nationality_first=words("nationality_first", origins),
            led_words=words("words", led),
            led_state_nouns=words("nouns", led),
            bare_state_words=words("words", bare_state),
            counted_people_verbs=words("verbs", raw.get("counted_people", {}) or {}),
            gathering_nouns=words("nouns", raw.get("acted_on_gatherings", {}) or {}),
            gathering_verbs=words("verbs", raw.get("acted_on_gatherings", {}) or {}),
            dwelling_nouns=words("nouns", raw.get("attacked_dwellings", {}) or {}),
            dwelling_verbs=words("verbs", raw.get("attacked_dwellings", {}) or {}),
            kin_words=frozenset(str(w).lower() for w in raw.get("kin_words", ()) or ()),
            stranger_lemmas=words("nouns", strangers),
            raiding_verbs=words("verbs", strangers),
            bare_state_determiners=words("determiners", bare_state),
            bare_state_preps=words("prepositions", bare_state),
            bare_state_place_verbs=words("place_verbs", bare_state),
            pair_counts={
                **{str(d).lower(): 2 for d in pairs.get("determiners", ["two", "both"]) or ()},
                **{str(k).lower(): int(v) for k, v in (pairs.get("counted", {}) or {}).items()},
            },
            pair_definite=words("definite", pairs),
            state_sectors=words("state_sectors", origins),
            origin_people_heads=words("people_heads", origins),
            feature_after=words("after", features),
            feature_after_lower=words("after_lowercase", features),
            feature_before_of=words("before_of", features),
            place_of_place_preps=words("prepositions", place_of_place),
            place_of_place_nouns=words("nouns", place_of_place) | words("place_nouns", places),
            refugee_sectors=words("sectors", refugees),
            refugee_origin_preps=words("origin_prepositions", refugees),
            refugee_flight_verbs=words("flight_verbs", refugees),
            refugee_return_verbs=words("return_verbs", refugees),
            refugee_back_particles=words("back_particles", refugees),
            refugee_return_preps=words("return_prepositions", refugees),
            attacker_lemmas=words("lemmas", attackers),
            claim_lemmas=words("claim_lemmas", attackers),
            armed_group_sectors=words("sectors", attackers),
            armed_group_codes=words("codes", attackers),
            side_heads=words("heads", sides),
            side_words=words("words", sides),
            side_preps=words("prepositions", sides),
            border_nouns=words("border_nouns"),
            follower_sectors={str(k).lower(): (str(v) if v else None)
                              for k, v in (raw.get("followers", {}) or {}).items()},
        )


# ---------------------------------------------------------------------------------------------
# The component


class ActorsStage:
    """Finds and codes the actors of a Doc; matchers and the knowledge base are built once."""

    def __init__(self, nlp: Language, kb: KnowledgeBase) -> None:
        self.kb = kb
        self.rules = Rules.from_kb(kb)
        self.residents = resident_peoples()
        unknown = sorted({entity.country for entity, _ in self.residents.values()} - set(kb.countries))
        if unknown:
            raise InputError(f"{RESIDENT_PEOPLES.name}: unknown country codes {unknown}")
        surfaces = sorted(
            set(kb.aliases) | set(kb.ambiguities) | kb.not_actors | set(kb.coref_aliases) | set(self.residents)
        )
        self.name_matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        for surface, pattern in zip(surfaces, nlp.tokenizer.pipe(surfaces)):
            self.name_matcher.add(surface, [pattern])
        # "al-Sharaa" opens a sentence as "Al-Sharaa": match the capitalised form too
        lower_initial = [s for s in surfaces if s[:1].islower() and s[:1].upper() + s[1:] not in kb.aliases]
        capitalised = [s[:1].upper() + s[1:] for s in lower_initial]
        for surface, pattern in zip(lower_initial, nlp.tokenizer.pipe(capitalised)):
            self.name_matcher.add(surface, [pattern])
        self.not_names = frozenset(str(item) for item in kb.rules.get("not_names", ()) or ())
        # "IS", "WHO": all-caps names that are also English words; in all-caps text they are words
        self.word_acronyms = frozenset(
            s for s in surfaces
            if s.isupper() and s.isalpha() and nlp.vocab[s.lower()].is_stop
            and not any(hit.key.startswith("country:") for hit in kb.aliases.get(s, ()))
        )
        self.org_descriptors = frozenset(str(item).lower() for item in kb.rules.get("org_descriptors", ()) or ())
        self.route_nouns = frozenset(str(w).lower() for w in kb.rules.get("route_nouns", ()) or ())
        self.portfolio_words = frozenset(str(w).lower() for w in kb.rules.get("portfolio_words", ()) or ())
        self.document_name_words = frozenset(str(w).lower() for w in kb.rules.get("document_name_words", ()) or ())
        self.org_kind_words = frozenset(str(w).lower() for w in kb.rules.get("org_kind_words", ()) or ())
        agents = kb.rules.get("agent_nouns", {}) or {}
        self.agent_suffixes = tuple(str(item) for item in agents.get("suffixes", ()) or ())
        self.agent_nouns = frozenset(str(item) for item in agents.get("words", ()) or ())
        forms = sorted(kb.sector_words)
        self.word_matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        for form, pattern in zip(forms, nlp.tokenizer.pipe(forms)):
            self.word_matcher.add(form, [pattern])
        self.pair_matcher = Matcher(nlp.vocab)
        pairs = kb.rules.get("pairs", {}) or {}
        determiners = sorted(self.rules.pair_counts)
        # "the two neighbouring countries", "the three military-led nations": a few modifiers between
        modifier = {"POS": {"IN": ["ADJ", "NOUN", "PROPN", "VERB", "PUNCT"]}, "TEXT": {"REGEX": r"^(?:[-–]|\w[\w.'’-]*)$"},
                    "OP": "{0,%d}" % int(pairs.get("max_modifiers", 0) or 0)}
        for kind in ("person", "country", "any"):
            nouns = [str(n) for n in pairs.get(kind, ()) or ()]
            if nouns:
                self.pair_matcher.add(
                    f"pair_{kind}", [[{"LOWER": {"IN": determiners}}, modifier, {"LOWER": {"IN": nouns}}]]
                )
        for phrase, kind in (pairs.get("fixed", {}) or {}).items():
            self.pair_matcher.add(f"pair_{kind}", [[{"LOWER": part} for part in str(phrase).lower().split()]])
        self.pair_matcher.add(
            "pronoun",
            [[{"LOWER": {"IN": sorted(self.rules.pronouns)}, "DEP": {"IN": ["nsubj", "nsubjpass"]}}]],
        )
        if self.rules.plural_pronouns:
            self.pair_matcher.add("plural_pronoun", [[{"LOWER": {"IN": sorted(self.rules.plural_pronouns)}}]])
        self.anaphors, self.anaphor_words = self._anaphor_rules(kb)
        self.anaphor_determiners = frozenset(
            str(d) for d in (kb.rules.get("anaphors", {}) or {}).get("determiners", ["the", "this", "that"])
        )
        self.anaphor_lookback = int((kb.rules.get("anaphors", {}) or {}).get("lookback_sentences", 4))
        self.anaphor_matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        lexical = sorted(self.anaphor_words)
        for form, pattern in zip(lexical, nlp.tokenizer.pipe(lexical)):
            self.anaphor_matcher.add(form, [pattern])
        self.cues = {
            surface: [(reading, _cue_regex(reading.cues)) for reading in readings]
            for surface, readings in kb.ambiguities.items()
        }

    @staticmethod
    def _anaphor_rules(kb: KnowledgeBase) -> tuple[dict[str, AnaphorRule], dict[str, SectorWord]]:
        """resolution.yaml ``anaphors`` as form -> rule, and a sector-less word for each form
        that is not already a sector word (so "the group" is found at all)."""
        rules: dict[str, AnaphorRule] = {}
        words: dict[str, SectorWord] = {}
        for row in (kb.rules.get("anaphors", {}) or {}).get("nouns", ()) or ():
            forms = [str(f).lower() for f in row.get("forms", ()) or ()]
            kinds = frozenset(str(k) for k in row.get("kinds", ()) or ("organisation", "group"))
            for form in forms:
                lexical = form not in kb.sector_words
                rules[form] = AnaphorRule(
                    kinds=kinds,
                    sectors=frozenset(str(x) for x in row.get("sectors", ()) or ()),
                    codes=frozenset(str(x) for x in row.get("codes", ()) or ()),
                    fallback_code=row.get("fallback_code"),
                    lexical=lexical,
                    excluded_heads=frozenset(str(x).lower() for x in row.get("excluded_heads", ()) or ()),
                )
                if lexical:
                    words[form] = SectorWord(
                        form=form, sector=None, kind="organisation" if "organisation" in kinds else "group",
                        role=None, title=_title_case(form), head_strength=0, mod_strength=0, needs_country=False,
                    )
        return rules, words

    def __call__(self, doc: Doc) -> Doc:
        try:
            actors, spans = self.find(doc)
        except Exception as exc:  # noqa: BLE001  (one error path: say which stage and why)
            raise RuntimeError(f"tidings_actors failed: {type(exc).__name__}: {exc}") from exc
        doc._.actors = actors
        doc._.actor_spans = spans
        return doc

    # -- find ------------------------------------------------------------------------------

    def find(self, doc: Doc) -> tuple[list[dict], list[list]]:
        """The actors of ``doc`` and the token spans of their mentions, as plain data."""
        day = _article_day(doc)
        readings = self.choose_readings(doc)
        names = self.find_names(doc, readings, day)
        words = self.drop_led(doc, self.find_words(doc, names))
        names = self.drop_origins(doc, names, words)
        pairs, pronouns, plurals = self.find_pairs(doc)
        # a dateline ("PORT SUDAN, Sudan, March 17 -") says where the story was filed: it names
        # no actor, though it still locates the story
        dateline = _dateline_dash(doc)
        phrases, standalone = self.group(doc, [n for n in names if dateline is None or n.start > dateline], words)
        resolver = Resolver(self, doc, day)
        resolver.names = names
        items: list[tuple[int, int, object]] = []
        for phrase in phrases:
            items.append((min(s for s, _ in phrase.spans), 0, phrase))
        for name in standalone:
            items.append((name.start, 1, name))
        for start, end, kind in pairs:
            items.append((start, 2, (start, end, kind)))
        for index in pronouns:
            items.append((index, 3, index))
        for index in self.country_nouns(doc):
            items.append((index, 4, index))
        items.sort(key=lambda item: (item[0], item[1]))
        pair_tokens = {i for start, end, _ in pairs for i in range(start, end)}
        places_only = {id(name) for name in names if self._locates_place(doc, name)}
        for _, order, item in items:
            if order == 0:
                if item.head in pair_tokens:  # type: ignore[union-attr]
                    continue  # "the two leaders": the pair stands for the phrase
                if id(item.anchor) in places_only:  # type: ignore[union-attr]
                    continue  # "the seat of power in Pakistan": where a place is (still locates others)
                resolver.phrase(item)  # type: ignore[arg-type]
            elif order == 1:
                if id(item) in places_only:
                    continue
                resolver.standalone(item)  # type: ignore[arg-type]
            elif order == 2:
                resolver.pair(*item)  # type: ignore[misc]
            elif order == 3:
                resolver.pronoun(item)  # type: ignore[arg-type]
            else:
                resolver.country_noun(item)  # type: ignore[arg-type]
        if plurals:
            # after every named mention: "they" needs the whole clause's actors, not those so far
            resolver.plural_pronouns(plurals)
        resolver.followers_of()
        resolver.anonymous_attackers()
        resolver.claimed_attackers()
        resolver.locate(names)
        resolver.home_organisations(names)
        return resolver.output()

    def choose_readings(self, doc: Doc) -> dict[str, str | None]:
        """For each ambiguous name in the article, the reading its context supports."""
        chosen: dict[str, str | None] = {}
        text = doc.text
        for surface, readings in self.cues.items():
            if surface not in text:
                continue
            best, best_hits = None, -1
            for reading, pattern in readings:
                hits = len(pattern.findall(text)) if pattern is not None else 0
                if hits > best_hits or (hits == best_hits and reading.default):
                    best, best_hits = reading, hits
            if best is not None and best_hits == 0:
                best = next((reading for reading, _ in readings if reading.default), best)
            chosen[surface] = best.key if best else None
        return chosen

    def find_names(self, doc: Doc, readings: dict[str, str | None], day: dt.date) -> list[Name]:
        """Knowledge-base names (longest match wins) merged with unknown PERSON and ORG entities."""
        kb = self.kb
        matches = [(start, end, doc.vocab.strings[match_id]) for match_id, start, end in self.name_matcher(doc)]
        kb_names: list[Name] = []
        blocked: set[int] = set()  # "South China Sea", Georgia the US state: no actor, not even by NER
        for start, end, surface in _longest_first(matches):
            if surface in self.word_acronyms and _shouted(doc, start, end):
                continue  # "THIS IS A TEST": a word in all-caps text, not the Islamic State
            if _inside_hyphenated(doc, start, end):
                continue  # "PORT-AU-PRINCE": the middle of a hyphenated word, not the African Union
            name = None if surface in kb.not_actors else self.read_name(start, end, surface, readings, day)
            if name is not None and self._in_feature_name(doc, name):
                blocked.update(range(start, end))  # "the East and South China Seas": a place, no actor
                continue
            if name is not None and self._another_countrys(doc, name):
                continue  # "Mexico's Congress" is no US Congress: the body word says what it is
            if name is not None and self._names_a_portfolio(doc, name):
                blocked.update(range(start, end))  # "Labour Minister X": the labour ministry, not the party
                continue
            if name is not None and self._ends_a_place_name(doc, name):
                blocked.update(range(start, end))  # "Port of Spain", "Puerto Jordan": the place's name
                continue
            if name is not None:
                kb_names.append(name)
            elif surface in kb.not_actors or surface in readings:
                blocked.update(range(start, end))
        kb_names = [self._namesake(doc, name, kb_names) for name in kb_names]
        covered = {i: name for name in kb_names for i in range(name.start, name.end)}
        dropped: set[int] = set()
        ner_names: list[Name] = []
        # surname -> the token after the first full PERSON name that ends with it
        person_surnames: dict[str, int] = {}
        for ent in doc.ents:
            if ent.label_ in PERSON_LABELS and len(ent) > 1 and ent[-1].is_title:
                person_surnames.setdefault(ent[-1].text, ent.end)
        for ent in doc.ents:
            if ent.label_ not in KB_LABELS or any(i in blocked for i in range(ent.start, ent.end)):
                continue
            inside = [covered[i] for i in range(ent.start, ent.end) if i in covered]
            inside = list(dict.fromkeys(id(n) for n in inside))
            overlapped = [name for name in kb_names if id(name) in inside]
            if ent.text in self.not_names:
                continue
            if ent.label_ in PERSON_LABELS | ORG_LABELS and not overlapped and _common_word_opening(ent):
                continue  # "Coordinated airstrikes ...", "'Cherry picking ...'": not a name
            if ent.label_ in PERSON_LABELS:
                start = self._trim_person(doc, ent.start, ent.end, covered)
                end = next((i for i in range(start, ent.end) if doc[i].lower_ in POSSESSIVE), ent.end)
                if start >= end:
                    continue
                own = [i for i in range(start, end) if i not in covered]
                if not overlapped:
                    ner_names.append(Name(start, end, doc[start:end].text, form="person"))
                elif own and (known := self._same_person(doc, own, overlapped)) is not None:
                    # "Abdelaziz Bouteflicka": the known person's own first name, one mention
                    known.start, known.end = min(known.start, start), max(known.end, end)
                    known.surface = doc[known.start:known.end].text
                elif any(doc[i].pos_ == "PROPN" and doc[i].is_alpha for i in own) and all(
                    n.form in {"short", "coref", "name", "adj"}
                    # "Aden Barre Duale": a capital's name used as a first name, a proper noun after it
                    or (n.form == "capital" and n.end < end and doc[n.end].pos_ == "PROPN"
                        and doc[n.end].lower_ not in self.kb.sector_words)
                    for n in overlapped if n.start >= start
                ):
                    # "Mike Johnson", "Chad Smith": a different person who shares a known word
                    for name in overlapped:
                        if name.start >= start:
                            dropped.add(id(name))
                    ner_names.append(Name(start, end, doc[start:end].text, form="person"))
            elif ent.label_ in ORG_LABELS:
                if not overlapped and ent.start >= person_surnames.get(ent.text, len(doc)):
                    # "Mhlanga" tagged ORG after "Blessed Mhlanga" tagged PERSON: the same person
                    ner_names.append(Name(ent.start, ent.end, ent.text, None, "coref", ner_person=True))
                    continue
                if not overlapped:
                    if _aged(doc, ent):
                        # "Wilmer Andres Quinonez, 39, was detained": only people have an age
                        ner_names.append(Name(ent.start, ent.end, ent.text, form="person"))
                    elif _plausible_org(ent) and not _is_region(ent.text) \
                            and ent[-1].lower_ not in self.document_name_words:  # ("the Svalbard Treaty": a text)
                        ner_names.append(Name(ent.start, ent.end, ent.text, form="org"))
                    continue
                if ent[-1].lower_ in self.document_name_words and len(ent) > 1 and ent[-1].i not in covered \
                        and all(n.is_seat or n.form == "adj" for n in overlapped):
                    # "the Ankara Declaration", "the Minsk Protocol": a text named after a city is no party
                    for name in overlapped:
                        dropped.add(id(name))
                    continue
                own = [
                    i for i in range(ent.start, ent.end)
                    if i not in covered and doc[i].pos_ in NOUNISH and doc[i].is_alpha
                ]
                inner = [n for n in overlapped if n.is_country or n.is_seat or n.form == "adj"]
                if self._other_organisation(doc, own, overlapped, inner):
                    # "the National Congress Party" (Sudan) is not "Congress": a name of its own
                    # (a capitalised word before the known name) makes it another organisation
                    for name in overlapped:
                        dropped.add(id(name))
                    ner_names.append(Name(ent.start, ent.end, ent.text, form="org", inner=inner))
                    continue
                if own and len(inner) == len(overlapped):
                    # "Russian Foreign Ministry": an unknown organisation with a known country
                    for name in inner:
                        dropped.add(id(name))
                    ner_names.append(Name(ent.start, ent.end, ent.text, form="org", inner=inner))
        ents = list(doc.ents)  # (doc.ents builds new spans on every access)
        ner_names = self._not_places(doc, ner_names, ents)
        ner_names.extend(self._same_org(ents, ner_names, covered, blocked))
        person_tokens = {i for ent in doc.ents if ent.label_ in PERSON_LABELS for i in range(ent.start, ent.end)}
        for name in kb_names:
            name.ner_person = name.start in person_tokens
        names = [name for name in kb_names if id(name) not in dropped] + ner_names
        names.extend(self.repeated_surnames(doc, names))
        names = [name for name in names if not self._listed_place(doc, name)]
        names.sort(key=lambda n: n.start)
        return _no_overlaps(names)

    def _listed_place(self, doc: Doc, name: Name) -> bool:
        """A person's name listed among places ("the towns of Bocaranga and Bazoum") is a place."""
        if not name.is_person:
            return False
        node = doc[name.start:name.end].root
        while node.dep_ == "conj" and node.head != node:
            node = node.head
        return node.dep_ == "pobj" and node.head.lower_ == "of" and self._place_noun(node.head.head)

    def _names_a_portfolio(self, doc: Doc, name: Name) -> bool:
        """A one-word party name before a ministry's word names the portfolio ("Labour Minister",
        "the Labor Department"), not the party (resolution.yaml, ``portfolio_words``)."""
        return name.entity is not None and name.entity.sector == "PTY" and name.end - name.start == 1 \
            and name.end < len(doc) and doc[name.end].lower_ in self.portfolio_words

    def _ends_a_place_name(self, doc: Doc, name: Name) -> bool:
        """Is a country's name only the end of a longer place name ("Port of Spain", "Puerto
        Jordan", "New Mexico")? The parser's place entity runs on before it with capitalised words
        that are no compass word ("Northern Ireland", "Upper Egypt" still name a part of the state)
        and no name of their own."""
        if not name.is_country or name.form == "adj" or doc[name.start].ent_iob_ != "I":
            return False  # (the entity must begin before the name)
        if doc[name.start].ent_type_ not in PLACE_LABELS | {"FAC"}:  # ("Port of Spain" is often a FAC)
            return False
        start = name.start
        while doc[start].ent_iob_ == "I":
            start -= 1
        before = doc[start:name.start]
        if before[0].lower_ in self.rules.compass_words:
            return False
        # (a sentence-opening "The United States" is the country itself)
        return all((t.is_title and t.pos_ == "PROPN") or t.lower_ in PLACE_NAME_JOINERS for t in before) \
            and before[0].pos_ == "PROPN"

    def _another_countrys(self, doc: Doc, name: Name) -> bool:
        """Is a national body's name ("Congress", "Senate") owned by another country right before
        it ("Mexico's Congress", "the Philippine Senate")?"""
        entity = name.entity
        if entity is None or entity.kind != "organisation" or not entity.country:
            return False
        before = doc[max(0, name.start - 2):name.start]
        words = [t.text for t in before if t.text not in ("'s", "’s", "'")]
        if " " in name.surface:
            # "the South Sudan People's Defence Forces" is not Myanmar's People's Defence Force: a
            # state's own body named like another state's (never an armed movement across borders)
            if entity.country in STATELESS_CODES | THIRD_PARTY_CODES:
                return False
            return any(h.key.startswith("country:") and self.kb.entities[h.key].country != entity.country
                       for w in words[-1:] for h in self.kb.aliases.get(w, ()))
        previous = doc[name.start - 1] if name.start > 0 else None
        if previous is not None and previous.is_title and previous.pos_ in ("PROPN", "NOUN") \
                and not self.kb.aliases.get(previous.text) and not previous.is_sent_start:
            return True  # "Ghana's Trades Union Congress": the last word of another body's name
        return any(h.key.startswith("country:") and self.kb.entities[h.key].country != entity.country
                   for w in words[-1:] for h in self.kb.aliases.get(w, ()))

    def _in_feature_name(self, doc: Doc, name: Name) -> bool:
        """Is a country's name or adjective part of a sea's, gulf's or other feature's name
        ("South China Seas", "Korean peninsula", "Gulf of Mexico")? (resolution.yaml,
        ``geographic_features``)"""
        if not (name.is_country and name.form in {"name", "adj"}):
            return False
        rules = self.rules
        if name.end < len(doc):
            after = doc[name.end]
            if after.lower_ in rules.feature_after_lower or (after.lower_ in rules.feature_after and after.is_title):
                return True
        if name.start >= 2 and doc[name.start - 1].lower_ == "of":
            before = doc[name.start - 2]
            return before.lower_ in rules.feature_before_of and before.is_title
        return False

    def _locates_place(self, doc: Doc, name: Name) -> bool:
        """Does a country only say where a place is ("the seat of power in Pakistan", "a camp in
        Kenya")? (resolution.yaml, ``place_of_place``)"""
        if not name.is_country or name.form != "name":
            return False
        root = doc[name.start:name.end].root
        prep = root.head
        if root.dep_ != "pobj" or prep.lower_ not in self.rules.place_of_place_preps:
            return False
        place = prep.head
        if place.dep_ == "pobj" and place.head.lower_ == "of" and place.head.head.pos_ in NOUNISH:
            place = place.head.head  # "the seat of power in Pakistan"
        return place.pos_ in NOUNISH and place.lemma_.lower() in self.rules.place_of_place_nouns

    def _same_org(self, ents: list, ner_names: list[Name], covered: dict[int, Name], blocked: set[int]) -> list[Name]:
        """'YChina' tagged ORG twice and GPE once: an unknown organisation of the article is that
        organisation wherever the same words stand as another entity (not a person), unless the
        gazetteer knows them as a place."""
        orgs = {n.surface for n in ner_names if n.form == "org" and n.entity is None}
        if not orgs:
            return []
        taken = {i for n in ner_names for i in range(n.start, n.end)} | set(covered) | blocked
        return [
            Name(ent.start, ent.end, ent.text, form="org") for ent in ents
            if ent.label_ not in PERSON_LABELS | ORG_LABELS and ent.text in orgs
            and not any(i in taken for i in range(ent.start, ent.end)) and lookup_place(ent.text) is None
        ]

    def _not_places(self, doc: Doc, ner_names: list[Name], ents: list) -> list[Name]:
        """Unknown PERSON names that are places or labels ("Diego Garcia", "Dadaab", "Jim Crow
        law"), left out: names the gazetteer knows as a place, or that stand after "in", "at" and
        the like, or that only label a thing ("Jim Crow laws"), when no mention treats them as a
        person (a title or honorific before, an apposition that is no place noun, the subject of
        a verb of speaking or of "according to", a possessive)."""
        rules = self.rules
        by_surface: dict[str, list[Name]] = {}
        for name in ner_names:
            if name.form == "person" and name.entity is None:
                by_surface.setdefault(name.surface, []).append(name)
        if not by_surface:
            return ner_names
        tagged_places: dict[str, int] = {}
        for ent in ents:
            if ent.label_ in PLACE_LABELS:
                tagged_places[ent.text] = tagged_places.get(ent.text, 0) + 1
        dropped: set[int] = set()
        for surface, mentions in by_surface.items():
            known = lookup_place(surface) is not None or subdivision_country(surface) is not None
            placed = labelled = 0
            personal = False
            for name in mentions:
                root = doc[name.start:name.end].root
                before = doc[name.start - 1] if name.start > 0 else None
                appositions = [c for c in root.children if c.dep_ == "appos"] + ([root.head] if root.dep_ == "appos" else [])
                titled = before is not None and (before.lower_ in self.kb.sector_words or before.text in rules.honorifics
                                                 or before.text in rules.name_titles)
                speaks = root.dep_ in {"nsubj", "nsubjpass"} and (known or root.head.lemma_.lower() in rules.speaking_verbs)
                if titled or speaks or any(not self._place_noun(a) for a in appositions) \
                        or (root.dep_ == "pobj" and root.head.head.lower_ == "according") \
                        or any(c.lower_ in POSSESSIVE for c in root.children):
                    personal = True
                    break
                if root.dep_ == "pobj" and (root.head.lower_ in rules.place_preps
                                            or (known and root.head.lower_ in rules.gazetteer_place_preps)):
                    placed += 1
                elif appositions or (root.dep_ == "compound" and self._place_noun(root.head)):
                    placed += 1
                elif root.dep_ == "compound" and root.head.lemma_.lower() in rules.eponym_nouns:
                    labelled += 1
            # the same words tagged as a place elsewhere ("refugees in Dadaab" GPE) count as placed
            placed += tagged_places.get(surface, 0)
            if not personal and (known or placed or labelled == len(mentions)):
                dropped.update(id(n) for n in mentions)
        return [n for n in ner_names if id(n) not in dropped]

    def _place_noun(self, token: Token) -> bool:
        """A place noun, or one or part of them ("one of the islands", "part of the camp"), not
        a title ("deputy secretary of state")."""
        nouns = self.rules.place_nouns
        if token.lemma_.lower() in nouns:
            return True
        return (token.pos_ in {"NUM", "PRON"} or token.lower_ in {"one", "part", "some", "each"}) and any(
            p.lemma_.lower() in nouns for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
            for p in c.children if p.dep_ == "pobj")

    def own_inner(self, doc: Doc, org: Name) -> list[Name]:
        """The country names inside an unknown organisation's name that say whose it is: before
        its head noun ("the Pakistan Bar Association") or right after "of" that follows it ("the
        University of Nairobi"); not a cause after "for" or "in" ("Committee for Freedom in Hong Kong")."""
        root = doc[org.start:org.end].root
        own = []
        for name in org.inner:
            if name.end <= root.i:
                own.append(name)
            elif name.start >= 2 and name.start - 2 == root.i and doc[root.i + 1].lower_ == "of":
                own.append(name)
        return own

    def _other_organisation(self, doc: Doc, own: list[int], overlapped: list[Name], inner: list[Name]) -> bool:
        """Does an ORG entity name another organisation than the known one inside it?

        True when a capitalised proper noun of the entity's own, not a title word, comes before
        the known organisation's name ("National" in "National Congress Party"); words after it
        ("Wagner Group", "Hamas movement") only say what kind of body it is.
        """
        known = [n for n in overlapped if n not in inner]
        if not known or not all(n.is_org and n.entity is not None for n in known):
            return False
        first = min(n.start for n in known)
        if any(doc[i].lower_ in {",", "and", "&", "or"} for i in range(min(own, default=first), first)):
            return False  # "Twitter, Instagram and Facebook": a list, not one name
        before = doc[first - 1] if first > 0 else None
        if before is not None:
            # "Mexican Congress" is Mexico's, not the US Congress the bare word means
            codes = {n.entity.country for n in known if n.entity is not None}
            for name in inner:
                if name.start <= before.i < name.end and name.entity is not None and name.entity.country not in codes \
                        and not codes & THIRD_PARTY_CODES:
                    return True
        last = max(n.end for n in known)
        after = doc[last] if last < len(doc) and last in own else None
        # (an international body's own organs keep its code: "the United Nations Working Group")
        if after is not None and after.is_title and after.pos_ in ("PROPN", "NOUN") \
                and after.lower_ not in self.org_kind_words and doc[last - 1].lower_ not in self.org_kind_words \
                and not {n.entity.country for n in known if n.entity is not None} & THIRD_PARTY_CODES:
            return True  # "the Department of State Services" (Nigeria) is not the Department of State
        return (
            before is not None
            and before.i in own
            and before.pos_ == "PROPN"
            and before.is_title
            and before.lower_ not in self.kb.sector_words
            and before.lower_ not in self.org_descriptors
        )

    def repeated_surnames(self, doc: Doc, names: list[Name]) -> list[Name]:
        """Later bare surnames of people spaCy found once ("Maria Lopez ... Lopez said").

        The small model often tags a full name but misses the surname alone; the surnames are
        looked up in the whole Doc at once (a vectorised comparison, no per-token Python).
        """
        firsts: dict[int, int] = {}  # surname hash -> token after the first full mention
        for name in names:
            if name.form == "person" and name.entity is None and name.end - name.start > 1:
                last = doc[name.end - 1]
                if last.is_title and len(last.text) > 2 and last.lower_ not in self.kb.sector_words:
                    firsts.setdefault(last.orth, name.end)
        if not firsts:
            return []
        orths = doc.to_array([ORTH]).astype("uint64")
        hits = numpy.nonzero(numpy.isin(orths, numpy.array(list(firsts), dtype="uint64")))[0]
        covered = {i for name in names for i in range(name.start, name.end)}
        extra = []
        for index in hits.tolist():
            if index not in covered and index >= firsts[int(orths[index])]:
                token = doc[index]
                extra.append(Name(index, index + 1, token.text, None, "coref", ner_person=True))
        return extra

    def _namesake(self, doc: Doc, name: Name, names: list[Name]) -> Name:
        """"Gen. Listyo Sigit Prabowo" is not President Prabowo: a known surname right after
        given names that are not the known person's own is another person (when the model tagged
        no PERSON to say so; titles and honorifics before the surname do not count)."""
        if name.form != "short" or name.entity is None or name.entity.kind != "person":
            return name
        person = self.kb.people.get(name.entity.name)
        if person is None:
            return name
        own = {t for alias in (person.name, *person.aliases) for t in alias.replace("-", " ").split()}
        taken = {i for other in names if other is not name for i in range(other.start, other.end)}
        start = name.start
        while start > 0:
            token = doc[start - 1]
            if not (token.pos_ == "PROPN" and token.is_alpha and token.is_title) or token.i in taken \
                    or token.ent_type_ not in ("", "PERSON") or "\n" in token.whitespace_ \
                    or doc[start].is_sent_start or token.lower_ in self.kb.sector_words \
                    or token.text in self.rules.honorifics:
                break  # ("... Mideast and Africa. Erdogan said": a place or another sentence before it)
            start -= 1
        given = {doc[i].text for i in range(start, name.start)}
        if not given or given <= own:
            return name
        return Name(start, name.end, doc[start:name.end].text, form="person")

    def _same_person(self, doc: Doc, own: list[int], overlapped: list[Name]) -> Name | None:
        """The known person whose own name holds the entity's other words, if exactly one."""
        words = {doc[i].text for i in own if doc[i].is_alpha}
        for name in overlapped:
            if name.form not in {"short", "coref"}:
                continue
            people = [name.entity.name] if name.entity is not None else self.kb.coref_aliases.get(name.surface, [])
            fitting = []
            for person_name in people:
                person = self.kb.people.get(person_name)
                if person is None:
                    continue
                tokens = {t for alias in (person.name, *person.aliases) for t in alias.replace("-", " ").split()}
                if words <= tokens:
                    fitting.append(person_name)
            if len(fitting) == 1:
                name.entity = self.kb.entities[f"person:{fitting[0]}"]
                name.form = "short"
                return name
        return None

    def read_name(
        self, start: int, end: int, surface: str, readings: dict[str, str | None], day: dt.date
    ) -> Name | None:
        """The reading of one matched surface, or None when it is not an actor here."""
        kb = self.kb
        if surface in readings:
            key = readings[surface]
            if key is None or key not in kb.entities:
                return None
            fallback = AliasHit(key, "capital" if key.startswith("seat:") else "name")
            hits = [hit for hit in kb.aliases.get(surface, []) if hit.key == key] or [fallback]
            return Name(start, end, surface, kb.entities[key], hits[0].form)
        if surface in self.residents:
            # "Kosovo Serb", "Bosnian Serbs": one people, coded as the state it lives in (the
            # longest match beats the two demonyms, so Serbia is no co-actor)
            return Name(start, end, surface, *self.residents[surface])
        hits = kb.aliases.get(surface, [])
        if not hits:
            return Name(start, end, surface, None, "coref") if surface in kb.coref_aliases else None
        hit = self._pick(hits, day)
        if hit is None:
            return Name(start, end, surface, None, "coref")
        return Name(start, end, surface, kb.entities[hit.key], hit.form)

    def _pick(self, hits: list[AliasHit], day: dt.date) -> AliasHit | None:
        """One reading among several: a person holding office on the day, else the first kind."""
        keys = list(dict.fromkeys(hit.key for hit in hits))
        if len(keys) == 1:
            return hits[0]
        people = [hit for hit in hits if hit.key.startswith("person:")]
        if people:
            active = [
                hit for hit in people
                if self.kb.person_role(self.kb.people[hit.key[7:]], day)[0] is not None
            ]
            if len({hit.key for hit in active}) == 1:
                return active[0]
            if len(people) == len(hits):
                return None  # two known people share the name: only in-article context can tell
        for prefix in ("org:", "country:", "seat:"):
            for hit in hits:
                if hit.key.startswith(prefix):
                    return hit
        return hits[0]

    def _trim_person(self, doc: Doc, start: int, end: int, covered: dict[int, Name]) -> int:
        """Skip titles, countries and honorifics at the left of a PERSON entity."""
        words = self.kb.sector_words
        while start < end:
            token = doc[start]
            lower = token.lower_
            if start + 1 < end and f"{lower} {doc[start + 1].lower_}" in words:
                start += 2  # "Prime Minister"
                continue
            if (
                lower in LEAD_TRIM
                or lower in words
                or token.text in self.rules.honorifics
                or token.text in self.rules.name_titles
                or (start in covered and covered[start].form in {"adj", "people"})
            ):
                start += 1
                continue
            break
        return start

    def find_words(self, doc: Doc, names: list[Name]) -> list[Word]:
        """Sector words outside names; those inside an unknown ORG name go to the name.

        An unknown entity inside a title ("State" in "Secretary of State") is dropped from
        ``names`` in place: the title explains it.
        """
        spans = _longest_first(
            (start, end, doc.vocab.strings[match_id]) for match_id, start, end in self.word_matcher(doc)
        )
        if self.anaphor_words:
            # "the group", "the bloc": nouns that name no sector but may refer back to an actor
            taken = {i for start, end, _ in spans for i in range(start, end)}
            extra = [
                (start, end, doc.vocab.strings[match_id]) for match_id, start, end in self.anaphor_matcher(doc)
                if doc[end - 1].pos_ == "NOUN"
            ]
            extra = [(s, e, f) for s, e, f in _longest_first(extra) if not any(i in taken for i in range(s, e))]
            spans = sorted([*spans, *extra])
        # an unknown entity that a title contains ("State" in "Secretary of State") or cuts
        # through ("British Defence" in "British Defence Secretary") gives way to the title
        swallowed = {
            id(name)
            for name in names
            if name.entity is None and name.form in {"org", "person"}
            for start, end, _ in spans
            if start < name.end and name.start < end and not (name.start <= start and end <= name.end)
        }
        if swallowed:
            kept: list[Name] = []
            for name in names:
                kept.extend(name.inner if id(name) in swallowed else [name])
            names[:] = sorted(kept, key=lambda n: n.start)
        by_token = {i: name for name in names for i in range(name.start, name.end)}
        words: list[Word] = []
        for start, end, form in spans:
            if form in self.rules.shore_words and (
                    (start > 0 and doc[start - 1].lower_ in self.rules.shore_sides)
                    or (end < len(doc) and doc[end].lower_ == "of" and any(t.lower_ == "river" for t in doc[end:end + 6]))):
                continue  # "the east bank of the Dnipro", "the Afghan bank of the Panj River": a river's side
            if form in self.rules.bare_state_words and not self._bare_state(doc[start]):
                continue
            info = self.kb.sector_words.get(form) or self.anaphor_words[form]
            if form in self.rules.kin_words and self._named_kin(doc[end - 1], spans, by_token):
                info = replace(info, needs_country=False)  # "his family": people, wherever they are
            word = Word(start, end, info)
            owner = by_token.get(start)
            if owner is not None or by_token.get(end - 1) is not None:
                if owner is not None and owner.form == "org" and owner.start <= start and end <= owner.end:
                    owner.inner_words.append(word)
                continue
            words.append(word)
        words.extend(self._name_titles(doc, names, words))
        self._implied_people(doc, words, by_token)
        return sorted(words, key=lambda w: w.start)

    @staticmethod
    def _named_kin(token: Token, spans: list[tuple[int, int, str]], names: dict[int, Name]) -> bool:
        """'his family', '300 families', 'families of the missing' are people; 'families of soldiers'
        are the soldiers' phrase (its "of" joins them), and families alone people only where a country
        places them ("Afghan families", "families in Yemen"), like nationals or households."""
        if any(c.dep_ in ("poss", "nummod") for c in token.children):
            return True
        named = {i for start, end, _ in spans for i in range(start, end)} | set(names)
        return any(c.dep_ == "prep" and c.lower_ == "of" and not any(t.i in named for t in c.subtree)
                   for c in token.children)

    def _implied_people(self, doc: Doc, words: list[Word], names: dict[int, Name]) -> None:
        """People a sentence names only through a count, a gathering or the homes they are in: each
        finder gives the span that stands for them (or None), with the sector word they take."""
        finders = ((self._counted_people, "people"), (self._gathering_acted_on, "protesters"),
                   (self._dwelling_attacked, "residents"))
        for finder, form in finders:
            info = self.kb.sector_words.get(form)
            taken = {i for w in words for i in range(w.start, w.end)} | set(names)
            if info is not None:  # (found first, then added: a finder reads the words found before it)
                found = [Word(start, token.i + 1, info) for token in doc if token.i not in taken
                         and (start := finder(doc, token, words, taken)) is not None]
                words.extend(found)

    def _dwelling_attacked(self, doc: Doc, token: Token, words: list[Word], taken: set[int]) -> int | None:
        """'set fire to dozens of homes', 'gunmen opened fire on a bus': the homes or bus attacked
        stand for the people in them."""
        if token.pos_ != "NOUN" or token.lower_ not in self.rules.dwelling_nouns or token.dep_ not in ("dobj", "pobj", "nsubjpass"):
            return None
        if any(c.dep_ in ("poss", "compound") and c.i in taken for c in token.children):
            return None  # "the governor's house", "army barracks": whose it is says who
        node, verb, fire = token, None, False
        for _ in range(5):  # up through "to dozens of" (or "fire on") to the verb
            node = node.head
            fire = fire or node.lemma_.lower() == "fire"
            if node.pos_ == "VERB":
                verb = node
                break
            if node.dep_ not in ("pobj", "prep", "dobj") and node.pos_ != "ADP":
                break
        if verb is None or any(w.info.sector == "CVL" and token.sent.start <= w.start < token.sent.end for w in words):
            return None  # ("strikes hit homes, killing women and children": the people are named)
        fire = fire or any(c.lemma_.lower() == "fire" for c in verb.children)
        attacking = verb.lemma_.lower() in self.rules.dwelling_verbs or (fire and verb.lemma_.lower() == "open")
        return token.i if attacking else None

    def _gathering_acted_on(self, doc: Doc, token: Token, words: list[Word], taken: set[int]) -> int | None:
        """'police dispersed a sit-in': a gathering that force is used on stands for its people."""
        start = token.i
        if token.i >= 2 and doc[token.i - 1].text == "-" and not doc[token.i - 1].whitespace_:
            start = token.i - 2  # "sit-in", split in three
        if token.pos_ != "NOUN" or doc[start:token.i + 1].text.lower() not in self.rules.gathering_nouns:
            return None
        verb = token.head.head if token.dep_ == "pobj" and token.head.lower_ in ("on", "at") else token.head
        if token.dep_ not in ("dobj", "nsubjpass", "pobj") or verb.pos_ != "VERB" \
                or verb.lemma_.lower() not in self.rules.gathering_verbs:
            return None
        if any(t.i in taken for c in token.children
               if c.dep_ in ("poss", "compound", "amod") or (c.dep_ == "prep" and c.lower_ in ("of", "by"))
               for t in c.subtree):
            return None  # "broke up a rally of students", "the opposition's march": the phrase names them
        return start

    def _counted_people(self, doc: Doc, token: Token, words: list[Word], taken: set[int]) -> int | None:
        """'arrested 14 suspected of smuggling': a bare count, object of an act done to people, is people."""
        verb = token.head
        if token.pos_ != "NUM" or not token.like_num or token.ent_type_ not in ("CARDINAL", "") \
                or token.dep_ not in ("dobj", "nsubjpass") or verb.pos_ != "VERB" \
                or verb.lemma_.lower() not in self.rules.counted_people_verbs \
                or any(c.lower_ == "of" or c.pos_ in NOUNISH for c in token.children) \
                or any(c.dep_ == token.dep_ and c.pos_ in NOUNISH for c in verb.children):
            return None  # ("killed 12 of the soldiers", "deported 173 mostly women": the nouns are the actors)
        if verb.tag_ == "VBG":
            return None  # "clashed with insurgents, killing three": some of those named, not new people
        if verb.lemma_.lower() == "round" and not any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children):
            return None
        return token.i

    def _bare_state(self, token: Token) -> bool:
        """Is "state" the government ("if the state did not release them"), standing alone after
        its determiner, rather than part of a name, a place or a phrase ("Kwara state", "state media",
        "the state of emergency", "state-owned")?"""
        doc = token.doc
        before = doc[token.i - 1] if token.i > 0 else None
        after = doc[token.i + 1] if token.i + 1 < len(doc) else None
        rules = self.rules
        if token.dep_ == "pobj" and token.head.lower_ not in rules.bare_state_preps:
            return False  # "violence in the state", "moved to the state": a region
        if token.dep_ == "dobj" and token.head.lemma_.lower() in rules.bare_state_place_verbs:
            return False  # "Modi visited the state"
        return (token.dep_ not in ("compound", "amod", "nmod") and before is not None
                and before.lower_ in rules.bare_state_determiners
                and not (after is not None and (after.text in DASHES or after.text == "-"))
                and not any(child.dep_ in ("compound", "amod", "nmod") for child in token.children)
                # "the state of emergency", "the state of Kerala"; not "accused the state of torturing"
                and not any(child.dep_ == "prep" and any(g.dep_ == "pobj" for g in child.children)
                            for child in token.children))

    def drop_led(self, doc: Doc, words: list[Word]) -> list[Word]:
        """Sector words without those that say who runs a state: "military" in "the
        military-led government" or "the three junta-ruled nations" (resolution.yaml ``led_states``)."""
        rules = self.rules
        kept = []
        for word in words:
            after = doc[word.end:word.end + 3]
            if len(after) == 3 and after[0].text in DASHES and after[1].lower_ in rules.led_words \
                    and self.np_head(after[1]).lower_ in rules.led_state_nouns:
                continue
            kept.append(word)
        return kept

    def drop_origins(self, doc: Doc, names: list[Name], words: list[Word]) -> list[Name]:
        """Names without the demonyms that say where people come from, not whose they are:
        "Chinese" in "Chinese Americans", "an Iranian American journalist", "Chinese-American
        scientists" (resolution.yaml ``origin_demonyms``)."""
        rules = self.rules
        dropped: set[int] = set()
        word_at = {i: w for w in words for i in range(w.start, w.end)}
        people_at = {i for n in names if n.is_person for i in range(n.start, n.end)}
        for first, second in zip(names, names[1:]):
            if first.form != "adj" or second.form not in {"adj", "people"} or first.entity is None \
                    or second.entity is None or second.surface in rules.ethnic_demonyms:
                continue
            hyphen = second.start == first.end + 1 and doc[first.end].text in {"-", "–"}
            if second.start != first.end and not hyphen:
                continue
            if second.form == "adj":
                head = self.np_head(doc[second.end - 1])
                # the first sector word after the demonyms ("American journalist Masih Alinejad")
                word = next((word_at[i] for i in range(second.end, head.i + 1) if i in word_at), None)
                if word is None and head.i in people_at:
                    pass  # "the Iranian American Masih Alinejad": a person
                elif word is not None:
                    if word.info.kind not in {"person", "group"} or word.info.sector in rules.state_sectors:
                        continue  # "Russian-Syrian forces": two states' bodies
                elif head.lower_ not in rules.origin_people_heads and not self._one_person(head) and (
                    hyphen or not _names_agents(head, self.agent_suffixes, self.agent_nouns)
                ):
                    continue  # "Chinese-American relations", "Israeli-Palestinian negotiators"
            # "British Pakistanis" (British usage) are British: the origin comes second
            dropped.add(id(second) if first.surface in rules.nationality_first else id(first))
        return [n for n in names if id(n) not in dropped] if dropped else names

    def _one_person(self, head: Token) -> bool:
        """Does a singular noun name one person ("a Chinese-American scientist", "a British-Iranian
        aid worker")? One person is no pair of sides: the demonyms before it are an origin and a
        nationality, so they make one actor (not a border, a place or a thing between two states)."""
        rules = self.rules
        lemma = head.lemma_.lower()
        return head.tag_ == "NN" and head.lower_.endswith(PERSON_SUFFIXES) and lemma not in rules.border_nouns \
            and lemma not in rules.place_of_place_nouns

    def _name_titles(self, doc: Doc, names: list[Name], words: list[Word]) -> list[Word]:
        """'Justice Gibson Mandaza', 'Representative Michael McCaul': a capitalised title right
        before a person's name (resolution.yaml ``name_titles``) gives the person its sector."""
        titles = self.rules.name_titles
        if not titles:
            return []
        taken = {i for w in words for i in range(w.start, w.end)} | {i for n in names for i in range(n.start, n.end)}
        out: list[Word] = []
        for name in names:
            index = name.start - 1
            if not name.is_person or index < 0 or index in taken:
                continue
            token = doc[index]
            sector = titles.get(token.text)
            if sector is None:
                continue
            info = SectorWord(
                form=token.lower_, sector=sector, kind="person", role=None, title=token.text.rstrip("."),
                head_strength=2, mod_strength=2, needs_country=False,
            )
            out.append(Word(index, index + 1, info))
        return out

    def find_pairs(self, doc: Doc) -> tuple[list[tuple[int, int, str]], list[int], list[int]]:
        """Compound mentions ("the two leaders"), person pronouns as subjects, and plural
        pronouns ("they", "them"; not partitive: "four of them" counts, it refers to no one new)."""
        pairs: list[tuple[int, int, str]] = []
        pronouns: list[int] = []
        plurals: list[int] = []
        for match_id, start, end in self.pair_matcher(doc):
            label = doc.vocab.strings[match_id]
            if label.startswith("pair_") and not self._definite_pair(doc, start, end):
                continue
            if label == "pronoun":
                pronouns.append(start)
            elif label == "plural_pronoun":
                token = doc[start]
                if not (token.dep_ == "pobj" and token.head.lower_ in self.rules.partitive_preps):
                    plurals.append(start)
            else:
                pairs.append((start, end, label[5:]))
        return _longest_first(pairs), pronouns, plurals

    def country_nouns(self, doc: Doc) -> list[int]:
        """A bare "the country" / "the nation" where it acts or owns ("urged the country to ...",
        "the country's president"): it refers back to a state. Not where it is a place ("across
        the country", "left the country")."""
        rules = self.rules
        return [
            t.i for t in doc
            if t.lower_ in rules.country_nouns and t.tag_ == "NN"
            and [c.lower_ for c in t.children if c.dep_ not in ("case", "punct")] == ["the"]
            and t.dep_ in rules.country_noun_deps
            and not (t.dep_ == "dobj" and t.head.lemma_.lower() in rules.country_noun_leaving_verbs)
        ]

    def _definite_pair(self, doc: Doc, start: int, end: int) -> bool:
        """Does a counted noun refer back? "three countries signed" and "two senior Chinese
        leaders were sacked" are first mentions; "the three nations", "both neighbouring
        countries" and "the two leaders" refer back (modifiers naming no one, and a definite
        determiner unless the word is "both" or the count two with no modifier)."""
        count = self.rules.pair_counts.get(doc[start].lower_, 2)
        modified = end - start > 2
        if modified and any(t.ent_type_ in ("GPE", "NORP", "ORG") or any(
                h.key.startswith(("country:", "org:")) for h in self.kb.aliases.get(t.text, ()))
                for t in doc[start + 1:end - 1]):
            # "the two Chinese leaders": only the Chinese ones, which this does not know (a region
            # says which of those named: "the three Sahel states", "both Gulf monarchies")
            return False
        definite = start > 0 and doc[start - 1].lower_ in self.rules.pair_definite
        if doc[end - 1].lower_ in self.rules.stranger_lemmas | {"women"} and doc[start].lower_ != "both":
            return definite  # "two men were killed": new people, unless "the two men"
        if doc[start].lower_ == "both" or (count == 2 and not modified):
            return True
        return definite

    # -- noun phrases ----------------------------------------------------------------------

    def group(self, doc: Doc, names: list[Name], words: list[Word]) -> tuple[list[Phrase], list[Name]]:
        """Noun phrases around names and sector words; names in no phrase stand alone."""
        # "the Serb-controlled republic": a people inside some country names no actor at all
        # and "a Panama-registered ship" no party at all
        # and "the anti-Taliban resistance", "pro-Russian separatists": whom they oppose or favour is no actor there
        names = [n for n in names if not (
            (n.form in {"adj", "people"} and self._hyphen_role(doc, n) == "ethnic") or self._hyphen_role(doc, n) == "registry"
            or self._negated_by_prefix(doc, n))]
        elements: list[Element] = [*names, *words]
        roots = {id(e): doc[e.start:e.end].root for e in elements}
        possessors = frozenset(
            roots[id(e)].i for e in elements if isinstance(e, Word) or (isinstance(e, Name) and e.is_person)
        )
        by_head: dict[int, list[Element]] = {}
        for element in elements:
            root = roots[id(element)]
            if isinstance(element, Name) and self._hyphen_role(doc, element) == "country":
                root = doc[element.end + 1]  # "the Saudi-led coalition": through "led" to its noun
            by_head.setdefault(self.np_head(root, possessors).i, []).append(element)
        phrases: dict[int, Phrase] = {}
        standalone: list[Name] = []
        for head, members in by_head.items():
            members.sort(key=lambda e: e.start)
            anchor = next((e for e in members if e.start <= head < e.end), None)
            if anchor is None:
                anchor = self._modifier_anchor(doc, head, members) or self._doer_modifier(doc, head, members)
            if anchor is None or (isinstance(anchor, Word) and doc[head].pos_ not in NOUNISH
                                  and not (doc[head].pos_ == "NUM" and anchor.start == head)):
                standalone.extend(e for e in members if isinstance(e, Name))
                continue
            phrase = Phrase(head=head, anchor=anchor, spans=[])
            first = anchor.start
            apart: list[Name] = []
            for element in members:
                if element is anchor:
                    if isinstance(element, Word):
                        phrase.words.append(element)
                    continue
                if isinstance(element, Word):
                    phrase.words.append(element)
                    first = min(first, element.start)
                elif self.absorbs(anchor, element, doc):
                    phrase.names.append(element)
                    first = min(first, element.start)
                else:
                    standalone.append(element)
                    apart.append(element)
            # "Donald Trump's special envoy": the phrase starts after a name that stands apart
            for name in apart:
                if first <= name.start < anchor.start:
                    first = max(first, name.end)
            while first < anchor.start and doc[first].lower_ in POSSESSIVE:
                first += 1
            phrase.words = [w for w in phrase.words if w.start >= first]
            phrase.names = [n for n in phrase.names if n.start >= first]
            phrase.spans.append((first, anchor.end))
            phrase.former = self._has_former(doc, first, anchor.end)
            phrase.definite = any(doc[i].lower_ == "the" for i in range(max(0, first - 2), first + 1))
            phrases[head] = phrase
        self._attach_of(doc, phrases)
        self._merge_appositions(doc, phrases)
        return sorted(phrases.values(), key=lambda p: p.spans[0][0]), standalone

    def np_head(self, token: Token, possessors: frozenset[int] = frozenset()) -> Token:
        """The head of the noun phrase a token modifies ("Chinese" -> "Jinping").

        ``possessors`` are tokens that head a phrase of their own even as a possessive: a title
        or a person ("the Russian government's refusal" stops at "government").
        """
        for _ in range(CLIMB_LIMIT):
            if token.i in possessors and token.dep_ == "poss":
                break
            head = token.head
            if token.dep_ == "conj" and head.i < token.i and head.dep_ in MODIFIER_DEPS and head.head.i > token.i:
                token = head  # "Hungarian and Romanian officials": climb from the first conjunct
                continue
            if token.dep_ in MODIFIER_DEPS and head.i > token.i and head.pos_ in NOUNISH:
                token = head
                continue
            break
        return token

    def _modifier_anchor(self, doc: Doc, head: int, members: list[Element]) -> Word | None:
        """'Panamanian army officers', 'Ugandan opposition candidates', 'Cambodian refugee camp':
        a head noun the lexicon lacks takes the sector of a strong modifier, when a country or
        organisation also modifies it. A vessel, vehicle or post of a force ("Chinese coast guard
        ships", "a military convoy") needs no country: it is located like "the military"."""
        token = doc[head]
        forms = {token.lower_, token.lemma_.lower()}
        premises = token.pos_ == "NOUN" and bool(forms & self.rules.premises_nouns)
        force = premises or (token.pos_ == "NOUN" and bool(forms & self.rules.force_nouns))
        if token.pos_ != "NOUN" or not (force or _names_agents(token, self.agent_suffixes, self.agent_nouns)):
            return None  # "military policies", "U.N. presence": things, not actors
        # (a building's owner need not be a strong modifier: "government buildings")
        strong = [m for m in members if isinstance(m, Word) and m.info.sector
                  and (m.info.mod_strength >= 2 or (premises and m.end == head))]
        named = [m for m in members if isinstance(m, Name) and (m.is_country or m.is_org or m.form == "adj")]
        if force:
            strong = [m for m in strong if m.info.kind != "person"
                      and (premises or m.info.sector in self.rules.force_sectors)]
            named = named or [None]  # type: ignore[list-item]
        if not strong or not named:
            return None
        best = max(strong, key=lambda w: w.info.mod_strength)
        info = SectorWord(
            form=token.lower_, sector=best.info.sector, kind="group", role=None, title=token.text,
            head_strength=0, mod_strength=0, needs_country=not force,
        )
        return Word(head, head + 1, info)

    def _doer_modifier(self, doc: Doc, head: int, members: list[Element]) -> Word | None:
        """'a government offer', 'the army offensive', 'a police raid': a body named right before a
        noun of an act (resolution.yaml ``act_nouns``) is the one that acts, an actor of its own."""
        token = doc[head]
        if token.pos_ != "NOUN" or token.lemma_.lower() not in self.rules.act_nouns:
            return None
        # (an institution named by a noun: "military operations", "terrorist attacks", "troop
        # withdrawal" describe the act or name a kind of people, and say less about who did it)
        return next((m for m in members if isinstance(m, Word) and m.end == head and m.info.sector
                     and m.info.kind == "organisation" and not m.info.needs_country
                     and doc[m.end - 1].pos_ in ("NOUN", "PROPN") and doc[m.end - 1].dep_ == "compound"), None)

    def absorbs(self, anchor: Element, name: Name, doc: Doc) -> bool:
        """Does a name in a phrase describe its anchor (country, seat, org) or stand apart?"""
        if name.is_person or (isinstance(anchor, Name) and (anchor.is_country or anchor.is_seat)):
            return False
        if isinstance(anchor, Name) and anchor.form == "people":
            return False
        if not (name.is_country or name.is_seat or name.is_org or name.form in {"adj", "people"}):
            return False
        return self._hyphen_role(doc, name) != "none"

    def _hyphen_role(self, doc: Doc, name: Name) -> str:
        """'none' for "Iran-backed" and "pro-Russian", 'country' for "Saudi-led", 'ethnic' for
        "Serb-controlled" and "Albanian-majority" (a people, not a state: no actor), 'registry' for
        "Liberian-flagged" (a ship's flag: no actor either), else 'full'."""
        after = doc[name.end:name.end + 2]
        if len(after) == 2 and after[0].text in {"-", "–"}:
            demonym = name.form in {"adj", "people"}
            if demonym and name.surface in self.rules.ethnic_demonyms:
                return "ethnic"
            if after[1].lower_ in self.rules.hyphen_demographic:
                if demonym:
                    return "ethnic"
                if after[1].lower_ not in self.rules.hyphen_country_only:
                    return "none"
            if after[1].lower_ in self.rules.hyphen_no_actor:
                return "registry"  # "a Liberian-flagged tanker": a flag of registry, no party at all
            if after[1].lower_ in self.rules.hyphen_none:
                return "none"
            if after[1].lower_ in self.rules.hyphen_country_only:
                return "country"
        if self._negated_by_prefix(doc, name):
            return "none"
        return "full"

    def _negated_by_prefix(self, doc: Doc, name: Name) -> bool:
        """Is the name the second half of "anti-X", "pro-X" or "non-X"?"""
        before = doc[max(0, name.start - 2):name.start]
        return len(before) == 2 and before[1].text in {"-", "–"} and before[0].lower_ in self.rules.negating_prefixes

    def _has_former(self, doc: Doc, start: int, end: int) -> bool:
        """'former President X', 'ex-president': a former-word that modifies the phrase itself."""
        for token in doc[max(0, start - 3):end]:
            if token.lower_ in self.rules.former and (start <= token.head.i < end or token.i >= start):
                # "Starmer, a former human rights lawyer": a past private trade makes no elite (ELI
                # is for former officials and their families)
                trade = self.kb.sector_words.get(token.head.lower_)
                if trade is not None and trade.sector in CIVILIAN_SECTORS:
                    continue
                return True
        return False

    def _merge_appositions(self, doc: Doc, phrases: dict[int, Phrase]) -> None:
        """'Wang Yi, China's foreign minister,' and 'China's foreign minister, Wang Yi,' are one."""
        for head in list(phrases):
            phrase = phrases.get(head)
            token = doc[head]
            if phrase is None or not _appositive(token):
                continue
            other = phrases.get(self.np_head(token.head).i)
            if other is None or other is phrase:
                continue
            keep, fold = _apposition_pair(other, phrase)
            if keep is None:
                continue
            self._describe_listed(doc, token, other, phrases)
            keep.names.extend(n for n in fold.names)
            # "President Prabowo, a former special forces commander": a past post in the apposition
            # does not unmake the office the name's own title gives
            titled = any(w.start < keep.spans[0][1] for w in keep.words)
            keep.words.extend(fold.words)
            if isinstance(fold.anchor, Name) and fold.anchor is not keep.anchor:
                keep.names.append(fold.anchor)
            keep.spans.extend(fold.spans)
            keep.former = keep.former or (fold.former and not titled)
            del phrases[fold.head]

    @staticmethod
    def _describe_listed(doc: Doc, name: Token, title: Phrase, phrases: dict[int, Phrase]) -> None:
        """ "Two Kenyan lawmakers, Ann Wanjiru and Peter Otieno,": a plural title in apposition to
        a list of names describes each of them, not only the first."""
        if not isinstance(title.anchor, Word) or doc[title.head].tag_ not in ("NNS", "NNPS"):
            return
        for conj in name.conjuncts:
            listed = phrases.get(conj.i)
            if listed is None or listed is title or not (isinstance(listed.anchor, Name) and listed.anchor.is_person) \
                    or listed.words:
                continue
            listed.words.extend(title.words)
            listed.names.extend(n for n in title.names if n.is_country or n.form in ("adj", "people"))

    def _attach_of(self, doc: Doc, phrases: dict[int, Phrase]) -> None:
        """'the foreign minister of Norway', 'a spokesman for the ministry': the employer joins."""
        for head in list(phrases):
            phrase = phrases.get(head)
            if phrase is None or not isinstance(phrase.anchor, Word) or phrase.anchor.info.form in self.anaphor_words:
                continue  # "a group of lawmakers": the lawmakers are the actor, not their employer
            for child in doc[head].children:
                if child.dep_ != "prep" or child.lower_ not in {"of", "for", "from", "at"}:
                    continue
                objects = [c for c in child.children if c.dep_ == "pobj"]
                if objects and doc[head].tag_ in ("NNS", "NNPS"):
                    # "the leaders of Kazakhstan, Kyrgyzstan and Uzbekistan": one of each
                    # (the parser may read the second of a long list as an apposition)
                    listed, frontier = [], [objects[0]]
                    while frontier:
                        node = frontier.pop()
                        for c in node.children:
                            if c.dep_ in ("conj", "appos") and c.i > node.i:
                                listed.append(c)
                                frontier.append(c)
                    objects += sorted(listed, key=lambda t: t.i)
                for pobj in objects:
                    other = phrases.get(self.np_head(pobj).i)
                    if other is None or other is phrase or not _is_employer(other):
                        continue
                    if child.lower_ == "for" and phrase.anchor.info.form in self.rules.mandate_titles \
                            and isinstance(other.anchor, Name) and other.anchor.is_country:
                        # "the special representative for North Korea" deals with it: the words
                        # are the title's, the country is not the person's
                        phrase.spans[0] = (phrase.spans[0][0], max(phrase.spans[0][1], other.spans[0][1]))
                        del phrases[other.head]
                        continue
                    if isinstance(other.anchor, Name):
                        phrase.names.append(other.anchor)
                    phrase.names.extend(other.names)
                    phrase.words.extend(w for w in other.words if w.info.kind == "organisation")
                    phrase.spans[0] = (phrase.spans[0][0], max(phrase.spans[0][1], other.spans[0][1]))
                    del phrases[other.head]


# ---------------------------------------------------------------------------------------------
# Resolution: one pass in reading order, keeping the document's actors so far


class Resolver:
    """Turns phrases, names, pairs and pronouns into actors, in reading order."""

    def __init__(self, stage: ActorsStage, doc: Doc, day: dt.date) -> None:
        self.stage = stage
        self.kb = stage.kb
        self.doc = doc
        self.day = day
        self.actors: dict[str, ActorRecord] = {}
        self.order: list[ActorRecord] = []
        self.surnames: dict[str, list[ActorRecord]] = {}
        self.timeline: list[tuple[int, ActorRecord]] = []  # (token, actor) for each mention
        self.sent_starts = [sent.start for sent in doc.sents]
        self.focus: tuple[str, str] | None = None  # the article's own country, found when first needed
        self.main: tuple[str, str] | None = None  # the country the article names clearly most, likewise
        self.dateline: tuple[str, str] | None = None  # the dateline's country ("", "" for none), likewise
        self.places: dict[int, tuple[str, str]] | None = None  # token -> its country, likewise (_place_map)
        self.redirected: set[int] = set()  # tokens of famous surnames that name someone else here
        self.party_cued: bool | None = None  # does the article speak of the US (party titles)?
        self.names: list[Name] = []  # every name of the document (find sets it)

    # -- bookkeeping -----------------------------------------------------------------------

    def actor(self, key: str, **fields: object) -> tuple[ActorRecord, bool]:
        """The actor with ``key``, created from ``fields`` when new; (actor, created)."""
        if key in self.actors:
            return self.actors[key], False
        record = ActorRecord(id=f"A{len(self.order) + 1}", key=key, **fields)  # type: ignore[arg-type]
        self.actors[key] = record
        self.order.append(record)
        return record, True

    def mention(self, record: ActorRecord, spans: Iterable[tuple[int, int]]) -> None:
        for span in spans:
            if span not in record.spans:
                record.spans.append(span)
                self.timeline.append((span[0], record))

    def remember_names(self, record: ActorRecord, *names: str) -> None:
        for name in names:
            tokens = _name_key(name).split()
            for part in {" ".join(tokens), tokens[-1], tokens[0]} if tokens else ():
                entries = self.surnames.setdefault(part, [])
                if record not in entries:
                    entries.append(record)

    def output(self) -> tuple[list[dict], list[list]]:
        doc = self.doc
        actors: list[dict] = []
        spans: list[list] = []
        for record in self.order:
            if not record.spans:
                continue
            record.spans.sort()
            actors.append(
                {
                    "id": record.id,
                    "name": record.name,
                    "kind": record.kind,
                    "country": record.country,
                    "sector": record.sector,
                    "title": record.title,
                    "mentions": [[doc[s].idx, doc[e - 1].idx + len(doc[e - 1])] for s, e in record.spans],
                    "evidence": list(record.evidence),
                }
            )
            spans.extend([s, e, record.id] for s, e in record.spans)
        # ids in order of first mention, whatever order the actors were created in
        first = sorted(actors, key=lambda a: a["mentions"][0][0])
        renumber = {actor["id"]: f"A{n}" for n, actor in enumerate(first, start=1)}
        ids = re.compile(r"\bA\d+\b")
        for actor in first:
            actor["id"] = renumber[actor["id"]]
            actor["evidence"] = [ids.sub(lambda m: renumber.get(m.group(0), m.group(0)), e) for e in actor["evidence"]]
        spans = sorted(([s, e, renumber[i]] for s, e, i in spans), key=lambda x: (x[0], x[2]))
        return first, spans

    # -- what a phrase says ------------------------------------------------------------------

    def countries_of(self, phrase: Phrase) -> list[tuple[str, str, Name]]:
        """(code, evidence, name) for each country, capital or organisation modifying the phrase."""
        out: list[tuple[str, str, Name]] = []
        employer = self.nongov_employer(phrase)
        if employer is not None:
            # "president of the Committee for Freedom in Hong Kong": the body's code, or the
            # country its name owns; never a place after a preposition in its name
            code, _, org, why = employer
            if code:
                entity = self.kb.entities.get(f"country:{self.kb.country_name(code)}")
                out.append((code, why, Name(org.start, org.end, org.surface, entity, "org")))
            names = [n for n in phrase.names if n is not org and n.entity is not None] + self.stage.own_inner(self.doc, org)
        else:
            names = [inner for name in phrase.names for inner in ([name, *name.inner] if name.entity is None else [name])]
        for name in names:
            entity = name.entity
            if entity is None or entity.country is None:
                continue
            if name.form in {"adj", "people"}:
                why = f"demonym: {name.surface} -> {entity.country}"
            elif name.is_seat:
                why = f"seat: {name.surface} -> {entity.country} {entity.sector or ''}".strip()
            elif name.is_org:
                why = f"kb:organisations {entity.name} -> {entity.country}"
            else:
                why = f"country: {name.surface} -> {entity.country}"
            # "Greek Cypriot and Turkish Cypriot negotiators": two peoples of one state, two actors
            seen = {(code, _people_key(other.entity)) for code, _, other in out}
            if (entity.country, _people_key(entity)) not in seen:
                out.append((entity.country, why, name))
        if not out:
            party = self.party_country(phrase)
            if party is not None:
                out.append(party)
        return out

    def held_countries(self, phrase: Phrase) -> list[tuple[str, str, Name]]:
        """The countries of a person's or group's phrase; a *former* post in an IGO or NGO
        ("former NATO Secretary General X") confers no IGO code: only national countries count."""
        countries = self.countries_of(phrase)
        if phrase.former:
            countries = [c for c in countries if c[0] not in THIRD_PARTY_CODES]
        return countries

    def party_country(self, phrase: Phrase) -> tuple[str, str, Name] | None:
        """'Republican Representative X', 'Democratic senators': the US (resolution.yaml
        ``party_titles``) when a party adjective stands right before a legislative title and the
        article is about the US."""
        rules = self.stage.rules
        code = rules.party_country
        if not code or not rules.party_adjectives:
            return None
        word = next(
            (w for w in phrase.words if w.info.sector in rules.party_sectors and w.start > 0
             and self.doc[w.start - 1].text in rules.party_adjectives),
            None,
        )
        if word is None:
            return None
        if self.party_cued is None:
            pattern = _cue_regex(rules.party_cues)
            self.party_cued = bool(pattern is not None and pattern.search(self.doc.text))
        entity = self.kb.entities.get(f"country:{self.kb.country_name(code)}")
        if not self.party_cued or entity is None:
            return None
        adjective = self.doc[word.start - 1]
        why = f"party title: {adjective.text} {self.doc[word.start:word.end].text} in an article about the US -> {code}"
        return code, why, Name(adjective.i, adjective.i + 1, entity.name, entity, "name")

    def posted(self, word: Word, phrase: Phrase) -> tuple[list[tuple[str, str, Name]], list[Name]]:
        """The countries and organisations of a phrase, where a diplomat or mission posted to an
        organisation ("Iran's U.N. mission", "his U.N. mission") belongs to the sending country."""
        countries = self.held_countries(phrase)
        orgs = [name for name in phrase.names if name.is_org and name.entity is not None
                and not (phrase.former and name.entity.country in THIRD_PARTY_CODES)]
        if not countries and not orgs:
            return self.borrowed_country(phrase, people=word.info.needs_country), orgs
        if word.info.form not in self.stage.rules.posting_words or not orgs:
            return countries, orgs
        # the sender stands before the title ("Iran's U.N. mission"); "a U.N. envoy for Syria"
        # is the UN's, sent to Syria
        sending = [c for c in countries if not c[2].is_org and c[2].start < word.start]
        if sending:
            return sending, []
        # ("the United Nations Assistance Mission for Iraq": the country it is sent to is no owner)
        countries = [c for c in countries if c[2].is_org or c[2].start == 0
                     or self.doc[c[2].start - 1].lower_ not in ("for", "to", "in")]
        found = self.possessor_country(phrase.head)
        if found is None:
            return countries, orgs
        code, why = found
        entity = self.kb.entities.get(f"country:{self.kb.country_name(code)}")
        if entity is None:
            return countries, orgs
        return [(code, why, Name(phrase.head, phrase.head + 1, entity.name, entity, "name"))], []

    def borrowed_country(self, phrase: Phrase, people: bool = False) -> list[tuple[str, str, Name]]:
        """A country for a phrase that names none, from whom it belongs to: a possessive pronoun
        ("his forces" said by the Afghan army chief -> AFG) or loyalty ("forces loyal to former
        Syrian president Bashar al-Assad" -> SYR). Nothing for foreign words ("his foreign
        backers") and nothing unless one country fits."""
        doc = self.doc
        start, end = phrase.spans[0]
        own = [*doc[start:end], *(c for c in doc[phrase.head].children if c.dep_ in ("amod", "compound"))]
        if any(t.lower_ in self.stage.rules.foreign_words for t in own):
            return []
        found = self.possessor_country(phrase.head) or self.loyal_country(phrase.head) or self.placed_country(phrase.head, people)
        if found is None:
            return []
        code, why = found
        entity = self.kb.entities.get(f"country:{self.kb.country_name(code)}")
        if entity is None:
            return []
        return [(code, why, Name(phrase.head, phrase.head + 1, entity.name, entity, "name"))]

    def loyal_country(self, head: int) -> tuple[str, str] | None:
        """'forces loyal to X', 'militias allied with X': the one country the names under X give."""
        rules = self.stage.rules
        for word in self.doc[head].children:
            if word.lower_ not in rules.loyalty_words or word.dep_ not in {"amod", "acl", "relcl", "advmod"}:
                continue
            for prep in (c for c in word.children if c.dep_ == "prep" and c.lower_ in rules.loyalty_preps):
                for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                    tokens = {t.i for t in pobj.subtree}
                    codes = {
                        name.entity.country for name in self.names
                        if name.start in tokens and name.entity is not None and name.entity.country
                        and name.entity.country not in THIRD_PARTY_CODES
                    }
                    if len(codes) == 1:
                        code = codes.pop()
                        return code, f"loyalty: {word.text} {prep.text} {pobj.text} -> {code}"
        return None

    def placed_country(self, head: int, people: bool = False) -> tuple[str, str] | None:
        """'militants present on Afghan soil', 'fighters based in Syria': the one country of the
        place a word of being somewhere puts the group in. It is the phrase's own country, so
        these militants are another actor than the story's other bare "militants"."""
        rules = self.stage.rules
        located = [w for w in self.doc[head].children if w.lower_ in rules.located_words and w.dep_ in {"amod", "acl", "relcl"}]
        # "families in Darfur", "households in Malawi": a people noun's own "in" places it too
        for word in [self.doc[head], *located] if people else located:
            preps = rules.located_preps if word.i != head else {"in"}
            for prep in (c for c in word.children if c.dep_ == "prep" and c.lower_ in preps):
                for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                    tokens = {t.i for t in pobj.subtree}
                    codes = {n.entity.country for n in self.names if n.start in tokens and n.entity is not None
                             and n.entity.country and n.entity.country not in THIRD_PARTY_CODES}
                    for ent in self.doc.ents:
                        if ent.start in tokens and ent.label_ in PLACE_LABELS and not codes:
                            place = lookup_place(ent.text)
                            if place is not None and place.get("country"):
                                codes.add(place["country"])
                    if len(codes) == 1:
                        code = codes.pop()
                        return code, f"located: {word.text} {prep.text} {pobj.text} -> {code}"
        return None

    def possessor_country(self, head: int) -> tuple[str, str] | None:
        """The country of the actor a possessive pronoun on ``head`` refers to ("his" -> the one
        person in view, "its" -> the one other actor in view, "their" -> the one country of all
        actors in view), with evidence."""
        pronoun = next(
            (c for c in self.doc[head].children if c.dep_ == "poss" and c.lower_ in self.stage.rules.possessive_pronouns),
            None,
        )
        if pronoun is None:
            return self._relative_possessor(head)
        personal = pronoun.lower_ in {"his", "her"}
        if personal and self.doc[head].lower_ in self.stage.rules.kin_words:
            # "sanctions on Berisha and members of his family, Blinken said": kin are of the
            # nearest person named before them in the sentence
            sentence = self.doc[head].sent
            near = [(t, r) for t, r in self.timeline if sentence.start <= t < pronoun.i and r.kind == "person"]
            if near and near[-1][1].country and near[-1][1].country not in THIRD_PARTY_CODES:
                record = near[-1][1]
                return record.country, f"possessor: {pronoun.text} -> the nearest person, {record.id} ({record.country})"  # type: ignore[return-value]
        since = self._horizon(pronoun.i, 1)
        seen: dict[str, ActorRecord] = {}
        for token, record in self.timeline:
            # "his"/"her": a person; "its": something else; "their": any ("the two chiefs ... their forces")
            fits = pronoun.lower_ == "their" or (record.kind == "person") == personal
            if since <= token < pronoun.i and fits and record.country \
                    and record.country not in THIRD_PARTY_CODES:
                seen[record.id] = record
        if len({r.country for r in seen.values()}) != 1:
            if pronoun.lower_ != "its" or not seen:
                return None
            # "JNIM declared ... an embargo on fuel from Senegal and Ivory Coast, and its fighters
            # torched ...": the subject of a clause above is what "its" stands for; else
            # "Afghanistan, where the Taliban returned to power ... Rahmon has refused to recognise
            # its government": one thing, so the nearest state or body named before it
            record = self._subject_above(pronoun, seen) or self._nearest_before(pronoun.i, seen)
            return record.country, f"possessor: {pronoun.text} -> the nearest, {record.id} ({record.country})"  # type: ignore[return-value]
        record = next(iter(seen.values()))
        return record.country, f"possessor: {pronoun.text} -> {record.id} ({record.country})"  # type: ignore[return-value]

    def _relative_possessor(self, head: int) -> tuple[str, str] | None:
        """"Israel, whose forces have occupied ...": "whose" is the noun the relative clause hangs on."""
        whose = next((c for c in self.doc[head].children if c.dep_ == "poss" and c.lower_ == "whose"), None)
        if whose is None:
            return None
        clause = next((a for a in self.doc[head].ancestors if a.dep_ == "relcl"), None)
        if clause is None:
            return None
        owner = clause.head
        found = next((r for token, r in self.timeline if token <= owner.i and any(
            start <= owner.i < end for start, end in r.spans)), None)
        if found is None or not found.country or found.country in THIRD_PARTY_CODES:
            return None
        return found.country, f"possessor: whose -> {found.id} ({found.country})"

    def _armed_owner(self, word: Word, phrase: Phrase) -> ActorRecord | None:
        """The non-state armed group "its"/"their" stands for before a word for its members
        ("its fighters", "their forces"): the subject of a clause above, when it is such a group;
        None when the phrase names anything of its own or no such group is meant."""
        head = self.doc[phrase.head]
        pronoun = next((c for c in head.children if c.dep_ == "poss" and c.lower_ in ("its", "their")), None)
        if pronoun is None or phrase.names or head.lower_ not in self.stage.rules.member_nouns:
            return None
        since = self._horizon(pronoun.i, 1)
        bodies = {record.id: record for token, record in self.timeline
                  if since <= token < pronoun.i and record.kind != "person"}
        # only the subject of a clause above, and only if it is such a group ("An army spokesman said
        # its forces had repelled an RSF assault": the army's)
        above = self._subject_above(pronoun, bodies) if bodies else None
        if above is None or above.kind not in ("organisation", "group") or above.sector not in ARMED_NONSTATE_SECTORS:
            return None
        return above

    def _subject_above(self, pronoun: Token, records: dict[str, ActorRecord]) -> ActorRecord | None:
        """Of ``records``, the one that is the subject of the nearest clause above the pronoun's
        phrase that has one of them as subject, or None."""
        by_token = {token: record for token, record in self.timeline if record.id in records}
        for verb in pronoun.head.ancestors:
            for subject in (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < pronoun.i):
                found = next((by_token[t.i] for t in subject.subtree if t.i in by_token and t.i < pronoun.i), None)
                if found is not None:
                    return found
        return None

    def _nearest_before(self, index: int, records: dict[str, ActorRecord]) -> ActorRecord:
        """Of ``records``, the one whose latest mention before token ``index`` is nearest to it."""
        latest = {record_id: max(token for token, record in self.timeline if record.id == record_id and token < index)
                  for record_id in records}
        return records[max(latest, key=latest.get)]

    def nongov_employer(self, phrase: Phrase) -> tuple[str | None, str | None, Name, str] | None:
        """The non-governmental body a person heads or works for ("X, president of the
        Committee for Freedom", "a director of Amnesty International"): (code, sector, name,
        evidence), or None. Unknown bodies are told by their head noun (resolution.yaml
        ``nongov_heads``), known ones by an NGO or MNC code."""
        anchor = phrase.anchor
        if not ((isinstance(anchor, Name) and anchor.is_person) or (isinstance(anchor, Word) and anchor.info.kind == "person")):
            return None
        heads = self.stage.rules.nongov_heads
        for name in phrase.names:
            if not name.is_org:
                continue
            if name.entity is not None:
                if name.entity.country in {"NGO", "MNC"}:
                    sector = self.org_sector(name.entity)
                    return name.entity.country, sector, name, f"employer: {name.entity.name} -> {name.entity.country}"
                continue
            root = self.doc[name.start:name.end].root
            found = heads.get(root.lower_) or heads.get(root.lemma_.lower())
            if found is None:
                continue
            code, sector = found
            own = self.stage.own_inner(self.doc, name)
            if own and own[0].entity is not None and own[0].entity.country:
                code = own[0].entity.country  # "the Pakistan Bar Association" is Pakistan's
            elif (based := self._based_in(root)) is not None:
                code = based  # "the Observer Research Foundation in New Delhi": an Indian body
            label = _strip_article(name.surface)
            return code, sector, name, f"employer: {label} ({root.text}) -> {code or '-'} {sector or '-'}"
        return None

    def _based_in(self, root: Token) -> str | None:
        """The country of a place in an "in" phrase on an organisation's own head noun ("the X
        Foundation in New Delhi"), not one deeper in its name ("Committee for Freedom in Hong Kong")."""
        for prep in (c for c in root.children if c.dep_ == "prep" and c.lower_ == "in"):
            for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                ent = next((e for e in self.doc.ents if e.start <= pobj.i < e.end), None)
                text = ent.text if ent is not None else pobj.text
                hit = next((h for h in self.kb.aliases.get(text, ()) if h.key.startswith(("country:", "seat:"))), None)
                if hit is not None and self.kb.entities[hit.key].country:
                    return self.kb.entities[hit.key].country
                place = lookup_place(text) if ent is not None and ent.label_ in PLACE_LABELS else None
                if place is not None and place.get("country"):
                    return place["country"]
        return None

    def sector_of(self, phrase: Phrase, extra_words: Iterable[Word] = ()) -> tuple[str | None, str]:
        """The strongest sector among the phrase's words, organisations and seats; a person
        working for a non-governmental body takes its sector, not a title's GOV."""
        employer = self.nongov_employer(phrase)
        if employer is not None:
            sector, why = self._sector_of(phrase, extra_words)
            if sector in {None, "GOV"}:
                return employer[1], employer[3]
            return sector, why
        return self._sector_of(phrase, extra_words)

    def _sector_of(self, phrase: Phrase, extra_words: Iterable[Word] = ()) -> tuple[str | None, str]:
        best: tuple[int, int, str | None, str] = (-1, 0, None, "")
        anchor = phrase.anchor
        for word in [*phrase.words, *extra_words]:
            is_head = word is anchor
            strength = word.info.head_strength if is_head else word.info.mod_strength
            text = self.doc[word.start:word.end].text.lower()
            candidate = (strength, int(is_head), word.info.sector, f"title: {text} -> {word.info.sector}")
            if word.info.sector and candidate[:2] > best[:2]:
                best = candidate
        for name in phrase.names:
            entity = name.entity
            if entity is None and name.form == "org" and name is not anchor:
                # "co-leader of the Left party": an unknown organisation's own last word says what it is
                for word in (w for w in name.inner_words if w.end == name.end and w.info.kind == "organisation"):
                    candidate = (word.info.mod_strength, 0, word.info.sector, f"org word: {word.info.form} -> {word.info.sector}")
                    if word.info.sector and candidate[:2] > best[:2]:
                        best = candidate
                continue
            if entity is None or not (name.is_org or name.is_seat):
                continue
            if self.stage._hyphen_role(self.doc, name) != "full":
                continue
            sector = self.org_sector(entity) if name.is_org else entity.sector
            if sector == "PTY" and isinstance(anchor, Word) and anchor.info.sector == "GOV" \
                    and anchor.info.kind == "organisation":
                continue  # "Britain's Labour government": the party's government governs
            if not sector and name.is_org:
                # "the IS emir", "leader of ISIS": a member of a group coded by its code alone
                sector = self.stage.rules.code_sectors.get(entity.country or "")
            # a capital only says whose government; the Pentagon (MIL) also says which part
            strength = 3 if name.is_org else (0 if sector == "GOV" else 2)
            candidate = (strength, 0, sector, f"{'org' if name.is_org else 'seat'}: {name.surface} -> {sector}")
            if sector and candidate[:2] > best[:2]:
                best = candidate
        return best[2], best[3]

    def org_sector(self, entity: Entity) -> str | None:
        org = self.kb.organisations.get(entity.name)
        return org.sector_at(self.day) if org else entity.sector

    def role_of(self, phrase: Phrase) -> str | None:
        anchor = phrase.anchor
        if isinstance(anchor, Word) and anchor.info.role:
            return anchor.info.role
        return next((w.info.role for w in phrase.words if w.info.role and w.info.kind == "person"), None)

    def title_text(self, phrase: Phrase) -> str | None:
        words = [w for w in phrase.words if w.info.kind in {"person", "organisation"} and w.info.sector]
        if not words:
            return None
        words.sort(key=lambda w: w.start)
        text = " ".join(self.doc[w.start:w.end].text for w in words)
        return _title_case(text)

    # -- resolving each kind of mention ------------------------------------------------------

    def phrase(self, phrase: Phrase) -> None:
        anchor = phrase.anchor
        if isinstance(anchor, Name):
            if anchor.is_person:
                self.person(anchor, phrase)
            elif anchor.is_org:
                self.organisation(anchor, phrase)
            elif anchor.is_seat:
                self.seat(anchor, phrase.spans)
            elif anchor.form == "people" or _resident(anchor.entity):
                self.people(anchor, phrase.spans)
            elif anchor.is_country:
                self.country(anchor, phrase.spans)
            return
        assert isinstance(anchor, Word)
        if anchor.info.kind == "person":
            self.title_only(anchor, phrase)
        else:
            self.group_phrase(anchor, phrase)

    def standalone(self, name: Name) -> None:
        spans = [(name.start, name.end)]
        root = self.doc[name.end - 1]
        if name.is_person and root.dep_ in ("compound", "poss") and \
                root.head.lower_ in self.stage.rules.follower_sectors:
            self.followers(name, root.head)
            return
        if name.is_person:
            self.person(name, Phrase(head=name.end - 1, anchor=name, spans=spans))
        elif name.is_org:
            self.organisation(name, Phrase(head=name.end - 1, anchor=name, spans=spans))
        elif name.is_seat:
            self.seat(name, spans)
        elif name.form == "people" or _resident(name.entity):
            self.people(name, spans)  # "the Greek Cypriot side": the people stands for itself
        elif name.is_country:
            self.country(name, spans)

    def followers(self, name: Name, head: Token) -> None:
        """"Assad loyalists", "Trump supporters", "Gaddafi's loyalists": the person's followers, of
        the person's country, not the person (a leader does not storm buildings his fans storm)."""
        spans = [(name.start, name.end)]
        self.person(name, Phrase(head=name.end - 1, anchor=name, spans=spans))
        leader = next((r for r in self.order if spans[0] in r.spans), None)
        if leader is not None:
            leader.spans.remove(spans[0])
            self.timeline = [(t, r) for t, r in self.timeline if not (r is leader and t == name.start)]
        country = leader.country if leader is not None else None
        sector = self.stage.rules.follower_sectors[head.lower_]
        record, created = self.actor(
            f"followers:{country}:{sector}:{name.surface}:{head.lower_}",
            name=f"{name.surface} {head.text}", kind="group", country=country, sector=sector, title=None,
        )
        if created:
            record.note(f"followers of {leader.name if leader else name.surface}: their country, not their leader")
        self.mention(record, [(name.start, head.i + 1)])

    def person(self, name: Name, phrase: Phrase) -> None:
        entity = name.entity
        if entity is not None and name.form == "short":
            # "Lai" after "Jimmy Lai": the full name the article gave wins over a famous namesake,
            # unless the title fits the known person and not the earlier one ("President Lai")
            earlier = self.in_article_person(name)
            role = self.role_of(phrase)
            if earlier is not None and earlier.key != entity.key and (role is None or role in earlier.roles):
                self.redirected.update(range(name.start, name.end))
                self.adopt_country(earlier, phrase)
                self.mention(earlier, phrase.spans)
                earlier.note(f"coref: surname {name.surface} -> {earlier.id} (named earlier in the article)")
                return
        if entity is None:
            # a surname first: an actor already in the article, then a known person by title
            record = self.in_article_person(name)
            if record is not None:
                if name.surface in self.kb.coref_aliases:
                    self.redirected.update(range(name.start, name.end))  # not "every known Barre"
                self.adopt_country(record, phrase)
                self.mention(record, phrase.spans)
                record.note(f"coref: surname {name.surface} -> {record.id}")
                return
            entity = self.known_by_title(name, phrase)
            if entity is None and self.role_of(phrase) is None:
                entity = self.leading_namesake(name)
            if entity is None and name.form == "coref" and not name.ner_person:
                return  # "Austin", "Price": a surname only when the article has that person
        if entity is not None:
            self.known_person(entity, phrase, name.surface)
            return
        self.unknown_person(name, phrase)

    def adopt_country(self, record: ActorRecord, phrase: Phrase) -> None:
        """A later mention that says what the person is ("Kenyan lawmaker Duale", "Duale, a Kenyan
        lawmaker,") gives a person the article has not placed yet its country, and an IGO title
        ("U.N. envoy Smith") makes the person the organisation's. Context guesses come later
        (locate), so they never override what the text says about the person."""
        if record.kind != "person" or record.country is not None:
            return
        record.local = record.local or self.local_phrase(phrase)
        countries = self.held_countries(phrase)
        if countries:
            record.country = countries[0][0]
            record.note(countries[0][1])
            if record.sector is None:
                sector, why = self.sector_of(phrase)
                if sector:
                    record.sector = sector
                    record.title = record.title or self.title_text(phrase)
                    record.note(why)

    def in_article_person(self, name: Name) -> ActorRecord | None:
        tokens = _name_key(name.surface).split()
        if not tokens:
            return None
        candidates = self.surnames.get(tokens[-1], [])
        if len(tokens) > 1:
            candidates = [r for r in candidates if all(t in _name_key(r.name).split() for t in tokens)]
        candidates = [r for r in candidates if r.kind == "person"]
        if not candidates:
            return None
        if len(candidates) == 1:
            return candidates[0]
        if len(tokens) == 1:
            # "Berisha" after "Sali Berisha ... his son, Shkelzen Berisha": not the relative
            candidates = [r for r in candidates if not r.kin] or candidates
            if len(candidates) == 1:
                return candidates[0]
        # several people share the surname: the one mentioned last
        last = {record.id: i for i, (_, record) in enumerate(self.timeline)}
        return max(candidates, key=lambda r: last.get(r.id, -1))

    def known_by_title(self, name: Name, phrase: Phrase) -> Entity | None:
        """'Premier Li': the one person with that surname holding that title on the date.

        When nobody holds it on the date (an undated or old article: "President Bush" dated
        2000), the one whose term with that title lies nearest the date.
        """
        names = self.kb.coref_aliases.get(name.surface, [])
        role = self.role_of(phrase)
        if not names or role is None:
            return None
        fitting = []
        for person_name in names:
            current, _ = self.kb.person_role(self.kb.people[person_name], self.day)
            if current is not None and current.role == role:
                fitting.append(person_name)
        if not fitting:
            distances = sorted(
                (_days_from(r, self.day), person_name)
                for person_name in names for r in self.kb.people[person_name].roles if r.role == role
            )
            if distances and (len(distances) == 1 or distances[0][0] < distances[1][0]):
                fitting = [distances[0][1]]
        return self.kb.entities[f"person:{fitting[0]}"] if len(fitting) == 1 else None

    def leading_namesake(self, name: Name) -> Entity | None:
        """A full name two office holders share, with no title to tell them apart ("Pedro
        Sanchez"): the one who leads a country on the date, as news that gives no title means."""
        leaders = [
            person_name for person_name in self.kb.coref_aliases.get(name.surface, [])
            if (role := self.kb.person_role(self.kb.people[person_name], self.day)[0]) is not None and role.leader
        ]
        return self.kb.entities[f"person:{leaders[0]}"] if len(leaders) == 1 else None

    def known_person(self, entity: Entity, phrase: Phrase, surface: str) -> ActorRecord:
        kb = self.kb
        person = kb.people[entity.name]
        record, created = self.actor(entity.key, name=entity.name, kind="person", country=person.country, sector=None, title=None)
        if created:
            current, last = kb.person_role(person, self.day)
            if current is not None:
                self.apply_role(record, current, "kb:people")
            elif last is not None and not phrase.former and self.role_of(phrase) == last.role:
                # "President Suharto" in an undated or old article: the text's title is current
                self.apply_role(record, last, "kb:people")
                record.note(f"title in the text: {last.role} (role ended {last.end.isoformat() if last.end else ''})")
            elif last is not None and not phrase.former and (now := self.sector_of(phrase))[0] not in (None, "ELI"):
                # "Economy Minister Marcelo Ebrard": the roles we list ended, but the text gives the
                # office held now (one the table lacks), and it says more than our table
                record.country = last.country if last.country not in THIRD_PARTY_CODES else _nationality(person)
                record.sector, record.title = now[0], self.title_text(phrase)
                record.note(f"kb:people {person.name} (listed roles ended)", now[1])
            elif last is not None:
                # a former IGO or NGO post confers no IGO code: the person's own country, if known
                record.country = last.country if last.country not in THIRD_PARTY_CODES else _nationality(person)
                record.sector = "ELI"
                record.title = f"former {last.title}"
                record.note(
                    f"kb:people {person.name} ({last.label(self.where(last))})",
                    f"former: role ended {last.end.isoformat() if last.end else ''} -> ELI",
                )
                record.roles.add(last.role)
            else:
                record.note(f"kb:people {person.name} (no role known on {self.day.isoformat()})")
                sector, why = self.sector_of(phrase)
                if sector:
                    record.sector = sector
                    record.title = self.title_text(phrase)
                    record.note(why)
            self.remember_names(record, person.name, *person.aliases, *person.coref_aliases)
        if phrase.former and record.sector != "ELI":
            if record.country in THIRD_PARTY_CODES:
                record.note(f"former: a past {record.country} post confers no code -> {_nationality(person) or '-'}")
                record.country = _nationality(person)
            record.sector = "ELI"
            record.title = f"former {record.title}" if record.title and not record.title.startswith("former") else record.title
            record.note("former: named as former -> ELI")
        if surface != entity.name and " " not in surface:
            record.note(f"coref: surname {surface} -> {record.id}")
        self.mention(record, phrase.spans)
        return record

    def apply_role(self, record: ActorRecord, role: Role, source: str) -> None:
        record.country = role.country
        record.sector = role.sector
        record.title = role.title
        record.roles.add(role.role)
        record.leader = record.leader or role.leader
        if role.org:
            record.orgs.add(role.org)
        record.note(f"{source} {record.name} ({role.label(self.where(role))})")

    def where(self, role: Role) -> str:
        return role.org or self.kb.country_name(role.country) or (role.country or "")

    def unknown_person(self, name: Name, phrase: Phrase) -> None:
        earlier = self.in_article_person(name)
        if earlier is not None:
            self.adopt_country(earlier, phrase)
            self.mention(earlier, phrase.spans)
            earlier.note(f"coref: name {name.surface} -> {earlier.id}")
            return
        countries = self.held_countries(phrase)
        sector, why = self.sector_of(phrase)
        body = None if countries or phrase.former else self.owner_body(phrase)
        if body is not None:
            # "the court's president, Judge Joan Donoghue": the ICJ's, not the sentence's country
            countries = [(body.country, f"title of {body.name} ({body.id}) -> {body.country}", None)]  # type: ignore[list-item]
            if sector in {None, "GOV"} and body.sector:
                sector, why = body.sector, f"body: {body.name} -> {body.sector}"
        record, created = self.actor(
            f"person:{name.surface}",
            name=name.surface,
            kind="person",
            country=countries[0][0] if countries else None,
            sector=sector,
            title=self.title_text(phrase),
        )
        record.local = record.local or self.local_phrase(phrase)
        if created:
            record.note(f"ner: PERSON {name.surface} (not in the knowledge base)")
            root = self.doc[name.start:name.end].root
            kin = self.stage.rules.kin_nouns
            record.kin = (root.dep_ == "appos" and root.head.lower_ in kin) or any(
                c.dep_ == "appos" and c.lower_ in kin for c in root.children
            )
            if countries:
                record.note(countries[0][1])
            if why:
                record.note(why)
            role = self.role_of(phrase)
            if role:
                record.roles.add(role)
                record.leader = role in {"president", "prime minister", "chancellor", "king", "supreme leader", "leader"}
            self.remember_names(record, name.surface)
        elif record.country is None and countries:
            record.country = countries[0][0]
            record.note(countries[0][1])
        if phrase.former:
            record.sector = "ELI"
            record.note("former: named as former -> ELI")
        self.mention(record, phrase.spans)

    def owner_body(self, phrase: Phrase) -> ActorRecord | None:
        """The body whose title a person holds, by possession or "of" ("the court's president",
        "the president of the tribunal"), when the owner is already an organisation actor with a
        code, or a definite description that refers back to one ("the court" after the
        International Court of Justice): the person is that body's (IGO, or its country), not
        the sentence's. None when the owner is a person or has no code."""
        doc = self.doc
        titles = [w for w in phrase.words if w.info.kind == "person"]
        if isinstance(phrase.anchor, Word) and phrase.anchor.info.kind == "person" and phrase.anchor not in titles:
            titles.append(phrase.anchor)
        for word in titles:
            head = doc[word.end - 1]
            owners = [c for c in head.children if c.dep_ == "poss"]
            owners += [p for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
                       for p in c.children if p.dep_ == "pobj"]
            for owner in owners:
                record = next((r for r in self.order for s, e in r.spans if s <= owner.i < e), None)
                rule = self.stage.anaphors.get(owner.lower_)
                if record is None and rule is not None:
                    sub = Phrase(head=owner.i, anchor=None, spans=[(owner.left_edge.i, owner.i + 1)])
                    record = self.antecedent(word, sub, rule, [])
                if record is not None and record.kind == "organisation" and record.country:
                    return record
        return None

    def local_phrase(self, phrase: Phrase) -> bool:
        """Does the phrase hold a title of a local office ("Governor", "Judge", "police chief") or
        a local people noun ("a resident")? Only then may context place a named person."""
        rules = self.stage.rules
        return any(
            (w.info.sector in rules.person_title_sectors and w.info.form not in rules.roaming_titles)
            or w.info.form in rules.local_people
            for w in phrase.words
        )

    def title_only(self, word: Word, phrase: Phrase) -> None:
        """'the Russian leader', 'Chinese president', 'Norway's foreign minister', 'a spokesman'."""
        countries, orgs = self.posted(word, phrase)
        sector, why = self.sector_of(phrase)
        role = self.role_of(phrase)
        text = self.doc[phrase.spans[0][0]:phrase.spans[0][1]].text
        if len(countries) > 1 and not orgs:
            for code, reason, source in countries:  # "the Chinese and Russian presidents"
                # "the Greek Cypriot and Turkish Cypriot leaders": each people's own leader
                where = source.entity.name if _resident(source.entity) else None  # type: ignore[union-attr]
                self.unnamed_person(word, phrase, code, None, sector, why, reason, role, where=where)
            return
        body = None if countries or orgs or phrase.former else self.owner_body(phrase)
        if body is not None:
            # "the tribunal's president said": the body's code, no country guessed
            if sector in {None, "GOV"} and body.sector:
                sector, why = body.sector, f"body: {body.name} -> {body.sector}"
            self.unnamed_person(word, phrase, body.country, None, sector, why,
                                f"title of {body.name} ({body.id}) -> {body.country}", role, where=body.name)
            return
        code = countries[0][0] if countries else None
        org = orgs[0].entity.name if orgs and orgs[0].entity else None
        region = countries[0][2].entity if countries and countries[0][2].entity else None
        if _lives_in_state(region) and not org:
            # "the Tigrayan leader" is not Ethiopia's leader: a province's office, holder unknown
            self.unnamed_person(word, phrase, code, None, sector, why, countries[0][1], role, where=region.name)
            return
        if role and sector not in {None, "ELI"} and sector == word.info.sector and not self._apposed_name(phrase):
            record = self.linked_by_role(code, org, role, phrase.former)
            if record is not None:
                self.mention(record, phrase.spans)
                record.note(f"coref: title '{text}' -> {record.id}")
                return
            record = self.unplaced_by_role(role, phrase) if (code or org) else None
            if record is not None:
                # "foreign ministry spokesperson Abdul Qahar Balkhi said ... the Taliban foreign
                # ministry spokesperson said": the title now says whose spokesperson he is
                record.note(f"coref: title '{text}' -> {record.id}", countries[0][1] if countries else "")
                record.country = code or self.kb.entities[f"org:{org}"].country
                if org:
                    record.orgs.add(org)
                self.mention(record, phrase.spans)
                return
            # (a state has many ambassadors and envoys: "Iran's ambassador" names none of them)
            roaming = word.info.form in self.stage.rules.roaming_titles and not org
            holders = self.kb.office_holders(org or code or "", role, self.day) if (org or code) and not roaming else []
            if len(set(holders)) == 1 and not phrase.former:
                entity = self.kb.entities[f"person:{holders[0]}"]
                record = self.known_person(entity, Phrase(phrase.head, phrase.anchor, []), holders[0])
                self.mention(record, phrase.spans)
                record.note(f"title: '{text}' held by {holders[0]} on {self.day.isoformat()}")
                return
        reason = countries[0][1] if countries else ""
        self.unnamed_person(word, phrase, code, org, sector, why, reason, role)

    def _apposed_name(self, phrase: Phrase) -> bool:
        """The title is set beside a proper name the model did not take for a person ("Alcide
        Ponga, president of New Caledonia's government"): whoever holds the office is not meant."""
        head = self.doc[phrase.head]
        for node in (head.head,) if head.dep_ == "appos" else ():
            if node.pos_ == "PROPN" and node.i < head.i and node.ent_type_ != "PERSON":
                return True
        return any(c.dep_ == "appos" and c.pos_ == "PROPN" and c.ent_type_ != "PERSON" for c in head.children)

    def unnamed_person(
        self,
        word: Word,
        phrase: Phrase,
        code: str | None,
        org: str | None,
        sector: str | None,
        why: str,
        reason: str,
        role: str | None,
        where: str | None = None,
    ) -> None:
        if word.info.needs_country and not (code or org):
            return
        title = self.title_text(phrase) or _title_case(self.doc[word.start:word.end].text)
        where = where or org or self.kb.country_name(code) or ""
        name = f"{title} of {where}" if where else title
        if phrase.former:
            sector, name = "ELI", f"former {name}"
        key = f"title:{code}:{org or where}:{role or word.info.form}:{sector}"
        record, created = self.actor(key, name=name, kind="person", country=code or (self.kb.entities[f"org:{org}"].country if org else None), sector=sector, title=title)
        if created:
            record.bare = not (code or org)
            record.note(reason, why, "title only: no name in the article")
            if role:
                record.roles.add(role)
                record.leader = role in {"president", "prime minister", "chancellor", "king", "supreme leader", "leader"}
            if org:
                record.orgs.add(org)
        self.mention(record, phrase.spans)

    def unplaced_by_role(self, role: str, phrase: Phrase) -> ActorRecord | None:
        """The one named person of the article with this role and no country yet, for a definite
        title that names a country or organisation ("the Taliban foreign ministry spokesperson")."""
        if not phrase.definite or phrase.former:
            return None
        named = [r for r in self.order if r.key.startswith("person:") and r.spans and role in r.roles]
        fitting = [r for r in named if r.country is None and r.sector != "ELI"]
        # (another named person with this title, placed or not, makes the link a guess)
        return fitting[0] if len(fitting) == 1 and len(named) == 1 else None

    def linked_by_role(self, code: str | None, org: str | None, role: str, former: bool) -> ActorRecord | None:
        """The one person already in the article with this country (or organisation) and role."""
        candidates = []
        for record in self.order:
            if record.kind != "person" or not record.spans:
                continue
            if (record.sector == "ELI") != former:
                continue
            if org is not None and org not in record.orgs:
                continue
            if org is None and code is not None and record.country != code:
                continue
            if role == "leader":
                if not record.leader:
                    continue
            elif role not in record.roles:
                continue
            candidates.append(record)
        return candidates[0] if len(candidates) == 1 else None

    def group_phrase(self, word: Word, phrase: Phrase) -> None:
        """'Russian troops', 'Hungarian and Romanian officials', 'the police', 'NATO troops'."""
        if self._parties_as_sides(word, phrase):
            return  # "the parties concerned", "all parties to the conflict": sides, not political parties
        owner = self._armed_owner(word, phrase)
        if owner is not None:
            # "The Arakan Army said its fighters had overrun a base", "the SDF said its forces had
            # repelled ...": a non-state armed group's own members are the group
            self.mention(owner, phrase.spans)
            owner.note(f"coref: '{self.doc[phrase.spans[0][0]:phrase.spans[0][1]].text}' -> {owner.id}")
            return
        countries, orgs = self.posted(word, phrase)
        if orgs and word.info.head_strength <= 1 and word.info.kind == "group" and word.info.sector == "GOV":
            # "Red Cross officials", "Hamas spokesmen": the organisation itself speaks
            org = orgs[0]
            self.organisation(org, Phrase(phrase.head, org, phrase.spans, names=[], words=[]))
            return
        rule = self.anaphor_rule(word, phrase)
        if rule is not None and rule.lexical:
            org = next((n for n in phrase.names if n.is_org), None)
            if org is not None:
                # "the Wagner group", "the Islamic State group": the name is the actor
                self.organisation(org, Phrase(phrase.head, org, phrase.spans, names=[], words=[]))
                return
        if word.info.needs_country and not countries:
            return
        if rule is not None and rule.lexical and any(n.start == word.end and n.is_org for n in self.names):
            return  # "the West African bloc ECOWAS" (a name the parser split off): the name says who
        sector, why = self.sector_of(phrase)
        if rule is not None:
            referent = self.antecedent(word, phrase, rule, countries)
            if referent is not None:
                self.mention(referent, phrase.spans)
                referent.note(f"coref: '{self.doc[phrase.spans[0][0]:phrase.spans[0][1]].text}' -> {referent.id}")
                return
            if rule.fallback_code and not countries:
                self.generic_third_party(word, phrase, rule.fallback_code)
                return
            if rule.lexical and not countries and not self._bare_sector_plural(word, phrase):
                return  # "the group", "a terrorist group" with nothing to refer to: no actor
        first_word = min(w.start for w in phrase.words)
        head_text = " ".join(
            t.text for t in self.doc[first_word:word.end] if t.pos_ in NOUNISH | {"ADJ"} and not _in_names(t.i, phrase.names)
        ) or self.doc[word.start:word.end].text
        lemma = " ".join(t.lemma_.lower() for t in self.doc[word.start:word.end])
        kind = "organisation" if word.info.kind == "organisation" else "group"
        if phrase.former:
            sector = "ELI"
        if not countries:
            bare = not any(c.dep_ in MODIFIER_DEPS for c in self.doc[word.end - 1].children)
            if phrase.definite and bare:
                earlier = [r for r in self.order if r.kind == kind and r.head_lemma == lemma and r.sector == sector
                           and not r.key.endswith((":foreign", ":several"))]
                if len(earlier) == 1:
                    self.mention(earlier[0], phrase.spans)
                    earlier[0].note(f"coref: the {head_text} -> {earlier[0].id}")
                    return
                latest = max((span for r in earlier for span in r.spans), default=None)
                if len(earlier) > 1 and all(latest in r.spans for r in earlier) and self.doc[word.end - 1].tag_ == "NNS":
                    # "the leaders of A, B and C agreed ... The leaders also discussed": all of them
                    for record in earlier:
                        self.mention(record, phrase.spans)
                        record.note(f"coref: the {head_text} -> {', '.join(r.id for r in earlier)}")
                    return
            # "foreign governments", "several European governments" are others than "the government"
            # of the story's country
            foreign = any(t.lower_ in self.stage.rules.foreign_words and not self._foreign_office(t)
                          for s, e in phrase.spans for t in (*self.doc[s:e], *_modifiers(self.doc[e - 1])))
            rules = self.stage.rules
            several = self.doc[word.end - 1].tag_ in PLURAL_TAGS and lemma in rules.one_per_state and not any(
                t.lower_ in rules.subnational_words for s, e in phrase.spans
                for t in (*self.doc[s:e], *_modifiers(self.doc[e - 1])))
            record, created = self.actor(
                f"group::{sector}:{lemma}{':foreign' if foreign else ''}{':several' if several else ''}",
                name=head_text, kind=kind, country=None, sector=sector, title=None
            )
            if created:
                record.head_lemma = lemma
                record.bare = True
                record.note(why, "no country in the phrase")
            self.mention(record, phrase.spans)
            return
        for code, reason, source in countries:
            if source.is_org and source.entity is not None:
                label = source.entity.name if len(source.surface) > len(source.entity.name) else source.surface
            elif _lives_in_state(source.entity):
                label = source.surface  # "Chechen fighters", "Bosnian Serb forces", not "Russian fighters"
            else:
                label = self.kb.country_adjective(code) or code
            record, created = self.actor(
                # two peoples of one state are two actors ("Bosnian Serb" and "Bosnian Croat forces")
                f"group:{code}:{sector}:{lemma}:{label if source.is_org or _resident(source.entity) else ''}",
                name=f"{label} {head_text}",
                kind=kind,
                country=code,
                sector=sector,
                title=None,
            )
            if created:
                record.head_lemma = lemma
                record.regional = _lives_in_state(source.entity)
                record.note(reason, why)
            self.mention(record, phrase.spans)

    def _parties_as_sides(self, word: Word, phrase: Phrase) -> bool:
        """Is "parties" here the sides of a dispute or deal ("parties concerned", "all parties to
        the conflict", "warring parties"), which name no one by themselves, and no political party?"""
        rules = self.stage.rules
        head = self.doc[phrase.head]
        if head.lower_ not in rules.side_heads or word.info.form not in rules.side_heads:
            return False
        if any(n.is_org for n in phrase.names):
            return False  # "the parties of the ruling coalition, the PTI and PML-N"
        return any(
            (c.dep_ in ("amod", "det", "predet", "nummod", "acl", "compound") and c.lower_ in rules.side_words)
            or (c.dep_ == "prep" and c.lower_ in rules.side_preps)
            for c in head.children
        )

    def _bare_sector_plural(self, word: Word, phrase: Phrase) -> bool:
        """"dissident groups", "separatist movements": a plural with no determiner whose modifier
        names a sector is a kind of actor met in the story, not a reference back."""
        head = self.doc[phrase.head]
        if head.tag_ not in PLURAL_TAGS or any(c.dep_ in ("det", "poss") for c in head.children):
            return False
        return any(w is not word and w.info.sector and w.info.mod_strength >= 2 for w in phrase.words)

    def anaphor_rule(self, word: Word, phrase: Phrase) -> AnaphorRule | None:
        """The anaphor rule of the phrase's head word ("group", "the militants"), if any."""
        rules = self.stage.anaphors
        if not rules:
            return None
        if " " in word.info.form and word.info.sector and not phrase.names:
            # a whole sector phrase of its own ("outlaw groups", "drug trafficking networks") is
            # an actor by itself, not an anaphor like its last word
            return rules.get(word.info.form)
        return rules.get(word.info.form) or rules.get(self.doc[word.end - 1].lower_)

    def antecedent(
        self, word: Word, phrase: Phrase, rule: AnaphorRule, countries: list[tuple[str, str, Name]]
    ) -> ActorRecord | None:
        """The most recent earlier actor a definite description ("the separatist group", "the
        ministry", "the bloc") refers back to, within a few sentences; None when the phrase is
        not definite, names an organisation or person of its own, or nothing fits."""
        doc = self.doc
        head = doc[phrase.head]
        if not any(c.dep_ == "det" and c.lower_ in self.stage.anaphor_determiners for c in head.children):
            return None
        if any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children):
            return None  # "the group of lawmakers" describes, it does not refer back
        if any(not (n.is_country or n.form in {"adj", "people"}) for n in phrase.names):
            return None
        codes = {code for code, _, _ in countries}
        # a sector word modifying the noun ("the separatist group") must agree with the antecedent
        wanted = {w.info.sector for w in phrase.words if w is not word and w.info.sector and w.info.mod_strength >= 2}
        start = phrase.spans[0][0]
        horizon = self._horizon(start, self.stage.anaphor_lookback)
        own = range(start, phrase.spans[0][1])
        fitting: list[ActorRecord] = []
        last_seen: dict[str, int] = {}
        for token, record in reversed(self.timeline):
            if token >= start or token in own:
                continue
            if token < horizon:
                break
            if record.kind not in rule.kinds or record in fitting or record.head_lemma in rule.excluded_heads \
                    or record.key.startswith("seat:"):
                continue  # ("Minsk denied ... The foreign ministry summoned": a capital is no ministry)
            if not (record.sector in rule.sectors or record.country in rule.codes):
                continue
            if wanted and record.sector not in wanted:
                continue
            if codes and record.country not in codes:
                continue
            fitting.append(record)
            last_seen[record.id] = token
        # a named actor ("the BLA") before a generic one ("an insurgency", "militants")
        chosen = next((r for r in fitting if r.key.startswith("org:")), fitting[0] if fitting else None)
        # only a bare "the group": "the aid group" names a kind of body that people are not
        if chosen is not None and rule.lexical and not wanted and not codes and " " not in word.info.form \
                and self._people_nearer(chosen, last_seen[chosen.id], head, horizon):
            return None
        return chosen

    def _people_nearer(self, record: ActorRecord, token: int, head: Token, horizon: int) -> bool:
        """Does "the group" rather mean people just described? "Kannavee and rights groups say
        ... He was referring to the more than 300 Uyghurs ... Of that group, Thailand deported
        173": a plural people noun lies between the candidate's last mention and the anaphor,
        and the anaphor is partitive ("of that group", "173 of the group") or the candidate is
        only a speaker there and the anaphor is none ("The group said" goes on with a speaker)."""
        doc = self.doc
        end = next((e for s, e in record.spans if s <= token < e), token + 1)
        taken = {i for r in self.order if r.kind == "organisation" for s, e in r.spans for i in range(s, e)}
        if not any(self._people_noun(t) and t.i not in taken for t in doc[end:head.i]):
            return False
        rules = self.stage.rules
        prep = head.head
        if head.dep_ == "pobj" and prep.lower_ in rules.partitive_preps and (
            prep.head.pos_ in {"VERB", "AUX", "NUM", "PRON", "DET"} or prep.i == prep.head.i
        ):
            return True
        if _speaker(head, rules.speaking_verbs) or head.dep_ == "nsubj":
            # "The group said ...", "The group blamed the RSF": a body that speaks or acts again,
            # most likely the same one (people just counted are seldom "the group" that acts)
            return False
        mentions = [doc[s:e].root for s, e in record.spans if horizon <= s < head.i]
        return bool(mentions) and all(_speaker(root, rules.speaking_verbs) for root in mentions)

    def _people_noun(self, token: Token) -> bool:
        """A plural noun naming people, not a state's body: "Uyghurs", "refugees", "migrants"."""
        if token.tag_ not in PLURAL_TAGS:
            return False
        if token.ent_type_ == "NORP" or token.text in self.stage.not_names:
            return True
        info = self.kb.sector_words.get(token.lower_)
        return info is not None and info.kind == "group" and info.sector is not None \
            and info.sector not in self.stage.rules.state_sectors

    def generic_third_party(self, word: Word, phrase: Phrase, code: str) -> None:
        """'Media rights organizations', 'aid groups': an unnamed NGO (or other non-state code),
        with the sector its modifiers give ("media" -> JRN)."""
        sector, why = self.sector_of(phrase)
        first = min(w.start for w in phrase.words)
        text = " ".join(t.text for t in self.doc[first:word.end] if t.pos_ in NOUNISH | {"ADJ"}) or word.info.form
        lemma = " ".join(t.lemma_.lower() for t in self.doc[word.start:word.end])
        record, created = self.actor(
            f"group:{code}:{sector}:{lemma}", name=text, kind="group", country=code, sector=sector, title=None
        )
        if created:
            record.head_lemma = lemma
            record.note(f"generic: {word.info.form} -> {code}", why)
        self.mention(record, phrase.spans)

    def organisation(self, name: Name, phrase: Phrase) -> None:
        entity = name.entity
        if entity is not None and self.national_branch(name, phrase):
            return
        if entity is not None:
            sector = self.org_sector(entity)
            record, created = self.actor(
                entity.key, name=entity.name, kind=entity.kind, country=entity.country, sector=sector, title=None
            )
            if created:
                record.note(f"kb:organisations {entity.name} -> {entity.country or '-'} {sector or '-'}".strip())
                record.bare = not entity.country  # a gang of several states: the story's country places it
            self.mention(record, phrase.spans)
            return
        # the word that ends the name heads it: "National Congress Party" is a party
        head_word = next((w for w in name.inner_words if w.end == name.end), None)
        # ("the People's National Movement": a possessive inside the name is the name's own word, not whose)
        own_words = [w for w in name.inner_words if w is head_word or w.info.kind != "group"
                     or w.end >= len(self.doc) or self.doc[w.end].tag_ != "POS"]
        inner = Phrase(
            phrase.head, head_word or name, [], names=[*name.inner, *phrase.names], words=[*own_words, *phrase.words]
        )
        countries = self.countries_of(inner)
        sector, why = self.sector_of(inner)
        record, created = self.actor(
            f"org:{_strip_article(name.surface)}",
            name=_strip_article(name.surface),
            kind="organisation",
            country=countries[0][0] if countries else None,
            sector=sector,
            title=None,
        )
        if created:
            record.bare = not countries
            record.note(f"ner: ORG {name.surface} (not in the knowledge base)")
            if countries:
                record.note(countries[0][1])
            if why:
                record.note(why)
        self.mention(record, phrase.spans)

    def national_branch(self, name: Name, phrase: Phrase) -> bool:
        """"The Turkish Red Crescent", "Sudan's Red Crescent": a country's own society of a movement
        (resolution.yaml ``national_branches``), not the international body. True when made."""
        entity = name.entity
        if entity is None or entity.name not in self.stage.rules.national_branches or entity.name in name.surface:
            return False
        country = next((n for n in phrase.names if n.is_country and n.entity is not None and n.end <= name.start), None)
        if country is None:
            return False
        code = country.entity.country
        sector = self.stage.rules.national_branches[entity.name]
        record, created = self.actor(f"branch:{code}:{entity.key}", name=f"{country.entity.name} {name.surface}",
                                     kind="organisation", country=code, sector=sector, title=None)
        if created:
            record.note(f"national branch: {country.surface} {name.surface} -> {code} {sector or '-'}".strip())
        self.mention(record, phrase.spans)
        return True

    def seat(self, name: Name, spans: list[tuple[int, int]]) -> None:
        """A capital or government building, an actor only where it acts."""
        entity = name.entity
        if entity is None:
            return
        how = self.acts(name)
        if how is None:
            return
        record, created = self.actor(
            entity.key, name=entity.name, kind="organisation", country=entity.country, sector=entity.sector, title=None
        )
        if created:
            record.note(f"seat: {entity.name} -> {entity.country} {entity.sector or ''} ({how})".strip())
        self.mention(record, spans)

    def acts(self, name: Name) -> str | None:
        """How a seat acts in its sentence ("acts: nsubj"), or None when it is a place."""
        rules = self.stage.rules
        token = self.doc[name.start:name.end].root
        while token.dep_ in {"conj", "appos"} and token.head.i < token.i:
            token = token.head
        dep = token.dep_
        if dep == "pobj":
            prep = token.head.lower_
            if name.form == "building":
                return None if prep in rules.locative_preps else f"acts: object of {prep}"
            if prep in rules.acting_preps and token.head.head.lemma_.lower() in self.stage.route_nouns:
                return None  # "the road between Comrat and Chisinau": the city, not its government
            if prep in rules.acting_preps or token.head.dep_ == "agent":
                return f"acts: object of {prep}"
            if prep == "from" and token.head.head.lemma_.lower() in rules.acting_from_heads:
                return f"acts: what comes from it ({token.head.head.lemma_.lower()})"
            if prep == "to" and name.form != "building" and self._sent_to(token.head):
                return f"acts: what is sent or said to it ({token.head.head.lemma_.lower()})"
            return None
        if dep in rules.acting_deps:
            return f"acts: {dep}"
        if name.form == "building" and dep not in {"compound", "npadvmod"}:
            return f"acts: {dep or 'named'}"
        return None

    def _sent_to(self, prep: Token) -> bool:
        """Does "to" follow a word of sending, giving or saying ("a note to Madrid", "delivered the
        tanks to Kyiv"), itself or as the object of the verb ("expressed its displeasure to")?"""
        heads = self.stage.rules.acting_to_heads
        head = prep.head
        if head.lemma_.lower() in heads:
            return True
        return head.pos_ in ("VERB", "AUX") and any(
            c.dep_ in ("dobj", "obj") and c.lemma_.lower() in heads for c in head.children)

    def country(self, name: Name, spans: list[tuple[int, int]]) -> None:
        entity = name.entity
        if entity is None:
            return
        record, created = self.actor(
            entity.key, name=entity.name, kind="country", country=entity.country, sector=entity.sector, title=None
        )
        if created:
            if name.form == "adj":
                record.note(f"demonym: {name.surface} -> {entity.country}")
            else:
                record.note(f"kb:countries {entity.name} -> {entity.country}")
            if entity.sector:
                record.note(f"partially recognised or breakaway: {entity.sector}")
        self.mention(record, spans)

    def people(self, name: Name, spans: list[tuple[int, int]]) -> None:
        entity = name.entity
        if entity is None:
            return
        label = entity.name if name.form == "adj" else name.surface  # "a Kosovo Serb": the Kosovo Serbs
        record, created = self.actor(
            f"people:{entity.country}:{entity.name}", name=label, kind="group", country=entity.country, sector=None,
            title=None,
        )
        if created:
            record.note(f"demonym: {name.surface} -> {entity.country}")
            record.regional = _lives_in_state(entity)
        self.mention(record, spans)

    def pair(self, start: int, end: int, kind: str) -> None:
        """'the two leaders', 'both countries': one mention of each of the last two actors;
        'the three military-led nations': of the last three."""
        count = self.stage.rules.pair_counts.get(self.doc[start].lower_, 2)
        chosen: list[ActorRecord] = []
        horizon = self._horizon(start, PAIR_LOOKBACK_SENTENCES)
        listed = self._listed(start, horizon, count, kind) if kind in {"country", "person"} else None
        asking = self._clause_subjects(start, end) if kind == "any" else set()
        if kind == "any" and count == 2:
            # "Fidan telephoned both sides", "urged the parties to ...": the two sides the story is
            # about, not the last two bodies named (often the mediators), nor whoever asks them
            askers = [c for verb in self.doc[start:end].root.ancestors if verb.pos_ in ("VERB", "AUX")
                      for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and not start <= c.i < end]
            asking |= {t.i for c in askers for t in c.subtree}
            # (only the askers themselves: "Albusaidi, whose country hosted contacts between the
            # Houthis and Saudi Arabia, met both delegations" does not rule out the Houthis)
            listed = self._salient_sides(start, {c.i for c in askers}) or None
        if kind == "country" and count == 2 and listed is None:
            # "The two countries fought a border war": of the states named in the last sentences,
            # the two the story names most (a third named in passing last is not one of them)
            listed = self._salient_countries(start, horizon)
        for token, record in reversed(self.timeline):
            if listed is not None:
                chosen = listed  # "from India, Bangladesh and Sri Lanka ... the three countries"
                break
            if token < horizon:
                break
            if record in chosen:
                continue
            if kind == "person" and record.kind != "person":
                continue
            if kind == "country" and record.kind != "country":
                continue
            if kind == "any" and (record.kind == "person" or not self._may_be_side(record)):
                continue  # "both sides" are parties to something, not reporters or the UN
            if any(s <= i < e for s, e in record.spans for i in asking):
                continue  # "officials called on all warring parties": who calls is not among them
            chosen.append(record)
            if len(chosen) == count:
                break
        if len(chosen) < 2 and kind == "country" and count == 2:
            chosen = self.countries_of_people()
        if len(chosen) < count:
            return
        text = self.doc[start:end].text
        ids = ", ".join(r.id for r in reversed(chosen))
        for record in reversed(chosen):
            record.note(f"compound: '{text}' -> {ids}")
            if (start, end) not in record.spans:
                record.spans.append((start, end))
        # the pair is one mention: add it to the timeline once per actor, oldest first
        for record in reversed(chosen):
            self.timeline.append((start, record))

    def _salient_sides(self, start: int, asking: set[int]) -> list[ActorRecord]:
        """The two sides of the story before ``start``: actors grouped by country and by state or
        non-state (an army and its government are one side; the army and the RSF are two), the two
        groups mentioned most (the one named last first among equals), each by its most-mentioned
        actor. Empty with fewer than two. Third parties, reporters, civilians and the countries of
        whoever asks (``asking``: their tokens) are no side, save a union and an employer in a strike."""
        excluded = {r.country for r in self.order if any(s <= i < e for s, e in r.spans for i in asking)}
        # (an armed group whose country the story has not lent it yet is a side of its own; a body of
        # no known sector, often a place misread, is none);
        # a union and an employer are sides only in a story of one state and no armed group (a
        # strike), not beside warring parties or two states ("traders" in a war story are no side)
        counts, latest, records = self._named_before(start, lambda r: True)
        armed = any(r.sector in ARMED_NONSTATE_SECTORS for r in records.values())
        states = {r.country for r in records.values() if r.country and _side_of(r)[1]} - THIRD_PARTY_CODES
        labour = not armed and len(states) <= 1
        # (a labour minister who urges both sides asks the union and the employer of his own country)
        records = {a: r for a, r in records.items() if (labour and r.sector in OWN_SIDE_SECTORS) or (
            self._may_be_side(r) and not (r.country and r.country in excluded))}
        counts = {a: n for a, n in counts.items() if a in records}
        sides: dict[tuple, list[str]] = {}
        for actor_id in counts:
            sides.setdefault(_side_of(records[actor_id]), []).append(actor_id)
        # the sides named most, the one named last first among equals
        ranked = sorted(sides.values(), key=lambda members: (-sum(counts[a] for a in members),
                                                              -max(latest[a] for a in members)))
        if len(ranked) < 2:
            return []
        chosen = []
        for members in ranked[:2]:
            # the side's state, government, army or group rather than a person, a court or a police
            # force of it, if the story names one
            bodies = [a for a in members if records[a].kind != "person"
                      and records[a].sector not in {"JUD", "LEG", "COP", "SPY"}] or members
            chosen.append(records[max(bodies, key=lambda a: counts[a])])
        return chosen

    def _salient_countries(self, start: int, horizon: int) -> list[ActorRecord] | None:
        """Of the states named between ``horizon`` and ``start``, the two named most in the story
        before ``start`` (the one named last first among equals); None with fewer than three in
        view, where the last two are the pair anyway."""
        counts, latest, records = self._named_before(
            start, lambda r: r.kind == "country" and r.country not in THIRD_PARTY_CODES)
        in_view = [a for a in counts if latest[a] >= horizon]
        if len(in_view) < 3:
            return None
        ranked = sorted(in_view, key=lambda a: (-counts[a], -latest[a]))
        return [records[a] for a in ranked[:2]]

    def _named_before(self, start: int, keep: Callable[[ActorRecord], bool]) \
            -> tuple[dict[str, int], dict[str, int], dict[str, ActorRecord]]:
        """How often, and how late, each actor that ``keep`` accepts is named before token
        ``start``: (mentions by id, last mention by id, records by id), in order of first mention."""
        counts: dict[str, int] = {}
        latest: dict[str, int] = {}
        records: dict[str, ActorRecord] = {}
        for token, record in self.timeline:
            if token < start and keep(record):
                counts[record.id] = counts.get(record.id, 0) + 1
                latest[record.id] = token
                records[record.id] = record
        return counts, latest, records

    @staticmethod
    def _may_be_side(record: ActorRecord) -> bool:
        """Can the actor be one of "both sides": a state, or a body or group of an armed, political
        or state sector (not a third party, reporters, schools or an unknown body)?"""
        if record.country in THIRD_PARTY_CODES or record.sector not in SIDE_SECTORS:
            return False
        if record.sector is None:
            return record.kind == "country"
        return bool(record.country) or record.sector not in STATE_SECTORS

    def _clause_subjects(self, start: int, end: int) -> set[int]:
        """The subject tokens of the clause a compound mention is an object in ("U.S. officials
        blamed X and called on all warring parties": officials), empty when it is the subject."""
        head = self.doc[start:end].root
        for _ in range(4):  # up through "on", "to" to the verb
            if head.pos_ in ("VERB", "AUX") or head.dep_ in ("nsubj", "nsubjpass") or head.head is head:
                break
            head = head.head
        if head.pos_ not in ("VERB", "AUX"):
            return set()
        verbs = [head]
        while verbs[-1].dep_ in ("conj", "xcomp") and len(verbs) < 4:
            verbs.append(verbs[-1].head)  # "blamed X and called on ...": the first verb's subject
        for verb in verbs:
            subjects = {c.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")}
            if subjects:
                return {t.i for i in subjects for t in self.doc[i].subtree}
        return set()

    def _listed(self, start: int, horizon: int, count: int, kind: str) -> list[ActorRecord] | None:
        """The nearest list of exactly ``count`` conjoined actors of the kind before ``start``
        ("India, Bangladesh and Sri Lanka"), latest first, or None."""
        doc = self.doc
        at: dict[int, ActorRecord] = {}  # the root token of each mention -> its actor
        for token, record in self.timeline:
            if horizon <= token < start and record.kind == kind:
                end = next((e for s, e in record.spans if s == token), token + 1)
                at[doc[token:end].root.i] = record
        for token in sorted(at, reverse=True):
            root = doc[token]
            top = root
            while top.dep_ == "conj" and top.head.i < top.i:
                top = top.head
            members = [top, *(t for t in top.subtree if t.dep_ == "conj" and _conj_chain(t, top))]
            if len(members) < 2:
                continue
            records = [at.get(m.i) for m in members]
            if len(members) == count and all(records) and len({r.id for r in records}) == count:  # type: ignore[union-attr]
                return list(reversed(records))  # type: ignore[arg-type]
        return None

    def countries_of_people(self) -> list[ActorRecord]:
        """The countries of the last two people named, as country actors ("their two countries")."""
        codes: list[str] = []
        for _, record in reversed(self.timeline):
            if record.kind == "person" and record.country and record.country not in codes:
                codes.append(record.country)
            if len(codes) == 2:
                break
        out = []
        for code in codes:
            name = self.kb.country_name(code)
            key = f"country:{name}"
            if name is None or key not in self.kb.entities:
                return []
            entity = self.kb.entities[key]
            record, _ = self.actor(key, name=entity.name, kind="country", country=code, sector=None, title=None)
            record.note(f"kb:countries {entity.name} -> {code}")
            out.append(record)
        return out

    def pronoun(self, index: int) -> None:
        """'he'/'she' as subject: the one person in view (this sentence so far, else the last)."""
        position = bisect.bisect_right(self.sent_starts, index) - 1
        sent_start = self.sent_starts[position] if position >= 0 else 0
        prev_start = self.sent_starts[position - 1] if position >= 1 else sent_start
        current = {r.id: r for t, r in self.timeline if sent_start <= t < index and r.kind == "person"}
        if not current:
            current = {r.id: r for t, r in self.timeline if prev_start <= t < sent_start and r.kind == "person"}
        if len(current) != 1:
            return
        record = next(iter(current.values()))
        self.mention(record, [(index, index + 1)])
        record.note(f"coref: pronoun {self.doc[index].lower_} -> {record.id}")

    def country_noun(self, index: int) -> None:
        """"the country": the last country named within a few sentences, else the story's own."""
        horizon = self._horizon(index, PAIR_LOOKBACK_SENTENCES)
        record = next((r for t, r in reversed(self.timeline) if horizon <= t < index and r.kind == "country"), None)
        if record is None:
            return
        self.mention(record, [(index, index + 1)])
        self.timeline.append((index, record))
        record.note(f"coref: the {self.doc[index].lower_} -> {record.id}")

    def plural_pronouns(self, indices: list[int]) -> None:
        """'they'/'them' as one more mention of each actor of an unambiguous antecedent.

        The antecedent is one noun phrase: a conjoined list of actors ("tariffs on Mexico, Canada
        and China to pressure them") or one plural group ("DHS officials ..., but they denied").
        "they" takes the subject of the clause it depends on ("Security forces say they killed"),
        with no other plural noun between; "them" the nearest plural noun before it that is not
        its own clause's subject ("the Taliban ... barring them": women, not the Taliban). With
        nothing before it in the sentence, the previous sentence's plural subject. A plural noun
        that names no actor ("demanded Beijing remove them": the vessels) leaves it alone, and so
        does a quotation, where "they" may be the speaker's own side or anyone.
        """
        doc = self.doc
        by_token: dict[int, list[ActorRecord]] = {}
        for record in self.order:
            for start, end in record.spans:
                for i in range(start, end):
                    if record not in by_token.setdefault(i, []):
                        by_token[i].append(record)
        for index in indices:
            pronoun = doc[index]
            if index in by_token or _quoted(doc, index):
                continue
            if pronoun.dep_ in {"nsubj", "nsubjpass"}:
                unit, why = self._they_antecedent(pronoun, by_token)
            else:
                unit, why = self._them_antecedent(pronoun, by_token)
            if not unit:
                continue
            ids = ", ".join(r.id for r in unit)
            for record in unit:
                self.mention(record, [(index, index + 1)])
                record.note(f"coref: pronoun {pronoun.lower_} -> {ids} ({why})")

    def _plural_unit(self, noun: Token, by_token: dict[int, list[ActorRecord]]) -> list[ActorRecord] | None:
        """The actors a plural noun phrase headed by ``noun`` names: [] when it is plural but names
        none ("the vessels"), None when it is not plural (no "they" can refer to it)."""
        members = [noun, *(c for c in noun.subtree if c.dep_ == "conj" and c.head.i >= noun.i
                           and self.stage.np_head(c).i == c.i and _conj_chain(c, noun))]
        found: list[ActorRecord] = []
        for member in members:
            records = by_token.get(member.i, [])
            if not records and member.tag_ in PLURAL_TAGS:
                # "heads of private companies": the people of the companies
                records = [r for prep in member.children if prep.dep_ == "prep" and prep.lower_ == "of"
                           for pobj in prep.children if pobj.dep_ == "pobj" for r in by_token.get(pobj.i, [])]
            # a lone plural noun is a group, never a country ("the Philippines ... they")
            found.extend(r for r in records if r not in found and (len(members) > 1 or r.kind != "country"))
        plural = len(members) > 1 or noun.tag_ in PLURAL_TAGS or any(
            r.kind == "group" and r.key.startswith("org:") for r in by_token.get(noun.i, []))
        return found if plural else None

    def _they_antecedent(self, pronoun: Token, by_token: dict[int, list[ActorRecord]]) -> tuple[list[ActorRecord], str]:
        doc = self.doc
        sent = self._sentence_of(pronoun.i)
        clause = pronoun.head
        while True:
            subject = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}
                            and c.i != pronoun.i and c.i < pronoun.i), None)
            if subject is not None or clause.dep_ not in CLAUSE_DEPS or clause.head is clause:
                break
            clause = clause.head
        if subject is None:
            if any(self._plural_noun(t) for t in doc[sent.start:pronoun.i]):
                return [], ""
            return self._previous_subject(sent.start, by_token)
        if subject.tag_ in {"WP", "WDT"} and clause.dep_ == "relcl":
            subject = clause.head  # "leaders, who said they ...": the noun the clause describes
        subject = self.stage.np_head(subject)
        unit = self._plural_unit(subject, by_token)
        if not unit:
            return [], ""
        inside = {t.i for t in subject.subtree}
        after = max(inside) + 1
        if any(self._plural_noun(t) for t in doc[after:pronoun.i] if t.i not in inside):
            return [], ""  # "sellers plead ... to drop the restrictions, as they ...": either
        return unit, f"subject of {clause.text}"

    def _them_antecedent(self, pronoun: Token, by_token: dict[int, list[ActorRecord]]) -> tuple[list[ActorRecord], str]:
        doc = self.doc
        sent = self._sentence_of(pronoun.i)
        # the subjects of the clauses "them" stands in cannot be "them" ("X ... barring them")
        excluded: set[int] = set()
        clause = pronoun.head
        for _ in range(CLIMB_LIMIT):
            for c in clause.children:
                if c.dep_ in {"nsubj", "nsubjpass"} and c.i != pronoun.i:
                    excluded.update(t.i for t in c.subtree)
            if clause.dep_ not in CLAUSE_DEPS | {"prep", "pcomp", "pobj"} or clause.head is clause:
                break
            clause = clause.head
        for token in reversed(doc[sent.start:pronoun.i]):
            if token.i in excluded or not self._plural_noun(token):
                continue
            head = self.stage.np_head(token)
            for _ in range(CLIMB_LIMIT):
                if head.dep_ == "conj" and head.head.i < head.i:
                    head = head.head  # "Mexico, Canada and China": the list from its first member
                elif head.dep_ == "pobj" and head.head.lower_ in self.stage.rules.inclusive_preps \
                        and head.head.head.pos_ in NOUNISH:
                    head = head.head.head  # "companies, including tech firms": the whole set
                else:
                    break
            unit = self._plural_unit(head, by_token)
            return (unit or [], f"nearest plural before it: {head.text}")
        return self._previous_subject(sent.start, by_token)

    def _horizon(self, index: int, back: int) -> int:
        """The first token of the sentence ``back`` sentences before the one holding ``index``."""
        position = bisect.bisect_right(self.sent_starts, index) - 1
        return self.sent_starts[max(0, position - back)] if self.sent_starts else 0

    def _sentence_of(self, index: int) -> Span:
        """The sentence holding token ``index``, as a Span (from the sentence starts, which is
        much cheaper than ``token.sent``)."""
        position = bisect.bisect_right(self.sent_starts, index) - 1
        start = self.sent_starts[position] if position >= 0 else 0
        end = self.sent_starts[position + 1] if position + 1 < len(self.sent_starts) else len(self.doc)
        return self.doc[start:end]

    def _plural_noun(self, token: Token) -> bool:
        """A noun that could be what "they" refers to: plural, or the first of a conjoined list."""
        if token.pos_ not in NOUNISH or token.dep_ in MODIFIER_DEPS:
            return False
        return token.tag_ in PLURAL_TAGS or any(c.dep_ == "conj" and c.pos_ in NOUNISH for c in token.children)

    def _previous_subject(self, sent_start: int, by_token: dict[int, list[ActorRecord]]) -> tuple[list[ActorRecord], str]:
        """The plural subject of the sentence before ``sent_start``'s, as actors, when it is that
        sentence's only plural noun ("Police arrested protesters. They ..." is either)."""
        position = bisect.bisect_right(self.sent_starts, sent_start) - 1
        if position < 1:
            return [], ""
        sent = self._sentence_of(self.sent_starts[position - 1])
        root = next((t for t in sent if t.head.i == t.i), sent[0])
        subject = next((c for c in root.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is None:
            return [], ""
        inside = {t.i for t in subject.subtree}
        if any(self._plural_noun(t) for t in sent if t.i not in inside):
            return [], ""
        return self._plural_unit(self.stage.np_head(subject), by_token) or [], "subject of the sentence before"


    # -- actors the phrase leaves without a country ---------------------------------------

    def followers_of(self) -> None:
        """"Supporters of Rajoelina", "relatives of the former president", "Sonko's supporters", "his
        followers": the group, of the person's country, is the actor, not the person ("police arrested dozens of supporters of
        Sonko" arrests no Sonko). The person keeps its other mentions."""
        sectors = self.stage.rules.follower_sectors
        # (also of a group: "supporters of both candidates" are not the candidates)
        for record in [r for r in self.order if r.kind in ("person", "group")]:
            for start, end in list(record.spans):
                root = self.doc[start:end].root
                of = root.head
                noun = of.head
                if root.dep_ in ("poss", "compound") and of.lower_ in sectors and of.i >= end and record.kind == "person":
                    # "Sonko's supporters", "his followers", "Trump supporters"
                    noun, span = of, (start, of.i + 1)
                elif root.dep_ == "pobj" and of.lower_ == "of" and noun.lower_ in sectors and noun.i < start:
                    span = (noun.i, end)
                else:
                    continue
                record.spans.remove((start, end))
                self.timeline = [(t, r) for t, r in self.timeline if not (r is record and t == start)]
                group, created = self.actor(
                    f"followers:{record.country}:{sectors[noun.lower_]}:{record.id}:{noun.lower_}",
                    name=f"{noun.text} of {record.name}", kind="group", country=record.country,
                    sector=sectors[noun.lower_], title=None,
                )
                if created:
                    group.note(f"{noun.lower_} of {record.name}: their country, not the person")
                self.mention(group, [span])
        self.order = [r for r in self.order if r.spans or r.kind != "person"]

    def anonymous_attackers(self) -> None:
        """"Men on motorcycles stormed a mining camp", "a group of masked men attacked the base": men
        the story names only as the doers of an attack are unidentified armed attackers (UAF), not
        civilians; men who are only ever arrested, tried, freed or killed stay civilians."""
        rules = self.stage.rules
        verbs = rules.attack_verbs | rules.raiding_verbs
        for record in self.order:
            if record.sector != "CVL" or record.head_lemma not in rules.stranger_lemmas or not record.spans:
                continue
            if all(self._attacking(self.doc[s:e].root, verbs) for s, e in record.spans):
                record.sector = "UAF"
                record.note("men named only as attackers -> UAF")

    def _attacking(self, head: Token, verbs: frozenset[str]) -> bool:
        """Is the phrase headed by ``head`` the doer of one of ``verbs`` ("men stormed", "a dozen men on
        motorcycles stormed", "shot by unidentified men")?"""
        node = head
        if node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.pos_ in ("NOUN", "NUM"):
            node = node.head.head  # "a group of men", "dozens of masked men"
        verb = node.head
        if node.dep_ == "pobj" and node.head.dep_ == "agent":
            verb, node = node.head.head, node.head  # "shot by unidentified men"
        if node.dep_ not in ("nsubj", "agent") or verb.pos_ != "VERB":
            return False
        return verb.lemma_.lower() in verbs

    def claimed_attackers(self) -> None:
        """Unnamed attackers ("gunmen", "the attackers", "suicide bombers") in an article that
        names one armed group, and says it claimed or was blamed for an attack, are that group's
        fighters: "Gunmen stormed a hotel ... Al-Shabab claimed the attack" codes al-Shabab as the
        attacker, as a reader of the whole story does. With two armed groups named, none, no claim,
        or "no one has claimed it", they stay an unidentified armed group (UAF)."""
        rules = self.stage.rules
        armed = [r for r in self.order if r.spans and r.kind == "organisation" and r.key.startswith("org:")
                 and (r.sector in rules.armed_group_sectors or r.country in rules.armed_group_codes)]
        if len(armed) != 1:
            return
        group = armed[0]
        claims = rules.claim_lemmas
        claimed = unclaimed = False
        for sent in self.doc.sents:
            if not any(t.lemma_.lower() in claims for t in sent):
                continue
            # "No one has taken responsibility": the attack is nobody's yet
            unclaimed |= any(t.lower_ in ("no", "nobody", "none") or t.dep_ == "neg" for t in sent)
            claimed |= any(sent.start <= s < sent.end for s, _ in group.spans)
        if not claimed or unclaimed:
            return
        for record in self.order:
            if record.sector == "UAF" and record.spans and record.head_lemma in rules.attacker_lemmas:
                # spans only, not the timeline: where the group comes from says nothing of where
                # the others in those sentences are ("killing nine people" in Kenya stay Kenyan)
                group.spans.extend(span for span in record.spans if span not in group.spans)
                group.note(f"the article's one armed group: '{record.name}' -> {group.id}")
                record.spans = []

    def home_organisations(self, names: list[Name]) -> None:
        """"Libre would not recognise the result", "Arauco said": an organisation the knowledge base
        does not know and nothing else places, in a story from and about one country, is of it."""
        unplaced = [r for r in self.order if r.kind == "organisation" and r.country is None and r.sector is None
                    and r.evidence[:1] == [f"ner: ORG {r.name} (not in the knowledge base)"]]
        if not unplaced or not self._has_dateline():
            return
        if self._main(names, self._place_map(names))[0] != self.dateline[0]:
            return
        for record in unplaced:
            record.country = self.dateline[0]
            record.note(f"context: an unknown organisation in a story datelined in {self.dateline[0]}")

    def locate(self, names: list[Name]) -> None:
        """Give a country to actors whose own phrase names none, from where the text puts them.

        "Rebels in the Ivory Coast" are Ivorian, "ethnic Albanians in Serbia" Serbian, and a
        judge in a sentence whose only country is Chile is Chilean. Each such code says so in
        the evidence, since it is read from context rather than from the actor's own words.
        """
        rules = self.stage.rules
        places: dict[int, tuple[str, str]] | None = None  # built only if some actor needs it
        loose: set[int] = set()
        self._namesake_parties(names)
        for record in self.order:
            if not record.spans or record.kind == "country":
                continue
            spans = sorted(record.spans)
            start, end = spans[0]
            ethnic = self._ethnic(start, end) and not record.regional
            if record.country is not None and not ethnic:
                continue
            if any(t.lower_ in rules.foreign_words and not self._foreign_office(t) for s, e in spans
                   for t in (*self.doc[s:e], *_modifiers(self.doc[e - 1]))):
                continue  # "foreign troops", "overseas donors": not of the country the story is in
            if record.key.endswith(":several"):
                continue  # "several European governments": a state has one government, the story's is singular
            if places is None:
                places = self._place_map(names)
                # an adjective on a thing, not on an actor ("an American flag"), places nobody
                in_groups = {i for r in self.order if r.kind != "country" for s, e in r.spans for i in range(s, e)}
                loose = {i for n in names if n.form == "adj" and n.start not in in_groups for i in range(n.start, n.end)}
            if record.kind == "group" and record.sector in rules.refugee_sectors and record.country is None:
                origin = self._refugee_origin(spans, places)
                if origin is not None:
                    record.country = origin[0]
                    record.note(f"located: fled from {origin[1]} -> {origin[0]}")
                else:
                    record.note("refugees: no country they fled, not the host's")
                continue
            named_person = record.kind == "person" and not record.bare and record.country is None
            if named_person:
                # every named mention may say what the person is; pronouns say nothing
                named_spans = [sp for sp in spans if not (sp[1] - sp[0] == 1 and self.doc[sp[0]].lower_ in rules.pronouns | rules.plural_pronouns)]
                described = self._person_description(record, named_spans, places, names)
                if described == "staff":
                    # the host: the sentence's one other country, else the article's own country
                    own = {t.i for s, e in named_spans for t in self.doc[s:e]}
                    host = self._sentence_country(start, places, besides=record.employer, own=own, news=True)
                    if host is not None:
                        record.country = host
                        record.note(f"local staff of a {record.employer} employer: the other country in the sentence -> {host}")
                        continue
                    found = self._focus_country(record, start, names, places, same_sector=False)
                    if found is not None and found[0] != record.employer:
                        record.country = found[0]
                        record.note(f"local staff of a {record.employer} employer: {found[1]}")
                    else:
                        record.note("no context: local staff of a foreign employer")
                    continue
                if described is not None:
                    record.country, why = described
                    record.note(why)
                    continue
                led = self._led_body(record, named_spans, names)
                if led is not None:
                    continue
                relative = self._relative_country(record, named_spans) if record.kin else None
                if relative is not None:
                    record.country, why = relative
                    record.note(why)
                    continue
            found = places.get(end - 1) if record.kind == "person" and record.country is None else None
            # any mention may place the actor ("Lai, ... founder of a newspaper in Hong Kong")
            for span_start, span_end in spans[:LOCATE_MENTIONS]:
                if found is not None:
                    break
                found = self._located_from(self.doc[span_start:span_end].root, range(span_start, span_end), places)
            if found is None and named_person:
                # "Lai, a businessman and founder of a newspaper in Hong Kong": the second description;
                # "Amirov and Omarov, both from Azerbaijan": the one the names share
                roots = (self.doc[s:e].root for s, e in named_spans)
                found = next((f for root in roots
                              for noun in [*(n for n in self._described_nouns(root) if n.dep_ == "conj"),
                                           *self._shared_descriptions(root)]
                              for f in [self._located_from(noun, range(noun.i, noun.i + 1), places)] if f), None)
            if found is not None and found[0] != record.country:
                code, where = found
                record.country = code
                record.note(f"located: {'ethnic, ' if ethnic else ''}{where} -> {code}")
                continue
            # what the actor's own phrase reaches without a locating word is not where it is
            # ("protesters burning an American flag"): the sentence fallback leaves it out
            own = {t.i for t in self.doc[start:end].root.subtree} | loose
            if ethnic and record.country is not None:
                # "ethnic Albanians demonstrated in Serbia": the sentence's one other country
                code = self._sentence_country(start, places, besides=record.country, own=own)
                if code is not None:
                    record.country = code
                    record.note(f"located: ethnic, the other country in the sentence -> {code}")
                continue
            if named_person:
                held = None if record.local else self._held_country(record, named_spans, places, names)
                if held is None and self._has_dateline() and self._local_office(named_spans):
                    # "Police commander Oscar Arriola", "the regional governor, X": an office of the
                    # place, so of the dateline's country
                    held = self.dateline[0], f"context: a local office in a story datelined in {self.dateline[0]}"
                if held is None and self._has_dateline() and self._local_office(named_spans, rules.national_titles) \
                        and (self._main(names, places)[0] == self.dateline[0]
                             or self._travelled_from_dateline(named_spans, places)):
                    # ("Trade Minister Yeo travelled to Washington" in a story from Seoul: he went abroad)
                    # "Prime Minister Ernesto Alvarez said ..." in a story datelined in Lima: a national
                    # office of the dateline's state, when the dateline's state is also the story's focus
                    held = self.dateline[0], f"context: a national office in a story datelined in {self.dateline[0]}"
                if held is not None:
                    record.country, why = held
                    record.note(why)
                    continue
                if not record.local:
                    continue  # a person is not where the story is: no title of a local office
            spoken_for = self._spoken_for(record, start) if record.country is None and record.bare else None
            if spoken_for is not None:
                record.country, why = spoken_for
                record.note(why)
                continue
            if record.country is None and (record.kind in rules.context_kinds or record.bare):
                code = self._sentence_country(
                    start, places, own=own | self._attackers_of(start, end) | self._victims_of(start, end), news=True)
                if code is not None and code == self._journey_to(start, end, places):
                    code = None  # "the trade minister will travel to Washington": not American
                if code is not None and record.sector in ARMED_NONSTATE_SECTORS and self._has_dateline() \
                        and code != self.dateline[0] and self._sentence_country(
                            start, places, own=own, news=True, places_only=True) is None:
                    # ("MOGADISHU -- AFRICOM strikes hit fighters"): fighters are not of a foreign state
                    # whose forces the sentence names, when nothing places them: the dateline does
                    code = self.dateline[0]
                home = self._focus_country(record, start, names, places, same_sector=False) \
                    if code is not None else None
                if home is not None and home[0] != code \
                        and self._addressed_by_state(self.doc[start:end].root, code, places):
                    # "NAIROBI -- Britain urged the police to show restraint": a state acting on a bare
                    # institution, or in a clause beside it, is not its home; the story's country is
                    record.country = home[0]
                    record.note(f"context: addressed by another state, the story's country: {home[1]}")
                    continue
                if code is not None:
                    record.country = code
                    record.note(f"context: the only country in the sentence -> {code}")
                    continue
            if record.country is None and record.bare and record.sector in rules.focus_sectors:
                found = self._focus_country(record, start, names, places)
                sent_to = self._destination(start, end, places)
                if found is not None and sent_to == found[0]:
                    other = self._sentence_country(start, places, besides=sent_to, own=own)
                    found = (other, f"context: sends people to {sent_to}, the sentence's other country -> {other}") \
                        if other else None
                if found is not None:
                    record.country, why = found
                    record.note(why)
            elif record.country is None and record.bare and record.sector in rules.victim_sectors:
                # "killed 23 people in Tel Aviv": where the verb happened, else the article's country
                found = self._verb_place(start, end, places) or self._focus_country(
                    record, start, names, places, same_sector=False
                )
                if found is not None:
                    record.country, why = found
                    record.note(why)

    def _place_map(self, names: list[Name]) -> dict[int, tuple[str, str]]:
        """Token -> (country, words) for every place and national word of the article (built once);
        names that deny their country ("Iran-backed", "pro-Russian") count for none."""
        if self.places is None:
            denied = {i for n in names if self.stage._hyphen_role(self.doc, n) in {"none", "ethnic", "registry"}
                      for i in range(n.start, n.end)}
            self.places = _country_tokens(self.doc, names, denied | self.redirected, self.kb)
        return self.places

    def _namesake_parties(self, names: list[Name]) -> None:
        """"TIRANA -- The opposition Democratic Party said ...": a party the knowledge base knows in another
        state ("Democratic Party" is American there), named in a story from and about the dateline's state
        that never names the other state, is that state's party of the same name."""
        if not self._has_dateline():
            return
        parties = [r for r in self.order if r.kind == "organisation" and r.sector == "PTY" and r.key.startswith("org:")
                   and r.country not in (None, self.dateline[0]) and r.country not in STATELESS_CODES]
        if not parties:
            return  # (the place map is built only for a story that names a party from elsewhere)
        places = self._place_map(names)
        if self._main(names, places)[0] not in ("", self.dateline[0]):
            return
        dash = _dateline_dash(self.doc) or 0
        for record in parties:
            own = {i for s, e in record.spans for i in range(s, e)}
            if any(code == record.country for i, (code, _) in places.items() if i > dash and i not in own):
                continue
            record.note(f"a namesake of the {record.country} party in a story about {self.dateline[0]}")
            record.country = self.dateline[0]

    def _addressed_by_state(self, head: Token, code: str, places: dict[int, tuple[str, str]]) -> bool:
        """Does the sentence's one country ``code`` come only from states that act on the phrase
        headed by ``head`` ("Britain urged the police", "the U.S. embassy urged the government",
        "the United States imposed sanctions on the army") or in a clause joined beside its own
        ("police arrested 40 protesters, and Britain urged ...")? A state whose speech contains
        the phrase ("Kenya said troops repelled the attack") speaks for its own side and does not count."""
        sentence = head.sent
        holders = [self.doc[i] for i, (found, _) in places.items()
                   if found == code and sentence.start <= i < sentence.end and self.doc[i].dep_ not in ("det", "case")]
        holders += [self.doc[token] for token, record in self.timeline
                    if sentence.start <= token < sentence.end and record.country == code and record.kind == "country"
                    and self.doc[token] not in holders]
        if not holders:
            return False
        by_token = {i: record for record in self.order for s, e in record.spans for i in range(s, e)}
        for holder in holders:
            subject = self.stage.np_head(holder)
            verb = subject.head
            if subject.dep_ != "nsubj" or verb.pos_ not in ("VERB", "AUX") or subject == head:
                return False
            acting = by_token.get(subject.i)
            if acting is None or not (acting.kind == "country" or acting.sector == "GOV"):
                return False  # "Iranian security forces detained dozens of people": the forces' own country
            # its verb and the verbs joined to it that share its subject ("said ... and urged the authorities")
            verbs = [verb, *(c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")
                             and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children))]
            objects = {c for v in verbs for c in v.children if c.dep_ in ("dobj", "dative", "obj", "iobj")}
            # "urged the police", "imposed sanctions on the army", "offered support to the judiciary"
            reached = head in objects or (head.dep_ == "pobj" and (
                head.head.head in verbs or head.head.head in objects))
            # "police arrested ..., and Britain urged ...": clauses side by side
            beside = head not in verb.subtree and (verb.dep_ == "conj" and head in verb.head.subtree
                                                   and head.dep_ in ("nsubj", "dobj", "nsubjpass"))
            if not (reached or beside):
                return False
        return True

    def _destination(self, start: int, end: int, places: dict[int, tuple[str, str]]) -> str | None:
        """The country an institution sends people to, when it is the subject of a verb of sending
        with "to X" ("authorities deported 40 others to China"), else None."""
        root = self.doc[start:end].root
        verb = root.head
        if root.dep_ != "nsubj" or verb.lemma_.lower() not in self.stage.rules.sending_verbs:
            return None
        return _to_place(verb, places)

    def _refugee_origin(self, spans: list[tuple[int, int]], places: dict[int, tuple[str, str]]) -> tuple[str, str] | None:
        """The country refugees fled: "refugees from Syria", "refugees fleeing Sudan", "refugees
        returning to Somalia", "the refugees will go back to Somalia" (resolution.yaml, ``refugees``)."""
        rules = self.stage.rules

        def place(token: Token) -> tuple[str, str] | None:
            return places.get(token.i) or next((places[t.i] for t in token.subtree if t.i in places), None)

        def through(verb: Token) -> tuple[str, str] | None:
            lemma = verb.lemma_.lower()
            back = any(c.dep_ in ("prt", "advmod") and c.lower_ in rules.refugee_back_particles for c in verb.children)
            # "go back to Somalia": the "to" may hang on "back"
            heads = [verb, *(c for c in verb.children if c.dep_ in ("prt", "advmod") and c.lower_ in rules.refugee_back_particles)]
            for child in (c for h in heads for c in h.children):
                if lemma in rules.refugee_flight_verbs and child.dep_ == "dobj" and place(child) is not None:
                    return place(child)
                if child.dep_ == "prep" and (child.lower_ in rules.refugee_origin_preps or child.lower_ == "in") \
                        and lemma in rules.refugee_flight_verbs:
                    # "fleeing Syria", "fleeing the civil war in Liberia" (the "in" hangs on the verb)
                    return next((place(g) for g in child.children if g.dep_ == "pobj"), None)
                if child.dep_ == "prep" and child.lower_ in rules.refugee_return_preps and (
                        lemma in rules.refugee_return_verbs or back):
                    return next((place(g) for g in child.children if g.dep_ == "pobj"), None)
            return None

        for start, end in spans[:LOCATE_MENTIONS]:
            root = self.doc[start:end].root
            children = list(root.children)
            if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.pos_ == "NOUN":
                # "deportations of migrants from Haiti": the parser hangs "from" on the noun above
                children += [c for c in root.head.head.children if c.dep_ == "prep" and c.i > root.i]
            for child in children:
                found = None
                if child.dep_ == "prep" and child.lower_ in rules.refugee_origin_preps:
                    found = next((place(g) for g in child.children if g.dep_ == "pobj"), None)
                elif child.dep_ in ("acl", "relcl") and child.pos_ in ("VERB", "AUX"):
                    found = through(child)  # "refugees fleeing Sudan", "refugees who returned to Somalia"
                if found is not None:
                    return found
            verb = root.head
            if root.dep_ in ("nsubj", "nsubjpass") and verb.pos_ in ("VERB", "AUX"):
                # "the refugees will go back to Somalia"; "to have to go back": the verb under "have"
                found = through(verb) or next((through(x) for x in verb.children if x.dep_ == "xcomp"), None)
                if found is not None:
                    return found
        return None

    def _relative_country(self, record: ActorRecord, spans: list[tuple[int, int]]) -> tuple[str, str] | None:
        """'Sali Berisha, his wife, Liri Berisha,': a relative named in apposition to a kin noun
        that is itself in apposition to a placed person takes that person's country."""
        kin = self.stage.rules.kin_nouns
        for start, end in spans:
            root = self.doc[start:end].root
            nouns = [root.head] if root.dep_ == "appos" and root.head.lower_ in kin else []
            nouns += [c for c in root.children if c.dep_ == "appos" and c.lower_ in kin]
            for noun in nouns:
                if noun.dep_ not in {"appos", "conj"} or noun.head.i == root.i:
                    continue
                other = next((r for r in self.order if r is not record and r.kind == "person" and r.country
                              for s, e in r.spans if s <= noun.head.i < e), None)
                if other is not None:
                    return other.country, f"relative: {noun.text} of {other.name} -> {other.country}"  # type: ignore[return-value]
        return None

    def _led_body(self, record: ActorRecord, spans: list[tuple[int, int]], names: list[Name]) -> Entity | None:
        """'The head of Doctors Without Borders told the council ... "...," said Secretary General
        Christopher Lockyear': a named person with a title and no employer, right after an unnamed
        head of a non-state body (IGO, NGO, MNC) with no other person named between, is that
        head: the body's code, and its sector for a government-like title. The body, or None."""
        if not spans or not record.title:
            return None
        start = spans[0][0]
        since = self._horizon(start, 1)
        heads = self.stage.rules.head_nouns
        bodies = {i: n for n in names if n.is_org and n.entity is not None and n.entity.country in THIRD_PARTY_CODES
                  for i in range(n.start, n.end)}
        people = [n.start for n in names if n.is_person and since <= n.start < start]
        for token in self.doc[since:start]:
            if token.lower_ not in heads or token.dep_ not in {"nsubj", "nsubjpass"}:
                continue
            if any(c.dep_ == "poss" or c.pos_ == "PROPN" for c in token.children):
                continue  # "Russia's head", "UNICEF head Russell": another person's title
            body = next((bodies[p.i] for prep in token.children if prep.dep_ == "prep" and prep.lower_ == "of"
                         for p in prep.children if p.dep_ == "pobj" and p.i in bodies), None)
            if body is None or any(token.i < p for p in people):
                continue
            entity = body.entity
            assert entity is not None
            record.country = entity.country
            record.orgs.add(entity.name)
            record.note(f"employer: the {token.text} of {entity.name} just before -> {entity.country}")
            if record.sector in {None, "GOV"} and entity.country in {"NGO", "MNC"}:
                record.sector = self.org_sector(entity)
            return entity
        return None

    def _attackers_of(self, start: int, end: int) -> set[int]:
        """The tokens of whoever attacks the phrase at [start, end) in its own clause ("Israeli
        aircraft struck the Hama air base", "French troops carried out strikes against jihadists"):
        an attacker's country says nothing of where its target is from."""
        node = self.doc[start:end].root
        while node.dep_ in ("conj", "compound", "nmod") and node.head.i != node.i:
            node = node.head  # "the T4 and Hama air bases"
        if node.dep_ == "pobj" and node.head.lower_ in ("against", "on"):
            node = node.head
            if node.head.pos_ == "NOUN":
                node = node.head  # "an air strike against jihadist fighters"
        verb = node.head
        while verb.pos_ == "NOUN" and verb.dep_ in ("dobj", "obj") and verb.head.i != verb.i:
            verb = verb.head  # "carried out an air strike against ..."
        if node.dep_ not in ("dobj", "obj", "prep") or verb.pos_ != "VERB":
            return set()
        words = self.stage.rules.attack_verbs
        if verb.lemma_.lower() not in words and not any(
                c.lemma_.lower() in words for c in (node.head, *verb.children) if c.dep_ in ("dobj", "obj")):
            return set()
        # (only what the attacker is, not where: "separatist fighters in Balochistan killed 300
        # people" places the victims there too)
        where = {t.i for c in verb.children if c.dep_ in ("nsubj", "agent") for p in c.children
                 if p.dep_ == "prep" and p.lower_ in self.stage.rules.place_preps for t in p.subtree}
        return {t.i for c in verb.children if c.dep_ in ("nsubj", "agent") for t in c.subtree} - where

    def _victims_of(self, start: int, end: int) -> set[int]:
        """The tokens of whom the phrase at [start, end) attacks in its own clause ("gunmen killed
        three Chinese workers"): a victim's country says nothing of where the attackers are from."""
        root = self.doc[start:end].root
        verb = root.head
        if root.dep_ != "nsubj" or verb.pos_ != "VERB" or verb.lemma_.lower() not in self.stage.rules.attack_verbs:
            return set()
        return {t.i for c in verb.children if c.dep_ in ("dobj", "obj") for t in c.subtree}

    def _local_office(self, spans: list[tuple[int, int]], words: frozenset[str] | None = None) -> bool:
        """Does a title of a local office (or of ``words``) stand in or beside the person's name
        ("Police commander Oscar Arriola", "the regional governor, X", "X, the mayor of ...")?"""
        words = self.stage.rules.local_titles if words is None else words
        for start, end in spans:
            root = self.doc[start:end].root
            near = [*self.doc[start:end], *(c for c in root.children if c.dep_ in ("compound", "amod", "appos"))]
            if root.dep_ == "appos":
                near.append(root.head)
            near += [g for t in list(near) if t.i != root.i for g in t.children if g.dep_ in ("compound", "amod")]
            if any(t.lower_ in words for t in near):
                return True
        return False

    def _travelled_from_dateline(self, spans: list[tuple[int, int]], places: dict[int, tuple[str, str]]) -> bool:
        """Is the person the subject of a journey to another state than the dateline's ("has
        travelled to Washington to meet ...", "flew to Moscow")?"""
        return any((to := self._journey_to(start, end, places)) is not None and to != self.dateline[0]
                   for start, end in spans)

    def _journey_to(self, start: int, end: int, places: dict[int, tuple[str, str]]) -> str | None:
        """The country an actor travels to as the subject of a verb of travel ("the minister will
        travel to Washington", "X and Y flew to Moscow"), else None: a place one goes to is not one's own."""
        root = self.doc[start:end].root
        while root.dep_ in ("conj", "appos") and root.head.i != root.i:
            root = root.head
        verb = root.head
        if root.dep_ != "nsubj":
            return None
        # ("said he would travel to ...": the pronoun's verb is the journey)
        for node in (verb, *(c for c in verb.children if c.dep_ in ("xcomp", "ccomp"))):
            found = _to_place(node, places, within=True) if node.lemma_.lower() in self.stage.rules.travel_verbs else None
            if found is not None:
                return found
        return None

    def _held_country(
        self, record: ActorRecord, spans: list[tuple[int, int]], places: dict[int, tuple[str, str]],
        names: list[Name],
    ) -> tuple[str, str] | None:
        """A named person the story's justice acts on ("authorities arrested Zamora", "Mhlanga's
        arrest", "the trial of X") is of the country that holds him: the one country of that
        sentence, else the article's dateline or clearly main country. A foreigner held abroad is
        named as one ("American journalist X") and never reaches this guess."""
        words = self.stage.rules.custody_words
        for start, end in spans:
            root = self.doc[start:end].root
            if root.dep_ in {"dobj", "nsubjpass", "poss"}:
                governor = root.head
            elif root.dep_ == "pobj" and root.head.lower_ == "of":
                governor = root.head.head  # "the arrest of X"
            else:
                continue
            if governor.lemma_.lower() not in words and governor.lower_ not in words:
                continue
            own = {t.i for t in root.subtree}
            held = f"held ({governor.text} {root.text})"
            code = self._sentence_country(start, places, own=own, news=True)
            if code is not None:
                return code, f"context: the only country in the sentence, {held} -> {code}"
            found = self._focus_country(record, start, names, places, same_sector=False)
            if found is not None:
                return found[0], f"{found[1]}, {held}"
        return None

    def _person_description(
        self, record: ActorRecord, spans: list[tuple[int, int]], places: dict[int, tuple[str, str]],
        names: list[Name],
    ) -> tuple[str, str] | str | None:
        """What an apposition or relative clause says a person is: "X, who is Azerbaijani", "a
        French national, X", "X, an American": (code, evidence). "staff" for local staff of a
        foreign employer ("X, a local U.S. consulate employee"), who get no country from it.
        Marks the person local when it is "a resident", "a local farmer" and the like."""
        rules = self.stage.rules
        demonyms = {i for n in names if n.form in {"adj", "people"} for i in range(n.start, n.end)}
        for span_start, span_end in spans:
            root = self.doc[span_start:span_end].root
            for noun in self._described_nouns(root):
                modifiers = [c for c in noun.children if c.dep_ in {"amod", "compound", "nmod"}]
                if any(m.lower_ in rules.ethnic_words for m in modifiers):
                    continue  # "an ethnic Uyghur living in Australia": not a nationality
                if any(t.lower_ in rules.staff_words for m in modifiers for t in m.subtree):
                    # the employer modifies the noun ("a local U.S. consulate employee") or what
                    # the noun works at ("a locally hired guard at the Canadian embassy")
                    employers = [*modifiers, *(m for prep in noun.children if prep.dep_ == "prep"
                                               and prep.lower_ in {"at", "of", "for", "with"}
                                               for pobj in prep.children if pobj.dep_ == "pobj"
                                               for m in (pobj, *pobj.children) if m.dep_ != "det")]
                    employer = next((places[m.i][0] for m in employers if m.i in places and places[m.i][0]), None)
                    if employer is not None:
                        record.employer = employer
                        return "staff"
                    record.local = True  # "a local journalist": the story's place is the person's
                    continue
                if noun.lower_ in rules.local_people:
                    record.local = True
                for token in (noun, *(m for m in modifiers if m.dep_ == "amod")):
                    if token.i in demonyms and token.i in places:
                        code, where = places[token.i]
                        return code, f"described: {where} ({noun.text}) -> {code}"
                if noun.lower_ in rules.topic_nouns or noun.lower_ in rules.relation_nouns:
                    continue
                said = self._said_country(noun, places, demonyms)
                if said is not None:
                    return said
                # "the spokesperson for Pakistan's Ministry of Foreign Affairs": the employer's country
                for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in {"of", "for", "at", "with"}):
                    for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                        owner = next((m for m in pobj.children if m.dep_ == "poss" and m.i in places
                                      and m.i not in demonyms), None)
                        if owner is not None:
                            code, where = places[owner.i]
                            return code, f"described: {noun.text} {prep.text} {where}'s {pobj.text} -> {code}"
        return None

    def _said_country(
        self, noun: Token, places: dict[int, tuple[str, str]], demonyms: set[int]
    ) -> tuple[str, str] | None:
        """A country a described noun gives its person: its possessor ("Albania's dominant
        figure", "Kenya's top diplomat"), or the "of" place of a title ("prime minister of
        Albania"). Relation nouns ("a critic of ...") are left out by the caller."""
        news = self.stage.rules.news_sectors
        owner = next((c for c in noun.children if c.dep_ == "poss" and c.i in places and c.i not in demonyms
                      and places[c.i][0]), None)
        if owner is not None and noun.pos_ == "NOUN" and not any(
            (r.sector in news or r.kind == "person") for r in self.order for s, e in r.spans if s <= owner.i < e
        ):
            # a common noun ("Albania's dominant figure"), not a name ("VOA's Bosnian Service"),
            # owned by a state or body, not by a news organisation or a person ("Dodik's lawyer"
            # may well be foreign)
            code, where = places[owner.i]
            return code, f"described: {where}'s {noun.text} -> {code}"
        rules = self.stage.rules
        info = self.kb.sector_words.get(noun.lower_)
        if info is None or info.kind != "person" or info.sector not in rules.person_title_sectors \
                or noun.lower_ in rules.roaming_titles or noun.lower_ in rules.mandate_titles:
            return None
        for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"):
            for pobj in (c for c in prep.children if c.dep_ == "pobj" and c.i in places and c.i not in demonyms):
                code, where = places[pobj.i]
                if code:
                    return code, f"described: {noun.text} of {where} -> {code}"
        return None

    def _described_nouns(self, root: Token) -> list[Token]:
        """The nouns that say what a person is: appositions ("X, a Russian blogger, and founder
        of ..."), the noun the name is in apposition to ("a French national, X"), the complement
        of "who is" or of the name's own "is" ("X, who is Azerbaijani", "X has been Albania's
        dominant figure"), what the person is "as" ("X served as prime minister of Albania",
        "during his term as ..."), and a distributive apposition of conjoined names ("X and Y,
        both from Azerbaijan," describes Y too)."""
        rules = self.stage.rules
        described = [c for c in root.children if _appositive(c)]
        if _appositive(root):
            described.append(root.head)
        for clause in (c for c in root.children if c.dep_ == "relcl" and c.lemma_ == "be"):
            described.extend(c for c in clause.children if c.dep_ in {"acomp", "attr"})
        if root.dep_ in {"nsubj", "nsubjpass"}:
            verb = root.head
            if verb.lemma_ == "be":
                described.extend(c for c in verb.children if c.dep_ in {"acomp", "attr"})
            described.extend(_as_nouns(verb, rules.possessive_pronouns))
        described.extend(self._shared_descriptions(root))
        return [*described, *(c for noun in described for c in noun.children if c.dep_ == "conj")]

    def _shared_descriptions(self, root: Token) -> list[Token]:
        """What conjoined names share, said after the last of them: an apposition that is a
        distributive word or a plural noun ("X and Y, both Iranian nationals,"), or a phrase
        with a distributive word ("X and Y, both from Iran,"), wherever the parser hangs it."""
        words = self.stage.rules.distributive_words
        top = root
        while top.dep_ == "conj" and top.head.i < top.i:
            top = top.head
        members = [top, *(t for t in top.subtree if t.dep_ == "conj" and _conj_chain(t, top))]
        if len(members) < 2:
            return []
        last = max(m.i for m in members)
        return [
            c for member in members if member is not root for c in member.children
            if c.i > last and (
                (c.dep_ == "appos" and (c.lower_ in words or c.tag_ in {"NNS", "NNPS"}))
                or (c.dep_ == "prep" and any(g.lower_ in words for g in c.children))
            )
        ]

    def _verb_place(self, start: int, end: int, places: dict[int, tuple[str, str]]) -> tuple[str, str] | None:
        """The country of the place where the verb an actor is the object of happened ("killed
        23 people in Tel Aviv", "were arrested in Yangon"): (code, evidence) or None."""
        root = self.doc[start:end].root
        if root.dep_ not in {"dobj", "nsubjpass", "pobj"}:
            return None
        verb = root.head.head if root.dep_ == "pobj" and root.head.dep_ == "agent" else root.head
        if verb.pos_ not in {"VERB", "AUX"}:
            return None
        preps = self.stage.rules.locating_verb_preps
        # the verb itself, then a clause of the same event ("... when they blew up in Tel Aviv"),
        # then the act a participle tells the outcome of ("struck targets in Afghanistan's Paktika
        # province, killing 12 people")
        clauses = [verb, *(c for c in verb.children if c.dep_ == "advcl")]
        if verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.head.pos_ in {"VERB", "AUX"}:
            clauses.append(verb.head)
        for child in (c for clause in clauses for c in clause.children):
            if child.dep_ == "prep" and child.lower_ in preps:
                for pobj in child.children:
                    if pobj.dep_ != "pobj":
                        continue
                    # ("in Afghanistan's Paktika province": the country names the place)
                    at = pobj.i if pobj.i in places else next(
                        (t.i for t in pobj.children if t.dep_ in ("poss", "compound") and t.i in places), None)
                    if at is not None:
                        code, where = places[at]
                        return code, f"located: {verb.text} {child.text} {where} -> {code}"
        return None

    def _ethnic(self, start: int, end: int) -> bool:
        """Is the phrase marked as an ethnicity ("ethnic Albanians"), inside or just before it?"""
        words = self.stage.rules.ethnic_words
        return any(t.lower_ in words for t in self.doc[max(0, start - 2):end])

    def _named_in_body(self, code: str, places: dict[int, tuple[str, str]]) -> bool:
        """Does the text after the dateline name the state ``code`` (a place of it, or an actor of it)?"""
        dash = _dateline_dash(self.doc) or 0
        return any(found == code for i, (found, _) in places.items() if i > dash) or \
            any(record.country == code for token, record in self.timeline if token > dash)

    def _has_dateline(self) -> bool:
        if self.dateline is None:
            self.dateline = _dateline_country(self.doc, self.kb) or ("", "")
        return bool(self.dateline[0])

    def _foreign_office(self, word: Token) -> bool:
        """"Foreign ministry", "foreign minister": a state's own office for foreign affairs, not
        something foreign to the story's country."""
        following = self.doc[word.i + 1] if word.i + 1 < len(self.doc) else None
        return following is not None and following.lower_ in FOREIGN_OFFICE_WORDS

    def _spoken_for(self, record: ActorRecord, start: int) -> tuple[str, str] | None:
        """"China's foreign ministry said ... 'We ask Tajikistan ...,' a spokesperson said": a bare
        spokesperson speaks for the body of its sector named in its sentence or the one before,
        whatever else the quote names and wherever the story is filed."""
        if record.head_lemma not in SPOKESPERSON_WORDS and (record.title or "").lower() not in SPOKESPERSON_WORDS:
            return None
        since = self.sent_starts[max(0, bisect.bisect_right(self.sent_starts, start) - 2)]
        for token, earlier in reversed(self.timeline):
            if since <= token < start and earlier is not record and earlier.sector == record.sector \
                    and earlier.country and earlier.country not in THIRD_PARTY_CODES:
                return earlier.country, f"context: a spokesperson of {earlier.id}, just named -> {earlier.country}"
        return None

    def _main(self, names: list[Name], places: dict[int, tuple[str, str]]) -> tuple[str, str]:
        """The country the article names clearly most, ("", "") if none (found once)."""
        if self.main is None:
            rules = self.stage.rules
            self.main = _main_country(self.doc, names, places, rules.focus_min_mentions, rules.focus_lead) or ("", "")
        return self.main

    def _focus_country(
        self, record: ActorRecord, start: int, names: list[Name], places: dict[int, tuple[str, str]],
        same_sector: bool = True,
    ) -> tuple[str, str] | None:
        """The article's own country for a bare institution ("the military", "the court"):
        its dateline, else the country it mentions clearly most, else the country of the last
        actor of the same sector before it. (code, evidence) or None."""
        if self.focus is None:
            main = self._main(names, places)
            dateline = self.dateline if self._has_dateline() else None
            # "DUBAI -- Iranian truck owners ...": a bureau's city, in a story that never names its state
            # again, says where the reporter was; the story's own state is the one it names most
            bureau = dateline is not None and main[0] not in ("", dateline[0]) \
                and not self._named_in_body(dateline[0], places)
            self.focus = main if bureau else (dateline or main)
        if self.focus[0]:
            return self.focus
        if not same_sector:
            return None
        for token, earlier in reversed(self.timeline):
            if token < start and earlier is not record and earlier.sector == record.sector and earlier.country \
                    and earlier.country not in THIRD_PARTY_CODES:
                return earlier.country, f"context: last {record.sector} actor {earlier.id} -> {earlier.country}"
        return None

    def _located_from(self, root: Token, own: range, places: dict[int, tuple[str, str]]) -> tuple[str, str] | None:
        """The nearest country or place under the phrase's head, through locating words only."""
        rules = self.stage.rules
        frontier: list[tuple[Token, int, bool, bool]] = [(root, 0, False, False)]
        while frontier:
            token, depth, past_verb, located = frontier.pop(0)
            for child in token.children:
                if child.i in own:
                    # through the phrase's own words to what modifies them ("Balochistan Chief Minister")
                    frontier.append((child, depth, past_verb, located))
                    continue
                dep = child.dep_
                if dep not in rules.locating_deps:
                    continue
                if dep in {"compound", "amod", "nmod"} and token.lower_ in rules.topic_nouns:
                    continue  # "a senior Iran analyst" studies Iran
                preps = rules.locating_verb_preps if past_verb else rules.locating_preps
                if dep == "prep" and child.lower_ not in preps:
                    continue
                now_located = located or dep == "prep"
                if child.i in places and (now_located or not past_verb):
                    return places[child.i]
                if depth + 1 < rules.locating_depth:
                    frontier.append((child, depth + 1, past_verb or dep in {"acl", "relcl"}, now_located))
        return None

    def _sentence_country(
        self,
        index: int,
        places: dict[int, tuple[str, str]],
        besides: str | None = None,
        own: frozenset[int] | set[int] = frozenset(),
        news: bool = False,
        places_only: bool = False,
    ) -> str | None:
        """The one country its sentence names (in names, places or its actors), else None;
        ``besides``: a code that does not count (an ethnic group's own demonym); ``own``: the
        actor's own tokens, whose countries do not count; ``news``: leave out news organisations
        ("told VOA" does not place a speaker)."""
        sentence = self._sentence_of(index)
        start, end = sentence.start, sentence.end
        if news:
            sectors = self.stage.rules.news_sectors
            own = set(own) | {i for record in self.order if record.sector in sectors
                              for s, e in record.spans if s < end and e > start for i in range(s, e)}
        borders = self.stage.rules.border_nouns
        roaming = self.stage.rules.roaming_titles
        # (an ambassador or envoy is abroad by trade: "summoned Russia's ambassador" says nothing of
        # the summoner's country, neither as an actor nor through the country word in its phrase)
        envoys = {i for record in self.order if _roaming_title(record.title, roaming)
                  for s, e in record.spans if s < end and e > start for i in range(s, e)}
        # ("rebels attacked villages near the Cameroon border": a landmark says nothing of who is from where)
        if places_only:
            # (a country word inside another actor's name is that actor's: "U.S. Africa Command")
            own = set(own) | {i for record in self.order for s, e in record.spans if s < end and e > start
                              for i in range(s, e) if record.kind != "country"}
        codes = {code for i, (code, _) in places.items() if start <= i < end and i not in own and i not in envoys
                 and not (self.doc[i].dep_ in ("compound", "amod", "poss", "nmod")
                          and self.doc[i].head.lemma_.lower() in borders)
                 and not _border_with(self.doc[i], borders)}
        # (a pronoun is no evidence of where: its actor is placed, or not, by its own mentions)
        pronouns = self.stage.rules.pronouns | self.stage.rules.plural_pronouns
        # (``places_only``: only places that are no actor's own words count)
        codes |= set() if places_only else {record.country for token, record in self.timeline
                  if start <= token < end and token not in own and record.country
                  and self.doc[token].lower_ not in pronouns
                  and (token in places or record.kind != "country")
                  and not (news and record.sector in self.stage.rules.news_sectors)
                  and token not in envoys and not _border_with(self.doc[token], borders)}
        codes -= STATELESS_CODES | {besides}
        return next(iter(codes)) if len(codes) == 1 else None


# ---------------------------------------------------------------------------------------------
# Small pure helpers


def _aged(doc: Doc, ent: Span) -> bool:
    """Is the name followed by an age set off by commas ("Quinonez, 39, ...")?"""
    if ent.end + 2 >= len(doc) or doc[ent.end].text != "," or doc[ent.end + 2].text != ",":
        return False
    age = doc[ent.end + 1]
    return age.like_num and age.text.isdigit() and 10 <= int(age.text) <= 110 and age.dep_ in ("appos", "npadvmod", "amod", "nummod")


def _country_tokens(doc: Doc, names: list[Name], denied: set[int], kb: KnowledgeBase) -> dict[int, tuple[str, str]]:
    """Token index -> (country code, the words that name it) for every country, demonym, seat,
    organisation with a country, and place the gazetteer knows, whether or not it acts.
    Names that deny their country ("Iran-backed", "pro-Russian": the ``denied`` tokens) count for none."""
    out: dict[int, tuple[str, str]] = {i: ("", "") for i in denied}
    for name in names:
        if name.entity is None and name.surface in kb.coref_aliases:
            # "Bush" with no title or first name: every Bush we know is American
            codes = {kb.people[person].country for person in kb.coref_aliases[name.surface]}
            if len(codes) == 1 and None not in codes:
                code = next(iter(codes))  # (once: a name of several tokens gives each of them the code)
                for i in range(name.start, name.end):
                    out.setdefault(i, (code, f"every known {name.surface}"))
        for part in [name, *name.inner]:
            if part.entity is not None and part.entity.country:
                code = part.entity.country
                if part.is_seat and code in STATELESS_CODES:
                    # "marched through Brussels": the city where people are is in a state, whichever
                    # organisation has its seat there
                    code = (lookup_place(part.surface) or {}).get("country") or code
                elif part.is_seat:
                    code = _seat_country(doc, kb, part.surface, code)
                for i in range(part.start, part.end):
                    out.setdefault(i, (code, part.surface))
    # ("protesters in Victoria" in a story about the Seychelles: the capital there, not Hong Kong's)
    context = tuple(sorted(_named_countries(doc, kb) | {
        n.entity.country for n in names if n.is_country and n.entity is not None and n.entity.country}))
    for ent in doc.ents:
        if ent.start in out:
            continue
        division = subdivision_country(ent.text) if ent.label_ in PERSON_LABELS and ent.root.dep_ == "compound" else None
        if division:
            # "Tamil Nadu Chief Minister M.K. Stalin", the state misread as a person's name
            for i in range(ent.start, ent.end):
                out.setdefault(i, (division, ent.text))
            continue
        if ent.label_ in PLACE_LABELS or (ent.label_ in ORG_LABELS and _is_region(ent.text)):
            place = lookup_place(ent.text, context)
            # a state or province the gazetteer has no point for ("Tamil Nadu", "Upper Nile")
            code = (place or {}).get("country") or subdivision_country(ent.text)
            if code:
                for i in range(ent.start, ent.end):
                    out.setdefault(i, (code, ent.text))
    return {i: found for i, found in out.items() if found[0]}


def _resident(entity: Entity | None) -> bool:
    """Is it a people named with the state it lives in ("Bosnian Serb", ethnic_compounds.tsv)?"""
    return entity is not None and entity.key.startswith(RESIDENT)


def _people_key(entity: Entity | None) -> str | None:
    """The resident people an entity names, if any: what tells two peoples of one state apart."""
    return entity.key if _resident(entity) else None  # type: ignore[union-attr]


def _lives_in_state(entity: Entity | None) -> bool:
    """A province's people ("Chechen") or a resident people ("Kosovo Serb"): coded as the state
    it lives in, already placed there, and not that state itself (no office holder of it)."""
    return entity is not None and entity.key.startswith(("region:", RESIDENT))


def _roaming_title(title: str | None, roaming: frozenset[str]) -> bool:
    """Is the title an office held abroad ("Ambassador", "Ambassador to the United Nations",
    "Special Envoy for Syria")?"""
    if not title:
        return False
    office = title.lower().split(" to ")[0].split(" for ")[0].split(" of ")[0]
    return office in roaming


def _border_with(token: Token, borders: frozenset[str]) -> bool:
    """Is the token (part of) the country in "the border with Burkina Faso": a landmark, no party?"""
    while token.dep_ == "compound" and token.head.i != token.i:
        token = token.head
    return token.dep_ == "pobj" and token.head.lower_ == "with" and token.head.head.lemma_.lower() in borders


def _dateline_dash(doc: Doc) -> int | None:
    """The index of the dash that ends a wire dateline opening the text ("ISLAMABAD —"), if any."""
    # (a hyphen counts only set off by spaces: "ZANU-PF" and "SPLM-IO" are names, not datelines)
    dash = next((t.i for t in doc[:DATELINE_TOKENS] if t.i > 0 and is_dateline_dash(t)), None)
    if dash is None:
        return None
    words = doc[:dash]
    if not any(t.is_upper and len(t) > 1 for t in words) or any(t.is_alpha and t.is_lower for t in words):
        return None
    return dash


def _named_countries(doc: Doc, kb: KnowledgeBase) -> set[str]:
    """The countries the text names by name or demonym ("Lebanon", "Lebanese troops")."""
    return {kb.entities[hit.key].country for ent in doc.ents if ent.label_ in ("GPE", "NORP", "LOC")
            for hit in kb.aliases.get(ent.text, ()) if hit.key.startswith("country:") and kb.entities[hit.key].country}


def _seat_country(doc: Doc, kb: KnowledgeBase, surface: str, code: str) -> str:
    """The country of a capital's namesake ("TRIPOLI --" in a story about Lebanon is Lebanon's
    Tripoli): the capital's own state unless the text never names it and names another state
    that has a city of that name."""
    named = _named_countries(doc, kb)
    if code in named or not named:
        return code
    place = lookup_place(surface, tuple(sorted(named)))
    return place["country"] if place is not None and place.get("country") in named else code


def _dateline_country(doc: Doc, kb: KnowledgeBase) -> tuple[str, str] | None:
    """The country of a wire dateline opening the text ("ISLAMABAD —", "KHARKIV, Ukraine —")."""
    dash = _dateline_dash(doc)
    if dash is None:
        return None
    words = doc[:dash]
    # the agency's tag is no place ("LONDON (Reuters) --", "CHISINAU (Wire) --"); the last part
    # names the widest place: "KHARKIV, Ukraine" -> Ukraine, then Kharkiv
    text = re.sub(r"\([^)]*\)", " ", words.text)
    parts = [" ".join(part.split()) for part in text.split(",") if part.strip()]
    for part in reversed(parts):
        for form in (part, part.title()):
            hit = next((h for h in kb.aliases.get(form, ()) if h.key.startswith(("country:", "seat:"))), None)
            if hit is not None and kb.entities[hit.key].country:
                code = kb.entities[hit.key].country
                if code in STATELESS_CODES:
                    # "BRUSSELS (Wire) --": a city that seats an organisation is still in a state
                    code = (lookup_place(part) or {}).get("country") or code
                elif hit.key.startswith("seat:"):
                    code = _seat_country(doc, kb, part, code)
                return code, f"context: dateline {words.text} -> {code}"
        place = lookup_place(part)
        if place is not None and place.get("country"):
            return place["country"], f"context: dateline {words.text} -> {place['country']}"
    return None


def _main_country(
    doc: Doc, names: list[Name], places: dict[int, tuple[str, str]], min_mentions: int, lead: float
) -> tuple[str, str] | None:
    """The country the article names clearly most often (names, demonyms, places), if any."""
    counts: dict[str, int] = {}
    last = -2
    for index in sorted(places):
        code = places[index][0]
        if code not in THIRD_PARTY_CODES and not (index == last + 1 and places[last][0] == code):
            counts[code] = counts.get(code, 0) + 1  # one count per run of tokens: one mention
        last = index
    if not counts:
        return None
    ranked = sorted(counts.items(), key=lambda item: -item[1])
    top, n = ranked[0]
    second = ranked[1][1] if len(ranked) > 1 else 0
    if n < min_mentions or n < lead * second or n == second:
        return None
    return top, f"context: article's main country {top} ({n} mentions, next {second})"


def _nationality(person: Person) -> str | None:
    """A person's own country: the file's country unless it is a non-state post (IGO), else the
    country of the person's latest national office, else None."""
    if person.country not in THIRD_PARTY_CODES:
        return person.country
    national = [r for r in person.roles if r.country and r.country not in THIRD_PARTY_CODES]
    return max(national, key=lambda r: r.start or dt.date.min).country if national else None


def _days_from(role: Role, day: dt.date) -> int:
    """How many days ``day`` lies outside the role's term (0 inside it)."""
    if role.start is not None and day < role.start:
        return (role.start - day).days
    if role.end is not None and day >= role.end:
        return (day - role.end).days
    return 0


def _article_day(doc: Doc) -> dt.date:
    value = doc._.article_date if Doc.has_extension("article_date") else None
    if value:
        try:
            return dt.date.fromisoformat(str(value)[:10])
        except ValueError:
            pass
    return dt.date.today()


def _name_key(name: str) -> str:
    """A name compared across mentions: straight apostrophes, no possessive ending."""
    name = name.replace("’", "'").strip()
    return name[:-2] if name.endswith("'s") else name


def _cue_regex(cues: tuple[str, ...]) -> re.Pattern[str] | None:
    if not cues:
        return None
    alternatives = "|".join(re.escape(cue) for cue in sorted(cues, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)")


def _longest_first(spans: Iterable[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Non-overlapping spans, longer (then earlier) first, returned in text order."""
    chosen: list[tuple[int, int, str]] = []
    taken: set[int] = set()
    for start, end, label in sorted(spans, key=lambda s: (s[0] - s[1], s[0])):
        if any(i in taken for i in range(start, end)):
            continue
        chosen.append((start, end, label))
        taken.update(range(start, end))
    chosen.sort()
    return chosen


def _no_overlaps(names: list[Name]) -> list[Name]:
    out: list[Name] = []
    end = -1
    for name in names:
        if name.start >= end:
            out.append(name)
            end = name.end
    return out


def _names_agents(token: Token, suffixes: tuple[str, ...], nouns: frozenset[str]) -> bool:
    """Does a noun name people or their machines ("officers", "candidates", "bulldozers")?"""
    lower = token.lower_
    return lower in nouns or token.lemma_.lower() in nouns or (token.tag_ == "NNS" and lower.endswith(suffixes))


def _inside_hyphenated(doc: Doc, start: int, end: int) -> bool:
    """Is the span the middle of a word joined by hyphens on both sides ("PORT-AU-PRINCE")?"""
    if start < 2 or end + 1 >= len(doc):
        return False
    before, after = doc[start - 1], doc[end]
    return before.text == "-" and after.text == "-" and not doc[start - 2].whitespace_ \
        and not before.whitespace_ and not doc[end - 1].whitespace_ and not after.whitespace_ \
        and doc[start - 2].is_alpha and doc[end + 1].is_alpha


def _shouted(doc: Doc, start: int, end: int) -> bool:
    """Is the span in all-caps text: are its nearest words on both sides (within its sentence,
    past punctuation) upper case too? A side with no word counts as upper case."""
    sent = doc[start].sent

    def upper(indices: Iterable[int]) -> bool:
        word = next((doc[i] for i in indices if doc[i].is_alpha), None)
        return word is None or word.is_upper

    return upper(range(start - 1, sent.start - 1, -1)) and upper(range(end, sent.end))


def _appositive(token: Token) -> bool:
    """An apposition, or what the parser reads as a conjunct but is one: "the spokesperson for
    Pakistan's foreign ministry, Ambassador X," (after a comma, with no "and"/"or" joining them)."""
    if token.dep_ == "appos":
        return True
    if token.dep_ != "conj" or token.head.i > token.i:
        return False
    head = token.head
    first = token.left_edge.i
    if first == 0 or token.doc[first - 1].text != ",":
        return False
    return not any(c.dep_ in {"cc", "preconj"} or c.lower_ in {"and", "or", "&"} for c in head.children) \
        and not any(c.dep_ == "cc" for c in token.children)


def _quoted(doc: Doc, index: int) -> bool:
    """Does token ``index`` stand inside quotation marks? Read back to the paragraph's start (or
    QUOTE_LOOKBACK tokens): an opening curly quote first, or an odd number of straight ones."""
    straight = 0
    for i in range(index - 1, max(-1, index - QUOTE_LOOKBACK), -1):
        text = doc[i].text
        if text == "“":
            return True
        if text == "”":
            return straight % 2 == 1
        if text == '"':
            straight += 1
        elif "\n" in text or "\n" in doc[i].whitespace_:
            break
    return straight % 2 == 1


def _conj_chain(token: Token, top: Token) -> bool:
    """Is ``token`` joined to ``top`` by conjunctions only ("Mexico, Canada and China")?"""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
        if token.i == top.i:
            return True
    return False


def _as_nouns(verb: Token, possessives: frozenset[str]) -> list[Token]:
    """What a verb's subject is "as": "served as prime minister", and "during his term as
    premier" (a noun of the clause that the subject's own pronoun possesses)."""
    out = []
    for prep in (c for c in verb.children if c.dep_ == "prep"):
        if prep.lower_ == "as":
            out.extend(c for c in prep.children if c.dep_ == "pobj")
            continue
        for pobj in (c for c in prep.children if c.dep_ == "pobj"):
            if any(c.dep_ == "poss" and c.lower_ in possessives for c in pobj.children):
                out.extend(p for a in pobj.children if a.dep_ == "prep" and a.lower_ == "as"
                           for p in a.children if p.dep_ == "pobj")
    return out


def _speaker(root: Token, verbs: frozenset[str]) -> bool:
    """Is a mention only the subject of a speaking verb ("X and rights groups say ...") or the
    object of "according to"?"""
    while root.dep_ == "conj" and root.head.i < root.i:
        root = root.head
    if root.dep_ in {"nsubj", "nsubjpass"}:
        return root.head.lemma_.lower() in verbs
    return root.dep_ == "pobj" and root.head.lower_ == "to" and root.head.head.lower_ == "according"


def _in_names(index: int, names: list[Name]) -> bool:
    return any(name.start <= index < name.end for name in names)


def _common_word_opening(span) -> bool:
    """An entity that is only a capitalised common word opening its sentence ("Coordinated
    airstrikes ...", "'Cherry picking ...'"): the parser reads it as no proper noun."""
    first = span.start
    sent_start = span.sent.start
    while first > sent_start and span.doc[first - 1].is_punct:
        first -= 1  # an opening quote or dash before the word
    return first == sent_start and not any(token.pos_ == "PROPN" for token in span)


def _is_region(text: str) -> bool:
    """An ORG entity that is a province or region the gazetteer knows ("Balochistan"): a place."""
    place = lookup_place(text)
    if place is not None and place.get("kind") in {"admin", "region"} and bool(place.get("country")):
        return True
    # a state or province the gazetteer has no point for ("Himachal Pradesh", "Khatlon")
    return subdivision_country(text) is not None


def _to_place(verb: Token, places: dict[int, tuple[str, str]], within: bool = False) -> str | None:
    """The country of the place a verb's "to" phrase names ("deported them to China"); with
    ``within``, also a place inside that phrase ("travel to the US capital, Washington")."""
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "to":
            for pobj in prep.children:
                found = places.get(pobj.i) or (
                    next((places[t.i] for t in pobj.subtree if t.i in places), None) if within else None)
                if found is not None:
                    return found[0]
    return None


def _plausible_org(span) -> bool:
    """An unknown ORG entity worth an actor: has letters, is not a bare number or code."""
    text = span.text
    return any(ch.isalpha() for ch in text) and not any(ch.isdigit() for ch in text) and len(text) > 1


def _apposition_pair(a: Phrase, b: Phrase) -> tuple[Phrase | None, Phrase | None]:
    """Which of two apposed phrases is the named one that keeps the other's description."""
    def named(p: Phrase) -> bool:
        return isinstance(p.anchor, Name) and (p.anchor.is_person or p.anchor.is_org)

    def described(p: Phrase) -> bool:
        return isinstance(p.anchor, Word)

    if named(a) and described(b):
        return a, b
    if named(b) and described(a):
        return b, a
    return None, None


def _is_employer(phrase: Phrase) -> bool:
    anchor = phrase.anchor
    if isinstance(anchor, Name):
        return anchor.is_country or anchor.is_org or anchor.is_seat
    # ("the leader of Afghanistan's Taliban insurgency": a group noun that an organisation names)
    return isinstance(anchor, Word) and (anchor.info.kind == "organisation" or any(n.is_org for n in phrase.names))


_SMALL_WORDS = frozenset({"of", "the", "for", "and", "on", "in"})


def _title_case(text: str) -> str:
    words = text.split()
    return " ".join(
        word if (i and word.lower() in _SMALL_WORDS) or word[:1].isupper() else word[:1].upper() + word[1:]
        for i, word in enumerate(words)
    )


def _strip_article(text: str) -> str:
    for article in ("the ", "The "):
        if text.startswith(article):
            return text[len(article):]
    return text


def _modifiers(head: Token) -> list[Token]:
    """The adjectives and nouns before a head, and theirs ("unnamed foreign intelligence agencies":
    "foreign" hangs off "intelligence")."""
    found = [c for c in head.children if c.dep_ in ("amod", "compound")]
    found += [g for c in found for g in c.children if g.dep_ in ("amod", "compound")]
    return found


def _side_of(record: ActorRecord) -> tuple[str | None, bool, str | None]:
    """Which side of a conflict an actor stands on: its country, state or not (an army and its
    government are one side; the army and an armed group of the same country are two), and union
    or business (the two sides of a strike)."""
    state = record.sector in STATE_SECTORS or (record.sector is None and record.kind == "country")
    return record.country, state, record.sector if record.sector in OWN_SIDE_SECTORS else None

