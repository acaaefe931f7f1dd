"""Reviewing a draft pack: accept, edit, reject or skip each draft, saved as it goes.

The pack file stays the one truth for questions: accepting a draft removes its
``draft: true`` (with the learner's edits) and rejecting removes the question,
each written to the pack at once (atomically), so quitting halfway loses
nothing. A small state file beside the user's data (``drafts/``) keeps what the
pack cannot: the paragraph each draft came from (written by ``studyapp
draft``), which drafts were skipped, and where the review stopped, so a review
resumes where it left off. No Textual here: the review screen drives this.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path

EDITABLE = {
    "cloze": ("text",),
    "short": ("prompt", "answer"),
    "numeric": ("prompt", "answer"),
    "choice": ("prompt", "choices", "answer"),
    "truefalse": ("prompt", "answer"),
    "order": ("prompt", "items"),
}
LIST_FIELDS = {"choices", "items"}
SEPARATOR = " | "


class ReviewError(Exception):
    """The pack cannot be reviewed or an edit is not a valid question (one line, for the screen)."""


def state_path(state_dir: Path, pack_path: Path) -> Path:
    digest = hashlib.sha1(str(pack_path.resolve()).encode()).hexdigest()[:10]
    return state_dir / f"{pack_path.stem}-{digest}.json"


def save_context(state_dir: Path, pack_path: Path, questions: list[dict]) -> None:
    """Remember each draft's paragraph (``_paragraph`` from ``draft_questions(with_context=True)``) for the review."""
    paragraphs = {q["id"]: q["_paragraph"] for q in questions if q.get("_paragraph")}
    _write_json(state_path(state_dir, pack_path), {"pack": str(pack_path), "paragraphs": paragraphs, "skipped": [], "position": None})


def _write_json(path: Path, data: dict) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.tmp")
    temporary.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    os.replace(temporary, path)


def field_text(question: dict, name: str) -> str:
    """A field as one line of text for editing (lists joined by " | ")."""
    value = question.get(name, "")
    if name in LIST_FIELDS:
        return SEPARATOR.join(str(v) for v in value or [])
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def with_fields(question: dict, fields: dict[str, str]) -> dict:
    """The question with edited one-line fields put back in their types."""
    out = dict(question)
    for name, text in fields.items():
        text = text.strip()
        if name in LIST_FIELDS:
            out[name] = [part.strip() for part in text.split("|") if part.strip()]
        elif question.get("type") == "truefalse" and name == "answer":
            lowered = text.lower()
            if lowered not in ("true", "false"):
                raise ReviewError("a true/false answer is true or false")
            out[name] = lowered == "true"
        elif question.get("type") == "numeric" and name == "answer":
            try:
                number = float(text.replace(",", ""))
                out[name] = int(number) if number.is_integer() and "." not in text else number
            except ValueError:
                out[name] = text  # "2 billion", "$9.7 billion": the loader checks it
        else:
            out[name] = text
    return out


def _plain(value):
    """The loader's line-numbered mappings and sequences as plain dicts and lists (for dumping back)."""
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, str):
        return str(value)
    return value


@dataclass(slots=True)
class Draft:
    question: dict
    paragraph: str
    status: str  # "pending", "skipped", "accepted", "rejected"


class DraftReview:
    """One draft pack under review."""

    def __init__(self, pack_path: Path, state_dir: Path) -> None:
        from studyapp.packs import PackError, parse_yaml

        self.pack_path = pack_path
        self.state_file = state_path(state_dir, pack_path)
        try:
            text = pack_path.read_text(encoding="utf-8")
            data = parse_yaml(text)
        except (OSError, UnicodeDecodeError) as exc:
            raise ReviewError(f"{pack_path}: cannot read it ({exc})") from None
        except PackError as exc:
            raise ReviewError(f"{pack_path}: {exc}") from None
        if not isinstance(data, dict) or not isinstance(data.get("questions"), list):
            raise ReviewError(f"{pack_path}: not a question pack")
        data = _plain(data)
        self.header = "\n".join(line[2:] for line in text.splitlines() if line.startswith("# ")) or "Reviewed with studyapp."
        self.pack = data
        state = {}
        if self.state_file.exists():
            try:
                state = json.loads(self.state_file.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                state = {}
        self.paragraphs: dict[str, str] = state.get("paragraphs", {}) if isinstance(state.get("paragraphs"), dict) else {}
        skipped = set(state.get("skipped", []) or [])
        self.drafts: list[Draft] = []
        for question in data["questions"]:
            if isinstance(question, dict) and question.get("draft") is True:
                qid = str(question.get("id", ""))
                paragraph = self.paragraphs.get(qid) or str(question.get("explanation", ""))
                self.drafts.append(Draft(question, paragraph, "skipped" if qid in skipped else "pending"))
        self.position = 0
        saved = state.get("position")
        ids = [str(d.question.get("id")) for d in self.drafts]
        if saved in ids:
            self.position = ids.index(saved)
        elif self.drafts:
            self.position = self.next_open(0)

    # --- where we are --------------------------------------------------------------

    @property
    def open_count(self) -> int:
        return sum(1 for d in self.drafts if d.status in ("pending", "skipped"))

    def counts(self) -> dict[str, int]:
        out = {"pending": 0, "skipped": 0, "accepted": 0, "rejected": 0}
        for draft in self.drafts:
            out[draft.status] += 1
        return out

    def next_open(self, start: int) -> int:
        """The next draft still to decide from ``start`` on: pending first, then skipped ones; len(drafts) when none."""
        n = len(self.drafts)
        for wanted in ("pending", "skipped"):
            for step in range(n):
                index = (start + step) % n
                if self.drafts[index].status == wanted:
                    return index
        return n

    @property
    def current(self) -> Draft | None:
        return self.drafts[self.position] if 0 <= self.position < len(self.drafts) else None

    # --- decisions -------------------------------------------------------------------

    def accept(self, fields: dict[str, str] | None = None) -> None:
        """Accept the current draft, with edited fields; it loses ``draft: true`` and is written to the pack."""
        draft = self._current()
        question = with_fields(draft.question, fields) if fields else dict(draft.question)
        question.pop("draft", None)
        self._check(draft.question, question)
        self._replace(draft.question, question)
        draft.question, draft.status = question, "accepted"
        self._advance()

    def reject(self) -> None:
        """Remove the current draft from the pack."""
        draft = self._current()
        self._replace(draft.question, None)
        draft.status = "rejected"
        self._advance()

    def skip(self) -> None:
        """Leave the current draft as a draft and come back to it after the others."""
        draft = self._current()
        draft.status = "skipped"
        self._advance()

    def _current(self) -> Draft:
        draft = self.current
        if draft is None or draft.status in ("accepted", "rejected"):
            raise ReviewError("no draft left to review")
        return draft

    def _advance(self) -> None:
        self.position = self.next_open((self.position + 1) % len(self.drafts)) if self.drafts else 0
        self._save_state()

    def _check(self, before: dict, after: dict) -> None:
        """Refuse an edit the pack loader would refuse, with its one-line message."""
        import tempfile

        from studyapp.importers import render_pack
        from studyapp.packs import load_pack_file

        trial = dict(self.pack)
        trial["questions"] = [after]
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "check.yaml"
            path.write_text(render_pack(trial, "check"), encoding="utf-8")
            _, problems = load_pack_file(path)
        errors = [p for p in problems if p.severity == "error"]
        if errors:
            raise ReviewError(errors[0].message)

    def _replace(self, old: dict, new: dict | None) -> None:
        from studyapp.importers import render_pack, write_atomically

        questions = self.pack["questions"]
        index = next(i for i, q in enumerate(questions) if q is old)
        if new is None:
            del questions[index]
        else:
            questions[index] = new
        write_atomically(self.pack_path, render_pack(self.pack, self.header))

    def _save_state(self) -> None:
        current = self.current
        _write_json(
            self.state_file,
            {
                "pack": str(self.pack_path),
                "paragraphs": self.paragraphs,
                "skipped": [str(d.question.get("id")) for d in self.drafts if d.status == "skipped"],
                "position": str(current.question.get("id")) if current is not None else None,
            },
        )
