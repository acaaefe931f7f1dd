"""A row or note's fields, cleaned into a ``Record``: HTML to text, media noted, text counted."""

from __future__ import annotations

from studyapp.importers.model import ImportResult, Record
from studyapp.importers.text import LOOKS_HTML, clean_text, html_to_text

LIST_SEPARATOR = " | "
"""How list fields (choices, accept, items) are joined in one spreadsheet cell."""


def add_record(result: ImportResult, where: str, fields: dict[str, str | list[str]], html_fields: bool | None, *, key: str = "",
               anki_cloze: bool = False, tags: list[str] | None = None, id_from_key: bool = False, suffix: str = "") -> Record:  # fmt: skip
    """Clean ``fields`` (HTML when ``html_fields``, or when it is None and a field looks like HTML) and keep the record.

    List fields (option columns) are cleaned one option at a time and joined with new lines.
    """
    if html_fields is None:
        html_fields = any(LOOKS_HTML.search(v) for value in fields.values() for v in (value if isinstance(value, list) else [value]))
    clean: dict[str, str] = {}
    for name, value in fields.items():
        if isinstance(value, list):
            cleaned = [_clean(v, html_fields, result).replace("\n", " ") for v in value]
            clean[name] = "\n".join(c for c in cleaned if c)
        else:
            clean[name] = _clean(value, html_fields, result)
    result.count_text(*clean.values())
    if not id_from_key:
        key = clean.get("id") or clean.get("prompt") or clean.get("text") or key
    record = Record(where, key.strip(), clean, anki_cloze, list(tags or []), id_from_key, suffix)
    result.records.append(record)
    return record


def _clean(value: str, html: bool, result: ImportResult) -> str:
    text, media = html_to_text(value) if html else clean_text(value)
    result.media.extend(media)
    return text


def note_fields(notetype: str, names: list[str], values: list[str], keep_extras: bool = True) -> dict[str, str]:
    """Map an Anki note's fields to canonical names: by field name when known, else by position.

    Unknown fields are kept as explanation text unless ``keep_extras`` is off
    (studyapp's own note types, whose other fields are display-only)."""
    from studyapp.importers.layout import ALIASES

    fields: dict[str, str] = {}
    extras: list[str] = []
    for index, value in enumerate(values):
        name = " ".join(names[index].lower().split()) if index < len(names) else ""
        if name == "add reverse":  # Anki's switch for the optional reverse card, not content
            continue
        canonical = ALIASES.get(name)
        if canonical in ("ignore", "tags"):
            canonical = None
        if canonical is None and name in ("text",):
            canonical = "prompt"
        if canonical is None:
            canonical = ("prompt", "answer")[index] if index < 2 and not names else None
        if canonical and canonical not in fields:
            fields[canonical] = value
        elif value.strip() and keep_extras:
            extras.append(value)
    if "text" in fields and "prompt" not in fields:
        fields["prompt"] = fields.pop("text")
    if "cloze" in notetype.lower() and "answer" in fields:  # a cloze note's second field is its "Back Extra"
        extras.insert(0, fields.pop("answer"))
    if extras:
        fields["explanation"] = "\n".join(filter(None, [fields.get("explanation", "")] + extras))
    return fields
