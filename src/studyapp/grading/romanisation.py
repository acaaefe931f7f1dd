"""Chinese names in Wade-Giles and in pinyin: "Chou En-lai" is Zhou Enlai, "Kuo Sung-tao" Guo Songtao.

Indian textbooks and older English sources print Wade-Giles (Chou En-lai at Panchsheel, Li Hung-chang at
Shimonoseki); the packs mostly write pinyin. A fair examiner takes either. The syllable table is
``pypinyin``'s (a maintained Chinese romanisation library), read from its source file as data: importing
the package loads its dictionaries, a quarter of a second this path does not need. Apostrophes are often
left out when typed, so "tao" stands for both tao (t'ao) and dao; only whole syllables are converted.
"""

from __future__ import annotations

import ast
import re
from functools import lru_cache
from importlib.util import find_spec
from pathlib import Path


@lru_cache(maxsize=1)
def _table() -> tuple[dict[str, frozenset[str]], frozenset[str]]:
    """Wade-Giles syllable (no apostrophe, no umlaut) -> its pinyin syllables; and every pinyin syllable."""
    try:
        spec = find_spec("pypinyin")
    except (ImportError, ValueError):
        return {}, frozenset()
    if spec is None or not spec.submodule_search_locations:
        return {}, frozenset()
    path = Path(next(iter(spec.submodule_search_locations))) / "style" / "wadegiles.py"
    try:
        source = path.read_text(encoding="utf-8")
        start = source.index("_convert_table = [")
        rows = ast.literal_eval(source[source.index("[", start) : source.index("]\n", start) + 1])
    except (OSError, ValueError, SyntaxError):
        return {}, frozenset()
    wade: dict[str, set[str]] = {}
    for pinyin, wg in rows:
        plain = _plain(wg)
        wade.setdefault(plain, set()).add(pinyin)
    return {k: frozenset(v) for k, v in wade.items()}, frozenset(p for p, _ in rows)


def _plain(text: str) -> str:
    return text.casefold().replace("'", "").replace("’", "").replace("ü", "u").replace("ŭ", "u").replace("ê", "e")


_WORD = re.compile(r"[A-Za-zÀ-ÿŭüêÜ'’]+")


def _syllables(text: str) -> list[str] | None:
    """The Wade-Giles syllables of a name ("Li Hung-chang": li, hung, chang); None if any word is not one."""
    wade, _ = _table()
    out = []
    for word in _WORD.findall(text):
        plain = _plain(word)
        if plain not in wade:
            return None
        out.append(plain)
    return out


_SYLLABLE_SHAPES = re.compile(r"(?:[bcdfghjklmnpqrstwxyz]{0,2}[aeiouv]+(?:ng|n|r)?)+")
"""Every pinyin word has this shape (at most two letters before a vowel, n, ng or r after): most English words do not."""


@lru_cache(maxsize=4096)
def _pinyin_run(word: str) -> bool:
    """Whether the word is pinyin syllables run together ("songtao"): a walk over its letters, each step a syllable of
    at most six letters, once the word has a syllable's shape (a pattern of all 421 syllables, tried by
    backtracking, cost up to 100 µs on an English word)."""
    if _SYLLABLE_SHAPES.fullmatch(word) is None:
        return False
    pinyin, beginnings = _table()[1], _beginnings()
    size = len(word)
    reach = [True] + [False] * size
    furthest = 0
    for start in range(size):  # from each place a syllable ends, the syllables that begin there (at most six letters)
        if start > furthest:
            return False  # no syllable ends here or later: nothing reaches the end
        if reach[start]:
            for end in range(start + 1, min(size, start + 6) + 1):
                piece = word[start:end]
                if piece not in beginnings:
                    break  # no syllable begins with these letters: none longer from here either
                if piece in pinyin:
                    reach[end] = True
                    furthest = max(furthest, end)
    return reach[-1]


@lru_cache(maxsize=1)
def _beginnings() -> frozenset[str]:
    """Every pinyin syllable's first letters (each syllable among them), to stop the walk where no syllable begins so."""
    return frozenset(syllable[:end] for syllable in _table()[1] for end in range(1, len(syllable) + 1))


@lru_cache(maxsize=1024)
def _chinese_like(text: str) -> bool:
    """Some word of it is a Wade-Giles syllable of two letters or more, or pinyin syllables run together ("Songtao")."""
    if not _table()[0]:
        return False
    wade = _table()[0]
    return any(
        len(plain) >= 2 and (plain in wade or _pinyin_run(plain))
        for plain in (_plain(w) for w in _WORD.findall(text))
    )


def _letters(text: str) -> str:
    return re.sub(r"[^a-z]", "", _plain(text))


def same_name(typed: str, answer: str) -> bool:
    """Whether one of the two is the other's name in Wade-Giles: every syllable of it converted to pinyin spells
    the other, letter for letter (spaces and hyphens aside), words both share aside ("Prince Kung" for Prince
    Gong, "the Hsien-feng Emperor"). Two syllables at least, or one beside a shared word: "Li" alone proves nothing."""
    if typed.casefold() == answer.casefold() or not _chinese_like(answer) or not _chinese_like(typed):
        return False  # most answers: the answer has no such word (cached while the question is read), so the typed words are not read
    wade = _table()[0]  # asked word by word: a set less the table's keys walked all its 400 keys
    shared = {w.casefold() for w in _WORD.findall(typed)} & {said for w in _WORD.findall(answer) if (said := w.casefold()) not in wade}
    shared |= {"the"}
    typed, answer = (" ".join(w for w in _WORD.findall(text) if w.casefold() not in shared) for text in (typed, answer))
    for wg, pinyin in ((typed, answer), (answer, typed)):
        syllables = _syllables(wg)
        if syllables is None or len(syllables) < (1 if len(shared) > 1 else 2) or _letters(wg) == _letters(pinyin):
            continue
        if _spelled(syllables, _letters(pinyin)):
            return True
    return False


def _spelled(syllables: list[str], letters: str) -> bool:
    """Whether the Wade-Giles syllables, each as one of its pinyin syllables, spell the letters exactly: where each
    syllable can end, in turn (what a pattern of their alternatives fully matched finds, without compiling one)."""
    wade, _ = _table()
    ends = {0}
    for syllable in syllables:
        ends = {end + len(p) for end in ends for p in wade[syllable] if letters.startswith(p, end)}
        if not ends:
            return False
    return len(letters) in ends
