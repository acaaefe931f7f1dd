"""Anki's "Notes in Plain Text" export: ``#separator``, ``#html``, ``#columns`` and the
``#guid/notetype/deck/tags column`` headers that say which column is what."""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from studyapp.importers.delimited import Row, is_blank
from studyapp.importers.model import ImportResult
from studyapp.importers.records import add_record, note_fields

_BRACED = r"(?:[^{}]|\{(?:[^{}]|\{[^{}]*\})*\})"  # text with up to two levels of balanced braces (LaTeX in a deletion)
ANKI_CLOZE = re.compile(r"\{\{c(\d+)::(" + _BRACED + r"*?)(?:::(" + _BRACED + r"*?))?\}\}", re.DOTALL)


def read_anki_text(stream: Iterable[Row], meta: dict[str, str], name: str) -> ImportResult:
    result = ImportResult(format="anki-text", title=Path(name).stem)
    html_fields = meta.get("html", "").strip().lower() == "true"

    def column(key: str) -> int | None:
        value = meta.get(f"{key} column", "").strip()
        return int(value) - 1 if value.isdigit() and 0 < int(value) < 1000 else None

    special = {key: column(key) for key in ("guid", "notetype", "deck", "tags")}
    fixed = {i for i in special.values() if i is not None}
    named = [c.strip() for c in re.split(r"[\t,;|]", meta.get("columns", "")) if c.strip()] if "columns" in meta else []
    expected = max(fixed) + 1 if special["tags"] is not None else None
    described = [f"{key} in column {index + 1}" for key, index in special.items() if index is not None]
    result.layout = "Anki text export" + (f" ({', '.join(described)})" if described else "")
    decks: dict[str, int] = {}
    for row in stream:
        if row.error:
            result.skipped.append(f"line {row.line}: {row.error}")
            continue
        cells = row.cells
        if is_blank(cells):
            continue
        if expected is not None and len(cells) != expected:
            result.skipped.append(f"line {row.line}: {len(cells)} columns where the header announces {expected} (an unquoted separator?)")
            continue
        if max(fixed, default=-1) >= len(cells):
            result.skipped.append(f"line {row.line}: {len(cells)} columns, fewer than the header announces; skipped")
            continue
        values = [v for i, v in enumerate(cells) if i not in fixed]
        notetype = cells[special["notetype"]] if special["notetype"] is not None else meta.get("notetype", "")
        deck = cells[special["deck"]] if special["deck"] is not None else meta.get("deck", "")
        if deck:
            decks[deck] = decks.get(deck, 0) + 1
        tags = (cells[special["tags"]] if special["tags"] is not None else meta.get("tags", "")).split()
        guid = cells[special["guid"]] if special["guid"] is not None else ""
        field_names = [n for i, n in enumerate(named) if i not in fixed] if named else []
        fields = note_fields(notetype, field_names, values)
        cloze = "cloze" in notetype.lower() or bool(ANKI_CLOZE.search(fields.get("prompt", "")))
        key = guid or fields.get("prompt", "")
        where = f"line {row.line}"
        record = add_record(result, where, dict(fields), html_fields, key=key, anki_cloze=cloze, tags=tags, id_from_key=bool(guid))
        result.notes += 1
        result.cards += 1
        if not cloze and _has_reverse(notetype, values, field_names):
            reverse = {**record.fields, "prompt": record.fields.get("answer", ""), "answer": record.fields.get("prompt", "")}
            add_record(result, where, reverse, False, key=record.key, tags=tags, id_from_key=bool(guid), suffix="-card2")
            result.cards += 1
    if decks:
        from studyapp.importers.apkg import deck_title

        result.title = deck_title(max(decks, key=decks.get))
    return result


def _has_reverse(notetype: str, values: list[str], names: list[str]) -> bool:
    """Anki's "Basic (and reversed card)" always has a second card; "(optional reversed card)" when its third field is filled."""
    kind = notetype.lower()
    if "optional reversed" in kind:
        return len(values) > 2 and bool(values[2].strip())
    return "reversed" in kind
