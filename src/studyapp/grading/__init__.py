"""Answer checking: a fair examiner.

It ignores what does not change an answer (case, punctuation, diacritics, how a
number, date or name is written, hedges and qualifiers around it) and forgives
small typos within a word, but never in numbers or between two real names.
Every decision carries a ``Reason`` so the feedback screen can say why.

The parts, each one concern: ``text`` (normalising, typo budgets), ``numbers``
(digits, words, lakh/crore, Roman numerals), ``dates`` and ``holidays`` (days known by their name), ``units`` (physical
units, converted by pint, lazily), ``currency``, ``names`` (real names, acronyms, titles),
``phrases`` (reading a number out of a sentence, asides beside a name), ``ranges``
(spans of figures and days), ``gazetteer`` and ``places`` (where a town lies, other names),
``claims`` (what a response says beside the answer that contradicts the question); then the
verdict's own parts: ``outcome`` (the grade and its reason), ``numeric`` with ``measures`` and
``sentences`` (figures, units, a figure in a sentence), ``short`` with ``place_pairs``, ``denials``
and ``terms`` (names and phrases), ``kinds`` (choice, true/false, cloze, order) and ``verdict``
(each question type sent to its judge). No UI and no clock; the only I/O is reading pycountry's own data once.
"""

from __future__ import annotations

from collections.abc import Collection

from studyapp.grading.dates import parse_date, parse_year_range
from studyapp.grading.kinds import grade_choice, grade_cloze, grade_order, grade_truefalse
from studyapp.grading.names import remember_names
from studyapp.grading.numbers import Quantity, parse_quantity
from studyapp.grading.numeric import answer_quantity, grade_numeric
from studyapp.grading.outcome import Grade, Reason
from studyapp.grading.short import grade_text
from studyapp.grading.text import compile_patterns, max_typos, normalise
from studyapp.grading.verdict import HANDLERS, grade, grade_as_written, suggested_rating

__all__ = [
    "HANDLERS",
    "Grade",
    "Quantity",
    "Reason",
    "answer_quantity",
    "compile_patterns",
    "grade",
    "grade_as_written",
    "grade_choice",
    "grade_cloze",
    "grade_numeric",
    "grade_order",
    "grade_text",
    "grade_truefalse",
    "max_typos",
    "normalise",
    "parse_date",
    "parse_quantity",
    "parse_year_range",
    "prepare",
    "remember_names",
    "suggested_rating",
    "warm_up",
]


def prepare(question, accepted: Collection[str] = (), date_order: str = "dmy") -> None:
    """Read the words of a typed question's prompt and explanation now (about 150 us on a long
    explanation), and a short answer's other forms, which every verdict on it looks at, and grade
    its answer as the pack writes it (``grade_as_written``): the study screen calls this while the
    learner reads the question, so the answer does not wait for it. ``accepted`` and ``date_order``
    as the answer will be graded with."""
    from studyapp.grading.phrases import context
    from studyapp.grading.verdict import _about, _coordinated_gaps

    about = _about(question)
    kind = str(getattr(question.type, "value", question.type))
    if kind == "cloze":
        context(about["prompt"], "", None)  # each gap is judged against the sentence alone
        _coordinated_gaps(question)  # whether its gaps are one plain list, asked by every wrong answer
    else:
        context(about["prompt"], about["explanation"], about["category"])
    if kind == "short":  # the answer's other forms, asked for by every reading of the response
        from studyapp.grading.outcome import _text
        from studyapp.grading.short import answer_forms

        answer = _text(question.answer)
        alternatives = (text for a in getattr(question, "accept", ()) or () if (text := _text(a)))
        answer_forms((answer, *alternatives), about["prompt"], about["explanation"], about["category"])
    try:
        _walk_wrong_paths(question, kind, accepted, date_order)
    except Exception:  # noqa: BLE001  work done ahead must never end the session: the answer is graded in full then
        pass
    try:
        grade_as_written(question, accepted, date_order)
    except Exception:  # noqa: BLE001  work done ahead must never end the session: the answer is graded in full then
        pass  # grade_as_written let go of the last verdict before grading this one


def _slipped(word: str) -> str:
    """The word with its last but one letter doubled: a slip no grader rule treats apart from others."""
    return word[:-1] + word[-2:] if len(word) >= 2 else word


def _graded(question, response: str, accepted: Collection[str], date_order: str):
    from studyapp.grading.verdict import grade

    return grade(question, response, accepted=accepted, date_order=date_order)


def _walk_wrong_paths(question, kind: str, accepted: Collection[str], date_order: str) -> None:
    """Grade two responses no learner types, whose verdicts are thrown away: every word of the answer
    backwards (it matches nothing: the path of a wrong answer to the end), and the answer with a slip
    in its longest word (the path of a typo, and the claims read beside an answer found right). What
    they read from the question alone (its answers' terms, figures and dates, the countries its
    prompt and explanation name) is then cached when the learner's answer comes: a wrong answer or
    a typo took 0.3-1 ms, most of the answer's p99, and half of it was this. Nothing is kept but
    what the grader's caches keep, so no verdict depends on it."""
    from studyapp.grading.outcome import _text
    from studyapp.grading.verdict import HANDLERS

    judge = HANDLERS[kind]
    if kind in ("short", "numeric"):  # as a typed answer is graded, with the second look at a wrong or right reading: what
        judge = _graded  # that reads of the question alone (its lengths of time, its unit's narrowing word...) is cached too
    if kind == "cloze":
        gaps = [_text(gap[0]) if gap else "" for gap in getattr(question, "gaps", None) or ()]
        if gaps and all(gaps):
            judge(question, [" ".join(word[::-1] for word in gap.split()) for gap in gaps], accepted, date_order)
        return
    answer = _text(question.answer)
    words = answer.split()
    if not words:
        return
    if kind == "numeric":
        judge(question, "-0.0137", accepted, date_order)  # a figure no answer is
        return
    judge(question, " ".join(word[::-1] for word in words), accepted, date_order)
    longest = max(words, key=len)
    if len(longest) >= 5 and longest.isalpha():
        judge(question, answer.replace(longest, _slipped(longest), 1), accepted, date_order)


def warm_up() -> None:
    """Load what grading imports lazily (the typo distance, the real names), before the
    first answer needs it; pint stays out: few answers need a unit conversion."""
    from studyapp.grading import names, text

    text.osa()
    names.warm_up()
    from studyapp.grading import gazetteer

    gazetteer.towns("IN")  # a typo is checked against India's towns (about 35 ms to read)
    gazetteer._state_countries()  # a state no country of the question has ("Dresden, Saxony"): about 70 ms to read
    from studyapp.grading import romanisation

    romanisation._table()  # the Wade-Giles syllables, read from pypinyin's source (about 5 ms)
    romanisation._beginnings()
    from studyapp.grading import people

    people._epithets()  # the names the public gives people, asked of a wrong short answer (0.1 ms to read)
    grade_text("Ottawa, Canada", "Ottawa", prompt="In which city?")
    grade_numeric("about 40,000 troops", "40,000", unit="troops", prompt="How many?")
