"""Importing decks from other tools into a studyapp pack.

Readers turn a file into ``Record`` s (one per row or card, with the fields a
pack needs under canonical names); ``build_pack`` turns records into a pack
mapping and ``render_pack`` into YAML. Readers never stop at a bad row: they
report it with its line (or note id) and carry on; a file whose layout is
unknown or ambiguous is refused whole, with one line saying how to name its
columns.

Question ids are derived from a stable key, never from a position: the note's
GUID for Anki (plus the card template for a note's second card), an ``id``
column when a sheet has one, else the row's front text. Importing the same
file again therefore updates questions in place and their progress survives.

Modules: ``delimited`` (text, separators, rows with their lines), ``layout``
(which column is what), ``sheets`` (headered sheets and term lists),
``anki_text`` (Anki's plain-text export), ``apkg`` (packages and bare
collections), ``records``/``questions`` (fields to questions), ``pack`` (the
pack file), ``text`` (HTML, media, LaTeX), ``model`` (records and limits).
"""

from __future__ import annotations

from pathlib import Path

from studyapp.importers.apkg import SQLITE_MAGIC, STUDYAPP_NOTETYPE_PREFIX, read_apkg, read_collection_file
from studyapp.importers.delimited import read_text
from studyapp.importers.model import MAX_IMPORT_BYTES, MAX_TEXT_BYTES, ImportFailure, ImportResult, Record
from studyapp.importers.pack import (
    IMPORT_MARKER,
    build_pack,
    check_size,
    default_pack_id,
    dump_yaml,
    load_previous,
    pack_destination,
    render_pack,
    write_atomically,
)
from studyapp.importers.questions import build_questions, question_id
from studyapp.importers.records import LIST_SEPARATOR
from studyapp.importers.sheets import read_delimited
from studyapp.importers.text import clean_text, has_math, html_to_text, short_hash, slugify

__all__ = [
    "IMPORT_MARKER", "LIST_SEPARATOR", "MAX_IMPORT_BYTES", "MAX_TEXT_BYTES", "STUDYAPP_NOTETYPE_PREFIX", "ImportFailure",
    "ImportResult", "Record", "build_pack", "build_questions", "check_size", "clean_text", "default_pack_id", "dump_yaml",
    "has_math", "html_to_text", "load_previous", "pack_destination", "question_id", "read_apkg", "read_collection_file",
    "read_delimited", "read_file", "read_text", "render_pack", "short_hash", "slugify", "write_atomically",
]  # fmt: skip

COLLECTION_SUFFIXES = (".anki2", ".anki21", ".anki21b", ".anki", ".sqlite", ".db")


def read_file(path: Path, fmt: str = "auto", delimiter: str | None = None, columns: str | None = None,
              first_card_only: bool = False) -> ImportResult:  # fmt: skip
    """Read any supported file; ``fmt`` forces a reader (auto, apkg, anki-text, sheet, quizlet).

    Every ImportFailure names the file."""
    try:
        return _read(path, fmt, delimiter, columns, first_card_only)
    except ImportFailure as exc:
        if str(exc).startswith((path.name, str(path))):
            raise
        raise ImportFailure(f"{path.name}: {exc}") from None


def _read(path: Path, fmt: str, delimiter: str | None, columns: str | None, first_card_only: bool) -> ImportResult:
    magic = _magic(path)
    if fmt == "apkg" or (fmt == "auto" and (path.suffix.lower() in (".apkg", ".colpkg") or magic.startswith(b"PK\x03\x04"))):
        return read_apkg(path, first_card_only)
    if fmt == "auto" and (magic == SQLITE_MAGIC or path.suffix.lower() in COLLECTION_SUFFIXES):
        if path.suffix.lower() == ".anki21b":
            raise ImportFailure(f"{path.name}: a zstd-compressed collection taken out of a package; import the .apkg or .colpkg it came from")
        return read_collection_file(path, first_card_only)
    return read_delimited(read_text(path), path.name, fmt=fmt, delimiter=delimiter, columns=columns)


def _magic(path: Path) -> bytes:
    try:
        with path.open("rb") as handle:
            return handle.read(16)
    except OSError:
        return b""
