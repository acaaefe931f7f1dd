"""Text normalisation: the comparison form of an answer, and per-word typo budgets.

Only what never changes an answer is dropped here (case, diacritics, punctuation,
a leading article). Everything that reads meaning (numbers, dates, names) lives
in the sibling modules.
"""

from __future__ import annotations

import re
import unicodedata
import weakref
from functools import lru_cache

class LazyRegex:
    """A pattern compiled on first use: the grader's patterns would cost start-up ~10 ms otherwise."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self._pattern, self._flags = pattern, flags

    def __getattr__(self, name: str):
        compiled = re.compile(self._pattern, self._flags)
        for method in ("match", "fullmatch", "search", "sub", "split", "findall", "finditer", "pattern"):
            setattr(self, method, getattr(compiled, method))  # later look-ups skip __getattr__
        return getattr(compiled, name)


_PATTERNS: weakref.WeakSet[LazyRegex] = weakref.WeakSet()
"""Every pattern made by :func:`lazy_re` and still alive (the module-level ones), for :func:`compile_patterns`."""


def _wordish(char: str) -> bool:
    return char.isalnum() or char == "_"  # what \\w matches in a str pattern


def has_word(text: str, word: str) -> bool:
    """``re.search(rf"\\b{re.escape(word)}\\b", text) is not None``, without compiling a pattern for
    each word (0.02-0.15 ms a pattern, inside answers: the words come from the answer): ``word`` where
    a word boundary stands on both sides of it, as \\b reads one (a test holds the two equal)."""
    if not word:  # \b\b: a boundary anywhere, which a text with a word character has
        return any(map(_wordish, text))
    first, last = _wordish(word[0]), _wordish(word[-1])
    start = text.find(word)
    while start >= 0:
        end = start + len(word)
        before = start > 0 and _wordish(text[start - 1])
        after = end < len(text) and _wordish(text[end])
        if before != first and after != last:
            return True
        start = text.find(word, start + 1)
    return False


def lazy_re(pattern: str, flags: int = 0) -> LazyRegex:
    found = LazyRegex(pattern, flags)
    _PATTERNS.add(found)
    return found


def compile_patterns() -> int:
    """Compile every pattern still waiting for its first use; returns how many. Left to first use, the first wrong
    number, typo or cloze of a session compiled a few inside the answer (0.4-1.3 ms each: a session's p99)."""
    waiting = [found for found in list(_PATTERNS) if "match" not in vars(found)]
    for found in waiting:
        found.pattern  # noqa: B018 - the first attribute read compiles it
    return len(waiting)


_ARTICLES = frozenset({"the", "a", "an"})
# Apostrophe look-alikes and the Unicode minus, mapped before punctuation rules run.
TRANSLATE = str.maketrans({"\u00d7": " x ", "\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'", "\u2212": "-", "\u2013": "-", "\u0131": "i"})
# keep: a decimal/group mark between digits, a minus sign opening a number.
# drop: an apostrophe inside a word ("Canada's" -> "canadas", "O'Brien" -> "obrien").
# anything else that is not a letter/digit/space becomes a space.
_PUNCT_RE = lazy_re(r"(?P<keep>(?<=\d)[.,](?=\d)|(?<!\w)-(?=\d))|(?P<drop>(?<=\w)'(?=\w))|[^\w\s]|_")
_MARKS = frozenset({"Mn", "Me"})  # not just combining() != 0: U+034F has class 0 but is still a mark


def _punct_repl(match: re.Match[str]) -> str:
    if match.group("keep"):
        return match.group()
    if match.group("drop"):
        return ""
    return " "


def fold(text: str) -> str:
    """Casefold and strip diacritics; casefold runs between two NFKD passes because it can produce decomposable letters."""
    if text.isascii():
        return text.casefold()
    text = unicodedata.normalize("NFKD", text).casefold()
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if unicodedata.category(c) not in _MARKS)


@lru_cache(maxsize=2048)  # 8,192 held 1.5 MB of normalised prompts and explanations after 1,000 answers (issue 17); 275 of 60,000 hits lost
def normalise(text: str) -> str:
    """The comparison form of an answer: only what changes the meaning survives.

    Numbers keep their inner ``.``/``,`` and a leading minus so ``9.7`` and ``-3``
    stay distinguishable from ``97`` and ``3``. Idempotent.
    """
    text = fold(text).translate(TRANSLATE).replace("&", " and ")
    # letters, digits and spaces only: the pattern finds nothing (its \w is str.isalnum or "_"), so it is not asked
    words = text.split() if text.replace(" ", "").isalnum() else _PUNCT_RE.sub(_punct_repl, text).split()
    start = 0
    while len(words) - start > 1 and words[start] in _ARTICLES:
        start += 1
    return " ".join(words[start:])


def max_typos(length: int) -> int:
    """Edit budget for a word of ``length`` normalised characters.

    Four letters get none: one edit turns Iran into Iraq or Mali into Male.
    """
    if length <= 4:
        return 0
    if length <= 7:
        return 1
    if length <= 15:
        return 2
    return 3


@lru_cache(maxsize=16384)
def singular(word: str) -> str:
    """A rough singular so "missions" meets "mission" and "Huawei's" meets "Huawei"."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 5 and word.endswith("sses"):
        return word[:-2]  # "fortresses", "losses": not "fortresse"
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss") and not word.endswith("us"):
        return word[:-1]
    return word


_SPELLINGS = (
    ("isation", re.compile(r"isation"), "ization"), ("is", re.compile(r"is(e|es|ed|ing)$"), r"iz\1"),
    ("our", re.compile(r"our$|our(s|ed|ing)$"), r"or\1"), ("re", re.compile(r"([^aeiou])re$"), r"\1er"),
    ("ence", re.compile(r"ence$"), "ense"), ("ogue", re.compile(r"ogue$"), "og"),
    ("ll", re.compile(r"ll(ed|ing|er)$"), r"l\1"), ("mme", re.compile(r"mme$"), "m"),
)  # fmt: skip
"""Each pattern after the letters every match of it holds: a word without them is passed by without asking ``re``
(a replacement with a group calls back into Python on every ``sub``, match or not: 2.2 M of the 39.7 M instructions
of 44 wrong answers' verdicts)."""


@lru_cache(maxsize=16384)
def american(word: str) -> str:
    """One spelling for British and American forms: defence/defense, centre/center, organisation/organization."""
    if len(word) < 5 or not word.isalpha():
        return word
    for cue, pattern, replacement in _SPELLINGS:
        if cue in word:
            word = pattern.sub(replacement, word)
    return word


@lru_cache(maxsize=None)
def osa():
    """rapidfuzz's optimal-string-alignment distance, imported on the first typo
    check rather than at start-up (about 11 ms the first question can do without)."""
    from rapidfuzz.distance import OSA

    return OSA


def edits_at_least(a: str, b: str, most: int) -> int | None:
    """A floor under :func:`distance` that needs no alignment, or None when it is over ``most``: an edit (a letter
    put in, taken out or replaced, two swapped) changes the length by one at most, and the count of letters one
    has and the other lacks by one at most. Cheaper than the distance, so a pair it puts too far apart is not asked."""
    apart = abs(len(a) - len(b))
    if apart > most:
        return None
    typed = set(a)
    lacking = max(apart, len(typed.difference(b)), len(set(b).difference(typed)))
    return None if lacking > most else lacking


@lru_cache(maxsize=1024)  # a typed word against an answer's: a few questions' worth (the wrong-answer walk's pairs are never asked again)
def distance(a: str, b: str, cutoff: int) -> int:
    """Edits between two words (a swapped pair counts once); anything over ``cutoff`` is ``cutoff + 1``."""
    if a == b:
        return 0
    if abs(len(a) - len(b)) > cutoff:
        return cutoff + 1
    return osa().distance(a, b, score_cutoff=cutoff)
