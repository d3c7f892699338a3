"""The quantities stage: counts, amounts of money and percentages, with what they measure.

A Matcher anchored on spaCy's LIKE_NUM flag finds digits and number words ("2.5 billion",
"twenty-five"); PhraseMatchers find fixed phrases (vague plurals such as "thousands of", fractions
such as "two-thirds of", currency forms, hedges such as "some" or "at least"); numbers glued to a
currency or a scale ("HK$30", "190bn") are found by token shape. Each number phrase is then read with the few
tokens around it: a currency before or after it makes an amount, a percent sign a percentage,
otherwise the noun it counts makes a count. spaCy's entities veto dates, times, ordinals and
numbers inside names.

Left out on purpose: years, dates, times of day, ages, ordinals, phone numbers, numbers that are
part of a name ("G20", "Resolution 2334", "F-16"), numbers that count nothing named, and
durations. "10 years of the Belt and Road Initiative" is a duration: time belongs to the dates
stage, and counts of years drown the counts analysts look for (people, meetings, countries).
The tables are data files in ``tidings/data/quantities/``.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import numpy
import pycountry
import yaml
from spacy.attrs import SHAPE
from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Token
from spacy.util import registry

DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "quantities"

# Entity types whose numbers are never quantities: names, dates, times, ordinals.
NAME_ENTS = frozenset({"ORG", "PRODUCT", "LAW", "FAC", "WORK_OF_ART", "EVENT", "PERSON", "GPE", "LOC",
                       "NORP"})
TIME_ENTS = frozenset({"DATE", "TIME", "ORDINAL"})
NOUN_POS = frozenset({"NOUN", "PROPN"})
MODIFIER_DEPS = frozenset({"nummod", "quantmod", "compound", "amod", "nmod", "npadvmod", "appos"})
PERCENT_WORDS = frozenset({"%", "percent", "pct", "per-cent"})
# Prepositions to climb through when a verb hangs off the wrong noun:
# "the exchange between the nations reaching $190bn" measures the exchange.
CLIMB_PREPS = frozenset({"between", "among"})
DIGITS = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")


# --------------------------------------------------------------------------- the lexicon


@dataclass(frozen=True)
class CurrencyForm:
    """One way of writing a currency: its ISO code, alternatives by country, and where it sits."""

    code: str
    by_country: dict[str, str]
    position: str  # before | after | either | scaled | code

    def resolve(self, countries: Counter[str]) -> str:
        """The code, or for a name several countries use, the code of the one the article mentions most."""
        if not self.by_country:
            return self.code
        best = max(self.by_country, key=lambda country: countries.get(country, 0))  # the first on ties
        return self.by_country[best]


@dataclass(frozen=True)
class QuantityLexicon:
    """Every word list the stage reads, loaded once from ``data/quantities``."""

    currencies: dict[str, CurrencyForm]
    iso_codes: frozenset[str]
    units: dict[str, float]
    tens: dict[str, float]
    multipliers: dict[str, float]
    scales: dict[str, float]
    vague: dict[str, float]
    fractions: dict[str, float]
    ordinals: frozenset[str]
    approximations: dict[str, str]
    not_counted: frozenset[str]
    measure_units: frozenset[str]
    event_nouns: dict[str, str]
    measure_verbs: frozenset[str]
    change_nouns: frozenset[str]
    object_aliases: dict[str, str]
    referring_words: frozenset[str]
    weight_words: frozenset[str]
    age_cues: frozenset[str]
    clock_words: frozenset[str]
    label_words: frozenset[str]
    date_words: frozenset[str]
    ellipsis_cues: frozenset[str]
    casualty_verbs: frozenset[str]
    glued: re.Pattern[str] = field(repr=False)


def _read_tsv(path: Path) -> Iterator[list[str]]:
    """Rows of a tab-separated data file, without its comment lines and header."""
    lines = [line.rstrip("\n") for line in path.read_text(encoding="utf-8").splitlines()]
    rows = [line.split("\t") for line in lines if line.strip() and not line.startswith("#")]
    yield from rows[1:]


def _parse_code(cell: str) -> CurrencyForm:
    """"USD" or "IND=INR|PAK=PKR|..." (codes by country, the first the default), position unset."""
    if "=" not in cell:
        return CurrencyForm(cell, {}, "")
    by_country = dict(entry.split("=", 1) for entry in cell.split("|"))
    return CurrencyForm(next(iter(by_country.values())), by_country, "")


def _pycountry_names() -> dict[str, CurrencyForm]:
    """Adjective + name forms from ISO 4217 ("Kenyan Shilling" -> kenyan shilling, kenyan shillings)."""
    forms: dict[str, CurrencyForm] = {}
    for currency in pycountry.currencies:
        name = currency.name.lower()
        if "(" in name or " " not in name or currency.alpha_3 not in _iso_codes():
            continue
        form = CurrencyForm(currency.alpha_3, {}, "after")
        forms[name] = form
        if not name.endswith("s"):
            forms[name + "s"] = form
    return forms


@functools.cache
def _iso_codes() -> frozenset[str]:
    """ISO 4217 codes of money (not gold, SDRs or test codes), with the two CFA francs."""
    codes = (currency.alpha_3 for currency in pycountry.currencies)
    return frozenset(code for code in codes if not code.startswith("X") or code in {"XOF", "XAF"})


@functools.cache
def load_lexicon(data_dir: Path = DATA_DIR) -> QuantityLexicon:
    """Read the quantity tables once per process."""
    currencies = _pycountry_names()
    for form, code, position in _read_tsv(data_dir / "currencies.tsv"):
        parsed = _parse_code(code)
        currencies[form.lower()] = CurrencyForm(parsed.code, parsed.by_country, position)
    numbers = yaml.safe_load((data_dir / "numbers.yaml").read_text(encoding="utf-8"))
    units = yaml.safe_load((data_dir / "units.yaml").read_text(encoding="utf-8"))
    scales = {str(k): float(v) for k, v in numbers["scales"].items()}
    prefixes = sorted(
        (form for form, c in currencies.items() if c.position in {"before", "either"} and " " not in form),
        key=len,
        reverse=True,
    )
    glued = re.compile(
        r"(?P<cur>" + "|".join(map(re.escape, prefixes)) + r")?"
        r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
        r"(?P<scale>" + "|".join(sorted((s for s in scales if len(s) <= 3), key=len, reverse=True)) + r")?",
        re.IGNORECASE,
    )
    return QuantityLexicon(
        currencies=currencies,
        iso_codes=_iso_codes(),
        units={str(k): float(v) for k, v in numbers["units"].items()},
        tens={str(k): float(v) for k, v in numbers["tens"].items()},
        multipliers={str(k): float(v) for k, v in numbers["multipliers"].items()},
        scales=scales,
        vague={str(k): float(v) for k, v in numbers["vague"].items()},
        fractions={str(k): float(v) for k, v in numbers["fractions"].items()},
        ordinals=frozenset(numbers["ordinals"]),
        approximations={str(k): str(v) for k, v in numbers["approximations"].items()},
        not_counted=frozenset(units["not_counted"]),
        measure_units=frozenset(units["measure_units"]) | frozenset(units["weight_words"]),
        event_nouns=dict(units["event_nouns"]),
        measure_verbs=frozenset(units["measure_verbs"]),
        change_nouns=frozenset(units["change_nouns"]),
        object_aliases=dict(units["object_aliases"]),
        referring_words=frozenset(units["referring_words"]),
        weight_words=frozenset(units["weight_words"]),
        age_cues=frozenset(units["age_cues"]),
        clock_words=frozenset(units["clock_words"]),
        label_words=frozenset(units["label_words"]),
        date_words=frozenset(units["date_words"]),
        ellipsis_cues=frozenset(units["ellipsis_cues"]),
        casualty_verbs=frozenset(units["casualty_verbs"]),
        glued=glued,
    )


@registry.misc("tidings.quantity_lexicon.v1")
def quantity_lexicon_v1() -> QuantityLexicon:
    """The quantity tables shipped in ``tidings/data/quantities``."""
    return load_lexicon()


# --------------------------------------------------------------------------- reading numbers


@dataclass
class Number:
    """A number phrase read from tokens."""

    value: float
    scaled: bool = False  # a scale word or suffix was part of it ("bn", "million")
    spelled: bool = False  # written in words only ("two", "a dozen")
    currency: str | None = None  # a currency prefix glued to the digits ("HK$30" -> "hk$")
    high: float | None = None  # the upper end of a range ("40-50")


def read_number(words: list[str], lex: QuantityLexicon) -> Number | None:
    """The value of a number phrase given as lower-cased tokens, or None if it is not one.

    >>> read_number(["2.5", "billion"], load_lexicon()).value
    2500000000.0
    """
    if "-" in words:
        cut = words.index("-")
        left, right = words[:cut], words[cut + 1 :]
        if left and right and DIGITS.fullmatch(left[-1]) and DIGITS.fullmatch(right[0]):
            low, high = read_number(left, lex), read_number(right, lex)
            if low is None or high is None or high.value <= low.value and not high.scaled:
                return None
            if high.scaled and not low.scaled:  # "2-3 million": the scale belongs to both
                low = Number(low.value * high.value / _unscaled(right, lex), True)
            return Number(low.value, low.scaled or high.scaled, False, low.currency, high.value)
        words = [w for w in words if w != "-"]
    total, current, previous = 0.0, None, ""
    scaled, spelled, currency = False, True, None
    for word in words:
        kind = ""
        if DIGITS.fullmatch(word):
            if current is not None or total or (word.startswith("0") and len(word) > 1 and word[1] != "."):
                return None  # two numbers in a row (a phone number, a list) or a leading zero
            current, spelled, kind = float(word.replace(",", "")), False, "digits"
        elif word in lex.units or word in lex.tens:
            value = lex.units.get(word, lex.tens.get(word, 0.0))
            if current is None:
                current = value
            elif previous == "tens" and word in lex.units and value < 10 or previous == "mult":
                current += value
            else:
                return None
            kind = "tens" if word in lex.tens else "unit"
        elif word in lex.multipliers:
            current, kind = (1.0 if current is None else current) * lex.multipliers[word], "mult"
        elif word in lex.scales:
            total += (1.0 if current is None else current) * lex.scales[word]
            current, scaled, kind = None, True, "scale"
        elif word in {"a", "an"} and current is None and not total:
            current, kind = 1.0, "unit"
        elif word == "half" and current is None and not total:
            current, kind = 0.5, "half"
        elif word in {"a", "an"} and previous == "half":  # "half a million"
            kind = "unit"
        else:
            glued = lex.glued.fullmatch(word)
            if glued is None or current is not None or total or not (glued["cur"] or glued["scale"]):
                return None
            lone_letter = glued["cur"] and len(glued["cur"]) == 1 and glued["cur"].isalpha()
            if lone_letter and not (glued["scale"] or len(words) > 1):
                return None  # "N500" is naira only with a scale ("N500m"); alone it is a name
            current, spelled, currency = float(glued["num"].replace(",", "")), False, glued["cur"]
            if glued["scale"]:
                total, current, scaled = current * lex.scales[glued["scale"].lower()], None, True
        previous = kind
    value = total + (current or 0.0)
    return Number(value, scaled, spelled, currency.lower() if currency else None)


def _unscaled(words: list[str], lex: QuantityLexicon) -> float:
    number = read_number([w for w in words if w not in lex.scales], lex)
    return number.value if number and number.value else 1.0


# --------------------------------------------------------------------------- finding


@dataclass
class QuantityRecord:
    kind: str
    value: float
    unit: str | None
    object: str | None
    start: int  # token offsets
    end: int
    approximation: str | None = None

    def as_dict(self, doc: Doc) -> dict:
        span = doc[self.start : self.end]
        value = round(self.value, 4)
        return {
            "kind": self.kind,
            "value": int(value) if value.is_integer() else value,
            "unit": self.unit,
            "object": self.object,
            "text": span.text,
            "start": span.start_char,
            "end": span.end_char,
            "approximation": self.approximation,
        }


class QuantityFinder:
    """Finds quantities in a Doc; built once per pipeline."""

    def __init__(self, nlp: Language, lexicon: QuantityLexicon) -> None:
        self.lex = lexicon
        self.numbers = Matcher(nlp.vocab)
        self.phrases = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.codes = PhraseMatcher(nlp.vocab, attr="ORTH")
        self._add_number_patterns(nlp)
        self._add_phrases(nlp)

    def _add_number_patterns(self, nlp: Language) -> None:
        """Digits and number words: the Matcher, anchored on spaCy's cheap LIKE_NUM flag."""
        scale_abbr = sorted(w for w in self.lex.scales if not nlp.vocab[w].like_num)
        scale = {"LOWER": {"IN": scale_abbr}, "OP": "?"}
        number = {"LIKE_NUM": True}
        more = {"LIKE_NUM": True, "OP": "*"}
        patterns = [[number, more, scale], [number, {"ORTH": "-"}, number, more, scale]]
        self.numbers.add("NUM", patterns, greedy="LONGEST")

    def _add_phrases(self, nlp: Language) -> None:
        """Fixed phrases: a PhraseMatcher is many times faster than Matcher patterns over word lists."""
        lex = self.lex
        for form in lex.currencies:
            if not (len(form) == 1 and form.isalpha()):  # "N", "R": only glued to digits
                self.phrases.add(f"CUR:{form}", [nlp.make_doc(form)])
        for phrase, label in lex.approximations.items():
            self.phrases.add(f"APPROX:{label}", [nlp.make_doc(phrase)])
        vague = sorted(lex.vague)
        self.phrases.add("VAGUE", [nlp.make_doc(f"{w} of") for w in vague])
        self.phrases.add("VAGUE", [nlp.make_doc(f"{w} of {v} of") for w in vague for v in vague if lex.vague[v] > 99])
        counts = {"a": 1, "one": 1} | {w: v for w, v in lex.units.items() if 2 <= v <= 9}
        fractions = [f"{n}{sep}{f} of" for n in counts for f in lex.fractions for sep in ("-", " ")]
        self.phrases.add("FRACTION", [nlp.make_doc(text) for text in fractions + ["half of"]])
        self.phrases.add("ONE_IN", [nlp.make_doc("one in"), nlp.make_doc("1 in")])
        words = [w for w in list(lex.multipliers) + list(lex.scales) if len(w) > 2]
        word_numbers = [f"{a} {w}" for a in ("a", "an") for w in words]
        self.phrases.add("NUM", [nlp.make_doc(text) for text in word_numbers])
        self.phrases.add("NUM", [nlp.make_doc(f"half a {w}") for w in lex.scales if len(w) > 2])
        self.codes.add("ISO", [nlp.make_doc(code) for code in sorted(lex.iso_codes)])
        shapes = sorted(nlp.vocab.strings.add(shape) for shape in _glued_shapes(lex, nlp))
        self.glued_shapes = numpy.array(shapes, dtype="uint64")

    def __call__(self, doc: Doc) -> Doc:
        doc._.quantities = [record.as_dict(doc) for record in self.find(doc)]
        return doc

    def find(self, doc: Doc) -> list[QuantityRecord]:
        """Every quantity of the Doc, in text order."""
        context = _Context.build(doc, self)
        records: list[QuantityRecord] = []
        consumed: set[int] = set()
        for label, start, end in context.number_matches:
            if start in consumed:
                continue
            record = context.read(label, start, end, consumed)
            if record is not None:
                records.append(record)
        _share_parenthetical_objects(doc, records)
        return records


def _glued_shapes(lex: QuantityLexicon, nlp: Language) -> set[str]:
    """Token shapes of numbers glued to a currency prefix or a scale suffix ("HK$30", "190bn")."""
    prefixes = [f for f, c in lex.currencies.items() if c.position in {"before", "either"} and " " not in f]
    numbers = ["1", "12", "123", "1234", "1,234", "12,345", "1.5", "12.5", "123.45"]
    suffixes = [""] + [s for s in lex.scales if len(s) <= 3]
    shapes = set()
    for prefix in prefixes + [""]:
        for variant in {prefix, prefix.upper(), prefix.title(), prefix[:1].upper() + prefix[1:]}:
            for number in numbers:
                for suffix in suffixes:
                    if variant or suffix:
                        for s in {suffix, suffix.upper()}:
                            shapes.add(nlp.vocab[variant + number + s].shape_)
    return shapes


@dataclass
class _Context:
    """What the finder matched in one Doc, indexed by token position."""

    doc: Doc
    lex: QuantityLexicon
    number_matches: list[tuple[str, int, int]]
    currency_before: dict[int, tuple[int, CurrencyForm]]  # end token -> (start token, form)
    currency_after: dict[int, tuple[int, CurrencyForm]]  # start token -> (end token, form)
    approx_before: dict[int, tuple[int, str]]  # end token -> (start token, label)
    _countries: Counter[str] | None = None
    last_count: QuantityRecord | None = None  # the last count with a noun, for elliptical counts

    @classmethod
    def build(cls, doc: Doc, finder: QuantityFinder) -> _Context:
        strings, lex = doc.vocab.strings, finder.lex
        numbers = [(strings[key], s, e) for key, s, e in finder.numbers(doc)]
        # Numbers glued to a currency or a scale ("HK$30", "190bn"): found by shape, in numpy.
        shapes = doc.to_array(SHAPE)
        for i in numpy.flatnonzero(numpy.isin(shapes, finder.glued_shapes)).tolist():
            if not doc[i].like_num:
                numbers.append(("NUM", i, i + 2 if i + 1 < len(doc) and doc[i + 1].lower_ in lex.scales else i + 1))
        before: dict[int, tuple[int, CurrencyForm]] = {}
        after: dict[int, tuple[int, CurrencyForm]] = {}
        approx: dict[int, tuple[int, str]] = {}
        one_in: list[int] = []
        for key, s, e in finder.phrases(doc):
            kind, _, value = strings[key].partition(":")
            if kind == "APPROX":
                if e not in approx or approx[e][0] > s:
                    approx[e] = (s, value)
            elif kind == "CUR":
                form = lex.currencies[value]
                if form.position in {"before", "either"} and (e not in before or before[e][0] > s):
                    before[e] = (s, form)
                if form.position in {"after", "either", "scaled"} and (s not in after or after[s][0] < e):
                    after[s] = (e, form)
            elif kind == "ONE_IN":
                one_in.append(s)
            else:
                numbers.append((kind, s, e))
        for s in one_in:  # "one in five": the phrase and the number after it
            end = next((e for label, b, e in numbers if label == "NUM" and b == s + 2), None)
            if end is not None:
                numbers.append(("FRACTION", s, end))
        for _key, s, e in finder.codes(doc):
            form = CurrencyForm(doc[s].text, {}, "code")
            before.setdefault(e, (s, form))
            after.setdefault(s, (e, form))
        # Longest first, then leftmost: "a third of" beats "third", "tens of thousands of" beats "thousands of".
        chosen: list[tuple[str, int, int]] = []
        taken: set[int] = set()
        for label, s, e in sorted(numbers, key=lambda m: (m[1] - m[2], m[1])):
            if not taken.intersection(range(s, e)):
                chosen.append((label, s, e))
                taken.update(range(s, e))
        return cls(doc, lex, sorted(chosen, key=lambda m: m[1]), before, after, approx)

    def countries(self) -> Counter[str]:
        """How often each country is mentioned (places and actors), to pick among currencies."""
        if self._countries is None:
            counts: Counter[str] = Counter()
            for item in (self.doc._.places or []) + (self.doc._.actors or []):
                if item.get("country"):
                    counts[item["country"]] += max(1, len(item.get("mentions") or ()))
            self._countries = counts
        return self._countries

    # -- reading one match

    def read(self, label: str, start: int, end: int, consumed: set[int]) -> QuantityRecord | None:
        doc, lex = self.doc, self.lex
        # spaCy's DATE/TIME entities veto a bare number ("in 2022", "at 10"); a number that
        # counts a noun is kept, since the small model also tags "between 40 and 50 people" DATE.
        dated = label == "NUM" and any(doc[i].ent_type_ in TIME_ENTS for i in range(start, end))
        if dated and (doc[start].ent_type_ == "ORDINAL" or not self._has_money_or_percent(start, end)
                      and self._counted_noun(start, end) is None):
            return None
        if label == "VAGUE":
            return self._vague(start, end)
        if label == "FRACTION":
            return self._fraction(start, end)
        words = [t.lower_ for t in doc[start:end]]
        number = read_number(words, lex)
        if number is None or self._is_not_a_quantity(start, end, number):
            return None
        approx = self._approximation(start)
        q_start = start
        # "between 40 and 50 people": one quantity over both numbers.
        if approx and approx[1] == "between":
            nxt = self._match_at(end + 1) if end < len(doc) and doc[end].lower_ in {"and", "to"} else None
            if nxt is None and number.high is None:
                approx = None
            elif nxt is not None:
                consumed.add(nxt[1])
                end = nxt[2]
        if approx:
            q_start = approx[0]
        currency = self._currency(start, end, number)
        if currency is not None:
            code, c_start, c_end = currency
            c_start, c_end = min(start, c_start), max(end, c_end)
            return QuantityRecord("amount", number.value, code, self._amount_object(c_start, c_end),
                                  min(q_start, c_start), c_end, approx[1] if approx else None)
        percent_end = self._percent_end(end)
        if percent_end is not None:
            unit = "percentage points" if doc[percent_end - 1].lower_.startswith("point") else "%"
            return QuantityRecord("percent", number.value, unit, self._percent_object(start, percent_end),
                                  q_start, percent_end, approx[1] if approx else None)
        record = self._count(start, end, number, approx)
        if record is None and not number.spelled and any(doc[i].ent_type_ == "MONEY" for i in range(start, end)):
            # spaCy read money where no currency of ours is written: an amount of unknown currency.
            return QuantityRecord("amount", number.value, None, self._amount_object(start, end), q_start, end,
                                  approx[1] if approx else None)
        return record

    def _match_at(self, start: int) -> tuple[str, int, int] | None:
        for match in self.number_matches:
            if match[1] == start and match[0] == "NUM":
                return match
        return None

    def _has_money_or_percent(self, start: int, end: int) -> bool:
        doc = self.doc
        return (
            start in self.currency_before or end in self.currency_after
            or (end < len(doc) and doc[end].lower_ in PERCENT_WORDS)
            or any(doc[i].ent_type_ in {"MONEY", "PERCENT"} for i in range(start, end))
        )

    def _is_not_a_quantity(self, start: int, end: int, number: Number) -> bool:
        """Years, ages, clock times, ordinals, names and references that look like numbers."""
        doc, lex = self.doc, self.lex
        first, last = doc[start], doc[end - 1]
        before = doc[start - 1] if start > 0 else None
        after = doc[end] if end < len(doc) else None
        if first.text.startswith(("+", "-")) or "/" in first.text:
            return True
        if any(doc[i].ent_type_ in NAME_ENTS for i in range(start, end)):
            return True
        if before is not None:
            if before.lower_ in lex.age_cues or before.lower_ in lex.label_words or before.lower_ in lex.date_words:
                return True
            # "F-16", "COVID-19": digits glued to a word by a hyphen are part of a name.
            if before.text == "-" and not before.whitespace_ and start > 1 and not doc[start - 2].whitespace_ \
                    and doc[start - 2].is_alpha:
                return True
        if after is not None and after.lower_ in lex.clock_words:
            return True
        if number.spelled and number.value <= 10 and before is not None and before.lower_ in lex.referring_words:
            return True  # "the two leaders": a reference to people already named, not a count
        if number.spelled and number.value == 1 and not number.scaled:
            return True  # "one of", "a day": almost never a quantity worth reporting
        if last.lower_ in lex.ordinals or re.fullmatch(r"\d+(st|nd|rd|th)", last.lower_):
            return True
        return False

    def _approximation(self, start: int) -> tuple[int, str] | None:
        hit = self.approx_before.get(start)
        if hit is None and start in self.currency_before:
            hit = self.approx_before.get(self.currency_before[start][0])
        return hit

    def _currency(self, start: int, end: int, number: Number) -> tuple[str, int, int] | None:
        """(ISO code, first token, end token) of the currency written with the number, if any."""
        doc, lex = self.doc, self.lex
        form_before = self.currency_before.get(start)
        form_after = self.currency_after.get(end)
        if form_after is not None:
            a_end, form = form_after
            if form.position == "scaled" and not number.scaled:
                form_after = None
            elif doc[end].lower_ in lex.weight_words and a_end < len(doc) and doc[a_end].lower_ == "of":
                form_after = None  # "500 pounds of explosives" is a weight
        if number.currency:
            glued = lex.currencies[number.currency]
            return glued.resolve(self.countries()), start, end
        # A name after the number is more specific than a bare "$" before it ("$5m Australian dollars").
        after_wins = form_before is None or form_before[1].code == "USD" and form_after is not None \
            and form_after[1].code != "USD"
        if form_after is not None and after_wins:
            a_end, form = form_after
            b_start = form_before[0] if form_before is not None else start
            return form.resolve(self.countries()), b_start, a_end
        if form_before is not None:
            b_start, form = form_before
            return form.resolve(self.countries()), b_start, end
        return None

    def _percent_end(self, end: int) -> int | None:
        doc = self.doc
        if end >= len(doc):
            return None
        word = doc[end].lower_
        if word in PERCENT_WORDS:
            return end + 1
        if word == "per" and end + 1 < len(doc) and doc[end + 1].lower_ == "cent":
            return end + 2
        if word == "percentage" and end + 1 < len(doc) and doc[end + 1].lower_ in {"point", "points"}:
            return end + 2
        return None

    # -- the kinds

    def _count(
        self, start: int, end: int, number: Number, approx: tuple[int, str] | None
    ) -> QuantityRecord | None:
        doc, lex = self.doc, self.lex
        noun = self._counted_noun(start, end)
        q_start = approx[0] if approx else start
        label = approx[1] if approx else ("between" if number.high is not None else None)
        if noun is None:
            return self._bare_count(start, end, number, q_start, label)
        unit = noun.lower_
        if unit in lex.fractions and number.spelled:  # "two-thirds were girls"
            share = 100.0 * number.value * lex.fractions[unit]
            return QuantityRecord("percent", round(share, 1), "%", None, q_start, noun.i + 1, label)
        if unit in lex.not_counted or noun.lemma_ in lex.not_counted:
            return None  # a duration or an age
        if _is_year(doc[start:end].text) and noun.tag_ != "NNS":
            return None
        q_end = noun.i + 1 if end <= noun.i < end + 4 else end  # "42 times", "some 130 countries"
        record = QuantityRecord("count", number.value, unit, self._count_object(noun), q_start, q_end, label)
        self.last_count = record
        return record

    def _bare_count(
        self, start: int, end: int, number: Number, q_start: int, label: str | None
    ) -> QuantityRecord | None:
        """A number with no noun after it: what it measures comes from the sentence around it."""
        doc, lex = self.doc, self.lex
        if _is_year(doc[start:end].text) and not number.scaled:
            return None
        head = self._phrase_head(start, end)
        subject = self._measured_subject(head)
        if subject is not None:  # "the death toll rose to 45"
            return QuantityRecord("count", number.value, None, self._label(subject), q_start, end, label)
        of = head.head  # "a population of 1.4 million"
        if head.dep_ == "pobj" and of.lower_ == "of" and of.head.pos_ == "NOUN" and of.head.lower_ not in PERCENT_WORDS:
            return QuantityRecord("count", number.value, None, self._label(of.head), q_start, end, label)
        after = doc[end] if end < len(doc) else None
        # "37 injured", "the strike killed 12": a toll, even when the noun is left out.
        cued = after is not None and after.lower_ in lex.ellipsis_cues \
            or head.dep_ == "dobj" and head.head.lemma_ in lex.casualty_verbs
        if head.dep_ not in {"nsubj", "nsubjpass", "conj", "dobj"} and not cued:
            return None
        # "four people were killed and 37 injured": the count before, in the same sentence, names the noun.
        previous = self.last_count
        if previous is not None and previous.unit and start - previous.end < 25 \
                and not any(t.is_sent_start for t in doc[previous.end : start + 1]):
            return QuantityRecord("count", number.value, previous.unit, previous.object, q_start, end, label)
        if cued or head.dep_ in {"nsubj", "nsubjpass"}:
            return QuantityRecord("count", number.value, None, None, q_start, end, label)
        return None

    def _counted_noun(self, start: int, end: int) -> Token | None:
        """The noun a number counts: its head noun ("42 times"), or the noun right after it."""
        doc = self.doc
        last = doc[end - 1]
        head = last.head
        # "a 150-seat parliament": the noun glued by a hyphen is what is counted; spelled out
        # ("two-way trade", "a three-nation tour") it is an adjective and counts nothing.
        if end + 1 < len(doc) and doc[end].text == "-" and not last.whitespace_ and not doc[end].whitespace_:
            glued = doc[end + 1]
            if glued.lower_ in self.lex.fractions:
                return glued  # "two-thirds were girls": a share, read by the caller
            return None if last.is_alpha or glued.pos_ != "NOUN" else glued
        if last.dep_ in MODIFIER_DEPS and head.pos_ in NOUN_POS and end <= head.i < end + 4:
            while head.dep_ == "compound" and head.head.pos_ == "NOUN" and head.i < head.head.i < end + 5:
                head = head.head  # "five famine hotspots" counts hotspots
            return head if _is_countable(head) else None
        if end < len(doc) and doc[end].pos_ == "NOUN":
            noun = doc[end]
            while noun.dep_ == "compound" and noun.head.pos_ == "NOUN" and noun.i < noun.head.i < end + 4:
                noun = noun.head
            return noun
        return None

    def _count_object(self, noun: Token) -> str | None:
        lex = self.lex
        if noun.lower_ == "times":
            verb = noun.head
            if verb.pos_ in {"VERB", "AUX"}:
                return lex.event_nouns.get(verb.lemma_, verb.lemma_)
            return None
        if noun.lower_ in lex.measure_units:
            of = _prep_object(noun, {"of"})
            return self._label(of) if of is not None else None
        return self._label(noun)

    def _vague(self, start: int, end: int) -> QuantityRecord | None:
        """"thousands of protesters", "tens of thousands of people", "millions of dollars"."""
        doc, lex = self.doc, self.lex
        words = [t.lower_ for t in doc[start:end] if t.lower_ != "of"]
        value = 1.0
        for word in words:
            value *= lex.vague[word]
        phrase = doc[start : end - 1].text.lower()
        noun = _noun_after(doc, end)
        if noun is None or noun.lower_ in lex.not_counted:
            return None
        approx = self.approx_before.get(start)
        q_start = approx[0] if approx else start
        label = approx[1] if approx else phrase
        after = self.currency_after.get(noun.i)
        if after is not None and after[1].position != "scaled":
            return QuantityRecord("amount", value, after[1].resolve(self.countries()), None, q_start, after[0], label)
        return QuantityRecord("count", value, noun.lower_, self._count_object(noun), q_start, noun.i + 1, label)

    def _fraction(self, start: int, end: int) -> QuantityRecord | None:
        """"two-thirds of voters" -> 66.7 percent of voters; "one in five adults" -> 20 percent."""
        doc, lex = self.doc, self.lex
        words = [t.lower_ for t in doc[start:end] if t.text != "-"]
        if words[1] == "in":
            base = read_number(words[2:], lex)
            if base is None or base.value <= 1:
                return None
            value, noun, q_end = 100.0 / base.value, _noun_after(doc, end), end
        else:
            if start > 0 and doc[start - 1].lower_ in lex.ordinals | {"the"}:
                return None  # "the second half of the year"
            count = 1.0 if words[0] in {"a", "half"} else lex.units.get(words[0], 1.0)
            share = 0.5 if words[0] == "half" else lex.fractions[words[-2]]
            value, noun, q_end = 100.0 * count * share, _noun_after(doc, end), end - 1
            if noun is not None and noun.lower_ in lex.not_counted:
                return None
        approx = self.approx_before.get(start)
        return QuantityRecord("percent", round(value, 1), "%", self._label(noun) if noun is not None else None,
                              approx[0] if approx else start, q_end, approx[1] if approx else None)

    # -- what is measured

    def _phrase_head(self, start: int, end: int) -> Token:
        """The token of a phrase whose head lies outside it (its syntactic head)."""
        for token in self.doc[start:end]:
            if token.head.i < start or token.head.i >= end or token.head.i == token.i:
                return token
        return self.doc[end - 1]

    def _amount_object(self, start: int, end: int) -> str | None:
        """What money is for: "$2bn in aid", "a $3bn loan", "a budget of $5bn", "trade reached $190bn"."""
        doc = self.doc
        head = self._phrase_head(start, end)
        target = _prep_object(head, {"for", "on", "in"})
        if target is not None and target.ent_type_ not in {"GPE", "LOC", "DATE", "TIME"}:
            return self._label(target)
        if end + 1 < len(doc) and doc[end].lower_ == "worth" and doc[end + 1].lower_ == "of":
            noun = _noun_after(doc, end + 2)
            if noun is not None:
                return self._label(noun)
        return self._modified_or_measured(head, end) or self._verb_purpose(head)

    def _percent_object(self, start: int, end: int) -> str | None:
        """What a percentage is of: "54% of the vote", "a 10% rise in prices", "inflation rose to 5%"."""
        doc, lex = self.doc, self.lex
        if end < len(doc) and doc[end].lower_ == "of":
            noun = _noun_after(doc, end + 1)
            if noun is not None:
                return self._label(noun)
        head = self._phrase_head(start, end)
        if head.dep_ in MODIFIER_DEPS and head.head.pos_ == "NOUN" and head.head.i >= end:
            noun = head.head
            if noun.lemma_ in lex.change_nouns:
                inner = _prep_object(noun, {"in", "of"})
                return self._label(inner) if inner is not None else self._label(noun)
            return self._label(noun)
        subject = self._measured_subject(head)
        return self._label(subject) if subject is not None else None

    def _modified_or_measured(self, head: Token, end: int) -> str | None:
        if head.dep_ in MODIFIER_DEPS and head.head.pos_ == "NOUN" and head.head.i >= end:
            noun = head.head
            if noun.lower_ not in self.lex.not_counted:
                return self._label(noun)
        if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.pos_ == "NOUN" \
                and head.head.head.lower_ not in PERCENT_WORDS:
            return self._label(head.head.head)
        subject = self._measured_subject(head)
        return self._label(subject) if subject is not None else None

    def _verb_purpose(self, head: Token) -> str | None:
        """"spent $5bn on weapons", "pledged $2bn for reconstruction"."""
        verb = head.head
        if head.dep_ in {"dobj", "npadvmod"} and verb.pos_ == "VERB":
            target = _prep_object(verb, {"for", "on", "in", "from"})
            if target is not None and target.ent_type_ not in {"GPE", "LOC", "DATE", "TIME", "ORG"}:
                return self._label(target)
        return None

    def _measured_subject(self, head: Token) -> Token | None:
        """The subject of a measuring verb the number completes: "the toll rose to 45"."""
        lex = self.lex
        token = head
        if token.dep_ == "pobj" and token.head.lower_ in {"to", "at", "by", "around", "about", "over", "of"}:
            token = token.head
        elif token.head.lower_ == "worth" and token.head.i < token.i:  # "the fund is worth $5bn"
            token = token.head
        if token.dep_ not in {"dobj", "attr", "prep", "npadvmod", "advmod", "oprd", "acomp", "nummod"}:
            return None
        verb = token.head
        if verb.pos_ not in {"VERB", "AUX"} or verb.lemma_ not in lex.measure_verbs:
            return None
        subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is None and verb.dep_ in {"acl", "relcl"}:
            subject = verb.head
            if subject.dep_ == "pobj" and subject.head.lower_ in CLIMB_PREPS and subject.head.head.pos_ == "NOUN":
                subject = subject.head.head
        elif subject is None and verb.dep_ in {"xcomp", "conj", "advcl"}:
            subject = next((c for c in verb.head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is None or subject.pos_ not in NOUN_POS:
            return None
        if subject.pos_ == "PROPN" and subject.ent_type_ in {"GPE", "PERSON", "ORG", "NORP"}:
            return None  # "Botswana earned $4m": who earned it, not what it measures
        return subject

    def _label(self, noun: Token | None) -> str | None:
        """A noun with its compounds, lower-cased, under its usual name ("exchange" -> "trade")."""
        if noun is None:
            return None
        doc, left = self.doc, noun.i
        while left > 0 and doc[left - 1].dep_ == "compound" and doc[left - 1].head.i in range(left, noun.i + 1):
            modifier = doc[left - 1]
            if not modifier.is_alpha or modifier.like_num or modifier.lower_ in PERCENT_WORDS \
                    or left > 1 and doc[left - 2].text == "-" and not doc[left - 2].whitespace_:
                break  # "a 15 percent tariff", "two-way trade": the modifier is not part of the name
            left -= 1
        phrase = self.doc[left : noun.i + 1].text.lower()
        aliases = self.lex.object_aliases
        return aliases.get(phrase) or aliases.get(noun.lower_) or phrase


def _is_countable(noun: Token) -> bool:
    return noun.pos_ == "NOUN" or noun.tag_ == "NNPS"


def _is_year(text: str) -> bool:
    return len(text) == 4 and text.isdigit() and 1000 <= int(text) <= 2100


def _prep_object(token: Token, preps: set[str]) -> Token | None:
    """The object of a preposition hanging off ``token`` ("aid" in "$2bn in aid")."""
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in preps:
            for grandchild in child.children:
                if grandchild.dep_ == "pobj" and grandchild.pos_ in NOUN_POS:
                    return grandchild
    return None


def _noun_after(doc: Doc, start: int) -> Token | None:
    """The head noun of the noun phrase starting at ``start`` ("the vote", "Palestinian civilians")."""
    for token in doc[start : start + 8]:
        if token.pos_ in NOUN_POS and not (token.dep_ in {"compound", "poss"} and token.head.i > token.i):
            return token
        if token.pos_ not in {"DET", "ADJ", "NUM", "NOUN", "PROPN", "PRON"} and token.tag_ != "POS":
            return None
    return None


def _share_parenthetical_objects(doc: Doc, records: list[QuantityRecord]) -> None:
    """"580 million shillings (64.45 million dollars)": both amounts measure the same thing."""
    for first, second in zip(records, records[1:]):
        if first.kind != second.kind or first.kind != "amount":
            continue
        between = doc[first.end : second.start]
        words = {t.text for t in between}
        if len(between) <= 2 and "(" in words and words <= {"(", "or", "about", "around"}:
            first.object = first.object or second.object
            second.object = second.object or first.object


# --------------------------------------------------------------------------- the component


@Language.factory(
    "tidings_quantities",
    assigns=["doc._.quantities"],
    requires=["doc._.places", "doc._.actors"],
    default_config={"lexicon": {"@misc": "tidings.quantity_lexicon.v1"}},
)
def make_quantities(nlp: Language, name: str, lexicon: QuantityLexicon) -> QuantityFinder:
    """The quantities stage: writes Quantity dicts to ``doc._.quantities``."""
    return QuantityFinder(nlp, lexicon)

