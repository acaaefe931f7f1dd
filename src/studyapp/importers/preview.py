"""One import, planned before anything is written: the pack, its text, the counts, a preview.

Shared by ``studyapp import`` (and its ``--dry-run``) and the TUI's import
screen, so both show the same questions and the same summary.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from studyapp.importers.model import ImportFailure, ImportResult


@dataclass(slots=True)
class ImportPlan:
    source: Path
    destination: Path
    result: ImportResult
    pack: dict
    counts: dict[str, int]
    text: str

    def counts_text(self) -> str:
        c = self.counts
        total = len(self.pack["questions"])
        return (
            f"{total} question(s): {c['added']} new, {c['updated']} updated, {c['unchanged']} unchanged, {c['removed']} removed; "
            f"{len(self.result.skipped)} skipped"
        )

    def summary_lines(self) -> list[str]:
        """What was read and what was left out, before the counts."""
        r = self.result
        lines = []
        if r.layout:
            lines.append(f"read as {r.layout}")
        if r.notes:
            lines.append(f"{r.notes} note(s), {r.cards} card(s) -> {len(self.pack['questions'])} question(s)")
        lines.extend(f"{self.source.name}: {m}" for m in r.notices)
        if r.media:
            shown = ", ".join(r.media[:5]) + (", ..." if len(r.media) > 5 else "")
            lines.append(f"media skipped ({len(r.media)} file(s); studyapp shows text only): {shown}")
        if r.sources:
            lines.append(f"sources restored from the package: {', '.join(s.get('title') or s['key'] for s in r.sources)}")
        return lines


def plan_import(source: Path, folder: Path, existing: Iterable[tuple[str, Path]], *, pack_id: str | None = None, title: str | None = None,
                fmt: str = "auto", delimiter: str | None = None, columns: str | None = None, first_card_only: bool = False,
                category: str = "concept", force: bool = False) -> ImportPlan:  # fmt: skip
    """Read ``source`` and build the pack it would write into ``folder``; writes nothing."""
    from studyapp.importers import build_pack, check_size, default_pack_id, load_previous, pack_destination, read_file, render_pack
    from studyapp.packs import CATEGORIES, display_path

    if category not in CATEGORIES:
        raise ImportFailure(f"unknown category {category!r} (one of {', '.join(CATEGORIES)})")
    result = read_file(source, fmt, delimiter, columns=columns, first_card_only=first_card_only)
    pack_id = pack_id or default_pack_id(source)
    destination = pack_destination(folder, pack_id)
    for other_id, other_path in existing:
        if other_id == pack_id and Path(other_path).resolve() != destination:
            raise ImportFailure(f"pack id '{pack_id}' is already used by {display_path(other_path)}; choose another with --id")
    previous = None if force else load_previous(destination)
    pack, counts = build_pack(result, pack_id, title or result.title or pack_id, source.name, previous, category)
    if not pack["questions"]:
        first = f": {result.skipped[0]}" if result.skipped else ""
        raise ImportFailure(f"{source.name}: nothing to import ({len(result.skipped)} row(s) skipped{first})")
    header = (
        f"Imported by studyapp from {source.name} ({result.format}).\n"
        "Importing the same file again rewrites this file. Question ids come from the notes/rows,\n"
        "so progress is kept; categories, accepted answers, units and explanations you add here are kept too."
    )
    text = render_pack(pack, header)
    check_size(text, source.name)
    return ImportPlan(source, destination, result, pack, counts, text)


def preview_lines(questions: list[dict], limit: int) -> list[str]:
    """The first questions as they will be asked: type, prompt, options and answer, one block each."""
    lines: list[str] = []
    for number, q in enumerate(questions[:limit], 1):
        prompt = _short((q.get("prompt") or q.get("text") or "").replace("\n", " / "))
        lines.append(f"{number}. [{q['type']}] {prompt}")
        if q.get("choices"):
            lines.append("   options: " + " | ".join(q["choices"]))
        if q["type"] == "cloze" and q.get("prompt"):
            lines.append(f"   text: {q['text']}")
        if "answer" in q:
            answer = q["answer"]
            shown = " | ".join(answer) if isinstance(answer, list) else ("true" if answer is True else "false" if answer is False else str(answer))
            lines.append(f"   answer: {_short(shown.replace(chr(10), ' / '))}")
        if q.get("items"):
            lines.append("   order: " + " -> ".join(q["items"]))
        if q.get("tags"):
            lines.append("   tags: " + " ".join(q["tags"]))
    if len(questions) > limit:
        lines.append(f"... and {len(questions) - limit} more")
    return lines


def _short(text: str, limit: int = 200) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
