"""Exam marking: marks for a right answer, a penalty for a wrong one, nothing for a blank.

A preliminary paper with negative marking rewards knowing when not to answer:
+2 for a right answer and -2/3 for a wrong one means a blind guess among four
options is worth nothing on average, and an educated guess is worth taking. A
mock exam scores itself with its exam's scheme, so the learner sees the net
score the paper would give and what the answers they marked as guesses cost or
gained.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from fractions import Fraction

BUILT_IN = {
    "upsc": ("+2, -2/3 (preliminary paper)", Fraction(2), Fraction(2, 3)),
    "plain": ("+1, no penalty", Fraction(1), Fraction(0)),
}


class MarkingError(ValueError):
    """A marking scheme that cannot be read, worth one clear line."""


@dataclass(frozen=True, slots=True)
class Marking:
    """Marks per right answer and the penalty (a positive number) per wrong one; blanks score zero."""

    right: float
    wrong: float
    name: str = ""

    @property
    def text(self) -> str:
        """How it is stored and typed back: ``upsc``, ``plain`` or ``+2,-0.667``."""
        return self.name or f"+{_number(self.right)},-{_number(self.wrong)}"

    @property
    def label(self) -> str:
        if self.name in BUILT_IN:
            return f"{self.name}: {BUILT_IN[self.name][0]}"
        return f"+{_number(self.right)} right, -{_number(self.wrong)} wrong"

    def marks(self, correct: bool) -> float:
        return self.right if correct else -self.wrong


PLAIN = Marking(1.0, 0.0, "plain")


def _number(value: float) -> str:
    return f"{value:g}" if value == round(value, 3) else f"{value:.3f}"


def _amount(text: str) -> Fraction:
    text = text.strip().lstrip("+")
    try:
        return Fraction(text)
    except (ValueError, ZeroDivisionError):
        raise MarkingError(f"marking: {text!r} is not a number (e.g. 2, 0.667 or 2/3)") from None


def parse_marking(text: str | None) -> Marking:
    """``upsc``, ``plain``, or ``RIGHT,WRONG`` such as ``+2,-0.667`` or ``2,-2/3`` (the penalty's sign may be left out)."""
    if text is None or not text.strip():
        return PLAIN
    text = text.strip().lower()
    if text in BUILT_IN:
        _, right, wrong = BUILT_IN[text]
        return Marking(float(right), float(wrong), text)
    parts = re.split(r"[,;]", text)
    if len(parts) != 2:
        raise MarkingError(f"marking {text!r}: use upsc, plain, or marks for right and wrong such as \"+2,-0.667\"")
    right, wrong = _amount(parts[0]), abs(_amount(parts[1]))
    if right <= 0 or right > 1000 or wrong > 1000:
        raise MarkingError(f"marking {text!r}: a right answer must earn more than 0 (and marks stay under 1000)")
    return Marking(float(right), float(wrong))


@dataclass(frozen=True, slots=True)
class MarkedSitting:
    """A sitting scored under a scheme: net marks, the most it could have had, and the guesses' part."""

    marking: Marking
    net: float
    maximum: float
    right: int
    wrong: int
    blank: int
    guesses_right: int
    guesses_wrong: int
    sure_right: int
    sure_wrong: int

    @property
    def guess_net(self) -> float:
        """What the answers marked as guesses added (positive) or cost (negative)."""
        return self.guesses_right * self.marking.right - self.guesses_wrong * self.marking.wrong

    @property
    def guesses(self) -> int:
        return self.guesses_right + self.guesses_wrong

    @property
    def sure(self) -> int:
        return self.sure_right + self.sure_wrong


def mark(marking: Marking, answers: Iterable[tuple[bool, bool]], blank: int) -> MarkedSitting:
    """Score ``answers`` (correct, marked as a guess) with ``blank`` questions left unanswered (zero each)."""
    counts = {(c, g): 0 for c in (True, False) for g in (True, False)}
    for correct, guess in answers:
        counts[(bool(correct), bool(guess))] += 1
    right = counts[(True, True)] + counts[(True, False)]
    wrong = counts[(False, True)] + counts[(False, False)]
    net = right * marking.right - wrong * marking.wrong
    total = right + wrong + blank
    return MarkedSitting(
        marking, net, total * marking.right, right, wrong, blank,
        counts[(True, True)], counts[(False, True)], counts[(True, False)], counts[(False, False)],
    )  # fmt: skip
