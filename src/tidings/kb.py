"""The actor knowledge base: who and what an article's names refer to, and how to code them.

It is data, not code: the TSV and YAML files in ``tidings/data/kb/`` (see ``docs/actors.md``), read
once per process by :func:`load_kb` and merged with any user dictionaries given as ``extra_paths``.

- ``countries.tsv``: every country and territory coded in PLOVER, with the names, adjectives and
  plural demonyms news uses (ISO 3166 names from pycountry are added for codes the file lacks).
- ``regional_demonyms.tsv``: adjectives and peoples of provinces, coded as their state ("Chechen").
- ``seats.tsv``: capitals and buildings that stand for a government ("Beijing said", "the Kremlin").
- ``organisations.tsv``: IGOs, NGOs, multinationals, armed groups, parties, agencies, media;
  a row per period when an organisation's sector changed (the Taliban in 2021).
- ``people.tsv``: office holders with dated roles, so a past leader resolves to ELI by date.
- ``sector_words.tsv``: titles and group nouns that carry a PLOVER sector ("troops" -> MIL).
- ``ambiguous.tsv``: names with two readings and the context words that pick one (Georgia).
- ``not_actors.tsv``: phrases that contain a name but are not actors ("South China Sea").
- ``resolution.yaml``: the small closed word lists the resolution rules use.

A user dictionary is a YAML file with any of the top-level keys ``people``, ``organisations``,
``countries``, ``seats``, ``sector_words``, ``not_actors``; its entries override built-in ones with
the same name. The format is in ``docs/actors.md``.
"""

from __future__ import annotations

import csv
import datetime as dt
import functools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pycountry
import yaml

from .errors import InputError

DATA_DIR = Path(__file__).parent / "data" / "kb"
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

# PLOVER codes that are not ISO 3166 countries, accepted wherever a country code is.
NON_STATE_CODES: frozenset[str] = frozenset({"IGO", "NGO", "MNC", "ISM", "IMG", "KOS"})
SECTORS: frozenset[str] = frozenset(
    "GOV MIL COP JUD LEG PRM PTY REB SPY UAF UNK AGR BUS CRM CVL EDU ELI JRN LAB MED OPP PRE REF REL SOC".split()
)
ACTOR_KINDS: frozenset[str] = frozenset({"person", "organisation", "country", "group"})
SECTOR_WORD_KINDS: frozenset[str] = frozenset(
    {"person", "group", "organisation", "equipment", "pair_person", "pair_country", "pair_any"}
)


# ---------------------------------------------------------------------------------------------
# Records


@dataclass(frozen=True)
class Entity:
    """Something a name in the text can denote: a country, a seat of government, an organisation,
    a person. ``key`` is unique ("country:China", "seat:Kyiv", "org:Hamas", "person:Xi Jinping")."""

    key: str
    kind: str
    name: str
    country: str | None = None
    sector: str | None = None


@dataclass(frozen=True)
class AliasHit:
    """One reading of a surface form: the entity and how the form names it.

    ``form`` is ``name`` (a country or organisation name), ``adj`` (a country adjective such as
    "Chinese"), ``people`` (a plural demonym such as "Palestinians"), ``capital`` or ``building``
    (a seat of government), ``person`` (a full name) or ``short`` (a person's surname alone).
    """

    key: str
    form: str


@dataclass(frozen=True)
class Role:
    """One office a person held, from ``start`` to ``end`` (None: open)."""

    title: str
    role: str
    sector: str | None
    country: str | None
    org: str | None
    leader: bool
    start: dt.date | None
    end: dt.date | None

    def active(self, day: dt.date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day < self.end)

    def label(self, where: str) -> str:
        """'President of China 2013-' for evidence strings."""
        years = f"{self.start.year if self.start else ''}-{self.end.year if self.end else ''}"
        return f"{self.title} of {where} {years}".strip()


@dataclass
class Person:
    name: str
    country: str | None
    roles: list[Role] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)  # matched anywhere (full names, famous surnames)
    coref_aliases: list[str] = field(default_factory=list)  # only for a person already in the article


@dataclass(frozen=True)
class Period:
    sector: str | None
    start: dt.date | None
    end: dt.date | None


@dataclass
class Organisation:
    name: str
    code: str | None
    kind: str
    periods: list[Period] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)

    def sector_at(self, day: dt.date) -> str | None:
        for period in self.periods:
            if (period.start is None or period.start <= day) and (period.end is None or day < period.end):
                return period.sector
        return self.periods[-1].sector if self.periods else None


@dataclass(frozen=True)
class SectorWord:
    """A title or group noun: its sector, what it names, and how strongly it decides the sector.

    ``head_strength`` applies when the word heads the noun phrase ("the troops"),
    ``mod_strength`` when it modifies another ("rebel forces": rebel=3 beats forces=1).
    """

    form: str
    sector: str | None
    kind: str
    role: str | None
    title: str
    head_strength: int
    mod_strength: int
    needs_country: bool


@dataclass(frozen=True)
class Reading:
    """One reading of an ambiguous name: an entity key (None: not an actor), its context cues."""

    key: str | None
    cues: tuple[str, ...]
    default: bool


@dataclass
class CountryInfo:
    code: str
    name: str
    adjective: str | None = None


@dataclass
class KnowledgeBase:
    """Everything the actors stage looks names up in. Build it with :func:`load_kb`."""

    entities: dict[str, Entity] = field(default_factory=dict)
    countries: dict[str, CountryInfo] = field(default_factory=dict)
    people: dict[str, Person] = field(default_factory=dict)
    organisations: dict[str, Organisation] = field(default_factory=dict)
    aliases: dict[str, list[AliasHit]] = field(default_factory=dict)
    coref_aliases: dict[str, list[str]] = field(default_factory=dict)
    sector_words: dict[str, SectorWord] = field(default_factory=dict)
    ambiguities: dict[str, list[Reading]] = field(default_factory=dict)
    not_actors: set[str] = field(default_factory=set)
    rules: dict = field(default_factory=dict)
    offices: dict[tuple[str, str], list[tuple[str, Role]]] = field(default_factory=dict)
    sources: list[str] = field(default_factory=list)

    # -- look-ups used by the actors stage ---------------------------------------------------

    def country_name(self, code: str | None) -> str | None:
        info = self.countries.get(code or "")
        return info.name if info else None

    def country_adjective(self, code: str | None) -> str | None:
        info = self.countries.get(code or "")
        return (info.adjective or info.name) if info else None

    def person_role(self, person: Person, day: dt.date) -> tuple[Role | None, Role | None]:
        """(the role held on ``day``, else None; the last role that ended before ``day``)."""
        current = next((role for role in person.roles if role.active(day)), None)
        ended = [role for role in person.roles if role.end is not None and role.end <= day]
        last = max(ended, key=lambda role: role.end) if ended else None
        return current, last

    def office_holders(self, scope: str, role: str, day: dt.date) -> list[str]:
        """Names of the people holding ``role`` for ``scope`` (a country code or an organisation
        name) on ``day``; role ``leader`` means whoever the file marks as the leader."""
        return [name for name, held in self.offices.get((scope, role), ()) if held.active(day)]

    def add_alias(self, surface: str, hit: AliasHit) -> None:
        surface = surface.strip()
        if not surface:
            return
        hits = self.aliases.setdefault(surface, [])
        if hit not in hits:
            hits.append(hit)


# ---------------------------------------------------------------------------------------------
# Parsing helpers


def parse_date(text: str | None, *, end: bool = False) -> dt.date | None:
    """'2013', '2013-03' or '2013-03-14' -> a date (a partial date is its first day); '' -> None."""
    text = (text or "").strip()
    if not text:
        return None
    parts = text.split("-")
    try:
        year = int(parts[0])
        month = int(parts[1]) if len(parts) > 1 else 1
        day = int(parts[2]) if len(parts) > 2 else 1
        return dt.date(year, month, day)
    except (ValueError, IndexError) as exc:
        raise ValueError(f"not a date (YYYY, YYYY-MM or YYYY-MM-DD): {text!r}") from exc


def _split(value: str | Iterable[str] | None) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [item.strip() for item in value.split(";") if item.strip()]
    return [str(item).strip() for item in value if str(item).strip()]


def _none(value: object) -> str | None:
    text = "" if value is None else str(value).strip()
    return text or None


def read_tsv(path: Path) -> Iterator[dict[str, str]]:
    """Rows of a TSV file whose comment lines start with '#'; the first other line is the header."""
    with path.open(encoding="utf-8") as handle:
        lines = [line for line in handle if line.strip() and not line.startswith("#")]
    reader = csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    for number, row in enumerate(reader, start=2):
        if None in row or any(value is None for value in row.values()):
            raise InputError(f"{path.name}: data line {number} has the wrong number of columns")
        yield {key: value.strip() for key, value in row.items()}


def _check_code(code: str | None, where: str) -> str | None:
    if code is None:
        return None
    if code in NON_STATE_CODES or pycountry.countries.get(alpha_3=code) is not None:
        return code
    raise InputError(f"{where}: {code!r} is not an ISO 3166-1 alpha-3 or PLOVER actor code")


def _check_sector(sector: str | None, where: str) -> str | None:
    if sector is None or sector in SECTORS:
        return sector
    raise InputError(f"{where}: {sector!r} is not a PLOVER sector code")


# ---------------------------------------------------------------------------------------------
# Loaders, one per table; each takes plain dict rows so TSV and YAML share them.


def add_country(kb: KnowledgeBase, row: dict, where: str) -> None:
    code = _check_code(_none(row.get("code")), where)
    if code is None:
        raise InputError(f"{where}: a country row needs a code")
    names = _split(row.get("names"))
    entity_name = _none(row.get("entity")) or (names[0] if names else code)
    sector = _check_sector(_none(row.get("sector")), where)
    key = f"country:{entity_name}"
    kb.entities[key] = Entity(key, "country", entity_name, code, sector)
    adjectives = _split(row.get("adjectives"))
    if sector is None:  # the main entity of a code names the country in titles and groups
        info = kb.countries.get(code)
        if info is None or info.name == code:
            kb.countries[code] = CountryInfo(code, entity_name, adjectives[0] if adjectives else None)
    for name in [entity_name, *names]:
        kb.add_alias(name, AliasHit(key, "name"))
    for adjective in adjectives:
        kb.add_alias(adjective, AliasHit(key, "adj"))
    for people in _split(row.get("people")):
        kb.add_alias(people, AliasHit(key, "people"))


def add_seat(kb: KnowledgeBase, row: dict, where: str) -> None:
    display = _none(row.get("display")) or _none(row.get("alias"))
    code = _check_code(_none(row.get("code")), where)
    sector = _check_sector(_none(row.get("sector")), where)
    kind = _none(row.get("kind")) or "capital"
    if kind not in {"capital", "building"}:
        raise InputError(f"{where}: seat kind must be capital or building, not {kind!r}")
    key = f"seat:{display}"
    kb.entities[key] = Entity(key, "organisation", display, code, sector)
    for alias in [display, *_split(row.get("alias"))]:
        kb.add_alias(alias, AliasHit(key, kind))


def add_organisation(kb: KnowledgeBase, row: dict, where: str) -> None:
    name = _none(row.get("name"))
    if name is None:
        raise InputError(f"{where}: an organisation needs a name")
    code = _check_code(_none(row.get("code")), where)
    kind = _none(row.get("kind")) or "organisation"
    if kind not in {"organisation", "group"}:
        raise InputError(f"{where}: organisation kind must be organisation or group, not {kind!r}")
    period = Period(
        _check_sector(_none(row.get("sector")), where),
        parse_date(row.get("start")),
        parse_date(row.get("end")),
    )
    org = kb.organisations.get(name)
    if org is None or row.get("_replace"):
        org = kb.organisations[name] = Organisation(name, code, kind)
    org.periods.append(period)
    org.periods.sort(key=lambda p: p.start or dt.date.min)
    key = f"org:{name}"
    kb.entities[key] = Entity(key, kind, name, code, org.periods[-1].sector)
    for alias in [name, *_split(row.get("aliases"))]:
        if alias not in org.aliases:
            org.aliases.append(alias)
        kb.add_alias(alias, AliasHit(key, "name"))


def add_person_role(kb: KnowledgeBase, row: dict, where: str) -> None:
    name = _none(row.get("name"))
    if name is None:
        raise InputError(f"{where}: a person needs a name")
    country = _check_code(_none(row.get("country")), where)
    person = kb.people.get(name)
    if person is None or row.get("_replace"):
        person = kb.people[name] = Person(name, country)
    title = _none(row.get("title"))
    if title:
        try:
            role = Role(
                title=title,
                role=(_none(row.get("role")) or title).lower(),
                sector=_check_sector(_none(row.get("sector")), where),
                country=country,
                org=_none(row.get("org")),
                leader=str(row.get("leader") or "").strip().lower() in {"y", "yes", "true", "1"},
                start=parse_date(str(row.get("start") or "")),
                end=parse_date(str(row.get("end") or "")),
            )
        except ValueError as exc:
            raise InputError(f"{where}: {exc}") from exc
        person.roles.append(role)
    key = f"person:{name}"
    kb.entities[key] = Entity(key, "person", name, country, None)
    kb.add_alias(name, AliasHit(key, "person"))
    for alias in _split(row.get("aliases")):
        if alias == name:
            continue
        if alias.startswith("~"):
            alias = alias[1:].strip()
            if alias not in person.coref_aliases:
                person.coref_aliases.append(alias)
            continue
        if alias not in person.aliases:
            person.aliases.append(alias)
        kb.add_alias(alias, AliasHit(key, "short" if " " not in alias else "person"))


def add_sector_word(kb: KnowledgeBase, row: dict, where: str) -> None:
    kind = _none(row.get("kind")) or "group"
    if kind not in SECTOR_WORD_KINDS:
        raise InputError(f"{where}: sector word kind {kind!r} is not one of {sorted(SECTOR_WORD_KINDS)}")
    sector = _check_sector(_none(row.get("sector")), where)
    forms = _split(row.get("forms"))
    if not forms:
        raise InputError(f"{where}: a sector word row needs forms")
    role = _none(row.get("role"))
    title = _none(row.get("title")) or forms[0].title()
    for form in forms:
        kb.sector_words[form.lower()] = SectorWord(
            form=form.lower(),
            sector=sector,
            kind=kind,
            role=role,
            title=title,
            head_strength=int(row.get("head") or 1),
            mod_strength=int(row.get("mod") or 0),
            needs_country=str(row.get("needs_country") or "").lower() in {"y", "yes", "true", "1"},
        )


def add_regional_demonym(kb: KnowledgeBase, row: dict, where: str) -> None:
    """A province's adjective and people ("Chechen", "Chechens") as readings of its state."""
    region = _none(row.get("region"))
    code = _check_code(_none(row.get("code")), where)
    if region is None or code is None:
        raise InputError(f"{where}: a regional demonym row needs a region and a code")
    key = f"region:{region}"
    kb.entities[key] = Entity(key, "country", region, code, None)
    for adjective in _split(row.get("adjectives")):
        kb.add_alias(adjective, AliasHit(key, "adj"))
    for people in _split(row.get("people")):
        kb.add_alias(people, AliasHit(key, "people"))


def add_ambiguity(kb: KnowledgeBase, row: dict, where: str) -> None:
    alias = _none(row.get("alias"))
    if alias is None:
        raise InputError(f"{where}: an ambiguity row needs an alias")
    target = _none(row.get("reading"))
    reading = Reading(
        None if target in {None, "none"} else target,
        tuple(_split(row.get("cues"))),
        str(row.get("default") or "").lower() in {"y", "yes", "true", "1"},
    )
    kb.ambiguities.setdefault(alias, []).append(reading)


def add_not_actor(kb: KnowledgeBase, row: dict, where: str) -> None:
    phrase = _none(row.get("phrase"))
    if phrase:
        kb.not_actors.add(phrase)


TABLES: dict[str, object] = {
    "countries": add_country,
    "regional_demonyms": add_regional_demonym,
    "seats": add_seat,
    "organisations": add_organisation,
    "people": add_person_role,
    "sector_words": add_sector_word,
    "ambiguous": add_ambiguity,
    "not_actors": add_not_actor,
}


def _add_iso_countries(kb: KnowledgeBase) -> None:
    """Every ISO 3166 country by its pycountry names, for codes the alias file does not cover."""
    for country in pycountry.countries:
        code = country.alpha_3
        names = [getattr(country, attr, None) for attr in ("common_name", "name", "official_name")]
        names = [name for name in names if name and "," not in name and "(" not in name]
        if not names:
            # "Korea, Republic of": no usable alias, but the code still has a name to print
            kb.countries.setdefault(code, CountryInfo(code, getattr(country, "common_name", None) or country.name))
            continue
        if code in kb.countries:
            # the curated entry wins; pycountry only adds further official names
            key = f"country:{kb.countries[code].name}"
            for name in names:
                if name not in kb.aliases:
                    kb.add_alias(name, AliasHit(key, "name"))
            continue
        names = [name for name in names if name not in kb.aliases]  # Macao is curated as CHN
        if names:
            add_country(kb, {"code": code, "entity": names[0], "names": ";".join(names)}, "pycountry")
        else:
            kb.countries.setdefault(code, CountryInfo(code, country.name))


def _index_offices(kb: KnowledgeBase) -> None:
    kb.offices.clear()
    for person in kb.people.values():
        for role in person.roles:
            # a post in an organisation is found through it ("the NATO chief"), not the country
            scope = role.org or role.country
            if not scope:
                continue
            if role.role != "leader":
                kb.offices.setdefault((scope, role.role), []).append((person.name, role))
            if role.leader or (role.role == "leader" and role.org):
                kb.offices.setdefault((scope, "leader"), []).append((person.name, role))


def _load_user_file(kb: KnowledgeBase, path: Path) -> None:
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_YAML_LOADER) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise InputError(f"actor dictionary {path}: cannot be read: {exc}") from exc
    if not isinstance(data, dict):
        raise InputError(f"actor dictionary {path}: expected a mapping with keys {sorted(TABLES)}")
    unknown = set(data) - set(TABLES) - {"reviewed"}
    if unknown:
        raise InputError(f"actor dictionary {path}: unknown sections {sorted(unknown)}; use {sorted(TABLES)}")
    for table, entries in data.items():
        if table == "reviewed":
            continue
        loader = TABLES[table]
        for number, entry in enumerate(entries or (), start=1):
            where = f"{path.name} {table} #{number}"
            if not isinstance(entry, dict):
                raise InputError(f"{where}: expected a mapping")
            nested = {"people": "roles", "organisations": "periods"}.get(table)
            if nested and nested in entry:
                # one row per role (person) or period (organisation), like the TSV files
                base = {k: v for k, v in entry.items() if k != nested}
                for index, part in enumerate(entry[nested] or [{}]):
                    row = {**base, **part, "_replace": index == 0}
                    loader(kb, _strings(row), where)  # type: ignore[operator]
            else:
                loader(kb, _strings({**entry, "_replace": table in {"people", "organisations"}}), where)  # type: ignore[operator]


def _strings(entry: dict) -> dict:
    """YAML values as the strings the TSV loaders expect (lists become ';'-lists)."""
    out: dict = {}
    for key, value in entry.items():
        if key == "_replace":
            out[key] = value
        elif isinstance(value, list):
            out[key] = ";".join(str(item) for item in value)
        elif isinstance(value, bool):
            out[key] = "y" if value else ""
        else:
            out[key] = "" if value is None else str(value)
    return out


def build_kb(data_dir: Path = DATA_DIR, extra_paths: Iterable[str | Path] = ()) -> KnowledgeBase:
    """Read the knowledge base from ``data_dir`` and the user dictionaries, without caching."""
    kb = KnowledgeBase()
    for table, loader in TABLES.items():
        path = data_dir / f"{table}.tsv"
        if not path.exists():
            continue
        for number, row in enumerate(read_tsv(path), start=1):
            loader(kb, row, f"{path.name} row {number}")  # type: ignore[operator]
        kb.sources.append(str(path))
    _add_iso_countries(kb)
    rules_path = data_dir / "resolution.yaml"
    if rules_path.exists():
        kb.rules = yaml.load(rules_path.read_text(encoding="utf-8"), Loader=_YAML_LOADER) or {}
    for extra in extra_paths:
        path = Path(extra)
        if not path.exists():
            raise InputError(f"actor dictionary {path} does not exist")
        _load_user_file(kb, path)
        kb.sources.append(str(path))
    # a user person or organisation replaces the built-in one: drop stale aliases to it
    _prune_aliases(kb)
    _index_offices(kb)
    return kb


def _prune_aliases(kb: KnowledgeBase) -> None:
    for surface, hits in list(kb.aliases.items()):
        kept = []
        for hit in hits:
            kind, _, name = hit.key.partition(":")
            if kind == "person" and surface not in {name, *kb.people[name].aliases}:
                continue
            if kind == "org" and surface not in kb.organisations[name].aliases:
                continue
            kept.append(hit)
        if kept:
            kb.aliases[surface] = kept
        else:
            del kb.aliases[surface]
    for person in kb.people.values():
        for alias in person.coref_aliases:
            names = kb.coref_aliases.setdefault(alias, [])
            if person.name not in names:
                names.append(person.name)


@functools.lru_cache(maxsize=8)
def _cached(extra: tuple[str, ...]) -> KnowledgeBase:
    return build_kb(DATA_DIR, extra)


def load_kb(extra_paths: Iterable[str | Path] = ()) -> KnowledgeBase:
    """The knowledge base (built-in tables plus user dictionaries), loaded once per process.

    >>> kb = load_kb()
    >>> kb.entities["person:Xi Jinping"].country
    'CHN'
    >>> kb = load_kb(extra_paths=["my_actors.yaml"])  # user entries override built-in ones
    """
    return _cached(tuple(str(Path(path).resolve()) for path in extra_paths))


_REVIEWED = re.compile(r"^#?\s*reviewed:\s*(\S+)", re.MULTILINE)


def reviewed_dates(paths: Iterable[str | Path]) -> dict[str, str | None]:
    """File name -> the date in its ``reviewed:`` line (a header comment or a YAML key), if any."""
    out: dict[str, str | None] = {}
    for path in map(Path, paths):
        match = _REVIEWED.search(path.read_text(encoding="utf-8")[:4000])
        out[path.name] = match.group(1) if match else None
    return out


def describe_kb(extra_paths: Iterable[str | Path] = ()) -> str:
    """A short account of the knowledge base for ``tidings kb``: sizes, files and review dates."""
    kb = load_kb(extra_paths)
    lines = [
        f"countries {len(kb.countries)}, people {len(kb.people)}, organisations {len(kb.organisations)}, "
        f"sector words {len(kb.sector_words)}, names matched {len(kb.aliases)}",
    ]
    files = [*kb.sources, str(DATA_DIR / "resolution.yaml")]
    for name, date in reviewed_dates(files).items():
        lines.append(f"  {name:<22} reviewed {date or 'never'}")
    return "\n".join(lines)
