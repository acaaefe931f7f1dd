"""Exam-native question formats: multi-statement, matched pairs and assertion-reason.

A civil-service preliminary paper asks "Consider the following statements ...
Which of the statements given above is/are correct?" rather than "In which year
...?". The pack holds each statement (or pair) with its truth, its own
explanation and where the document says so; this module builds the options the
paper would print, the question text as shown, and the feedback that gives each
statement's verdict. Everything here is pure and deterministic (a question's
options never change between runs, so a review log stays readable).
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from typing import Any, NamedTuple

EXAM_TYPES = ("statements", "pairs", "assertion")
CHOICE_TYPES = frozenset({"choice", *EXAM_TYPES})
"""Types answered by picking one option with a digit key, graded as ``choice``."""

STATEMENT_ASKS = ("which", "how-many")
PAIR_ASKS = ("how-many", "match")
NUMBER_WORDS = ("none", "one", "two", "three", "four", "five", "six")
LETTERS = "ABCDEF"
ROMAN = ("I", "II")
SIDE_BY_SIDE = 74
"""Widest match-the-lists line shown as two columns (the study screen is 80 wide with margins)."""

ASSERTION_OPTIONS = (
    "Both Statement-I and Statement-II are correct and Statement-II is the correct explanation for Statement-I",
    "Both Statement-I and Statement-II are correct and Statement-II is not the correct explanation for Statement-I",
    "Statement-I is correct but Statement-II is incorrect",
    "Statement-I is incorrect but Statement-II is correct",
)


class Claim(NamedTuple):
    """One statement or pair: its text, whether it is correct, why, and where the document says so.

    For pairs ``left`` and ``right`` hold the two sides (``text`` is "left — right")."""

    text: str
    correct: bool
    why: str
    locator: str = ""
    left: str = ""
    right: str = ""


def _sha1(data: bytes):
    """A stable digest for shuffles and choices; hashlib (OpenSSL, about 2.5 ms) is imported on first use, off the start."""
    import hashlib

    return hashlib.sha1(data)


def _rng_key(qid: str) -> int:
    return int(_sha1(qid.encode()).hexdigest()[:8], 16)


def _subset_label(members: Sequence[int], n: int) -> str:
    numbers = [str(i + 1) for i in members]
    if n == 2:
        return {0: "Neither 1 nor 2", 1: f"{numbers[0]} only" if numbers else "", 2: "Both 1 and 2"}[len(numbers)]
    if not numbers:
        return "None of them"
    if len(numbers) == n:
        return ", ".join(numbers[:-1]) + " and " + numbers[-1]
    if len(numbers) == 1:
        return f"{numbers[0]} only"
    return ", ".join(numbers[:-1]) + " and " + numbers[-1] + " only"


def statement_options(qid: str, claims: Sequence[Claim]) -> tuple[tuple[str, ...], str]:
    """The four "which is/are correct" options and the right one.

    Two statements take the paper's fixed four (1 only, 2 only, both, neither).
    With more, the distractors are the sets one statement away from the right
    one (the answers a learner who misjudges one statement would pick), chosen
    by the question id so they never change, shown smallest set first."""
    n = len(claims)
    right = tuple(i for i, c in enumerate(claims) if c.correct)
    if n == 2:
        options = [(0,), (1,), (0, 1), ()]
        return tuple(_subset_label(o, 2) for o in options), _subset_label(right, 2)
    near = sorted({tuple(sorted(set(right) ^ {i})) for i in range(n)} - {right})
    near = [s for s in near if s] or near  # "none" only when nothing else is near
    others = [tuple(s) for size in range(1, n + 1) for s in itertools.combinations(range(n), size) if tuple(s) != right and tuple(s) not in near]
    key = _rng_key(qid)
    near = sorted(near, key=lambda s: (_sha1(f"{key}{s}".encode()).digest()))
    picked = (near + sorted(others, key=lambda s: _sha1(f"{key}{s}".encode()).digest()))[:3]
    options = sorted([right, *picked], key=lambda s: (len(s), s) if s else (n + 1, s))
    return tuple(_subset_label(o, n) for o in options), _subset_label(right, n)


def count_options(claims: Sequence[Claim]) -> tuple[tuple[str, ...], str]:
    """The "how many are correct" options: only one ... all n, and none for short lists (as the paper prints them)."""
    n = len(claims)
    right = sum(1 for c in claims if c.correct)

    def label(k: int) -> str:
        if k == 0:
            return "None"
        if k == n:
            return "Both" if n == 2 else f"All {NUMBER_WORDS[n]}"
        return f"Only {NUMBER_WORDS[k]}"

    counts = [*range(1, n + 1), 0] if n <= 3 else list(range(1, n + 1))
    if right == 0 and 0 not in counts:  # four or more, none correct: "none" takes the last count's place
        counts = [0, *range(1, n)]
    return tuple(label(k) for k in counts), label(right)


def match_layout(qid: str, claims: Sequence[Claim]) -> tuple[tuple[str, ...], tuple[int, ...]]:
    """List II as shown (a fixed order that is not the right one) and, for each List I item, its number in List II."""
    n = len(claims)
    order = sorted(range(n), key=lambda i: _sha1(f"{qid}/{i}".encode()).digest())
    if order == list(range(n)):
        order = order[1:] + order[:1]
    shown = tuple(claims[i].right for i in order)
    code = tuple(order.index(i) + 1 for i in range(n))
    return shown, code


def _code_label(code: Sequence[int]) -> str:
    return " ".join(f"{LETTERS[i]}-{number}" for i, number in enumerate(code))


def match_options(qid: str, claims: Sequence[Claim]) -> tuple[tuple[str, ...], str]:
    """The right code and three distractor codes, each made by swapping two List II answers."""
    _, code = match_layout(qid, claims)
    n = len(code)
    swaps = sorted(itertools.combinations(range(n), 2), key=lambda p: _sha1(f"{qid}{p}".encode()).digest())
    distractors: list[tuple[int, ...]] = []
    for a, b in swaps:
        swapped = list(code)
        swapped[a], swapped[b] = swapped[b], swapped[a]
        if tuple(swapped) not in distractors:
            distractors.append(tuple(swapped))
        if len(distractors) == 3:
            break
    options = sorted([code, *distractors])
    return tuple(_code_label(c) for c in options), _code_label(code)


def assertion_answer(claims: Sequence[Claim], explains: bool) -> str:
    first, second = claims[0].correct, claims[1].correct
    if first and second:
        return ASSERTION_OPTIONS[0 if explains else 1]
    return ASSERTION_OPTIONS[2 if first else 3]


def build_options(qtype: str, ask: str, qid: str, claims: Sequence[Claim], explains: bool) -> tuple[tuple[str, ...], str]:
    """The options shown (in the paper's fixed order) and the right one."""
    if qtype == "assertion":
        return ASSERTION_OPTIONS, assertion_answer(claims, explains)
    if qtype == "pairs" and ask == "match":
        return match_options(qid, claims)
    if ask == "how-many":
        return count_options(claims)
    return statement_options(qid, claims)


def stem(q: Any) -> str:
    """The question as the paper prints it: the lead, the numbered statements or lists, the ask."""
    claims = q.claims
    if q.type == "assertion":
        lead = q.prompt or "Consider the following statements:"
        return "\n".join([lead, *(f"Statement-{ROMAN[i]}: {c.text}" for i, c in enumerate(claims)), "Which one of the following is correct in respect of the above statements?"])
    if q.type == "pairs" and q.ask == "match":
        heads = q.heads or ("List I", "List II")
        shown, _ = match_layout(q.id, claims)
        lead = q.prompt or "Match List I with List II:"
        titles = (f"List I ({heads[0]})", f"List II ({heads[1]})") if q.heads else ("List I", "List II")
        width = max(len(titles[0]), *(len(c.left) + 3 for c in claims))
        rows = [(f"{LETTERS[i]}. {c.left}", f"{i + 1}. {text}") for i, (c, text) in enumerate(zip(claims, shown))]
        if 3 + width + 3 + max(len(titles[1]), *(len(r) for _, r in rows)) <= SIDE_BY_SIDE:
            lines = [lead, f"   {titles[0]:<{width}}   {titles[1]}", *(f"   {left:<{width}}   {right}" for left, right in rows)]
        else:  # too wide for an 80-column screen side by side: one list under the other
            lines = [lead, f"{titles[0]}:", *(f"   {left}" for left, _ in rows), f"{titles[1]}:", *(f"   {right}" for _, right in rows)]
        lines.append("Select the correct answer using the code given below:")
        return "\n".join(lines)
    if q.type == "pairs":
        heads = q.heads
        lead = q.prompt or "Consider the following pairs:"
        lines = [lead] + ([f"   {heads[0]} — {heads[1]}"] if heads else [])
        lines += [f"{i + 1}. {c.text}" for i, c in enumerate(claims)]
        lines.append("How many of the pairs given above are correctly matched?")
        return "\n".join(lines)
    lead = q.prompt or "Consider the following statements:"
    ask = "How many of the above statements are correct?" if q.ask == "how-many" else "Which of the statements given above is/are correct?"
    return "\n".join([lead, *(f"{i + 1}. {c.text}" for i, c in enumerate(claims)), ask])


def verdicts(q: Any) -> list[str]:
    """One line per statement or pair: its verdict and why (the partial information a learner needs)."""
    lines = []
    for i, c in enumerate(q.claims):
        if q.type == "assertion":
            label = f"Statement-{ROMAN[i]}"
        elif q.type == "pairs" and q.ask == "match":
            label = f"{LETTERS[i]}. {c.left} — {c.right}"
        else:
            label = str(i + 1)
        verdict = ("correctly matched" if c.correct else "not correctly matched") if q.type == "pairs" and q.ask != "match" else ("correct" if c.correct else "incorrect")
        if q.type == "pairs" and q.ask == "match":
            verdict = "the right pair"
        where = f" ({c.locator})" if c.locator else ""
        lines.append(f"{label}: {verdict}. {c.why}{where}")
    if q.type == "assertion" and all(c.correct for c in q.claims):
        lines.append("Statement-II " + ("explains" if q.explains else "does not explain") + " Statement-I.")
    return lines


def feedback_text(q: Any) -> str:
    """The verdicts then the author's explanation, as feedback, mock reviews and exports show them."""
    return "\n".join([*verdicts(q), *([q.explanation] if q.explanation else [])])


def misjudged(q: Any, chosen: str) -> str:
    """What a wrong option says about the learner's reading: which statements, pairs or
    codes they judged wrongly (empty when the option is right or not one of the question's)."""
    if chosen in q.answer or chosen not in q.choices:
        return ""
    claims = q.claims
    if q.type == "assertion":
        implied = {0: (True, True), 1: (True, True), 2: (True, False), 3: (False, True)}[ASSERTION_OPTIONS.index(chosen)]
        wrong = [f"Statement-{ROMAN[i]}" for i, c in enumerate(claims) if c.correct != implied[i]]
        if not wrong:
            return "Both statements are judged right; the link between them is not: Statement-II " + ("does" if q.explains else "does not") + " explain Statement-I."
        return "Judged wrongly: " + " and ".join(wrong) + "."
    if q.type == "pairs" and q.ask == "match":
        _, code = match_layout(q.id, claims)
        given = dict(part.split("-") for part in chosen.split())
        wrong = [LETTERS[i] for i, number in enumerate(code) if given.get(LETTERS[i]) != str(number)]
        return "Matched wrongly: " + ", ".join(wrong) + "."
    if q.ask == "how-many":
        right = sum(1 for c in claims if c.correct)
        return f"{right} of the {len(claims)} {'pairs are correctly matched' if q.type == 'pairs' else 'statements are correct'}; see which below."
    numbers = set() if chosen.startswith(("Neither", "None")) else {int(n) for n in chosen.replace(",", " ").split() if n.isdigit()}
    wrong = [str(i + 1) for i, c in enumerate(claims) if c.correct != (i + 1 in numbers)]
    return "Judged wrongly: statement" + ("s " if len(wrong) > 1 else " ") + ", ".join(wrong) + "."
