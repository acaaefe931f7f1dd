"""Drafting the exam formats: a `statements` question from dated facts and figures, `pairs` from names with their year.

A preliminary paper's "Consider the following statements" item is made of
sentences the document says, some with one figure changed. So the drafter takes
3 or 4 stand-alone sentences that carry a year or a figure, keeps them as the
document words them, and makes one or two false by swapping the year or figure
for another of the same kind from the same document (a year for a year, money
for money), so a false statement differs from the document by that one figure
only. Where three or more agreements (or named operations) each come with one
year in their sentence, they become a `pairs` question with one year swapped.
Each statement's `why` quotes the document sentence.
"""

from __future__ import annotations

import re
import zlib

from studyapp.drafting.facts import Fact, normal
from studyapp.drafting.questions import _given_away
from studyapp.drafting.sentences import resolved_sentence
from studyapp.drafting.worth import names_head_count

_QUALIFIER = re.compile(r"(?i)^(?:about|over|nearly|almost|some|around|more than|approximately|up to|at least|roughly)\s+")
_FIGURE_LABELS = ("year", "money", "percent", "cardinal")
MAX_WORDS = 40
"""Longer sentences make statements nobody reads in an exam; they are left to the other question types."""


def _swap_kind(fact: Fact) -> str | None:
    if fact.label == "year":
        return "year"
    if fact.kind == "figure" and fact.label in _FIGURE_LABELS and fact.value is not None:
        return fact.label
    return None


def _bare(answer: str) -> str:
    return _QUALIFIER.sub("", answer)


def _quote(text: str, locator: str) -> str:
    return f'The document says ({locator}): "{text}"'


def _candidates(facts: list[Fact]) -> list[tuple[Fact, str, tuple[int, int]]]:
    """Dated facts and figures whose sentence stands alone and is short enough to be a statement, one per sentence."""
    out, sentences = [], set()
    earlier: list[Fact] = []
    for fact in sorted(facts, key=lambda f: (f.sentence.index, f.start)):
        kind = _swap_kind(fact)
        if kind is not None and names_head_count(fact.sentence.text):
            kind = None  # "The contingent comprising 120 personnel ...": a routine head count is no statement to learn (round ten)
        if kind is not None and fact.sentence.index not in sentences:
            resolved = resolved_sentence(fact, earlier)
            if resolved is not None and len(resolved[0].split()) <= MAX_WORDS:
                out.append((fact, *resolved))
                sentences.add(fact.sentence.index)
        earlier.append(fact)
    return out


def _swap_for(fact: Fact, text: str, pool: list[Fact]) -> str | None:
    """Another figure of the same kind from the document, not already in the sentence and not equal to the fact."""
    kind = _swap_kind(fact)
    own = normal(_bare(fact.answer))
    options = []
    for other in pool:
        if other is fact or _swap_kind(other) != kind or other.value == fact.value:
            continue
        bare = _bare(other.answer)
        if normal(bare) == own or _given_away(bare, text) or (kind != "year" and fact.noun and other.noun and normal(other.noun) != normal(fact.noun)):
            continue
        options.append((abs(other.sentence.index - fact.sentence.index), bare))
    options.sort()
    return options[0][1] if options else None


def statements_question(facts: list[Fact], title: str = "") -> dict | None:
    """3-4 statements from the document's dated facts and figures, one or two made false by a swapped figure."""
    chosen = [(fact, text, span, _swap_for(fact, text, facts)) for fact, text, span in _candidates(facts)]
    if len(chosen) < 3 or not any(swap for *_, swap in chosen):
        return None
    step = max(1, len(chosen) // 4)  # spread over the document: every k-th candidate, at most four
    picked = chosen[::step][:4]
    if not any(swap for *_, swap in picked):  # the last place goes to a sentence whose figure can be swapped
        picked = [*picked[:3], next(c for c in chosen if c[3])]
        picked.sort(key=lambda c: c[0].sentence.index)
    swappable = [i for i, (*_, swap) in enumerate(picked) if swap]
    seed = zlib.crc32("|".join(f.key for f, *_ in picked).encode())
    n_false = 2 if len(picked) == 4 and len(swappable) >= 2 else 1
    false_at = set(sorted(swappable, key=lambda i: zlib.crc32(f"{seed}-{i}".encode()))[:n_false])
    statements = []
    for i, (fact, text, span, swap) in enumerate(picked):
        locator = fact.sentence.locator
        if i in false_at:
            original = text[span[0] : span[1]]
            wrong = text[: span[0]] + swap + text[span[1] :]
            why = f"The document gives {original}, not {swap}. " + _quote(text, locator)
            statements.append({"text": wrong, "correct": False, "why": why, "locator": locator})
        else:
            statements.append({"text": text, "correct": True, "why": _quote(text, locator), "locator": locator})
    named = title and " " in title.strip()  # a file name for a title ("001_b47c...") names nothing
    lead = f"Consider the following statements about {title.strip()}:" if named else "Consider the following statements:"
    first = picked[0][0]
    return {
        "type": "statements",
        "ask": "which",
        "category": "date" if all(f.label == "year" for f, *_ in picked) else "figure",
        "prompt": lead,
        "statements": statements,
        "explanation": "Statements changed from the document: " + ", ".join(str(i + 1) for i in sorted(false_at)) + ".",
        "locator": first.sentence.locator,
        "paragraph": " / ".join(text for _, text, _, _ in picked),
    }


def pairs_question(facts: list[Fact]) -> dict | None:
    """Agreements (or named operations) with the one year their sentence gives: a how-many pairs question, one year swapped."""
    years_in: dict[int, set[str]] = {}
    for fact in facts:
        for mention in (fact, *fact.others):
            if mention.label == "year":
                years_in.setdefault(mention.sentence.index, set()).add(mention.answer)
    for kind, head in (("agreement", "Agreement"), ("operation", "Operation")):
        rows, seen_years = [], set()
        for fact in facts:
            if fact.kind != kind:
                continue
            years = years_in.get(fact.sentence.index, set())
            if len(years) != 1 or re.search(r"\b(?:1[5-9]|20)\d\d\b", fact.answer):
                continue
            (year,) = years
            if year in seen_years:
                continue
            seen_years.add(year)
            rows.append((fact, year))
        if len(rows) < 3:
            continue
        rows = rows[:4]
        seed = zlib.crc32("|".join(f.key for f, _ in rows).encode())
        wrong = seed % len(rows)
        swap_from = (wrong + 1) % len(rows)
        pairs = []
        for i, (fact, year) in enumerate(rows):
            quote = _quote(fact.sentence.text, fact.sentence.locator)
            if i == wrong:
                pairs.append({"left": fact.answer, "right": rows[swap_from][1], "correct": False,
                              "why": f"The document gives {year} for {fact.answer}, not {rows[swap_from][1]}. " + quote,
                              "locator": fact.sentence.locator})  # fmt: skip
            else:
                pairs.append({"left": fact.answer, "right": year, "why": quote, "locator": fact.sentence.locator})
        return {
            "type": "pairs",
            "ask": "how-many",
            "heads": [head, "Year"],
            "category": kind,
            "prompt": "Consider the following pairs:",
            "pairs": pairs,
            "locator": rows[0][0].sentence.locator,
            "paragraph": " / ".join(f.sentence.text for f, _ in rows),
        }
    return None
