"""Turning facts into draft questions of every type that fits.

Names and terms become cloze gaps, figures and years numeric questions; where
the document names enough other things of the same kind (other exercises,
other people, other places, other years) some facts become a choice with
those as distractors, or a true/false statement with one of them swapped in;
a document with several dated events also gets one order question. Each fact
is asked once, the gap covers the whole fact ("13-14 July 2023", not half of
it), and a sentence that leans on what came before ("He said...", "this
design") is resolved or not used.
"""

from __future__ import annotations

import re
import zlib
from functools import lru_cache

from studyapp.drafting.facts import Fact, context_problem, normal, strip_reporting

_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_RELATIVE_TIME = re.compile(
    rf"^(?:On|Earlier on|Late on|Last)\s+{_WEEKDAY},?\s+|(?:,\s*)?\b(?:on|earlier on|later on|late on|early on)\s+{_WEEKDAY}\b|\b(?:earlier|later)\s+(?:today|{_WEEKDAY}|this week)\b"
    rf"|\b(?:yesterday|last week|this week|last month|this month|next week)\b(?!['’])|\bfrom {_WEEKDAY}\b|\bRecently,?\s*|\brecently\s|\brecent\s"
)
_KIND_NOUN = {"person": "person", "place": "place", "organisation": "organisation", "agreement": "agreement or dialogue", "term": "name",
              "date": "date"}  # fmt: skip
_ATTRIBUTION = re.compile(r"(?i)(?:according to|reported by|citing|release from)\s+(?:the\s+|a\s+)?(?:\w+['’]s\s+)?$")
_LABEL_NOUN = {"exercise": "exercise", "vessel": "vessel", "class": "class of vessel", "programme": "programme or platform"}
NAME_KINDS = ("person", "place", "organisation", "operation", "agreement", "term")


def _clean(text: str, keep: tuple[int, int]) -> tuple[str, tuple[int, int]]:
    """Drop relative times ("on Tuesday", "yesterday") outside the fact; they mean nothing out of the article."""
    out, shift, last = [], 0, 0
    start, end = keep
    for m in _RELATIVE_TIME.finditer(text):
        if m.start() < end and start < m.end():
            continue
        out.append(text[last : m.start()])
        removed = m.end() - m.start()
        if m.end() <= start:
            shift += removed
        last = m.end()
    out.append(text[last:])
    cleaned = "".join(out)
    new_keep = (start - shift, end - shift)
    squeezed = re.sub(r"\s{2,}", " ", cleaned)
    if squeezed != cleaned:  # recompute the span on the squeezed text
        answer = text[start:end]
        at = squeezed.find(answer, max(0, new_keep[0] - 10))
        if at < 0:
            at = squeezed.find(answer)
        cleaned, new_keep = squeezed, (at, at + len(answer))
    cleaned = re.sub(r"\s+([,.;:])", r"\1", cleaned)
    if cleaned[new_keep[0] : new_keep[1]] != text[start:end]:
        at = cleaned.find(text[start:end])
        new_keep = (at, at + end - start)
    return cleaned, new_keep


_CLAUSE_BREAK = re.compile(r";\s+(?:viz\.?\s+)?|(?<=\)),\s+(?=[A-Z])")
LONG_SENTENCE = 45


def _clause(text: str, span: tuple[int, int]) -> tuple[str, tuple[int, int]]:
    """A very long sentence cut to the clause holding the fact, when that clause says enough on its own."""
    if len(text.split()) <= LONG_SENTENCE:
        return text, span
    segments, last = [], 0
    for m in _CLAUSE_BREAK.finditer(text):
        segments.append((last, m.start()))
        last = m.end()
    segments.append((last, len(text)))
    for start, end in segments:
        if start <= span[0] and span[1] <= end:
            clause = text[start:end].rstrip(" ,;")
            if (len(clause.split()) < 8 or clause.count("(") != clause.count(")")
                    or not re.search(r"\b(?:is|are|was|were|has|have|had|will|\w+ed)\b", clause)):  # fmt: skip
                return text, span
            shift = start
            if span[0] > 0:
                clause = clause[0].upper() + clause[1:]
            if not clause.endswith((".", "!", "?")):
                clause += "."
            return clause, (span[0] - shift, span[1] - shift)
    return text, span


def resolved_sentence(fact: Fact, earlier: list[Fact]) -> tuple[str, tuple[int, int]] | None:
    """The fact's sentence made to stand alone, with the fact's span in it; None when it cannot be."""
    text, span = fact.sentence.text, (fact.start, fact.end)
    stripped = strip_reporting(text)
    cut = len(text) - len(stripped)
    if stripped != text and fact.start >= cut:
        text, span = stripped, (span[0] - cut, span[1] - cut)
    problem = context_problem(fact.sentence, fact)
    if problem:
        pronoun = re.match(r"^(He|She|His|Her|They)\b", text)
        people = [f for f in earlier if f.kind == "person" and len(f.answer.split()) > 1]
        if not pronoun or not people:
            return None
        if pronoun.group(1) == "They":  # "They" after a sentence naming two people: those two
            full = {f.key: f.answer for f in reversed(people)}
            previous = [f for f in _all_mentions(earlier) if f.kind == "person" and f.sentence.index == fact.sentence.index - 1]
            names = list(dict.fromkeys(full.get(f.key, f.answer) for f in previous))
            if len(names) != 2:
                return None
            name = " and ".join(names)
        else:
            name = people[-1].answer + ("’s" if pronoun.group(1) in ("His", "Her") else "")
        shift = len(name) - len(pronoun.group(1))
        text = name + text[pronoun.end() :]
        span = (span[0] + shift, span[1] + shift)
    text, span = _clean(text, span)
    text, span = _clause(text, span)
    if span[0] < 0 or len(text.split()) < 5:
        return None
    text = text[0].upper() + text[1:] if span[0] > 0 else text
    return text, span


def _all_mentions(facts: list[Fact]) -> list[Fact]:
    return [m for f in facts for m in (f, *f.others)]


@lru_cache(maxsize=8192)
def _normalised(text: str) -> str:
    from studyapp.grading import normalise

    return normalise(text)


def _given_away(answer: str, rest: str) -> bool:
    needle = _normalised(answer)
    return len(needle) >= 3 and f" {needle} " in f" {_normalised(rest)} "


def _blank(text: str, span: tuple[int, int], fill: str) -> str:
    return text[: span[0]] + fill + text[span[1] :]


def _numeric_answer(fact: Fact):
    if fact.label == "year":
        return int(fact.answer)
    if fact.label in ("money",):
        from studyapp.grading import parse_quantity

        text = re.sub(r"^(?:about|over|nearly|almost|some|around|more than|approximately|up to|at least|roughly)\s+", "", fact.answer)
        try:
            parse_quantity(text)
        except Exception:  # noqa: BLE001 - an unparsable money figure becomes a cloze
            return None
        return text
    value = fact.value
    if value is None:
        return None
    return int(value) if float(value).is_integer() else value


def _lead(fact: Fact) -> str:
    if fact.label == "year":
        return "In which year"
    if fact.label == "money":
        return "How much"
    if fact.label == "percent":
        return "What percentage"
    noun = fact.noun or "of them"
    return f"How many {noun}"


def _distractors(fact: Fact, facts: list[Fact], text: str, n: int = 3) -> list[str]:
    """Other things of the same kind the document names, most alike first; none the sentence already shows."""
    own = normal(fact.answer)
    pool = []
    for other in facts:
        if other is fact or other.kind != fact.kind or normal(other.answer) == own:
            continue
        if _given_away(other.answer, text):
            continue
        if fact.kind == "date" and (other.label == "year") != (fact.label == "year"):
            continue
        if fact.kind == "figure" or other.label != fact.label and fact.kind in ("operation", "organisation", "term"):
            continue
        if fact.kind == "person" and (len(other.answer.split()) < 2) != (len(fact.answer.split()) < 2):
            continue
        if normal(other.answer) in normal(fact.answer) or normal(fact.answer) in normal(other.answer):
            continue
        if any(normal(p[2]) == normal(other.answer) for p in pool):
            continue
        same_label = other.label == fact.label
        pool.append((0 if same_label else 1, abs(other.sentence.index - fact.sentence.index), other.answer))
    pool.sort()
    return [answer for _, _, answer in pool[:n]]


def _slot(fact: Fact) -> int:
    return zlib.crc32(fact.key.encode()) % 12


def question_for(fact: Fact, facts: list[Fact], earlier: list[Fact], tally: dict[str, int]) -> dict | None:
    """One draft question for a fact: its type chosen by the fact's kind and what the document offers."""
    resolved = resolved_sentence(fact, earlier)
    if resolved is None:
        return None
    text, span = resolved
    answer = text[span[0] : span[1]]
    rest = text[: span[0]] + " " + text[span[1] :]
    repeats = [m.span() for m in re.finditer(rf"(?<!\w){re.escape(answer)}(?!\w)", text) if m.start() != span[0]]
    if repeats and fact.kind in NAME_KINDS:  # the name said twice: a cloze gaps both, other types are not made
        alternatives = [] if fact.label == "acronym" else fact.alternatives
        gap = answer + "".join(f"|{a}" for a in alternatives if a and normal(a) != normal(answer))
        spans = sorted([span, *repeats], reverse=True)
        gapped = text
        for start, end in spans:
            gapped = gapped[:start] + "{{" + gap + "}}" + gapped[end:]
        remaining = re.sub(r"\{\{.*?\}\}", " ", gapped)
        if _given_away(answer, remaining):
            return None
        return {"type": "cloze", "category": fact.category, "text": gapped}
    if _given_away(answer, rest) or fact.label != "acronym" and any(_given_away(a, rest) for a in fact.alternatives if len(a) > 3):
        return None
    if fact.kind == "organisation" and (_ATTRIBUTION.search(text[max(0, span[0] - 30) : span[0]]) or re.match(r"\W{0,3}said\b", text[span[1] :])):
        return None  # "according to the MoD", "the Indian Navy said": who said it is not the fact
    category = fact.category
    slot = _slot(fact)

    if fact.kind == "figure" and fact.label != "ordinal" or fact.label == "year":
        number = _numeric_answer(fact)
        if number is not None:
            blanked = _blank(text, span, "____")
            years = _distractors(fact, facts, text, 1) if fact.label == "year" else []
            if years and slot in (3, 7) and not _given_away(years[0], text):
                tally["truefalse"] = tally.get("truefalse", 0) + 1
                swapped = tally["truefalse"] % 2 == 1
                return {"type": "truefalse", "category": category, "prompt": _blank(text, span, years[0]) if swapped else text,
                        "answer": not swapped}  # fmt: skip
            return {"type": "numeric", "category": category, "prompt": f'{_lead(fact)}? "{blanked}"', "answer": number}

    alternatives = [] if fact.label == "acronym" else fact.alternatives  # the acronym stays in view: it is the cue
    gap = answer + "".join(f"|{a}" for a in alternatives if a and normal(a) != normal(answer))
    if fact.kind in NAME_KINDS or fact.kind == "date":
        # choices and swaps only where the kind is reliable: the model's organisations are too often
        # something else ("Underscoring France"), and a wrong distractor makes a bad question
        options = _distractors(fact, facts, text) if fact.kind != "organisation" and fact.label != "fac" else []
        noun = _LABEL_NOUN.get(fact.label) if fact.kind == "operation" else _KIND_NOUN.get(fact.kind, "name")
        noun = noun or "name"
        if len(options) >= 3 and slot in (1, 4, 8, 11):
            choices = [answer, *options[:3]]
            choices.sort(key=lambda c: zlib.crc32(c.encode()))
            return {"type": "choice", "category": category, "prompt": f'Which {noun} completes the sentence? "{_blank(text, span, "____")}"',
                    "choices": choices, "answer": answer}  # fmt: skip
        if options and slot in (2, 6, 9) and fact.kind != "date":
            tally["truefalse"] = tally.get("truefalse", 0) + 1
            swapped = tally["truefalse"] % 2 == 1
            return {"type": "truefalse", "category": category, "prompt": _blank(text, span, options[0]) if swapped else text,
                    "answer": not swapped}  # fmt: skip
    return {"type": "cloze", "category": category, "text": _blank(text, span, "{{" + gap + "}}")}


_DATE_PHRASE = re.compile(r"(?:,\s*)?\b(?:in|on|since|from|by|during|until|of)?\s*$")


def order_question(facts: list[Fact]) -> dict | None:
    """One order question over the document's dated events (3 to 5 of them, distinct years, sentences that stand alone)."""
    events: list[tuple[float, str, Fact]] = []
    years_seen: set[int] = set()
    sentences_seen: set[int] = set()
    for fact in facts:
        if fact.kind != "date":
            continue
        year = re.search(r"\b(1[5-9]\d\d|20\d\d)\b", fact.answer)
        if not year or int(year.group(1)) in years_seen or fact.sentence.index in sentences_seen:
            continue
        if context_problem(fact.sentence, fact):
            continue
        text = fact.sentence.text
        before = _DATE_PHRASE.sub("", text[: fact.start])
        item = (before.rstrip(" ,") + " " + text[fact.end :].lstrip(" ,")).strip().rstrip(".")
        item = re.sub(r"\s{2,}", " ", item)
        if len(item) > 110 or len(item.split()) < 4:
            continue
        years_seen.add(int(year.group(1)))
        sentences_seen.add(fact.sentence.index)
        events.append((int(year.group(1)), item, fact))
    if len(events) < 3:
        return None
    events = sorted(events[:5])
    return {
        "type": "order",
        "category": "date",
        "prompt": "Put these events from the document in order, earliest first.",
        "items": [item for _, item, _ in events],
        "explanation": "The document dates them: " + "; ".join(f"{f.answer} ({f.sentence.locator})" for _, _, f in events) + ".",
        "locator": events[0][2].sentence.locator,
        "paragraph": " / ".join(f.sentence.text for _, _, f in events),
    }
