"""Figures, quantities, dates and times judged against a numeric answer.

A number is read out of what was typed (digits, words, lakh and crore, a short
sentence around it), then compared with the answer in its unit, scale and
currency; qualifiers give a bound, not a figure ("over 600" is not 600), and
a different unit of the same dimension counts only once converted. Dates are
read in the learner's date order, and ambiguity is never turned into a wrong
verdict silently.
"""

from __future__ import annotations

import datetime
import math
import dataclasses
import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from functools import lru_cache, partial

from studyapp.grading import currency, names, ranges, units
from studyapp.grading.claims import contradiction, reversed_direction
from studyapp.grading.dates import DateReading, describe, month_number, read_date
from studyapp.grading.denials import _denies_an_attribute, _NOT_BUT_RE, _NOT_RE, _real_denial
from studyapp.grading.measures import _as_metres, _EVENT_CLAIMS, _EXTENT_NOUNS, _EXTENTS, _NEAR, _period_of, _ROUGHLY, _ROUGHLY_ASKED, _unit_problem, _YIELDS
from studyapp.grading.numbers import (
    CARDINALS, NUMBER_WORDS, ORDINALS, Quantity, digits_for_words, parse_quantity, percent_is_fraction, read_fraction, roman_value,
)  # fmt: skip
from studyapp.grading.outcome import _ACCEPTED_BEFORE, clock_grade, Grade, _overruled, Reason, _said_as_given, _symbols_differ, _text, _tokens, _wrong
from studyapp.grading.phrases import CONTRADICTING, Context, context, NEGATIONS, STOPWORDS, Reading, _spell_fractions, find_reading, is_year_value
from studyapp.grading.sentences import _harmless_clause, _plain_sentence, _prompt_acronyms
from studyapp.grading.text import lazy_re, normalise, singular


def _values_equal(a: float, b: float, tolerance: float = 0.0) -> bool:
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=max(tolerance, 1e-12))


def _match_number(given: Quantity, expected: Quantity, tolerance: float = 0.0, relative: float = 0.0) -> str | None:
    """'direct', 'scaled' (number read in the answer's own scale), or None."""

    def close(value: float) -> bool:
        allowed = max(tolerance, relative * abs(expected.value))
        return _values_equal(value, expected.value, allowed)

    if close(given.value):
        return "direct"
    if expected.scale != 1 and given.scale == 1 and not given.ordinal and close(given.value * expected.scale):
        return "scaled"
    return None


_DESIGNATION = lazy_re(r"\s*\d+[A-Za-z]\s*")
""""41B": a number with a letter glued to it and nothing else, where the question gives no unit: a name ("licence 41B"),
not 41 billion, so "41" is not that figure read in its scale."""


@dataclass(frozen=True, slots=True)
class _Expected:
    display: str  # as the pack says it
    quantity: Quantity
    unit: str | None
    is_year: bool
    is_alt: bool


# Qualifiers that give a bound, not a figure: right only when the document states the same bound
_UPWARD = frozenset("over more above exceeding excess beyond upwards upward plus least + greater exceed exceeded cross crossed surpass surpassed".split())
_DOWNWARD = frozenset("under less fewer below up".split())
_UNIT_WITH_SCALE = lazy_re(r"([A-Za-z$₹€£¥]{1,4})\s+(thousand|million|billion|trillion|lakh crore|lakh|crore)", re.IGNORECASE)
_ARTICLE_WORDS = frozenset({"art", "arts", "article", "articles"})
"""'Art. XXII' for article 22: the word the question counts in, before the number as treaties print it."""
_SCALE_FIRST = lazy_re(r"(thousand|million|billion|trillion|lakh|crore)\s+([a-z].*)", re.IGNORECASE)
_POINT_UNITS = frozenset({"percentage points", "percentage point", "pp"})
_NOT_EXCEED = lazy_re(r"\b(?:not|never|cannot|can't|won't|mustn't|shall not)\s+(?:be\s+)?(?:allowed\s+to\s+|to\s+)?(?:exceed|cross|surpass|go\s+beyond|be\s+more\s+than)\b")
_BELOW_WORDS = lazy_re(r"\b(?:less than|fewer than|under|below|at most|up to|no more than|not more than)\b")
_LEVEL_REACHED = lazy_re(
    r"\b(?:fell|rose|dropped|declined|grew|increased|decreased|climbed|jumped|slipped|surged|plunged|came down|went up|went down"
    r"|cut|raised|lowered|reduced|revised|hiked|doubled|tripled|halved|trimmed|slashed|upgraded|downgraded)\s+to(?=\s+\S*\d)",
    re.IGNORECASE,
)
_CHANGED_BY = lazy_re(
    r"\b(rose|risen|grew|grown|increased|climbed|jumped|surged|gained|expanded|went up|fell|fallen|dropped|declined|decreased|shrank|shrunk|"
    r"contracted|slipped|plunged|slumped|came down|went down|down|up|devalued|depreciated|weakened|revalued|appreciated|strengthened)(?:\s+by)?(?=\s+(?:(?:over|about|around|nearly|almost|roughly|some|more\s+than)\s+)?\S*\d)"
    r"|(?<=\d)(?:\s*(?:%|per\s?cent|percent))?\s+(gain|rise|increase|growth|jump|fall|drop|decline|decrease|contraction|loss)\b",
    re.IGNORECASE,
)
_UP_NOUNS = frozenset("gain rise increase growth jump".split())
_UP = frozenset(
    "rise rose risen grow grew grown increase increased climb climbed jump jumped surge surged gain gained expand expanded up "
    "revalue revalued appreciate appreciated strengthen strengthened".split()
)
_DOWN = frozenset(
    "fall fell fallen drop dropped decline declined decrease decreased shrink shrank shrunk contract contracted slip slipped plunge plunged "
    "slump slumped down devalue devalued depreciate depreciated weaken weakened".split()
)
"""A currency's change too: "revalued by 50%" where the question asks by how much it was devalued says the opposite."""


def _change_directions(given: str, prompt: Context, value: float) -> tuple[str, str, re.Match[str]] | None:
    """The direction a change is said in ("up", "down"), the direction the answer's change went, and where it is said;
    None where the response says none or the question asks no change. A negative answer went down whatever the
    question's verb ("By how much did the economy grow?" -7.8); a positive one the way the question's verb goes
    ("By how much did revenues decline?" 40), or up where it only asks how it changed."""
    match = _CHANGED_BY.search(given)
    if match is None or not _CHANGE_ASKED.search(prompt.text) or not value:
        return None
    verb = (match[1] or match[2]).casefold().split()
    typed = "up" if verb[-1] in _UP or verb[-1] in _UP_NOUNS else "down"
    if value < 0:
        return typed, "down", match
    rises = any(w in _UP for w in prompt.words)
    changed = bool(prompt.words & {"change", "changed", "changes"})
    if (_cut_asked(prompt.text) or not changed and any(w in _DOWN for w in prompt.words)) and not rises:
        return typed, "down", match  # "plunge", "slump": a fall, where the question asks no change with a sign
    if rises or changed:
        return typed, "up", match
    return None


def _change_said(given: str, prompt: Context, value: float) -> frozenset[str]:
    """"It shrank by 7.8 per cent" where the question asks by how much the economy contracted: the words that say the
    change the question asks, in its own direction (the question's verb, or the answer's sign where it asks how a
    figure changed); empty when the directions differ or the question gives none."""
    found = _change_directions(given, prompt, value)
    if found is None or found[1] != found[0] or value < 0:
        return frozenset()  # a fall in a negative answer: the sign is read where negatives are
    return frozenset(w for w in found[2][0].casefold().split() if w.isalpha())


_OUT_OF = lazy_re(r"(\d[\d,]*)(?:\s+(?!out\b|of\b)[a-z]+)?(\s+(?:out\s+of|of)\s+(?:the\s+)?)(\d[\d,]*)\b(?!\s*(?:%|per|million|billion|lakh|crore|thousand))", re.IGNORECASE)


# A vote as it is reported, the side asked for first: "114 votes to 16", "157 votes, with 18 against", "9-0-1",
# "he won with 31 votes to 18". Only where the question is about a vote and not about the other side of it.
_TALLY = lazy_re(
    r"^\s*(?:(?:he|she|it|they|the\s+\w+)\s+(?:won|passed|was\s+(?:adopted|passed|carried|elected))\s+)?(?:by\s+|with\s+)?(?:a\s+vote\s+of\s+)?"
    r"(?P<n>\d+(?:,\d{3})*)(?:\s+votes?)?(?:\s+(?:in\s+favou?r|for))?"
    r"(?:\s*(?:to|-|\u2013|\u2014|:|against|versus|vs\.?)\s*|,?\s+with\s+|,?\s+(?:and\s+)?(?=\d+(?:,\d{3})*\s+(?:votes?\s+)?(?:against|opposed)))"
    r"(?P<m>\d+(?:,\d{3})*)(?:\s+(?:votes?\s+)?against|\s+votes?|\s+opposed)?"
    r"(?:\s*[-\u2013]\s*\d+|\s*,?\s*(?:and|with)\s+\d+\s+(?:abstentions?|abstaining)|\s*,?\s*\d+\s+(?:abstentions?|abstaining))?\s*\.?\s*$",
    re.IGNORECASE,
)
_PER_THING = lazy_re(r"\s*(?:\bper\b|/)\s*([a-z]+)\s*$", re.IGNORECASE)
""""per barrel", "/barrel" after a price: the thing the question itself prices is no other figure (a time or a measure
after it makes a rate: "185 miles per hour" is no distance)."""
_VOTE_ASKED = lazy_re(r"\bvot(?:e|es|ed|ing)\b|\bin\s+favou?r\b|\bballots?\b", re.IGNORECASE)
_OTHER_SIDE_ASKED = lazy_re(
    r"\bagainst\b|\boppos|\bno\b|\bnays?\b|\babstain|\breject|\bmargin\b|\bmajority\b|\bdifference\b|\bfewer\b|\bshort\s+of\b"
    r"|\btotal\b|\bturnout\b|\bcast\b|\brequired\b|\bneeded\b|\bthreshold\b|\bboth\b|\bsplit\b|\btally\b|\bscore\b",
    re.IGNORECASE,
)


def _votes_for(response: str, answer: str | int | float, prompt: str, said: str) -> str | None:
    """The figure asked of a vote reported whole ("114 votes to 16" for 114 votes in favour), else None. The
    answer must be one figure (a tally answer is compared whole) and the question about the votes for; the other
    figures of the tally must be the question's or its explanation's ("124 in favour and 11 against" where the 11
    abstained is a claim of its own, and nothing here says it)."""
    tally = _TALLY.match(response)
    if tally is None or not _VOTE_ASKED.search(prompt) or _OTHER_SIDE_ASKED.search(prompt) or len(re.findall(r"\d[\d,.]*", _text(answer))) != 1:
        return None
    figures = [f.replace(",", "") for f in re.findall(r"\d+(?:,\d{3})*", response[tally.start("n") :])][1:]
    stated = {f.replace(",", "") for f in re.findall(r"\d+(?:,\d{3})*", said)}
    return tally["n"] if all(f in stated for f in figures) else None


def _plain_float(text: str) -> float:
    try:
        return float(text.replace(",", ""))
    except ValueError:
        return 0.0


_BY_HOW_MUCH = lazy_re(r"\bby\s+(?:how|what)\b", re.IGNORECASE)
_CHANGE_ASKED = lazy_re(r"\bby\s+(?:how|what)\b|\bhow\s+(?:much|many|far)\b(?!.*\bto\b)", re.IGNORECASE)
"""A question that asks the change, not the level ("By how much did exports fall?"): "fell to 5 billion" answers another figure."""
_BELOW_PARTS = frozenset("less fewer than under below at most up to no not more".split())
_MAXIMUM = frozenset("could rise maximum max ceiling ceilings cap caps capped limit limits limited".split())  # "to how much could it rise": "up to" fits


def _direction(qualifier: str) -> str | None:
    words = set(qualifier.casefold().replace("+", " + ").split())
    if words & _UPWARD:
        return "up"
    if words & _DOWNWARD:
        return "down"
    if words & _NEAR:
        return "near"
    return None


_MONTHS_RE = "january|february|march|april|may|june|july|august|september|october|november|december"
_DAY_MONTH_YEAR = lazy_re(rf"\b(\d{{1,2}})(?:st|nd|rd|th)? ({_MONTHS_RE}),? (\d{{4}})\b|\b({_MONTHS_RE}) (\d{{1,2}})(?:st|nd|rd|th)?,? (\d{{4}})\b")


_DAYS_MONTH_YEAR = lazy_re(rf"\b(\d{{1,2}})(?:st|nd|rd|th)? ?(?:to|and|till|until|-|–) ?(\d{{1,2}})(?:st|nd|rd|th)? ({_MONTHS_RE}),? (\d{{4}})\b")


@lru_cache(maxsize=256)
def _dates_said(spoken: str, year: int) -> frozenset:
    """The whole dates of ``year`` the question or its explanation gives ("signed on 4 April 1949")."""
    found = set()
    if str(year) not in spoken:
        return frozenset()
    for m in _DAYS_MONTH_YEAR.finditer(spoken):  # "from 4 to 13 November 2019": every day of the span
        if int(m[4]) == year and month_number(m[3]) and int(m[1]) <= int(m[2]) <= 31:
            for day in range(int(m[1]), int(m[2]) + 1):
                try:
                    found.add(datetime.date(year, month_number(m[3]), day))
                except ValueError:
                    break
    for m in _DAY_MONTH_YEAR.finditer(spoken):
        day, month, y = (m[1], m[2], m[3]) if m[1] else (m[5], m[4], m[6])
        if int(y) == year:
            try:
                found.add(datetime.date(year, month_number(month), int(day)))
            except (TypeError, ValueError):
                continue
    return frozenset(found)


_FLOOR_ASKED = lazy_re(r"\bat\s+least\s+(?:what|how|which)\b|\bminimum\b")
_PLACE_WORDS = frozenset("under below".split())
"""Ceiling words that also place things ("under the law", "below the dam"): where the question asks a floor ("at
least what share"), a ceiling only before a figure."""


_NO_LESS = lazy_re(r"\b(?:no|not)\s+(?:less|fewer)\s+than\b", re.IGNORECASE)
_NO_MORE = lazy_re(r"\b(?:no|not)\s+more\s+than\b|\bat\s+most\b", re.IGNORECASE)


def _bounds_in_plain_words(text: str) -> str:
    """"no fewer than 124" is at least 124, "not more than 213" or "at most 213" up to 213: the bound, not a negation."""
    if "than" in text or "most" in text:
        text = _NO_MORE.sub("up to", _NO_LESS.sub("at least", text))
    return text


@lru_cache(maxsize=128)  # the question's own texts: read once per question (30 us on a long explanation), not on every response
def _stated_directions(*texts: str) -> frozenset[str]:
    """The bounds the question itself states ("over 40,000" in its answer, accept list, prompt or explanation)."""
    found = set()
    for text in texts:
        lowered = _bounds_in_plain_words(text.casefold())
        if _NOT_EXCEED.search(lowered):  # "would not exceed how many men?": a ceiling, so "at least 20" is the wrong side
            lowered = _NOT_EXCEED.sub(" up to ", lowered)
        words = set(re.findall(r"[a-z]+", lowered))
        if _FLOOR_ASKED.search(lowered):  # "Under Iraqi law, at least what share": no ceiling
            words -= {w for w in words & _PLACE_WORDS if not _bounds_a_figure(w, lowered)}
        if words & _UPWARD or "+" in lowered:
            found.add("up")
        if words & (_DOWNWARD - {"up"}) or words & _NEAR or words & _MAXIMUM or "up to" in lowered:
            found.add("down")
    return frozenset(found)


def _rounded_conversion(reading: Reading, expected: Quantity, expected_unit: str | None) -> bool:
    """"12 metres" for 40 feet (12.19 m): the answer converted into the learner's unit and rounded as the learner
    rounded it. Two significant figures at least, so "10 metres" proves nothing about 40 feet."""
    typed = reading.quantity
    if typed is None or typed.unit is None or expected_unit is None:
        return False
    back = units.convert(expected.value, expected_unit, typed.unit)
    if back is None:
        return False
    span = re.search(r"\d[\d,]*(?:\.(\d+))?", reading.span)
    decimals = len(span[1]) if span and span[1] else 0
    value = typed.value
    if value == 0 or (decimals == 0 and abs(value) < 10) or (decimals == 0 and value % 10 == 0 and abs(value) < 100):
        return False
    return round(back, decimals) == round(value, decimals)


def _judge_number(
    given: str, reading: Reading, exp: _Expected, prompt: Context, absolute: float, relative: float, stated: frozenset[str] = frozenset({"up", "down"})
) -> Grade | str:
    """A Grade when this expected value decides, else a short reason it did not match."""
    expected_q = exp.quantity
    if reading.kind == "date":
        if exp.is_year and reading.date is not None and reading.date.precision != "daymonth":
            if reading.date.value.year == int(expected_q.value):
                if reading.date.precision == "day" and (stated := _dates_said(prompt.spoken, int(expected_q.value))) and reading.date.value not in stated:
                    return f"the question gives the day as {describe(min(stated), 'day')}, not {given}"  # "5 April 1949" for NATO's 1949
                return Grade(True, Reason.DATE, exp.display, given, f"{given} falls in {exp.display}")
            if reading.date.other is not None and reading.date.other.year == int(expected_q.value):
                return "date-order"
            return f"{given} is not in {exp.display}"
        return "not a number"
    if reading.kind == "range":
        return f"{given} is a span of years, not {exp.display}"
    given_q = reading.quantity
    assert given_q is not None
    if exp.unit is not None and units.dimension(exp.unit) == "length":
        extent = given_q.unit if given_q.unit in _EXTENTS else None
        asked = _EXTENTS & (prompt.words | {_EXTENT_NOUNS[w] for w in prompt.words if w in _EXTENT_NOUNS})
        if extent and extent not in asked and asked:
            return f"Wrong measure: {given} is not how {' or '.join(sorted(asked))} it is"  # "163 m wide" for its length
        given_q = _as_metres(given_q)
    if reading.extra and exp.is_year:
        reading = _without_its_war(reading, expected_q.value)
        if set(reading.extra) <= _PARTS_OF_A_YEAR:  # "late 2022", "mid 2018", "in the summer of 2019"
            reading = Reading(reading.kind, reading.quantity, reading.date, reading.years, reading.span, reading.unit_words, (), reading.qualifier)
    below = frozenset(_BELOW_WORDS.findall(exp.display.casefold())) and _BELOW_WORDS.search(reading.qualifier.casefold())
    if below:  # "under 20 km" where the answer is "less than 20 km": the same ceiling, said in other words
        reading = Reading(reading.kind, reading.quantity, reading.date, reading.years, reading.span, reading.unit_words, tuple(w for w in reading.extra if w not in _BELOW_PARTS), reading.qualifier)
    if (turned := _change_directions(given, prompt, expected_q.value)) is not None and turned[0] != turned[1] and not _CHANGED_BY.search(exp.display):
        return f"'{turned[2][1] or turned[2][2]}' says it went {turned[0]}, and it went {turned[1]}"  # "up 40%" for a fall of 40%
    if (reading.extra or reading.unit_words) and not _CHANGED_BY.search(exp.display) and (changed := _change_said(given, prompt, expected_q.value)):
        unit_words = tuple(w for w in reading.unit_words if w not in changed)
        if unit_words != reading.unit_words and given_q.unit is not None and given_q.unit not in ("%",):
            given_q = Quantity(given_q.value, given_q.scale, "%" if "%" in (exp.unit or "") else given_q.unit, given_q.ordinal)
        reading = Reading(reading.kind, reading.quantity, reading.date, reading.years, reading.span, unit_words, tuple(w for w in reading.extra if w not in changed), reading.qualifier)
    if reading.extra and (level := _LEVEL_REACHED.search(given)) is not None and not _CHANGE_ASKED.search(prompt.text):
        said = set(level[0].casefold().split())  # "it fell to 23.4 billion euros": the figure is where it ended, which is asked
        reading = Reading(reading.kind, reading.quantity, reading.date, reading.years, reading.span, reading.unit_words, tuple(w for w in reading.extra if w not in said), reading.qualifier)
    if (exp.unit and singular(exp.unit.casefold()) == "article" or not exp.unit and "article" in prompt.words) and set(reading.extra) & _ARTICLE_WORDS:
        reading = Reading(reading.kind, reading.quantity, reading.date, reading.years, reading.span, reading.unit_words, tuple(w for w in reading.extra if w not in _ARTICLE_WORDS), reading.qualifier)
    if "tnt" in reading.extra and exp.unit in _YIELDS:  # "15 million tons of TNT" for a 15-megaton yield: what a yield is counted in
        reading = Reading(reading.kind, reading.quantity, reading.date, reading.years, reading.span, reading.unit_words, tuple(w for w in reading.extra if w != "tnt"), reading.qualifier)
    if reading.extra and not _aside(given, reading, exp, prompt) and not _plain_sentence(reading, prompt, _figure(exp.display)) and not _harmless_clause(given, reading, prompt, _figure(exp.display), exp.unit):
        extra = " ".join(reading.extra)
        if any(w in NEGATIONS for w in reading.extra):
            return f"'{extra}' changes the meaning"
        return f"'{extra}' is not part of the answer {exp.display}"
    if not below and reading.qualifier and any(w in CONTRADICTING and (w not in ("only", "exactly") or "up" in stated) for w in reading.qualifier.split()) and not any(
        _bounds_a_figure(w, prompt.spoken) for w in reading.qualifier.split()
    ):  # "under $100 billion", though the question begins "Under Article 7.1"
        return f"'{reading.qualifier}' states another figure than {exp.display}"
    direction = _direction(reading.qualifier)
    if direction == "near" and "up" in stated and "down" not in stated:
        return f"'{reading.qualifier}' says fewer than {exp.display}, and the source says more"  # "nearly 50" for "more than 50"
    if direction == "near" and given_q.value >= expected_q.value:
        direction = None  # "nearly $375 million" for $374.96 million: a rounding from above, as reports write it
    if direction is not None and direction.replace("near", "down") not in stated and not (
        given_q.value == expected_q.value and units.dimension(exp.unit or "") == "currency"
    ):  # "over 600" when the document gives exactly 600; but "over $9.7 billion": a sum of money is a rounding, as reports write it
        if _ANSWER_BOUND.match(exp.display):
            return f"'{reading.qualifier}' states another bound than the answer, {exp.display}"  # "over 4,000" for nearly 4,000
        return f"'{reading.qualifier}' states a bound, but the answer is exactly {exp.display}"
    if (
        set(reading.qualifier.casefold().split()) & _ROUGHLY and not prompt.words & _ROUGHLY_ASKED and exp.unit
        and singular(exp.unit.split()[-1]) != exp.unit.split()[-1] and not units.is_known(exp.unit)
        and float(expected_q.value).is_integer() and 0 < expected_q.value <= 12
    ):  # fmt: skip
        return f"'{reading.qualifier}' hedges a count the question asks for exactly"  # "about 8" submarines
    if (expected_q.ordinal or exp.unit is None) and "anniversary" in prompt.words and reading.unit_words and all(w in ("year", "years") for w in reading.unit_words):
        reading = Reading(reading.kind, reading.quantity, reading.date, reading.years, reading.span, (), reading.extra, reading.qualifier)
        given_q = Quantity(given_q.value, given_q.scale, None, given_q.ordinal)  # "65 years" for the 65th anniversary
    counted = exp.unit is not None and singular(exp.unit.split()[-1]) != exp.unit.split()[-1]  # "2 world wars", not "4 tranche"
    if given_q.ordinal and not expected_q.ordinal and counted and not exp.is_year and not _ORDINAL_ASK.search(prompt.text):
        return f"{given} names one of them, not how many: the answer is {exp.display}"  # "2nd" for two world wars
    if (
        (period := _PERIOD.search(given)) is not None and any(c.isdigit() for c in given[: period.start()])
        and units.dimension(exp.unit or "") != "time" and exp.unit not in units.RATES
        and not (exp.unit and "/" in exp.unit and units.is_known(exp.unit))  # "10 mm per year" for 1 cm per year: a rate asked
        and not re.search(rf"\b(?:{period[1]}|{_PERIOD_ADVERBS.get(period[1].casefold(), period[1])})\b", prompt.text, re.IGNORECASE)
    ):  # fmt: skip
        return f"'{period[0]}' makes it another figure than {exp.display}"  # "40,000 a month", "$4.6 billion a year"
    if (
        period is not None and exp.unit in units.RATES and (asked := _period_of(exp.unit)) is not None
        and period[1].casefold() != "quarter"  # "a quarter of a million barrels per day" is a figure
        and {"annum": "year"}.get(period[1].casefold(), period[1].casefold()) != asked
    ):  # fmt: skip
        return f"'{period[0]}' is another rate than {exp.display}"  # "3,000 barrels a month" for 3,000 barrels a day
    if _TRAILING_BOUND.search(given) and "up" not in stated:
        return f"'{_TRAILING_BOUND.search(given)[0].strip(', ')}' states a bound, but the answer is exactly {exp.display}"
    if exp.is_year and given_q.unit is not None and (war := _WAR_RE.search(" ".join(names.canonical_tokens(given_q.unit)))):
        if int(expected_q.value) not in _WAR_YEARS.get(war[1], range(0)):
            return f"{exp.display} is not in World War {war[1]}"  # "1944 in WW1"
        given_q = Quantity(given_q.value, given_q.scale, None, given_q.ordinal)  # "1944 in WWII": the war it belongs to
        reading = Reading(reading.kind, reading.quantity, reading.date, reading.years, reading.span, (), reading.extra, reading.qualifier)
    elif exp.is_year and given_q.unit is not None and (units.is_known(given_q.unit) or any(c.isdigit() for c in given_q.unit)):
        return f"'{given_q.unit}' is not part of the year {exp.display}"
    if expected_q.ordinal and given_q.unit is not None and units.is_known(given_q.unit) and not (
        given_q.ordinal and exp.unit and singular(given_q.unit.casefold()) == singular(exp.unit.casefold())
    ):
        return f"Wrong unit: {given} is not {exp.display}"  # "80%" or "$80" for the 80th anniversary; "17th century" stays
    if exp.unit and units.dimension(exp.unit) == "temperature" and re.search(r"\d\s*°\s*$", reading.span):
        given_q = Quantity(given_q.value, given_q.scale, exp.unit, given_q.ordinal)  # "-58°": the degrees the question means
    if exp.unit in _RATE_BASES and given_q.unit in _RATE_BASES[exp.unit][0] and _PERIODIC[_RATE_BASES[exp.unit][1]].search(prompt.text):
        given_q = Quantity(given_q.value, given_q.scale, exp.unit, given_q.ordinal)  # "2.2 million tonnes" where it asks how many tonnes per annum
    problem = _unit_problem(reading, given_q, exp.unit, prompt)
    converted = False
    if problem is not None:
        kind, quantity = problem
        if kind == "currency":
            return f"Wrong currency: {given} is not {exp.display}"
        if kind == "unit":
            return f"Wrong unit: {given} is not {exp.display}"
        if kind == "extra":
            return f"'{' '.join(reading.unit_words)}' is not part of the answer {exp.display}"
        given_q, converted = quantity, True
    if converted:
        if (mark := _other_separator(reading.span, given_q, expected_q)) is not None:
            return Grade(True, Reason.NUMERIC, exp.display, given, f"{given} read with a {mark}: {exp.display}")  # "58.000 t"
        ok = _values_equal(given_q.value, expected_q.value, max(absolute, relative * abs(expected_q.value), 0.01 * abs(expected_q.value)))
        ok = ok or _rounded_conversion(reading, expected_q, exp.unit)
        if ok:
            return Grade(True, Reason.NUMERIC, exp.display, given, f"{given} converts to {exp.display}")
        return f"{given} is not {exp.display}: a different amount"
    how = _match_number(given_q, expected_q, absolute, relative)
    if how == "scaled" and exp.unit is None and _DESIGNATION.fullmatch(exp.display):
        how = None
    if how is None and (mark := _other_separator(reading.span, given_q, expected_q)) is not None:
        return Grade(True, Reason.NUMERIC, exp.display, given, f"{given} read with a {mark}: {exp.display}")
    if how is None and not (exp.is_alt and _APPROXIMATE.match(exp.display)) and _rounds_to(given_q, expected_q, exp.display, reading.span):
        return Grade(True, Reason.NUMERIC, exp.display, given, f"{given} rounds to {exp.display}")
    if how is None:
        return "number"
    exact_value = _match_number(given_q, expected_q) is not None
    if not exact_value:
        return Grade(True, Reason.NUMERIC, exp.display, given, f"Within tolerance of {exp.display}")
    if exp.is_alt and (side := _HEMISPHERE.search(exp.display)) is not None and not re.search(
        rf"(?<![A-Za-z]){side[1]}(?![A-Za-z])|\b{_SIDES[side[1].upper()]}\b|[-\u2212]", given, re.IGNORECASE
    ):
        return f"'{given}' does not say which side, as '{exp.display}' does"  # "6.255" for 6.255 W: east of Greenwich, as typed
    if exp.is_alt:
        return Grade(True, Reason.ALTERNATIVE, exp.display, given, f"Accepted alternative: {exp.display}")
    if how == "scaled" and (unit_typed := _UNIT_WORD_AFTER.search(given)) is not None and singular(unit_typed[1].casefold()) in {
        singular(w) for w in re.findall(r"[a-z]{4,}", exp.display.casefold())
    }:  # fmt: skip
        return f"{given} is not {exp.display}: its unit is written out without the scale"  # "6.8 tonnes" for 6.8 million tonnes
    if how == "scaled":
        return Grade(True, Reason.NUMERIC, exp.display, given, f"{given} read in the answer's scale: {exp.display}")
    return Grade(True, Reason.NUMERIC, exp.display, given, f"{given} = {exp.display}")


_DAY_ASKED = lazy_re(r"\bday of the month\b|\b(?:which|what)\s+(?:date|day)\s+(?:in|of)\s+(?P<month>[A-Z][a-z]+)(?:\s+(?P<year>\d{4}))?", re.IGNORECASE)


def _the_day_asked(date: DateReading, value: float, prompt: str) -> bool | None:
    """A day of the month answered with the whole date ("10 November 2025" where the question asks from which date in
    November 2025, the answer 10): True when the day, and the month and year the question names, agree; None where
    the question asks no day of a month."""
    asked = _DAY_ASKED.search(prompt)
    if asked is None or date.precision != "day" or not float(value).is_integer() or not 1 <= value <= 31:
        return None
    month = month_number(asked["month"].casefold()) if asked["month"] else None
    if asked["month"] and month is None:
        return None
    return date.value.day == value and (month is None or date.value.month == month) and (asked["year"] is None or date.value.year == int(asked["year"]))


def _bounds_a_figure(word: str, spoken: str) -> bool:
    """The question or its explanation uses the word as a bound before a figure ("under 40,000", "only 35",
    "less than how many cusecs")."""
    figure = r"(?:(?:the|a|an|about|some|rs|inr|usd|us)\s+)?[$₹£€]?\s?\d|how\s+(?:many|much|long|far)\b|what\b"
    return re.search(rf"\b{re.escape(word)}\s+(?:than\s+)?(?:{figure})", spoken) is not None  # "less than how many cusecs"


_ORDINAL_ASK = lazy_re(
    r"\b(?:which|what)\s+(?:\w+\s+)?(?:edition|anniversary|rank|place|position|time|round|session|summit|meeting|member|mission|conference)\b"
    r"|\bnumber what\b|\bgive its number\b",
    re.IGNORECASE,
)
_PERIOD = lazy_re(r"\b(?:a|an|per|this|every|each|last|next)\s+(year|month|day|week|annum|quarter|fortnight)\b", re.IGNORECASE)
_PERIOD_ADVERBS = {"year": "annually|annual|yearly|every year|each year|a year", "annum": "annually|annual|yearly", "month": "monthly|every month|each month",
                   "week": "weekly|every week", "day": "daily|every day|each day", "quarter": "quarterly"}
"""'20,000 vessels a year' where the question asks how many pass annually: the question's own period."""
_TRAILING_BOUND = lazy_re(r"\b(?:and|or)\s+(?:above|over|more|upwards|beyond)\b|,\s*at\s+least\b|\bor\s+so\s+more\b", re.IGNORECASE)
def _figure(display: str) -> str:
    """The answer's number as the explanation writes it: "$8.55 billion" -> "8.55"."""
    match = re.search(r"\d[\d,]*(?:\.\d+)?", display)
    return match.group().replace(",", "") if match else ""


_SLASHED = lazy_re(r"\b\d+\s*/\s*\d+\b")
def _initials_in(acronym: str, text: str) -> bool:
    """"IAFS" in "Which India-Africa Forum Summit ...": the initials of consecutive capitalised words
    (hyphens split words), or the acronym itself."""
    words = re.split(r"[\s-]+", text)
    initials = "".join(w[0] if w[:1].isupper() else " " for w in words if w)
    return acronym.upper() in initials.split() or any(acronym.upper() in run for run in initials.split()) or acronym.casefold() in normalise(text).split()


_ACRONYM_EDITION = lazy_re(r"\s*([A-Z]{2,6})[\s-]+((?:[IVX]+|\d+)(?:st|nd|rd|th)?)\s*")
_PAIR = lazy_re(r"(\d[\d,.]*)(?:\s*%|\s+per\s*cent|\s+percent)?\s+([a-z]+)|([a-z]+)(?:[\s-][a-z]+)?[\s:]+(\d[\d,.]*)")  # "70 per cent loan"


def _pairs(text: str) -> dict[str, str] | None:
    """"22 single-seat and 4 twin-seat" -> {"22": "single", "4": "twin"}: each figure with the word that labels it."""
    if not any(map(str.isdigit, text)):
        return None  # every part needs a figure: the pattern's search, part by part, found that slowly
    found: dict[str, str] = {}
    for part in re.split(r",|;|\band\b", text.casefold()):
        match = _PAIR.search(part.replace("-", " "))
        if match is None:
            return None
        number, label = (match[1], match[2]) if match[1] else (match[4], match[3])
        found[number.replace(",", "")] = singular(label)
    return found if len(found) >= 2 else None


def _paired_figures(given: str, answer: str, prompt: str) -> Grade | None:
    """Two figures each with its label: "4 single-seat and 22 twin-seat" swaps them; "4 twin-seaters and
    22 single-seaters" keeps each with its own, in another order."""
    if not any(map(str.isdigit, answer)):
        return None  # no figure in the answer to pair, in either reading
    expected = _pairs(answer)
    if expected is None:
        return _labelled_in_prompt_order(given, answer, prompt)
    bare = [f.replace(",", "") for f in re.findall(r"\d[\d,.]*", given)]
    if re.fullmatch(r"\s*\d[\d,.]*\s*(?:,|and|&)\s*\d[\d,.]*\s*", given) and bare == list(expected):
        asked = normalise(prompt).split()
        spots = [next((i for i, w in enumerate(asked) if w.startswith(label[:4])), -1) for label in expected.values()]
        if -1 not in spots and spots == sorted(spots):  # "22 and 4" where the question asks single-seat, then twin-seat
            return Grade(True, Reason.EXACT, answer, given, "The figures in the order the question asks them")
    typed = _pairs(given)
    if not typed or set(typed) != set(expected):
        return None
    for number, label in typed.items():
        if not (label.startswith(expected[number][:4]) or expected[number].startswith(label[:4])):
            others = [n for n, l in expected.items() if n != number and (label.startswith(l[:4]) or l.startswith(label[:4]))]
            if others:
                return _wrong(answer, given, f"{number} goes with {expected[number]}, not {label}")
            return None
    return Grade(True, Reason.EXACT, answer, given, "Each figure with its own label: " + ", ".join(f"{n} {l}" for n, l in expected.items()))


_WAR_RE = lazy_re(r"\bworld war (\d)\b")


def _wars_named(given: str, expected: Quantity, unit: str | None) -> Grade | None:
    """"WW1 and WW2" (or "two, WWI and WWII") for two world wars: naming each is counting them. A figure
    said beside them must be the same count."""
    if not unit or "war" not in unit.casefold() or not re.search(r"w\s*w|world\s+war", given, re.IGNORECASE):
        return None
    tokens = " ".join(names.canonical_tokens(given))
    wars = set(_WAR_RE.findall(tokens))
    rest = _WAR_RE.sub(" ", tokens).split()
    figures = [t for t in rest if t.isdigit()]
    if not wars or any(t not in STOPWORDS and t not in ("so", "both", "i", "e", "ie") and not t.isdigit() for t in rest):
        return None
    if len(wars) == expected.value and all(float(f) == expected.value for f in figures):
        return Grade(True, Reason.NUMERIC, _display_number(expected.value), given, f"{len(wars)} world wars named: {given}")
    said = next((f for f in figures if float(f) != expected.value), None) if len(wars) == expected.value else str(len(wars))
    return _wrong(_display_number(expected.value), given, f"{given}: {said} is not {_display_number(expected.value)}")


_WAR_YEARS = {"1": range(1914, 1919), "2": range(1939, 1946)}


def _without_its_war(reading: Reading, year: float) -> Reading:
    """"during WW2, in 1944": the war that year belongs to is context, not another claim."""
    words = list(reading.extra)
    if int(year) == 1944 and words[:2] == ["d", "day"]:  # "D-Day was in 1944": the landings' own name
        kept = tuple(w for w in words[2:] if w not in ("was", "in", "on", "of", "the"))
        return Reading(reading.kind, reading.quantity, reading.date, reading.years, reading.span, reading.unit_words, kept, reading.qualifier)
    joined = " ".join(names.canonical_tokens(" ".join(words)))
    for war, years in _WAR_YEARS.items():
        if f"world war {war}" in joined and int(year) in years:
            kept = _WAR_RE.sub(" ", joined).split()
            kept = [w for w in kept if w not in ("during", "in", "the", "of", "it", "was")]
            return Reading(reading.kind, reading.quantity, reading.date, reading.years, reading.span, reading.unit_words, tuple(kept), reading.qualifier)
    return reading


def _labelled_in_prompt_order(given: str, answer: str, prompt: str) -> Grade | None:
    """"Air Force 8, Navy 15" for "15 and 8" where the question asks the Navy's first: each figure with the
    label the question gives it, in any order; "Navy 8, Air Force 15" gives the Navy the Air Force's."""
    figures = [f.replace(",", "") for f in re.findall(r"\d[\d,.]*", answer)]
    if len(figures) < 2 or re.sub(r"[\d,.%\s]|and|&", "", answer.casefold()):
        return None  # only a bare list of figures ("15 and 8", "42.5% and 37.5%")
    typed = _pairs(given)
    asked = normalise(prompt).split()
    if not typed or sorted(typed) != sorted(figures) or not all(label in asked for label in typed.values()):
        return None
    in_prompt_order = [n for n, _ in sorted(typed.items(), key=lambda item: asked.index(item[1]))]
    if in_prompt_order == figures:
        return Grade(True, Reason.EXACT, answer, given, "Each figure with the label the question gives it")
    return _wrong(answer, given, "The figures go with other labels: " + answer)


_ONE_SEPARATOR = lazy_re(r"(?<![\d.,])\d{1,3}([.,])\d{3}(?![\d.,])")


def _other_separator(span: str, given: Quantity, expected: Quantity) -> str | None:
    """"253.000 ha" for 253,000 hectares, "Rp 10.000": the answer's very digits with a European thousands point,
    whatever the unit (a figure is not written to three noughts after a decimal point). A comma before three digits
    stays a thousands mark ("34,357 million" is not 34.357 million): that is ambiguous, and read the English way."""
    found = list(_ONE_SEPARATOR.finditer(span))
    if len(found) != 1:
        return None
    if found[0][1] == "." and given.scale == 1 and expected.value.is_integer() and round(given.value * 1000) == expected.value:
        return "thousands point"  # not "$3.933 million" for 3.933 billion: with a scale word the point is a decimal one
    return None
_WRITTEN_NUMBER = lazy_re(r"\d[\d,]*(?:\.(\d+))?")


_APPROXIMATE = lazy_re(r"\s*(?:about|around|approximately|approx\.?|roughly|nearly|almost|some|close to|~)\b", re.IGNORECASE)
"""An accepted form the author rounded ("about $4 billion"): a precise figure is judged by the answer itself, so
"$3.919 billion" is not a finer reading of it where the answer says 3.991 billion."""


def _rounds_to(given: Quantity, expected: Quantity, display: str, span: str) -> bool:
    """"₹5,93,537.64 crore" for ₹5.94 lakh crore, "$374,962,800" for $374.96 million: the exact
    figure, which the answer gives rounded in its scale word. Only a figure at least two digits more
    precise than the answer's: "4.55 billion" is another figure than "4.6 billion", not a finer one."""
    written = _WRITTEN_NUMBER.search(display)
    if expected.scale == 1 or written is None or given.ordinal or expected.value == 0:
        return False
    decimals = len(written[1] or "")
    answer_digits = sum(c.isdigit() for c in written[0].lstrip("0"))
    if sum(c.isdigit() for c in span) < answer_digits + 2 or abs(given.value - expected.value) > 0.05 * abs(expected.value):
        return False  # "1.65 million" is another figure than "2 million", though it rounds to it at one digit
    return round(given.value / expected.scale, decimals) == round(expected.value / expected.scale, decimals)


def _aside(given: str, reading: Reading, exp: _Expected, prompt: Context) -> bool:
    """"D-Day, 1944" / "in 1947, just after independence": a year with a clause of context set off
    by a comma, which adds no number and denies nothing."""
    if not exp.is_year or "," not in given or reading.kind == "range":
        return False
    if any(normalise(name) not in prompt.said for name in re.findall(r"(?<![\w-])[A-Z][\w-]*", given)):
        return False  # "1949, the Warsaw Pact", "2023, by Modi": a name the question does not give is another claim
    words = list(reading.extra)
    if not all(w.isalpha() and w not in NEGATIONS and w not in NUMBER_WORDS and w not in CONTRADICTING and w not in _EVENT_CLAIMS for w in words):
        return False  # "2013, when it was signed", "1949, dissolved": another event's year
    typed = normalise(given).split()
    for i, word in enumerate(typed):  # "1999, after the Kargil War" where the question asks the Kargil War's year
        after = [w for w in typed[i + 1 :] if w not in STOPWORDS and not w.isdigit()]
        if word in ("after", "before", "since") and after and all(w in prompt.words for w in after):
            return False
    return True


def _tolerance(tolerance: float | str | None, expected: Quantity) -> tuple[float, float]:
    """(absolute, relative). A plain number is read in the answer's own scale:
    tolerance 0.5 on "$9.7 billion" means ±0.5 billion, as the author wrote it."""
    if tolerance is None or isinstance(tolerance, bool):
        return 0.0, 0.0
    if isinstance(tolerance, (int, float)):
        return (abs(float(tolerance)) * expected.scale if math.isfinite(tolerance) else 0.0), 0.0
    text = str(tolerance).strip()
    if text.endswith("%"):
        try:
            return 0.0, abs(float(text[:-1].strip())) / 100
        except ValueError:
            return 0.0, 0.0
    parsed = parse_quantity(text)
    if parsed is None:
        return 0.0, 0.0
    return abs(parsed.value) * (expected.scale if parsed.scale == 1 else 1.0), 0.0


def _display_number(value: str | int | float) -> str:
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e16:
        return str(int(value))
    return str(value).strip()


def answer_quantity(value: str | int | float) -> Quantity | None:
    """A numeric answer as a pack gives it, a bound before it or not ("over 1,000", "nearly 4,000", "40,000+")."""
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        if not math.isfinite(value):
            return None
        return Quantity(float(value), 1.0, None, False)
    found = parse_quantity(str(value))
    if found is None and (bare := _ANSWER_BOUND.sub("", str(value)).strip()) != str(value).strip():
        found = parse_quantity(bare)  # "over 1,000" as the pack gives it: the figure, its bound read by _stated_directions
    if found is None and ("half" in str(value) or "quarter" in str(value)) and (spelled := _spell_fractions(str(value).casefold().strip())) != str(value).casefold().strip():
        found = parse_quantity(spelled)  # "half a million" as the pack gives it: 0.5 million, as a learner's is read
    return found


_ANSWER_BOUND = lazy_re(
    r"^\s*(?:over|more\s+than|above|nearly|almost|about|around|approximately|approx\.?|roughly|some|at\s+least|up\s+to|"
    r"under|less\s+than|fewer\s+than|below|close\s+to|~|>|<)\s*|\s*\+\s*$",
    re.IGNORECASE,
)


def _expected_unit(answer_q: Quantity, unit_field: str | None) -> str | None:
    field = units.canonical_unit(unit_field)
    if field in units.WEAK_PHYSICAL or (unit_field and unit_field.strip().casefold() in ("m", "t", "c", "f", "l", "h", "g")):
        field = units.PHYSICAL_ALIASES.get(unit_field.strip().casefold(), field)
    merged = currency.merge_currency(answer_q.unit, field)
    return answer_q.unit if merged is False else merged


def _m_is_metres(text: str, q: Quantity) -> bool:
    """An answer written "8,849 m": a space before the "m" and no currency is metres."""
    return q.scale_word == "m" and q.unit is None and bool(re.search(r"\d\s+m\.?$", text.strip().casefold()))


def _date_order_detail(given: str, reading: Reading, expected: str, date_order: str) -> str:
    assert reading.date is not None
    order = "day first" if date_order != "mdy" else "month first"
    return (
        f"{given} was read {order} as {describe(reading.date.value, reading.date.precision)}, which is not {expected}; "
        f"written the other way round it would be right: write the month as a word to be sure"
    )


_PER_PERIOD = lazy_re(r"\bper (year|month|day|week)\b", re.IGNORECASE)
_PERIOD_WORDS = {
    "year": "annually|yearly|a year|each year|every year|per year|per annum|a yr|per yr|/yr|/year|annual",
    "month": "monthly|a month|each month|every month|per month|/month",
    "week": "weekly|a week|each week|every week|per week",
    "day": "daily|a day|each day|every day|per day|/day",
}
_PERIODIC = {period: lazy_re(rf"\b(?:{words})\b", re.IGNORECASE) for period, words in _PERIOD_WORDS.items()}
_PERIOD_SAID = {w: period for period, words in _PERIOD_WORDS.items() for w in words.split("|") if w[0] != "/" and w != "annual"}
_SAID_PER = lazy_re(rf"\s*(?:,\s*)?\b(?:{'|'.join(sorted(_PERIOD_SAID, key=len, reverse=True))})\b", re.IGNORECASE)
"""A period said after a figure ("3000 visas every year"): dropped where the question asks for that period's figure
(not "annual", which stands before a noun: "annual capacity")."""


_ANNIVERSARIES = {
    "semicentennial": "50th", "centenary": "100th", "centennial": "100th", "sesquicentenary": "150th", "sesquicentennial": "150th",
    "bicentenary": "200th", "bicentennial": "200th", "tercentenary": "300th", "tercentennial": "300th", "quatercentenary": "400th",
    "quincentenary": "500th", "quincentennial": "500th",
}
_ANNIVERSARY_WORDS = lazy_re(r"\b(?:" + "|".join(_ANNIVERSARIES) + r")\b", re.IGNORECASE)
_ANNIVERSARY_ASKED = lazy_re(r"\banniversar", re.IGNORECASE)
_ARTICLES = frozenset({"the", "a", "an", "its", "their", "his", "her"})
_PER_WORD = lazy_re(r"(?:\bper|/)\s*([A-Za-z]+)\b")
"""What a rate is counted by ("per maund", "/kg"): another one is another rate."""
_PER_SAME = {
    "h": "hour", "hr": "hour", "annum": "year", "yr": "year", "pa": "year", "y": "year", "d": "day", "wk": "week", "sec": "second",
    "s": "second", "min": "minute", "mo": "month", "mth": "month", "capita": "person", "head": "person", "tonne": "ton", "t": "ton",
    "kilogram": "kg", "kilo": "kg", "bbl": "barrel", "litre": "l", "liter": "l", "kilometre": "km", "kilometer": "km", "mile": "mi",
}  # fmt: skip
_COORDINATE_ASKED = lazy_re(r"\b(?:latitude|longitude)\b", re.IGNORECASE)
_SIGNED_BY_SIDE = lazy_re(r"\s*(?P<figure>\d+(?:[.,]\d+)?)\s*(?:°|degrees?)?\s*(?P<side>[NSEW]|north|south|east|west)\.?\s*", re.IGNORECASE)
"""A coordinate with its side ("35.71944 S"): south and west are the negative half, as the question's numbers count."""
_SIDE_NAMED = lazy_re(r"\b(?:north|south|east|west)\b", re.IGNORECASE)
_UNIT_WORD_AFTER = lazy_re(r"\d\s+([A-Za-z]{4,})\b")
"""The word after a figure, where a learner writes the unit out ("6.8 tonnes")."""
_HEMISPHERE = lazy_re(r"\d\s*°?\s*([NSEW])\b")
_SIDES = {"N": "north", "S": "south", "E": "east", "W": "west"}
_BURTHEN = lazy_re(r"\b(tons|tonnes)\s+(?:burthen|burden|bm)\b", re.IGNORECASE)
_OCLOCK = lazy_re(r"\s*o['\u2019]?\s?clock\b\.?", re.IGNORECASE)


def _word_accepted(typed: str, accept: Sequence[str | int | float]) -> str | None:
    """A word the pack accepts for a figure ("centenary" for the 100th), typed as it is, with an article at most."""
    words = [w for w in normalise(typed).split() if w not in _ARTICLES]
    for alternative in accept or ():
        if isinstance(alternative, str) and not any(c.isdigit() for c in alternative) and normalise(alternative).split() == words and words:
            return alternative
    return None


_DAYS_AND_RANGE = lazy_re(r"\s*(?P<head>.*?\b(?:days?|nights?)\b)\s*(?:,|\(|;|:|\s[-–—])\s*(?:from\s+|between\s+)?(?P<range>[^()]+?)\)?\s*[.!]?\s*", re.IGNORECASE)
"""A count of days with the days themselves: "it lasted 3 days, 22 to 24 March", "5 days (26-30 August)"."""
_FATE_ASKED = lazy_re(r"killed|dead", re.IGNORECASE)
_KILLED_AND_WOUNDED = lazy_re(
    r"\s*(?P<asked>(?:(?:about|around|some|only|nearly|over)\s+)?[\d,]+\s+(?:killed|dead))\s*(?:,|and|,\s*and)\s*[\d,]+\s+(?:wounded|injured)\s*\.?\s*",
    re.IGNORECASE,
)
"""The deaths asked for, then the wounded beside them ("92 killed, 134 wounded"): the number with the fate asked is the answer."""


def grade_numeric(
    response: str,
    answer: str | int | float,
    accept: Sequence[str | int | float] = (),
    unit: str | None = None,
    tolerance: float | str | None = None,
    *,
    prompt: str = "",
    accepted: Collection[str] = (),
    date_order: str = "dmy",
    explanation: str = "",
    category: str | None = None,
) -> Grade:
    """Compare as numbers: how a number is written never matters, its value and unit always do."""
    kw = {"prompt": prompt, "accepted": accepted, "date_order": date_order, "explanation": explanation, "category": category}
    typed = _text(response)
    if isinstance(response, str) and (word := _word_accepted(typed, accept)) is not None:
        return Grade(True, Reason.ALTERNATIVE, _display_number(answer), typed, f"Accepted alternative: '{word}'")  # "the centenary"
    if isinstance(response, str) and _ANNIVERSARY_ASKED.search(prompt) and _ANNIVERSARY_WORDS.search(response):
        response = _ANNIVERSARY_WORDS.sub(lambda m: _ANNIVERSARIES[m[0].casefold()], response)  # "the bicentenary" for the 200th
    if unit and _YEARLY_PERCENT.fullmatch(unit.strip()):
        unit = "%"  # a rate "% per annum": the year is the rate's own, said or not ("14%", "14% p.a.")
        if isinstance(response, str):
            response = _YEARLY_SAID.sub("", response)
    if isinstance(response, str) and (plain := _bounds_in_plain_words(response)) != response:
        # "no less than 124 ships": at least 124, as the source may say it; the verdict quotes what was typed
        graded = grade_numeric(plain, answer, accept, unit, tolerance, prompt=prompt, accepted=accepted, date_order=date_order,
                               explanation=explanation, category=category)  # fmt: skip
        said = (_NO_LESS.search(response) or _NO_MORE.search(response))[0]
        detail = graded.detail.replace(plain.strip(), response.strip()).replace("'at least'", f"'{said}'").replace("'up to'", f"'{said}'")
        return dataclasses.replace(graded, given=response, detail=detail)
    if isinstance(response, str) and unit and _FATE_ASKED.fullmatch(unit.strip()) and (told := _KILLED_AND_WOUNDED.fullmatch(response)):
        graded = grade_numeric(told["asked"], answer, accept, unit, tolerance, **kw)  # "7 dead and 20 injured" for 7 dead
        return dataclasses.replace(graded, given=response, detail=graded.detail.replace(told["asked"].strip(), response.strip(), 1))
    if isinstance(response, str) and (unit or "").strip().casefold() in ("day", "days") and (span := _DAYS_AND_RANGE.fullmatch(response)) is not None:
        if (days := ranges.read_day_range(span["range"], date_order)) is not None:
            count = (days.end - days.start).days + 1  # "22 to 24 March": three days, each counted
            head = grade_numeric(span["head"], answer, accept, unit, tolerance, **kw)
            if head.correct and grade_numeric(f"{count} days", answer, accept, unit, tolerance, **kw).correct:
                return Grade(True, head.reason, head.expected, _text(response), f"{_text(response)}: {head.expected}, and {span['range'].strip()} is {count} days", head.parts)
    if (
        isinstance(response, str) and _COORDINATE_ASKED.search(prompt) and (side := _SIGNED_BY_SIDE.fullmatch(response)) is not None
        and not any(_HEMISPHERE.search(_text(a)) or _SIDE_NAMED.search(_text(a)) for a in (answer, *(accept or ()), unit or ""))
    ):  # fmt: skip  the answer a signed figure: "35.71944 S" is -35.71944, "35.71944 N" is 35.71944
        signed = ("-" if side["side"][0].upper() in "SW" else "") + side["figure"]
        graded = grade_numeric(signed, answer, accept, unit, tolerance, **kw)
        if graded.correct:
            return Grade(True, graded.reason, graded.expected, _text(response), f"{_text(response)} is {signed}: {graded.expected}", graded.parts)
        if (signed[0] == "-") != _text(answer).strip().startswith(("-", "\u2212")):
            return _wrong(graded.expected, _text(response), f"'{side['side']}' puts {side['figure']} on the other side from {_display_number(answer)}")
        return dataclasses.replace(graded, given=_text(response))
    if isinstance(response, str) and unit and (per_unit := _PER_WORD.search(unit)) is not None and (per_typed := _PER_WORD.search(response)) is not None:
        asked, typed_per = (_PER_SAME.get(w, w) for w in (singular(per_unit[1].casefold()), singular(per_typed[1].casefold())))
        measured = [units.dimension(units.canonical_unit(w) or "") for w in (asked, typed_per)]
        if asked != typed_per and None in measured and (units.canonical_unit(asked) or asked) != (units.canonical_unit(typed_per) or typed_per) and typed_per not in normalise(prompt).split():
            return _wrong(_display_number(answer), _text(response), f"'{per_typed[0].strip()}' is not {per_unit[0].strip()}")  # "Rs 6.25 per kg" for a price per maund
    if unit and _BURTHEN.search(unit):
        unit = _BURTHEN.sub(r"\1", unit)  # "831 tons burthen": a ship's tons, as the age of sail measured them
    if isinstance(answer, str) and _BURTHEN.search(answer):
        answer = _BURTHEN.sub(r"\1", answer)
    if unit and _OCLOCK.fullmatch(unit) and isinstance(response, str):
        unit, response = None, _OCLOCK.sub("", response)  # the answer 8 with the unit "o'clock": "8 o'clock", "eight o'clock", "8"
        typed = _text(response)
    if (clock := clock_grade(typed, answer, accept)) is not None:
        return clock
    if (level := _LEVEL_REACHED.search(typed)) is not None and _BY_HOW_MUCH.search(prompt):
        return _wrong(_display_number(answer), typed, f"'{level[0]}' gives where it ended, and the question asks by how much it changed")
    total = None
    tally = isinstance(response, str) and _votes_for(response, answer, prompt, f"{prompt} {explanation}")
    if tally:
        response = tally  # "114 votes to 16": the votes for, which the question asks
    if isinstance(response, str) and (share := _OUT_OF.search(response)) is not None and _plain_float(share[3]) > _plain_float(share[1]) > 0 and not (
        share[0].strip() == response.strip() and _is_percent(answer, unit)
    ):  # "9 out of 10" alone, for a percentage, is the share (below)
        response, total = response[: share.start(2)] + response[share.end(3) :], share[3]  # "184 out of 192": the count, with its total
    if isinstance(response, str):
        if "%" in response:
            response = _PERCENT_DASH.sub(r"\1% - ", response)  # "59%-67%": a range, not 59% and minus 67%
        if (unit or "").strip().casefold() in _SMALLER_PARTS and (joined := _joined_duration(response, _SMALLER_PARTS[unit.strip().casefold()])):
            response = joined  # "a year and eight months" for 20 months
        response = _spoken_numeric(response, prompt, signed=_text(answer).strip().startswith(("-", "\u2212")))
        if " one" in response.casefold():
            response = _ORDINAL_ONE.sub(r"\1", response)  # "the third one" where the question asks which tranche
        if ("'" in response or "\u2019" in response) and (year := re.fullmatch(r"\s*(1[6-9]|20)\d{2}\s*", _text(answer))) is not None:
            response = _CLIPPED_YEAR.sub(lambda m: year[1] + m[1], response)  # "in '92" where the answer is 1992
    if unit and _SCALE_INSIDE.fullmatch(unit.strip()) and (figure := re.fullmatch(r"-?[\d.,]+", _text(answer).strip())) and (
        _plain_float(figure[0]) < 1000 or not re.match(r"m+tpa", unit.strip(), re.IGNORECASE)  # 1,200 MTPA: metric tonnes
    ) and (spelled := units.spell_scaled_rates(f"{_text(answer).strip()} {unit.strip()}")) != f"{_text(answer).strip()} {unit.strip()}":
        answer, unit = spelled, None  # unit "MMT", "bcm", "mtpa": the scale is inside the abbreviation
        accept = [units.spell_scaled_rates(f"{_text(a)} {spelled.split(' ', 1)[1]}") if re.fullmatch(r"-?[\d.,]+", _text(a).strip()) else a for a in accept or ()]
    if not unit and (named := _IN_CURRENCY.search(prompt)) is not None and (q := answer_quantity(answer)) is not None and q.unit is None:
        unit = named[1]  # "How much ..., in dollars?" with a bare answer: the question's currency, so "3.3 billion yen" is not it
    if unit and (share := _SHARE_OF.fullmatch(unit)) is not None:
        unit, prompt = "%", f"{prompt} {share[1]}"  # unit "% of GDP": a percentage, and what it is of may be said beside it
        kw["prompt"] = prompt
    if unit and (scaled := _UNIT_WITH_SCALE.fullmatch(unit.strip())) is not None and re.fullmatch(r"-?[\d.,]+", _text(answer).strip()):
        scale = scaled[2]  # unit "USD billion" beside a bare figure: the figure is in billions of dollars
        answer = f"{answer} {scale}"
        accept = [f"{a} {scale}" if re.fullmatch(r"-?[\d.,]+", _text(a).strip()) else a for a in accept or ()]
        unit = scaled[1]
    if unit and (leading := _SCALE_FIRST.fullmatch(unit.strip())) is not None and re.fullmatch(r"-?[\d.,]+", _text(answer).strip()):
        answer = f"{answer} {leading[1]}"  # unit "million units of account" beside 375: the figure is 375 million of them
        accept = [f"{a} {leading[1]}" if re.fullmatch(r"-?[\d.,]+", _text(a).strip()) else a for a in accept or ()]
        unit = leading[2]
    if isinstance(response, str) and (per := _PER_THING.search(response)) is not None and not re.search(r"\bper\b|/", unit or "") and (
        singular(per[1].casefold()) in {singular(w) for w in re.findall(r"[a-z]+", prompt.casefold())}
    ) and units.dimension(units.canonical_unit(per[1]) or "") in (None, "currency") and units.dimension(units.canonical_unit(unit) or "") in (None, "currency"):
        response = response[: per.start()] + response[per.end() :]  # "US$ 2.59 per barrel" where the question asks what a barrel cost
    if unit and isinstance(response, str) and (rate := _PER_PERIOD.search(unit)) is not None:
        response = _PERIODIC[rate[1].casefold()].sub(f"per {rate[1].casefold()}", response)  # "20 engines annually" for engines per year
    elif isinstance(response, str) and (said := _SAID_PER.search(response)) is not None and response[: said.start()].strip() and not (
        unit and (rate := parse_quantity(units.spell_scaled_rates(f"1 {unit}"))) is not None and rate.unit in units.RATES
    ) and (
        (period := _PERIOD_SAID.get(" ".join(said[0].strip(" ,").casefold().split()))) and _PERIODIC[period].search(prompt)
    ):  # fmt: skip
        response = response[: said.start()] + response[said.end() :]  # "3000 visas every year" where the question asks how many each year
    if unit and unit.casefold() in _POINT_UNITS and isinstance(response, str) and not re.search(r"percentage|%|\bbasis\b|\bbps?\b", response, re.IGNORECASE):
        response = re.sub(r"\b(?:points?|pp|pts?)\b", "percentage points", response, flags=re.IGNORECASE)  # "-2.8 points"
    in_points = _in_basis_points(response, unit) if unit and isinstance(response, str) else None
    if in_points is not None:
        response = in_points  # "175 basis points" for 1.75%, "200 bps" for 200 basis points, "2 percentage points" for 200 bp
    result = _grade_numeric(response, answer, accept, unit, tolerance, **kw)
    if in_points is not None:  # the reason quotes what was typed, and the figure it comes to
        result = Grade(result.correct, result.reason, result.expected, typed, f"{typed} is {in_points}: {result.expected}" if result.correct else f"{typed} is {in_points}, not {result.expected}", result.parts)
    if tally and result.correct:
        result = Grade(True, Reason.NUMERIC, result.expected, typed, f"{typed}: {result.expected} for, the side asked", result.parts)
    if total is not None and result.correct:
        result = Grade(True, Reason.NUMERIC, result.expected, typed, f"{typed}: {result.expected}, out of a total of {total}", result.parts)
    if result.given != typed and result.detail.startswith(f"{result.given} "):  # the reason quotes what was typed
        result = Grade(result.correct, result.reason, result.expected, typed, typed + result.detail[len(result.given) :], result.parts)
    elif result.given != typed and result.given and f" {result.given} " in f" {result.detail} ":
        result = Grade(result.correct, result.reason, result.expected, typed, result.detail.replace(result.given, typed, 1), result.parts)
    if not result.correct and isinstance(response, str) and _RULED_OUT_STATED not in result.detail and (said := digits_for_words(response)) != response:
        spelled = _grade_numeric(said, answer, accept, unit, tolerance, **kw)  # "a hundred and fifty"
        if spelled.correct:
            result = Grade(True, spelled.reason, spelled.expected, typed, f"{spelled.detail} (said in words: {said})", spelled.parts)
    if not result.correct and isinstance(response, str) and (share := _share_grade(response, answer, unit)) is not None:
        result = share  # "a third" for 33%, "half" for 50%
    if not result.correct and isinstance(response, str) and _HALVED.fullmatch(response) and _halving_asked(answer, unit, prompt):
        result = Grade(True, Reason.NUMERIC, result.expected, typed, f"{typed}: a fall of half, {result.expected}")  # "it halved" for -50%
    if not result.correct and isinstance(response, str) and "war" in response.casefold() and (named := _WAR_NAMED.sub(_war_initials, response)) != response:
        war = _grade_numeric(named, answer, accept, unit, tolerance, **kw)  # "1944, during the Second World War", read as "1944 in WWII"
        if war.correct:
            result = Grade(True, war.reason, war.expected, typed, f"{typed} = {war.expected}", war.parts)
    if not result.correct and isinstance(response, str) and (bare := _number_the_question_names(response, prompt)) is not None:
        named = _grade_numeric(bare, answer, accept, unit, tolerance, **kw)  # "COP XVI", "Tranche IV", "25 March" for the day asked
        if named.correct:
            result = Grade(True, named.reason, named.expected, typed, f"{typed} = {named.expected}", named.parts)
    if result.correct and not _text(answer).strip().startswith(("-", "\u2212")) and (balance := _BALANCE_WORD.search(typed)) is not None:  # a signed answer: its sign says which
        other = "surplus" if balance[0].casefold() == "deficit" else "deficit"
        if re.search(rf"\b{other}\b", prompt, re.IGNORECASE) and not re.search(rf"\b{balance[0]}\b", prompt, re.IGNORECASE):
            return _wrong(result.expected, result.given, f"'{balance[0]}' is the other side of the {other} the question asks about")
    if not result.correct or result.detail == _ACCEPTED_BEFORE or _said_as_given(response, answer, accept):
        return result
    said = " ".join([prompt, explanation, _text(answer), *(_text(a) for a in accept or ()), unit or ""])
    claim = (
        _leading_negation(_text(response), result, [_text(answer), *(_text(a) for a in accept or ())])
        or contradiction(_text(response), said, person=False) or reversed_direction(_text(response), prompt)
    )  # fmt: skip
    return _wrong(result.expected, result.given, claim) if claim else result


def _number_the_question_names(response: str, prompt: str) -> str | None:
    """The bare figure of "COP-16", "COP XVI", "Tranche IV" or "Sampriti-VII" where the question names that word,
    of "PP-14" where it names the Patrolling Point those letters stand for, and of "25 March" where it asks which
    day of March: None for anything else."""
    named = _NAMED_NUMBER.fullmatch(response)
    if named is not None and named[1].casefold() not in _NOT_A_NAME and (
        re.search(rf"\b{re.escape(named[1])}", prompt, re.IGNORECASE) or named[1].isupper() and named[1].casefold() in _prompt_acronyms(prompt)
    ):
        value = named[2] if named[2].isdigit() else roman_value(named[2].casefold())
        return str(value) if value else None
    day = _DAY_OF_MONTH.fullmatch(response)
    if day is not None and re.search(r"\bday\b|\bdate\b", prompt, re.IGNORECASE):
        month = (day[2] or day[3]).casefold()[:3]
        if month_number(month) is not None and re.search(rf"\b{month}[a-z]*\b", prompt, re.IGNORECASE):
            return day[1] or day[4]
    return None


_SHARE_OF = lazy_re(r"\s*(?:%|per\s?cent|percent)\s+(of\s+.+?)\s*", re.IGNORECASE)
_LEADING_NEGATION = lazy_re(
    r"\s*(not|never|no)\s+(?!sure\b|certain\b|(?:more|less|fewer|later|earlier|greater|higher|lower)\s+than\b|before\b|after\b|"
    r"exceeding\b|above\b|below\b|under\b|over\b|\.|(?<=no\s)\d|(?<=No\s)\d|(?<=NO\s)\d)(.+)",
    re.IGNORECASE | re.DOTALL,
)  # "not sure", "no more than 20", "not before 2033", "No. 12 Squadron" deny nothing


def _leading_negation(response: str, result: Grade, candidates: Sequence[str]) -> str | None:
    """"not 6 May 2025", "not Minister Zed Seselja": an answer denied is no answer, wherever the figure or name is read
    from. "not Lithuania but Latvia" keeps what it affirms; "not April 4, 1949" is a date denied, not 1949 affirmed."""
    found = _LEADING_NEGATION.fullmatch(response)
    if found is None or any(_text(c).strip().casefold().startswith(found[1].casefold() + " ") for c in candidates):
        return None  # "no first use": the answer itself begins so
    rest = found[2]
    if "ruled out" in result.detail:
        denied = _NOT_BUT_RE.fullmatch(response)
        if denied is None or read_date(f"{denied.group(1)}, {denied.group(2)}", "mdy") is None and read_date(f"{denied.group(1)} {denied.group(2)}", "dmy") is None:
            return None
    return f"'{found[1]} {rest.strip()}' denies the answer instead of giving it"


_NUMBER_SLIPS = lazy_re(r"\b(?:ninty|fourty|nintey)\b", re.IGNORECASE)
_NUMBER_SLIP_FIX = {"ninty": "ninety", "nintey": "ninety", "fourty": "forty"}
_EVERY_SO_OFTEN = lazy_re(r"\b(?:biennially|biannually|triennially|annually|yearly|every other year)\b", re.IGNORECASE)
_EVERY_SO_OFTEN_IS = {"biennially": "2 years", "biannually": "2 years", "triennially": "3 years", "annually": "1 year", "yearly": "1 year", "every other year": "2 years"}
_ONE_PERIOD = lazy_re(r"(?:a|one)\s+(week|fortnight|decade|century|year|month)", re.IGNORECASE)
_HUNDREDS = lazy_re(r"\b(\d+(?:\.\d+)?)\s+hundred\b", re.IGNORECASE)
_HOW_OFTEN_EVERY = lazy_re(r"^\s*(?:(?:once|one)\s+)?every\s+", re.IGNORECASE)
_FALL_WORDS = frozenset("fell fall fallen falls dropped drop drops declined decline declines decreased decrease decreases shrank shrunk".split())
_RISE_WORDS = frozenset("rose rise risen rises grew grow grown grows increased increase increases jumped jump climbed".split())


_NONE_SAID = lazy_re(
    r"\s*(?:none|nil|zero|no(?:t\s+(?:a\s+single|one|any))?\s+(?P<noun>[a-z]+(?:\s+[a-z]+)?))(?:\s+at\s+all)?(?:\s+(?:whatsoever|were\s+recorded))?[\s.!]*",
    re.IGNORECASE,
)
_ZERO_WORDS = frozenset("no none nobody nothing never zero nil".split())
_ZERO_FILLERS = frozenset("not a single one any at all whatsoever there of them it they".split())


def _zero_in_the_questions_words(response: str, asked: str) -> bool:
    """None said in a sentence made of the question's own words ("no country opposed it", "There were no abstentions",
    "nobody opposed"): zero, the figure; a word of its own ("no treaty, only MoUs") is a claim judged as typed."""
    words = re.findall(r"[a-z]+", response.casefold())
    folded = " ".join(words)
    if words == ["no"] or not (_ZERO_WORDS & set(words) or "not" in folded and re.search(r"\bnot\s+(?:a\s+single|one)\b", folded)) or any(c.isdigit() for c in response):
        return False
    if re.search(r"\bnot\b(?!\s+(?:a\s+single|one|any)\b)|(?<!\bno\s)(?<!\bnot\s)(?<!\bsingle\s)\bone\b", folded):
        return False  # "not zero - one country"; but "not a single one", "no one"
    said = set(re.findall(r"[a-z]+", asked))
    said |= {singular(w) for w in said} | {names.verb_lemma(w) or w for w in said}
    return all(
        w in _ZERO_WORDS or w in _ZERO_FILLERS or w in STOPWORDS or w in said or singular(w) in said or (names.verb_lemma(w) or w) in said
        for w in words
    )


_QUARTER_HOUR = lazy_re(r"\s*(?:(three\s+quarters)|(half)|(?:a|one)\s+quarter)\s+(?:of\s+)?an?\s+hour\s*", re.IGNORECASE)
_AND_A_HALF = lazy_re(r"\s*(?:a|an|one)\s+(year|month|week|day|hour|decade|century)\s+and\s+a\s+half\s*", re.IGNORECASE)
_AND_A_HALF_IS = {"year": "18 months", "month": "45 days", "week": "252 hours", "day": "36 hours", "hour": "90 minutes",
                  "decade": "15 years", "century": "150 years"}
_A_PAIR = lazy_re(r"\s*a\s+pair\s+of\s+([a-z][\w-]*)\s*", re.IGNORECASE)
_A_BALANCE_OF = lazy_re(
    r"\s*(?:a\s+|the\s+)?(?:trade\s+)?(?P<kind>deficit|surplus)\s+(?:of\s+)?(?P<figure>\S.*?)\s*"
    r"|\s*(?P<figure2>\S.*?)\s+(?:trade\s+)?(?P<kind2>deficit|surplus)\s*",
    re.IGNORECASE,
)
_RUPEES_FIRST = lazy_re(r"\s*(?:indian\s+)?rupees?\s+(?=\d|[a-z]+\s+(?:hundred|thousand|lakh|crore|million|billion))", re.IGNORECASE)
_CLIPPED_YEAR = lazy_re(r"(?<![\w'’])['’](\d{2})\b(?!['’])")
_NOT_A_NAME = frozenset(
    "minus plus negative positive over under about around nearly almost approx approximately roughly only just above below "
    "least most than up more less fewer some exactly precisely circa".split()
)  # words that change a figure, never the name it is counted by
_NAMED_NUMBER = lazy_re(r"\s*(?:the\s+)?([A-Za-z]{2,12})[-\s]?(\d{1,3}|[IVXLCivxlc]{1,6})\s*")
_DAY_OF_MONTH = lazy_re(
    r"\s*(?:on\s+)?(?:(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?([A-Za-z]{3,9})|([A-Za-z]{3,9})\s+(\d{1,2})(?:st|nd|rd|th)?)\s*"
)
_N_LONG = lazy_re(r"\s*(?:an?\s+)?(decade|century)[-\s]long\s*", re.IGNORECASE)
_A_MAXIMUM_OF = lazy_re(r"\b(?:a\s+|the\s+)?max(?:imum|\.)?(?:\s+of)?\s+(?=\d)", re.IGNORECASE)
_HALF_A = lazy_re(r"\s*(?:about\s+|around\s+|roughly\s+)?half\s+an?\s+([a-z][a-z-]*)\s*", re.IGNORECASE)


_WORKING = lazy_re(r"\s*(?P<left>(?:[\d.,%\s()+\-*/x×÷]|plus|minus|times|divided\s+by)+?)\s*(?:=|,?\s+(?:so|that is|which is|gives|makes)\s)\s*(?P<right>.+)", re.IGNORECASE)
_WORKING_AFTER = lazy_re(r"\s*(?P<right>-?\d[\d,]*(?:\.\d+)?\s*%?)\s*\(\s*(?P<left>(?:[\d.,%\s+\-*/x×÷]|plus|minus|times|divided\s+by)+?)\s*\)\s*", re.IGNORECASE)
_COMPOUND = lazy_re(r"\s*(?:(?:a|an|the|its|their)\s+)?(\d[\d,.]*|[a-z]+)-([a-z]+)\s+([a-z][a-z-]*)\s*\.?\s*", re.IGNORECASE)
_NOT_COUNTED = frozenset({"strong", "old", "long", "odd", "plus", "fold", "point", "nil", "year-old"})
"""A compound before a noun that is no count of its unit: "125-strong", "73-year-old", "decade-long", "5-fold"."""
_COMPOUND_HEADS = frozenset(
    "visit trip tour stay bloc grouping document report house chamber assembly parliament supermajority majority bench "
    "span period stretch delegation team contingent".split()
)
"""Nouns a count before them describes without a claim of their own ("a three-day visit", "the 27-nation bloc"); any
other must be the question's ("a 99-year lease" where it asks about the lease; "a 99-year loan" there stays wrong)."""
_BALANCE_WORD = lazy_re(r"\b(?:surplus|deficit)\b", re.IGNORECASE)
_DENIED_FRAME = frozenset("within in over during for by before after next".split())
"""Words of a time frame that a denial repeats from the question ("not within five years", "not in the next five")."""
_RULED_OUT_STATED = "is what the question says, and you ruled it out"
_JUBILEE = lazy_re(r"\b(silver|ruby|golden|diamond|platinum)\s+jubilee\b", re.IGNORECASE)
_JUBILEES = {"silver": 25, "ruby": 40, "golden": 50, "diamond": 60, "platinum": 70}
_BELOW = lazy_re(r"\s*(?:about\s+|around\s+)?(\d[\d,.]*(?:\s*[a-z]+)?)\s+(?:below\s+(?:the\s+)?sea[\s-]+level|fewer|less|lower)(?:\s+([a-z]+))?\s*\.?\s*", re.IGNORECASE)
_OPERATORS = {"plus": "+", "minus": "-", "times": "*", "x": "*", "×": "*", "÷": "/", "divided by": "/"}


def without_working(response: str) -> str:
    """"2023 minus 65 = 1958", "25 + 25 = 50%", "1958 (2023 minus 65)": the result, where the working beside
    it is sums that come to it."""
    worked = _WORKING.fullmatch(response) if "=" in response or " " in response.strip() else _WORKING_AFTER.fullmatch(response) if "(" in response else None
    if worked is None and "(" in response:
        worked = _WORKING_AFTER.fullmatch(response)
    if worked is None:
        return response
    left = re.sub(r"divided\s+by|plus|minus|times|[x×÷]", lambda m: _OPERATORS[re.sub(r"\s+", " ", m[0].casefold())], worked["left"], flags=re.IGNORECASE)
    left = left.replace("%", "").replace(",", "")
    right = re.match(r"\s*(-?\d[\d,]*(?:\.\d+)?)", worked["right"])
    if right is None or "**" in left or not re.fullmatch(r"[\d.\s()+\-*/]+", left) or not re.search(r"\d\s*[-+*/]\s*\(?\s*\d", left):
        return response
    try:
        value = eval(compile(left, "<working>", "eval"), {"__builtins__": {}}, {})  # digits, brackets and + - * / only
        same = abs(value - float(right[1].replace(",", ""))) < 1e-9
    except (SyntaxError, ZeroDivisionError, TypeError, ValueError, OverflowError, RecursionError, MemoryError):
        return response  # nonsense, or sums too deep or too large to be working anyone shows
    return worked["right"].strip() if same else response


_WAR_NAMED = lazy_re(r"\b(?:the\s+)?(?:(first|second|1st|2nd)\s+world\s+war|world\s+war\s*[-\s]?(one|two|ii|i|1|2))\b", re.IGNORECASE)


def _war_initials(match: re.Match[str]) -> str:
    return "WWI" if (match[1] or match[2] or "").casefold() in ("first", "1st", "1", "i", "one") else "WWII"


_IN_CURRENCY = lazy_re(
    r"\bin\s+((?:us\s+|american\s+|canadian\s+|australian\s+|indian\s+)?(?:dollars|rupees|euros|yen|pounds)|usd|inr|eur|cad|aud|us\$)(?:\s*[?.,)]|\s*$)",
    re.IGNORECASE,
)
_SCALE_INSIDE = lazy_re(r"mmts?|bcm|m{1,2}tpa|mm?b/?d|mm?bpd|maf", re.IGNORECASE)
_RATE_BASES = {"tpa": (("metric_ton",), "year"), "bpd": (("barrel", "barrels", "bbl"), "day")}
"""A rate's amount ("tonnes" for tonnes per annum), right where the question itself says the period."""
_PART_SCALES = {"crore": 10**7, "crores": 10**7, "lakh": 10**5, "lakhs": 10**5, "thousand": 1000, "hundred": 100}
_SCALED_PARTS = lazy_re(
    r"\b\d{1,3}\s+(?:crores?|lakhs?|thousand|hundred)(?:\s+(?:and\s+)?\d{1,3}(?:\s+(?:crores?|lakhs?|thousand|hundred))?\b)+(?![.,]\d)",
    re.IGNORECASE,
)


def _joined_parts(match: re.Match[str]) -> str:
    """One figure said in parts, as Indian English says it ("7 lakh 83 thousand 958", "18 thousand 300"): the parts
    added, each scale smaller than the one before and each part smaller than the scale above it; else as typed."""
    tokens = [t for t in match[0].split() if t.casefold() != "and"]
    total, above, k = 0, None, 0
    while k < len(tokens):
        number = int(tokens[k])
        scale = _PART_SCALES.get(tokens[k + 1].casefold(), 0) if k + 1 < len(tokens) else 0
        step = scale or 1
        if above is not None and (step >= above or number * step >= above):
            if scale and k + 2 == len(tokens) and number < above:
                return f"{total + number} {tokens[k + 1]}"  # "18 thousand 750 crore": 18,750 crore
            return match[0]
        total += number * step
        above, k = step, k + (2 if scale else 1)
    return str(total) if k >= 3 else match[0]


def _spoken_numeric(response: str, prompt: str, signed: bool = False) -> str:
    """How a figure is said around it, made plain: the typographic minus and "º" for degrees, "25 hundred",
    "every two years" where the question asks how often, and "it fell by 36%" where it asks by how much it fell
    (a verb of the question's own direction; the other direction stays and is judged)."""
    response = without_working(response.replace("\u2212", "-").replace("º", "°"))
    if _SCALED_PARTS.search(response):
        response = _SCALED_PARTS.sub(_joined_parts, response)  # "7 lakh 83 thousand 958" = 783958
    if "jubilee" in response.casefold() and (jubilee := _JUBILEE.search(response)) is not None:
        years = _JUBILEES[jubilee[1].casefold()]  # "golden jubilee (50th)", "silver jubilee, 25 years", "its diamond jubilee"
        rest = (response[: jubilee.start()] + response[jubilee.end() :]).strip(" ,;()")
        rest = re.sub(r"^(?:its|the|a)\s+", "", rest, flags=re.IGNORECASE).strip(" ,;()")
        if not re.search(r"\d", rest):
            response = f"{years}th {rest}".strip()
        elif str(years) in re.findall(r"\d+", rest):
            response = rest  # the jubilee and its number agree
    if "-" in response and (counted := _count_before_noun(response, prompt)) is not None:
        response = counted  # "a three-day visit", "the 27-nation bloc": the count and its noun
    if "ought" in response.casefold():
        response = re.sub(r"\bn[ao]ught\b", "zero", response, flags=re.IGNORECASE)  # "nought point nine", as British English says 0.9
    if "domestic product" in response.casefold():
        response = re.sub(r"\bgross\s+domestic\s+product\b", "GDP", response, flags=re.IGNORECASE)  # "2% of gross domestic product"
    if "upto" in response.casefold():
        response = re.sub(r"\bupto\b", "up to", response, flags=re.IGNORECASE)  # "upto 50 %", as Indian English writes it
    if "hundred" in response:
        response = _HUNDREDS.sub(lambda m: _display_number(float(m[1]) * 100), response)
    if "nty" in response or "fourty" in response:
        response = _NUMBER_SLIPS.sub(lambda m: _NUMBER_SLIP_FIX[m[0].casefold()], response)  # "nineteen ninty nine"
    asked = prompt.casefold()
    if "how often" in asked:
        response = _HOW_OFTEN_EVERY.sub("", response)
        response = _EVERY_SO_OFTEN.sub(lambda m: _EVERY_SO_OFTEN_IS[m[0].casefold()], response)  # "biennially"
    if (none := _NONE_SAID.fullmatch(response)) is not None:
        noun = none["noun"] or ""
        response = "0" if noun.casefold() in ("", "one", "ones") else f"0 {noun}"  # "none", "no objections at all"
    elif _zero_in_the_questions_words(response, asked):
        response = "0"  # "no country opposed it" where the question asks how many countries opposed it
    if (half := _AND_A_HALF.fullmatch(response)) is not None:
        response = _AND_A_HALF_IS[half[1].casefold()]  # "a year and a half" for 18 months: exact, not 1.5 rounded
    if (quarter := _QUARTER_HOUR.fullmatch(response)) is not None:
        response = f"{45 if quarter[1] else 30 if quarter[2] else 15} minutes"  # "a quarter of an hour" for 15 minutes
    if ("deficit" in response.casefold() or "surplus" in response.casefold()) and "-" not in response and (
        balance := _A_BALANCE_OF.fullmatch(response)
    ) is not None and (balance["kind"] or balance["kind2"]).casefold() == (
        "deficit" if signed else "surplus"
    ):  # "a deficit of $99.2 billion" for -99.2 billion, "a surplus of USD 36.74 billion" for 36.74 billion; the other word stays
        response = ("-" if signed else "") + (balance["figure"] or balance["figure2"])
    if response[:1] in "rRiI" and (rupees := _RUPEES_FIRST.match(response)) is not None:
        response = "Rs " + response[rupees.end():]  # "rupees fifteen hundred crore", as "Rs 1500 crore" is written
    if "max" in response.casefold():
        response = _A_MAXIMUM_OF.sub("up to ", response)  # "a maximum of 1,550": a ceiling, judged as "up to 1,550"
    if "long" in response and (lasting := _N_LONG.fullmatch(response)) is not None:
        response = f"a {lasting[1]}"  # "decade-long" for 10 years
    if (pair := _A_PAIR.fullmatch(response)) is not None:
        response = f"2 {pair[1]}"  # "a pair of drones"
    if (half := _HALF_A.fullmatch(response)) is not None and half[1].casefold() not in ("year", "month", "week", "day", "hour", "decade", "century", "dozen"):
        response = f"0.5 {half[1]}"  # "half a tonne" for 500 kg, "half a kilometre" for 500 m (a period's half: its own words)
    if (one := _ONE_PERIOD.fullmatch(response.strip())) is not None:
        response = f"1 {one[1]}"  # "a week" for 7 days
    if signed and (below := _BELOW.fullmatch(response)) is not None:
        response = f"-{below[1]} {below[2] or ''}".strip()  # "28 metres below sea level" for -28 m, "250 fewer seats" for -250 seats
    if response.lstrip().startswith("+") and re.search(r"\bsign\b|\bris(?:e|es|en)\b|\brose\b|\bincrease|\bgr[eo]w|\bjump|\bsurge|\bclimb", asked):
        response = response.lstrip()[1:]  # "+67%" where the question asks the change with its sign
    same = _direction_asked(asked)
    if same and not signed and re.search(r"\d", response):  # a negative answer: "fell" gives the sign
        kept = [w for w in response.split() if w.casefold().strip(".,") not in same]
        if kept and len(kept) < len(response.split()):
            response = " ".join(kept)
    return response


@lru_cache(maxsize=64)  # one entry per question, as answer_forms: the question's words, not read again on every response
def _direction_asked(asked: str) -> frozenset[str] | tuple[()]:
    """The verbs of the one direction the question asks ("By how much did exports fall?": the falling ones), else ()."""
    words = set(re.findall(r"[a-z]+", asked))
    return _FALL_WORDS if words & _FALL_WORDS and not words & _RISE_WORDS else _RISE_WORDS if words & _RISE_WORDS and not words & _FALL_WORDS else ()


def _count_before_noun(response: str, prompt: str) -> str | None:
    """"a three-day visit" -> "three day": a count in a compound before a noun that claims nothing of its own (or
    is the question's own); None for anything else ("125-strong", "twenty-four hundred", "a 99-year loan")."""
    compound = _COMPOUND.fullmatch(response)
    if compound is None:
        return None
    count, unit, noun = compound[1], compound[2].casefold(), compound[3].casefold()
    if unit in _NOT_COUNTED or unit in NUMBER_WORDS or not (count[:1].isdigit() or count.casefold() in CARDINALS):
        return None
    if noun not in _COMPOUND_HEADS and not re.search(rf"\b{re.escape(noun)}", prompt, re.IGNORECASE):
        return None
    return f"{count} {unit}"


_DECIMAL_SHARE = lazy_re(r"\s*(-?0?\.\d+)(?:\s+of\s+(?:the\s+)?[a-z ]+)?\s*\.?\s*", re.IGNORECASE)


_ORDINAL_ONE = lazy_re(rf"\b(\d+(?:st|nd|rd|th)|{'|'.join(sorted(ORDINALS, key=len, reverse=True))})\s+one\b", re.IGNORECASE)


_HALVED = lazy_re(
    r"\s*(?:it\s+|they\s+|(?:it|they)\s+(?:was|were)\s+)?(?:halved|(?:cut|reduced|slashed|fell|dropped|declined|decreased|shrank|down)\s+(?:by\s+|in\s+)?(?:a\s+|one\s+)?half|by\s+(?:a\s+|one\s+)?half)[\s.!]*",
    re.IGNORECASE,
)


def _halving_asked(answer: str | int | float, unit: str | None, prompt: str) -> bool:
    """A fall of 50%: the answer -50%, or 50% where the question asks how much something fell or was cut."""
    expected = answer_quantity(answer)
    if expected is None or "%" not in (expected.unit or "", (unit or "").strip()):
        return False
    asked = set(re.findall(r"[a-z]+", prompt.casefold()))
    return expected.value == -50 or expected.value == 50 and bool(asked & (_FALL_WORDS | {"cut", "cuts", "reduced", "reduce", "reduction", "halved"}))


_CURRENCY_PER = lazy_re(r"\s*(.+?)\s+((?:per|a|/)\s+.+)", re.IGNORECASE)
_PER_MEASURE = lazy_re(r"\b(?:per|a|an|/)\s*(acre|hectare|ha|sq\.?\s*km|square\s+(?:kilometre|kilometer|mile|metre|meter)|km2|mile|kilometre|kilometer|km|tonne|ton|barrel|kg|kilogram|litre|liter|gallon|ounce)s?\b", re.IGNORECASE)


def _per_other_measure(response: str, unit: str) -> str | None:
    """A rate per another measure of the same kind than the question's ("$4 per acre" where it pays per hectare): the
    reason, or None."""
    asked, typed = _PER_MEASURE.search(unit), _PER_MEASURE.search(response)
    if asked is None or typed is None:
        return None
    a, b = (units.canonical_unit(m[1].casefold().replace(".", "")) or m[1].casefold() for m in (asked, typed))
    if a == b or units.dimension(a or "") is None or units.dimension(a or "") != units.dimension(b or ""):
        return None
    return f"'{typed[0].strip()}' is another measure than the question's, {asked[0].strip()}"


_YEARLY_PERCENT = lazy_re(r"(?:%|percent|per\s?cent)\s*(?:per\s+annum|p\.\s?a\.?|a\s+year|per\s+year|annually|yearly)", re.IGNORECASE)
_YEARLY_SAID = lazy_re(r"(?:(?<=%)|(?<=cent))\s*(?:per\s+annum|p\.\s?a\.?|a\s+year|per\s+year|annually|yearly)\b\.?", re.IGNORECASE)


def _is_percent(answer: Any, unit: str | None) -> bool:
    """The question asks for a percentage."""
    return "%" in (unit or "") or units.canonical_unit(unit) == "%" or "%" in _text(answer)


def _share_grade(response: str, answer: str | int | float, unit: str | None) -> Grade | None:
    """A percentage answered as a fraction ("a third" for 33%, "half" for 50%): right when the share rounds to it."""
    fraction = read_fraction(response)
    decimal = _DECIMAL_SHARE.fullmatch(response) if fraction is None else None
    if decimal is not None:
        fraction = float(decimal[1])  # "0.4" for 40%: the share as a decimal fraction, never a share of 1% or less
    expected = answer_quantity(answer) if fraction is not None else None
    if decimal is not None and expected is not None and (abs(expected.value) <= 1 or abs(fraction * 100 - expected.value) > 1e-9):
        return None
    if expected is None or "%" not in (expected.unit or "", (unit or "").strip()) and units.canonical_unit(unit) != "%":
        return None
    display = _display_number(answer) + ("" if "%" in _text(answer) else f" {(unit or '%').strip()}")
    if percent_is_fraction(expected.value, fraction, _display_number(answer)):
        return Grade(True, Reason.NUMERIC, display, response.strip(), f"{response.strip()} = {display}")
    return _wrong(display, response.strip(), f"{response.strip()} is not {display}")


_PER_GOODS = lazy_re(
    r"\s*(?:per|a|an|/)\s*(barrel|bbl|(?:metric\s+)?tonne|ton|mt|troy\s+ounce|ounce|oz|kg|kilogram|litre|liter|gallon|mmbtu)s?\.?\s*$",
    re.IGNORECASE,
)
_PRICE_ASKED = lazy_re(r"\b(?:price|prices|priced|cap|contract|benchmark|traded|trading|per\s+(?:barrel|tonne|ton|ounce))\b", re.IGNORECASE)
_GOODS_UNITS = {"bbl": "barrel", "metric tonne": "tonne", "ton": "tonne", "mt": "tonne", "troy ounce": "ounce", "oz": "ounce",
                "kilogram": "kg", "liter": "litre"}  # fmt: skip
_PRICED_IN = (("barrel", lazy_re(r"\b(?:oil|crude|brent|urals|wti|barrels?)\b", re.IGNORECASE)),
              ("mmbtu", lazy_re(r"\b(?:gas|lng|mmbtu)\b", re.IGNORECASE)),
              ("tonne", lazy_re(r"\b(?:nickel|copper|alumin(?:i)?um|zinc|tin|steel|iron|coal|lithium|cobalt|wheat|rice|tonnes?)\b", re.IGNORECASE)),
              ("ounce", lazy_re(r"\b(?:gold|silver|platinum|ounces?)\b", re.IGNORECASE)))  # fmt: skip


def _priced_per(unit: str, said: str) -> bool:
    """A price asked for, and the learner's unit of the goods the one it is quoted in: per barrel for oil, per
    MMBtu for gas, per tonne or ounce for metals; any unit where the question names no goods."""
    if not _PRICE_ASKED.search(said):
        return False
    unit = re.sub(r"\s+", " ", unit.casefold().rstrip(".s") if unit.casefold() not in ("mmbtu",) else unit.casefold())
    unit = _GOODS_UNITS.get(unit, unit)
    return all(unit == quoted for quoted, goods in _PRICED_IN if goods.search(said))
_PARTS_OF_A_YEAR = frozenset("early late mid middle beginning start end spring summer autumn fall winter monsoon of the".split())
_NUMERO = lazy_re(r"\b[Nn]o\.?\s*(?=\d)")
_SMALLER_PARTS = {"months": ("years?", 12), "month": ("years?", 12), "minutes": ("hours?", 60), "minute": ("hours?", 60)}
"""The unit of an answer that a learner may say as a larger unit and a remainder: "1 year and 8 months"."""
_TWO_PARTS = {
    larger: lazy_re(rf"^\s*(an?|\d+)\s+{larger}\s*(?:,\s*|and\s+)?(\d+)\s+(months?|minutes?)\s*$", re.IGNORECASE)
    for larger in ("years?", "hours?")
}


def _joined_duration(response: str, parts: tuple[str, int]) -> str | None:
    """"a year and eight months" as "20 months" where the answer is in months (hours and minutes likewise)."""
    larger, size = parts
    said = _TWO_PARTS[larger].match(digits_for_words(response))
    if said is None or (said[3].casefold().rstrip("s") != ("month" if size == 12 else "minute")):
        return None
    whole = 1 if said[1].casefold() in ("a", "an") else int(said[1])
    return f"{whole * size + int(said[2])} {said[3].rstrip('s')}s"


_PERCENT_DASH = lazy_re(r"(\d)\s*%\s*[-\u2013\u2014]\s*(?=\d)")
_PART_OF_YEAR = lazy_re(r"\b(early|mid|late|end|start|beginning)-((?:19|20)\d\d)\b", re.IGNORECASE)
_BASIS_POINTS = lazy_re(r"^\s*([-+]?\d+(?:\.\d+)?)\s*(?:basis\s+points?|bps|bp)\s*$", re.IGNORECASE)
_POINTS_AS_PER_CENT = lazy_re(r"^\s*([-+]?\d+(?:\.\d+)?)\s*(?:%|per\s?cent|percent|percentage\s+points?)\s*$", re.IGNORECASE)
_BASIS_UNITS = frozenset({"basis points", "basis point", "bps", "bp"})


def _in_basis_points(response: str, unit: str) -> str | None:
    """A rate in basis points and in per cent are one figure a hundredfold apart (a central bank's "175 basis points" is
    1.75%); "bps" here is basis points, never bits per second. The response in the answer's own unit, or None."""
    asked = unit.strip().casefold()
    if asked in _BASIS_UNITS:
        if (bp := _BASIS_POINTS.match(response)) is not None:
            return f"{bp[1]} {unit.strip()}"
        if (pc := _POINTS_AS_PER_CENT.match(response)) is not None:
            return f"{float(pc[1]) * 100:g} {unit.strip()}"
    elif asked in ("%", "per cent", "percent", "percentage points") and (bp := _BASIS_POINTS.match(response)) is not None:
        return f"{float(bp[1]) / 100:g}{'%' if asked == '%' else ' ' + asked}"
    return None


_ZLOTY = lazy_re(r"\bzł(?:oty(?:ch|s)?)?(?!\w)", re.IGNORECASE)
_DOLLARS_US = lazy_re(r"\bdollars?\s*\(\s*u\.?\s?s\.?\s*\)", re.IGNORECASE)


def _grade_numeric(
    response: str,
    answer: str | int | float,
    accept: Sequence[str | int | float] = (),
    unit: str | None = None,
    tolerance: float | str | None = None,
    *,
    prompt: str = "",
    accepted: Collection[str] = (),
    date_order: str = "dmy",
    explanation: str = "",
    category: str | None = None,
) -> Grade:
    if unit and _SCALED_UNIT.match(unit) and answer_quantity(answer) is not None and answer_quantity(answer).unit is None:
        folded = answer_quantity(f"{_display_number(answer)} {unit}")
        if folded is not None and (folded.unit is not None or folded.scale != 1):  # answer -2000, unit "crore rupees"; 3, "million"
            answer, unit = f"{_display_number(answer)} {unit.strip()}", None
    if unit and "per" in unit and isinstance(response, str) and (per := _per_other_measure(response, unit)) is not None:
        return _wrong(_display_number(answer) + f" {unit}", response.strip(), per)  # "$4 per acre" for $4 a hectare
    if unit and (rate := _CURRENCY_PER.fullmatch(unit)) is not None and units.dimension(units.canonical_unit(rate[1]) or "") == "currency":
        unit, quoted = rate[1], {singular(w) for w in re.findall(r"[a-z]+", rate[2].casefold())}  # "US dollars per barrel", "USD per hectare per year"
        if isinstance(response, str):
            response = re.sub(r"\s*\b(?:per|a|an|each|every)\s+([a-z]+)\b|\s*/\s*([a-z]+)\b",
                              lambda m: "" if singular((m[1] or m[2]).casefold()) in quoted else m[0], response, flags=re.IGNORECASE)
    expected_q = answer_quantity(answer)
    if expected_q is None or (isinstance(answer, str) and _is_day_date(answer, date_order)):
        # a date as a numeric answer ("12 August", "2 April 2022"), or what validation should have refused: as text
        from studyapp.grading.short import grade_text  # short answers read figures with this module: no import cycle

        if unit and ranges.read_figure_range(_text(answer)) is not None and ranges.read_figure_range(_text(answer)).unit is None:
            answer = f"{_text(answer)} {unit.strip()}"  # "33-35" with unit "%": the range is in the question's unit
            accept = [f"{_text(a)} {unit.strip()}" if (r := ranges.read_figure_range(_text(a))) is not None and r.unit is None else a for a in accept or ()]
        return grade_text(
            _text(response), _text(answer), [_text(a) for a in accept or ()], prompt=prompt, accepted=accepted,
            date_order=date_order, explanation=explanation, category=category,
        )  # fmt: skip
    expected = _display_number(answer)
    expected_unit = _expected_unit(expected_q, unit)
    if expected_unit is None and _m_is_metres(_text(answer), expected_q):
        expected_unit = "meter"  # "8,849 m" as an answer: a height, not 8.849 billion
    if expected_unit in ("gbp", "pound") and (unit or "").strip().casefold() in ("pound", "pounds") and _WEIGHED.search(f"{prompt} {explanation}"):
        expected_unit = "pound_mass"  # "How much cargo, in pounds": a weight, so "lbs" is right and "£370,000" is not
    if units.dimension(expected_unit or "") == "length":
        expected_q = _as_metres(expected_q)
        expected_unit = expected_unit or expected_q.unit
    if unit and expected_q.unit is None:
        expected = f"{expected} {unit.strip()}"
    given = _text(_display_number(response) if isinstance(response, (int, float)) and not isinstance(response, bool) else response)
    given = _DOLLARS_US.sub("US dollars", given)  # "3,33 billion dollars (US)"
    if "zł" in given.casefold():
        given = _ZLOTY.sub("PLN", given)  # "200 bn zł": the zloty's sign, which the word reader does not spell
    given = _NUMERO.sub("", given)  # "No 12 Squadron", "No. 12": the number sign, not a denial
    if "-" in given:  # each pattern holds its sign: a replacement with a group calls back into Python on every ``sub``
        given = _PART_OF_YEAR.sub(r"\1 \2", given)  # "mid-2018"
    if "+" in given:
        given = _PLUS_PERCENT.sub(r"\1%+", given)  # "3+%": the plus of "3%+"
    if unit and " of " in unit and units.dimension(expected_unit or ""):
        given = re.sub(rf"\s+of\s+{re.escape(unit.split(' of ', 1)[1].strip())}\b", "", given, flags=re.IGNORECASE)  # "tonnes of ore", as the unit says
    if units.dimension(expected_unit or "") == "currency" and (per := _PER_GOODS.search(given)) and _priced_per(per[1], f"{prompt} {explanation}"):
        given = given[: per.start()]  # "$45/bbl", "18,470 dollars per ton": the price the question asks is per unit of the goods
    signed = [c for c in (_text(answer), *(_text(a) for a in accept or ())) if any(ch in "$£€₹¥" for ch in c)]
    if signed and all(_symbols_differ(given, c) for c in signed):
        return _wrong(expected, given, f"Wrong currency: {given} is not {expected}")  # "$8.55 billion (₹)"
    if (edition := _NAMED_EDITION.fullmatch(given)) and _ORDINAL_ASK.search(prompt or ""):
        number = edition[2] if edition[2].isdigit() else roman_value(edition[2].casefold())
        if number and set(normalise(edition[1]).split()) <= _edition_words(prompt):
            given = str(number)  # "Shakti VII" for the 7th edition of Exercise Shakti, "Chandrayaan-2" for which mission
    if (named := _ORDINAL_NAMED.fullmatch(given)) and _ORDINAL_ASK.search(prompt or "") and named[1].casefold() in ORDINALS:
        if not named[2] or set(normalise(named[2]).split()) <= _edition_words(prompt) | {"one"}:
            given = named[1]  # "the second one", "the Third UN Conference" for which conference (give its number)
    if _FY_YEAR.search(given) and _FISCAL_ASKED.search(prompt or ""):
        given = _FY_YEAR.sub(r"\1", given)  # "FY2026" where the question asks by which fiscal year
    if not given:
        return _wrong(expected, given, "No answer given")
    if _overruled(given, accepted):
        return Grade(True, Reason.ALTERNATIVE, expected, given, _ACCEPTED_BEFORE)
    words = context(prompt, explanation, category)
    unbracketed = re.sub(r"\s*\((not|rather than)\s+(.+?)\)\s*$", r", \1 \2", given) if "(" in given else given  # "2010 (not 2013)"
    denial = _NOT_BUT_RE.fullmatch(unbracketed) or _NOT_RE.fullmatch(unbracketed)
    if denial is not None:  # the answer, and what it is not: right when what is kept is right and what is ruled out is not
        kept, other = (denial.group(2), denial.group(1)) if denial.re.pattern == _NOT_BUT_RE.pattern else (denial.group(1), denial.group(2))
        again = partial(grade_numeric, answer=answer, accept=accept, unit=unit, tolerance=tolerance, prompt=prompt,
                        date_order=date_order, explanation=explanation, category=category)  # fmt: skip
        stated = {t for t in normalise(other).split() if t not in STOPWORDS and t not in _DENIED_FRAME}  # "but not within five years"
        if stated and stated <= words.said and not any(c.isdigit() for c in other) and _denies_an_attribute(kept, other, words.spoken):
            return _wrong(expected, given, f"'{other}' {_RULED_OUT_STATED}")  # "$9.7 billion, not Canadian dollars"
        if "not" not in kept.casefold().split() and _real_denial(kept, other) and again(kept).correct and not again(other).correct:
            return Grade(True, Reason.NUMERIC, expected, given, f"'{kept}' is the answer; what you ruled out is not")
    named = _wars_named(given, expected_q, expected_unit)
    if named is not None:
        return named
    spoken = units.spell_scaled_rates(_spoken_figures(given, expected_q, expected_unit))
    if expected_q.value < 0 and _FALL.search(spoken) and not re.search(r"[-−]\s*[\d₹$]|\bminus\b|\bnegative\b", spoken):
        spoken = _FIRST_FIGURE.sub(r"minus \1", _FALL.sub(" ", spoken), count=1)  # "a fall of ₹2,000 crore" = -₹2,000 crore
    if (
        expected_q.value > 0 and (sign := _LEADING_SIGN.match(spoken)) and _cut_asked(prompt)  # the sign first: the question read only then
        and units.dimension(expected_unit or "") != "temperature"
    ):  # fmt: skip
        spoken = spoken[sign.end():]  # "-2.2 million bpd" for how much output was cut: the cut written as a change
    reading = find_reading(spoken, words, date_order)
    if reading is None:
        return _wrong(expected, given, "Not a number")
    if reading.kind == "date" and not _is_year_answer(expected_q, expected_unit, prompt):
        if reading.date is not None and (day := _the_day_asked(reading.date, expected_q.value, prompt)) is not None:  # "10 November 2025" for the 10th
            return Grade(True, Reason.DATE, expected, given, f"{given} falls on the day asked, {expected}") if day else _wrong(expected, given, f"{given} is not on the day asked, {expected}")
        return _wrong(expected, given, "Not a number")
    absolute, relative = _tolerance(tolerance, expected_q)
    is_year = _is_year_answer(expected_q, expected_unit, prompt)
    options = [_Expected(expected, expected_q, expected_unit, is_year, False)]
    for alt in accept or ():
        alt_q = answer_quantity(alt)
        if alt_q is not None:
            options.append(_Expected(_display_number(alt), alt_q, _expected_unit(alt_q, unit), is_year, True))
    if reading.quantity is not None and (typed_unit := units.canonical_unit(reading.quantity.unit)) and units.dimension(typed_unit) is not None and any(
        units.canonical_unit(o.unit) == typed_unit for o in options
    ):  # "2,220 km" is judged against the answer's 2,200 km, not converted to its accepted "1367 miles" (within 1%)
        options = [o for o in options if not o.is_alt or units.dimension(units.canonical_unit(o.unit) or "") != units.dimension(typed_unit)
                   or units.canonical_unit(o.unit) == typed_unit]  # fmt: skip
    stated = _stated_directions(prompt, explanation, _text(answer), *(_text(a) for a in accept or ()))
    problems: list[str] = []
    for option in options:
        verdict = _judge_number(given, reading, option, words, absolute, relative, stated)
        if isinstance(verdict, Grade):
            if not option.is_alt and verdict.reason is Reason.NUMERIC and normalise(_text(response)) == normalise(_text(answer)):
                return Grade(True, Reason.EXACT, expected, given, "Exact match")
            return Grade(verdict.correct, verdict.reason, expected, given, verdict.detail)
        problems.append(verdict)
    return _wrong(expected, given, _numeric_problem(given, expected, problems[0], reading, date_order))


_WEIGHED = lazy_re(r"\b(?:weigh\w*|cargo|payload|freight|load|loads|lbs?|mass|tonnes?|kg|supplies|aid delivered|heavy|heavier|bombs?|warheads?)\b", re.IGNORECASE)
_PLUS_PERCENT = lazy_re(r"(\d)\s*\+\s*(?:%|per\s?cent\b|percent\b)", re.IGNORECASE)
_NAMED_EDITION = lazy_re(r"\s*((?:exercise\s+)?[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,2}?)[\s-]+([IVXLC]{1,7}|\d{1,3})\s*", re.IGNORECASE)
_ORDINAL_NAMED = lazy_re(r"\s*(?:the\s+)?([a-z]+)(?:\s+((?:[A-Za-z][\w-]*\s*){1,5}))?\s*", re.IGNORECASE)


def _edition_words(prompt: str) -> set[str]:
    """The question's words a name of the edition may use: "UN" where it says United Nations."""
    said = set(normalise(prompt).split())
    return said | ({"un"} if {"united", "nations"} <= said else set())
_FY_YEAR = lazy_re(r"\bFY\s?(\d{4})\b(?!\s*[-–/]\s*\d)", re.IGNORECASE)
_FISCAL_ASKED = lazy_re(r"\bfiscal\b|\bfinancial year\b|\bFY\b", re.IGNORECASE)
_FISCAL_YEAR = lazy_re(r"\bFY\s?(?:(\d{4})\s?[-–/]\s?(\d{2}|\d{4})|['’]?(\d{2})(?!\d))", re.IGNORECASE)


def _is_day_date(answer: str, date_order: str) -> bool:
    reading = read_date(answer, date_order) if any(c.isalpha() for c in answer) else None
    return reading is not None and reading.precision in ("day", "daymonth", "month")


_NTH_COP = lazy_re(r"\b(\d{1,2})(?:st|nd|rd|th)\s+(?:COP|CoP|Conference\s+of\s+(?:the\s+)?Parties)\b", re.IGNORECASE)


def _fiscal_span(match: re.Match[str]) -> str:
    """"FY 2023-24" = "2023-24"; "FY24" = "2023-24" (the year in which it ends)."""
    if match[1]:
        return f"{match[1]}-{match[2]}"
    end = 2000 + int(match[3])
    return f"{end - 1}-{match[3]}"


_FALL = lazy_re(
    r"\b(?:an? )?(?:fall|drop|decrease|decline|reduction|cut|shortfall|contraction|deficit|slump|plunge|downturn) of\b|\b(?:lower|less|down)\s*[.!]?\s*$"
    r"|\b(?:fell|dropped|declined|decreased|shrank|shrinking|shrink|shrinks|contracted|contracting|slipped|plunged|slumped|reduced|lowered|slashed)(?:\s+by)?\b|\bdown(?:\s+by)?(?=\s+(?:(?:over|about|around|nearly|almost|roughly|some|more\s+than)\s+)?\d)"  # "it fell by 17%"
    r"|(?<=%)\s*(?:decline|drop|fall|decrease|reduction|contraction|cut|downturn)\b|(?<=per cent)\s+(?:decline|drop|fall|decrease|reduction|cut|downturn)\b",  # "a 17% decline"
    re.IGNORECASE,
)
_CUT_ASKED = lazy_re(
    r"\b(?:cut|cuts|reduc\w*|decreas\w*|declin\w*|shr[ui]nk\w*|contract(?:ed|ion)|fell|fall|falls|fallen|drop|drops|dropped|lowered|plunged|slumped)\b",
    re.IGNORECASE,
)
_ANOTHER_EVENT = lazy_re(r"\b(?:before|after|since|until|following|prior\s+to|ahead\s+of)\s+(?:the\s+|its\s+|a\s+)?(?:\d{4}\s+)?$", re.IGNORECASE)


def _cut_asked(prompt: str) -> bool:
    """The question asks how much was cut, not a figure dated by a cut ("the growth rate in 2021, before the 2022
    contraction": there a minus sign is another figure), nor the level it fell to ("To what rate did growth fall?":
    there "-1.7%" is another rate than 1.7%)."""
    if _LEVEL_ASKED.search(prompt):
        return False
    return any(
        not _ANOTHER_EVENT.search(prompt[: m.start()]) and not re.search(r"\bfor\s+an?\s*$|\bif\s+(?:it\s+)?$", prompt[: m.start()], re.IGNORECASE)
        for m in _CUT_ASKED.finditer(prompt)
    )  # "(minus for a fall)": how to write one, not that there was one


_LEVEL_ASKED = lazy_re(r"\bto\s+(?:what|which|how\s+(?:much|many|low|few))\b|\b(?:fell|fall|fallen|dropped|drop|declined|decline|shrank|cut)\s+to\b", re.IGNORECASE)
_LEADING_SIGN = lazy_re(r"\s*(?:[-−–]\s*(?=[\d₹$])|minus\s+|negative\s+)", re.IGNORECASE)
_FIRST_FIGURE = lazy_re(r"((?:rs\.?\s*|inr\s*|[₹$]\s*)?\d)", re.IGNORECASE)
_SCALED_UNIT = lazy_re(r"\s*(?:crore|crores|lakh|lakhs|lac|million|billion|thousand|trillion)(?:\s+\S|\s*$)", re.IGNORECASE)
_ROMAN_TOKEN = lazy_re(r"\b([IVXLC]{1,7})(?:th|st|nd|rd)?\b")
_ROMAN_COUNT = lazy_re(r"\s*([IVXLCDM]{2,9}|[VX])((?:\s+[A-Za-z][\w-]*)?)\s*[.!]?\s*")  # "II", "X", "XII Squadron"
_ROMAN_IN = lazy_re(r"\b(M{0,4}[IVXLC]{1,8})(th|st|nd|rd)?(?=\b|%)")


def _roman_figure(match: re.Match[str], given: str, expected_unit: str | None) -> bool:
    """A Roman numeral standing for the figure: two letters or more in capitals ("XX%", "Task Force CLIII"), or V, X
    or L before a percent sign or the answer's unit ("L years"); "I" and other capitals ("DC") stay words."""
    token = match[1]
    if not roman_value(token.casefold()) or re.search(r"\bwar\s*$", given[: match.start()], re.IGNORECASE):
        return False  # "World War II" names a war, not a figure
    if len(token) >= 2:
        return True
    after = given[match.end() :].casefold().lstrip()
    unit = (expected_unit or "").casefold().split()
    return token in "VXL" and (after.startswith(("%", "per cent", "percent")) or bool(unit) and after.startswith(unit[0][:4]))


_ADVERB_COUNTS = lazy_re(r"\b(once|twice|thrice)\b", re.IGNORECASE)
_GLUED_UNIT = lazy_re(r"(?<=\d)(?=(?:mm|cm|km|kms|kg|kgs|nm|ft|mi|kmph|mph|kph|kn|kts|sq ?km|ha|mw|gw|kw)\b)", re.IGNORECASE)
_RICHTER = lazy_re(r"\s*(?:on the richter scale|richter|magnitude(?: of)?)\s*", re.IGNORECASE)
_AS_FAR_AS = lazy_re(
    r"\bas (?:low|high|many|much|far|long|large|deep|cold|hot|big|little|few|tall|heavy|early|recently|late|(?:far )?back) as\b", re.IGNORECASE
)
_MULTIPLIED = {
    "doubled": 2, "tripled": 3, "trebled": 3, "quadrupled": 4, "twofold": 2, "threefold": 3, "fourfold": 4, "fivefold": 5,
    "sixfold": 6, "sevenfold": 7, "eightfold": 8, "ninefold": 9, "tenfold": 10, "twelvefold": 12, "twentyfold": 20, "hundredfold": 100,
}  # fmt: skip
_TIMES_X = lazy_re(r"^\s*[x×]?\s*(\d+(?:\.\d+)?)\s*[x×]?\s*$")


def _spoken_figures(given: str, expected_q: Quantity, expected_unit: str | None) -> str:
    """Figures said another way the question's kind of answer allows: an edition in Roman numerals
    ("Dharma Guardian VI" for the 6th) and a factor as "3x" or "tripled" (for "3 times")."""
    if expected_q.ordinal and _ROMAN_TOKEN.search(given):  # upper case only: "I think" stays a word
        def ordinal(match: re.Match[str]) -> str:
            value = roman_value(match.group(1).casefold())
            return f"{value}th" if value and (len(match.group(1)) > 1 or match.group(1) in "VX") else match.group()
        given = _ROMAN_TOKEN.sub(ordinal, given)
    elif (roman := _ROMAN_COUNT.fullmatch(given)) is not None and roman_value(roman[1].casefold()):
        given = f"{roman_value(roman[1].casefold())}{roman[2]}"  # "II" alone for 2 phases, "XII Squadron" for 12
    elif not any(c.isdigit() for c in given) and len(found := [m for m in _ROMAN_IN.finditer(given) if _roman_figure(m, given, expected_unit)]) == 1:
        value = roman_value(found[0][1].casefold())  # "Article CCXLIII", "XVIII per cent", "since MMXIII": the only figure
        given = f"{given[: found[0].start()]}{value}{found[0][2] or ''}{given[found[0].end() :]}"
    if _ADVERB_COUNTS.search(given) and not expected_q.ordinal:  # "twice" for 2 world wars
        counts = {"once": "1", "twice": "2", "thrice": "3"}
        times = " times" if expected_unit and expected_unit.casefold() in ("times", "x", "fold") else ""
        given = _ADVERB_COUNTS.sub(lambda m: counts[m[1].casefold()] + times, given)
    if any(c.isdigit() for c in given):
        given = _AS_FAR_AS.sub(" ", _GLUED_UNIT.sub(" ", given)).strip()  # "122mm", "as low as -50 °C"
        given = _RICHTER.sub("", given).strip()  # "7.8 on the Richter scale", "magnitude 7.8"
    if expected_unit and expected_unit.casefold() in ("times", "x", "fold"):
        word = normalise(given)
        if word in _MULTIPLIED:
            return f"{_MULTIPLIED[word]} times"
        match = _TIMES_X.match(given.casefold())
        if match and ("x" in given.casefold() or "×" in given):
            return f"{match.group(1)} times"
    return given


def _numeric_problem(given: str, expected: str, problem: str, reading: Reading, date_order: str) -> str:
    if problem == "number":
        grouped = re.search(r"(?<![\d.])\d{1,3}\.\d{3}(?![\d.])", given) if "." in given else None
        if grouped and reading.quantity is not None and "," not in given:  # "40.000": a decimal point or a thousands mark?
            return f"{given} was read with a decimal point, which makes it ≠ {expected}; for thousands write {grouped.group().replace('.', ',')}"
        return f"{given} ≠ {expected}"
    if problem == "date-order":
        return _date_order_detail(given, reading, expected, date_order)
    if problem == "not a number":
        return "Not a number"
    return problem


def _is_year_answer(q: Quantity, unit: str | None, prompt: str) -> bool:
    if unit is not None or q.ordinal or q.scale != 1 or not is_year_value(q.value):
        return False
    return not prompt or bool(re.search(r"\b(year|when|date)\b", prompt.casefold()))


_CLOCK = lazy_re(r"(?<![\d.:])(\d{1,2})\s*[.:]\s*(\d{2})(?:\s*(a\.?\s?m\b\.?|p\.?\s?m\b\.?))?(?![\d.:])", re.IGNORECASE)
_CLOCK_ASIDE = frozenset("at around about approximately approx roughly ist local time hrs hours hrs. in the evening morning night".split())


def _clock_minutes(text: str) -> tuple[int, bool] | None:
    """"6.55 pm", "6:55 p.m.", "18:55" -> (minutes after midnight, whether the half of the day is known)."""
    times = _CLOCK.findall(text)
    if len(times) != 1:
        return None
    hour, minute, half = int(times[0][0]), int(times[0][1]), times[0][2].casefold().replace(".", "").replace(" ", "")
    if hour > 23 or minute > 59 or half and not 1 <= hour <= 12:
        return None
    if half:
        return (hour % 12 + (12 if half == "pm" else 0)) * 60 + minute, True
    return hour * 60 + minute, hour == 0 or hour > 12


def _clock_grade(given: str, answer: str, candidates: list[str]) -> Grade | None:
    """A time of day: "6:55 pm" and "18:55" are 6.55 pm, "6.55 am" is not (the half of the day is part of it)."""
    if not any(map(str.isdigit, answer)) or normalise(given) == normalise(answer):
        return None  # no time of day in the answer; or the answer as the pack writes it: the exact match says so
    expected = _clock_minutes(answer)
    if expected is None or not expected[1] or any(c.isalpha() for c in _CLOCK.sub(" ", answer).replace("IST", "")):
        return None
    typed = _clock_minutes(given)
    if typed is None or not set(normalise(_CLOCK.sub(" ", given)).split()) <= _CLOCK_ASIDE:
        return None
    minutes, known = typed
    if not known:
        if minutes % 720 == expected[0] % 720:
            return None  # "6.55" alone: the hour is right, whether it says which half of the day is for the rest to judge
        return _wrong(answer, given, f"{given} is not {answer}")
    if minutes == expected[0]:
        return Grade(True, Reason.EXACT, answer, given, f"{given} is {answer}")
    return _wrong(answer, given, f"{given} is another time of day than {answer}")
