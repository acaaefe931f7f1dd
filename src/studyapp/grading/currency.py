"""Currencies: the spellings of each currency (CAD$, C$, US $, USD, U.S. dollars, ₹, Rs, INR,
rupees) and when two of them are the same money. Percent is here too: like a currency it is a
unit that is never converted.
"""

from __future__ import annotations

from studyapp.grading.text import singular

CURRENCY_ALIASES = {
    "$": "$", "dollar": "$", "dollars": "$",
    "c$": "cad", "ca$": "cad", "can$": "cad", "cdn$": "cad", "cad$": "cad", "cad": "cad", "cdn": "cad",
    "canadian dollar": "cad", "canadian dollars": "cad", "dollars canadian": "cad",
    "dollars canadiens": "cad", "dollar canadien": "cad", "kanadische dollar": "cad",
    "us$": "usd", "usd": "usd", "us dollar": "usd", "us dollars": "usd", "usd$": "usd",
    "american dollar": "usd", "american dollars": "usd", "dollars us": "usd",
    "us-dollar": "usd", "us-dollars": "usd", "dollars americains": "usd", "dollars américains": "usd",
    "a$": "aud", "au$": "aud", "aud": "aud", "australian dollar": "aud", "australian dollars": "aud",
    "nz$": "nzd", "nzd": "nzd",
    "€": "eur", "eur": "eur", "euro": "eur", "euros": "eur",
    "£": "gbp", "gbp": "gbp", "sterling": "gbp", "pounds sterling": "gbp", "pound": "gbp", "pounds": "gbp",
    "¥": "jpy", "jpy": "jpy", "yen": "jpy",
    "₹": "inr", "rs": "inr", "rs.": "inr", "inr": "inr", "rupee": "inr", "rupees": "inr",
    "indian rupee": "inr", "indian rupees": "inr", "re": "inr",
    "%": "%", "percent": "%", "per cent": "%", "pct": "%", "percentage": "%", "percentage points": "%",
}  # fmt: skip
CURRENCIES = frozenset(CURRENCY_ALIASES.values()) - {"%"}
DOLLARS = frozenset({"cad", "usd", "aud", "nzd"})


def merge_currency(a: str | None, b: str | None) -> str | None | bool:
    """Combine two spellings of one unit ("C$ ... CAD"); the more specific wins, False if they contradict."""
    if a is None or b is None or a == b:
        return a or b
    if a == "$" and b in DOLLARS:
        return b
    if b == "$" and a in DOLLARS:
        return a
    if singular(a) == singular(b):
        return a
    return False


def currencies_agree(given: str, expected: str) -> bool:
    """A bare "$" matches any dollar; otherwise the codes must be equal."""
    if given == expected:
        return True
    return "$" in (given, expected) and {given, expected} <= DOLLARS | {"$"}
