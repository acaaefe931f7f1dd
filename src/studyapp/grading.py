"""Answer checking: a fair examiner.

It ignores what does not change an answer (case, punctuation, diacritics,
leading articles, how a number or a date is written) and forgives small typos
in words, but never in numbers. Every decision carries a ``Reason`` so the
feedback screen can say why an answer was accepted or refused.

Pure functions only: no UI, no clock, no I/O. ``dateutil`` is imported lazily
because most answers are not dates and importing it costs more than grading.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from functools import lru_cache
from typing import Any


__all__ = [
    "Grade",
    "Quantity",
    "Reason",
    "grade",
    "grade_choice",
    "grade_cloze",
    "grade_numeric",
    "grade_order",
    "grade_text",
    "grade_truefalse",
    "max_typos",
    "normalise",
    "parse_date",
    "parse_quantity",
    "suggested_rating",
]


class Reason(StrEnum):
    EXACT = "exact"
    ALTERNATIVE = "alternative"
    TYPO = "typo"
    NUMERIC = "numeric"
    DATE = "date"
    WRONG = "wrong"
    PARTIAL = "partial"  # cloze/order with some parts right (still incorrect overall)


@dataclass(frozen=True, slots=True)
class Grade:
    correct: bool
    reason: Reason
    expected: str
    given: str
    detail: str
    parts: tuple[Grade, ...] = ()

    @property
    def typo(self) -> bool:
        """True when the answer only passed thanks to typo tolerance (rated Hard)."""
        return self.reason is Reason.TYPO or any(part.typo for part in self.parts)


# ---------------------------------------------------------------------------
# Normalising text
# ---------------------------------------------------------------------------

_ARTICLES = frozenset({"the", "a", "an"})
# Apostrophe look-alikes and the Unicode minus, mapped before punctuation rules run.
_TRANSLATE = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'", "\u2212": "-", "\u0131": "i"})
# keep: a decimal/group mark between digits, a minus sign opening a number.
# drop: an apostrophe inside a word ("Canada's" -> "canadas", "O'Brien" -> "obrien").
# anything else that is not a letter/digit/space becomes a space.
_PUNCT_RE = re.compile(r"(?P<keep>(?<=\d)[.,](?=\d)|(?<!\w)-(?=\d))|(?P<drop>(?<=\w)'(?=\w))|[^\w\s]|_")


def _punct_repl(match: re.Match[str]) -> str:
    if match.group("keep"):
        return match.group()
    if match.group("drop"):
        return ""
    return " "


_MARKS = frozenset({"Mn", "Me"})  # not just combining() != 0: U+034F has class 0 but is still a mark


def _fold(text: str) -> str:
    """Casefold and strip diacritics; casefold runs between two NFKD passes because it can produce decomposable letters."""
    if text.isascii():
        return text.casefold()
    text = unicodedata.normalize("NFKD", text).casefold()
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if unicodedata.category(c) not in _MARKS)


@lru_cache(maxsize=8192)
def normalise(text: str) -> str:
    """The comparison form of an answer: only what changes the meaning survives.

    Numbers keep their inner ``.``/``,`` and a leading minus so ``9.7`` and ``-3``
    stay distinguishable from ``97`` and ``3``. Idempotent.
    """
    text = _fold(text).translate(_TRANSLATE).replace("&", " and ")
    words = _PUNCT_RE.sub(_punct_repl, text).split()
    start = 0
    while len(words) - start > 1 and words[start] in _ARTICLES:
        start += 1
    return " ".join(words[start:])


def warm_up() -> None:
    """Load what grading imports lazily, before the first answer needs it."""
    _osa()


@lru_cache(maxsize=None)
def _osa():
    """rapidfuzz's optimal-string-alignment distance, imported on the first typo
    check rather than at start-up (about 11 ms the first question can do without)."""
    from rapidfuzz.distance import OSA

    return OSA


def max_typos(length: int) -> int:
    """Edit budget for a word answer of ``length`` normalised characters.

    Four letters get none: one edit turns Iran into Iraq or Mali into Male.
    """
    if length <= 4:
        return 0
    if length <= 7:
        return 1
    if length <= 15:
        return 2
    return 3


# ---------------------------------------------------------------------------
# Numbers
# ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Quantity:
    value: float  # fully scaled: "$9.7 billion" -> 9.7e9
    scale: float  # the multiplier written: 1e9 for billion, 1 when none
    unit: str | None  # normalised: "$", "cad", "usd", "%", "troops"; None if absent
    ordinal: bool  # "65th", "sixty-fifth"


_SCALE_WORDS = {
    "trillion": 1e12, "tn": 1e12, "trn": 1e12,
    "billion": 1e9, "bn": 1e9, "bln": 1e9, "b": 1e9,
    "million": 1e6, "mn": 1e6, "mln": 1e6, "mio": 1e6, "m": 1e6,
    "thousand": 1e3, "k": 1e3,
}  # fmt: skip

# Currency and percent spellings -> canonical unit. Anything else is a free word unit.
_UNIT_ALIASES = {
    "$": "$", "dollar": "$", "dollars": "$",
    "c$": "cad", "ca$": "cad", "can$": "cad", "cdn$": "cad", "cad": "cad", "cdn": "cad",
    "canadian dollar": "cad", "canadian dollars": "cad",
    "us$": "usd", "u.s.$": "usd", "usd": "usd", "us dollar": "usd", "us dollars": "usd",
    "american dollar": "usd", "american dollars": "usd",
    "a$": "aud", "au$": "aud", "aud": "aud", "australian dollars": "aud",
    "nz$": "nzd", "nzd": "nzd",
    "€": "eur", "eur": "eur", "euro": "eur", "euros": "eur",
    "£": "gbp", "gbp": "gbp", "sterling": "gbp", "pounds sterling": "gbp",
    "¥": "jpy", "jpy": "jpy", "yen": "jpy",
    "%": "%", "percent": "%", "per cent": "%", "pct": "%", "percentage": "%",
}  # fmt: skip
_KNOWN_UNITS = frozenset(_UNIT_ALIASES.values())
_DOLLARS = frozenset({"cad", "usd", "aud", "nzd"})

_CURRENCY_PREFIX = r"(?:c\$|ca\$|can\$|cdn\$|us\$|u\.s\.\$|a\$|au\$|nz\$|\$|€|£|¥|usd|cad|eur|gbp|aud|nzd)"
_NUMBER = r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:\ \d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)"
_SCALE = r"(?:trillion|billion|million|thousand|trn|tn|bln|bn|mln|mio|mn|b|m|k)"
_WORD = r"[a-z][a-z$]*"
_QTY_RE = re.compile(
    rf"""
    (?P<sign1>[-+])?\s*
    (?:(?P<pre>{_CURRENCY_PREFIX})\s*)?
    (?P<sign2>[-+])?
    (?P<num>{_NUMBER})
    (?P<ord>st|nd|rd|th)?
    (?:\s*(?P<scale>{_SCALE})(?![a-z]))?
    (?:\s*(?P<pct>%|per\s?cent\b|percent\b)|\s+(?P<unit>{_WORD}(?:\s+{_WORD}){{0,2}}))?
    """,
    re.VERBOSE,
)
_CURRENCY_PREFIX_RE = re.compile(rf"(?P<pre>{_CURRENCY_PREFIX})\s*(?=[a-z])")
_WORD_SPLIT_RE = re.compile(r"[\s,\-]+")
_OPENERS = "\"'“”‘’«»([{"
_CLOSERS = "\"'“”‘’«»)]}.,;:!?"

_SMALL = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_ORD_SMALL = ["zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"]
_ORD_TEENS = ["tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
              "eighteenth", "nineteenth"]  # fmt: skip
_ORD_TENS = ["twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth"]
_BIG = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}

# word -> (kind, value, is_ordinal)
_NUMBER_WORDS: dict[str, tuple[str, int | float, bool]] = {}
for _i, _w in enumerate(_SMALL):
    _NUMBER_WORDS[_w] = ("unit", _i, False)
    _NUMBER_WORDS[_ORD_SMALL[_i]] = ("unit", _i, True)
for _i, _w in enumerate(_TEENS):
    _NUMBER_WORDS[_w] = ("teen", 10 + _i, False)
    _NUMBER_WORDS[_ORD_TEENS[_i]] = ("teen", 10 + _i, True)
for _i, _w in enumerate(_TENS):
    _NUMBER_WORDS[_w] = ("tens", 20 + 10 * _i, False)
    _NUMBER_WORDS[_ORD_TENS[_i]] = ("tens", 20 + 10 * _i, True)
_NUMBER_WORDS["fourty"] = _NUMBER_WORDS["forty"]  # so common it is not worth refusing
_NUMBER_WORDS["hundred"] = ("hundred", 100, False)
_NUMBER_WORDS["hundredth"] = ("hundred", 100, True)
for _w, _v in _BIG.items():
    _NUMBER_WORDS[_w] = ("big", _v, False)
    _NUMBER_WORDS[_w + "th"] = ("big", _v, True)
_NOT_UNIT_WORDS = frozenset(_NUMBER_WORDS) | {"and", "point", "a"}


def _canonical_unit(unit: str | None) -> str | None:
    if unit is None:
        return None
    unit = " ".join(unit.casefold().split())
    if not unit:
        return None
    return _UNIT_ALIASES.get(unit, unit)


def _unit_key(unit: str) -> str:
    """Free units compare singular: "troop" = "troops"."""
    return " ".join(w[:-1] if len(w) > 3 and w.endswith("s") else w for w in unit.split())


def _units_conflict(given: str | None, expected: str | None) -> bool:
    """A real contradiction ("%" vs "$", "usd" vs "cad"); free words like "troops" vs "soldiers" never conflict."""
    if given is None or expected is None or given == expected:
        return False
    if "$" in (given, expected) and {given, expected} <= _DOLLARS | {"$"}:
        return False
    if _unit_key(given) == _unit_key(expected):
        return False
    return given in _KNOWN_UNITS or expected in _KNOWN_UNITS


def _units_differ(given: str | None, expected: str | None) -> bool:
    """Stricter than a conflict: a free-word unit is part of a text answer ("12 Squadron" vs "12 troops")."""
    if given is None or expected is None:
        return False
    if given in _KNOWN_UNITS and expected in _KNOWN_UNITS:
        return _units_conflict(given, expected)
    return _unit_key(given) != _unit_key(expected)


def _merge_units(a: str | None, b: str | None) -> str | None | bool:
    """Combine two spellings of one unit ("C$ ... CAD"); the more specific wins, False if they contradict."""
    if a is None or b is None or a == b:
        return a or b
    if a == "$" and b in _DOLLARS:
        return b
    if b == "$" and a in _DOLLARS:
        return a
    if _unit_key(a) == _unit_key(b):
        return a
    return False


def _strip_surrounding(text: str) -> str:
    text = text.strip()
    while text and text[-1] in _CLOSERS:
        text = text[:-1].rstrip()
    while text and text[0] in _OPENERS:
        text = text[1:].lstrip()
    return text


def _parse_number_words(tokens: list[str]) -> tuple[float, float, bool, int] | None:
    """English number words -> (value, scale, ordinal, tokens consumed); refuses ill-formed runs like "nineteen fifty"."""
    total = 0.0
    group = 0.0
    # stage: 0 = start of a group, 1 = after units/teens, 2 = after "hundred", 3 = after tens, 4 = group complete
    stage = 0
    last_big = math.inf
    ended_on_big = False
    seen = False
    ordinal = False
    i = 0
    n = len(tokens)
    while i < n and not ordinal:
        word = tokens[i]
        if word == "a" and i == 0 and i + 1 < n and _NUMBER_WORDS.get(tokens[i + 1], ("",))[0] in ("hundred", "big"):
            group, stage, i = 1, 1, i + 1
            continue
        if word == "and":
            nxt = _NUMBER_WORDS.get(tokens[i + 1]) if i + 1 < n else None
            if nxt and nxt[0] in ("unit", "teen", "tens") and (stage == 2 or (stage == 0 and total > 0)):
                i += 1
                continue
            break
        if word == "point" and seen and stage != 2 and i + 1 < n:
            digits = ""
            j = i + 1
            while j < n and tokens[j] in _NUMBER_WORDS and _NUMBER_WORDS[tokens[j]][0] == "unit" and not _NUMBER_WORDS[tokens[j]][2]:
                digits += str(_NUMBER_WORDS[tokens[j]][1])
                j += 1
            if not digits:
                break
            value = group + float("0." + digits)
            if j < n and tokens[j] in _BIG and _BIG[tokens[j]] < last_big:
                return total + value * _BIG[tokens[j]], (_BIG[tokens[j]] if total == 0 else 1.0), False, j + 1
            return total + value, 1.0, False, j
        entry = _NUMBER_WORDS.get(word)
        if entry is None:
            break
        kind, value, is_ord = entry
        if kind == "unit":
            if value == 0:
                if seen or i + 1 < n and tokens[i + 1] in _NUMBER_WORDS:
                    return None
                group, stage = 0, 4
            elif stage == 0:
                group, stage = value, 1
            elif stage in (2, 3):
                group, stage = group + value, 4
            else:
                return None
        elif kind == "teen":
            if stage == 0:
                group, stage = value, 1
            elif stage == 2:
                group, stage = group + value, 4
            else:
                return None
        elif kind == "tens":
            if stage in (0, 2):
                group, stage = group + value, 3
            else:
                return None
        elif kind == "hundred":
            if stage in (1, 3, 4) and 0 < group < 100:
                group, stage = group * 100, 2
            else:
                return None
        else:  # thousand/million/...
            if group > 0 and value < last_big and stage != 0:
                total += group * value
                group, stage, last_big = 0, 0, value
            else:
                return None
        ended_on_big = kind == "big"
        seen = True
        ordinal = is_ord
        i += 1
    if not seen:
        return None
    scale = last_big if ended_on_big else 1.0
    return total + group, scale, ordinal, i


def _parse_word_quantity(text: str) -> Quantity | None:
    prefix = None
    match = _CURRENCY_PREFIX_RE.match(text)
    if match:
        prefix = _canonical_unit(match.group("pre"))
        text = text[match.end() :]
    tokens = [t for t in _WORD_SPLIT_RE.split(text.replace("%", " % ")) if t]
    if not tokens or tokens[0] not in _NUMBER_WORDS and tokens[0] != "a":
        return None
    parsed = _parse_number_words(tokens)
    if parsed is None:
        return None
    value, scale, ordinal, used = parsed
    rest = tokens[used:]
    suffix = None
    if rest:
        if len(rest) > 3 or any(not w.isalpha() and w != "%" or w in _NOT_UNIT_WORDS for w in rest):
            return None
        suffix = _canonical_unit(" ".join(rest))
    unit = _merge_units(prefix, suffix)
    if unit is False:
        return None
    return Quantity(float(value), float(scale), unit, ordinal)


@lru_cache(maxsize=8192)
def parse_quantity(text: str) -> Quantity | None:
    """Read one number with optional scale word and unit; None for anything else.

    Accepts digits ("40,000", "40 000", "9.7B", "C$9.7 billion", "65th", "2.5 per cent")
    and English number words ("forty thousand", "sixty-fifth"). A trailing word unit
    needs a space before it, so "1990s" is not read as 1990.
    """
    if not isinstance(text, str):
        return None
    text = _strip_surrounding(unicodedata.normalize("NFKC", text).translate(_TRANSLATE).casefold())
    if not text or len(text) > 200:
        return None
    match = _QTY_RE.fullmatch(text)
    if match is None:
        return _parse_word_quantity(text)
    if match.group("sign1") and match.group("sign2"):
        return None
    number = match.group("num").replace(",", "").replace(" ", "")
    value = float(number)
    scale_word = match.group("scale")
    scale = _SCALE_WORDS[scale_word] if scale_word else 1.0
    value *= scale
    if (match.group("sign1") or match.group("sign2")) == "-":
        value = -value
    ordinal = match.group("ord") is not None
    if ordinal and "." in number:
        return None
    word_unit = match.group("unit")
    if word_unit and any(w in _NOT_UNIT_WORDS for w in word_unit.split()):
        return None
    suffix = "%" if match.group("pct") else _canonical_unit(word_unit)
    unit = _merge_units(_canonical_unit(match.group("pre")), suffix)
    if unit is False:
        return None
    return Quantity(value, scale, unit, ordinal)


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


# ---------------------------------------------------------------------------
# Dates
# ---------------------------------------------------------------------------

_MONTH_RE = re.compile(
    r"\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|"
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?",
)
_ISO_DATE_RE = re.compile(r"\d{4}-\d{1,2}(?:-\d{1,2})?")
_NUMERIC_DATE_RE = re.compile(r"\d{1,2}[/.]\d{1,2}[/.](?:\d{4}|\d{2})")
_DEFAULT_A = datetime(2001, 1, 1)
_DEFAULT_B = datetime(2002, 2, 2)
_PRECISION_RANK = {"year": 0, "month": 1, "day": 2}


@lru_cache(maxsize=4096)
def parse_date(text: str) -> tuple[date, str] | None:
    """(date, precision) for text that clearly is a calendar date; None otherwise.

    Parsing twice with different defaults tells which parts were written.
    A bare year is left to number parsing; a date without a year, an ambiguous
    all-numeric date (01/02/2025) or anything with a time is refused.
    """
    if not isinstance(text, str):
        return None
    text = _strip_surrounding(unicodedata.normalize("NFKC", text).casefold())
    if not text or len(text) > 60:
        return None
    dayfirst_options: tuple[bool, ...] = (False,)
    if _MONTH_RE.search(text) is None:
        if _ISO_DATE_RE.fullmatch(text):
            pass
        elif _NUMERIC_DATE_RE.fullmatch(text):
            dayfirst_options = (True, False)
        else:
            return None
    from dateutil import parser  # lazy: costly import, rarely needed

    results = []
    for dayfirst in dayfirst_options:
        try:
            a = parser.parse(text, default=_DEFAULT_A, dayfirst=dayfirst)
            b = parser.parse(text, default=_DEFAULT_B, dayfirst=dayfirst)
        except (ValueError, OverflowError, TypeError, LookupError):
            return None
        if a.tzinfo is not None or a.time() != _DEFAULT_A.time() or b.time() != _DEFAULT_B.time():
            return None
        if a.year != b.year:
            return None  # no year written
        if a.month != b.month:
            if a.day != b.day:
                results.append((date(a.year, 1, 1), "year"))
            else:
                return None  # a day without a month
        elif a.day != b.day:
            results.append((date(a.year, a.month, 1), "month"))
        else:
            results.append((a.date(), "day"))
    if len(set(results)) != 1:
        return None
    return results[0]


def _same_date(given: tuple[date, str], expected: tuple[date, str]) -> bool:
    """Compare at the answer's precision; a more precise response is fine, a vaguer one is not."""
    (gd, gp), (ed, ep) = given, expected
    if _PRECISION_RANK[gp] < _PRECISION_RANK[ep]:
        return False
    if gd.year != ed.year:
        return False
    if ep in ("month", "day") and gd.month != ed.month:
        return False
    return ep != "day" or gd.day == ed.day


# ---------------------------------------------------------------------------
# Grading
# ---------------------------------------------------------------------------

_DIGITS_RE = re.compile(r"\d+")


def _text(value: Any) -> str:
    return "" if value is None else str(value).strip()


def _wrong(expected: str, given: str, detail: str) -> Grade:
    return Grade(False, Reason.WRONG, expected, given, detail)


def grade_text(response: str, answer: str, accept: Sequence[str] = ()) -> Grade:
    """Grade a free-text answer.

    Order of checks: exact (after normalising) -> alternative -> date -> number ->
    digits must match -> spacing-only difference (accepted as EXACT/ALTERNATIVE,
    since "peace keeping" is the same word, not a slip) -> typo -> wrong.
    The typo budget comes from the shorter of the two strings, so "Austria"
    does not pass for "Australia".
    """
    answer = _text(answer)
    given = _text(response)
    candidates = [answer] + [_text(a) for a in accept or () if _text(a)]
    if not given:
        return _wrong(answer, given, "No answer given")
    norm_given = normalise(given)

    # 1) exact / alternative
    for index, candidate in enumerate(candidates):
        norm_candidate = normalise(candidate)
        same = norm_given == norm_candidate if norm_candidate else given.casefold() == candidate.casefold()
        if same:
            gq, cq = parse_quantity(given), parse_quantity(candidate)
            if gq and cq and _units_conflict(gq.unit, cq.unit):
                return _wrong(answer, given, f"Wrong unit: the answer is {answer}")
            if index == 0:
                return Grade(True, Reason.EXACT, answer, given, "Exact match")
            return Grade(True, Reason.ALTERNATIVE, answer, given, f"Accepted alternative: '{candidate}'")
    if not norm_given:
        return _wrong(answer, given, "Nothing left to compare once punctuation is removed")

    # 2) dates
    expected_dates = [(c, d) for c in candidates if (d := parse_date(c)) is not None]
    if expected_dates:
        given_date = parse_date(given)
        if given_date is not None:
            for candidate, expected_date in expected_dates:
                if _same_date(given_date, expected_date):
                    return Grade(True, Reason.DATE, answer, given, f"Same date: {given} = {candidate}")
            return _wrong(answer, given, f"Different date: the answer is {answer}")

    # 3) numbers
    given_q = parse_quantity(given)
    if given_q is not None:
        expected_qs = [(c, q) for c in candidates if (q := parse_quantity(c)) is not None]
        if expected_qs:
            unit_mismatch = False
            for candidate, expected_q in expected_qs:
                how = _match_number(given_q, expected_q)
                if how is None:
                    continue
                if _units_differ(given_q.unit, expected_q.unit):
                    unit_mismatch = True
                    continue
                return Grade(True, Reason.NUMERIC, answer, given, _numeric_detail(given, candidate, how))
            if not unit_mismatch:
                return _wrong(answer, given, f"{given} ≠ {answer}: numbers get no typo tolerance")

    # 4-5) digits must match, then spacing and typos
    given_digits = _DIGITS_RE.findall(norm_given)
    squeezed_given = norm_given.replace(" ", "")
    best: tuple[int, int, str] | None = None  # (distance, index, candidate)
    digit_clash: str | None = None
    for index, candidate in enumerate(candidates):
        norm_candidate = normalise(candidate)
        if not norm_candidate:
            continue
        budget = max_typos(min(len(norm_candidate), len(norm_given)))  # a short guess can't borrow a long answer's budget
        squeezed = norm_candidate.replace(" ", "")
        same_digits = _DIGITS_RE.findall(norm_candidate) == given_digits
        if same_digits and squeezed == squeezed_given:
            reason = Reason.EXACT if index == 0 else Reason.ALTERNATIVE
            return Grade(True, reason, answer, given, f"Accepted: only the spacing differs from '{candidate}'")
        osa = _osa()
        distance = min(
            osa.distance(norm_given, norm_candidate, score_cutoff=budget + 1),
            osa.distance(squeezed_given, squeezed, score_cutoff=budget + 1),
        )
        if distance > budget:
            continue
        if not same_digits:
            digit_clash = digit_clash or candidate
            continue
        if best is None or distance < best[0]:
            best = (distance, index, candidate)
    if best is not None:
        return Grade(True, Reason.TYPO, answer, given, f"Accepted with a typo: '{given}' → '{best[2]}'")
    if digit_clash is not None:
        return _wrong(answer, given, f"Numbers must match exactly: the answer is {answer}")
    return _wrong(answer, given, "Too different from the answer to be a typo")


def _numeric_detail(given: str, expected: str, how: str) -> str:
    if how == "scaled":
        return f"{given} read in the answer's scale: {expected}"
    return f"{given} = {expected}"


def _display_number(value: str | int | float) -> str:
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e16:
        return str(int(value))
    return str(value).strip()


def _answer_quantity(value: str | int | float) -> Quantity | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        if not math.isfinite(value):
            return None
        return Quantity(float(value), 1.0, None, False)
    return parse_quantity(str(value))


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


def grade_numeric(
    response: str,
    answer: str | int | float,
    accept: Sequence[str | int | float] = (),
    unit: str | None = None,
    tolerance: float | str | None = None,
) -> Grade:
    """Compare as numbers: how a number is written never matters, its value always does."""
    expected_q = _answer_quantity(answer)
    if expected_q is None:  # validation should prevent this; grade as text rather than crash
        return grade_text(_text(response), _text(answer), [_text(a) for a in accept or ()])
    expected = _display_number(answer)
    expected_unit = _merge_units(expected_q.unit, _canonical_unit(unit))
    if expected_unit is False:
        expected_unit = expected_q.unit
    if unit and expected_q.unit is None:
        expected = f"{expected} {unit.strip()}"
    given = _text(_display_number(response) if isinstance(response, (int, float)) and not isinstance(response, bool) else response)
    if not given:
        return _wrong(expected, given, "No answer given")
    given_q = parse_quantity(given)
    if given_q is None:
        return _wrong(expected, given, "Not a number")
    if _units_conflict(given_q.unit, expected_unit):
        return _wrong(expected, given, f"Wrong unit: the answer is {expected}")
    absolute, relative = _tolerance(tolerance, expected_q)
    candidates: list[tuple[str, Quantity, bool]] = [(expected, expected_q, False)]
    for alt in accept or ():
        alt_q = _answer_quantity(alt)
        if alt_q is not None:
            candidates.append((_display_number(alt), alt_q, True))
    for scaled in (False, True):  # a number as written beats one read in the answer's scale
        for candidate, candidate_q, is_alt in candidates:
            how = _match_number(given_q, candidate_q, absolute, relative)
            if how is None or (how == "scaled") != scaled:
                continue
            exact_value = _match_number(given_q, candidate_q) is not None
            if not exact_value:
                return Grade(True, Reason.NUMERIC, expected, given, f"Within tolerance of {candidate}")
            if how == "direct" and normalise(given) == normalise(_text(answer)) and not is_alt:
                return Grade(True, Reason.EXACT, expected, given, "Exact match")
            if is_alt:
                return Grade(True, Reason.ALTERNATIVE, expected, given, f"Accepted alternative: {candidate}")
            return Grade(True, Reason.NUMERIC, expected, given, _numeric_detail(given, candidate, how))
    return _wrong(expected, given, f"{given} ≠ {expected}")


def grade_choice(selected: Collection[str], correct: Collection[str], choices: Sequence[str]) -> Grade:
    """All correct options and nothing else: a multi-answer question is not half right."""
    chosen = {selected} if isinstance(selected, str) else set(selected)
    right = {correct} if isinstance(correct, str) else set(correct)
    ordered = list(choices) + sorted((chosen | right) - set(choices))
    expected = "; ".join(c for c in ordered if c in right)
    given = "; ".join(c for c in ordered if c in chosen)
    if not chosen:
        return _wrong(expected, given, "No answer given")
    if chosen == right:
        detail = f"All {len(right)} correct options chosen" if len(right) > 1 else "Right option"
        return Grade(True, Reason.EXACT, expected, given, detail)
    hits = len(chosen & right)
    if len(right) > 1:
        detail = f"{hits} of {len(right)} correct options chosen"
        extra = len(chosen - right)
        if extra:
            detail += f", {extra} wrong"
        return _wrong(expected, given, detail)
    return _wrong(expected, given, "Not the right option")


_TRUE_WORDS = frozenset({"t", "true", "yes", "y", "1"})
_FALSE_WORDS = frozenset({"f", "false", "no", "n", "2"})


def grade_truefalse(response: bool | str, answer: bool) -> Grade:
    """Keys 1/2 mirror the on-screen order True, False."""
    expected = "True" if answer else "False"
    if isinstance(response, bool):
        value: bool | None = response
    else:
        word = _text(response).casefold().strip(".!")
        value = True if word in _TRUE_WORDS else False if word in _FALSE_WORDS else None
    if value is None:
        given = _text(response)
        return _wrong(expected, given, "No answer given" if not given else "Not true or false")
    given = "True" if value else "False"
    if value == bool(answer):
        return Grade(True, Reason.EXACT, expected, given, f"The statement is {expected.lower()}")
    return _wrong(expected, given, f"The statement is {expected.lower()}")


# weakest first: the overall reason of an all-correct cloze is its weakest part
_REASON_WEAKNESS = [Reason.TYPO, Reason.ALTERNATIVE, Reason.NUMERIC, Reason.DATE, Reason.EXACT]


def _gap_is_number(text: str) -> bool:
    """A gap is numeric when its answer is just a number, not "12 Squadron" or "Twelve Angry Men"."""
    q = parse_quantity(text)
    return q is not None and (q.unit is None or q.unit in _KNOWN_UNITS)


def grade_cloze(responses: Sequence[str], gaps: Sequence[Sequence[str]]) -> Grade:
    """Each gap on its own; all must be right, and the feedback counts how many were."""
    responses = [responses] if isinstance(responses, str) else list(responses or ())
    parts: list[Grade] = []
    for index, gap in enumerate(gaps):
        accepted = [_text(g) for g in gap]
        response = responses[index] if index < len(responses) else ""
        if not accepted:
            parts.append(_wrong("", _text(response), "Empty gap"))
        elif _gap_is_number(accepted[0]):
            parts.append(grade_numeric(response, accepted[0], accepted[1:]))
        else:
            parts.append(grade_text(response, accepted[0], accepted[1:]))
    expected = " / ".join(p.expected for p in parts)
    given = " / ".join(p.given for p in parts)
    right = sum(p.correct for p in parts)
    total = len(parts)
    if right == total:
        reason = next((r for r in _REASON_WEAKNESS if any(p.reason is r for p in parts)), Reason.EXACT)
        typos = sum(p.reason is Reason.TYPO for p in parts)
        detail = f"All {total} gaps right" if total != 1 else "The gap is right"
        if typos:
            detail += f" ({typos} with a typo)"
        return Grade(True, reason, expected, given, detail, tuple(parts))
    reason = Reason.PARTIAL if right else Reason.WRONG
    return Grade(False, reason, expected, given, f"{right} of {total} gaps right", tuple(parts))


def grade_order(given: Sequence[str], items: Sequence[str]) -> Grade:
    """Only the exact order is right; counting items in place tells how close it was."""
    given_list = [_text(g) for g in given or ()]
    items_list = [_text(i) for i in items]
    expected = " → ".join(items_list)
    shown = " → ".join(given_list)
    in_place = sum(g == i for g, i in zip(given_list, items_list))
    total = len(items_list)
    if given_list == items_list:
        return Grade(True, Reason.EXACT, expected, shown, f"All {total} items in place")
    reason = Reason.PARTIAL if in_place else Reason.WRONG
    return Grade(False, reason, expected, shown, f"{in_place} of {total} items in place")


def grade(question: Any, response: Any) -> Grade:
    """Dispatch on ``question.type``; the question is duck-typed so grading never imports packs."""
    kind = str(getattr(question.type, "value", question.type))
    if kind == "short":
        return grade_text(_text(response), question.answer, getattr(question, "accept", ()) or ())
    if kind == "numeric":
        return grade_numeric(
            response,
            question.answer,
            getattr(question, "accept", ()) or (),
            getattr(question, "unit", None),
            getattr(question, "tolerance", None),
        )
    if kind == "choice":
        return grade_choice(response or (), question.answer, question.choices)
    if kind == "truefalse":
        return grade_truefalse(response if isinstance(response, (bool, str)) else _text(response), bool(question.answer))
    if kind == "cloze":
        return grade_cloze(response or (), question.gaps)
    if kind == "order":
        return grade_order(response or (), question.items)
    raise ValueError(f"unknown question type: {kind!r}")


def suggested_rating(grade: Grade) -> int:
    """FSRS rating: 1 Again when wrong, 2 Hard when only a typo saved it, 3 Good otherwise."""
    if not grade.correct:
        return 1
    if grade.typo:
        return 2
    return 3
