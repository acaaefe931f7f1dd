"""Choice, true/false, cloze and order questions: answers with a structure of their own.

A cloze grades each gap as a short or numeric answer; a list of gaps whose answers
are interchangeable may come in any order, unless the sentence ties each to its place.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from functools import lru_cache

from studyapp.grading import names, people, units
from studyapp.grading.numbers import parse_quantity
from studyapp.grading.numeric import grade_numeric
from studyapp.grading.outcome import Grade, Reason, _text, _wrong
from studyapp.grading.short import grade_text


def grade_choice(selected: Collection[str], correct: Collection[str], choices: Sequence[str]) -> Grade:
    """All correct options and nothing else: a multi-answer question is not half right."""
    chosen = {selected} if isinstance(selected, str) else set(selected)
    right = {correct} if isinstance(correct, str) else set(correct)
    ordered = list(choices) + sorted((chosen | right) - set(choices))
    expected = "; ".join(c for c in ordered if c in right)
    given = "; ".join(c for c in ordered if c in chosen)
    if not chosen:
        return _wrong(expected, given, "No answer given")
    if chosen == right:
        detail = f"All {len(right)} correct options chosen" if len(right) > 1 else "Right option"
        return Grade(True, Reason.EXACT, expected, given, detail)
    hits = len(chosen & right)
    if len(right) > 1:
        detail = f"{hits} of {len(right)} correct options chosen"
        extra = len(chosen - right)
        if extra:
            detail += f", {extra} wrong"
        return _wrong(expected, given, detail)
    return _wrong(expected, given, "Not the right option")


_TRUE_WORDS = frozenset({"t", "true", "yes", "y", "1"})
_FALSE_WORDS = frozenset({"f", "false", "no", "n", "2"})


def grade_truefalse(response: bool | str, answer: bool) -> Grade:
    """Keys 1/2 mirror the on-screen order True, False."""
    expected = "True" if answer else "False"
    if isinstance(response, bool):
        value: bool | None = response
    else:
        word = _text(response).casefold().strip(".!")
        value = True if word in _TRUE_WORDS else False if word in _FALSE_WORDS else None
    if value is None:
        given = _text(response)
        return _wrong(expected, given, "No answer given" if not given else "Not true or false")
    given = "True" if value else "False"
    if value == bool(answer):
        return Grade(True, Reason.EXACT, expected, given, f"The statement is {expected.lower()}")
    return _wrong(expected, given, f"The statement is {expected.lower()}")


# weakest first: the overall reason of an all-correct cloze is its weakest part
_REASON_WEAKNESS = [Reason.TYPO, Reason.ALTERNATIVE, Reason.NUMERIC, Reason.DATE, Reason.EXACT]


def _gap_is_number(text: str) -> bool:
    """A gap is numeric when its answer is just a number, not "12 Squadron" or "Twelve Angry Men"."""
    q = parse_quantity(text)
    return q is not None and (q.unit is None or units.is_known(q.unit))


_PERSON_CUES = (names.TITLES | names.HONORIFICS | frozenset(
    "sergeant sgt sherpa congressman congressmen congresswoman counterpart counterparts wife husband son daughter "
    "presidents ministers secretaries captains generals senators envoys chiefs premiers emperor empress sultan shah tsar czar "
    "emir khedive viceroy pope cardinal bishop archbishop lama".split()
)) - frozenset("foreign state national security defence defense affairs external home finance deputy vice crown officer mp".split())
"""The word before a gap that says a person fills it: "Prime Minister {{Margaret Thatcher}}", "Captain {{F.M. Bailey}}",
"his Mauritian counterpart {{Pravind Jugnauth}}" (not "Home {{Ministry}}": words that also qualify a body are left out)."""
_INITIALS = re.compile(r"(?:[A-Z]\.\s*){1,3}[A-Z][a-z]")
_NAME_WORD = re.compile(r"[A-Z][\w'’.-]*")


@lru_cache(maxsize=512)  # one entry per gap of the questions in play: worked out once, not on every answer
def _a_person_named(answer: str, before: str) -> bool:
    """A gap whose answer is a person's name, by the title before it or the initials it begins with: a fair examiner
    takes the surname alone there, as in a short answer that asks for a person (rounds 1-476: 64 such gaps labelled
    right, none wrong)."""
    words = answer.split()
    if not 2 <= len(words) <= 4 or not all(_NAME_WORD.fullmatch(w) for w in words) or any(c.isdigit() for c in answer):
        return False
    if any(w.casefold().strip(".") in names.HEAD_NOUNS for w in words) or names.is_place_name(answer.casefold()):
        return False  # "Port Blair", "Cape Town", "INS Mumbai": a place or a ship, not a person
    if _INITIALS.match(answer):
        return True  # "A.S. Cheema", "H.P.S. Ahluwalia"
    cue = re.search(r"([A-Za-z-]+)\W*$", before)
    return cue is not None and cue[1].casefold() in _PERSON_CUES


def grade_cloze(
    responses: Sequence[str], gaps: Sequence[Sequence[str]], *, prompt: str = "", date_order: str = "dmy", before: Sequence[str] = ()
) -> Grade:
    """Each gap on its own; all must be right, and the feedback counts how many were. ``before``: the sentence's
    words before each gap, which may say that a person fills it."""
    responses = [responses] if isinstance(responses, str) else list(responses or ())
    parts: list[Grade] = []
    for index, gap in enumerate(gaps):
        accepted = [_text(g) for g in gap]
        response = responses[index] if index < len(responses) else ""
        if not accepted:
            parts.append(_wrong("", _text(response), "Empty gap"))
        elif _gap_is_number(accepted[0]):
            parts.append(grade_numeric(response, accepted[0], accepted[1:], prompt=prompt, date_order=date_order))
        else:
            named = people.is_known_person(accepted[0]) or (index < len(before) and _a_person_named(accepted[0], before[index]))
            category = "person" if named else None  # "{{Barack Obama}}", "President {{Ronald Reagan}}": "Reagan" names him
            parts.append(grade_text(response, accepted[0], accepted[1:], prompt=prompt, date_order=date_order, category=category))
    expected = " / ".join(p.expected for p in parts)
    given = " / ".join(p.given for p in parts)
    right = sum(p.correct for p in parts)
    total = len(parts)
    if right == total:
        reason = next((r for r in _REASON_WEAKNESS if any(p.reason is r for p in parts)), Reason.EXACT)
        typos = sum(p.reason is Reason.TYPO for p in parts)
        detail = f"All {total} gaps right" if total != 1 else "The gap is right"
        if typos:
            detail += f" ({typos} with a typo)"
        return Grade(True, reason, expected, given, detail, tuple(parts))
    reason = Reason.PARTIAL if right else Reason.WRONG
    # One gap: its own reason says more than "0 of 1 gaps right".
    detail = parts[0].detail if total == 1 else f"{right} of {total} gaps right"
    return Grade(False, reason, expected, given, detail, tuple(parts))


def grade_order(given: Sequence[str], items: Sequence[str]) -> Grade:
    """Only the exact order is right; counting items in place tells how close it was."""
    given_list = [_text(g) for g in given or ()]
    items_list = [_text(i) for i in items]
    expected = " → ".join(items_list)
    shown = " → ".join(given_list)
    in_place = sum(g == i for g, i in zip(given_list, items_list))
    total = len(items_list)
    if given_list == items_list:
        return Grade(True, Reason.EXACT, expected, shown, f"All {total} items in place")
    reason = Reason.PARTIAL if in_place else Reason.WRONG
    return Grade(False, reason, expected, shown, f"{in_place} of {total} items in place")
