"""Days known by their name: "Boxing Day 1899" is 26 December 1899, "Good Friday, 21 April 1916" is right where the
answer is 21 April 1916, and "Christmas Eve, 25 December 1936" says two different days.

Fixed feasts come from the calendar; Easter's from ``dateutil.easter`` (already a dependency): the Gregorian date,
and before 1753, when Britain changed calendars, the Julian one too, since sources give either. A day each country
names for itself ("Independence Day", "Republic Day") is only read beside a date it can be (India's 15 August and
26 January, the United States' 4 July), never turned into one.
"""

from __future__ import annotations

import re
from datetime import timedelta
from functools import lru_cache

from studyapp.grading.dates import month_name, read_date
from studyapp.grading.text import lazy_re

_FIXED = {
    "new year's day": (1, 1), "new year's eve": (12, 31), "christmas day": (12, 25), "christmas": (12, 25),
    "christmas eve": (12, 24), "boxing day": (12, 26), "may day": (5, 1), "armistice day": (11, 11),
    "remembrance day": (11, 11), "veterans day": (11, 11), "bastille day": (7, 14), "valentine's day": (2, 14),
    "patrick's day": (3, 17), "all saints' day": (11, 1), "all souls' day": (11, 2), "halloween": (10, 31),
    "guy fawkes night": (11, 5), "bonfire night": (11, 5), "epiphany": (1, 6), "candlemas": (2, 2),
    "lady day": (3, 25), "michaelmas": (9, 29), "martinmas": (11, 11),
}  # fmt: skip
_FROM_EASTER = {
    "palm sunday": (-7,), "maundy thursday": (-3,), "good friday": (-2,), "holy saturday": (-1,),
    "easter saturday": (-1, 6), "easter sunday": (0,), "easter day": (0,), "easter": (0,), "easter monday": (1,),
    "ascension day": (39,), "whit sunday": (49,), "whitsunday": (49,), "pentecost": (49,), "whit monday": (50,),
}  # fmt: skip
_OWN_COUNTRY = {"independence day": ((8, 15), (7, 4)), "republic day": ((1, 26),)}


def _pattern(name: str) -> str:
    return re.escape(name).replace("'", "['’]?").replace(r"\ ", r"\s+").replace("s['’]?", "s?['’]?")


_NAMES = sorted([*_FIXED, *_FROM_EASTER, *_OWN_COUNTRY], key=len, reverse=True)
_HOLIDAY = lazy_re(
    rf"\b(?:(?:st\.?|saint)\s+)?({'|'.join(_pattern(n) for n in _NAMES)})\b"
    r"(?!['’]?s?\s+(?:rising|uprising|offensive|islands?|truce|rebellion|proclamation|week|term|raid|attack|bombing|"
    r"massacre|agreement|accords?|treaty|speech|address|message|offer|parade|revolt|mutiny|battle|campaign|riots?))",
    re.IGNORECASE,
)
_KEYS = {re.sub(r"[^a-z]", "", n): n for n in _NAMES}
_YEAR_AFTER = lazy_re(r"(?:\s+of)?,?\s+(\d{3,4})\b(?!\s*(?:st|nd|rd|th)\b)")
_MONTHS = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_A_DAY = lazy_re(
    rf"\b(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTHS}(?:,?\s+\d{{3,4}})?\b"
    rf"|\b{_MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?:,?\s+\d{{3,4}})?|\b\d{{1,2}}[./]\d{{1,2}}[./]\d{{2,4}}\b|\b\d{{1,2}}[./]\d{{1,2}}\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=256)
def _days(name: str, year: int) -> frozenset[tuple[int, int]]:
    """(month, day) the named day can be in that year: one, or two where the calendar or the usage differs."""
    if name in _FIXED:
        return frozenset({_FIXED[name]})
    if name in _OWN_COUNTRY:
        return frozenset(_OWN_COUNTRY[name])
    from dateutil.easter import EASTER_JULIAN, EASTER_WESTERN, easter  # only when an answer names an Easter feast

    sundays = [easter(year, EASTER_WESTERN)] if year >= 1583 else []
    if year < 1753:
        sundays.append(easter(year, EASTER_JULIAN))
    found = set()
    for sunday in sundays:
        for shift in _FROM_EASTER[name]:
            day = sunday + timedelta(days=shift)
            found.add((day.month, day.day))
    return frozenset(found)


def _tidy(text: str) -> str:
    text = re.sub(r"\(\s*\)|\(\s*|\s*\)", " ", text)
    text = re.sub(r"\s*,\s*(?:,\s*)+", ", ", text)
    text = re.sub(r"^\s*(?:,\s*)+|(?:\s*,)+\s*$", "", text)
    text = re.sub(r"\b(on|in)\s*,\s*", r"\1 ", text, flags=re.IGNORECASE)
    return " ".join(text.split())


def restate(text: str) -> tuple[str, str] | None:
    """The text with a named day said as its date (``(text, "")``), or why the two disagree (``("", reason)``):
    "Boxing Day 1899" -> "26 December 1899"; "Good Friday, 21 April 1916" -> "21 April 1916"; "Christmas Eve, 25
    December 1936" -> ("", "Christmas Eve was 24 December, not 25 December"). None when nothing is named or checkable."""
    found = _HOLIDAY.search(text)
    if found is None:
        return None
    name = _KEYS.get(re.sub(r"[^a-z]", "", found[1].casefold()))
    if name is None:
        return None
    before, after = text[: found.start()], text[found.end() :]
    year_said = _YEAR_AFTER.match(after)
    year = int(year_said[1]) if year_said else None
    rest = f"{before}, {after[year_said.end():] if year_said else after}"
    said = next((m for m in _A_DAY.finditer(rest) if (r := read_date(m[0].removeprefix("the "))) is not None and r.precision in ("day", "daymonth")), None)
    if said is None:
        if year is None or name in _OWN_COUNTRY or name == "easter" or len(days := _days(name, year)) != 1:
            return None  # "Independence Day 2021" alone: whose? "Easter 1525": a season, vaguer than a day
        month, day = next(iter(days))
        return _tidy(f"{before}{day} {month_name(month).title()} {year}{after[year_said.end():]}"), ""
    reading = read_date(said[0].removeprefix("the ").removeprefix("The "))
    if year is not None and reading.precision == "day" and reading.value.year != year:
        return "", f"'{found[0]} {year}' is in {year}, not {reading.value.year}"
    in_year = year or (reading.value.year if reading.precision == "day" else None)
    if in_year is None and name in _FROM_EASTER:
        return None  # "Good Friday, 14 April": Easter moves, and no year says which
    days = _days(name, in_year or 2001)
    if (reading.value.month, reading.value.day) not in days:
        if name in _OWN_COUNTRY:
            return None
        month, day = min(days)
        return "", f"{found[0].strip()} {'was' if in_year else 'is'} {day} {month_name(month).title()}, not {reading.value.day} {month_name(reading.value.month).title()}"
    whole = f"{said[0]} {year}" if year is not None and reading.precision == "daymonth" else said[0]
    return _tidy(rest[: said.start()] + whole + rest[said.end() :]), ""

