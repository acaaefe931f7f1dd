"""``grading.romanisation`` finds pinyin run together by a walk that starts only where a syllable ended and stops where
no syllable begins with the letters read, and spells a name's Wade-Giles syllables in pinyin without compiling a
pattern (issue 17, nineteenth round: a wrong short answer's verdict spent an eighth of its time here). Both answer as
the walk over every pair of places and the pattern of the syllables' alternatives did, over the packs' words, the
grading eval's, every syllable and made-up names."""

from __future__ import annotations

import itertools
import random
import re
import subprocess
from pathlib import Path

from studyapp.grading import romanisation

ROOT = Path(__file__).resolve().parents[1]


def _walked_everywhere(word: str) -> bool:
    """The walk before: every end asked of every start up to six letters back."""
    if romanisation._SYLLABLE_SHAPES.fullmatch(word) is None:
        return False
    pinyin = romanisation._table()[1]
    reach = [True] + [False] * len(word)
    for end in range(1, len(word) + 1):
        reach[end] = any(reach[start] and word[start:end] in pinyin for start in range(max(0, end - 6), end))
    return reach[-1]


def _matched(syllables: list[str], letters: str) -> bool:
    """The pattern before: each syllable's pinyin forms as alternatives, fully matched."""
    wade, _ = romanisation._table()
    pattern = "".join("(?:" + "|".join(sorted(wade[s], key=len, reverse=True)) + ")" for s in syllables)
    return re.fullmatch(pattern, letters) is not None


def _words() -> set[str]:
    files = subprocess.run(["git", "-C", str(ROOT), "ls-files", "questions/*.yaml", "tests/grading_eval/*.yaml"], capture_output=True, text=True, check=True).stdout.split()
    words = set()
    for name in files[:80]:
        words.update(romanisation._plain(w) for w in romanisation._WORD.findall((ROOT / name).read_text(encoding="utf-8")))
    pinyin = sorted(romanisation._table()[1])
    chance = random.Random(17)
    words.update(pinyin)
    words.update("".join(chance.sample(pinyin, chance.randint(2, 4))) for _ in range(3000))  # syllables run together
    words.update(w[:-1] for w in list(words) if len(w) > 3)  # and cut short
    letters = "abcdefghiklmnoprstuvxz"
    words.update("".join(chance.choice(letters) for _ in range(chance.randint(2, 14))) for _ in range(3000))
    return words


def test_the_walk_finds_what_the_walk_over_every_pair_found():
    if not romanisation._table()[1]:
        return  # pypinyin missing: both walks find nothing
    words = _words()
    assert len(words) > 10000
    differ = [w for w in words if romanisation._pinyin_run.__wrapped__(w) != _walked_everywhere(w)]
    assert not differ, differ[:10]
    assert romanisation._pinyin_run("songtao") and not romanisation._pinyin_run("varden")


def test_the_syllables_spell_what_the_pattern_matched():
    wade, pinyin = romanisation._table()
    if not wade:
        return
    chance = random.Random(29)
    keys = sorted(wade)
    cases = []
    for _ in range(4000):
        syllables = chance.sample(keys, chance.randint(1, 4))
        spelled = "".join(chance.choice(sorted(wade[s])) for s in syllables)
        cases.append((syllables, spelled))  # spelled by them
        cases.append((syllables, spelled[:-1]))  # a letter short
        cases.append((syllables, spelled + chance.choice("aeinoug")))  # a letter more
        cases.append((syllables, "".join(chance.sample(sorted(pinyin), len(syllables)))))  # other syllables
    cases += [(list(s), "") for s in itertools.combinations(keys[:5], 1)]
    differ = [(s, letters) for s, letters in cases if romanisation._spelled(s, letters) != _matched(s, letters)]
    assert not differ, differ[:10]
    assert romanisation.same_name("Chou En-lai", "Zhou Enlai") and not romanisation.same_name("Chou En-lai", "Zhou Wenlai")
