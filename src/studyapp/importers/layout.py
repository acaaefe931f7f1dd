"""Which column holds what: header names, ``--columns``, and files without a header.

A column is read only for what it is known to be. A header with a name
studyapp does not know, two columns claiming the same role, or a file without
a header whose shape is not one of the plain ones is refused with one line
that says what was found and how to name the columns (``--columns``): a guess
would turn headers or option texts into answers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from studyapp.importers.model import ImportFailure

ROLES = (
    "id", "type", "category", "prompt", "answer", "accept", "choices", "choice", "wrong", "text",
    "items", "unit", "explanation", "source", "tags", "original", "fact", "ignore",
)  # fmt: skip
"""What a column can be. ``choice``: one option per column (Option A, Choice 1...);
``wrong``: a wrong option per column (the answer column is the right one);
``choices``: every option in one cell, separated by ``|``, ``;`` or new lines."""
SINGLE = {"id", "type", "category", "prompt", "answer", "accept", "choices", "text", "items", "unit", "explanation", "source", "original", "fact"}
"""Roles only one column may have."""

NAMES = {
    "id": ("id", "question id", "qid"),
    "type": ("type", "question type"),
    "category": ("category",),
    "prompt": ("prompt", "question", "front", "term", "q", "word", "question text", "word/phrase"),
    "answer": ("answer", "back", "definition", "meaning", "correct answer", "correct answers", "correct answer(s)",
               "correct", "correct option", "right answer", "answer key", "solution", "key"),
    "accept": ("accept", "alternatives", "also accept", "accepted answers"),
    "choices": ("choices", "options"),
    "text": ("text", "cloze"),
    "items": ("items",),
    "unit": ("unit",),
    "explanation": ("explanation", "extra", "back extra", "notes", "note", "comment", "comments", "rationale", "feedback", "hint"),
    "source": ("source", "locator"),
    "tags": ("tags", "tag", "labels", "keywords"),
    "original": ("original",),
    "fact": ("fact",),
    "ignore": ("#", "no", "no.", "number", "time limit", "time limit (sec)", "image", "image link", "points"),
}  # fmt: skip
ALIASES = {alias: role for role, aliases in NAMES.items() for alias in aliases}
_OPTION = re.compile(r"(?:option|choice|answer|alternative|opt)\s*([a-h]|[1-8])")
_WRONG = re.compile(r"(?:wrong|incorrect|false|distractor)\s*(?:answer|option|choice)?\s*([1-8]|[a-h])?")
_LETTER = re.compile(r"[a-h]")
_TAG_CELL = re.compile(r"[^\s.?!\"'()]+(?: [^\s.?!\"'()]+){0,5}")


def normalise_header(cell: str) -> str:
    """``"Question - max 120 characters"`` -> ``"question"``; case, spaces and a trailing colon do not matter."""
    text = " ".join(cell.replace("\ufeff", "").strip().lower().split())
    text = re.split(r"\s[-–—]\s", text, maxsplit=1)[0]
    return text.rstrip(":?").strip()


@dataclass(frozen=True, slots=True)
class Layout:
    """A role per column (``ignore`` for the rest) and whether row 1 is a header."""

    roles: tuple[str, ...]
    header: bool
    how: str  # "header row", "--columns", "no header: ..."

    def describe(self, header_row: list[str] | None = None) -> str:
        named = []
        for index, role in enumerate(self.roles):
            label = header_row[index] if header_row and index < len(header_row) and self.header else f"column {index + 1}"
            named.append(f"{label.strip() or f'column {index + 1}'} -> {role}")
        return f"{self.how}: " + ", ".join(named)

    def column(self, role: str) -> int | None:
        return self.roles.index(role) if role in self.roles else None

    def columns(self, role: str) -> list[int]:
        return [i for i, r in enumerate(self.roles) if r == role]


def _suggest(width: int, known: list[str | None]) -> str:
    """A ``--columns`` value to start from: the roles understood so far, ``?`` for the rest."""
    return ",".join(role or "?" for role in (known + [None] * width)[:width])


def _how_to(width: int, known: list[str | None] | None = None) -> str:
    return (
        f"say what each column is with --columns (e.g. --columns {_suggest(width, known or [])}; "
        f"roles: prompt, answer, choice, wrong, choices, tags, explanation, id, type, category, accept, ignore)"
    )


def header_roles(row: list[str]) -> list[str | None]:
    """The role each header cell names, or None; option letters are choices only beside other letters."""
    cells = [normalise_header(c) for c in row]
    letters = sum(1 for c in cells if _LETTER.fullmatch(c))
    has_answer_column = any(ALIASES.get(c) == "answer" for c in cells)
    roles: list[str | None] = []
    for cell in cells:
        if not cell:
            roles.append("ignore")
        elif letters >= 2 and _LETTER.fullmatch(cell):
            roles.append("choice")  # "A, B, C, D" beside a question: options, not "A" for answer
        elif cell == "a":
            roles.append("answer")
        elif cell in ALIASES:
            roles.append(ALIASES[cell])
        elif _OPTION.fullmatch(cell) and (not cell.startswith("answer") or has_answer_column):
            roles.append("choice")
        elif _WRONG.fullmatch(cell) and cell.split()[0] in ("wrong", "incorrect", "distractor"):
            roles.append("wrong")
        else:
            roles.append(None)
    return roles


def from_header(row: list[str], name: str) -> Layout | None:
    """The layout a header row gives; None when the row is data, not a header.

    Raises ImportFailure when the row is a header but names a column studyapp
    does not know or gives one role to two columns.
    """
    roles = header_roles(row)
    filled = [(cell, role) for cell, role in zip(row, roles) if cell.strip()]
    known = [role for _, role in filled if role not in (None, "ignore")]
    unknown = [cell.strip() for cell, role in filled if role is None]
    if not known:
        return None
    if unknown:
        # one data cell that happens to be "Term" is not a header: a header names most of its columns
        if len(known) < 2 and len(known) < len(unknown):
            return None
        found = ", ".join(f'"{c.strip()}"' for c in row)
        raise ImportFailure(
            f"{name}:1: the header names a column studyapp does not know ({', '.join(repr(u) for u in unknown)}; "
            f"found {found}); {_how_to(len(row), roles)}"
        )
    return _checked(tuple(r or "ignore" for r in roles), True, "header row", name, row)


def from_option(spec: str, name: str, first_row: list[str] | None) -> Layout:
    """The layout ``--columns prompt,answer,choice,...`` gives; row 1 is a header when it looks like one."""
    roles = tuple({"skip": "ignore", "-": "ignore", "": "ignore", "options": "choices", "option": "choice", "tag": "tags"}.get(r, r)
                  for r in (part.strip().lower() for part in spec.split(",")))  # fmt: skip
    bad = [r for r in roles if r not in ROLES]
    if bad:
        raise ImportFailure(f"--columns: unknown role {bad[0]!r} (roles: {', '.join(ROLES)})")
    header = False
    if first_row:
        guessed = header_roles(first_row)
        header = sum(1 for g in guessed if g not in (None, "ignore")) * 2 >= max(1, sum(1 for c in first_row if c.strip()))
    return _checked(roles, header, "--columns" + (" (row 1 is a header)" if header else ""), name, first_row)


def _checked(roles: tuple[str, ...], header: bool, how: str, name: str, row: list[str] | None) -> Layout:
    def label(index: int) -> str:
        if header and row and index < len(row) and row[index].strip():
            return f'"{row[index].strip()}" (column {index + 1})'
        return f"column {index + 1}"

    for role in SINGLE:
        where = [i for i, r in enumerate(roles) if r == role]
        if len(where) > 1:
            raise ImportFailure(
                f"{name}:1: two columns are the {role}: {label(where[0])} and {label(where[1])}; {_how_to(len(roles), list(roles))}"
            )
    has = set(roles)
    if "prompt" not in has and "text" not in has:
        raise ImportFailure(f"{name}:1: no question column (prompt, question, front, term or text); {_how_to(len(roles), list(roles))}")
    if "prompt" in has and not has & {"answer", "text", "items", "choice", "choices", "type"}:
        raise ImportFailure(f"{name}:1: no answer column (answer, back, definition ...); {_how_to(len(roles), list(roles))}")
    if has & {"choice", "wrong"} and "answer" not in has:
        raise ImportFailure(f"{name}:1: option columns but no column says which is right (answer, correct answer); {_how_to(len(roles), list(roles))}")
    if "choice" in has and "wrong" in has:
        raise ImportFailure(f"{name}:1: both option columns and wrong-answer columns; {_how_to(len(roles), list(roles))}")
    return Layout(roles, header, how)


def headerless(rows: list[list[str]], name: str, first_line: int) -> Layout:
    """Files without a header: term and definition (Quizlet, Anki's plain text), or with a tags column (Anki)."""
    widths = [len(r) for r in rows if any(c.strip() for c in r)]
    width = max(widths, default=2)
    if width <= 2:
        return Layout(("prompt", "answer"), False, "no header, read as term and definition")
    if width == 3:
        thirds = [r[2].strip() for r in rows if len(r) > 2 and r[2].strip()]
        if all(_TAG_CELL.fullmatch(t) and len(t) <= 80 for t in thirds):
            return Layout(("prompt", "answer", "tags"), False, "no header, read as term, definition and tags (as Anki does)")
    raise ImportFailure(
        f"{name}:{first_line}: {width} columns and no header row, so what each column holds is unknown; "
        f"add a header row (Question, Answer, Option A...) or {_how_to(width, ['prompt', 'answer'])}"
    )
