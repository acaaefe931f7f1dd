"""A person's name with a description around it: "IFRC head Tamer Ramadan", "Kirsti Bergsto, SV leader".

A fair examiner who asks "Who ...?" reads the name and takes the words around it as the
learner's way of saying who that is: a role ("head", "adviser", "leader"), the body
by its initials beside such a role ("IFRC", "SV"), a country the question names.
What the grader cannot check stays a claim against the answer: an office the question
names otherwise, a country it does not name, another person or name it cannot place, a
negation, a list, a figure. ``without_title`` and ``without_apposition`` in ``phrases``
take off what they can tie to the question's own words; this takes off the rest.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from functools import lru_cache
from typing import TypeVar

from studyapp.grading.names import DEMONYMS, HONORIFICS, TITLES, city_country, country_code, countries_named
from studyapp.grading.people import office_words
from studyapp.grading.phrases import _PORTFOLIOS as PORTFOLIOS
from studyapp.grading.phrases import _RANKS as MILITARY_RANKS
from studyapp.grading.phrases import NEGATIONS, PERSON_NOUNS, PRESENT_TENSE, Context, asks_for_person, offices_named
from studyapp.grading.text import distance, lazy_re, normalise

T = TypeVar("T")

ROLES = frozenset(
    """
    leader head chief aide official diplomat analyst journalist engineer economist scientist founder member candidate
    lawmaker congressman congresswoman rep sen cllr mep mla mlc mos opposition director executive chair cochair co
    adviser advisor consultant negotiator delegate pilot astronaut cosmonaut reporter editor correspondent activist
    expert researcher professor lecturer manager boss spokesperson spokesman spokeswoman representative pr envoy
    deputy vice senior top former then current acting interim incumbent principal managing assistant associate special
    permanent general secretary president minister ambassador governor commander officer chairman chairperson chairwoman
    coordinator rapporteur emissary dr prof mr mrs ms shri smt eng mallam lyonpo cmdr sayyed sayyid seyed sheikh shaikh
    vp politician
    """.split()
) | TITLES | HONORIFICS
"""Words that say what a person is or does, not who else is there."""
_GENERIC_HEADS = frozenset("chief head leader boss".split())
_LOOSE_ROLES = _GENERIC_HEADS | frozenset("spokesman spokesperson spokeswoman official adviser advisor analyst member".split())
"""Roles beside a body's initials that say where a person works and claim no office the grader could check."""
_FIELDS = PORTFOLIOS | frozenset("affairs policy security intelligence climate europe european economic economy development planning".split())
"""A minister's fields (``phrases``') and the other words an office's name is made of ("Minister for Europe and ...")."""
_BODY_HEADS = frozenset(
    """
    party council commission ministry organisation organization bank agency army force forces institute university league
    movement front alliance union authority court committee office department service presidency assembly parliament
    senate congress government cabinet secretariat group
    """.split()
)
"""A body's head noun describes ("the Belgian Presidency"); a name before it is judged on its own, so "the
Democratic Party" (a party the question does not name) stays a claim."""
_PLACE_WORDS = frozenset("northern southern eastern western central north south east west region province state city district".split())
_JOINERS = frozenset("the a an of for at in from on to s by".split())
_NOT_DESCRIPTION = frozenset("or nor but versus vs than instead rather".split()) | NEGATIONS
_NAME_PARTICLES = frozenset("al el bin ibn de da do dos das di du van von der den la le ben abu".split())
_WORD = lazy_re(r"[^\W_][\w'\u2019.\-/]*|[,;:()\[\]]", re.UNICODE)
_ACRONYM = lazy_re(r"[A-Z][A-Z/&\-]{1,7}s?")
_RANKS = MILITARY_RANKS - {"judge"}
_MODIFIERS = frozenset("opposition senior top current then former ex incumbent special principal permanent".split())
"""Words that qualify a post without naming another one ("opposition leader")."""
_SEATS = {"kremlin": "RU", "elysee": "FR", "zhongnanhai": "CN", "pentagon": "US", "whitehall": "GB"}
"""Seats of government a person is described by ("Kremlin aide"): the country they stand for."""
_LOWER = frozenset("deputy vice assistant junior acting interim associate".split())
_HEAD_OFFICE = frozenset("president minister secretary ambassador governor chancellor premier king queen prime".split())


def _is_capitalised(word: str) -> bool:
    return word[:1].isupper()


def _runs(words: list[str]) -> list[tuple[int, int]]:
    """Spans of capitalised words (name particles inside allowed): the places a name can be."""
    spans, start = [], None
    for k, word in enumerate([*words, ""]):
        inside = bool(word) and (_is_capitalised(word) or (start is not None and word.casefold().split("-")[0] in _NAME_PARTICLES))
        if inside and start is None:
            start = k
        elif not inside and start is not None:
            spans.append((start, k))
            start = None
    return spans


def _trimmed(words: list[str], start: int, end: int) -> tuple[int, int]:
    """The run without the titles, honorifics and initials of bodies at its front ("Governor", "MIT", "Dr")."""
    while start < end - 1 and (
        normalise(words[start]) in ROLES or _ACRONYM.fullmatch(re.sub(r"['\u2019]s$", "", words[start]).rstrip(".,")) and not _ROMAN.fullmatch(words[start])
        or _placed(words[start]) and (re.search(r"['\u2019]s$", words[start]) or normalise(words[start + 1]) in ROLES)
    ):  # "CSU's Alexander Dobrindt": a party's initials, possessive; "Peru's President Dina Boluarte": a country's
        start += 1
    return start, end


def _country_of(word: str) -> str | None:
    """The country a word places a person in: a country, its people, its capital or seat of government
    ("Nigeria's", "Libyan", "Moscow", "Kremlin"); None for any other word."""
    bare = normalise(re.sub(r"['\u2019]s$", "", word))
    if not bare:
        return None
    return country_code(DEMONYMS.get(bare, bare)) or _SEATS.get(bare) or (city_country(bare) if _is_capitalised(word) else None)


def _placed(word: str) -> bool:
    return _country_of(word) is not None


def _describes(words: list[str], words_said: frozenset[str], titles: frozenset[str] = frozenset()) -> bool:
    """Every word beside the name says what the person is: a role, a body, a country, the question's own words."""
    words = [part for w in words if _WORD.fullmatch(w) and w[0].isalnum() for part in w.split("-") if part]  # "co-leader"
    plain = [normalise(w) for w in words]
    if not any(plain):
        return False
    if any(p in _NOT_DESCRIPTION or any(c.isdigit() for c in p) for p in plain):
        return False
    for k, (word, low) in enumerate(zip(words, plain)):
        if low == "and":
            before, after = plain[k - 1 : k], plain[k + 1 : k + 2]
            if not (before and after and (before[0] in _FIELDS or before[0] in ROLES) and (after[0] in _FIELDS or after[0] in ROLES)):
                return False  # "Minister for Europe and Foreign Affairs" is one office; "X and Y" two people
            continue
        if low in _JOINERS or low in ROLES or low in _FIELDS or low in _PLACE_WORDS or low in words_said or _said_as_its_people(low, words_said):
            continue
        bare = re.sub(r"['\u2019]s$", "", word)
        if _placed(word):
            continue
        if _ACRONYM.fullmatch(bare.rstrip(".,")) and (
            normalise(bare) in words_said or word in titles or set(plain[k - 1 : k] + plain[k + 1 : k + 3]) & _LOOSE_ROLES
        ):  # "IMF chief", "SPD co-leader": the body a role is in, where the role claims no office; "USTR Katherine Tai": a title
            continue
        if low in _BODY_HEADS:
            continue  # "the Belgian Presidency": what is unverifiable is the name before it, judged on its own
        return False
    return True


_THING_HEADS = frozenset(
    """
    games strategy plan summit agreement treaty accord act declaration initiative programme program mission operation exercise
    corridor project policy doctrine vision partnership dialogue framework forum conference convention charter protocol
    scheme fund port base city island islands river sea ocean strait bay region centre center station airport hotel
    administration government regime
    """.split()
) | _BODY_HEADS
_ROMAN = lazy_re(r"[IVXLC]+")


@lru_cache(maxsize=1024)
def _looks_like_a_name(candidate: str) -> bool:
    """A person's name as a pack writes it: capitalised words with no title, figure or Roman numeral in it, and not
    a thing's name ("Blue Pacific Strategy", "Commonwealth Games")."""
    words = _WORD.findall(candidate)
    if any(not w[0].isalnum() for w in words):
        return False  # "A, B" or "A (B)": more than one name
    if not words or len(words) > 6:
        return False
    if any(any(c.isdigit() for c in w) or _ROMAN.fullmatch(w) or normalise(w) in ROLES for w in words):
        return False
    if normalise(words[-1]) in _THING_HEADS:
        return False
    return all(_is_capitalised(w) or w.casefold().split("-")[0] in _NAME_PARTICLES for w in words)


@lru_cache(maxsize=128)  # keyed by the question's words: kept small, as ``phrases.context`` keeps its own
def _said_as_its_people(place: str, said: frozenset[str]) -> bool:
    """"Tonga" where the question says "Tongan", "Libyan" where it says "Libya's": the country or its people said
    otherwise (the demonym tables miss some). The same word up to its last two or three letters."""
    for word in said:
        common = len(os.path.commonprefix([place, word]))
        if common >= 4 and common >= max(len(place), len(word)) - 3:
            return True
    return False


def _shares_a_word(name: str, own: set[str]) -> bool:
    """Whether a part of the response can be the answer's name at all: one word alike (a typo apart), so that
    the grader is asked only about likely parts."""
    return any(w == o or len(w) >= 4 and distance(w, o, 2) <= min(2, len(o) // 3) for w in normalise(name).split() for o in own)


def without_description(given: str, candidates: list[str], words: Context, grade_name: Callable[[str], T | None]) -> tuple[str, T] | None:
    """The name alone and its grade, where a "Who ...?" answer names the person with words that only describe them;
    None when anything beside the name could be a claim. ``grade_name`` grades a part of the response against the
    answer: its grade when right, else None."""
    if not asks_for_person(words) or not candidates or not _looks_like_a_name(candidates[0]):
        return None
    raw = _WORD.findall(given)
    if len(raw) > 16 or len(raw) < 2:
        return None
    own = {t for c in candidates for t in normalise(c).split() if len(t) >= 3}
    for start, end in _runs(raw)[:3]:
        first, last = _trimmed(raw, start, end)
        name = " ".join(raw[first:last])
        if not name or (first, last) == (0, len(raw)) or not _shares_a_word(name, own):
            continue  # a part that may be the name, never the whole again
        beside = raw[:first] + raw[last:]
        if not _describes(beside, words.said, frozenset(raw[start:first])):
            return None
        described = {normalise(w) for w in beside}
        if described & {"former", "ex", "late"} and PRESENT_TENSE.search(words.text):
            return None  # "former senator X" where the question asks who holds the seat now
        named = countries_named(words.spoken) | {country_code(DEMONYMS[w]) for w in words.said if w in DEMONYMS}
        for word in beside:
            bare = normalise(re.sub(r"['\u2019]s$", "", word))
            code = _country_of(word)
            if code is not None and code not in named and not _said_as_its_people(bare, words.said):
                return None  # "Henry Puna, former Cook Islands PM": a country the question does not name
        if described & _RANKS:
            return None  # "General Ajit Doval": a rank is judged where ranks are (``phrases.without_title``)
        specific = offices_named(words) - PERSON_NOUNS
        if specific and any(
            w in ROLES and w not in HONORIFICS and w not in _GENERIC_HEADS and w not in _LOWER and w not in _MODIFIERS
            and w not in specific | words.titles | words.said
            for w in described
        ):  # fmt: skip
            return None  # "IMF Chief Economist X" for which IMF Managing Director: another post than the one asked
        typed_offices = (described | office_words(" ".join(beside))) & _HEAD_OFFICE
        if typed_offices and specific and not typed_offices <= specific | words.titles:
            return None  # "President X" where the question asks for its Prime Minister
        if (typed_offices or specific) and described & _LOWER - words.said:
            return None  # "Deputy Foreign Minister X" for the Foreign Minister
        inner = grade_name(name)
        if inner is None:
            continue
        return name, inner
    return None
