"""Delimited text: reading the file within limits, the separator, rows with their lines.

Quoting is read strictly: a quote that is never closed, or text after a
closing quote, is reported with the line where the quote opened instead of
silently merging the following rows into one question.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from studyapp.importers.model import MAX_TEXT_BYTES, ImportFailure

SEPARATOR_NAMES = {"tab": "\t", "comma": ",", "semicolon": ";", "space": " ", "pipe": "|", "colon": ":"}
_META = re.compile(r"#([\w ]+):(.*)")


def read_text(path: Path) -> str:
    """The file as text; refuses huge and non-UTF-8 files with one line."""
    try:
        size = path.stat().st_size
        if size > MAX_TEXT_BYTES:
            raise ImportFailure(f"{path.name}: {size // 1024 // 1024} MiB of text is too big to import (limit {MAX_TEXT_BYTES // 1024 // 1024} MiB; a pack holds at most 5 MiB)")
        with path.open("rb") as stream:
            data = stream.read(MAX_TEXT_BYTES + 1)  # the file may grow after stat()
    except OSError as exc:
        raise ImportFailure(f"{path}: {exc.strerror or exc}") from None
    if len(data) > MAX_TEXT_BYTES:
        raise ImportFailure(f"{path.name}: over {MAX_TEXT_BYTES // 1024 // 1024} MiB of text, too big to import")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise ImportFailure(f"{path.name}:{line}: not UTF-8 text (byte {exc.start}); save the file as UTF-8 and try again") from None


@dataclass(slots=True)
class Text:
    """A delimited file split into its ``#key:value`` header lines and its body."""

    meta: dict[str, str]
    body: str
    first_line: int  # physical line the body starts on


def split_meta(text: str) -> Text:
    """Anki's text export starts with ``#separator:tab``, ``#html:true``... lines; other ``#`` lines are comments."""
    meta: dict[str, str] = {}
    position = 0
    line_number = 1
    while text.startswith("#", position):
        end = text.find("\n", position)
        end = len(text) if end < 0 else end + 1
        match = _META.match(text[position:end].rstrip("\r\n"))
        if match:
            meta[match.group(1).strip().lower()] = match.group(2)
        position = end
        line_number += 1
    return Text(meta, text[position:], line_number)


def sniff_delimiter(body: str, name: str) -> str:
    """Tab for .tsv and for text where most lines have one; else comma or semicolon, whichever the first lines use more."""
    sample = [line for line in body[:64 * 1024].splitlines()[:20] if line.strip()]
    suffix = Path(name).suffix.lower()
    if suffix == ".tsv" or (suffix != ".csv" and sum("\t" in line for line in sample) * 2 >= max(1, len(sample))):
        return "\t"
    head = sample[:3]
    commas = sum(line.count(",") for line in head)
    semicolons = sum(line.count(";") for line in head)
    return ";" if semicolons > commas else ","


@dataclass(slots=True)
class Row:
    line: int  # the physical line the row starts on
    end: int  # the physical line it ends on
    cells: list[str]
    error: str = ""  # set when the quoting is broken; ``cells`` is then empty


def rows(body: str, delimiter: str, first_line: int) -> Iterator[Row]:
    """Rows with the lines they span; quoted fields may hold new lines and separators."""
    reader = csv.reader(_lines(body), delimiter=delimiter, quotechar='"', doublequote=True, strict=True)
    start = 1
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            end = reader.line_num
            message = str(exc)
            if "unexpected end of data" in message:
                error = f"a quote opened here is never closed; lines {start + first_line - 1}-{end + first_line - 1} skipped"
            elif "expected after" in message:
                error = f"text after a closing quote on line {end + first_line - 1} (an unbalanced quote?); lines {start + first_line - 1}-{end + first_line - 1} skipped"
            else:
                error = f"unreadable row: {message}"
            yield Row(start + first_line - 1, end + first_line - 1, [], error)
            start = end + 1
            continue
        end = reader.line_num
        yield Row(start + first_line - 1, end + first_line - 1, cells)
        start = end + 1


def _lines(text: str) -> Iterator[str]:
    """The lines of ``text`` with their endings, one at a time: no copy of a big file in memory."""
    position, size = 0, len(text)
    while position < size:
        end = text.find("\n", position)
        cr = text.find("\r", position, end if end >= 0 else size)
        if cr >= 0 and (end < 0 or cr + 1 < end):  # a lone \r ends a line too (old Mac files)
            end = cr
        end = size if end < 0 else end + 1
        yield text[position:end]
        position = end


def is_blank(cells: list[str]) -> bool:
    return not any(cell.strip() for cell in cells)
