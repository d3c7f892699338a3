"""The dates stage: every temporal expression, resolved against the article's date.

Finds expressions two ways: a Matcher over the date words of ``data/dates/lexicon.yaml`` ("on
Wednesday", "last March", "10 years ago", "days before", "in 2022") and the NER's DATE entities for the
rest. Each is resolved by :func:`resolve_date`, a pure function over a small rule table, using the
tense of the clause it sits in (:func:`clause_tense`): a past-tense "on Wednesday" is the last
Wednesday up to the article day, a future one the next, a present-tense one the nearest; "in March" is
the latest March up to the article's month in a past clause. "since May" looks back; "until May" and
"by May" take the nearest May whatever the tense.

Values: day ``2023-10-18``, month ``2023-03``, year ``2022``, range ``2013-10-18/2023-10-18`` (an ISO
8601 interval; weeks run Monday to Sunday). Without an article date a relative expression stays
``resolved: false`` with ``value: null``; nothing is invented. Expressions anchored to another event
("days before", "the next day") or vague ("recent weeks") are kept, unresolved. dateparser (slow) is
only the fallback for numeric dates ("10/18/2023"), cached. Durations ("for 10 years", "a
65-year-old") and frequencies ("each year") are not dates and are left out.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import yaml
from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

Tense = Literal["past", "present", "future"]
LEXICON_PATH = Path(__file__).resolve().parents[1] / "data" / "dates" / "lexicon.yaml"


@functools.cache
def lexicon() -> dict:
    """The date words, loaded once."""
    return yaml.safe_load(LEXICON_PATH.read_text(encoding="utf-8"))


# --- resolving: pure functions over text ---------------------------------------------------------


@dataclass(frozen=True, slots=True)
class DateValue:
    """What an expression denotes: a value at a precision, or nothing known (value None)."""

    value: str | None = None
    precision: Literal["day", "month", "year", "range"] | None = None

    @property
    def resolved(self) -> bool:
        return self.value is not None


UNRESOLVED = DateValue()
NOT_A_DATE = None  # what _interpret returns for durations and frequencies
# What _interpret returns when no rule knows the expression: resolve_date reports it unresolved, and
# the stage drops such NER "DATE" entities ("each year", a misread name) instead of recording them.
NO_RULE = DateValue(precision=None)


def resolve_date(text: str, article_date: str | dt.date | None, tense: Tense | None = None) -> dict:
    """Resolve one temporal expression against the article date.

    ``tense`` is the tense of the clause ("past", "present", "future"): a weekday or month named
    without a year is looked for before the article day in a past clause, after it in a future one,
    and nearest to it otherwise. Returns ``{"value", "precision", "resolved"}``; an expression that
    cannot be resolved (a relative one without an article date, "days before", "the next day") has
    ``value`` None.

    >>> resolve_date("last March", "2023-10-18")
    {'value': '2023-03', 'precision': 'month', 'resolved': True}
    >>> resolve_date("on Friday", "2024-01-03", "past")["value"]
    '2023-12-29'
    """
    found = _interpret(text, _as_date(article_date), tense) or UNRESOLVED
    return {"value": found.value, "precision": found.precision, "resolved": found.resolved}


def _as_date(value: str | dt.date | None) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


LEADING_WORDS = re.compile(
    r"^(?:(?:on|in|at|during|by|until|till|from|of|for|over|within|throughout|around|since|as of|"
    r"before|after|about|the)\s+)+"
)


def normalise(text: str) -> str:
    """Lowercase, plain punctuation, no leading preposition or article: "On Oct. 18, 2023" -> "oct 18 2023"."""
    text = text.lower().replace("\u2019", "'").replace("\u2013", "-").replace("\u2014", "-")
    text = re.sub(r"'s\b", "", text)
    text = re.sub(r"(?<=[a-z])\.", "", text)  # "oct." -> "oct", "a.m." stays harmless
    text = text.replace(",", " ")
    text = re.sub(r"\s*-\s*(?=\d)", "-", text)
    text = " ".join(text.split())
    return LEADING_WORDS.sub("", text)


def _interpret(text: str, article: dt.date | None, tense: Tense | None) -> DateValue | None:
    """The rule table: the first rule whose pattern matches the whole expression decides."""
    words = normalise(text)
    if not words:
        return NOT_A_DATE
    for pattern, rule in _rules():
        match = pattern.fullmatch(words)
        if match:
            return rule(match, article, tense)
    return _fallback(text, words, article, tense)


def _num(word: str) -> int | None:
    """A count from digits or a spelled-out number; None for vague ones ("few")."""
    word = word.replace(",", "")
    if word.isdecimal() and word.isascii():  # "²" is a digit to Python, but no number
        return int(word)
    return lexicon()["numbers"].get(word)


def _month_number(word: str) -> int:
    return lexicon()["months"][word]


def _iso_month(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def _add_months(day: dt.date, months: int) -> dt.date:
    years, index = divmod(day.month - 1 + months, 12)
    year, month = day.year + years, index + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _shift(day: dt.date, count: int, unit: str) -> dt.date:
    """``day`` moved by ``count`` units (negative: back in time)."""
    if unit in ("day", "hour"):
        return day + dt.timedelta(days=count if unit == "day" else 0)
    if unit == "week":
        return day + dt.timedelta(weeks=count)
    months = {"month": 1, "year": 12, "decade": 120, "century": 1200}[unit] * count
    return _add_months(day, months)


def _range(start: dt.date, end: dt.date) -> DateValue:
    return DateValue(f"{start.isoformat()}/{end.isoformat()}", "range")


def _week(day: dt.date) -> tuple[dt.date, dt.date]:
    monday = day - dt.timedelta(days=day.weekday())
    return monday, monday + dt.timedelta(days=6)


def _period(article: dt.date, unit: str, offset: int) -> DateValue:
    """The calendar week, month or year ``offset`` periods from the article's ("last year" = -1)."""
    if unit == "week":
        monday, sunday = _week(article + dt.timedelta(weeks=offset))
        return _range(monday, sunday)
    if unit == "month":
        day = _add_months(article.replace(day=1), offset)
        return DateValue(_iso_month(day.year, day.month), "month")
    if unit == "weekend":
        return _weekend(article, offset)
    return DateValue(f"{article.year + offset:04d}", "year")


def _weekend(article: dt.date, offset: int) -> DateValue:
    """Saturday-Sunday: offset 0 = the weekend of the article's week, -1 the one before."""
    monday, _ = _week(article)
    saturday = monday + dt.timedelta(days=5 + 7 * offset)
    return _range(saturday, saturday + dt.timedelta(days=1))


def _direction(relative: str | None, tense: Tense | None) -> str:
    """Where to look for a weekday or month named without a year: "back" or "forward" (strictly
    before or after the article day), "back=" / "forward=" (the article day counts), or "near" (the
    closest occurrence either way: a present-tense or tenseless clause, "delayed until April 2")."""
    if relative in ("last", "past", "previous"):
        return "back"
    if relative in ("next", "coming"):
        return "forward"
    if tense == "future":
        return "forward="
    return "back=" if tense == "past" else "near"


# Rules. Each takes (match, article date or None, tense) and returns a DateValue (UNRESOLVED when the
# article date is needed and missing) or NOT_A_DATE.


def _rule_iso(m: re.Match, article, tense) -> DateValue:
    year, month, day = m.group(1), m.group(2), m.group(3)
    if day:
        try:
            return DateValue(dt.date(int(year), int(month), int(day)).isoformat(), "day")
        except ValueError:
            return UNRESOLVED
    return DateValue(f"{year}-{month}", "month") if 1 <= int(month) <= 12 else UNRESOLVED


def _rule_deictic_day(m: re.Match, article, tense) -> DateValue:
    if article is None:
        return UNRESOLVED
    word = m.group(1)
    offset = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1, "this": 0, "last": -1}[word]
    if word == "last" and m.group(2) not in ("night", "evening"):
        return UNRESOLVED
    return DateValue((article + dt.timedelta(days=offset)).isoformat(), "day")


def _rule_weekday(m: re.Match, article, tense) -> DateValue:
    if article is None:
        return UNRESOLVED
    relative, weekday = m.group(1), lexicon()["weekdays"][m.group(2)]
    if relative in ("this", "current"):
        relative = None
    direction = _direction(relative, tense)
    ahead = (weekday - article.weekday()) % 7
    back = (article.weekday() - weekday) % 7
    if direction == "near":
        days = ahead if ahead < back else -back
    elif direction.startswith("forward"):
        days = ahead if (ahead or direction == "forward=") else 7
    else:
        days = -(back if (back or direction == "back=") else 7)
    return DateValue((article + dt.timedelta(days=days)).isoformat(), "day")


def _rule_month(m: re.Match, article, tense) -> DateValue:
    """[early|mid|late|the end of] [last|this|next] Month [day] [year], or day Month [year]."""
    relative = m.groupdict().get("rel")
    month = _month_number(m.group("month"))
    day = int(m.group("day")) if m.group("day") else None
    year = int(m.group("year")) if m.group("year") else None
    if year is None:
        if article is None:
            return UNRESOLVED
        year = _year_of(article, month, day, relative, tense)
    if day is not None:
        try:
            return DateValue(dt.date(year, month, day).isoformat(), "day")
        except ValueError:
            return UNRESOLVED
    return DateValue(_iso_month(year, month), "month")


def _rule_month_of_relative_year(m: re.Match, article, tense) -> DateValue:
    """"July last year", "March 3 next year"."""
    if article is None:
        return UNRESOLVED
    year = article.year + {"last": -1, "this": 0, "next": 1}[m.group(m.lastindex)]
    month = _month_number(m.group("month"))
    if m.group("day"):
        try:
            return DateValue(dt.date(year, month, int(m.group("day"))).isoformat(), "day")
        except ValueError:
            return UNRESOLVED
    return DateValue(_iso_month(year, month), "month")


def _year_of(article: dt.date, month: int, day: int | None, relative: str | None, tense) -> int:
    """The year of a month (and day) named without one, from the article date and the clause tense."""
    if relative in ("this", "current"):
        return article.year
    direction = _direction(relative, tense)
    if direction == "near":
        def distance(year: int) -> int:
            if day is None:
                return abs((year * 12 + month) - (article.year * 12 + article.month))
            last_day = calendar.monthrange(year, month)[1]
            return abs((dt.date(year, month, min(day, last_day)) - article).days)

        return min((article.year, article.year - 1, article.year + 1), key=distance)
    here = (article.month, day if day is not None else article.day)
    there = (month, day if day is not None else article.day)
    if direction.startswith("back"):
        strictly = direction == "back" or (day is None and relative == "last")
        before = there < here if day is not None else month < article.month
        same = there == here if day is not None else month == article.month
        if before or (same and not strictly):
            return article.year
        return article.year - 1
    after = there > here if day is not None else month > article.month
    same = there == here if day is not None else month == article.month
    if after or (same and direction == "forward="):
        return article.year
    return article.year + 1


def _rule_year(m: re.Match, article, tense) -> DateValue:
    year = int(m.group(1))
    return DateValue(f"{year:04d}", "year") if 1000 <= year <= 2999 else UNRESOLVED


def _rule_year_range(m: re.Match, article, tense) -> DateValue:
    first, second = m.group(1), m.group(2)
    if len(second) == 2:  # "2019-21"
        second = first[:2] + second
    if int(second) <= int(first):
        return UNRESOLVED
    return DateValue(f"{first}/{second}", "range")


def _rule_decade(m: re.Match, article, tense) -> DateValue:
    start = int(m.group(1) + "0")
    return DateValue(f"{start:04d}/{start + 9:04d}", "range")


def _rule_span_of_units(m: re.Match, article, tense) -> DateValue | None:
    """"the past 10 years", "the next two weeks", "the past decade", "the last year" (a range)."""
    direction, count_word, unit_word = m.group(1), m.group(2), m.group(3)
    unit = lexicon()["units"][unit_word]
    count = 1 if count_word is None else _num(count_word)
    if count is None or unit == "hour" or (count_word is None and unit == "day"):
        return UNRESOLVED  # "the next day" hangs on another event, not on the article date
    if count_word is None and unit_word.endswith("s"):  # "the coming weeks": how many is unsaid
        return UNRESOLVED
    if article is None:
        return UNRESOLVED
    if direction in ("next", "coming", "following"):
        if direction == "following":  # "the following week": after some other event
            return UNRESOLVED
        return _range(article, _shift(article, count, unit))
    return _range(_shift(article, -count, unit), article)


def _rule_calendar_period(m: re.Match, article, tense) -> DateValue:
    """"last week", "this month", "next year", "last weekend", "last decade"."""
    relative, unit = m.group(1), m.group(2)
    if article is None:
        return UNRESOLVED
    if unit in ("decade", "century") or (relative == "past" and unit != "weekend"):
        # "the past decade", "the past year": the span up to the article day, not a calendar period
        count = {"decade": 10, "century": 100}.get(unit, 1)
        step = "year" if unit in ("decade", "century") else unit
        if relative in ("last", "past", "previous"):
            return _range(_shift(article, -count, step), article)
        if relative in ("next", "coming"):
            return _range(article, _shift(article, count, step))
        return UNRESOLVED
    offset = {"last": -1, "past": -1, "previous": -1, "this": 0, "current": 0, "next": 1, "coming": 1}[relative]
    if unit == "weekend" and relative in ("this", "current"):
        return _weekend_by_tense(article, tense)
    return _period(article, unit, offset)


def _weekend_by_tense(article: dt.date, tense) -> DateValue:
    """"the weekend": the latest one up to the article day, or the next one in a future clause."""
    monday, _ = _week(article)
    saturday = monday + dt.timedelta(days=5)
    if tense == "future":
        return _range(saturday, saturday + dt.timedelta(days=1))
    if article < saturday:
        saturday -= dt.timedelta(days=7)
    return _range(saturday, saturday + dt.timedelta(days=1))


def _rule_the_weekend(m: re.Match, article, tense) -> DateValue:
    return _weekend_by_tense(article, tense) if article else UNRESOLVED


def _rule_part_of_period(m: re.Match, article, tense) -> DateValue:
    """"earlier this month" (range up to the article day), "later this year", "early next year"."""
    qualifier, relative, unit = m.group(1), m.group(2).replace("in the", "the"), m.group(3)
    if article is None:
        return UNRESOLVED
    if unit == "day":
        return DateValue(article.isoformat(), "day")
    if relative in ("this", "the", "current") and qualifier in ("earlier", "later"):
        if unit == "week":
            start, end = _week(article)
        elif unit == "month":
            start = article.replace(day=1)
            end = article.replace(day=calendar.monthrange(article.year, article.month)[1])
        else:
            start, end = dt.date(article.year, 1, 1), dt.date(article.year, 12, 31)
        return _range(start, article) if qualifier == "earlier" else _range(article, end)
    offset = {"last": -1, "previous": -1, "this": 0, "the": 0, "current": 0, "next": 1}[relative]
    return _period(article, unit, offset)


def _rule_ago(m: re.Match, article, tense) -> DateValue:
    """"10 years ago", "a week ago" (the point then, at the unit's precision)."""
    count_word, unit = m.group(1), lexicon()["units"][m.group(2)]
    count = _num(count_word) if count_word else None
    if count is None or article is None:
        return UNRESOLVED
    then = _shift(article, -count, unit)
    if unit in ("day", "week", "hour"):
        return DateValue(then.isoformat(), "day")
    if unit == "month":
        return DateValue(_iso_month(then.year, then.month), "month")
    return DateValue(f"{then.year:04d}", "year")


def _rule_edge_of(m: re.Match, article, tense) -> DateValue | None:
    """"the end of the year", "the beginning of March", "the end of 2024": the period itself."""
    rest = m.group(2)
    if rest in ("year", "month", "week"):
        return _period(article, rest, 0) if article else UNRESOLVED
    return _interpret(rest, article, tense)


def _rule_quarter(m: re.Match, article, tense) -> DateValue:
    ordinal, year = m.group(1), m.group(2)
    quarter = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
               "final": 4, "last": 4, "q1": 1, "q2": 2, "q3": 3, "q4": 4}[ordinal]
    if year is None:
        if article is None:
            return UNRESOLVED
        year = article.year
    start = dt.date(int(year), 3 * quarter - 2, 1)
    end = _add_months(start, 3) - dt.timedelta(days=1)
    return _range(start, end)


def _rule_holiday(m: re.Match, article, tense) -> DateValue:
    """A fixed-date holiday ("Christmas Day"), placed in a year like a day named without one."""
    month, day = (int(part) for part in lexicon()["holidays"][m.group(1)].split("-"))
    year = int(m.group(2)) if m.group(2) else None
    if year is None:
        if article is None:
            return UNRESOLVED
        year = _year_of(article, month, day, None, tense)
    return DateValue(dt.date(year, month, day).isoformat(), "day")


def _rule_season_year(m: re.Match, article, tense) -> DateValue:
    return DateValue(m.group(1), "year")


def _rule_unresolved(m: re.Match, article, tense) -> DateValue:
    return UNRESOLVED


def _rule_not_a_date(m: re.Match, article, tense) -> None:
    return NOT_A_DATE


@functools.cache
def _rules() -> list[tuple[re.Pattern, object]]:
    lex = lexicon()
    month = "(?P<month>" + "|".join(sorted(lex["months"], key=len, reverse=True)) + ")"
    weekday = "(" + "|".join(lex["weekdays"]) + ")"
    part_names = "|".join(lex["day_parts"])
    parts = f"(?:{part_names})"
    units = "(" + "|".join(sorted(lex["units"], key=len, reverse=True)) + ")"
    number = r"(\d[\d,]*|" + "|".join(sorted(lex["numbers"], key=len, reverse=True)) + ")"
    vague = "(?:" + "|".join(lex["vague_numbers"]) + ")"
    seasons = "(?:" + "|".join(lex["seasons"]) + ")"
    holidays = "|".join(re.escape(name) for name in sorted(lex["holidays"], key=len, reverse=True))
    edge = r"(?:(?:early|mid|late|(?:the )?(?:end|beginning|start|middle) of)[- ])?"
    relative = r"(?:(?P<rel>last|this|next|past|coming|previous|current) )?"
    day = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
    year = r"(?P<year>(?:1[5-9]|20)\d\d)"
    table: list[tuple[str, object]] = [
        (r"(\d{4})-(\d{2})(?:-(\d{2}))?", _rule_iso),
        (rf"(yesterday|today|tonight|tomorrow)(?: ({part_names}))?", _rule_deictic_day),
        (rf"(this|last) ({part_names})", _rule_deictic_day),
        (rf"(?:(last|this|next|past|coming|current) )?{weekday}(?: {parts})?", _rule_weekday),
        (rf"{edge}{relative}{month}(?: {day})?(?: (?:of )?{year})?", _rule_month),
        (rf"{edge}{month}(?: {day})? (?:of )?(last|this|next) year", _rule_month_of_relative_year),
        (rf"{edge}(?:the )?{day} (?:of )?{month}(?: {year})?", _rule_month),
        (r"(?:early|mid|late)?-? ?((?:1[5-9]|20)\d\d)", _rule_year),
        (r"(?:between |from )?((?:1[5-9]|20)\d\d) ?(?:-|to|and|through|until) ?((?:1[5-9]|20)?\d\d)",
         _rule_year_range),
        (r"(?:early |mid-?|late )?((?:1[5-9]|20)\d)0s", _rule_decade),
        (rf"(?:early |late )?(?:the )?{seasons}(?: of)? ((?:1[5-9]|20)\d\d)", _rule_season_year),
        (rf"({holidays})(?: ((?:1[5-9]|20)\d\d))?", _rule_holiday),
        (r"(last|past|previous|this|current|next|coming) (week|month|year|weekend|decade|century)",
         _rule_calendar_period),
        (rf"(?:the )?(past|last|previous|next|coming|following) (?:{number} )?{units}", _rule_span_of_units),
        (r"weekend", _rule_the_weekend),
        (r"(earlier|later|early|late) (this|last|next|previous|current|in the) (week|month|year|day)",
         _rule_part_of_period),
        (rf"{number} {units} ago", _rule_ago),
        (r"(?:((?:the )?(?:end|beginning|start|middle)) of) (?:the |this )?(.+)", _rule_edge_of),
        (r"(?:the )?(first|second|third|fourth|final|last|1st|2nd|3rd|4th) quarter(?: of ((?:19|20)\d\d))?",
         _rule_quarter),
        (r"(q[1-4])(?: ((?:19|20)\d\d))?", _rule_quarter),
        # Anchored to something other than the article date, or too vague to place: kept, unresolved.
        (rf"(?:{number} |{vague} |a {vague} )?{units} (?:before|after|earlier|later|prior|on)(?: .*)?",
         _rule_unresolved),
        (rf"(?:the )?(?:past |last |next |coming |recent )?{vague}(?: of)? {units}", _rule_unresolved),
        (rf"{units} ago", _rule_unresolved),
        (r"(?:the )?(?:next|following|previous|same|preceding) (?:day|morning|night|evening|week|month|year)",
         _rule_unresolved),
        (r"(?:that|the) (?:day|week|month|year|time|night)|(?:the )?day before|(?:the )?day after", _rule_unresolved),
        (rf"(?:early |late )?(?:this |last |next |the )?{seasons}", _rule_unresolved),
        # Durations and frequencies: not points in time.
        (rf"(?:about |some |nearly |almost |more than |less than |at least |over |up to |around |roughly |just |only )?"
         rf"(?:{number}|{vague}|\d+)(?:[- ]and[- ]a[- ]half)?[- ]{units}(?:[- ](?:old|long))?", _rule_not_a_date),
        (rf"{units}", _rule_not_a_date),
        (r".*\b(?:year|month|week|day)-(?:old|long)\b.*|.*\byears? old\b.*", _rule_not_a_date),
        (r"(?:annual|annually|daily|weekly|monthly|yearly|quarterly|overnight|age|ages)", _rule_not_a_date),
    ]
    return [(re.compile(pattern), rule) for pattern, rule in table]


NUMERIC_DATE = re.compile(r"\d{1,4}[/.]\d{1,2}[/.]\d{2,4}")


def _fallback(text: str, words: str, article: dt.date | None, tense: Tense | None) -> DateValue:
    """dateparser, for absolute numeric dates the rules do not read ("10/18/2023"): it is slow and
    guesses freely on anything else ("33" -> 1933), so nothing else reaches it."""
    if NUMERIC_DATE.fullmatch(words) is None:
        return NO_RULE
    return _dateparser(words)


@functools.lru_cache(maxsize=4096)
def _dateparser(words: str) -> DateValue:
    try:
        data = _date_data_parser().get_date_data(words)
    except Exception:  # noqa: BLE001  (dateparser raises assorted errors on odd input; it is a fallback)
        return UNRESOLVED
    if data is None or data.date_obj is None:
        return UNRESOLVED
    day = data.date_obj.date()
    if data.period == "year":
        return DateValue(f"{day.year:04d}", "year")
    if data.period == "month":
        return DateValue(_iso_month(day.year, day.month), "month")
    if data.period == "day":
        return DateValue(day.isoformat(), "day")
    return UNRESOLVED


@functools.cache
def _date_data_parser():
    import dateparser

    return dateparser.date.DateDataParser(languages=["en"], settings={"PREFER_DAY_OF_MONTH": "first"})


# --- tense of the clause a date sits in ----------------------------------------------------------

# "would" is left out: in reported speech it is as often past by the article date ("said the ship
# would leave in early February", in a March article) as future.
FUTURE_AUXILIARIES = frozenset({"will", "'ll", "shall", "wo"})
FUTURE_LEMMAS = frozenset({"plan", "schedule", "due", "expect", "set", "intend", "prepare", "aim", "hope"})


def clause_tense(span: Span | Token) -> Tense | None:
    """The tense of the clause governing a span: "past" (VBD, perfect), "future" (will/would, going
    to, due/scheduled/set to) or "present"; None when no verb governs it."""
    token = span.root if isinstance(span, Span) else span
    verb = token
    steps = 0
    while verb.pos_ not in ("VERB", "AUX") and verb.head is not verb and steps < 6:
        verb = verb.head
        steps += 1
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    # "is due to travel on Friday", "plans to meet next week", "is going to vote on Monday"
    chain = [verb]
    while chain[-1].dep_ in ("xcomp", "ccomp") and chain[-1].head is not chain[-1] and len(chain) < 3:
        chain.append(chain[-1].head)
    for v in chain:
        auxiliaries = [c for c in v.children if c.dep_ in ("aux", "auxpass")]
        if any(a.lower_ in FUTURE_AUXILIARIES for a in auxiliaries):
            return "future"
        if v is not verb and (v.lemma_ in FUTURE_LEMMAS or v.lower_ == "going"):
            return "future"
        if v.lower_ == "due" or any(c.lower_ == "due" for c in v.children if c.dep_ in ("acomp", "attr")):
            return "future"
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxiliaries):
        return "past"
    if verb.tag_ == "VBN" and any(a.lemma_ == "have" for a in auxiliaries):
        return "past"
    if verb.tag_ == "VBN" and verb.dep_ in ("acl", "relcl", "advcl"):
        return "past"  # "the deal signed on Tuesday"
    if verb.tag_ == "VBN" and not auxiliaries:
        return "past"  # a participle with no auxiliary heading a clause is a past the tagger misread
        # ("Hundreds of workers protested in Nairobi on Monday")
    return "present"


# --- finding: Matcher patterns and the NER --------------------------------------------------------

YEAR_SHAPES = ["dddd"]
DAY_SHAPES = ["d", "dd", "dxx", "ddxx"]
# Token shapes that can start or anchor a date expression: a year, a decade ("1990s"), "mid-2022".
ANCHOR_SHAPES = ["dddd", "ddddx", "xxx-dddd", "xxxx-dddd"]
DECADE = re.compile(r"(?:1[5-9]|20)\d0s")
QUALIFIED_YEAR = re.compile(r"(?:mid|early|late)-(?:1[5-9]|20)\d\d")
WINDOW_BEFORE, WINDOW_AFTER = 5, 6  # tokens around an anchor the longest pattern can reach


def month_forms() -> list[str]:
    """Month names and abbreviations as written ("March", "Oct.", "Sept"): capitalised."""
    forms = []
    for name in lexicon()["months"]:
        forms.append(name.capitalize())
        if len(name) <= 4 and name not in ("may", "june", "july"):
            forms.append(name.capitalize() + ".")
    return forms


def anchor_words() -> list[str]:
    """Lowercase words without which no pattern matches: the Matcher runs only around them."""
    lex = lexicon()
    words = {form.lower() for form in month_forms()}
    words.update(lex["weekdays"], lex["units"], lex["day_parts"], lex["seasons"])
    words.update(["yesterday", "today", "tomorrow", "tonight", "weekend", "ago", "quarter", "between"])
    return sorted(words)


def date_patterns() -> dict[str, list[list[dict]]]:
    """Matcher patterns for the date expressions the small NER misses or mis-segments."""
    lex = lexicon()
    months = {"ORTH": {"IN": month_forms()}}
    weekdays = {"LOWER": {"IN": list(lex["weekdays"])}}
    part = {"LOWER": {"IN": lex["day_parts"]}}
    units = {"LOWER": {"IN": list(lex["units"])}}
    number = {"LOWER": {"IN": list(lex["numbers"])}}
    vague = {"LOWER": {"IN": ["few", "several", "couple"]}}
    digits = {"LIKE_NUM": True, "SHAPE": {"NOT_IN": YEAR_SHAPES}}
    year = {"SHAPE": {"IN": YEAR_SHAPES}}
    day = {"SHAPE": {"IN": DAY_SHAPES}}
    edge = [{"LOWER": {"IN": ["early", "mid", "late"]}}, {"ORTH": "-", "OP": "?"}]
    month_rel = {"LOWER": {"IN": ["last", "this", "next"]}}
    back_or_forth = {"LOWER": {"IN": ["past", "last", "previous", "next", "coming"]}}
    the = {"LOWER": "the"}
    anchored = {"LOWER": {"IN": ["before", "after", "earlier", "later"]}}

    of = {"LOWER": "of"}
    month_bodies = [
        [months, day, {"ORTH": ","}, year], [months, day, year], [months, day], [months, year], [months],
        [day, of, months, year], [day, months, year], [day, of, months], [day, months],
    ]
    month_patterns = []
    for body in month_bodies:
        month_patterns += [body, [month_rel, *body], [*edge, *body]]
    for body in ([months], [months, day], [day, of, months]):  # "July last year"
        month_patterns += [[*body, month_rel, {"LOWER": "year"}], [*edge, *body, month_rel, {"LOWER": "year"}]]
    period_heads = [[back_or_forth], [the, back_or_forth]]
    period = {"LOWER": {"IN": ["week", "month", "year"]}}
    this_last_next = {"LOWER": {"IN": ["this", "last", "next"]}}
    quarter = [{"LOWER": {"IN": ["first", "second", "third", "fourth", "final"]}}, {"LOWER": "quarter"}]
    edge_of = [{"LOWER": {"IN": ["end", "beginning", "start", "middle"]}}, of]
    in_the = [{"LOWER": {"IN": ["earlier", "later"]}}, {"LOWER": "in"}, the]
    return {
        "DEICTIC": [
            [{"LOWER": {"IN": ["yesterday", "today", "tomorrow", "tonight"]}}],
            [{"LOWER": {"IN": ["yesterday", "today", "tomorrow", "tonight"]}}, part],
            [{"LOWER": {"IN": ["this", "last"]}}, part],
        ],
        "WEEKDAY": [
            [weekdays], [weekdays, part],
            [{"LOWER": {"IN": ["last", "this", "next", "past", "coming"]}}, weekdays],
            [{"LOWER": {"IN": ["last", "this", "next", "past", "coming"]}}, weekdays, part],
        ],
        "MONTH": month_patterns,
        "YEAR": [
            [year],
            [{"SHAPE": {"IN": ["xxx-dddd", "xxxx-dddd"]}}],  # "mid-2022", checked in _is_year
            [*edge, year],
            [year, {"ORTH": {"IN": ["-", "\u2013", "to", "through"]}}, year],
            [{"LOWER": "between"}, year, {"LOWER": "and"}, year],
            [{"SHAPE": "ddddx"}], [the, {"SHAPE": "ddddx"}],  # "the 1990s", checked in _is_year
        ],
        "PERIOD": [
            *[[*head, {"LOWER": {"IN": ["week", "month", "year", "weekend", "decade", "century"]}}]
              for head in period_heads],
            *[[*head, count, units] for head in period_heads for count in (digits, number)],
            *[[*head, vague, units] for head in period_heads],
            *[[*head, vague, of, units] for head in period_heads],
            [{"LOWER": {"IN": ["this", "current"]}}, {"LOWER": {"IN": ["week", "month", "year", "weekend"]}}],
            [the, {"LOWER": "weekend"}],
            [{"LOWER": {"IN": ["earlier", "later", "early", "late"]}}, this_last_next, period],
            [*in_the, {"LOWER": {"IN": ["week", "month", "year", "day"]}}],
            [the, *edge_of, {"LOWER": {"IN": ["the", "this", "next", "last"]}}, period],
            [{"LOWER": {"IN": ["the", "this", "last", "next"]}}, *quarter],
            [{"LOWER": "recent"}, units],
        ],
        "AGO": [[digits, units, {"LOWER": "ago"}], [number, units, {"LOWER": "ago"}], [units, {"LOWER": "ago"}]],
        "ANCHORED": [  # "days before ...", "two weeks later": relative to another event, left unresolved
            # the count is never year-shaped: "in 2022 days before" is a year and "days before"
            [{"LOWER": {"IN": ["days", "weeks", "months", "years", "hours"]}}, anchored],
            [digits, units, anchored],
            [number, units, anchored],
        ],
    }


class DatesStage:
    """Finds temporal expressions, resolves them against the article date, writes them."""

    def __init__(self, nlp: Language) -> None:
        self.matcher = Matcher(nlp.vocab)
        for label, patterns in date_patterns().items():
            self.matcher.add(label, patterns)
        # The Matcher is the costly part; it only runs on windows around these cheap anchors.
        self.anchor_words = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.anchor_words.add("WORD", [nlp.make_doc(word) for word in anchor_words()])
        self.anchor_shapes = PhraseMatcher(nlp.vocab, attr="SHAPE")
        shape_examples = ("2022", "1990s", "mid-2022", "late-2022")  # dddd, ddddx, xxx-dddd, xxxx-dddd
        self.anchor_shapes.add("SHAPE", [nlp.make_doc(example) for example in shape_examples])
        self.year_cues = frozenset(lexicon()["year_cues"])

    def __call__(self, doc: Doc) -> Doc:
        article = _as_date(doc._.article_date)
        records = []
        for span, from_matcher in find_date_spans(doc, self.matches(doc), self.year_cues):
            record = date_record(span, article, keep_unknown=from_matcher)
            if record is not None:
                records.append(record)
        doc._.dates = records
        return doc

    def matches(self, doc: Doc) -> list[tuple[int, int, int]]:
        """Matcher hits (doc token offsets), searched only in windows around anchor tokens."""
        hits = [*self.anchor_words(doc), *self.anchor_shapes(doc)]
        anchors = sorted({start for _match_id, start, _end in hits})
        windows: list[list[int]] = []
        for i in anchors:
            start, end = max(0, i - WINDOW_BEFORE), min(len(doc), i + WINDOW_AFTER)
            if windows and start <= windows[-1][1]:
                windows[-1][1] = max(windows[-1][1], end)
            else:
                windows.append([start, end])
        found = []
        for start, end in windows:
            found += [(match_id, start + s, start + e) for match_id, s, e in self.matcher(doc[start:end])]
        return found


@Language.factory("tidings_dates", assigns=["doc._.dates"], requires=["token.dep", "token.tag", "doc.ents"])
def make_dates(nlp: Language, name: str) -> DatesStage:
    return DatesStage(nlp)


def find_date_spans(
    doc: Doc, matches: list[tuple[int, int, int]], year_cues: frozenset[str]
) -> list[tuple[Span, bool]]:
    """Temporal expressions, non-overlapping, in text order, each flagged True when a pattern found it.

    The patterns' spans win over overlapping DATE entities (the NER's "2022 days" is "2022" and "days
    before"); entities no pattern touched are kept too ("the 19th century")."""
    date_tokens = {i for ent in doc.ents if ent.label_ == "DATE" for i in range(ent.start, ent.end)}
    found: list[Span] = []
    for match_id, start, end in matches:
        span = Span(doc, start, end, label=match_id)
        if span.label_ == "YEAR" and not _is_year(span, date_tokens, year_cues):
            continue
        if span.label_ == "MONTH" and not _is_month(span, date_tokens):
            continue
        found.append(span)
    spans = [(span, True) for span in filter_spans(found)]
    covered = {i for span, _ in spans for i in range(span.start, span.end)}
    for ent in doc.ents:
        if ent.label_ == "DATE" and not any(i in covered for i in range(ent.start, ent.end)):
            spans.append((ent, False))
    return sorted(spans, key=lambda pair: pair[0].start)


def _is_year(span: Span, date_tokens: set[int], year_cues: frozenset[str]) -> bool:
    """A four-digit number is a year in "in 2022" or "the 2022 elections", not in "2000 troops"."""
    token = next(token for token in span if "d" in token.shape_)  # the (first) year of the span
    text = token.text
    if not (text.isascii() and text.isdecimal()):  # "1990s", "mid-2022", "²022": only the real thing
        return bool(DECADE.fullmatch(text) or QUALIFIED_YEAR.fullmatch(text.lower()))
    if not 1500 <= int(text) <= 2100:
        return False
    if len(span) > 1 or token.i in date_tokens:  # "2019-2021", "between 2019 and 2021", "mid 2022"
        return True
    previous = token.nbor(-1) if token.i > 0 else None
    if previous is not None and previous.lower_ in year_cues:
        return True
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    # "the 2022 elections" / "its 2019 report": a determiner and a noun around a bare year.
    if previous is not None and previous.tag_ in ("DT", "PRP$") and following is not None and following.pos_ == "NOUN":
        return previous.lower_ not in ("a", "an", "another")
    return False


def _is_month(span: Span, date_tokens: set[int]) -> bool:
    """"May" and "March" are also a verb and a noun, "Jun" and "Jan" given names: a month alone
    counts only with support (the NER's DATE label, a qualifier or a preposition before it)."""
    if any(token.shape_[:1] == "d" for token in span):  # "March 3", "May 2021", "3 March"
        return True
    month = next(token for token in span if token.text.lower().rstrip(".") in lexicon()["months"])
    if month.i in date_tokens:
        return True
    if len(month.text) <= 4 and not month.text.endswith(".") and month.lower_ not in ("may", "june", "july"):
        return False  # "Jun", "Jan", "Mar" alone are names and words more often than months
    if len(span) > 1:  # "last March", "mid-March"
        return True
    if month.lower_ not in ("may", "march"):
        return True
    previous = month.nbor(-1).lower_ if month.i > 0 else ""
    return previous in ("in", "since", "until", "by", "of", "during", "from", "before", "after", "through")


ENDPOINT_PREPOSITIONS = frozenset({"until", "till", "by", "through", "before"})


def date_record(span: Span, article: dt.date | None, *, keep_unknown: bool = True) -> dict | None:
    """The DateMention dict of one span; None for a duration or frequency, and for an expression no
    rule knows unless ``keep_unknown``."""
    tense = clause_tense(span)
    before = span.doc[span.start - 1].lower_ if span.start > 0 else ""
    if before in ENDPOINT_PREPOSITIONS:
        tense = None  # "delayed until April 2": the clause's tense says nothing about the date's side
    elif before == "since":
        tense = "past"  # "has conducted 13 tests since May"
    found = _interpret(span.text, article, tense)
    if found is NOT_A_DATE or (found is NO_RULE and not keep_unknown):
        return None
    return {
        "text": span.text,
        "start": span.start_char,
        "end": span.end_char,
        "value": found.value,
        "precision": found.precision,
        "resolved": found.resolved,
    }
