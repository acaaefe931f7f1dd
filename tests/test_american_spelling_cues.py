"""``grading.text.american`` asks each spelling pattern only of a word holding the letters every match of it holds
(issue 17, eighteenth round: a replacement with a group called back into Python on every ``sub``). The result is
the one every pattern asked in turn gives, word for word, over the packs' words, the grading eval's and words
made to meet each pattern."""

from __future__ import annotations

import itertools
import re
import subprocess
from pathlib import Path

from studyapp.grading import text

ROOT = Path(__file__).resolve().parents[1]

_EVERY_PATTERN = tuple((pattern, replacement) for _, pattern, replacement in text._SPELLINGS)


def _asked_in_turn(word: str) -> str:
    if len(word) < 5 or not word.isalpha():
        return word
    for pattern, replacement in _EVERY_PATTERN:
        word = pattern.sub(replacement, word)
    return word


def _words() -> set[str]:
    files = subprocess.run(["git", "-C", str(ROOT), "ls-files", "questions/*.yaml", "tests/grading_eval/*.yaml"], capture_output=True, text=True, check=True).stdout.split()
    words = set()
    for name in files[:60]:
        words.update(re.findall(r"[^\W\d_]+", (ROOT / name).read_text(encoding="utf-8").casefold()))
    stems = ("organ", "real", "col", "cent", "defe", "catal", "progra", "trave", "lab", "harb", "anal", "xis", "ours", "ence")
    endings = ("isation", "ise", "ises", "ised", "ising", "our", "ours", "oured", "ouring", "re", "are", "ence", "ogue", "lled", "lling", "ller", "mme", "isationise")
    words.update(a + b for a, b in itertools.product(stems, endings))
    return words


def test_american_is_every_pattern_asked_in_turn():
    words = _words()
    assert len(words) > 5000
    differ = [w for w in words if text.american.__wrapped__(w) != _asked_in_turn(w)]
    assert not differ, differ[:10]
    assert text.american("organisation") == "organization" and text.american("defence") == "defense" and text.american("colours") == "colors"
