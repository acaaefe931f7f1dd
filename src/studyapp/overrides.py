"""Answers the learner overruled as right ("I was right"), folded into packs.

The store remembers each overruled response for its question on this machine.
An author can write them into the pack's ``accept:`` lists, so the pack itself
accepts them everywhere. The pack file is edited as text, keeping its comments
and layout, then validated again; a pack that would not load afterwards is left
exactly as it was.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from studyapp.packs import Pack, Question, load_packs

WRITABLE_TYPES = frozenset({"short", "numeric"})
"""Cloze alternatives live inside the text (``{{a|b}}``): an author adds those by hand."""


@dataclass(frozen=True, slots=True)
class Override:
    pack_id: str
    question_id: str
    answer: str
    accepted_at: float
    review_id: int | None


@dataclass(frozen=True, slots=True)
class WriteResult:
    pack_id: str
    path: Path | None
    written: tuple[Override, ...]
    skipped: tuple[tuple[Override, str], ...]
    """(override, why it was not written)"""


class OverrideError(Exception):
    """A pack that cannot take the remembered answers, said in one line."""


def _key_indent(lines: list[str], start: int) -> tuple[int, int]:
    """(index of the question's first line, column of its keys) for a question starting at ``start`` (0-based)."""
    match = re.match(r"^(\s*)-\s+(\S)", lines[start])
    if match is None:
        raise OverrideError(f"line {start + 1}: not the start of a question")
    return start, len(match.group(1)) + (match.start(2) - match.end(1))


def _block_end(lines: list[str], start: int, column: int) -> int:
    """The first line after the question's mapping: a line indented less than its keys."""
    end = start + 1
    while end < len(lines):
        line = lines[end]
        stripped = line.strip()
        if stripped and not stripped.startswith("#"):
            indent = len(line) - len(line.lstrip(" "))
            if indent < column:
                break
        end += 1
    while end > start + 1 and not lines[end - 1].strip():
        end -= 1  # keep blank lines between questions where they were
    return end


def _add_accepts(lines: list[str], question: Question, answers: Sequence[str]) -> list[str]:
    """The pack's lines with ``answers`` added to the question's ``accept:`` list."""
    start, column = _key_indent(lines, question.line - 1)
    end = _block_end(lines, start, column)
    key_re = re.compile(rf"^ {{{column}}}accept\s*:(.*)$")
    items = [json.dumps(a, ensure_ascii=False) for a in answers]
    for index in range(start + 1, end):
        match = key_re.match(lines[index])
        if match is None:
            continue
        rest = match.group(1).strip()
        if rest.startswith("[") and rest.endswith("]"):  # flow list: accept: [a, b]
            inner = rest[1:-1].strip()
            joined = ", ".join(([inner] if inner else []) + items)
            lines[index] = f"{' ' * column}accept: [{joined}]"
            return lines
        if rest and not rest.startswith("#"):
            raise OverrideError(f"line {index + 1}: question '{question.id}': accept is not a list")
        # block list: the items follow, indented further
        last = index
        item_indent = None
        for follow in range(index + 1, end):
            text = lines[follow]
            if not text.strip() or text.strip().startswith("#"):
                continue
            indent = len(text) - len(text.lstrip(" "))
            if indent <= column and not text.lstrip().startswith("-"):
                break
            if text.lstrip().startswith("-"):
                item_indent = indent if item_indent is None else item_indent
                last = follow
            elif indent <= column:
                break
        prefix = " " * (item_indent if item_indent is not None else column + 2)
        return lines[: last + 1] + [f"{prefix}- {item}" for item in items] + lines[last + 1 :]
    # no accept yet: one line after the question's first key
    return lines[: start + 1] + [f"{' ' * column}accept: [{', '.join(items)}]"] + lines[start + 1 :]


def write_into_pack(pack: Pack, overrides: Iterable[Override]) -> WriteResult:
    """Add each override's answer to its question's ``accept:`` list in the pack file."""
    by_id = {q.id: q for q in pack.questions}
    todo: dict[str, list[Override]] = {}
    skipped: list[tuple[Override, str]] = []
    for override in overrides:
        question = by_id.get(override.question_id)
        if question is None:
            skipped.append((override, "the question is no longer in the pack"))
        elif question.type not in WRITABLE_TYPES:
            skipped.append((override, f"a {question.type} question: add it to the pack by hand"))
        elif not question.line:
            skipped.append((override, "the pack file does not say where the question is"))
        else:
            todo.setdefault(question.id, []).append(override)
    if not todo:
        return WriteResult(pack.id, pack.path, (), tuple(skipped))
    original = pack.path.read_text(encoding="utf-8")
    lines = original.splitlines()
    # Bottom-up, so inserting lines never moves a question still to edit.
    for question_id in sorted(todo, key=lambda qid: by_id[qid].line, reverse=True):
        answers = list(dict.fromkeys(o.answer for o in todo[question_id]))
        lines = _add_accepts(lines, by_id[question_id], answers)
    updated = "\n".join(lines) + ("\n" if original.endswith("\n") else "")
    tmp = pack.path.with_name(pack.path.name + ".tmp")
    tmp.write_text(updated, encoding="utf-8")
    check = load_packs([tmp])
    problems = [p for p in check.errors]
    if problems or not check.packs:
        tmp.unlink(missing_ok=True)
        reason = str(problems[0]) if problems else "the pack no longer loads"
        raise OverrideError(f"{pack.path}: not written, the pack would not load afterwards: {reason}")
    reloaded = {q.id: q for q in check.packs[0].questions}
    lost = [o for qid in todo for o in todo[qid] if qid not in reloaded or o.answer not in reloaded[qid].accept]
    if lost:
        tmp.unlink(missing_ok=True)
        raise OverrideError(f"{pack.path}: not written: could not place the answer for question '{lost[0].question_id}' safely")
    tmp.replace(pack.path)
    written = tuple(o for qid in todo for o in todo[qid])
    return WriteResult(pack.id, pack.path, written, tuple(skipped))


def is_user_pack(pack: Pack, bundled_folder: Path) -> bool:
    """Bundled packs belong to the project: only the learner's own packs are edited."""
    try:
        pack.path.resolve().relative_to(bundled_folder.resolve())
    except ValueError:
        return True
    return False
