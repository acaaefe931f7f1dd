"""The verdict: each question type sent to the part that judges it.

A question's type picks its judge (``numeric``, ``short``, ``kinds``); this module
builds what they need from the question (prompt, accepted answers, what the learner
overruled before, the date order) and turns a grade into a suggested rating.
"""

from __future__ import annotations

import itertools
import re
from functools import lru_cache

from collections.abc import Callable, Collection
from typing import Any

from studyapp.grading import durations, names, people, places, romanisation, units, year_context
from studyapp.grading.numbers import parse_quantity
from studyapp.grading.kinds import grade_choice, grade_cloze, grade_order, grade_truefalse
from studyapp.grading.numeric import grade_numeric
from studyapp.grading.outcome import _ACCEPTED_BEFORE, Grade, _overruled, Reason, _text
from studyapp.grading.short import grade_text
from studyapp.grading.text import distance, lazy_re, normalise


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


_JOIN = r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+(?:to\s+)?)"
_ORDERED = lazy_re(
    r"\b(?:respectively|former|latter|largest|biggest|smallest|highest|lowest|followed|then|from)\b"
    r"|\b(?:first|second|third|fourth|fifth)\s*(?:,|and|or)\s*(?:second|third|fourth|fifth|sixth|last)\b"
    r"|\b(?:first|last)\s+(?:two|three|four|five)\b",  # "the first two submarines were {{Kalvari}} and {{Khanderi}}"
    re.IGNORECASE,
)


def _coordinated_gaps(question: Any) -> tuple[int, ...] | None:
    """The names in one plain list of three or more ("the three Cs: {{Commerce}}, {{Culture}} and {{Connectivity}}"),
    whose order a fair examiner does not mark. A pair only as :func:`_unordered_pair` allows: of pairs of names swapped
    that this rule once let through, the writers of rounds 150-221 labelled 5 right and 6 wrong ("signed between the
    {{RBI}} and the {{MMA}}", "by President {{Truong Tan Sang}} and President {{Barack Obama}}": each gap is a place of
    its own), where every swapped list of three was labelled right (5 of 5, all rounds). Not common words: a swap of two in a
    fixed phrase ("freedom of {{navigation}} and {{overflight}}") was labelled right by the writers of rounds 1-36 (14
    cases) and wrong by nine of ten cases of the writers since round 45, whose brief the target is measured with. Never numbers (each has
    its own role: "{{22}} single-seat and {{4}} twin-seat"), nor a list the sentence ranks ("the second and third
    largest"), nor names followed by a capitalised word, which makes them one name ("Foreign Investment
    {{Promotion}} and {{Protection}} Agreement", "{{UPI}} and {{RuPay}} Card"), or a first name that is part of a
    name or an apposition ("Department of {{Earth Science}} and {{POLAR Canada}}", "a system, {{NASAMS}}, and"). A word before the first gap may be
    said again before each ("INS {{Kochi}}, INS {{Mormugao}}", "the {{IORA}} and the {{UNODC}}")."""
    text = getattr(question, "text", None)
    gaps = getattr(question, "gaps", None) or ()
    if not isinstance(text, str) or len(gaps) < 2:
        return None
    try:
        return _coordinated_run(text, tuple(tuple(gap) if gap else () for gap in gaps))
    except TypeError:  # a gap holding something unhashable: worked out afresh
        return _coordinated_run.__wrapped__(text, gaps)


@lru_cache(maxsize=256)
def _coordinated_run(text: str, gaps: tuple[tuple[Any, ...], ...]) -> tuple[int, ...] | None:
    """:func:`_coordinated_gaps` for a question's sentence and gaps, worked out once per question
    (by ``grading.prepare``): the joins it reads are patterns made from the sentence's words,
    compiled at 0.15 ms each, which a wrong cloze compiled on every answer."""
    marks = list(_GAP_RE.finditer(text))
    if len(marks) != len(gaps) or _ORDERED.search(_GAP_RE.sub(" ", text)):
        return None
    runs: list[list[int]] = []
    for i in range(1, len(marks)):
        before = re.search(r"([\w-]+)\s*$", text[: marks[i - 1].start()])
        repeated = rf"(?:\s*{re.escape(before[1])}\s*)?" if before else ""
        if re.fullmatch(_JOIN + repeated, text[marks[i - 1].end() : marks[i].start()], re.IGNORECASE):
            if runs and runs[-1][-1] == i - 1:
                runs[-1].append(i)
            else:
                runs.append([i - 1, i])
    if len(runs) != 1:
        return None
    run = runs[0]
    words = [_text(gaps[i][0]) if gaps[i] else "" for i in run]
    if any(not word or any(c.isdigit() for c in word) or not word[:1].isupper() for word in words):
        return None  # common words in a fixed order ("freedom of navigation and overflight"): the writers of the brief say so
    after, before = text[marks[run[-1]].end() :], text[: marks[run[0]].start()]
    if re.match(r"\s*[A-Z]", after) or re.search(r"(?:,|\b[A-Z][\w-]*\s+(?:of|for))\s*$", before):
        return None  # "Department of {{Earth Science}} and {{POLAR Canada}}", "an air defence system, {{NASAMS}}, and {{Leopard II}} tanks"
    if len(run) == 2 and not _unordered_pair(text, marks, run, words):
        return None
    return tuple(run)


def _unordered_pair(text: str, marks: list[re.Match], run: list[int], words: list[str]) -> bool:
    """A pair of names in a plain "and" whose order a fair examiner does not mark: two countries or states ("the
    'Lithium Triangle' along with {{Chile}} and {{Bolivia}}"; every such pair in rounds 1-457 was labelled right), and
    since the thirtieth session any two names ("the outlying forts of {{Nieullay}} and {{Rysbank}}", "the {{Atum}} and
    {{Golfinho}} gas fields": 68 such swaps in rounds 1-618 labelled right, none wrong, once the cases below are left
    out). Not where the pair is two roles ("signed between the {{RBI}} and the {{MMA}}") or a title ("titled ..."),
    where the sentence fixes the order ("BRICS stood for {{Brazil}}, {{Russia}}, ..."; "ranks third after"), names a
    second "the" ("of the {{UK}} and the {{US}}"), or a bracket belongs to the second ("connects India to
    {{Singapore}} and {{France}} (Marseille)"); common words stay in their order (see :func:`_coordinated_gaps`)."""
    join = text[marks[run[0]].end() : marks[run[1]].start()]
    if not re.fullmatch(r"\s*and\s*", join) or re.match(r"\s*\(", text[marks[run[1]].end() :]) or _PAIR_IN_ORDER.search(text):
        return False
    return all(names.is_place_name(normalise(word)) for word in words) or not _TWO_ROLES.search(text)


_TWO_ROLES = lazy_re(r"\b(?:between|titled|named|called|rubric)\b", re.IGNORECASE)
"""A pair that plays two parts or makes one name: "a pact between {{India Post}} and {{Saudi Post}}", "titled ..."."""
_PAIR_IN_ORDER = lazy_re(r"\b(?:portmanteau|stood for|stands for|acronym|abbreviat\w*|(?:second|third|fourth|fifth)\s+after)\b", re.IGNORECASE)
"""A pair whose order the sentence fixes: "BrahMos, a portmanteau of the {{Brahmaputra}} and {{Moskva}}", "ranks
third after {{Iran}} and {{Turkey}}", what an acronym stands for."""


@lru_cache(maxsize=256)
def _before_gaps(text: Any) -> tuple[str, ...]:
    """The sentence's words before each gap, up to the gap before it."""
    if not isinstance(text, str):
        return ()
    return tuple(_GAP_RE.split(text)[:-1])


def _grade_cloze_question(question: Any, response: Any, accepted: Collection[str], date_order: str) -> Grade:
    before = _before_gaps(getattr(question, "text", None))
    result = grade_cloze(response or (), question.gaps, prompt=_prompt(question), date_order=date_order, before=before)
    if (
        not result.correct and (run := _coordinated_gaps(question)) is not None and isinstance(response, (list, tuple)) and max(run) < len(response)
        and all(part.correct for index, part in enumerate(result.parts) if index not in run)  # a gap outside the list stays wrong
    ):  # fmt: skip
        fits: dict[tuple[int, int], bool] = {(i, i): result.parts[i].correct for i in run}

        def fit(taken: int, place: int) -> bool:
            """Whether the response typed in gap ``taken`` is right for gap ``place`` (each pair judged once)."""
            if (taken, place) not in fits:
                fits[taken, place] = grade_cloze([response[taken]], [question.gaps[place]], prompt=_prompt(question), date_order=date_order).correct
            return fits[taken, place]

        for order in itertools.islice(itertools.permutations(run), 1, 24):  # "freedom of {{navigation}} and {{overflight}}"
            if not all(fit(taken, place) for place, taken in zip(run, order)):
                continue
            swapped = list(response)
            for place, taken in zip(run, order):
                swapped[place] = response[taken]
            other = grade_cloze(swapped, question.gaps, prompt=_prompt(question), date_order=date_order)
            if other.correct:
                return Grade(True, other.reason, other.expected, result.given, f"The {len(run)} listed in another order", other.parts)
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
    ready = _ready
    if ready is not None and ready[0] is question and response == ready[3] and ready[2] == date_order and ready[1] == tuple(accepted or ()):
        return ready[4]  # the answer as the pack writes it, graded while the question was read
    kind = str(getattr(question.type, "value", question.type))
    handler = HANDLERS.get(kind)
    if handler is None:
        raise ValueError(f"unknown question type: {kind!r}")
    result = handler(question, response, accepted or (), date_order)
    if not isinstance(response, str):
        return result
    if result.correct:
        return _refused_after_all(question, kind, response, result, accepted or ()) or result
    if kind in ("short", "numeric"):
        return _read_otherwise(question, kind, response, accepted or (), date_order, handler) or result
    return result


def _refused_after_all(question: Any, kind: str, response: str, result: Grade, accepted: Collection[str]) -> Grade | None:
    """A right reading that a closer look refuses: a slip onto the name the question gives, or a name put where the
    pack lets a word be left out."""
    if result.reason is Reason.TYPO and _named_by_the_question(question, response):
        return Grade(False, Reason.WRONG, result.expected, response, f"'{response}' is whom the question names, not the answer")
    if kind == "short" and " " in response and not _overruled(response, accepted) and people.another_by_epithet(response, _written(question)):
        # "Maulana Azad" for Ghulam Nabi Azad, "Frederick the Great" for the Great Elector
        return Grade(False, Reason.WRONG, result.expected, response, f"'{response}' is another person than '{result.expected}'")
    if kind == "short" and " " in response and getattr(question, "accept", None) and not _overruled(response, accepted):
        if (swapped := _word_in_the_answers_place(str(question.answer), tuple(map(str, question.accept)), response)) is not None:
            return Grade(False, Reason.WRONG, result.expected, response, f"'{swapped[0]}' is not the answer's '{swapped[1]}'")
    if kind == "short" and " " in response and not _overruled(response, accepted):
        written = _written(question)
        if (other := _another_length_of_time(response, written)) is not None:
            return Grade(False, Reason.WRONG, result.expected, response, f"'{response}' is another length of time than '{other}'")
        if (dropped := _the_questions_not_dropped(_prompt(question), response)) is not None:
            return Grade(False, Reason.WRONG, result.expected, response, f"'{dropped}' says the opposite of the question's 'not {dropped}'")
        if (kinds := _another_kind_of_place(response, written)) is not None:
            return Grade(False, Reason.WRONG, result.expected, response, f"'{response}' names the {kinds[0]}, and the answer is the {kinds[1]}")
    return None


_TIME_CUE = lazy_re(r"hour|hr|min|sec|day|week|wk|\d\s*[hms]\b", re.IGNORECASE)
"""What every length of time durations.find reads has: a word of time, or a figure before a unit's letter ("5h 30m")."""


def _another_length_of_time(response: str, written: tuple[str, ...]) -> str | None:
    """"half an hour" for an hour and a half: every word a length of time, and none of the answer's the same length
    (the words alone matched: hour, half)."""
    if _TIME_CUE.search(response) is None:
        return None  # no word of time: no length of time to read (most right answers, years among them)
    typed = durations.find(response)
    if typed is None or response[: typed[0]].strip() or response[typed[1] :].strip(" .!"):
        return None
    spans = [(w, found) for w in written if (found := durations.find(w)) is not None and not w[: found[0]].strip() and not w[found[1] :].strip(" .")]
    if not spans or any(abs(found[2] - typed[2]) <= 1e-6 * max(1.0, found[2]) for _, found in spans):
        return None
    return spans[0][0]


_NOT_VERB_CUE = lazy_re(r"allowed|permitted|able|meant|supposed|required|obliged", re.IGNORECASE)
_NOT_VERB = lazy_re(r"\b(?:not|never|n't)\s+(allowed|permitted|able|meant|supposed|required|obliged)\s+to\b", re.IGNORECASE)


def _the_questions_not_dropped(prompt: str, response: str) -> str | None:
    """"they were allowed to fortify them" where the question asks what they were not allowed to do: the question's
    own words with its negation left out say the opposite."""
    if _NOT_VERB_CUE.search(response) is None:
        return None  # most answers: no such verb, and the question's words are not read
    asked = _NOT_VERB.search(prompt)
    if asked is None:
        return None
    said = re.search(rf"(\w+\s+)?\b{asked[1]}\s+to\b", response, re.IGNORECASE)
    if said is None or (said[1] or "").strip().casefold() in ("not", "never") or re.search(r"\bnot\b|n't\b|\bnever\b", response, re.IGNORECASE):
        return None
    return f"{asked[1]} to"


_PLACE_KINDS = {"city": "city", "town": "city", "port": "city", "province": "province", "state": "province", "district": "district", "county": "district"}
_PLACE_KIND_RE = lazy_re(rf"\b({'|'.join(_PLACE_KINDS)})\b", re.IGNORECASE)


def _another_kind_of_place(response: str, written: tuple[str, ...]) -> tuple[str, str] | None:
    """"Jilin province" where the answer is Jilin City: the name shared, the kind of place another (a province for a
    city, a district for a state). Only where the answer itself says what kind of place it is."""
    said = _PLACE_KIND_RE.search(response)
    meant = _PLACE_KIND_RE.search(str(written[0])) if written else None
    if said is None or meant is None:  # most answers name no kind of place: one search, nothing more
        return None
    a, b = _PLACE_KINDS[said[1].casefold()], _PLACE_KINDS[meant[1].casefold()]
    if a == b or any(_PLACE_KINDS.get(m.casefold()) == a for w in written for m in _PLACE_KIND_RE.findall(w)):
        return None
    return said[1].casefold(), meant[1].casefold()


_REGIME = lazy_re(r"\b(?:republic|empire|kingdom|principality|tsardom|sultanate|emirate|khanate|reich|monarchy|dynasty|regime)\b", re.IGNORECASE)
"""An answer that names a state's form ("the French Republic"): "the French Empire" is not France here but another regime."""


@lru_cache(maxsize=64)  # one entry per question, as answer_forms
def _names_a_regime(written: tuple[str, ...]) -> bool:
    return _REGIME.search(" ".join(written)) is not None


_FULL_DATE = lazy_re(
    r"\b\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+(1\d{3}|20\d{2})\b"
    r"|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(1\d{3}|20\d{2})\b",
    re.IGNORECASE,
)


def _written(question: Any) -> tuple[str, ...]:
    return (str(getattr(question, "answer", "")), *map(str, getattr(question, "accept", ()) or ()))


_NAME_OF_YEAR = lazy_re(r"(.*?[A-Za-z].*?)(?:,\s*|\s+of\s+|\s*\(|\s+)((?:1\d{3}|20\d{2})(?:\s*[-–]\s*\d{2,4})?)\)?\s*")
"""A name with a year after it: "the Treaty of Nanking of 1842", "the secret treaty of Dover, 1670", "the war of 1839–41"
(not "Lisbon in 2012": a time said of a place or a person is a claim of its own)."""
_EVENTS = frozenset(
    "treaty war act agreement convention pact conference revolution accord alliance protocol declaration settlement armistice "
    "truce congress summit doctrine crisis incident battle mission expedition rebellion uprising mutiny peace partition raid "
    "siege award commission charter".split()
)
"""What a year names the instance of: a treaty, a war, an act (each answer without a figure of its own)."""
_CENTURY_SAID = lazy_re(r"\b(\d{1,2})(?:st|nd|rd|th)[-\s]century\b", re.IGNORECASE)


def _name_and_year(response: str) -> tuple[str, str] | None:
    """The name and the year said after it. Without a comma, "of" or a bracket ("the battle of Hanau in 1813", "battle of
    Heligoland 1864") the name must say what it names: "Lisbon in 2012" is a place and a time, a claim of its own."""
    after = _NAME_OF_YEAR.fullmatch(response)
    if after is None:
        return None
    name = after[1]
    if not re.search(r"(?:,|\bof|\()\s*$", response[: after.start(2)]):
        name = re.sub(r"\s+in$", "", name)
        if not any(w in _EVENTS for w in normalise(name).split()):
            return None
    return name, after[2]


_YEAR_OF_THE_EVENT = lazy_re(
    r"\b(1\d{3}|20\d{2})\s+(" + "|".join(sorted(_EVENTS)) + r")\b|\b(" + "|".join(sorted(_EVENTS)) + r")s?\s+(?:of|in)\s+(1\d{3}|20\d{2})\b",
    re.IGNORECASE,
)
""""Which 1896 battle", "the treaty of 1713": the year the question gives the thing asked for."""


def _years_beside(explanation: str, written: tuple[str, ...]) -> set[int]:
    """The year the explanation gives beside the answer's name: "the Treaty of Senlis (1493)", "the 1493 Treaty of Senlis"."""
    if not explanation or not any(c.isdigit() for c in explanation):
        return set()
    found = set()
    for name in written:
        if len(name) < 4:
            continue
        at = re.escape(name.strip())
        for m in re.finditer(rf"(?:\b(1\d{{3}}|20\d{{2}})\s+{at}\b|\b{at}(?:,\s*|\s+of\s+|\s*\(|\s+in\s+)(1\d{{3}}|20\d{{2}})\b)", explanation, re.IGNORECASE):
            found.add(int(m[1] or m[2]))
    return found


def _an_event_named(written: tuple[str, ...]) -> bool:
    return not any(c.isdigit() for w in written for c in w) and any(w in _EVENTS for a in written for w in normalise(a).split())


_A_YEAR = lazy_re(r"\s*1\d{3}\s*|\s*20\d{2}\s*")
_YEAR_ASKED = lazy_re(r"\b(?:year|when)\b", re.IGNORECASE)


def _read_otherwise(
    question: Any, kind: str, response: str, accepted: Collection[str], date_order: str, handler: Callable[..., Grade]
) -> Grade | None:
    """A wrong short or numeric reading, read once more as the learner may have meant it: said twice ("i.e."),
    hedged ("most likely"), with a decimal comma, without the unit's narrowing word, or a length of time in other
    parts. Each re-reading is graded as the answer would be, and its reason says what was read."""

    def right_as(reading: str, detail: str, then_why: bool = False) -> Grade | None:
        rest = handler(question, reading, accepted, date_order)
        return Grade(True, rest.reason, rest.expected, response, detail + rest.detail if then_why else detail) if rest.correct else None

    if "e." in response:
        return _said_twice(question, response, accepted, date_order, handler)
    if "ly" in response and (hedge := _MOST_LIKELY.match(response)) is not None and response[hedge.end() :].strip():
        return right_as(response[hedge.end() :], f"'{hedge[0].strip()}' only hedges: ", then_why=True)
    if "," in response and (dotted := _with_decimal_point(question, response, accepted)) is not None:
        return right_as(dotted, f"'{response}' = '{dotted}', with a decimal comma")
    if (
        _A_YEAR.fullmatch(_text(getattr(question, "answer", ""))) and not getattr(question, "unit", None)
        and _YEAR_ASKED.search(_prompt(question)) and (said := year_context.year_with_context(response, _prompt(question)))
    ):  # fmt: skip
        year, clause = said  # "in 1948, when Israel was founded": the year, and what the learner knows of it
        if (right := right_as(year, f"'{response}': {year}, with '{clause}' as its context; ", then_why=True)) is not None:
            return right
    if kind == "short" and any(map(str.isdigit, response)) and (dated := _name_and_year(response.strip())) is not None and _an_event_named(
        _written(question)
    ):
        years = [int(y) for y in re.findall(r"\b\d{4}\b", dated[1])]
        centuries = [int(c) for c in _CENTURY_SAID.findall(_prompt(question))]
        stated = {int(d[1] or d[2]) for d in _FULL_DATE.finditer(_prompt(question))}  # a year the question dates it by
        stated |= _years_beside(_text(getattr(question, "explanation", "") or ""), _written(question))
        own = {w for a in _written(question) for w in normalise(a).split() if w in _EVENTS}  # the answer's kind: treaty, battle
        if (event_years := {int(m[1] or m[4]) for m in _YEAR_OF_THE_EVENT.finditer(_prompt(question)) if (m[2] or m[3]).casefold() in own}) and not (
            event_years & set(years)
        ):
            years = []  # "Adwa in 1886" where the question asks which 1896 battle
        if stated and not stated & set(years) and any(0 < abs(y - s) <= 10 for y in years for s in stated):
            years = []  # "the Treaty of Schonbrunn of 1805" where the question says it was signed in 1809: another treaty
        if years and all(not centuries or any(100 * (c - 1) < y <= 100 * c for c in centuries) for y in years) and (
            right := right_as(dated[0], f"'{response}': {dated[0]}, with its year; ", then_why=True)
        ) is not None:
            return right  # "the Treaty of Nanking of 1842", "the secret treaty of Dover, 1670"; not 1812 for an 18th-century act
    if kind == "short" and (named := next((w for w in _written(question) if romanisation.same_name(response, w)), None)) is not None:
        return Grade(True, Reason.ALTERNATIVE, str(question.answer), response, f"'{response}' is '{named}' in another romanisation")
    if kind == "short" and not _names_a_regime(_written(question)) and (plain := places.plain_state_names(response)) != response and (
        right := right_as(plain, f"'{response}' names {plain}: ", then_why=True)
    ) is not None:
        return right  # "the Kingdom of Portugal", "the Russian Empire, France and the German Empire", "Hoxha's Albania"
    if kind == "short" and (person := people.by_epithet(response, _written(question))):
        return Grade(True, Reason.ALTERNATIVE, str(question.answer), response, f"'{response}' is what {person} is called")
    unit = getattr(question, "unit", None)
    written = f"{_text(getattr(question, 'answer', ''))} {unit}" if unit and kind == "numeric" else str(getattr(question, "answer", ""))
    if (plain := _without_the_units_qualifier(written, response)) is not None:
        left_out = f", without '{plain}'" if plain.casefold() not in response.casefold() else ""
        return Grade(True, Reason.NUMERIC, written, response, f"'{response}' is '{written}'{left_out}")
    for written in _durations_written(str(getattr(question, "answer", "")), tuple(map(str, getattr(question, "accept", ()) or ()))):
        if (same := durations.same_span(response, written)) is not None and (
            right := right_as(same, f"'{response}' is the same length of time as '{written}'")
        ) is not None:
            return right
    return None

def _named_by_the_question(question: Any, response: str) -> bool:
    """A slip that lands on the very name the question gives: "Sangrama Vijayatungavarman" for Mara
    Vijayatungavarman, asked "Sangrama Vijayatungavarman was the son of which king?". Not where every word typed is
    a slip of one of the answer's ("the Israeli Security Agency" for the Israel Security Agency)."""
    typed = normalise(response)
    if len(typed) < 6:
        return False
    prompt = f" {normalise(_prompt(question))} "
    answers = [normalise(_text(a)) for a in (question.answer, *(getattr(question, "accept", ()) or ()))]
    if f" {typed} " not in prompt or any(f" {typed} " in f" {a} " for a in answers):
        return False
    said = {w for a in answers for w in a.split()}
    return any(all(distance(word, other, 2) > 2 for other in said) for word in typed.split())  # a word no slip of the answer's


def _word_in_the_answers_place(answer: str, accept: tuple[str, ...], response: str) -> tuple[str, str] | None:
    """"14th Ludhiana Sikhs" for the 14th Ferozepur Sikhs, where the pack accepts "14th Sikhs": the word the pack
    lets the learner leave out may be left out, not replaced by another. The typed word and the answer's stand in
    the same place between the same words, both capitalised names that begin differently (over every tracked
    answer, a word that begins like the answer's or is not a name was a short form or a spelling of it)."""
    typed, wanted = normalise(response).split(), normalise(answer).split()
    if len(typed) != len(wanted) or len(typed) < 3:
        return None
    differ = [i for i, (a, b) in enumerate(zip(typed, wanted)) if a != b]
    if len(differ) != 1 or differ[0] in (0, len(typed) - 1):
        return None
    i = differ[0]
    if wanted[:i] + wanted[i + 1 :] not in [normalise(a).split() for a in accept]:
        return None
    said, meant = response.split(), answer.split()
    if len(said) != len(typed) or len(meant) != len(wanted):
        return None
    said_word, meant_word = said[i], meant[i]
    if not (said_word.isalpha() and meant_word.isalpha() and said_word[:1].isupper() and meant_word[:1].isupper()):
        return None  # a name put for a name: not "till" for "to", "Intl" for International, "K." for Kumar
    if len(said_word) < 4 or said_word[0].casefold() == meant_word[0].casefold() or distance(typed[i], wanted[i], 2) <= 2:
        return None  # nor "Alix" for Alexis, a spelling of the same name
    return said_word, meant_word


@lru_cache(maxsize=64)
def _qualified_unit(answer: str) -> tuple[float, str, str] | None:
    """An answer counted in a money or a thing that a word or two narrow: "75 lakh Nanak Shahi rupees", "500,000
    taels of silver", "6 million silver dollars": (its value, the unit's head word, the narrowing words)."""
    if not any(c.isdigit() for c in answer):
        return None
    of = _OF_MATERIAL.fullmatch(answer.strip())
    quantity = parse_quantity(of[1] if of else answer)
    if quantity is None or not quantity.unit or quantity.scale_word is None and not of and len(quantity.unit.split()) < 2:
        return None
    words = quantity.unit.split()
    if of:
        return (quantity.value, quantity.unit, f"of {of[2]}") if len(words) == 1 and not units.is_known(units.canonical_unit(quantity.unit)) or (
            units.dimension(units.canonical_unit(quantity.unit) or "") == "currency"
        ) else None
    if len(words) < 2 or len(words) > 4:
        return None
    head = units.canonical_unit(words[-1])
    if head is not None and units.dimension(head) is None and not units.is_known(head) and all(w.casefold() in _COIN_METALS for w in words[:-1]):
        return quantity.value, words[-1], " ".join(words[:-1])  # "500,000 gold écus", "200 million Kuping taels": a coin by its metal or standard
    if head is None or units.dimension(head) != "currency":
        return None  # a physical unit's qualifier is another unit: a long ton is not a tonne
    return quantity.value, words[-1], " ".join(words[:-1])


_METALS = units.METALS
_COIN_METALS = _METALS | frozenset("kuping haikwan treasury".split())


_OF_MATERIAL = lazy_re(r"(.*\d.*?\s+[a-z]+)\s+of\s+([a-z]+(?:\s+[a-z]+)?)", re.IGNORECASE)


def _without_the_units_qualifier(answer: str, response: str) -> str | None:
    """"75 lakh rupees" or "Rs 75 lakh" for 75 lakh Nanak Shahi rupees, "80 lakh taels" for 8 million taels of
    silver: the same amount in the unit's head word, the narrowing word left out (never another narrowing word,
    nor a physical unit's). Returns the words left out."""
    read = _qualified_unit(answer)
    if read is None:
        return None
    value, head, qualifier = read
    typed = parse_quantity(response)
    if typed is None and qualifier.startswith("of ") and (of := _OF_MATERIAL.fullmatch(response.strip())) and f"of {of[2]}".casefold() == qualifier.casefold():
        typed = parse_quantity(of[1])  # "500000 taels of silver"
    if typed is None or not typed.unit or abs(typed.value - value) > 1e-9 * max(1.0, abs(value)):
        return None
    same = units.canonical_unit(typed.unit) == units.canonical_unit(head) if units.is_known(units.canonical_unit(head)) else units.same_count_noun(typed.unit, head)
    if not same:
        return None
    metals = ({w.casefold() for w in typed.unit.split()} & _METALS, {w.casefold() for w in qualifier.split()} & _METALS)
    if all(metals) and metals[0] != metals[1]:
        return None  # "silver écus" for gold ones: another coin
    at = answer.casefold().find(qualifier.casefold())
    return answer[at : at + len(qualifier)] if at >= 0 else qualifier


@lru_cache(maxsize=64)
def _durations_written(answer: str, accept: tuple[str, ...]) -> tuple[str, ...]:
    """The answers that say a length of time ("5 hours 30 minutes"), read once per question."""
    return tuple(w for w in (answer, *accept) if durations.find(w) is not None)


_DECIMAL_COMMA = lazy_re(r"(?<![\d.,])(\d+),(\d{1,2})(?![\d,])")


def _with_decimal_point(question: Any, response: str, accepted: Collection[str]) -> str | None:
    """"82,5° E" for 82.5° E: a comma before one or two digits is a decimal comma (no thousands group has fewer
    than three). Read so only where the pack itself writes that figure with a point, and the response has one such
    comma, so "82,5" is never turned into a figure the pack does not name."""
    found = list(_DECIMAL_COMMA.finditer(response))
    if len(found) != 1:
        return None
    figure = f"{found[0][1]}.{found[0][2]}"
    written = [str(getattr(question, "answer", "")), *map(str, getattr(question, "accept", ()) or ()), *map(str, accepted)]
    if not any(re.search(rf"(?<![\d.]){re.escape(figure)}(?![\d.])", w) for w in written):
        return None
    return response[: found[0].start()] + figure + response[found[0].end() :]


_MOST_LIKELY = lazy_re(r"^\s*(?:most|very|quite|highly|more than) (?:likely|probably|possibly)\b,?\s*", re.IGNORECASE)
"""A hedge whose first word alone reads as a bound: "most likely the Titanic" is the Titanic, not "at most"."""


_THAT_IS = lazy_re(r"^\s*(.+?)\s*[,;:(]?\s*\bi\.\s?e\.,?\s*(.+?)\)?\s*$", re.IGNORECASE)


def _said_twice(question: Any, response: str, accepted: Collection[str], date_order: str, handler: Callable[..., Grade]) -> Grade | None:
    """"Half, i.e. 50%", "one year, i.e. 12 months": the answer said in two ways, each right on its own. Both must be:
    "half, i.e. 60%" contradicts itself, and "Canada, i.e. the US" names another country first."""
    match = _THAT_IS.match(response)
    if match is None:
        return None
    first, second = match[1], match[2]
    said = handler(question, second, accepted, date_order)
    if not said.correct or not handler(question, first, accepted, date_order).correct:
        return None
    return Grade(True, said.reason, said.expected, response, f"'{first}' and '{second}' each say the answer")


_ready: tuple[Any, tuple[str, ...], str, Any, Grade] | None = None
"""(question, accepted, date_order, the answer as written, its grade): see :func:`grade_as_written`."""


def grade_as_written(question: Any, accepted: Collection[str] = (), date_order: str = "dmy") -> None:
    """Grade a typed question's answer exactly as the pack writes it, and keep the verdict for
    this question: the commonest right answer is then judged at once (a short answer's verdict
    took 60-90 us, a figure's 150-200, a cloze's 300). Called by ``grading.prepare`` while the
    question is read. Any other response, or other ``accepted``/date order, is graded in full;
    the same inputs give the same verdict, so nothing it returns differs from grading now."""
    global _ready
    kind = str(getattr(question.type, "value", question.type))
    answer = getattr(question, "answer", None)
    if kind == "short" and isinstance(answer, str):
        written: Any = answer
    elif kind == "numeric" and isinstance(answer, (int, float, str)) and not isinstance(answer, bool):
        written = str(answer)
    elif kind == "cloze" and getattr(question, "gaps", None) and all(gap for gap in question.gaps):
        written = [str(gap[0]) for gap in question.gaps]
    else:
        return
    _ready = None  # a verdict kept for another question must not outlive this one's grading
    accepted = tuple(accepted or ())
    _ready = (question, accepted, date_order, written, HANDLERS[kind](question, written, accepted, date_order))


def suggested_rating(grade: Grade) -> int:
    """FSRS rating: 1 Again when wrong or given up, 2 Hard when only a typo saved it, 3 Good otherwise."""
    if grade.reason is Reason.GAVE_UP or not grade.correct:
        return 1
    if grade.reason is Reason.OVERRULED:
        return 3
    if grade.typo:
        return 2
    return 3
