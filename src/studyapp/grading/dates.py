"""Dates: month names, ISO, dotted and slashed dates read in the learner's date order,
and year ranges ("1939-45").

Own small parser rather than dateutil: it must say which parts were written
(a year, a month, a day) and whether a numeric date could be read two ways.
"""

from __future__ import annotations

import re

from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from studyapp.grading.numbers import clean, parse_number_words, strip_surrounding
from studyapp.grading.text import lazy_re

DATE_ORDERS = ("dmy", "mdy", "ymd")
_ENGLISH_MONTHS = "january february march april may june july august september october november december".split()
_MONTHS = {
    **{name: number for number, name in enumerate(_ENGLISH_MONTHS, 1)},
    **{name[:3]: number for number, name in enumerate(_ENGLISH_MONTHS, 1)}, "sept": 9,
    # a few spellings learners of this audience use
    "janvier": 1, "fevrier": 2, "février": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7,
    "aout": 8, "août": 8, "septembre": 9, "octobre": 10, "novembre": 11, "decembre": 12, "décembre": 12,
}  # fmt: skip
_MONTH = "(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>\d{4})"
_NAMED = [
    lazy_re(rf"{_DAY}\s*(?:of\s+)?{_MONTH},?\s*{_YEAR}"),  # 14 May 1948, 14th of May, 1948
    lazy_re(rf"{_MONTH}\s*{_DAY},?\s*{_YEAR}"),  # May 14, 1948
    lazy_re(rf"{_MONTH},?\s*(?:of\s+)?{_YEAR}"),  # May 1948
    lazy_re(rf"{_YEAR},?\s*{_MONTH}\s*{_DAY}"),  # 1948 May 14
]
_HYPHEN_NAME = lazy_re(r"(?<=\d)-(?=[a-z])|(?<=[a-z])-(?=\d)")
_ANY_YEAR = 2000  # a leap year, so 29 February reads
_NO_YEAR = [lazy_re(rf"{_DAY}\s*(?:of\s+)?{_MONTH}"), lazy_re(rf"{_MONTH}\s*{_DAY}")]
_NUMERIC_NO_YEAR = lazy_re(r"(?P<a>\d{1,2})/(?P<b>\d{1,2})|(?P<c>\d{1,2})\.(?P<d>\d{1,2})\.")
_MONTH_YEAR = lazy_re(r"(?P<month>\d{1,2})[/.](?P<year>\d{4})")
_ISO = lazy_re(r"(?P<year>\d{4})-(?P<month>\d{1,2})(?:-(?P<day>\d{1,2}))?")
_NUMERIC = lazy_re(r"(?P<a>\d{1,4})(?P<sep>[./\-])(?P<b>\d{1,2})(?P=sep)(?P<c>\d{4}|\d{2})")
_RANGE = lazy_re(
    r"(?:from\s+|between\s+)?(?P<start>1\d{3}|20\d{2})\s*(?:-|/|to|until|till|through|and)\s*(?P<end>\d{4}|\d{2}|\d)"
)  # "2004-5" as the fiscal years are written: 2004 to 2005


@dataclass(frozen=True, slots=True)
class DateReading:
    """A date as read in the learner's order, and the other reading when the digits allow two."""

    value: date
    precision: str  # "year" | "month" | "day"
    other: date | None = None


def month_number(word: str) -> int | None:
    """1-12 for a month's name or its abbreviation ("jul", "sept."), else None."""
    return _MONTHS.get(word.strip().rstrip("."))


def month_name(number: int) -> str:
    """The English name of month 1-12, as the grader reads it (lower case)."""
    return _ENGLISH_MONTHS[number - 1]


def _make(year: int, month: int, day: int | None) -> date | None:
    try:
        return date(year, month, day or 1)
    except ValueError:
        return None


def _two_digit_year(text: str) -> int:
    year = int(text)
    if len(text) == 2:
        year += 1900 if year > 40 else 2000
    return year


_DAY_ORDINALS = (
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth "
    "fifteenth sixteenth seventeenth eighteenth nineteenth twentieth"
).split()
_ORDINAL_DAY = lazy_re(
    r"\b(?:the\s+)?(?:(twenty|thirty)[-\s])?(" + "|".join(_DAY_ORDINALS) + r"|thirtieth)\b(?=\s+(?:of\s+)?[a-z])", re.IGNORECASE
)


def _spell_day(text: str) -> str:
    """"twenty-second of September 2024" -> "22 of September 2024": a day said as an ordinal word."""

    def day(match: re.Match[str]) -> str:
        word = match[2].casefold()
        value = 30 if word == "thirtieth" else _DAY_ORDINALS.index(word) + 1
        tens = {"twenty": 20, "thirty": 30}.get((match[1] or "").casefold(), 0)
        if tens and value > 9 or tens + value > 31:
            return match[0]
        return str(tens + value)

    return _ORDINAL_DAY.sub(day, text)


@lru_cache(maxsize=4096)
def read_date(text: str, date_order: str = "dmy") -> DateReading | None:
    """A calendar date with its precision, or None; a bare year is left to number parsing."""
    if not isinstance(text, str):
        return None
    text = strip_surrounding(clean(text)).replace(",", ", ")
    if "-" in text:  # "12-Jun-2026"
        text = _HYPHEN_NAME.sub(" ", text)
    text = " ".join(text.split())
    if not text or len(text) > 60 or not any(c.isdigit() for c in text):
        return None
    if "th" in text or "st" in text or "nd" in text or "rd" in text:
        text = _spell_day(text)
    for pattern in _NAMED:
        match = pattern.fullmatch(text)
        if match:
            parts = match.groupdict()
            day = int(parts["day"]) if parts.get("day") else None
            value = _make(int(parts["year"]), _MONTHS[parts["month"]], day)
            if value is None:
                return None
            return DateReading(value, "day" if day else "month")
    for pattern in _NO_YEAR:
        match = pattern.fullmatch(text)
        if match:  # "26 July", "July 26": a day of the year, for answers that give no year
            value = _make(_ANY_YEAR, _MONTHS[match["month"]], int(match["day"]))
            return DateReading(value, "daymonth") if value else None
    match = _NUMERIC_NO_YEAR.fullmatch(text)
    if match:
        first, second = int(match["a"] or match["c"]), int(match["b"] or match["d"])
        day, month = (first, second) if date_order != "mdy" else (second, first)
        value = _make(_ANY_YEAR, month, day)
        swapped = _make(_ANY_YEAR, day, month) if day != month else None
        if value is None:
            return DateReading(swapped, "daymonth") if swapped else None
        return DateReading(value, "daymonth", swapped)
    match = _MONTH_YEAR.fullmatch(text)
    if match:  # "09/2016": a month and a year, one reading whatever the setting
        value = _make(int(match["year"]), int(match["month"]), None)
        return DateReading(value, "month") if value else None
    match = _ISO.fullmatch(text)
    if match:
        day = int(match["day"]) if match["day"] else None
        value = _make(int(match["year"]), int(match["month"]), day)
        return DateReading(value, "day" if day else "month") if value else None
    match = _NUMERIC.fullmatch(text)
    if match:
        a, b, c = match["a"], int(match["b"]), match["c"]
        if len(a) == 4:  # 2026.06.12: year first whatever the setting
            if len(c) != 2 and len(c) != 1 and len(c) != 4:
                return None
            value = _make(int(a), b, int(c)) if len(c) <= 2 else None
            return DateReading(value, "day") if value else None
        if len(a) > 2:
            return None
        year = _two_digit_year(c)
        first, second = int(a), b
        order = date_order if date_order in ("dmy", "mdy") else "dmy"
        day, month = (first, second) if order == "dmy" else (second, first)
        value = _make(year, month, day)
        swapped = _make(year, day, month) if day != month else None
        if value is None:  # 13/06 read month-first cannot be: only one reading exists
            return DateReading(swapped, "day") if swapped else None
        return DateReading(value, "day", swapped)
    return None


def parse_date(text: str, date_order: str = "dmy") -> tuple[date, str] | None:
    """(date, precision) for text that clearly is a calendar date; None otherwise.

    A bare year is left to number parsing; a date without a year or with a time is refused.
    A numeric date is read in ``date_order`` ("dmy" by default).
    """
    reading = read_date(text, date_order)
    if reading is None or reading.precision == "daymonth":  # no year: only the grader compares those
        return None
    return reading.value, reading.precision


@lru_cache(maxsize=2048)
def parse_year_range(text: str) -> tuple[int, int] | None:
    """"1939-45", "1939 to 1945", "from 1939 to 1945" -> (1939, 1945)."""
    if not isinstance(text, str):
        return None
    text = " ".join(strip_surrounding(clean(text)).split())
    match = _RANGE.fullmatch(text)
    if not match:
        return None
    start = int(match["start"])
    end_text = match["end"]
    end = int(end_text) if len(end_text) == 4 else start // 10 ** len(end_text) * 10 ** len(end_text) + int(end_text)
    if len(end_text) < 4 and end < start:
        end += 10 ** len(end_text)
    if end <= start:
        return None
    return start, end


_RANK = {"year": 0, "month": 1, "day": 2}


def same_date(given: date, given_precision: str, expected: date, expected_precision: str) -> bool:
    """Compare at the answer's precision; a more precise response is fine, a vaguer one is not.
    "daymonth" is a day written without a year: it matches only an answer that gives none either."""
    if expected_precision == "daymonth":
        return given_precision in ("day", "daymonth") and (given.month, given.day) == (expected.month, expected.day)
    if given_precision == "daymonth":
        return False
    if _RANK[given_precision] < _RANK[expected_precision]:
        return False
    if given.year != expected.year:
        return False
    if expected_precision in ("month", "day") and given.month != expected.month:
        return False
    return expected_precision != "day" or given.day == expected.day


def describe(value: date, precision: str) -> str:
    if precision == "daymonth":
        return f"{value.day} {value.strftime('%B')}"
    if precision == "year":
        return str(value.year)
    if precision == "month":
        return value.strftime("%B %Y")
    return f"{value.day} {value.strftime('%B %Y')}"


_CLOCK_HEDGE = lazy_re(
    r"^\s*(?:(?:i think|probably)\s+)?(?:at\s+)?(?:around|about|roughly|approximately|approx\.?|nearly|(?:just|shortly|soon|a little|a few minutes) (?:after|before))\s+",
    re.IGNORECASE,
)
_CLOCK_12 = lazy_re(r"\s*(?:at\s+)?(\d{1,2})(?:[:.](\d{2}))?\s*(a\.?\s?m\.?|p\.?\s?m\.?)(?:\s+(?:ist|gmt|utc|local time))?\s*[.!]?\s*", re.IGNORECASE)
_CLOCK_24 = lazy_re(r"\s*(?:at\s+)?(\d{1,2})[:.](\d{2})\s*(?:hrs|hours|h)?(?:\s+(?:ist|gmt|utc|local time))?\s*[.!]?\s*", re.IGNORECASE)
_CLOCK_PART = lazy_re(r"\s*(?:at\s+)?(\d{1,2})[:.](\d{2})\s+(in the morning|in the afternoon|in the evening|at night)\s*[.!]?\s*", re.IGNORECASE)
_CLOCK_HRS = lazy_re(r"\s*(?:at\s+)?(\d{2})(\d{2})\s*(?:hrs|hours|h)(?:\s+(?:ist|gmt|utc))?\s*[.!]?\s*", re.IGNORECASE)
_CLOCK_WORDS = lazy_re(
    r"\s*(?:at\s+)?(?:(?:a\s+)?(half|quarter|\d{1,2}|[a-z]+(?:[\s-][a-z]+)?)(?:\s+minutes?)?\s+(past|to|after)\s+)?(\w+)(?:\s+o['’]?clock)?"
    r"(?:\s+(in the morning|in the afternoon|in the evening|at night|noon|a\.?\s?m\.?|p\.?\s?m\.?))?\s*[.!]?\s*",
    re.IGNORECASE,
)
_NOON = lazy_re(r"\s*(?:at\s+)?(?:(?:12|twelve)(?:[:.]00)?\s+)?(noon|midday|midnight)\s*[.!]?\s*", re.IGNORECASE)
""""noon", "12 noon", "midday", "midnight": a time of day in words."""
_HOUR_WORDS = {w: n for n, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve".split())}


def read_clock(text: str) -> tuple[int, bool] | None:
    """A time of day as minutes after midnight, and whether the half of the day is said: "1 PM", "13:00",
    "0830 hrs", "half past eight in the morning"; a hedge before it is the learner's ("around 2.30 pm"). None for anything else."""
    if text.lstrip()[:1].casefold() in ("a", "r", "n", "j", "i", "p", "s"):  # the first letters of the hedges: off the common path
        text = _CLOCK_HEDGE.sub("", text, count=1)
    if text[-1:].casefold() in ("n", "y", "t", ".", "!", " ") and (m := _NOON.fullmatch(text)) is not None:
        return (0 if m[1].casefold() == "midnight" else 12 * 60), True
    if (m := _CLOCK_12.fullmatch(text)) is not None:
        hour, minute = int(m[1]), int(m[2] or 0)
        if not 1 <= hour <= 12 or minute > 59:
            return None
        return (hour % 12 + (12 if m[3].casefold().startswith("p") else 0)) * 60 + minute, True
    if (m := _CLOCK_PART.fullmatch(text)) is not None:  # "6.07 in the evening"
        hour, minute = int(m[1]), int(m[2])
        if not 1 <= hour <= 12 or minute > 59:
            return None
        later = m[3].casefold() in ("in the afternoon", "in the evening") or m[3].casefold() == "at night" and hour >= 6
        return (hour % 12 + (12 if later else 0)) * 60 + minute, True
    if (m := _CLOCK_24.fullmatch(text) or _CLOCK_HRS.fullmatch(text)) is not None:
        hour, minute = int(m[1]), int(m[2])
        if hour > 23 or minute > 59:
            return None
        return hour * 60 + minute, hour > 12 or hour == 0 or bool(re.search(r"hrs|hours|\bh\b", text, re.IGNORECASE))
    if (m := _CLOCK_WORDS.fullmatch(text)) is not None and (m[1] or m[4] or "clock" in text.casefold()):
        word = m[3].casefold()
        hour = _HOUR_WORDS.get(word, int(word) if word.isdigit() else -1)
        if not 1 <= hour <= 12:
            return None
        minutes = _clock_minutes_said(m[1])
        if minutes is None:
            return None
        total = hour % 12 * 60 + (minutes if (m[2] or "past").casefold() == "past" else -minutes)
        half = (m[4] or "").casefold()
        if half in ("in the afternoon", "in the evening") or half == "at night" and hour < 12 and hour >= 6 or half[:1] == "p":
            total += 12 * 60  # "a quarter to ten p.m."
        return total % (24 * 60), bool(half)
    return None


def _clock_minutes_said(said: str | None) -> int | None:
    """The minutes before "past" or "to": "half", "quarter", "ten", "twenty-five", "10"; None when not minutes."""
    if said is None:
        return 0
    word = said.casefold()
    if word in ("half", "quarter"):
        return 30 if word == "half" else 15
    if word.isdigit():
        return int(word) if 1 <= int(word) <= 30 else None
    read = parse_number_words(re.split(r"[\s-]+", word))
    if read is None or read[3] != len(re.split(r"[\s-]+", word)) or read[2] or not 1 <= read[0] <= 30 or read[0] != int(read[0]):
        return None
    return int(read[0])


def _side(text: str) -> str | None:
    """"after" or "before" where a hedge puts the time on one side of the hour said ("shortly after 9 pm")."""
    hedge = _CLOCK_HEDGE.match(text)
    return None if hedge is None else "after" if "after" in hedge[0].casefold() else "before" if "before" in hedge[0].casefold() else None


def same_clock(typed: str, answer: str) -> bool | None:
    """True or False when both are times of day (a time without its half of the day matches either half), else None."""
    expected, given = read_clock(answer), read_clock(typed)
    if expected is None or given is None:
        return None
    if {_side(answer), _side(typed)} == {"after", "before"}:
        return False  # "just before 9 pm" where the answer is shortly after
    if given[1] or not expected[1]:
        return given[0] == expected[0]
    return given[0] % (12 * 60) == expected[0] % (12 * 60)


_CLOCK_ANSWER = lazy_re(
    r"\d\s*(?:a\.?\s?m\b|p\.?\s?m\b)|\d\s*(?:hrs|hours)\b|^\s*(?:12\s+)?(?:noon|midday|midnight)\s*$|^\s*(?:[01]?\d|2[0-3]):[0-5]\d\s*$", re.IGNORECASE
)
"""An answer that is a time of day: "1 PM", "0830 hrs", "noon", "17:00" (a colon and two digits: not "17.00", a price)."""


@lru_cache(maxsize=64)  # one entry per question, as answer_forms: read while the question is read, not on each response
def _a_clock_answer(answers: tuple[str, ...]) -> bool:
    return any(_CLOCK_ANSWER.search(a) for a in answers)


def clock_verdict(typed: str, answers: list[str]) -> bool | None:
    """Right or wrong when the answer is a time of day and the learner typed one ("13:00" for 1 PM, "1 AM" not), else None."""
    if not _a_clock_answer(tuple(answers)):
        return None
    read = [(a, r) for a in answers if (r := read_clock(a)) is not None]
    if any(r[1] for _, r in read):
        answers = [a for a, r in read if r[1]]  # "4 o'clock" accepted beside "4 o'clock in the afternoon": the afternoon it is
    verdicts = [v for a in answers if (v := same_clock(typed, a)) is not None]
    return any(verdicts) if verdicts else None
