""""Latvia, not Estonia": the answer with something ruled out beside it.

A denial is harmless when what it rules out is no part of the answer; it is wrong
when it denies a fact the question or its explanation states ("Normandy, not France"
where the landings were in France), or an attribute of the answer itself.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from studyapp.grading import gazetteer, names, units
from studyapp.grading.outcome import Grade, Reason, _tokens, _wrong
from studyapp.grading.phrases import Context, STOPWORDS
from studyapp.grading.text import lazy_re, normalise


def _denial_grade(given: str, answer: str, candidates: list[str], again: Callable[[str], bool], words: Context | None = None) -> Grade | None:
    """"Latvia, not Estonia": the answer, and a denial of something that is no part of it, nor a fact the question
    or its explanation states ("Normandy, not France" where it says the landings were in France)."""
    denied = _NOT_BUT_RE.fullmatch(given)  # "not Lithuania but Latvia"
    but = denied is not None
    if denied is not None:
        other, kept = denied.group(1), re.sub(r"^(?:an?|the)\s+|\s+one$", "", denied.group(2).strip(), flags=re.IGNORECASE)
    elif (denied := _NOT_RE.fullmatch(given)) is not None:
        kept, other = denied.group(1), denied.group(2)
    else:
        return None
    offered = words is not None and _offered_as_the_other(other, words.text)  # "unanimous or a majority decision?"
    if "not" in kept.casefold().split() or not _real_denial(kept, other, but or offered):
        return None
    answer_words = {t for c in candidates for t in _tokens(c)} - STOPWORDS - names.SHIP_PREFIXES  # "not INS Vikramaditya but INS Vikrant"
    ruled_out = set(_tokens(other)) - STOPWORDS
    if words is not None and ruled_out and ruled_out <= words.said and not offered and _denies_an_attribute(kept, other, words.spoken):
        return _wrong(answer, given, f"'{other}' is what the question says, and you ruled it out")
    if ruled_out and not ruled_out <= answer_words and again(kept):  # "Cold War, not the Gulf War"; "Latvia, not Latvia" no
        return Grade(True, Reason.EXACT, answer, given, f"Accepted: '{kept}' is the answer; what you ruled out is not part of it")
    return None


def _denies_an_attribute(kept: str, other: str, spoken: str = "") -> bool:
    """What is ruled out describes the answer (an office, a nationality, a currency, a service, the country a place
    lies in: "not the NSA", "not Indian", "not Canadian dollars", "Normandy, not France"), rather than naming another
    thing the question also names ("ISRO, not Antrix", "Latvia, not Estonia")."""
    norm = normalise(other)
    code = names.country_code(norm.removeprefix("the "))
    if code is not None:
        place, country = normalise(kept).removeprefix("the "), norm.removeprefix("the ")
        stated = re.search(rf"\b{re.escape(place)} (?:in )?{re.escape(country)}\b", spoken) is not None  # "Normandy, France"
        return stated or names.subdivision_of(place) == code or names.city_country(place) == code or place in gazetteer.states(code)
    for word in re.findall(r"[\w'’-]+", other):
        token = normalise(word)
        if word[:1].isupper() and token not in names.TITLES and token not in names.DEMONYMS and names.country_code(token) is None and (
            units.canonical_unit(token) not in units.CURRENCIES and token not in ("dollars", "dollar")
        ) and not (token.isupper() or word.isupper() and token in names.TITLES):
            return False  # a name: another body, river, country or person the question names beside the answer
    return True


def _offered_as_the_other(other: str, prompt: str) -> bool:
    """The question offers what is ruled out as the other choice ("Was the award unanimous or a majority decision?"):
    ruling it out is the question's own choice, not a denial of a fact it states."""
    ruled, asked = normalise(other), normalise(prompt)
    return bool(ruled) and re.search(rf"\bor (?:an? |the )?{re.escape(ruled.removeprefix('a ').removeprefix('an '))}\b|\b{re.escape(ruled)} or\b", asked) is not None


def _real_denial(kept: str, other: str, but: bool = False) -> bool:
    """"Latvia, not Estonia" rules something out; "Latvia is not the answer", "NATO was not it" and
    "Latvia (not sure, maybe Estonia)" deny or doubt the answer itself."""
    last = kept.casefold().split()[-1:] or [""]
    first = other.casefold().split()[:1] or [""]
    doubt = first[0].strip(",.") in _DOUBT_AFTER_NOT - ({"a", "an"} if but else set()) or re.match(r"the\s+(?:answer|right|correct|one)\b", other.casefold())
    return last[0] not in _VERBS_BEFORE_NOT and not doubt


_VERBS_BEFORE_NOT = frozenset("is was are were be been does did do has had have will would can could should it if".split())
_DOUBT_AFTER_NOT = frozenset("sure certain it right correct true that this so quite really exactly then in part a an member".split())
_NOT_RE = lazy_re(r"\s*(.+?)[,;]?\s+(?:but\s+)?(?:not|rather than|and not|instead of)\s+(.+?)\s*[.!]?\s*", re.IGNORECASE)
_NOT_BUT_RE = lazy_re(
    r"\s*(?:it\s+(?:was|is)\s+|that\s+was\s+)?not\s+(.+?)(?:,?\s+but|\s*[,;:])\s+(.+?)\s*[.!]?\s*", re.IGNORECASE
)  # "not lithium, gallium", "it was not Starhemberg but Schuschnigg"
