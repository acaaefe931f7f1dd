"""Records to question mappings: the type each row asks for, answers checked against their options.

A question is made only from what its record says: a choice's answer must be
one of its options (given as the option's text, its letter or its number);
a row that cannot be read that way is skipped with its line, never guessed.
Material with LaTeX/MathJax in the answer cannot be typed, so it becomes a
self-graded "reveal and rate" question.
"""

from __future__ import annotations

import re
from typing import Any

from studyapp.importers.anki_text import ANKI_CLOZE
from studyapp.importers.model import ImportResult, Record
from studyapp.importers.text import MATH, has_math, short_hash, slugify
from studyapp.packs import CATEGORIES, ID_PATTERN, TYPES

_KEY_ORDER = ("id", "type", "category", "prompt", "ask", "heads", "statements", "pairs", "explains", "text", "choices", "shuffle", "answer", "accept", "items", "unit", "tolerance", "explanation", "source", "tags", "fact")
_LETTERS = "ABCDEFGH"


class BadRecord(Exception):
    """This record cannot become a question; the message says why (it is skipped)."""


def question_id(record: Record, suffix: str = "") -> str:
    """A stable id: a hash of the GUID for Anki notes, else a slug of the front plus a hash of its key."""
    suffix = record.suffix + suffix
    given = record.fields.get("id", "").strip()
    if given and ID_PATTERN.match(given):
        return given + suffix if record.suffix else given
    if record.id_from_key:
        return f"anki-{short_hash(record.key, 10)}{suffix}"
    from studyapp.grading import normalise

    key = normalise(record.key) or record.key
    slug = slugify(record.fields.get("prompt", "") or record.key, 40) or "q"
    return f"{slug}-{short_hash(key, 6)}{suffix}"


def build_questions(result: ImportResult, default_category: str = "concept", source_key: str = "import") -> list[dict]:
    """Turn records into question mappings; bad records go to ``result.skipped``."""
    questions: list[dict] = []
    seen: dict[str, str] = {}
    revealed = 0
    for record in result.records:
        try:
            made = questions_of(record, default_category, source_key)
        except BadRecord as exc:
            result.skipped.append(f"{record.where}: {exc}")
            continue
        for question in made:
            if question["id"] in seen:
                result.skipped.append(f"{record.where}: same question as {seen[question['id']]}; skipped")
                continue
            seen[question["id"]] = record.where
            revealed += question["type"] == "reveal" and not record.fields.get("type")
            questions.append(question)
    if revealed:
        result.notices.append(f"note: {revealed} question(s) with LaTeX/MathJax answers made self-graded (reveal and rate): they cannot be typed")
    return questions


def split_list(value: str) -> list[str]:
    """Options in one cell: one a line, else separated by ``|``, else by ``;``."""
    if not value.strip():
        return []
    for separator in ("\n", "|", ";"):
        if separator in value:
            return [p.strip() for p in value.split(separator) if p.strip()]
    return [value.strip()]


def resolve_answers(answer: str, options: list[str]) -> list[str]:
    """The options an answer cell names: an option's text, its letter (A-H) or its number (1-8), or several of those."""
    given = answer.strip()
    folded = {o.casefold(): o for o in options}
    if given.casefold() in folded:
        return [folded[given.casefold()]]
    for separator in ("\n", "|", ";", ","):  # several answers: the strongest separator that names only options
        parts = [p.strip() for p in given.split(separator) if p.strip()]
        if len(parts) > 1 and all(p.casefold() in folded for p in parts):
            return list(dict.fromkeys(folded[p.casefold()] for p in parts))
    parts = [p for p in re.split(r"[^0-9A-Za-z]+", given) if p and p.lower() not in ("and", "or", "option", "answer", "choice")]
    letters = [p.upper() for p in parts]
    if all(len(x) == 1 and x in _LETTERS[: len(options)] for x in letters):
        return list(dict.fromkeys(options[_LETTERS.index(x)] for x in letters))
    numbers = parts
    if all(n.isdigit() and 1 <= int(n) <= len(options) for n in numbers):
        if any(re.fullmatch(r"-?\d+([.,]\d+)?", o.strip()) for o in options):
            raise BadRecord(f"answer {given!r} could be an option's number or its text (the options are numbers); write the option's text; skipped")
        return list(dict.fromkeys(options[int(n) - 1] for n in numbers))
    raise BadRecord(f"answer {given[:60]!r} is none of the options (nor their letter or number); skipped")


_LETTERED = re.compile(r"^\s*([a-h])\s?[.)]+\s*(.+)$", re.I)
_LETTER_REF = re.compile(r"(?<![A-Za-z])([a-h])\s?[.)]+", re.I)


def lettered_options(prompt: str, answer: str) -> tuple[str, list[str], list[str], str] | None:
    """A prompt ending in lines "a.) ...", "b.) ..." and an answer that starts by naming letters ("c.) und d.)").

    Returns (the prompt without the options, the options, the right ones, the rest
    of the answer as explanation); None unless both are there and every letter exists.
    """
    lines = prompt.split("\n")
    options: list[str] = []
    start = len(lines)
    for index in range(len(lines) - 1, -1, -1):
        match = _LETTERED.match(lines[index])
        if not match:
            break
        options.insert(0, match.group(2).strip())
        start = index
        if match.group(1).lower() == "a":
            break
    letters = [_LETTERED.match(line).group(1).lower() for line in lines[start:]]
    if len(options) < 2 or letters != list("abcdefgh"[: len(options)]) or start == 0:
        return None
    first, _, rest = answer.strip().partition("\n")
    if not _LETTER_REF.match(first.strip()):
        return None
    picked = [m.group(1).lower() for m in _LETTER_REF.finditer(first)]
    if not picked or any(p not in letters for p in picked):
        return None
    chosen = list(dict.fromkeys(options[letters.index(p)] for p in picked))
    leftover = re.sub(r"\b(und|and|or|oder|sowie)\b", "", _LETTER_REF.sub("", first), flags=re.I).strip(" ,;:.")
    explanation = "\n".join(filter(None, [answer.strip()] if (leftover or rest.strip()) else []))
    return "\n".join(lines[:start]).strip(), options, chosen, explanation


def questions_of(record: Record, default_category: str, source_key: str) -> list[dict]:
    f = record.fields
    qtype = f.get("type", "").strip().lower()
    if qtype and qtype not in TYPES:
        raise BadRecord(f"unknown type {qtype!r}")
    if qtype == "cloze" and "{{" in f.get("original", ""):  # read back from studyapp's own export
        f = record.fields = {**f, "text": f["original"]}
    elif record.anki_cloze or (not qtype and ANKI_CLOZE.search(f.get("prompt", ""))):
        return anki_cloze_questions(record, default_category, source_key)
    prompt = f.get("prompt", "").strip()
    options = [o for o in f.get("options", "").split("\n") if o.strip()]
    wrong = [o for o in f.get("wrong", "").split("\n") if o.strip()]
    if not qtype and (options or wrong or f.get("choices", "").strip()):
        qtype = "choice"
    if qtype == "cloze" or (not qtype and f.get("text", "").strip() and not f.get("answer")):
        qtype = "cloze"
    if qtype != "cloze" and not prompt:
        raise BadRecord("empty front/prompt; skipped")
    question: dict[str, Any] = {"id": question_id(record)}
    answer = "; ".join(line.strip() for line in f.get("answer", "").split("\n") if line.strip())
    if not qtype and not options and not wrong:
        lettered = lettered_options(prompt, f.get("answer", ""))
        if lettered:
            prompt, options, picked, rest = lettered
            f = record.fields = {**f, "prompt": prompt, "options": "\n".join(options), "answer": "\n".join(picked)}
            if rest:
                f["explanation"] = "\n".join(filter(None, [rest, f.get("explanation", "")]))
            qtype = "choice"
            answer = "; ".join(picked)
    if qtype in ("", "short") and (f.get("_math") or has_math(answer)):
        qtype = "reveal"
    if qtype == "reveal":
        answer = f.get("answer", "").strip()  # shown, not typed: its lines stay as written
    if not qtype:
        qtype = "numeric" if _is_number(answer) else "short"
    question["type"] = qtype
    if qtype == "cloze":
        text = " ".join((f.get("text") or prompt).split())
        if "{{" not in text:
            raise BadRecord("cloze text has no {{gaps}}; skipped")
        if prompt and f.get("text"):
            question["prompt"] = prompt
        question["text"] = text
    else:
        question["prompt"] = prompt
    if qtype in ("short", "numeric", "choice", "truefalse", "reveal") and not answer:
        raise BadRecord("empty back/answer; skipped")
    if qtype in ("short", "reveal"):
        question["answer"] = answer
    elif qtype == "numeric":
        if not _is_number(answer):
            raise BadRecord(f"numeric answer {answer!r} is not a number; skipped")
        question["answer"] = _plain_number(answer)
        if f.get("unit", "").strip():
            question["unit"] = f["unit"].strip()
    elif qtype == "choice":
        if wrong:
            choices = [f.get("answer", "").strip(), *wrong]
            answers = [choices[0]]
        else:
            options = [o for o in f.get("options", "").split("\n") if o.strip()]
            choices = options or split_list(f.get("choices", ""))
            if not 2 <= len(choices) <= 8:
                raise BadRecord(f"choice needs 2-8 options, this row has {len(choices)}; skipped")
            answers = resolve_answers(f.get("answer", ""), choices)
        if not 2 <= len(choices) <= 8:
            raise BadRecord(f"choice needs 2-8 options, this row has {len(choices)}; skipped")
        if len({c.casefold() for c in choices}) < len(choices):
            raise BadRecord("two options are the same; skipped")
        question["choices"] = choices
        question["answer"] = answers[0] if len(answers) == 1 else answers
    elif qtype == "truefalse":
        value = answer.strip().lower()
        if value not in ("true", "false", "t", "f", "yes", "no"):
            raise BadRecord(f"true/false answer {answer!r} is neither; skipped")
        question["answer"] = value in ("true", "t", "yes")
    elif qtype == "order":
        items = split_list(f.get("items") or f.get("answer", ""))
        if not 2 <= len(items) <= 8:
            raise BadRecord("order needs 2-8 items; skipped")
        question["items"] = items
    accept = split_list(f.get("accept", ""))
    if accept and qtype in ("short", "numeric"):
        question["accept"] = accept
    question["category"] = _category(f, question, default_category)
    _finish(question, record, source_key)
    return [question]


def anki_cloze_questions(record: Record, default_category: str, source_key: str) -> list[dict]:
    """One question per cloze number, as Anki makes one card per number; other deletions show as text.

    A deletion holding LaTeX/MathJax cannot be typed: that card becomes "reveal and rate"
    (the text with ``[...]`` in place of the deletion, the whole text as the answer)."""
    text = " ".join((record.fields.get("text") or record.fields.get("prompt", "")).split())
    numbers = sorted({int(m.group(1)) for m in ANKI_CLOZE.finditer(text)})
    if not numbers:
        raise BadRecord("cloze note without {{c1::...}} deletions; skipped")
    if "{{" in ANKI_CLOZE.sub("", text) or "}}" in ANKI_CLOZE.sub("", text):
        raise BadRecord("cloze text has stray {{ or }}; skipped")
    spans = [m.span() for m in MATH.finditer(text)]  # deletions inside [$]...[/$] are LaTeX too
    questions = []
    for number in numbers:
        hints: list[str] = []
        mathy = any(int(m.group(1)) == number and (has_math(m.group(2)) or _inside(m.span(), spans)) for m in ANKI_CLOZE.finditer(text))

        def replace(match: re.Match[str], number: int = number, hints: list[str] = hints, mathy: bool = mathy) -> str:
            answer = " ".join(match.group(2).split())
            if int(match.group(1)) != number:
                return answer
            if match.group(3):
                hints.append(match.group(3).strip())
            if mathy:
                return "[...]"
            if "|" in answer or "{" in answer or "}" in answer:
                raise BadRecord("a cloze answer contains | or braces; skipped")
            return "{{" + answer + "}}"

        converted = ANKI_CLOZE.sub(replace, text)
        suffix = f"-c{number}" if len(numbers) > 1 else ""
        question: dict[str, Any] = {"id": question_id(record, suffix)}
        if mathy:
            question["type"] = "reveal"
            question["prompt"] = converted + (f" (hint: {'; '.join(hints)})" if hints else "")
            question["answer"] = ANKI_CLOZE.sub(lambda m: " ".join(m.group(2).split()), text)
        else:
            question["type"] = "cloze"
            if hints:
                question["prompt"] = f"Complete the text (hint: {'; '.join(hints)})."
            elif len(numbers) > 1:
                question["prompt"] = f"Complete the text (deletion {number} of {len(numbers)})."
            question["text"] = converted
        question["category"] = _category(record.fields, question, default_category)
        _finish(question, record, source_key)
        questions.append(question)
    return questions


def _inside(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(start <= span[0] and span[1] <= end for start, end in spans)


def _finish(question: dict, record: Record, source_key: str) -> None:
    explanation = record.fields.get("explanation", "").strip()
    if ANKI_CLOZE.search(explanation):  # an extra field that repeats the cloze text: show it as text
        explanation = ANKI_CLOZE.sub(lambda m: " ".join(m.group(2).split()), explanation)
        if " ".join(explanation.split()) == ANKI_CLOZE.sub(lambda m: " ".join(m.group(2).split()), record.fields.get("text") or record.fields.get("prompt", "")):
            explanation = ""  # only a copy of the front: nothing to explain
    if explanation:
        question["explanation"] = explanation
    locator = record.fields.get("source", "").strip() or record.where
    question["source"] = {"key": source_key, "locator": locator}
    tags = record.tags or record.fields.get("tags", "").replace(",", " ").split()
    if tags:
        question["tags"] = list(dict.fromkeys(tags))
    fact = record.fields.get("fact", "").strip()
    if fact and ID_PATTERN.match(fact):
        question["fact"] = fact
    order_keys(question)


def order_keys(question: dict) -> None:
    """Keys in the order the format documents them, as an author would write them."""
    ordered = {k: question[k] for k in _KEY_ORDER if k in question}
    ordered.update((k, v) for k, v in question.items() if k not in ordered)
    question.clear()
    question.update(ordered)


def _category(fields: dict[str, str], question: dict, default: str) -> str:
    given = fields.get("category", "").strip().lower()
    if given in CATEGORIES:
        return given
    if question["type"] == "numeric":
        return "date" if _is_year(str(question["answer"])) else "figure"
    if question["type"] == "cloze":
        gaps = re.findall(r"\{\{(.*?)\}\}", question["text"])
        if gaps and all(_is_year(g.split("|")[0]) for g in gaps):
            return "date"
    return default


def _is_year(value: str) -> bool:
    return bool(re.fullmatch(r"1[0-9]{3}|20[0-9]{2}", value.strip()))


def _is_number(value: str) -> bool:
    from studyapp.grading import parse_quantity

    value = value.strip()
    return bool(value) and len(value) <= 40 and any(c.isdigit() for c in value) and parse_quantity(value) is not None


def _plain_number(value: str) -> int | float | str:
    value = value.strip()
    if re.fullmatch(r"-?\d+", value) and len(value) < 16:
        return int(value)
    if re.fullmatch(r"-?\d+\.\d+", value):
        return float(value)
    return value
