"""The last step for a short answer: its key terms, each with its own typo budget.

Every key term of the answer must be there, spelled within a typo budget per word;
never a slip on numbers, Roman numerals or short tokens, and never when the typed
word is itself another real name. Structured answers (dotted dates, seasons, acronyms)
are read first, and the reason for a wrong verdict names what differs.
"""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from contextvars import ContextVar
from dataclasses import dataclass
from functools import lru_cache

from studyapp.grading import acronyms, gazetteer, names, people, ranges, units
from studyapp.grading.claims import ITEM_SPLIT
from studyapp.grading.dates import describe, month_name, parse_year_range, read_date, same_date
from studyapp.grading.measures import _as_metres, _PLACE_AFTER_COUNTRY
from studyapp.grading.numbers import CARDINALS, NUMBER_WORDS, ORDINALS, parse_quantity, roman_value
from studyapp.grading.numeric import (
    _ANSWER_BOUND, _date_order_detail, _dates_said, _Expected, _is_year_answer, _judge_number, _m_is_metres, _stated_directions, _votes_for,
)  # fmt: skip
from studyapp.grading.outcome import _dropped_double, Grade, Reason, _tokens, _wrong
from studyapp.grading.phrases import Context, NEGATIONS, HEDGES, QUALIFIERS, asks_for_person, STOPWORDS, Reading, find_reading, harmless
from studyapp.grading.sentences import _plain_sentence, descriptive
from studyapp.grading.text import american, distance, edits_at_least, has_word, lazy_re, max_typos, normalise, singular


LOWERED: ContextVar[bool] = ContextVar("lowered", default=False)
"""Set while grading a part of the answer that was lower-cased on the way (a title taken off): its case says
nothing of which words are names, so no description is read from it."""


@dataclass(frozen=True, slots=True)
class _Match:
    ok: bool
    typos: tuple[tuple[str, str], ...] = ()
    missing: tuple[str, ...] = ()
    extra: tuple[str, ...] = ()
    numbers: tuple[str, ...] = ()
    negation: bool = False
    real_name: tuple[str, str] | None = None  # (typed word, answer word) refused as a typo
    out_of_order: bool = False
    matched: int = 0
    distinctive: bool = True
    whole: bool = True  # every word of the answer said (none left out as the question's own)


@lru_cache(maxsize=8192)
def _is_number_token(token: str) -> bool:
    return any(map(str.isdigit, token)) or roman_value(token) is not None and len(token) > 1 and token not in names.TITLES  # "CM", "MD"


_SUFFIXES = ("ic", "n", "an", "ian", "al", "s", "es", "e")
_ROMAN_LETTERED = lazy_re(r"[ivx]{1,4}[a-d]")
"""A numbered variant in Roman numerals with a letter: clade Ib, Phase IIa, Type VIIc."""
_SCALE_NAMES = frozenset("thousand thousands million millions billion billions trillion trillions lakh lakhs crore crores".split())


@lru_cache(maxsize=1024)  # pairs of a typed and an answer word: see text.distance
def _typo_budget(typed: str, answer: str, several: bool, person: bool = False) -> int:
    """Edits allowed between one typed word and one answer word; none for numbers, Roman numerals,
    short words. Inside a name of several words a four-letter word may take one slip (Kim Jung Un)."""
    if not answer.isalpha() or not typed.isalpha() or len(typed) < 3 or roman_value(answer) is not None:
        return 0
    if typed in _SCALE_NAMES or answer in _SCALE_NAMES:
        return 0  # "$400 billion" is no slip for $400 million
    if len(answer) <= 4 or len(typed) < 4:  # "the Cold Wra", "Five Eys", "Ayub Kan": one slip beside the name's other words
        vowels = re.search("[aeiouy]", answer) and re.search("[aeiouy]", typed)  # not initials (SSK for SSN)
        replaced = len(typed) == len(answer) and sorted(typed) != sorted(answer)
        if person and replaced and len(answer) <= 3:
            return 0  # "Ishaq Dor" is another man than Ishaq Dar; "Ishaq Daar" a slip
        return 1 if several and min(len(typed), len(answer)) >= 3 and typed[0] == answer[0] and vowels else 0
    return max_typos(max(min(len(typed), len(answer)), 5))


def _word_form(typed: str, answer: str) -> bool:
    """"Oceanic" for "Ocean": the same word with another ending, inside a longer name."""
    if len(answer) < 5 or not typed.startswith(answer) or names.is_place_word(answer):
        return False
    return typed[len(answer) :] in _SUFFIXES


_DEMONYM_ENDINGS = ("n", "an", "ian", "ese", "ish", "i", "ic", "ns", "ans")


def _other_name(typed: str, answer: str, several: bool, whole: str) -> bool:
    """The typed word names something else (Zambia for Gambia, Slovenian for Slovenia), so it is no typo."""
    if typed == answer:
        return False
    if names.is_place_word(answer) and any(typed == answer + e or typed == answer[:-1] + e and answer[-1] in "aeiouy" for e in _DEMONYM_ENDINGS):
        return True  # the people or the adjective, not the place ("Mexican"; "Bhutaan" is a slip, no people's name)
    if names.is_given_name(typed) and not _sounds_alike(typed, answer):
        return True  # "Rajesh" for Ragesh, "Ramesh" for Rajesh: another man's name ("Ahmed" for Ahmad is a spelling)
    capital = names.is_capital(typed) and (names.is_capital(answer) or names.is_place_word(answer))  # "Kingstown" for Kingston; "Sofia" for Sofiya is a spelling
    if not several:
        return names.is_real_word(typed) or capital
    return names.country_code(typed) is not None or typed in names.DEMONYMS or names.is_real_name(whole) or capital


_HARD_C = lazy_re(r"ck|c(?![eiy])|q|x")
_SOFT_SC = lazy_re(r"sc(?=[eiy])")


@lru_cache(maxsize=16384)
def _skeleton(word: str) -> str:
    """The consonants in order, doubles once: how a name sounds when its vowels are spelled freely ("Antrics" and
    Antrix, Kasim and Qasim: a hard c, q and the k of x are one sound)."""
    word = _SOFT_SC.sub("s", word) if "sc" in word else word  # "Sindhia" for Scindia
    word = word.replace("ph", "f") if "ph" in word else word  # "Sofia" for Sophia, "Triumf" for Triumph
    word = _HARD_C.sub(lambda m: "ks" if m[0] == "x" else "k", word) if any(c in word for c in "cqx") else word
    out = word[0]
    for c in word[1:]:
        c = _ALIKE.get(c, c)  # "Dobhal" for Doval: v, w and bh are one sound in Hindi names
        if c not in "aeiouyh" and c != out[-1]:
            out += c
    return out


_ALIKE = {"v": "b", "w": "b"}


def _unknown_spelling(word: str) -> bool:
    """A word that is no English word and names no country, place or other name the grader knows."""
    return (
        len(word) >= 4 and word.isalpha() and not names.is_english_word(word) and not names.is_real_word(word)
        and not names.is_place_name(word) and names.country_code(word) is None and word not in names.DEMONYMS
    )  # fmt: skip


@lru_cache(maxsize=1024)  # pairs, as _typo_budget
def _sounds_alike(typed: str, answer: str) -> bool:
    """"Sameer" for Samir, "Meghdut" for Meghdoot, "Jolie" for Joly: a name's vowels transliterated
    another way. Same first letter, the same consonants and syllables, at most two edits (three in a long word:
    "Mukherjee" for Mookerjee)."""
    return (
        typed.isalpha() and answer.isalpha() and min(len(typed), len(answer)) >= 4 and typed[0] == answer[0]
        and _skeleton(typed) == _skeleton(answer) and _syllables(typed) == _syllables(answer)
        and distance(typed, answer, 3) <= (3 if min(len(typed), len(answer)) >= 8 or _only_vowels_differ(typed, answer) else 2)
    )  # fmt: skip


def _only_vowels_differ(typed: str, answer: str) -> bool:
    """"Satish" for Satheesh: the same consonants letter for letter, only the vowels and an h spelled otherwise."""
    return min(len(typed), len(answer)) >= 6 and re.sub("[aeiouyh]", "", typed) == re.sub("[aeiouyh]", "", answer)


def _syllables(word: str) -> int:
    """Groups of vowels: "Hasan" has two, "Hasina" three, so it is another name, not a spelling. A silent
    final e is none ("Gaulle" has one, as "Gaul" does)."""
    groups = len(re.findall(r"[aeiouy]+", word))
    return groups - 1 if groups > 1 and re.search(r"[^aeiouy]e$", word) and not re.search(r"[^aeiouyl]le$", word) else groups  # "-cle" is one


_WORD_VARIANTS = {"jail": "prison", "gaol": "prison", "rd": "road", "ave": "avenue"}
"""One word for another in a name ("Arthur Road prison" for Arthur Road Jail, "Arthur Rd"): the same place."""
_VARIANT_INITIALS = frozenset(c for word, other in _WORD_VARIANTS.items() if word[0] != other[0] for c in (word[0], other[0]))


def _unlike_words(word: str, key: str) -> bool:
    """Two words in letters that begin differently, neither a variant that begins otherwise (jail, gaol, prison):
    not :func:`_same_word` (a singular, an American spelling and the words it joins keep the first letter; the
    figures and Roman numerals it reads are not both in letters), nor one word of a compound the other splits. The
    first pass of :func:`_match_terms` asked all that of every new pair of a wrong answer."""
    return word.isalpha() and key.isalpha() and not (word[0] in _VARIANT_INITIALS and key[0] in _VARIANT_INITIALS)


@lru_cache(maxsize=1024)  # pairs, as _typo_budget
def _same_word(a: str, b: str) -> bool:
    if a == b or singular(a) == singular(b) or american(singular(a)) == american(singular(b)):
        return True
    if _WORD_VARIANTS.get(singular(a), singular(a)) == _WORD_VARIANTS.get(singular(b), singular(b)):
        return True
    if (given := names.GIVEN_FORMS.get(a)) is not None and given == names.GIVEN_FORMS.get(b):
        return True  # "Lev" and Leo, "Wilhelm" and William: one given name in two languages
    if a.isdigit() != b.isdigit() and (a.isalpha() or b.isalpha()):  # "x" beside "10": a Roman numeral the context did not convert
        digits, letters = (a, b) if a.isdigit() else (b, a)
        value = roman_value(letters) or (roman_value(letters[:-1]) if letters.endswith("s") and len(letters) > 2 else None)
        return value == int(digits)  # "IIs": the plural of II
    if b.isdigit() and a.startswith(b) and a[len(b) : len(b) + 1].isalpha() and not a[len(b) :].isalpha():
        return True  # "2A4" is a variant of model 2 ("Leopard 2A4"); "2nd" or "2s" stay words
    return False


_SPAN_OF_TWO = lazy_re(r"\s*(?:from\s+)?[\w.]+(?:\s+\d{4})?\s+(?:to|until|till|through)\s+[\w.]+(?:\s+\d{4})?\s*", re.IGNORECASE)
_CLAUSES = lazy_re(r"\w\s+(?:because|than|before|after|unless|until|so that|therefore)\s+\w", re.IGNORECASE)
""""I am because we are": an answer of two clauses joined by a cause or a time is read in its order ("we are because
I am" says the opposite), where a list of words is not."""
_ORDER_RE = lazy_re(
    r"\b(in (?:chronological |that |the right |the same |the |their )?order|order of (?:commissioning|appearance|events|dates|size|rank)"
    r"|earliest first|latest first|chronologically|in sequence|^rank\b|\brank (?:them|these|the)\b|\branked\b"
    r"|(?:largest|biggest|smallest|highest|lowest|most|least|oldest|newest|longest|shortest|nearest|farthest|top) first"
    r"|first to last|respectively|ascending|descending|in (?:increasing|decreasing|rising|falling) order"
    r"|from (?:the )?(?:lowest|highest|smallest|largest|least|most|earliest|latest|oldest|newest|weakest|strongest|first|last)\w* to\b|(?:give|list|name|put|state|say|write)\b[^.?!]*\bfirst\b(?=\s*(?:[,.;:?!]|$|then\b|and then\b))"
    r"|first\b[^.?!]*\bthen|\band\s+(?:to\s+|by\s+|from\s+|until\s+)?(?:when|which\s+year|what\s+year)\b)\b"
)  # "Give the Navy's number first": the order carries meaning; "Name ... at the first summit" does not


_WORK_ASKED = lazy_re(
    r"\b(?:title|titled|entitled)\b[^.?!]*\b(?:books?|novels?|poems?|poetry|collection|films?|movies?|songs?|albums?|memoirs?|"
    r"autobiography|plays?|essays?|documentary)\b|\b(?:books?|novels?|poems?|poetry|collection|films?|movies?|songs?|albums?|memoirs?|"
    r"autobiography|plays?|essays?|documentary)\b[^.?!]*\b(?:title|titled|entitled)\b|\b(?:which|what)\s+(?:book|novel|memoir|film|movie|album|song|poem|play)\b"
)
"""A book's, a film's or a poem's title is read in its order: "Rising Rain" is not the book "Rain Rising"."""
_TITLE_WORDS = names.HONORIFICS | names.TITLES
_ONE_OF_A_LINE = lazy_re(
    r"\b(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|last|final)\s+"
    r"(?:and\s+(?:last|final)\s+)?(?:\w+\s+)?(?:king|queen|emperor|empress|chogyal|sultan|shah|maharaja|maharana|nizam|tsar|czar|"
    r"pharaoh|monarch|ruler|raja|emir|khan|caliph|dalai\s+lama|panchen\s+lama|mughal|peshwa|nawab|dynast)",
    re.IGNORECASE,
)
"""A ruler of a line asked by number ("the 12th and last Chogyal"): the family name is every ruler's, not the one asked."""
_INDEFINITE = lazy_re(r"\s*(?:a|an)\s", re.IGNORECASE)
"""A response that begins "a ..." describes a kind of thing; with a word of the name left out it names none."""
_COMMON_SURNAMES = frozenset(
    "kumar singh sharma verma gupta khan patel reddy rao das yadav shah mishra ali ahmed kim lee wang li zhang chen "
    "nguyen smith jones brown "
    "pasha bey effendi agha aga mirza sahib".split()  # titles after the name, not surnames: "a Pasha" is not Zekki Pasha
)
"""Surnames too common to name one person alone: "Kumar" is not Ravish Kumar."""
_TITLES_AFTER = frozenset("pasha bey effendi agha aga mirza".split())
_EVENT_NOUNS = frozenset("dialogue summit conference forum meeting talks".split())
_SAID_WITHOUT = frozenset({"ministerial", "annual"})
"""Words a meeting's name is commonly said without."""

_NEVER_OPTIONAL = frozenset(
    "early late mid beginning end start first last north south east west northern southern eastern western upper lower "
    "new old former great greater little minor major brothers sisters twins siblings couple pair duo trio".split()
)
"""Words that tell one period or place from another, and the words that make a name stand for several people ("the Ali
brothers": "Shaukat Ali" is one of them): never left out because the question uses them."""


def _generic(word: str, prompt: Context) -> bool:
    """A head noun or title beside the answer, not one the question itself uses."""
    return (word in names.HEAD_NOUNS or singular(word) in names.HEAD_NOUNS) and word not in prompt.words and singular(word) not in prompt.words


_ARMY_RANKS = frozenset(
    "general gen generalmajor generalleutnant colonel col major maj brigadier brig marshal field sergeant sgt corporal cpl "
    "private pte lance subedar havildar jemadar risaldar".split()
)
_NAVY_RANKS = frozenset("admiral adm commodore cmde flag midshipman".split())
_RANKS = _ARMY_RANKS | _NAVY_RANKS | frozenset(
    "lieutenant lt lieut captain capt commander cdr officer vice rear monsieur mgr monseigneur nurse rifleman gunner trooper "
    "sapper bugler drummer seaman quartermaster leutnant oberleutnant hauptmann oberst rittmeister kapitanleutnant "
    "korvettenkapitan fregattenkapitan father reverend rev commandant justice gauleiter comrade monsignor msgr babu fuhrer king queen "
    "generaloberst generalfeldmarschall feldmarschall grossadmiral konteradmiral vizeadmiral kapitan ss reichsfuhrer obergruppenfuhrer "
    "gruppenfuhrer brigadefuhrer oberfuhrer standartenfuhrer obersturmbannfuhrer sturmbannfuhrer hauptsturmfuhrer obersturmfuhrer".split()  # not "Madame": "Madame Chiang Kai-shek" is his wife
)
"""Ranks and forms of address: harmless before a person's whole name, unlike offices ("President Sonexay Siphandone" for the
Prime Minister is a wrong answer; "Colonel Paul Tibbets" is the man asked for)."""
_ROLES = frozenset({"captain", "capt", "commander", "cdr", "officer"})  # "Which captain of the Virginia": her master, of any rank
_RANK_ASKED = lazy_re(
    r"\b(?:which|what)\s+(?:[\w-]+\s+){0,3}?(?:" + "|".join(sorted(_RANKS - _ROLES, key=len, reverse=True)) + r")s?\b", re.IGNORECASE
)
"""The question asks for a person by a rank ("Which Indian general"): a rank typed with the name is read against it elsewhere."""
_NAVY_CUES = frozenset("navy naval admiral fleet flagship warship warships cruiser battleship frigate sailors".split())
_ARMY_CUES = frozenset("army regiment division brigade corps infantry cavalry artillery battalion general colonel soldiers".split())


def _rank_before_name(given: tuple[str, ...], start: int, name: int, prompt: Context, keys: list[str], others: frozenset[str]) -> bool:
    """Every word from ``start`` to the name a rank or an honorific, and none of another service than the question's:
    "General R Hari Kumar" for the Chief of the Naval Staff is another man's rank. Where the question or the answer
    gives a rank itself ("Which Indian general", "Major General Prasanna Joshi"), the grade typed is read elsewhere."""
    run = given[start:name]
    if not all(w in _RANKS or w in names.HONORIFICS for w in run):
        return False
    if _RANK_ASKED.search(prompt.text) or not _RANKS.isdisjoint(keys) or not _RANKS.isdisjoint(others):
        return False
    navy, army = not _NAVY_CUES.isdisjoint(prompt.words), not _ARMY_CUES.isdisjoint(prompt.words)
    return not (navy and not army and not _ARMY_RANKS.isdisjoint(run) or army and not navy and not _NAVY_RANKS.isdisjoint(run))


_LEADING_NAMES = frozenset("mohammad mohammed muhammad mohamed md sheikh shaikh syed sayyid mian".split())
"""A first word that South Asian and Arab names carry and usage drops."""


_PARTICLES = frozenset("de da do dos das del della di du le la van von der den ter ten".split())
"""Words that begin a European surname: "De Wever", "Rebelo de Sousa", "von der Leyen", "Le Drian"."""
_KIN_WORDS = frozenset("al el bin ibn bint abu ould ben".split())
""""Sadiq al-Mahdi" in Maryam al-Sadiq al-Mahdi is her father: a name built from a lineage has no tail to go by."""


def _surname_of_words(keys: list[str], where: list[int | None], words: int, prompt: Context) -> int:
    """Where a surname of several words begins, if the answer's first words are all that is missing: "De Wever" for
    Bart De Wever, "Leitão Amaro" for António Leitão Amaro, "Wani Igga" for James Wani Igga; 0 when there is none.

    Three words, or four with a particle, and never a name of lineage words ("Al Thani" is a family, "Sadiq al-Mahdi"
    a father). After a German "von" the surname alone is enough ("Spee" for Maximilian von Spee). A son named after his father ("Idriss Déby" for Mahamat Idriss Déby) is not caught: nothing in the
    name tells.
    """
    if not 3 <= len(keys) <= 4 or len(keys) != words or any(k in _KIN_WORDS for k in keys) or keys[0] in _COMMON_SURNAMES:
        return 0  # "Jong Un": Kim, Lee, Wang come first, and what follows is the given name
    for first in range(1, len(keys) - 1):
        if any(where[j] is not None for j in range(first)) or any(where[j] is None for j in range(first, len(keys))):
            continue
        if len(keys) == 4 and keys[first] not in _PARTICLES and keys[first + 1] not in _PARTICLES:
            return 0
        tail = keys[first:]
        if any(k in prompt.words or k in names.HEAD_NOUNS for k in tail) or all(k in _COMMON_SURNAMES or k in _PARTICLES for k in tail):
            return 0
        return first
    if "von" in keys[1:-1]:  # "Spee" for Maximilian von Spee, "Hipper" for Franz Ritter von Hipper: usage drops the "von"
        first = len(keys) - keys[::-1].index("von")
        tail = keys[first:]
        if all(where[j] is None for j in range(first)) and all(where[j] is not None for j in range(first, len(keys))) and len("".join(tail)) >= 3 and not any(
            k in prompt.words or k in names.HEAD_NOUNS or k in _COMMON_SURNAMES for k in tail
        ):  # fmt: skip
            return first
    return 0


def _too_far_for_a_slip(word: str, key: str) -> bool:
    """More edits apart than any budget :func:`_match_terms` gives a pair that begins with different letters: one
    edit changes the length by one at most, and adds or takes away one letter of the other's at most, so the letters
    one has and the other lacks count edits. Such a pair is neither another ending of the word nor sounds alike (both
    need the first letter), so the budget is at most one or the longer words' ``max_typos``; a wrong answer's pairs,
    each new, were checked in full (a budget, a distance, the sounds) to find that."""
    shorter = min(len(word), len(key))
    return edits_at_least(word, key, 1 if shorter <= 7 else max_typos(shorter)) is None  # max(1, max_typos(max(shorter, 5)))


_JOINING = frozenset(("and", "or", "nor", "plus", "also"))
"""Words that join a second answer to the first ("Normandy and 2024"), unless the answer itself is joined (_AND_OR)."""
_AND_OR = frozenset(("and", "or"))


@lru_cache(maxsize=64)  # a few entries per question (one per form of its answer): keyed by the words it reads, not the Context
def _left_off(keys: tuple[str, ...], said: frozenset[str]) -> tuple[tuple[str, int], ...]:
    """What :func:`_nothing_found` may do with each word of the answer, read once per question: 0 it is missing, 1 it
    is the question's own word and may be left off, 2 the same but a site that is no town ("Camp Kigali"), left off
    only where the response names no city."""
    return tuple(
        (key, 0 if _is_number_token(key) or key in _NEVER_OPTIONAL or not (key in said or singular(key) in said) else 2 if _SITES.get(singular(key)) in _SITES_NOT_TOWNS else 1)
        for key in keys
    )


def _nothing_found(
    given: tuple[str, ...], keys: list[str], candidate: tuple[str, ...], prompt: Context, real_name: tuple[str, str] | None
) -> _Match | None:
    """What :func:`_match_terms` comes to where no word of the answer was found (a wrong answer's commonest end):
    every rule that lets a word be left out but one needs another word found, and the words typed are only read
    for figures and denials. The same match as the whole walk gives (a test holds them equal), in a fraction of
    its time."""
    optional = 0
    missing = []
    for key, left_off in _left_off(tuple(keys), prompt.words):
        if left_off == 1 or left_off == 2 and names.city_country(" ".join(given)) is None:
            optional += 1  # a word the question says, left off at the answer's edge
            continue
        missing.append(key)
    joined = not _JOINING.isdisjoint(given) and _AND_OR.isdisjoint(candidate)
    numbers, negation = [], False
    for word in given:
        if word in NEGATIONS:
            negation = True
        elif _is_number_token(word) and (
            joined or (word not in prompt.words and not _said_in_words(word, prompt) and not (word[:1].isalpha() and word.endswith("s") and word[:-1] in prompt.words))
        ):  # fmt: skip
            numbers.append(word)
    whole = " ".join(given)
    if optional and not missing and names.is_real_name(whole) and whole != " ".join(candidate):
        missing.append(keys[0])
    return _Match(False, (), tuple(missing), (), tuple(numbers), negation, real_name, False, 0, False, not optional)


_D_PARTICLES = frozenset({"de", "di", "da", "du"})


def _match_terms(
    given: tuple[str, ...], candidate: tuple[str, ...], prompt: Context, ordered: bool, shortcuts: frozenset[str], name_like: bool = False,
    others: frozenset[str] = frozenset(), proper_name: bool = False, surname_words: int = 1, words: int = 0,
) -> _Match:
    keys = [t for t in candidate if t not in STOPWORDS]
    if not keys:
        return _Match(False)
    if len(keys) >= 3 and keys[0] in _LEADING_NAMES and keys[0] not in given and asks_for_person(prompt):
        keys = keys[1:]  # "Ayub Khan" for Mohammad Ayub Khan, "Mujibur Rahman" for Sheikh Mujibur Rahman
    used = [False] * len(given)
    where: list[int | None] = [None] * len(keys)
    typos: list[tuple[str, str]] = []
    real_name = None
    # 1) same words (or split/joined compounds), 2) typos
    k = 0
    skip_next_key = set()
    for k, key in enumerate(keys):
        if k in skip_next_key:
            continue
        for i, word in enumerate(given):
            if used[i] or word[0] != key[0] and _unlike_words(word, key) and names.GIVEN_FORMS.get(word, word) != names.GIVEN_FORMS.get(key):
                continue
            if (_same_word(word, key) or key == "von" and word == "v" and i > 0) and not (key in shortcuts and word + "s" == key):  # "BRIC" is not BRICS; "Otto v. Bismarck"
                used[i], where[k] = True, i
                break
            if k + 1 < len(keys) and word == key + keys[k + 1]:
                used[i], where[k] = True, i
                where[k + 1] = i
                skip_next_key.add(k + 1)
                break
            if i + 1 < len(given) and not used[i + 1] and (word + given[i + 1] == key or word in _D_PARTICLES and "d" + given[i + 1] == key):
                used[i] = used[i + 1] = True  # "Diogo de Azambuja" for Diogo d'Azambuja: the particle written out
                where[k] = i
                break
    several = len(keys) > 1
    whole = " ".join(given)
    person = asks_for_person(prompt)
    anchored = several and (any(w is not None for w in where) or not person)  # a surname's slip needs the given name typed
    # names transliterated from Hindi and others (people, operations, a long name such as "Syama Prasad Mookerjee
    # Port"); not a one-word place ("Odisha" is no Odessa)
    spelled_freely = person or name_like or proper_name or prompt.category == "operation"
    for k, key in enumerate(keys):
        if where[k] is not None:
            continue
        if len(key) == 1 and key.isalpha():  # an initial: "S." for Subrahmanyam, before the name it belongs to
            after = next((where[j] for j in range(k + 1, len(keys)) if where[j] is not None), None)
            for i, word in enumerate(given):
                if after is not None and i > after:
                    break  # "Jaishankar and Swarup": a word after the surname is another person, not the initial
                if not used[i] and len(word) > 2 and word[0] == key and word.isalpha():
                    if person and k > 0 and where[0] is None and len(keys[0]) > 1 and not any(used[:i]):
                        break  # "Wesley Clark" for Mark W. Clark: a given name of its own where the answer's first is missing
                    used[i], where[k] = True, i
                    break
            continue
        best = None
        for i, word in enumerate(given):
            if used[i]:
                continue
            if word[0] != key[0] and _too_far_for_a_slip(word, key):
                continue  # what follows would find it over every budget: no typo, no other name
            if (word[-1] in "abcd" and word[0] in "ivx" or key[-1] in "abcd" and key[0] in "ivx") and (_ROMAN_LETTERED.fullmatch(word) or _ROMAN_LETTERED.fullmatch(key)):
                continue  # "clade IIb" is another clade than Ib, not a slip
            budget = _typo_budget(word, key, anchored, person)  # "Tojo" alone for Admiral Togo: no other word of the name typed
            if not budget and several and len(word) >= 3 and word.isalpha() and (_dropped_double(word, key) or _dropped_double(key, word)):
                budget = 1  # "Vivek Lal" for Vivek Lall, "Ishaq Daar" for Ishaq Dar: a letter doubled or undoubled
            if not budget and not spelled_freely and not (word[0] == key[0] and word[-1] == key[-1] and _unknown_spelling(word)):
                continue
            if word[1:] == key[1:] and len(key) >= 4 and _ALIKE.get(word[0], word[0]) != _ALIKE.get(key[0], key[0]) and _skeleton(word)[:1] != _skeleton(key)[:1] and not (
                word[0] in "aeiou" and key[0] in "aeiou"
            ):  # fmt: skip
                continue  # "Nostro" for Vostro, "Bali" for Mali: the first sound replaced makes another word
            if person and word[0] != key[0] and not (word[0] in "aeiou" and key[0] in "aeiou") and _skeleton(word)[:1] != _skeleton(key)[:1] and not (
                "y" + word == key or "y" + key == word or {word[0], key[0]} == {"v", "w"}
            ):  # "Emelyan" for Yemelyan, "Evgeny" for Yevgeny: the Russian iotated vowel written either way; "Vitte" for Witte
                continue  # "Mahendra Modi": a person's name with another first letter is another name ("Caroline" for Karoline is one sound)
            d = 1 if several and _word_form(word, key) else distance(word, key, budget)
            ends_alike = word[-1] == key[-1] or (
                word[-1] not in "aeiouy" and key[-1] not in "aeiouy" and _skeleton(word)[-1] == _skeleton(key)[-1]
            )  # "Antrics" for Antrix: the same last consonant sound ("Ltavai" for Latvia is no such thing)
            if d > budget and (spelled_freely or ends_alike and _sounds_alike(word, key) and _unknown_spelling(word)) and _sounds_alike(word, key):
                d = budget = max(budget, 1)  # "Karachchi", "Fijii": no other place or word, the same sounds
            if d > budget:
                continue
            if d == 2 and len(word) == len(key) <= 10 and sum(a != b for a, b in zip(word, key)) == 2 and not _sounds_alike(word, key):
                continue  # two letters replaced: "Production" for Protection is another word, not a slip
            if _other_name(word, key, several, whole):
                real_name = real_name or (word, key)
                continue
            if best is None or d < best[0]:
                best = (d, i)
        if best is not None:
            used[best[1]], where[k] = True, best[1]
            typos.append((given[best[1]], key))
    if all(w is None for w in where) and (nothing := _nothing_found(given, keys, candidate, prompt, real_name)) is not None:
        return nothing
    first = len(keys) - surname_words  # where the surname begins: "Jean-Louis Falconi", "Ngozi Okonjo-Iweala"
    surname_only = False
    if (
        person and name_like and first >= 1 and all(where[j] is not None for j in range(first, len(keys)))
        and all(where[j] is None for j in range(first)) and len("".join(keys[first:])) >= 3
        and not any(key in prompt.words or key in names.HEAD_NOUNS or key in _COMMON_SURNAMES for key in keys[first:])
        and not all(key in names.TITLES for key in keys)  # an office ("Home Secretary"), not a person: no surname to go by
        and not _ONE_OF_A_LINE.search(prompt.text)  # "the 12th and last Chogyal": "Namgyal" is the house, every one of them
    ):  # fmt: skip
        where[:first] = [where[first]] * first  # the surname alone names the person: "Doval" for Ajit Doval
        surname_only = True
    elif person and words and (tail := _surname_of_words(keys, where, words, prompt)):
        where[:tail] = [where[tail]] * tail
    found = [k for k, w in enumerate(where) if w is not None]
    if person and proper_name or person and name_like:
        if len(found) == 1 and 2 <= len(keys) <= 3 and (at := where[found[0]]) > 0 and given[at - 1] in _TITLE_WORDS:
            key = keys[found[0]]
            if (
                len(key) >= 3 and key not in prompt.words and key not in names.HEAD_NOUNS and key not in _COMMON_SURNAMES and not names.is_given_name(key)
                and not (key == keys[0] and key in names.FIRST_NAMES and given[at - 1] not in _ROYAL_TITLES)  # "Earl Warren" for Warren Burger
            ):  # fmt: skip
                where = [at] * len(keys)  # "President Park", "Dr Tedros": a title and the one name the person goes by
    missing = []
    optional = 0
    event_left = False
    for k, key in enumerate(keys):
        if where[k] is None:
            if k == 0 and (key in ("operation", "exercise") or key in names.SHIP_PREFIXES) and len(keys) > 1 and where[1] is not None:
                optional += 1  # "UNIFIER" names Operation UNIFIER, "Sahyadri" INS Sahyadri
                continue
            if k == len(keys) - 1 and k > 0 and key in _TITLES_AFTER and all(where[j] is not None for j in range(k)):
                optional += 1  # "Kâmil" for Kâmil Pasha, "Abdul Majid" for Abdul Majid Mirza: the name without the title after it
                continue
            if person and len(key) == 1 and sum(w is not None for w in where) >= 2 and not _other_middle_name(given, where, k, key):
                optional += 1  # "Hari Kumar" for R. Hari Kumar: an initial left out
                continue
            if keys[0] in names.SHIP_PREFIXES and len(key) == 1 and 1 < k < len(keys) - 1 and sum(w is not None for w in where) >= 3:
                optional += 1  # "USS John McCain" for USS John S. McCain: a ship named for a person, the middle initial left out
                continue
            if person and 0 < k < len(keys) - 1 and where[0] is not None and where[-1] is not None and where[-1] - where[0] == 1 and not any(
                _is_number_token(keys[j]) for j in range(len(keys))
            ):  # not "October 2025" for October 13 to 16, 2025: no name has figures in it
                optional += 1  # "Mariya Didi" for Mariya Ahmed Didi: a middle name left out
                continue
            if k == len(keys) - 1 and key in _EVENT_NOUNS and _EVENT_NOUNS & prompt.words and any(w is not None for w in where[:k]):
                optional += 1  # "Raisina" for the Raisina Dialogue, where the question asks for a conference
                event_left = True
                continue
            if key == "international" and 0 < k < len(keys) - 1 and keys[k + 1] == "airport" and where[k + 1] is not None and where[k - 1] is not None:
                optional += 1  # "King Abdulaziz airport" for King Abdulaziz International Airport
                continue
            if key in _SAID_WITHOUT and any(w is not None for j, w in enumerate(where) if j != k):
                optional += 1  # "2+2 dialogue" for the 2+2 Ministerial Dialogue
                continue
            inner = any(where[j] is not None for j in range(k)) and any(where[j] is not None for j in range(k + 1, len(keys)))
            named_other = k == len(keys) - 1 and k > 0 and keys[k - 1] in _BODY_NOUNS and where[k - 1] is not None
            if (
                not _is_number_token(key) and key not in _NEVER_OPTIONAL and (key in prompt.words or singular(key) in prompt.words) and not inner
                and not named_other and not (_SITES.get(singular(key)) in _SITES_NOT_TOWNS and names.city_country(" ".join(given)) is not None)
            ):  # fmt: skip  ("Kigali" for Camp Kigali is the city, not the camp the question asks for)
                optional += 1  # a word the question says may be left off at the answer's edge, never inside a name
                continue
            missing.append(key)
    matched = [keys[k] for k in range(len(keys)) if where[k] is not None]
    extra, numbers, negation = [], [], False
    joined = not _JOINING.isdisjoint(given) and _AND_OR.isdisjoint(candidate)
    positions = [p for p in where if p is not None]
    inside = range(min(positions) + 1, max(positions)) if positions and person else range(0)
    if any(given[i] in STOPWORDS or used[i] for i in inside) or len(inside) > 2:
        inside = range(0)  # "Trump and Biden": a second person, not a middle name
    for i, word in enumerate(given):
        if used[i]:
            continue
        if i in inside and word.isalpha() and word not in NEGATIONS:
            continue  # a middle name: "Ajit Kumar Doval"
        if word in NEGATIONS:
            negation = True
        elif _is_number_token(word):
            if joined or (word not in prompt.words and not _said_in_words(word, prompt) and not (
                word[:1].isalpha() and word.endswith("s") and word[:-1] in prompt.words  # "the G7's" where the question says G7
            )):  # "Normandy and 2024": a second answer, though the question says 2024
                numbers.append(word)
        elif not matched:
            continue  # nothing of the answer found: a word beside nothing is read by no verdict (only figures are named)
        elif word in shortcuts or (word in others and not joined):
            continue  # "SBC Visakhapatnam": the acronym the pack accepts, and a word of its full answer
        elif word in names.SHIP_PREFIXES and i + 1 < len(given) and used[i + 1]:
            continue  # "INS Imphal" for Imphal: the navy's prefix before the ship's name
        elif word == "plus" and i > 0 and used[i - 1] and "plus" not in prompt.words:
            extra.append(word)  # "NATO Plus", "Quad Plus": another grouping
        elif word in _PLACE_AFTER_COUNTRY and i > 0 and used[i - 1] and (
            names.country_code(given[i - 1]) is not None or names.country_code(given[i - 1] + "s") is not None
        ):  # fmt: skip
            extra.append(word)  # "Mexico City", "Kuwait City", "Philippine Sea": another place than the country
        elif word in _BODIES and not any(_same_word(word, k) for k in keys) and any(
            k in _BODIES and not any(_same_word(k, g) for g in given) for k in keys
        ):  # fmt: skip
            extra.append(word)  # "Indian Statutory Committee" for the Commission: another kind of body in its place
        elif surname_only and i < min(positions) and len(word) >= 3 and word in prompt.words and names.is_given_name(word):
            extra.append(word)  # "Mohammad Ali Mirza" for Ahmad Mirza, where the question names Mohammad Ali Shah: his given names
        elif person and word in _RANKS and positions and i < min(positions) and _rank_before_name(given, i, min(positions), prompt, keys, others):
            continue  # "Flag Officer Josiah Tattnall", "Admiral Alekseyev": a rank before the whole name, of the question's service
        elif not harmless(word, prompt) or (joined and (
            names.country_code(word) is not None or names.is_real_name(word) or (word in prompt.said and word not in prompt.words)
        )):  # fmt: skip  ("Antrix and ISRO": the explanation's other body, joined to the answer)
            extra.append(word)  # "Latvia and Canada": another entity, even one the question names
        elif _generic(word, prompt) and (optional or (positions and min(positions) < i < max(positions))):
            extra.append(word)  # a head noun instead of a word of the answer, or inside the name ("Work Plan Force")
        elif optional and word.isalpha() and word not in STOPWORDS and (word in prompt.words or singular(word) in prompt.words) and not (
            word in names.HEAD_NOUNS or word in names.TITLES or word in HEDGES or word in QUALIFIERS
        ):  # fmt: skip
            extra.append(word)  # "lollipop cut" for the Saudi lollipop: the question's word in place of the answer's
    distinctive = (matched and not optional) or any(
        t in shortcuts or not (t in names.HEAD_NOUNS or t in names.TITLES or t in prompt.words or t in names.DEMONYMS and not _COUNTRY_ASKED.search(prompt.text))
        for t in matched
    )  # with words of the answer left out, what is given must still single it out ("Canadian Agency" does not; "Rwandan
    # troops" does where the question asks which country's forces)
    if optional and not missing and not event_left and whole != " ".join(candidate) and (
        names.is_real_name(whole) or len(given) == 1 and any(names.is_real_name(normalise(f)) for f in acronyms.other_forms(whole))
    ):  # fmt: skip
        missing.append(next(k for k in keys if k not in matched))  # "United Nations" (or "the UN") is its own body, not "United Nations Command"
    if optional and positions and not extra and where[-1] is None and names.country_code(keys[-1]) is not None:
        last = max(positions)  # "God save the Emperor" for God save Austria, where the question says "Austrian": a word in its place
        put = [w for i, w in enumerate(given) if i > last and not used[i] and w.isalpha() and w not in STOPWORDS and w not in HEDGES and w not in QUALIFIERS]
        if put:
            extra.append(put[0])
    out_of_order = ordered and positions != sorted(positions)
    ok = bool(matched) and not missing and not extra and not numbers and not negation and distinctive and not out_of_order
    return _Match(ok, tuple(typos), tuple(missing), tuple(extra), tuple(numbers), negation, real_name, out_of_order, len(matched), bool(distinctive), not optional)


def _is_acronym_of(short: str, long: str) -> bool:
    tokens = names.canonical_tokens(short)
    return len(tokens) == 1 and len(tokens[0]) >= 2 and tokens[0] in names.acronyms(names.canonical_tokens(long))


def _may_be_number(text: str) -> bool:
    if any(map(str.isdigit, text)):
        return True
    first = text.split(maxsplit=1)[0].casefold().split("-")[0] if text.strip() else ""
    return first in NUMBER_WORDS or first in ("a", "minus", "negative") or (text.isalpha() and text.isupper() and roman_value(text.casefold()) is not None)


_SEASON = lazy_re(r"\s*\d{2}(\d{2})\s*[-–/]\s*(\d{2})\s*")


def _is_season(text: str) -> bool:
    """An answer "2011-12": a season or financial year (two years in a row), not December 2011."""
    match = _SEASON.fullmatch(text)
    return match is not None and (int(match[1]) + 1) % 100 == int(match[2])
def _one_name_spelled_two_ways(typed: str, key: str, written: str, given: str) -> bool:
    """"Josef Bech" for Joseph Bech, "Karl" for Carl: a name, capitalised on both sides, spelled alike but for the
    letters languages write one sound with; lower-case words of English stay two words ("biannual" for biennial)."""
    return (
        _spelled_alike(typed) == _spelled_alike(key)
        and re.search(rf"\b{re.escape(key.capitalize())}\b", written) is not None
        and re.search(rf"\b{re.escape(typed.capitalize())}\b", given) is not None
    )


_SPELLINGS = lazy_re(r"ph|ck|c(?![eiy])|x|([a-z])\1")


def _spelled_alike(word: str) -> str:
    """A name with the letters languages spell one sound with made one: "Josef" and Joseph, "Karl" and Carl, "Adolf"
    and Adolph; the vowels stay ("Hawaii" is not Huawei)."""
    return _SPELLINGS.sub(lambda m: {"ph": "f", "ck": "k", "x": "ks"}.get(m[0], "k" if m[0] == "c" else m[0][:1]), word)


def _another_regnal_name(given: Sequence[str], candidate: Sequence[str]) -> str | None:
    """A word put between a ruler's name and his number names another ruler: "Frederick William II" is not
    Frederick II, "John Paul II" not John II. The word, or None."""
    for k in range(1, len(candidate)):
        if not (candidate[k] == "i" or candidate[k].isdigit() and int(candidate[k]) <= 40) or candidate[k - 1] not in names.REGNAL_NAMES:
            continue  # "Frederick I": the one a number, as "I" reads
        for j in range(2, len(given)):
            if given[j] == candidate[k] and given[j - 2] == candidate[k - 1] and given[j - 1].isalpha() and given[j - 1] not in candidate:
                return given[j - 1]
    return None


_TWO_DIGIT_YEAR = lazy_re(r"\s*\d{1,2}\s*[./-]\s*\d{1,2}\s*[./-]\s*\d{2}\s*")
_DAY_DOT_MONTH = lazy_re(r"\s*\d{1,2}\.\d{1,2}\.?\s*")  # "31.03" or "31.03." (the German way)


@lru_cache(maxsize=64)  # one entry per question, asked again only by its own responses
def _expected_figures(candidates: tuple[str, ...], date_order: str) -> tuple[tuple, tuple, tuple, tuple]:
    """The dates, year ranges, figures and bounded figures among a question's answers, read once per question
    (every response to it asks for the same), as tuples: the parsed values are frozen and cached by their parsers."""
    digits = [c for c in candidates if any(map(str.isdigit, c))]  # a cheap test before the parsers
    ranges = tuple((c, r) for c in digits if (r := parse_year_range(c)) is not None)
    spans = {c for c, _ in ranges if _YEAR_AND_SHORT_END.fullmatch(c)}  # "2004-5", "2004-05": fiscal years, not May 2004
    dates = tuple((c, r) for c in digits if c not in spans and not _is_season(c) and (r := read_date(c, date_order)) is not None)
    quantities = tuple((c, q) for c in candidates if _may_be_number(c) and (q := parse_quantity(c)) is not None)
    bounded = tuple(
        (c, q) for c in candidates if c not in {k for k, _ in quantities} and (bare := _ANSWER_BOUND.sub("", c).strip()) != c.strip()
        and _may_be_number(bare) and (q := parse_quantity(bare)) is not None
    )  # "less than 20 km", "nearly two billion": a figure and the bound the pack gives it  # fmt: skip
    return dates, ranges, quantities, bounded


_DESIGNATION_LETTER = lazy_re(r"\s*\d+[A-Za-z]\s*")
""""371F", "35A": an article or section and its letter, not 371 °F, unless the question is about heat or cold."""
_TEMPERATURE_ASKED = lazy_re(r"\btemperature|\bdegrees?\b|\bhot|\bcold|\bheat|\bwarm|\bfreez|\bboil|°", re.IGNORECASE)
_YEAR_AND_SHORT_END = lazy_re(r"\s*\d{4}\s*[-/\u2013]\s*\d{1,2}\s*")


_MONTH_PARTS = (
    ("at the end", 21, 31, lazy_re(r"\b(?:end|close|last\s+(?:days?|week))\s+of\b|\blate\b", re.IGNORECASE)),
    ("at the beginning", 1, 10, lazy_re(r"\b(?:beginning|start|first\s+(?:days?|week))\s+of\b|\bearly\b", re.IGNORECASE)),
    ("in the middle", 11, 20, lazy_re(r"\b(?:middle\s+of|mid)\b", re.IGNORECASE)),
)


def _part_of_the_month(answer: str) -> tuple[str, int, int] | None:
    """The part of a month an answer gives ("the end of January 1933": days 21-31), which a whole date must fall in."""
    if not any(c.isalpha() for c in answer):
        return None
    return next(((name, lo, hi) for name, lo, hi, pattern in _MONTH_PARTS if pattern.search(answer)), None)


_DAY_ORDINAL = lazy_re(r"\s*(?:on\s+)?(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)\s*[.!]?\s*", re.IGNORECASE)


def _day_of_the_month_asked(given: str, dates: list, words: Context) -> str | None:
    """"the 28th" for 28 June where the question says June (and the year, if the answer has one): the day is all
    that is asked. Not a bare number ("28" may count anything), and not where the question names another month too."""
    said = _DAY_ORDINAL.fullmatch(given)
    if said is None:
        return None
    for _, expected in dates:
        if expected.precision not in ("day", "daymonth") or expected.value.day != int(said[1]):
            continue
        month = month_name(expected.value.month)
        if month not in words.words or sum(m in words.words for m in _MONTHS) > 1:
            continue
        if expected.precision == "day" and str(expected.value.year) not in words.words:
            continue
        return said[0].strip()
    return None


_MONTHS = frozenset(month_name(m) for m in range(1, 13))


def _grade_structured(given: str, answer: str, candidates: list[str], words: Context, prompt: str, date_order: str) -> Grade | None:
    figures = _expected_figures(tuple(candidates), date_order)
    dates, ranges, bounded = list(figures[0]), list(figures[1]), list(figures[3])
    quantities = [*figures[2], *bounded]
    if any(_DESIGNATION_LETTER.fullmatch(c) for c, _ in quantities) and not _TEMPERATURE_ASKED.search(words.text):
        quantities = [(c, q) for c, q in quantities if not _DESIGNATION_LETTER.fullmatch(c)]
    if not (dates or ranges or quantities):
        return None
    tally = _votes_for(given, answer, words.text, words.spoken) if quantities and not dates and not ranges else None
    reading = find_reading(tally or given, words, date_order)  # "49 in favour and 35 against": the votes for, as asked
    if reading is None:
        return None
    if dates and reading.kind == "number" and _DAY_DOT_MONTH.fullmatch(given):
        reread = read_date(given.strip().rstrip(".").replace(".", "/"), date_order)  # "31.03" for 31 March: a date is asked for
        if reread is not None:
            reading = Reading("date", date=reread, span=given.strip())
    if dates:
        if reading.kind != "date" or reading.date is None:
            if reading.kind == "number" and not reading.extra:
                if (day := _day_of_the_month_asked(given, dates, words)) is not None:
                    return Grade(True, Reason.EXACT, answer, given, f"Accepted: '{day}' is the day asked for, in the month the question gives")
                return _wrong(answer, given, f"{given} is not the date {answer}")
            return None
        years = {expected.value.year for _, expected in dates if expected.precision != "daymonth"}
        for candidate, expected in dates:
            if expected.precision == "daymonth" and reading.date.precision != "daymonth" and years and reading.date.value.year not in years:
                continue  # "1 January 2023" where the answer is 1 January 2024 and "January 1" is also accepted
            given_year = reading.date.value.year if reading.date.precision != "daymonth" else (
                expected.value.year if expected.precision == "day" and str(expected.value.year) in words.words else None
            )  # "on 24 Feb" when the question asks about 2025 (the explanation, shown after the answer, does not count)
            if reading.date.precision == "daymonth" and expected.precision == "day" and given_year is None:
                continue  # "24 Feb" for 24 February 2022, where the question does not give the year
            if same_date(reading.date.value, reading.date.precision, expected.value, expected.precision) or (
                given_year is not None and reading.date.precision == "daymonth"
                and (reading.date.value.month, reading.date.value.day) == (expected.value.month, expected.value.day)
            ):  # fmt: skip
                if reading.extra and not _plain_sentence(reading, words):
                    return _wrong(answer, given, f"'{' '.join(reading.extra)}' is not part of the answer {answer}")
                if expected.precision != "day" and reading.date.precision == "day":
                    days = {d for d in _dates_said(words.spoken, reading.date.value.year) if d.month == reading.date.value.month}
                    if days and reading.date.value not in days:  # "16 June 2020" for June 2020, where the explanation says the 15th
                        return _wrong(answer, given, f"the question gives the day as {describe(min(days), 'day')}, not {given}")
                    if (part := _part_of_the_month(candidate) or _part_of_the_month(answer)) is not None and not part[1] <= reading.date.value.day <= part[2]:
                        return _wrong(answer, given, f"{given} is not {part[0]} of the month the answer gives")  # "January 1, 1933" for the end of January
                return Grade(True, Reason.DATE, answer, given, f"Same date: {given} = {candidate}")
        for candidate, expected in dates:
            if reading.date.other is not None and same_date(reading.date.other, reading.date.precision, expected.value, expected.precision):
                return _wrong(answer, given, _date_order_detail(given, reading, answer, date_order))
        if reading.date.precision == "day" and _TWO_DIGIT_YEAR.fullmatch(given):
            for candidate, expected in dates:  # "25/11/36" for 25 November 1936: the century is the answer's, not 2036
                value = reading.date.value
                if expected.precision == "day" and value.year % 100 == expected.value.year % 100 and (value.month, value.day) == (expected.value.month, expected.value.day):
                    return Grade(True, Reason.DATE, answer, given, f"Same date: {given} = {candidate}")
        return _wrong(answer, given, f"Different date: {given} is not {answer}")
    if ranges:
        if reading.kind == "range" and reading.years is not None:
            for candidate, years in ranges:
                if reading.years == years and not reading.extra:
                    return Grade(True, Reason.DATE, answer, given, f"Same years: {given} = {candidate}")
            return _wrong(answer, given, f"Different years: {given} is not {answer}")
        if reading.kind == "number" and not reading.extra:
            return _wrong(answer, given, f"{given} is one year, the answer is the span {answer}")
        return None
    dated = reading.kind == "date" and reading.date is not None and reading.date.precision in ("month", "day")
    if dated:  # "July 2006" where the answer is the year 2006: the date falls in it, as a numeric answer reads it
        quantities = [(c, q) for c, q in quantities if q.unit is None and _is_year_answer(q, None, prompt)]
        if not quantities:
            return None
    elif reading.kind != "number" or reading.quantity is None:
        return None
    unit_mismatch = False
    for index, (candidate, expected_q) in enumerate(quantities):
        expected_unit = expected_q.unit
        if expected_unit and not units.is_known(expected_unit) and reading.quantity is not None and reading.quantity.unit is None:
            if not all(w in words.words or singular(w) in words.words for w in expected_unit.split()):
                unit_mismatch = True  # "Five" is not "Five Eyes"; "12" is "12 Squadron" only when asked which squadron
                continue
        if expected_unit is None and _m_is_metres(candidate, expected_q):
            expected_q, expected_unit = _as_metres(expected_q), "meter"
        is_year = _is_year_answer(expected_q, expected_unit, prompt)
        exp = _Expected(candidate, expected_q, expected_unit, is_year, index > 0 or candidate != answer)
        stated = _stated_directions(prompt, candidate) if (candidate, expected_q) in bounded else frozenset({"up", "down"})
        verdict = _judge_number(tally or given, reading, exp, words, 0.0, 0.0, stated)
        if isinstance(verdict, Grade) and tally:
            return Grade(True, Reason.NUMERIC, answer, given, f"{given}: {candidate} for, the side asked")
        if isinstance(verdict, Grade):
            if verdict.reason is Reason.ALTERNATIVE:
                return Grade(True, Reason.NUMERIC, answer, given, f"{given} = {candidate}")
            return Grade(True, verdict.reason, answer, given, f"{given} = {candidate}" if verdict.reason is Reason.NUMERIC and "=" in verdict.detail else verdict.detail)
        if verdict.startswith("Wrong unit") or "not part of the answer" in verdict:
            unit_mismatch = True
        elif verdict.startswith("Wrong currency"):
            return _wrong(answer, given, verdict)
    if unit_mismatch or reading.extra:
        return None  # "12 troops" for "12 Squadron": the words decide
    if all(q.unit is not None and not units.is_known(q.unit) for _, q in quantities):
        return None
    return _wrong(answer, given, f"Numbers must match exactly: {given} ≠ {answer}")


_BODY_NOUNS = frozenset(
    "fund bank council committee commission agency organisation organization forum group mission programme program "
    "authority board corporation company institute office secretariat union alliance treaty agreement pact".split()
)
"""A kind of body: a name cut after one ("Extended Fund" for the Extended Fund Facility, "National Security Council"
for its Secretariat) names that body, not the one asked for, whatever the question calls it."""
_BODIES = _BODY_NOUNS - frozenset("group company union alliance treaty agreement pact".split())
"""Kinds of body, each its own: a name with one of them in place of the answer's is another body ("Joint Committee" for the
Joint Commission, "Maldives Monetary Agency" for its Authority); not a group or a pact, which writers name loosely."""

_SAID_ALIKE_LAST = ({"i", "y"}, {"m", "n"}, {"v", "w"}, {"s", "z"})
"""A last letter spelled as it sounds ("Kalvary" for Kalvari, "Berlim" for Berlin), or as another language writes it
("Borisow" for Borisov, as Polish and German do; "Alsens" for Alsenz): a slip in a long name, not another."""


def _swapped_letter(typed: str, key: str) -> bool:
    """One letter replaced by another (Salur for Sulur, Prestwich for Prestwick): often another real name."""
    return len(typed) == len(key) and sum(a != b for a, b in zip(typed, key)) == 1


def _another_form_and_word(typos: Sequence[tuple[str, str]], typed: Sequence[str], wanted: Sequence[str], name: str) -> str:
    """"Intergovernmental Negotiations" for the Intergovernmental Negotiating Body: in a proper name, another form
    of a word (two letters or more apart, both real words) and a word more or fewer name another body, not a slip."""
    capitals = [w for w in name.split() if w[:1].isupper()]
    if len(typed) == len(wanted) or len(capitals) < 2 or len(capitals) < len(name.split()) - 1:
        return ""
    for word, key in typos:
        kin = len(os.path.commonprefix([word, key])) >= 5 and word not in key and key not in word  # "negotiating", "negotiations"
        if kin and distance(word, key, 2) >= 2 and names.is_english_word(word) and names.is_english_word(key):
            return f"'{word}' for '{key}', with a word {'more' if len(typed) > len(wanted) else 'fewer'}, names something else"
    return ""


def _another_state(typos: Sequence[tuple[str, str]], prompt_text: str) -> str:
    """"Paktia" for Paktika: two provinces of the country the question names, so another place, not a slip. (Not
    towns: a country's towns are read from the snapshot on first use, 70-90 ms for the United States, and the few
    kept in memory would be read again and again on the answer path.)"""
    countries = names.countries_named(normalise(prompt_text)) if prompt_text else frozenset()
    for typed, key in typos:
        for code in countries:
            states = gazetteer.states(code)
            if typed in states and key in states:
                return f"'{typed}' is another province of the country the question names, not a slip for '{key}'"
        if (code := gazetteer.state_country(typed)) is not None and code == gazetteer.state_country(key):
            states = gazetteer.states(code)
            if states.get(typed) != states.get(key):  # "Shanxi" for Shaanxi: two provinces of one country, whether or not it is named
                return f"'{typed}' is another province than '{key}', not a slip"
    return ""


def _another_patronymic(typos: Sequence[tuple[str, str]]) -> str:
    """"Richards" for Richardson, "Johnson" for Johns: the same father's name made into another surname, not a slip."""
    for typed, key in typos:
        short, long = sorted((typed, key), key=len)
        if len(short) >= 4 and long.endswith("son") and long[:-3] in (short, short[:-1]):
            return f"'{typed}' is another surname than '{key}', not a slip"
    return ""


def _town_of_the_name(typos: Sequence[tuple[str, str]], prompt_text: str) -> str:
    """"Behbahan" for Behbahani: the town a name says its bearer came from ("-i", of that town), a place, not a slip."""
    for typed, key in typos:
        if key == typed + "i" and len(typed) >= 5:
            countries = names.countries_named(normalise(prompt_text), states=True) if prompt_text else frozenset()
            if names.city_country(typed) is not None or gazetteer.known_town(typed, set(countries)):
                return f"'{typed}' is the town, not '{key}', the name of one from it"
    return ""


_VOWEL = lazy_re("[aeiou]")
_DOUBLED = lazy_re(r"(.)\1")
"""A letter written twice in a row (compiled with the grader's patterns, not inside the first typo)."""


@lru_cache(maxsize=64)  # one entry per question's answers, as _terms_of
def _initials_of(candidates: tuple[str, ...]) -> tuple[frozenset[str], frozenset[str]]:
    """The acronyms the answers of several words make, and their first letters with "of" and the like (GSOIA): what
    :func:`_refused_typo` holds each typo against, read once per question."""
    acronyms = frozenset(a for c in candidates if len(c.split()) > 1 and (a := names.acronym(names.canonical_tokens(c))))
    spelled_out = frozenset("".join(w[0] for w in normalise(c).split()) for c in candidates if len(c.split()) > 1)
    return acronyms, spelled_out


def _refused_typo(typos: Sequence[tuple[str, str]], candidates: list[str], shortcuts: frozenset[str], given: str = "") -> str:
    """Typos a careful examiner does not forgive: any in an acronym (CANZUS is not CANZUK), and a swapped
    letter in a proper name (a different town, not a slip), since a name has no spelling to recognise."""
    written = " ".join(candidates)
    acronyms, spelled_out = _initials_of(tuple(candidates))
    for typed, key in typos:
        if _negated(typed, key) or _negated(key, typed):
            return f"'{typed}' says the opposite of '{key}'"  # "reversible" for irreversible
        if _other_prefix(typed, key):
            return f"'{typed}' is another word than '{key}', not a slip"  # "unicameral" for bicameral
        if len(typed) >= 4 and typed.isalpha() and gazetteer.known_town(typed, {"IN"}) and not (_dropped_double(typed, key) and " " in written) and (
            _VOWEL.sub("", typed) != _VOWEL.sub("", key) or gazetteer.known_town(key, {"IN"})
        ):  # "Nagaur" for Nagpur, "Bidar" for Bihar; "Patan" for Patna, both towns (India's: warm_up reads them)
            return f"'{typed}' is another town, not a slip for '{key}'"
        if len(typed) >= 4 and names.is_english_word(typed) and names.is_english_word(key) and not (
            _DOUBLED.sub(r"\1", typed) == _DOUBLED.sub(r"\1", key)  # "Carribean": a letter doubled in the wrong place
            or len(os.path.commonprefix([typed, key])) >= max(5, min(len(typed), len(key)) - 3)  # "independent" for independence
        ) and distance(typed, key, 2) >= 2 and not _one_name_spelled_two_ways(typed, key, written, given):  # two words of English asked first
            return f"'{typed}' is another word, not a slip for '{key}'"  # "biannual" for biennial, "airspace" for aerospace
        capitals = len(key) <= 6 and has_word(written, key.upper()) and not re.search(
            rf"\b(?:operation|op|exercise)\s+{re.escape(key)}\b", written, re.IGNORECASE
        )  # a code name in capitals is a word ("Operation NANOOK": Nanouk is a slip), not initials
        if key in acronyms or capitals and not (
            _dropped_double(typed, key) or _dropped_double(key, typed) or _plural_s(typed, key) or _said_as_a_word(typed, key, given) and key not in spelled_out
        ):
            return f"'{typed}' is another acronym, not '{key.upper()}'"
        proper = has_word(written, key[:1].upper() + key[1:])
        if proper and len(candidates[0].split()) == 1 and _swapped_letter(typed, key) and (
            len(key) <= 6 and typed[:2] != key[:2] or typed[-1] != key[-1] and not (len(key) >= 6 and {typed[-1], key[-1]} in _SAID_ALIKE_LAST)
        ):  # fmt: skip
            return f"'{typed}' names something else than '{key[:1].upper() + key[1:]}'"
    return ""


def _said_as_a_word(typed: str, key: str, given: str) -> bool:
    """"Antarix", "Antrx" for ANTRIX, "Daseh" or "DEASH" for DAESH: a name in capitals that is said as a word (five
    letters or more, two vowels) keeps two neighbouring letters swapped, and a letter slipped in or dropped where the
    learner writes it as a word ("NASAS" in capitals is another acronym than NASAMS); a letter replaced makes another
    acronym (CANZUS is not CANZUK), unless it is the same sound written as a word ("Antrex", "Antrics" for ANTRIX)."""
    if len(key) < 5 or sum(c in "aeiou" for c in key) < 2:
        return False
    as_word = any(w.casefold() == typed and not w.isupper() for w in re.findall(r"\w+", given))
    if as_word and len(key) >= 6 and _sounds_alike(typed, key):
        return True
    if len(typed) == len(key) and sorted(typed) != sorted(key):
        return False
    if len(typed) == len(key):  # neighbours swapped
        diff = [i for i, (a, b) in enumerate(zip(typed, key)) if a != b]
        return len(diff) == 2 and diff[1] == diff[0] + 1
    if not any(w.casefold() == typed and not w.isupper() for w in re.findall(r"\w+", given)):
        return False  # typed in capitals: initials
    short, long = sorted((typed, key), key=len)
    return len(long) - len(short) == 1 and any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


_NEGATING = frozenset(("ir", "il", "im", "in", "un", "non", "dis", "anti"))


def _negated(word: str, other: str) -> bool:
    """``other`` is ``word`` with a negating prefix: irreversible, unilateral, non-aligned, disagree."""
    return len(word) >= 4 and other.endswith(word) and other[: len(other) - len(word)] in _NEGATING


_PREFIX_SETS = (
    ("uni", "mono", "bi", "di", "tri", "quad", "multi", "poly"), ("pre", "post"), ("inter", "intra"), ("over", "under"),
    ("pro", "anti"), ("im", "ex"), ("in", "out"), ("up", "down"), ("sub", "super"), ("micro", "macro"), ("hyper", "hypo"),
)
"""Prefixes that count or turn a word round: the same stem after another of them is another word."""
_ANY_PREFIX = tuple(dict.fromkeys(a for group in _PREFIX_SETS for a in group))
"""Every prefix of the sets, for one ``startswith`` before the walk: most typos begin with none of them."""


def _other_prefix(typed: str, key: str) -> bool:
    """``typed`` is ``key`` with another prefix of the same set: "unicameral" for bicameral, "import" for export."""
    if typed[-4:] != key[-4:] or not typed.startswith(_ANY_PREFIX):
        return False  # the stem after the prefixes is four letters or more, the same in both
    for group in _PREFIX_SETS:
        for a in group:
            if not typed.startswith(a):
                continue
            for b in group:
                if b != a and key.startswith(b) and typed[len(a) :] == key[len(b) :] and len(key) - len(b) >= 4:
                    return True
    return False


def _plural_s(typed: str, key: str) -> bool:
    """"NASAM" for NASAMS: the closing S of a name in capitals (Systems, Services) left off."""
    return len(key) >= 6 and key.endswith("s") and typed == key[:-1] and not names.is_real_name(typed)  # BRIC is a grouping of its own


def _item_left_out(given_tokens: Sequence[str], candidate: str, match: _Match) -> str | None:
    """An item of the answer's list that nothing typed names: a list is answered whole, even where the question
    names one of its items ("Which grouping ... ties for Canada?": CANZUK spelled out still begins with Canada)."""
    items = _items_of_answer(candidate)
    if len(items) < 2:
        return None
    typed = set(given_tokens) | {key for _, key in match.typos}
    said = " ".join(given_tokens)
    for item in items:
        words = [t for t in _tokens(item) if t not in STOPWORDS]
        if words and not any(w in typed or w in said for w in words):
            return item
    return None


_OPPOSITE_PAIRS = (
    "longest shortest", "largest smallest", "biggest smallest", "highest lowest", "oldest youngest", "first last",
    "northern southern", "eastern western", "upper lower", "maximum minimum", "most least", "richest poorest",
)
_OPPOSITES = {a: b for pair in _OPPOSITE_PAIRS for a, b in (pair.split(), pair.split()[::-1])}
"""A describing word that turns the answer round: "eighth shortest" for the eighth longest."""
_SITES = {w: kind for kind, words in {
    "prison": "prison jail", "base": "base airbase airfield cantonment", "airport": "airport", "port": "port harbour harbor",
    "camp": "camp", "hospital": "hospital", "university": "university college", "dam": "dam barrage", "plant": "plant refinery",
    "bridge": "bridge", "island": "island", "river": "river", "city": "city town village", "mosque": "mosque",
    "temple": "temple", "church": "church", "palace": "palace", "fort": "fort", "stadium": "stadium",
}.items() for w in words.split()}  # fmt: skip
"""Kinds of site: a learner's "Saydnaya airbase" names another place than the answer's Saydnaya prison."""
_SITES_NOT_TOWNS = frozenset({"prison", "base", "camp", "hospital", "fort", "palace"})
"""Sites named for the town they are in, which the town's name alone does not name ("Kigali" for Camp Kigali)."""


_REGNAL_ONE = lazy_re(r"\b[A-Z][\w'-]+\s+I\s*(?:$|[,;.)])")  # "Albert I", a name's number; not "I think"
_COUNTRY_ASKED = lazy_re(r"\b(?:which|what)\s+(?:country|nation)\b", re.IGNORECASE)
_PART_OF_YEAR = lazy_re(r"\b(?:end|beginning|start|middle|mid|close|turn)\s+of\s+(?:the\s+year|\d{4})\b", re.IGNORECASE)
_PART_OF_MONTH = lazy_re(
    r"\b(?:end|beginning|start|middle|mid|close|turn)\s+of\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b", re.IGNORECASE
)


@lru_cache(maxsize=64)  # one entry per question (1.4 KB), as _expected_figures
def _terms_of(candidates: tuple[str, ...], prompt_text: str) -> tuple[bool, frozenset[str], tuple[tuple, ...]]:
    """What :func:`_grade_terms` reads from a question's answers and prompt, whatever the response: whether their
    order counts, the initials and acronyms they may be given by, and for each answer its key terms and what kind of
    name it is (as :func:`_match_terms` takes them). Worked out once per question, not on every wrong answer."""
    ordered = bool(_ORDER_RE.search(prompt_text.casefold()) or _WORK_ASKED.search(prompt_text.casefold())) if prompt_text else False
    ordered = ordered or any(_SPAN_OF_TWO.fullmatch(c) or _CLAUSES.search(c) for c in candidates)  # "December to March": a span is read from its start
    shortcuts = frozenset(
        t for c in candidates for t in [names.canonical_tokens(c)] if len(t) == 1 for t in t
    ) | frozenset(a for c in candidates for a in names.acronyms(names.canonical_tokens(c)))
    read = []
    for candidate in candidates:
        name_like = all(w[:1].isupper() for w in candidate.split()) and len(candidate.split()) in (2, 3)
        proper_name = len(candidate.split()) >= 3 and all(w[:1].isupper() for w in candidate.split() if w.casefold() not in STOPWORDS)
        others = frozenset(t for c in candidates if c != candidate for t in _tokens(c) if t.isalpha() and t not in STOPWORDS)
        surname_words = len(_tokens(candidate.split()[-1])) if name_like else 1
        words = len(candidate.split()) if all(w[:1].isupper() or w in _PARTICLES for w in candidate.split()) else 0  # a name's words
        read.append((candidate, _tokens(candidate), name_like, others, proper_name, surname_words, words))
    return ordered, shortcuts, tuple(read)


def _the_questions_own_person(given: tuple[str, ...], candidate: tuple[str, ...], prompt_text: str) -> str | None:
    """"Bernardo O'Higgins" where the question asks who Bernardo O'Higgins's father was (Ambrosio O'Higgins): the
    surname with the given name the question puts before it, which the answer does not have, is the question's
    person, not the answer."""
    if len(candidate) < 2 or len(given) < 2:
        return None
    surname = candidate[-1]
    asked = _tokens(re.sub(r"['\u2019]s\b", "", prompt_text))  # "Bernardo O'Higgins's father"
    for i in range(1, len(asked)):
        if asked[i] == surname and (first := asked[i - 1]) not in candidate and first not in STOPWORDS and first.isalpha():
            if any(given[j] == first and given[j + 1] == surname for j in range(len(given) - 1)):
                return " ".join((first, surname))
    return None


def _grade_terms(given: str, answer: str, candidates: list[str], prompt: Context, prompt_text: str) -> Grade:
    given_tokens = _tokens(given)
    if ("behind" in given_tokens or "ahead" in given_tokens) and _direction_flipped(given_tokens, candidates):
        return _wrong(answer, given, f"'{given}' says the other way round from '{answer}'")  # "5:30 behind UTC" for UTC+05:30
    if "of" in given and (part := _PART_OF_MONTH.search(given)) and not any(_PART_OF_MONTH.search(c) for c in candidates) and any(
        _PART_OF_YEAR.search(c) for c in candidates
    ) and not re.fullmatch(r"(?:end|close)\s+of\s+dec\w*|(?:beginning|start)\s+of\s+jan\w*", part[0].casefold()):
        return _wrong(answer, given, f"'{given}' names part of a month, and the answer is '{answer}'")  # "end of August 2025" for the end of 2025
    if " I" in given and _REGNAL_ONE.search(given) and not any(c.isdigit() for c in given):
        numbered = next((c for c in candidates if any(t.isdigit() and t != "1" for t in _tokens(c))), None)
        if numbered is not None and "i" not in _tokens(numbered):
            return _wrong(answer, given, f"Numbers must match exactly: '{given}' is not '{numbered}'")  # "Prince Albert I" for Albert II
    ordered, shortcuts, read = _terms_of(tuple(candidates), prompt_text)
    best_right: tuple[tuple[int, int, int], int, str, _Match] | None = None
    results: list[tuple[str, int, _Match]] = []
    for index, (candidate, tokens, name_like, others, proper_name, surname_words, words) in enumerate(read):
        match = _match_terms(given_tokens, tokens, prompt, ordered, shortcuts, name_like, others, proper_name, surname_words, words)
        results.append((candidate, index, match))
        if match.ok:
            key = (len(match.typos), -match.matched, index)
            if best_right is None or key < best_right[0]:
                best_right = (key, index, candidate, match)
    if best_right is not None and best_right[3].matched < len(given_tokens):
        whole = " ".join(given_tokens)  # "New Mexico" is a place of its own, not Mexico with a word beside it
        if all(whole != " ".join(_tokens(c)) for c in candidates) and names.is_place_name(normalise(given)):
            return _wrong(answer, given, f"'{given}' names another place than '{answer}'")
    if best_right is not None and _tokens(best_right[2])[:-1] == given_tokens and _tokens(best_right[2])[-1] in ("city", "town"):
        if names.is_place_name(normalise(given)) and all(normalise(given) != normalise(c) for c in candidates):
            return _wrong(answer, given, f"'{given}' names another place than '{best_right[2]}'")  # "Arkansas" for Arkansas City
    if best_right is not None:
        _, index, candidate, match = best_right
        meant = (" ".join(_tokens(candidate)), " ".join(_tokens(answer)), normalise(answer))
        if any(people.another_known_person(typed, m) for typed in {" ".join(given_tokens), normalise(given)} for m in meant):
            return _wrong(answer, given, f"'{given}' is another person than '{answer}'")  # "John Adams" for John Quincy Adams, his son
        if (initialled := _another_middle_initial(given_tokens, candidates)) is not None:
            return _wrong(answer, given, f"'{given}' has another middle name than '{initialled}'")  # William Henry for William K. Harrison
        if read[index][2] and asks_for_person(prompt) and _the_questions_own_person(given_tokens, _tokens(candidate), prompt_text) is not None:
            return _wrong(answer, given, f"'{given}' is the person the question names, not '{answer}'")  # "Bernardo O'Higgins" for his father
        if (other := _another_regnal_name(given_tokens, _tokens(candidate))) is not None:
            return _wrong(answer, given, f"'{given}' is another ruler than '{candidate}': '{other}' is in the name")  # "Frederick William II"
        if (left_out := _item_left_out(given_tokens, candidate, match)) is not None:
            return _wrong(answer, given, f"'{given}' leaves out {left_out}, one of '{candidate}'")  # "Australia, Australia, NZ and the UK"
        if (added := _item_added(given, candidate)) is not None:
            return _wrong(answer, given, f"'{added}' is one more than the answer '{candidate}' names")  # "IAEA, FAO and WHO"
        if _numbers_swapped(given, candidate):
            return _wrong(answer, given, f"The numbers are in another order: '{given}' is not '{candidate}'")  # "Article 2(12)" for XII(2)
        if (traded := _words_traded(given, given_tokens, candidate)) is not None:
            return _wrong(answer, given, f"'{traded[0]}' and '{traded[1]}' trade places: '{given}' is not '{candidate}'")  # "a white cross on a red field"
        if _sign_flipped(given, candidates):
            return _wrong(answer, given, f"The sign is the other way: '{given}' is not '{candidate}'")  # "UTC-5:30" for +5:30
        typed_years = {t for t in given_tokens if _YEAR_TOKEN.fullmatch(t)}
        named_years = {t for c in candidates for t in _tokens(c) if _YEAR_TOKEN.fullmatch(t)}
        if typed_years and named_years and not typed_years & named_years:
            return _wrong(answer, given, f"Numbers must match exactly: '{given}' is not '{answer}'")  # "2030 Blue Pacific Strategy" for the 2050 one
        said = set(given_tokens) | {key for _, key in match.typos}
        if _INDEFINITE.match(given) and len(candidate.split()) >= 2 and all(w[:1].isupper() for w in candidate.split() if w.casefold() not in STOPWORDS) and any(
            t not in said for t in _tokens(candidate) if t not in STOPWORDS
        ):
            return _wrong(answer, given, f"'{given}' is a kind of thing, not the one named '{candidate}'")  # "a programme of action"
        if match.typos:
            refused = (
                _refused_typo(match.typos, candidates, shortcuts, given)
                or _another_state(match.typos, prompt_text)
                or _town_of_the_name(match.typos, prompt_text)
                or _another_patronymic(match.typos)
                or _another_form_and_word(match.typos, given_tokens, _tokens(candidate), candidate)
            )  # fmt: skip
            if refused:
                return _wrong(answer, given, refused)
            return Grade(True, Reason.TYPO, answer, given, f"Accepted with a typo: '{given}' → '{candidate}'")
        if index == 0:
            return Grade(True, Reason.EXACT, answer, given, f"Accepted: '{given}' contains the answer '{answer}'")
        return Grade(True, Reason.ALTERNATIVE, answer, given, f"Accepted: '{given}' contains the accepted answer '{candidate}'")
    kind = _SITES.get(singular(answer.split()[-1].casefold())) if answer.split() else None
    for candidate, index, match in results:
        if kind and match.extra and _SITES.get(singular(match.extra[-1])) not in (None, kind):
            continue  # "Saydnaya airbase" where the answer is Saydnaya military prison: another kind of site
        if (
            not LOWERED.get() and match.matched and match.extra and match.distinctive and match.whole and not (match.missing or match.numbers or match.negation or match.out_of_order)
            and match.real_name is None and not match.typos and descriptive(given, match.extra, prompt)
            and not any(_negated(w, k) or _negated(k, w) for w in match.extra for k in _tokens(candidate))  # "legal fishing"
            and not any(_OPPOSITES.get(w) in {t for c in candidates for t in _tokens(c)} for w in match.extra if w in _OPPOSITES)  # "eighth shortest"
            and not _another_unit_said(match.extra, candidates)
        ):  # fmt: skip
            return Grade(True, Reason.EXACT if index == 0 else Reason.ALTERNATIVE, answer, given, f"Accepted: '{given}' names '{candidate}' and says what it is")
    # the acronym of an expansion the pack gives ("EUMAM" for European Union Military Assistance Mission)
    if len(given_tokens) == 1 and given_tokens[0] not in prompt.words:
        typed = given_tokens[0]
        plural = typed[:-1] if typed.endswith("s") and re.search(rf"\b{re.escape(typed[:-1].upper())}s\b", given) else ""  # "UGVs"
        for candidate in candidates:
            spelled = names.acronyms(_tokens(candidate))
            if (typed in spelled or plural in spelled) and len(typed) >= 3:
                return Grade(True, Reason.ALTERNATIVE, answer, given, f"'{given}' is the acronym of '{candidate}'")
    return _wrong(answer, given, _why_wrong(given, answer, results))


@lru_cache(maxsize=64)  # one entry per answer form, as answer_forms
def _items_of_answer(candidate: str) -> tuple[str, ...]:
    """The items of an answer's list, read once per question (the walk's typo reads them while the question is read):
    the split took 1-3 us of every typo's verdict, its pattern tried at every letter of the answer."""
    return tuple(i for i in ITEM_SPLIT.split(candidate.strip()) if i)


def _item_added(given: str, candidate: str) -> str | None:
    """A name typed as one more item of a list the answer gives ("IAEA, FAO and WHO" for the IAEA and the FAO)."""
    wanted = _items_of_answer(candidate)
    if len(wanted) < 2:
        return None
    typed = [i.strip(" .") for i in ITEM_SPLIT.split(given.strip()) if i.strip(" .")]
    if len(typed) <= len(wanted):
        return None
    said = set(_tokens(candidate))
    for item in typed:
        words = item.split()
        if set(_tokens(item)) <= HEDGES:
            continue  # "the Law and Justice party, I think": a hedge, not an item
        if 1 <= len(words) <= 3 and all(w[:1].isupper() for w in words if w.casefold() not in STOPWORDS) and not set(_tokens(item)) & said:
            return item
        if item.isdigit() and item not in said:
            return item  # "4, 5, 6 and 3" for reactors 4, 5 and 6 (the question's "three" is how many, not an item)
    return None


_ROYAL_TITLES = frozenset("prince princess king queen emperor empress archduke archduchess tsar czar tsarina sultan shah emir infante infanta pope saint st".split())
"""Titles said before a first name: "Prince Eugene" is Eugene of Savoy, where "Earl Warren" is not Warren Burger."""


_FEET_MARK = lazy_re(r"\d\s*['\u2032](?!\w)")
"""A length in feet by its mark: 30' by 70'."""


def _another_unit_said(extra: Sequence[str], candidates: list[str]) -> bool:
    """"30 by 70 metres" where the answer is 30 by 70 feet (or 30' by 70'): a unit of the same kind, another one."""
    said = {u for w in extra if (u := units.PHYSICAL_ALIASES.get(w)) is not None and w not in units.WEAK_PHYSICAL}
    if not said:
        return False
    stated = {u for c in candidates for w in normalise(c).split() if (u := units.PHYSICAL_ALIASES.get(w)) is not None}
    if any(_FEET_MARK.search(c) for c in candidates):
        stated.add("foot")  # 30' by 70'
    return bool(stated) and not said & stated and all(units.dimension(u) in {units.dimension(v) for v in stated} for u in said)


def _another_middle_initial(given: tuple[str, ...], candidates: list[str]) -> str | None:
    """An answer that gives the middle initial ("William K. Harrison") and a typed middle name with another first letter."""
    if len(given) != 3 or len(given[1]) < 2:
        return None
    for candidate in candidates:
        stated = _tokens(candidate)
        if len(stated) == 3 and len(stated[1]) == 1 and stated[0] == given[0] and stated[2] == given[2] and given[1][0] != stated[1]:
            return candidate
    return None


def _other_middle_name(given: tuple[str, ...], where: list[int | None], k: int, initial: str) -> bool:
    """A name typed where the answer has a middle initial, with another first letter: "William Henry Harrison" for
    William K. Harrison is another man, not the initial left out."""
    before = where[k - 1] if k > 0 else None
    after = where[k + 1] if k + 1 < len(where) else None
    return before is not None and after is not None and any(w[:1] != initial for w in given[before + 1 : after] if w.isalpha() and w not in STOPWORDS)


def _words_traded(given: str, given_tokens: tuple[str, ...], candidate: str) -> tuple[str, str] | None:
    """Two words of the answer that traded places, each now describing another thing: across a word of its own
    ("a white cross on a red field" for a red cross on a white field), or between two items that keep their other
    words ("B Battery, E Brigade" for E Battery, B Brigade). Whole items of a list ("Iraq and Syria") may come in
    any order, and the words inside one item are compared as a set."""
    wanted = _tokens(candidate)
    if len(wanted) != len(given_tokens) or len(wanted) < 4 or sorted(wanted) != sorted(given_tokens):
        return None
    moved = [i for i, (typed, stated) in enumerate(zip(given_tokens, wanted)) if typed != stated]
    if len(moved) != 2:
        return None
    i, j = moved
    if not all(wanted[k].isalpha() and wanted[k] not in STOPWORDS for k in (i, j)):
        return None  # numbers have their own check; "use in war of" for "use of ... in war" moves small words only
    if j == i + 2 and wanted[i + 1] in ("and", "or"):
        return None  # "poverty and hunger" for hunger and poverty: a list of two, inside a name

    def items(text: str) -> list[tuple[str, ...]]:
        parts = [[t for t in _tokens(part) if t not in STOPWORDS] for part in ITEM_SPLIT.split(text) if part.strip()]
        if len(parts) > 1 and wanted[-1] == given_tokens[-1]:  # "economic and cultural exchanges": the items' noun, said once
            parts = [p[:-1] if len(p) > 1 and p[-1] == wanted[-1] else p for p in parts]
        return sorted(tuple(sorted(p)) for p in parts)

    stated_items = items(candidate)
    if len(stated_items) > 1:
        typed_items = items(given)
        return (wanted[i], wanted[j]) if len(typed_items) == len(stated_items) and typed_items != stated_items else None
    if any(w not in STOPWORDS and w.isalpha() for w in wanted[i + 1 : j]):
        return wanted[i], wanted[j]
    return None


def _numbers_swapped(given: str, candidate: str) -> bool:
    """Two numbers of the answer traded places: "Article 2(12)" for Article XII(2), "after six months, then every
    four" for after four, then every six. Items of a list may come in any order ("2027 and 2026"), each with its own
    words; within one item, or between items that keep their words, the places of the numbers are the answer."""
    typed_numbers = [t for t in _tokens(given) if t.isdigit()]
    wanted_numbers = [t for t in _tokens(candidate) if t.isdigit()]
    if len(set(wanted_numbers)) < 2 or typed_numbers == wanted_numbers or sorted(typed_numbers) != sorted(wanted_numbers):
        return False

    def items(text: str) -> list[tuple[tuple[str, ...], frozenset[str]]]:
        parts = [p for p in ITEM_SPLIT.split(text) if p.strip()]
        return [(tuple(t for t in _tokens(p) if t.isdigit()), frozenset(t for t in _tokens(p) if not t.isdigit() and t not in STOPWORDS)) for p in parts]

    typed, wanted = items(given), items(candidate)
    if len(wanted) == 1 and len(typed) == 1:
        return True
    return len(typed) == len(wanted) >= 2 and any(w[1] for w in wanted) and sorted(typed) != sorted(wanted)  # "two, with an option for three more"


def _said_in_words(word: str, prompt: Context) -> bool:
    """"5th" where the question says "fifth", "3" where it says "three": the question's own number, in digits."""
    spelled = {v for w, v in ORDINALS.items() if w in prompt.words} if word[-2:] in ("st", "nd", "rd", "th") else {
        str(v) for w, v in CARDINALS.items() if w in prompt.words
    }
    return word in spelled


_YEAR_TOKEN = lazy_re(r"1\d{3}|20\d{2}")
_SIGNED = lazy_re(r"(?:^|(?<=\s)|(?<=utc)|(?<=gmt)|(?<=ist))([+\-\u2212])\s?(\d+(?:[:.]\d+)*)", re.IGNORECASE)


def _signed_figures(text: str) -> dict[tuple[int, ...], str]:
    """Figures written with a sign of their own, "+5:30" or "UTC-05:00", by their digits (leading zeros dropped)."""
    if "+" not in text and "-" not in text and "\u2212" not in text:
        return {}
    return {tuple(int(p) for p in re.split(r"[:.]", m[2])): "+" if m[1] == "+" else "-" for m in _SIGNED.finditer(text)}


def _sign_flipped(given: str, candidates: list[str]) -> bool:
    """The figure of an answer that carries a sign, typed with the other sign: "UTC-5:30" for UTC+05:30."""
    typed = _signed_figures(given)
    if not typed:
        return False
    return any(typed.get(figure, sign) != sign for c in candidates for figure, sign in _signed_figures(c).items())


def _direction_flipped(given_tokens: list[str], candidates: list[str]) -> bool:
    """Ahead where the answer is behind, or behind where it is ahead (or carries a sign saying so): a clock's offset."""
    typed = ("behind" in given_tokens) - ("ahead" in given_tokens)  # 1 behind, -1 ahead, 0 both
    for c in candidates:
        words = _tokens(c)
        said = ("behind" in words) - ("ahead" in words)
        signs = set(_signed_figures(c).values())
        said = said or (1 if signs == {"-"} else -1 if signs == {"+"} else 0)
        if typed and said and typed != said:
            return True
    return False


def _why_wrong(given: str, answer: str, results: list[tuple[str, int, _Match]]) -> str:
    def closeness(item: tuple[str, int, _Match]) -> tuple:
        m = item[2]
        return (-m.matched, len(m.missing), item[1])

    candidate, _, match = min(results, key=closeness)
    if match.real_name is not None and not match.matched:
        typed, _ = match.real_name
        return f"'{given}' names something else, not a typo of '{candidate}'"
    if match.negation and match.matched:
        return f"'{given}' negates the answer '{answer}'"
    if match.numbers and any(_is_number_token(t) for t in _tokens(candidate)):
        return f"Numbers must match exactly: '{given}' is not '{candidate}'"
    if match.numbers and match.matched:
        return f"'{given}' adds to the answer '{candidate}' something it does not say"  # "Khalistan 2023"
    if match.real_name is not None:
        return f"'{given}' names something else, not a typo of '{candidate}'"
    if match.matched and match.missing and not match.extra:
        return f"'{given}' is only part of the answer '{candidate}'" if len(match.missing) else ""
    if match.matched and match.extra and not match.missing:
        return f"'{given}' adds to the answer '{candidate}' something it does not say"
    if match.out_of_order:
        return f"The order matters here: the answer is '{candidate}'"
    if match.matched:
        return f"'{given}' is not the answer '{candidate}'"
    near = [
        c for c in dict.fromkeys((answer, candidate)) if (most := max(2, min(len(given), len(c)) // 3)) >= 5
        or edits_at_least(normalise(given), normalise(c), most) is not None and distance(normalise(given), normalise(c), 4) <= most
    ]  # the answer once where it is the candidate; a pair the letters alone put further apart than that is not asked its distance (4 at most: over 4 reads 5)
    if near:
        return f"'{given}' is too far from '{near[0]}' to be a typo"  # "Antrics" for ANTRIX
    return f"'{given}' is not the answer '{answer}'"
