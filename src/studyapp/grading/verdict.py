"""The verdict: each question type sent to the part that judges it.

A question's type picks its judge (``numeric``, ``short``, ``kinds``); this module
builds what they need from the question (prompt, accepted answers, what the learner
overruled before, the date order) and turns a grade into a suggested rating.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from typing import Any

from studyapp.grading.kinds import grade_choice, grade_cloze, grade_order, grade_truefalse
from studyapp.grading.numeric import grade_numeric
from studyapp.grading.outcome import _ACCEPTED_BEFORE, Grade, _overruled, Reason, _text
from studyapp.grading.short import grade_text
from studyapp.grading.text import lazy_re


_GAP_RE = lazy_re(r"\{\{.*?\}\}")


def _prompt(question: Any) -> str:
    prompt = _text(getattr(question, "prompt", ""))
    text = getattr(question, "text", None)
    if isinstance(text, str) and text:
        prompt = f"{prompt} {_GAP_RE.sub(' ', text)}"
    return prompt


def _joined(response: Any) -> str:
    if isinstance(response, (list, tuple)):
        return " | ".join(_text(r) for r in response)
    return _text(response)


def _about(question: Any) -> dict[str, Any]:
    """What the question says besides its answer: its words may stand beside the answer."""
    category = getattr(question, "category", None)
    return {
        "prompt": _prompt(question),
        "explanation": _text(getattr(question, "explanation", "")),
        "category": str(getattr(category, "value", category)) if category else None,
    }


def _grade_short(question: Any, response: Any, accepted: Collection[str], date_order: str) -> Grade:
    return grade_text(
        _text(response), question.answer, getattr(question, "accept", ()) or (),
        accepted=accepted, date_order=date_order, **_about(question),
    )  # fmt: skip


def _grade_numeric_question(question: Any, response: Any, accepted: Collection[str], date_order: str) -> Grade:
    return grade_numeric(
        response, question.answer, getattr(question, "accept", ()) or (), getattr(question, "unit", None),
        getattr(question, "tolerance", None), accepted=accepted, date_order=date_order, **_about(question),
    )  # fmt: skip


_COORDINATED = lazy_re(r"\}\}\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+(?:to\s+)?)\{\{")


def _coordinated_gaps(question: Any) -> tuple[int, int] | None:
    """The two gaps of a plain list of common words ("freedom of {{navigation}} and {{overflight}}"), whose order a
    fair examiner does not mark: seven blind writers labelled the swap right (15 cases), two wrong (6). Never numbers
    (each has its own role: "{{22}} single-seat and {{4}} twin-seat") nor capitalised words, which make names
    ("Foreign Investment {{Promotion}} and {{Protection}} Agreement")."""
    text = getattr(question, "text", None)
    gaps = getattr(question, "gaps", None) or ()
    if not isinstance(text, str) or len(gaps) < 2 or len(_GAP_RE.findall(text)) != len(gaps):
        return None
    joins = [m.start() for m in _COORDINATED.finditer(text)]
    if len(joins) != 1:
        return None
    ends = [m.end() for m in _GAP_RE.finditer(text)]
    first = next((i for i, end in enumerate(ends) if end - 2 == joins[0]), None)
    if first is None or first + 1 >= len(gaps):
        return None
    pair = (_text(gaps[first][0]) if gaps[first] else "", _text(gaps[first + 1][0]) if gaps[first + 1] else "")
    if any(not word or any(c.isdigit() for c in word) or word[:1].isupper() for word in pair):
        return None
    return first, first + 1


def _grade_cloze_question(question: Any, response: Any, accepted: Collection[str], date_order: str) -> Grade:
    result = grade_cloze(response or (), question.gaps, prompt=_prompt(question), date_order=date_order)
    if not result.correct and (pair := _coordinated_gaps(question)) is not None and isinstance(response, (list, tuple)):
        first, second = pair
        swapped = list(response)
        if max(first, second) < len(swapped):
            swapped[first], swapped[second] = swapped[second], swapped[first]
            other = grade_cloze(swapped, question.gaps, prompt=_prompt(question), date_order=date_order)
            if other.correct:  # "freedom of {{navigation}} and {{overflight}}": two words of one plain list, either order
                return Grade(True, other.reason, other.expected, result.given, "The two listed in the other order", other.parts)
    if not result.correct and _overruled(_joined(response), accepted):
        return Grade(True, Reason.ALTERNATIVE, result.expected, result.given, _ACCEPTED_BEFORE, result.parts)
    return result


def grade_reveal(response: Any, answer: Any) -> Grade:
    """Reveal and rate (material that cannot be typed): the learner saw the answer and says right or wrong."""
    correct = response is True or (isinstance(response, str) and response.strip().lower() in ("right", "yes", "true", "y"))
    detail = "You said you knew it" if correct else "You said you did not know it"
    return Grade(correct, Reason.EXACT if correct else Reason.WRONG, _text(answer), "right" if correct else "wrong", detail)


Handler = Callable[[Any, Any, Collection[str], str], Grade]
HANDLERS: dict[str, Handler] = {
    "short": _grade_short,
    "numeric": _grade_numeric_question,
    "cloze": _grade_cloze_question,
    "choice": lambda q, r, a, d: grade_choice(r or (), q.answer, q.choices),
    "truefalse": lambda q, r, a, d: grade_truefalse(r if isinstance(r, (bool, str)) else _text(r), bool(q.answer)),
    "order": lambda q, r, a, d: grade_order(r or (), q.items),
    "reveal": lambda q, r, a, d: grade_reveal(r, q.answer),
    # exam formats (studyapp.exam_formats): one option picked among those the app built
    "statements": lambda q, r, a, d: grade_choice(r or (), q.answer, q.choices),
    "pairs": lambda q, r, a, d: grade_choice(r or (), q.answer, q.choices),
    "assertion": lambda q, r, a, d: grade_choice(r or (), q.answer, q.choices),
}
"""Question type -> grader; a new type adds one entry here."""


def grade(question: Any, response: Any, *, accepted: Collection[str] = (), date_order: str = "dmy") -> Grade:
    """Dispatch on ``question.type``; the question is duck-typed so grading never imports packs.

    ``accepted``: responses the learner overruled as right for this question before.
    ``date_order``: how to read an all-numeric date ("dmy", "mdy" or "ymd").
    """
    kind = str(getattr(question.type, "value", question.type))
    handler = HANDLERS.get(kind)
    if handler is None:
        raise ValueError(f"unknown question type: {kind!r}")
    return handler(question, response, accepted or (), date_order)


def suggested_rating(grade: Grade) -> int:
    """FSRS rating: 1 Again when wrong or given up, 2 Hard when only a typo saved it, 3 Good otherwise."""
    if grade.reason is Reason.GAVE_UP or not grade.correct:
        return 1
    if grade.reason is Reason.OVERRULED:
        return 3
    if grade.typo:
        return 2
    return 3
