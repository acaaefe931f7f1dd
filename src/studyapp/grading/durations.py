"""A span of time said in parts or with a fraction: "5 hours 30 minutes" = "5.5 hours" = "five and a half
hours" = "5h 30m" = "330 minutes".

Pint converts one unit to another, but a duration in several parts ("5 hours 53 minutes 20 seconds") is a sum
of quantities, and "and a half" is English, not a unit. Only spans made wholly of such parts are read, and a
single letter stands for a unit only inside a span of parts ("5h 30m"): "30m" alone is thirty metres or million.
"""

from __future__ import annotations

import re
from functools import lru_cache

from studyapp.grading.numbers import CARDINALS
from studyapp.grading.text import lazy_re

_SECONDS = {
    "week": 604800, "weeks": 604800, "wk": 604800, "wks": 604800,
    "day": 86400, "days": 86400,
    "hour": 3600, "hours": 3600, "hr": 3600, "hrs": 3600, "h": 3600,
    "minute": 60, "minutes": 60, "min": 60, "mins": 60, "m": 60,
    "second": 1, "seconds": 1, "sec": 1, "secs": 1, "s": 1,
}  # fmt: skip
_LETTERS = frozenset({"h", "m", "s"})
_NUMBER = r"\d+(?:\.\d+)?|an?|" + "|".join(sorted(CARDINALS, key=len, reverse=True))
_UNIT = "|".join(sorted(_SECONDS, key=len, reverse=True))
_PART = rf"(?:(?P<n>{_NUMBER})(?P<half>\s+and\s+a\s+half)?\s*(?P<u>{_UNIT})\b(?P<half2>\s+and\s+a\s+half)?|half\s+an?\s+(?P<hu>hour|minute|day|week))"
_PART_RE = lazy_re(_PART, re.IGNORECASE)
_PLAIN = re.sub(r"\?P<\w+>", "", _PART)  # the same part without its group names, to repeat it
_SPAN = lazy_re(rf"(?<![\w.])(?:{_PLAIN})(?:(?:\s*,\s*|\s+and\s+|\s+)(?:{_PLAIN}))*", re.IGNORECASE)


def _value(word: str) -> float:
    if word[0].isdigit():
        return float(word)
    return 1.0 if word.casefold() in ("a", "an") else float(CARDINALS[word.casefold()])


@lru_cache(maxsize=1024)
def find(text: str) -> tuple[int, int, float, int] | None:
    """The first duration in ``text``: (start, end, seconds, parts), or None. A unit's single letter counts only in a
    span of two parts or more, and each part must come in a smaller unit than the one before."""
    for span in _SPAN.finditer(text):
        total, parts, last = 0.0, 0, None
        for part in _PART_RE.finditer(span[0]):
            if part["hu"]:
                seconds = _SECONDS[part["hu"].casefold()] / 2
                size = _SECONDS[part["hu"].casefold()]
            else:
                unit = part["u"].casefold()
                size = _SECONDS[unit]
                seconds = (_value(part["n"]) + (0.5 if part["half"] or part["half2"] else 0)) * size
            if last is not None and size >= last:
                break
            total, parts, last = total + seconds, parts + 1, size
        else:
            letters = any(p["u"] and p["u"].casefold() in _LETTERS for p in _PART_RE.finditer(span[0]))
            if parts and not (letters and parts < 2):
                return span.start(), span.end(), total, parts
    return None


def same_span(given: str, written: str) -> str | None:
    """``given`` with its duration written as ``written`` writes the same span, where the two are the same length of
    time said differently ("5.5 hours" for "5 hours 30 minutes"); None where they differ or either has none."""
    typed, wanted = find(given), find(written)
    if typed is None or wanted is None or abs(typed[2] - wanted[2]) > 1e-6 * max(1.0, wanted[2]):
        return None
    said, meant = given[typed[0] : typed[1]], written[wanted[0] : wanted[1]]
    if said.casefold() == meant.casefold():
        return None
    return given[: typed[0]] + meant + given[typed[1] :]
