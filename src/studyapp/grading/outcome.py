"""The grade and its reason, and the few helpers every part of the verdict shares.

A ``Grade`` says right or wrong, why (``Reason``), and a detail that quotes only what
the learner typed and what the pack says. The helpers here (the answer as the pack
writes it, tokens without hedges, abbreviations spelled out) are used by the numeric,
short-answer and place checks alike, so they sit below all of them.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache
from typing import Any

from studyapp.grading import currency, names
from studyapp.grading.dates import clock_verdict
from studyapp.grading.phrases import without_hedge_phrases
from studyapp.grading.text import lazy_re, normalise


class Reason(StrEnum):
    EXACT = "exact"
    ALTERNATIVE = "alternative"
    TYPO = "typo"
    NUMERIC = "numeric"
    DATE = "date"
    WRONG = "wrong"
    PARTIAL = "partial"  # cloze/order with some parts right (still incorrect overall)
    GAVE_UP = "gave_up"  # "I don't know": the answer was shown without an attempt
    OVERRULED = "overruled"  # the learner said "I was right" on a wrong verdict


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


def _text(value: Any) -> str:
    if value.__class__ is str:  # nearly every call: a str is its own str()
        return value.strip()
    return "" if value is None else str(value).strip()


def _wrong(expected: str, given: str, detail: str) -> Grade:
    return Grade(False, Reason.WRONG, expected, given, detail)


def _overruled(given: str, accepted: Collection[str]) -> bool:
    if not accepted:
        return False
    norm = normalise(given)
    return bool(norm) and any(normalise(_text(a)) == norm for a in accepted)


_ACCEPTED_BEFORE = "You accepted this answer before"


def _symbols_differ(given: str, candidate: str) -> bool:
    """Both written with a currency sign, and a sign typed is another currency ("$" and "£"; "$8.55 billion (₹)")."""
    typed = {currency.CURRENCY_ALIASES[c] for c in given if c in "$£€₹¥"}
    wanted = {currency.CURRENCY_ALIASES[c] for c in candidate if c in "$£€₹¥"}
    return bool(typed and wanted) and not all(any(currency.currencies_agree(t, w) for w in wanted) for t in typed)


@lru_cache(maxsize=4096)
def _tokens(text: str) -> tuple[str, ...]:
    norm = without_hedge_phrases(" ".join(names.canonical_tokens(text)))
    return tuple(norm.split())


def _said_as_given(response: Any, answer: Any, accept: Sequence[Any] | None) -> bool:
    """The response is the answer or an accepted answer as the pack writes it (the commonest right answer)."""
    typed = _text(response).strip().casefold()
    return bool(typed) and any(typed == _text(c).strip().casefold() for c in (answer, *(accept or ())))


_ABBREVIATIONS = {
    "admin": "administration", "govt": "government", "org": "organisation", "orgn": "organisation", "intl": "international",
    "natl": "national", "dept": "department", "j&k": "jammu and kashmir", "regt": "regiment", "bde": "brigade",
    "hq": "headquarters", "hqs": "headquarters", "univ": "university", "assn": "association", "mgmt": "management",
    "ltd": "limited", "pvt": "private", "co": "company", "corpn": "corporation", "thru": "through", "uni": "university",
    "tech": "technology", "annexure": "annex", "fest": "festival", "yrs": "years", "yr": "year", "mths": "months", "mth": "month",
    "hrs": "hours", "wks": "weeks",
    # an army's and a map's short forms, as histories print them ("Light Coy", "4th Div", "Hampton Rds"); not "bn" (billion),
    # "mt" (tonnes) or "sta" (India's STA-1)
    "coy": "company", "div": "division", "sqn": "squadron", "rds": "roads",
    "rr": "railroad", "rly": "railway", "cnty": "county", "bros": "brothers", "mfg": "manufacturing", "ft": "fort",  # "South Side RR"
    "cav": "cavalry", "inf": "infantry", "isl": "island",  # "5th Cav Bde", "North Keeling Isl." (not "pdr": Lao PDR)
}  # fmt: skip
_ABBREVIATED = lazy_re(r"(?<![\w&])(" + "|".join(re.escape(a) for a in _ABBREVIATIONS) + r")\.?(?![\w&])", re.IGNORECASE)


def _spell_out(match: re.Match[str]) -> str:
    full = _ABBREVIATIONS[match[1].casefold()]
    return full.title() if match[1][:1].isupper() else full


_LIST_SPLIT = lazy_re(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)", re.IGNORECASE)


def _dropped_double(typed: str, key: str) -> bool:
    """"Nanok" for NANOOK, "Jok" for Jock: one of a doubled letter (or the c of "ck") left out, a slip of the keyboard."""
    if len(key) != len(typed) + 1:
        return False
    return any((key[i] == key[i + 1] or key[i : i + 2] == "ck") and key[:i] + key[i + 1 :] == typed for i in range(len(key) - 1))


def clock_grade(typed: str, answer: Any, accept: Sequence[Any] | None) -> Grade | None:
    """A time of day against an answer that is one ("13:00" for 1 PM right, "1 AM" wrong); None otherwise."""
    expected = _text(answer)
    verdict = clock_verdict(typed, [expected, *(_text(a) for a in accept or ())])
    if verdict is None:
        return None
    if verdict:
        return Grade(True, Reason.DATE, expected, typed, f"'{typed}' is the same time of day as {expected}")
    return Grade(False, Reason.WRONG, expected, typed, f"'{typed}' is another time of day than {expected}")
