"""A year said with what happened then: "in 1948, when Israel was founded", "1953, after the armistice".

A fair examiner takes the year and reads the rest as the learner's own context. Only a clause that
contradicts the year (a war that was over, or not yet begun), brings in a country the question is not
about, denies something, or names another event of the question's own subject ("2013, when it was
signed" where the question asks when it became operational) makes the answer wrong; such a clause
is refused, and everything this module cannot read stays with the rest of the grader.
"""

from __future__ import annotations

import re

from studyapp.grading import names
from studyapp.grading.text import lazy_re, normalise

_YEAR_CLAUSE = lazy_re(
    r"^(?:(?:i think|probably|maybe|perhaps)\s+(?:it was\s+)?|it was\s+)?((?:in|by|since|around|from|about)\s+)?(\d{4})"
    r"(?:\s*,\s*|\s+)((?:when|after|during|under|before|following|with|as|amid|at|for|on|in|while|once)\b.+?)[.!]?$",
    re.IGNORECASE,
)
_EVENTS = {
    "world war 1": (1914, 1918), "world war 2": (1939, 1945), "korean war": (1950, 1953), "cold war": (1947, 1991),
    "kargil war": (1999, 1999), "kargil": (1999, 1999), "vietnam war": (1955, 1975), "gulf war": (1990, 1991),
    "iraq war": (2003, 2011), "thirty years war": (1618, 1648), "napoleonic wars": (1803, 1815), "crimean war": (1853, 1856),
    "seven years war": (1756, 1763), "second boer war": (1899, 1902), "russo japanese war": (1904, 1905),
    "war of 1812": (1812, 1815), "franco prussian war": (1870, 1871), "mexican american war": (1846, 1848),
}  # fmt: skip
"""Wars whose years everyone knows: "1944, during World War I" says the year is wrong, or the war."""
_WHEN_IN = lazy_re(
    r"(?:in|at)\s+(?:the\s+)?(?:(?:early|late|mid)\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|spring|summer|autumn|fall|winter|"
    r"monsoon|the (?:morning|evening|night))",
    re.IGNORECASE,
)
_NEGATION = lazy_re(r"\b(?:not|never|no|n't|without)\b", re.IGNORECASE)
_OWN_EVENT = lazy_re(r"\bwhen\s+(?:it|they|this|these|the \w+)\s+(?:was|were|became|got|had been)\s+(\w+)", re.IGNORECASE)


def year_with_context(response: str, prompt: str) -> tuple[str, str] | None:
    """(the year as typed with its preposition, the clause) when the response is a year and a clause this module
    finds nothing against; None otherwise."""
    if not any(c.isdigit() for c in response):
        return None
    match = _YEAR_CLAUSE.match(response.strip())
    if match is None:
        return None
    year, clause = int(match[2]), match[3]
    if _NEGATION.search(clause) or re.search(r"\d{4}", clause.replace(match[2], "")):
        return None  # "1944, not during the war"; another year beside it
    said = " ".join(names.canonical_tokens(clause))
    for event, (start, end) in _EVENTS.items():
        if re.search(rf"\b{event}\b", said):
            lead = normalise(clause).split()[0]
            if lead == "after" and not (year >= end and year > start) or lead == "before" and not (year <= start and year < end):
                return None
            if lead not in ("after", "before") and not start <= year <= end:
                return None  # "1944, during World War I"
    lead = normalise(clause).split()[0]
    if lead in ("in", "at") and not _WHEN_IN.match(clause):
        return None  # "1949, in Brussels": a place the answer does not say, where "in June" is the year's own month
    asked = normalise(prompt)
    if (own := _OWN_EVENT.search(clause)) is not None and not any(w.startswith(own[1].casefold()[:5]) for w in asked.split()):
        return None  # "2013, when it was signed" where the question asks when it became operational
    places = " ".join(w for w in normalise(clause).split() if w not in names.DEMONYMS)  # "after the Iranian revolution": no place
    if names.countries_named(places) - names.countries_named(asked):
        return None  # "2014, during Modi's visit to Papua New Guinea" where the question is about Fiji, or names no country
    return f"{match[1] or ''}{match[2]}", clause
