"""Sheets and term lists: a header row, ``--columns``, or the plain headerless shapes.

Rows are read as a stream: the layout is settled from the first rows, and the
text read is counted against the pack limit as it comes, so a million-row
file is refused after a few megabytes instead of after minutes.
"""

from __future__ import annotations

import itertools
from pathlib import Path

from studyapp.importers import delimited, layout as layouts
from studyapp.importers.model import ImportFailure, ImportResult
from studyapp.importers.records import add_record

SAMPLE_ROWS = 200
"""Rows looked at to settle a headerless layout (its width and a tags column)."""


def read_delimited(text: str, name: str, fmt: str = "auto", delimiter: str | None = None, columns: str | None = None) -> ImportResult:
    """CSV/TSV in its common shapes: Anki text export, a sheet with a header row, or a term list."""
    parsed = delimited.split_meta(text)
    if fmt == "auto":
        fmt = "anki-text" if parsed.meta and not columns else "sheet"
    if "separator" in parsed.meta:
        raw = parsed.meta["separator"].strip()
        delimiter = delimiter or delimited.SEPARATOR_NAMES.get(raw.lower(), raw[:1] or "\t")
    delimiter = delimiter or delimited.sniff_delimiter(parsed.body, name)
    stream = delimited.rows(parsed.body, delimiter, parsed.first_line)
    if fmt == "anki-text":
        from studyapp.importers.anki_text import read_anki_text

        return read_anki_text(stream, parsed.meta, name)
    if fmt not in ("sheet", "quizlet"):
        raise ImportFailure(f"unknown import format {fmt!r}")
    return read_sheet(stream, name, delimiter, fmt, columns)


def read_sheet(stream, name: str, delimiter: str, fmt: str = "sheet", columns: str | None = None) -> ImportResult:
    result = ImportResult(format=fmt, title=Path(name).stem)
    head = list(itertools.islice(stream, SAMPLE_ROWS))
    readable = [row for row in head if not row.error and not delimited.is_blank(row.cells)]
    first = readable[0] if readable else None
    if columns:
        layout = layouts.from_option(columns, name, first.cells if first else None)
    elif fmt == "quizlet" or first is None:
        layout = layouts.headerless([r.cells for r in readable], name, first.line if first else 1) if first else layouts.Layout(("prompt", "answer"), False, "empty")
    else:
        layout = layouts.from_header(first.cells, name) or layouts.headerless(_common_width(readable), name, first.line)
    header_row = first.cells if (first and layout.header) else None
    result.layout = layout.describe(header_row)
    result.format = "sheet" if layout.header else ("quizlet" if layout.roles[:2] == ("prompt", "answer") and not columns else "sheet")
    width = len(layout.roles)
    for row in itertools.chain(head, stream):
        if row.error:
            result.skipped.append(f"line {row.line}: {row.error}")
            continue
        if row is first and layout.header or delimited.is_blank(row.cells):
            continue
        cells = row.cells
        if len(cells) > width and any(c.strip() for c in cells[width:]):
            result.skipped.append(f"line {row.line}: {len(cells)} columns where the {'header has' if layout.header else 'file has'} {width} (an unquoted separator?); skipped")
            continue
        if row.end > row.line and _swallowed_rows(cells, delimiter, width):
            result.skipped.append(f"line {row.line}: a quoted field runs on to line {row.end} over what look like whole rows (an unbalanced quote?); skipped")
            continue
        if not layout.header and not columns and len(cells) < 2:
            result.skipped.append(f"line {row.line}: no separator between term and definition")
            continue
        add_record(result, f"line {row.line}", _fields(layout, cells), html_fields=None)
    return result


def _swallowed_rows(cells: list[str], delimiter: str, width: int) -> bool:
    """True when a multi-line cell holds lines with a row's worth of separators: rows merged by a stray quote."""
    needed = max(1, width - 1)
    return any(line.count(delimiter) >= needed for cell in cells if "\n" in cell for line in cell.split("\n")[1:])


def _common_width(rows: list[delimited.Row]) -> list[list[str]]:
    """The rows of the most common width (a stray three-column row does not make a file three columns wide)."""
    widths: dict[int, int] = {}
    for row in rows:
        widths[len(row.cells)] = widths.get(len(row.cells), 0) + 1
    if not widths:
        return []
    common = max(sorted(widths), key=lambda w: widths[w])
    return [row.cells for row in rows if len(row.cells) == common]


def _fields(layout: layouts.Layout, cells: list[str]) -> dict[str, str | list[str]]:
    """A row's cells under their roles; option columns become lists, tags columns are merged."""
    fields: dict[str, str | list[str]] = {}
    for index, role in enumerate(layout.roles):
        if role == "ignore":
            continue
        value = cells[index] if index < len(cells) else ""
        if role in ("choice", "wrong"):
            listed = fields.setdefault("options" if role == "choice" else "wrong", [])
            assert isinstance(listed, list)
            if value.strip():
                listed.append(value)
        elif role == "tags":
            fields["tags"] = " ".join(filter(None, [str(fields.get("tags", "")), value]))
        else:
            fields[role] = value
    return fields
