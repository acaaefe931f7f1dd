"""Ranges of figures and of days: "37 to 65 months", "between five and ten degrees", "6-7 March 2025".

A range is its two ends and its unit, whatever words join them ("to", "and", "-", "between").
The ends of a span of figures may come in either order ("-25 to -20" is "-20 to -25"); the unit
must agree. Year ranges ("1939-45") are read by ``dates.parse_year_range`` instead.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from studyapp.grading.dates import read_date
from studyapp.grading.numbers import clean, parse_quantity, strip_surrounding
from studyapp.grading.text import lazy_re

_LEAD = lazy_re(r"^(?:between|from|of|in|on|it was|range of|a range of)\s+")
_DIGITS_DASH = lazy_re(r"(?<=\d)\s*[-–]\s*(?=[-\d])")
_SPACED_DASH = lazy_re(r"(?<=[a-z.\d])\s+[-–—]\s+(?=[a-z\d])")


@dataclass(frozen=True, slots=True)
class FigureRange:
    low: float
    high: float
    unit: str | None  # the unit as written after the second end ("months", "degree_Celsius")


def _halves(text: str, lists: bool = False) -> tuple[str, str] | None:
    """The two ends; "and" joins them only after "between" ("8 and 15" is a list of two figures)
    unless ``lists`` (two days named: "6th and 7th March")."""
    text = strip_surrounding(clean(text)).strip()
    text = _DIGITS_DASH.sub(" to ", text)  # "5-10 °C", "06.03.2025-07.03.2025"; a sign after it stays
    text = _SPACED_DASH.sub(" to ", text)  # "12 Jul - 2 Aug 2024"
    between = False
    while (lead := _LEAD.match(text)) is not None:
        between = between or lead.group().startswith("between")
        text = text[lead.end():]
    joiners = "to|and|until|till|through" if between or lists else "to|until|till|through"
    parts = re.split(rf"\s+(?:{joiners})\s+", text)
    if len(parts) != 2 or not all(parts):
        return None
    return parts[0].strip(), parts[1].strip()


def read_figure_range(text: str) -> FigureRange | None:
    """Two figures joined as a span, and the unit after them; None for anything else."""
    if not any(c.isdigit() for c in text) and " and " not in text and " to " not in text:
        return None
    halves = _halves(text)
    if halves is None:
        return None
    first, second = parse_quantity(halves[0]), parse_quantity(halves[1])
    if first is None or second is None or first.ordinal or second.ordinal:
        return None
    if first.unit is not None and second.unit is not None and first.unit != second.unit:
        return None
    low, high = first.value, second.value
    if low < 0 < high and re.match(r"\s*(?:minus|−|-)\s*\d[\d.,]*\s*[-–]\s*\d", text, re.IGNORECASE) and (second.unit or first.unit or "").startswith("degree"):
        high = -high  # "minus 15-20 °C": both ends below zero, as a forecast says it
    if first.scale == 1 and second.scale > 1 and first.scale_word is None and first.value * second.scale <= second.value * 1.0001:
        low = first.value * second.scale  # "5 to 7 crore": the scale said once is both ends'
    return FigureRange(low, high, second.unit or first.unit)


@dataclass(frozen=True, slots=True)
class DayRange:
    start: date
    end: date
    has_year: bool


def read_day_range(text: str, date_order: str = "dmy") -> DayRange | None:
    """ "6-7 March 2025", "6 to 7 March", "6th and 7th March 2025", "6th & 7th March", "06.03.2025-07.03.2025"."""
    if "&" in text:
        text = re.sub(r"(?<=\w)\s*&\s*(?=\d)", " and ", text)
    text = re.sub(r"(?<=\d(?:st|nd|rd|th))\s*[-–]\s*(?=\d)", " to ", text)  # "3rd-4th July 2024"
    if "the " in text.casefold():
        text = re.sub(r"\bthe\s+(?=\d)", "", text, flags=re.IGNORECASE)  # "from the 19th to the 22nd of March"
    halves = _halves(text, lists=True)
    if halves is None:
        return None
    first_text, second_text = halves
    second = read_date(second_text, date_order)
    if second is None or second.precision not in ("day", "daymonth"):
        return None
    first = read_date(first_text, date_order)
    if first is None:  # "6th" borrows its month and year from the second end
        day = re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)?", first_text)
        if day is None:
            return None
        try:
            start = second.value.replace(day=int(day.group(1)))
        except ValueError:
            return None
    elif first.precision in ("day", "daymonth"):
        start = first.value
        if first.precision == "daymonth" and second.precision == "day":
            start = start.replace(year=second.value.year)
    else:
        return None
    if start > second.value:
        return None
    return DayRange(start, second.value, second.precision == "day")
