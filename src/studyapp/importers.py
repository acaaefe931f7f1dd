"""Importing decks from other tools into a studyapp pack.

Readers turn a file into ``Record`` s (one per row or note, with the fields a
pack needs under canonical names); ``build_pack`` turns records into a pack
mapping and ``render_pack`` into YAML. Readers never stop at a bad row: they
report it with its line (or note id) and carry on.

Question ids are derived from a stable key, never from a position: the note's
GUID for Anki, an ``id`` column when a sheet has one, else the row's front
text. Importing the same file again therefore updates questions in place and
their progress survives; changing a card's front in a sheet starts it fresh.

Formats: delimited text (Anki's "Notes in Plain Text" export with its
``#separator:``/``#html:`` headers, Quizlet's term/definition export, a sheet
with a header row, studyapp's own CSV export) and Anki packages (``.apkg``,
legacy ``collection.anki2``/``collection.anki21`` and the current
zstd-compressed ``collection.anki21b``), read with zipfile and sqlite3.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re
import sqlite3
import tempfile
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import yaml

from studyapp.packs import CATEGORIES, ID_PATTERN, TYPES

MAX_IMPORT_BYTES = 200 * 1024 * 1024
"""A deck bigger than this (or a collection that unpacks bigger) is refused."""
IMPORT_MARKER = "# Imported by studyapp"
"""First line of every imported pack: only such files are rewritten on re-import."""
LIST_SEPARATOR = " | "
STUDYAPP_NOTETYPE_PREFIX = "studyapp:"
"""Note types written by ``studyapp export``; their hidden fields restore ids and types."""
"""How list fields (choices, accept, items) are joined in one spreadsheet cell."""

SHEET_COLUMNS = {
    "id": ("id", "question id", "key"),
    "type": ("type",),
    "category": ("category",),
    "prompt": ("prompt", "question", "front", "term", "q", "word"),
    "answer": ("answer", "back", "definition", "a", "meaning"),
    "accept": ("accept", "alternatives", "also accept"),
    "choices": ("choices", "options"),
    "text": ("text", "cloze"),
    "items": ("items",),
    "unit": ("unit",),
    "explanation": ("explanation", "extra", "back extra", "notes", "note", "comment", "comments"),
    "source": ("source", "locator"),
    "tags": ("tags", "tag"),
    "original": ("original",),
}
_HEADER_ALIASES = {alias: name for name, aliases in SHEET_COLUMNS.items() for alias in aliases}
_ANKI_SEPARATORS = {"tab": "\t", "comma": ",", "semicolon": ";", "space": " ", "pipe": "|", "colon": ":"}
_ANKI_CLOZE = re.compile(r"\{\{c(\d+)::(.*?)(?:::(.*?))?\}\}", re.DOTALL)
_SOUND = re.compile(r"\[sound:([^\]]+)\]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_LOOKS_HTML = re.compile(r"<\s*(br|div|p|b|i|u|strong|em|span|img|ul|ol|li|sub|sup|font|a)\b[^>]*>|&(nbsp|amp|lt|gt|quot|#\d+);", re.I)


class ImportFailure(Exception):
    """The whole file cannot be imported (unreadable, not a deck, unsafe)."""


@dataclass(slots=True)
class Record:
    """One row or note, with canonical field names (see ``SHEET_COLUMNS``)."""

    where: str  # "line 12" or "note 1795…"
    key: str  # stable identity: GUID, id column or front text
    fields: dict[str, str]
    anki_cloze: bool = False
    tags: list[str] = field(default_factory=list)
    id_from_key: bool = False  # True when ``key`` is an opaque GUID: the id is a hash of it


@dataclass(slots=True)
class ImportResult:
    format: str
    title: str
    records: list[Record] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    media: list[str] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)


# --- HTML ---------------------------------------------------------------------


class _TextExtractor(HTMLParser):
    _BLOCKS = {"br", "p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "table", "blockquote", "hr"}
    _SKIP = {"script", "style", "head", "title"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.media: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in self._SKIP:
            self._skip += 1
        elif tag in self._BLOCKS:
            self.parts.append("\n")
        if tag in ("img", "audio", "video", "source", "embed", "object"):
            src = dict(attrs).get("src") or dict(attrs).get("data")
            if src:
                self.media.append(src)

    def handle_endtag(self, tag):
        if tag in self._SKIP:
            self._skip = max(0, self._skip - 1)
        elif tag in self._BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self._skip:
            self.parts.append(data.replace("\r", " ").replace("\n", " "))  # in HTML only <br> and blocks break lines


def html_to_text(value: str) -> tuple[str, list[str]]:
    """Plain text of an HTML field, one line per block, and the media it refers to."""
    parser = _TextExtractor()
    parser.feed(value)
    parser.close()
    text, media = clean_text("".join(parser.parts))
    return text, parser.media + media


def clean_text(value: str) -> tuple[str, list[str]]:
    """Remove ``[sound:...]`` tags (returned as media) and tidy whitespace per line."""
    media = _SOUND.findall(value)
    value = _CONTROL.sub("", _SOUND.sub(" ", value)).replace("\xa0", " ").replace("\r\n", "\n").replace("\r", "\n")
    lines = [" ".join(line.split()) for line in value.split("\n")]
    return "\n".join(line for line in lines if line), media


# --- ids and small helpers ----------------------------------------------------


def slugify(text: str, max_length: int = 40) -> str:
    """A readable id fragment: lowercase ASCII words joined by ``-``."""
    import unicodedata

    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    words = re.findall(r"[a-z0-9]+", folded)
    slug = ""
    for word in words:
        candidate = f"{slug}-{word}" if slug else word
        if len(candidate) > max_length:
            break
        slug = candidate
    return slug or (words[0][:max_length] if words else "")


def short_hash(text: str, length: int = 8) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:length]


def question_id(record: Record, suffix: str = "") -> str:
    """A stable id: a hash of the GUID for Anki notes, else a slug of the front plus a hash of its key."""
    given = record.fields.get("id", "").strip()
    if given and ID_PATTERN.match(given):
        return given
    if record.id_from_key:
        return f"anki-{short_hash(record.key, 10)}{suffix}"
    from studyapp.grading import normalise

    key = normalise(record.key) or record.key
    slug = slugify(record.fields.get("prompt", "") or record.key, 40) or "q"
    return f"{slug}-{short_hash(key, 6)}{suffix}"


def default_pack_id(path: Path) -> str:
    """A pack id from a file name; never contains a path separator."""
    slug = slugify(path.stem, 60)
    return slug if slug and ID_PATTERN.match(slug) else "imported"


def pack_destination(folder: Path, pack_id: str) -> Path:
    """The file for ``pack_id`` inside ``folder``; refuses ids that would land anywhere else."""
    if not isinstance(pack_id, str) or not ID_PATTERN.match(pack_id) or pack_id in (".", ".."):
        raise ImportFailure(f"{pack_id!r} is not a valid pack id (letters, digits, - _ . ; starting with a letter or digit)")
    folder = folder.resolve()
    target = (folder / f"{pack_id}.yaml").resolve()
    if target.parent != folder:
        raise ImportFailure(f"pack id {pack_id!r} would write outside {folder}")
    return target


def _split_list(value: str) -> list[str]:
    if not value.strip():
        return []
    parts = value.split(LIST_SEPARATOR.strip()) if LIST_SEPARATOR.strip() in value else value.split("\n")
    return [p.strip() for p in parts if p.strip()]


def _read_text(path: Path) -> str:
    try:
        size = path.stat().st_size
        if size > MAX_IMPORT_BYTES:
            raise ImportFailure(f"{path.name}: {size // 1024 // 1024} MiB is too big to import")
        data = path.read_bytes()
    except OSError as exc:
        raise ImportFailure(f"{path}: {exc.strerror or exc}") from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise ImportFailure(f"{path.name}:{line}: not UTF-8 text (byte {exc.start}); save the file as UTF-8 and try again") from None


# --- delimited text -----------------------------------------------------------


def read_file(path: Path, fmt: str = "auto", delimiter: str | None = None) -> ImportResult:
    """Read any supported file; ``fmt`` forces a reader (auto, apkg, anki-text, sheet, quizlet)."""
    if fmt == "apkg" or (fmt == "auto" and (path.suffix.lower() in (".apkg", ".colpkg") or _is_zip(path))):
        return read_apkg(path)
    return read_delimited(_read_text(path), path.name, fmt=fmt, delimiter=delimiter)


def _is_zip(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(4) == b"PK\x03\x04"
    except OSError:
        return False


def read_delimited(text: str, name: str, fmt: str = "auto", delimiter: str | None = None) -> ImportResult:
    """CSV/TSV in its three common shapes: Anki text export, a sheet with a header row, or Quizlet."""
    lines = text.splitlines(keepends=True)
    headers: dict[str, str] = {}
    first_data = 0
    for index, line in enumerate(lines):
        if not line.startswith("#"):
            break
        match = re.match(r"#([\w ]+):(.*)", line.rstrip("\r\n"))
        if match:
            headers[match.group(1).strip().lower()] = match.group(2)
        first_data = index + 1
    if fmt == "auto":
        fmt = "anki-text" if headers else ""
    html_fields = headers.get("html", "").strip().lower() == "true"
    if "separator" in headers:
        raw = headers["separator"].strip()
        delimiter = delimiter or _ANKI_SEPARATORS.get(raw.lower(), raw[:1] or "\t")
    body = "".join(lines[first_data:])
    delimiter = delimiter or _sniff_delimiter(body, name)
    rows = list(_csv_rows(body, delimiter, first_data))
    if not fmt:
        header_row = rows[0][1] if rows else []
        fmt = "sheet" if _sheet_header(header_row) else "quizlet"
    result = ImportResult(format=fmt, title=Path(name).stem)
    if fmt == "anki-text":
        _anki_text_records(rows, headers, html_fields, result)
    elif fmt == "sheet":
        _sheet_records(rows, result)
    elif fmt == "quizlet":
        _quizlet_records(rows, result)
    else:
        raise ImportFailure(f"unknown import format {fmt!r}")
    return result


def _sniff_delimiter(body: str, name: str) -> str:
    """Tab for .tsv and for text where most lines have one; else comma or semicolon, whichever the first lines use more."""
    sample = [line for line in body.splitlines()[:20] if line.strip()]
    suffix = Path(name).suffix.lower()
    if suffix == ".tsv" or (suffix != ".csv" and sum("\t" in line for line in sample) * 2 >= max(1, len(sample))):
        return "\t"
    head = sample[:3]
    commas = sum(line.count(",") for line in head)
    semicolons = sum(line.count(";") for line in head)
    return ";" if semicolons > commas else ","


def _csv_rows(body: str, delimiter: str, line_offset: int) -> Iterator[tuple[int, list[str]]]:
    """Rows with the physical line each starts on; quoted fields may hold newlines and separators."""
    reader = csv.reader(io.StringIO(body, newline=""), delimiter=delimiter, quotechar='"', doublequote=True, strict=False)
    start = 1
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:  # e.g. a NUL byte
            yield start + line_offset, [f"\x00csv error: {exc}"]
            start = reader.line_num + 1
            continue
        yield start + line_offset, row
        start = reader.line_num + 1


def _sheet_header(row: list[str]) -> dict[str, int] | None:
    """Column positions when ``row`` is a header naming at least a prompt and an answer."""
    cells = [" ".join(c.strip().lower().split()) for c in row]
    names = [_HEADER_ALIASES.get(c) for c in cells]
    if any(n is None and c for n, c in zip(names, cells)):
        return None
    columns = {n: i for i, n in reversed(list(enumerate(names))) if n}
    if "prompt" in columns and ("answer" in columns or "text" in columns or "items" in columns):
        return columns
    if "text" in columns:
        return columns
    return None


def _field(row: list[str], columns: dict[str, int], name: str) -> str:
    index = columns.get(name)
    return row[index] if index is not None and index < len(row) else ""


def _sheet_records(rows: list[tuple[int, list[str]]], result: ImportResult) -> None:
    (_, header), data = rows[0], rows[1:]
    columns = _sheet_header(header) or {}
    for line, row in data:
        if _blank(row):
            continue
        if _csv_broken(row, line, result):
            continue
        fields = {name: _field(row, columns, name) for name in columns}
        html_fields = any(_LOOKS_HTML.search(v) for v in fields.values())
        _add_record(result, f"line {line}", fields, html_fields, key=fields.get("prompt") or fields.get("text", ""))


def _quizlet_records(rows: list[tuple[int, list[str]]], result: ImportResult) -> None:
    for line, row in rows:
        if _blank(row):
            continue
        if _csv_broken(row, line, result):
            continue
        if len(row) < 2:
            result.skipped.append(f"line {line}: no separator between term and definition")
            continue
        fields = {"prompt": row[0], "answer": row[1]}
        if len(row) > 2 and any(c.strip() for c in row[2:]):
            fields["explanation"] = "\n".join(c for c in row[2:] if c.strip())
        html_fields = any(_LOOKS_HTML.search(v) for v in fields.values())
        _add_record(result, f"line {line}", fields, html_fields, key=row[0])


def _anki_text_records(rows: list[tuple[int, list[str]]], headers: dict[str, str], html_fields: bool, result: ImportResult) -> None:
    def column(name: str) -> int | None:
        value = headers.get(f"{name} column", "").strip()
        return int(value) - 1 if value.isdigit() and int(value) > 0 else None

    special = {name: column(name) for name in ("guid", "notetype", "deck", "tags")}
    fixed = {i for i in special.values() if i is not None}
    named = [c.strip() for c in re.split(r"[\t,;|]", headers.get("columns", "")) if c.strip()] if "columns" in headers else []
    expected = max(fixed) + 1 if special["tags"] is not None else None
    decks: dict[str, int] = {}
    for line, row in rows:
        if _blank(row):
            continue
        if _csv_broken(row, line, result):
            continue
        if expected is not None and len(row) != expected:
            result.skipped.append(f"line {line}: {len(row)} columns where the header announces {expected} (an unquoted separator?)")
            continue
        values = [v for i, v in enumerate(row) if i not in fixed]
        notetype = row[special["notetype"]] if special["notetype"] is not None else headers.get("notetype", "")
        deck = row[special["deck"]] if special["deck"] is not None else headers.get("deck", "")
        if deck:
            decks[deck] = decks.get(deck, 0) + 1
        tags = (row[special["tags"]] if special["tags"] is not None else headers.get("tags", "")).split()
        guid = row[special["guid"]] if special["guid"] is not None else ""
        field_names = [n for i, n in enumerate(named) if i not in fixed] if named else []
        fields = _note_fields(notetype, field_names, values)
        cloze = "cloze" in notetype.lower() or bool(_ANKI_CLOZE.search(fields.get("prompt", "")))
        key = guid or fields.get("prompt", "")
        _add_record(result, f"line {line}", fields, html_fields, key=key, anki_cloze=cloze, tags=tags, id_from_key=bool(guid))
    if decks:
        result.title = _deck_title(max(decks, key=decks.get))


def _blank(row: list[str]) -> bool:
    return not any(cell.strip() for cell in row)


def _csv_broken(row: list[str], line: int, result: ImportResult) -> bool:
    if row and row[0].startswith("\x00csv error:"):
        result.skipped.append(f"line {line}: {row[0][1:]}")
        return True
    return False


def _note_fields(notetype: str, names: list[str], values: list[str], keep_extras: bool = True) -> dict[str, str]:
    """Map a note's fields to canonical names: by field name when known, else by position.

    Unknown fields are kept as explanation text unless ``keep_extras`` is off
    (studyapp's own note types, whose other fields are display-only)."""
    fields: dict[str, str] = {}
    extras: list[str] = []
    for index, value in enumerate(values):
        name = " ".join(names[index].lower().split()) if index < len(names) else ""
        canonical = _HEADER_ALIASES.get(name)
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


def _deck_title(deck: str) -> str:
    return deck.replace("\x1f", "::").split("::")[-1].strip() or deck


# --- records -> questions -----------------------------------------------------


def _add_record(result: ImportResult, where: str, fields: dict[str, str], html_fields: bool, *, key: str,
                anki_cloze: bool = False, tags: list[str] | None = None, id_from_key: bool = False) -> None:  # fmt: skip
    clean: dict[str, str] = {}
    for name, value in fields.items():
        if html_fields:
            value, media = html_to_text(value)
        else:
            value, media = clean_text(value)
        for item in media:
            result.media.append(item)
        clean[name] = value
    if not id_from_key:
        key = clean.get("id") or clean.get("prompt") or clean.get("text") or key
    result.records.append(Record(where, key.strip(), clean, anki_cloze, list(tags or []), id_from_key))


def build_questions(result: ImportResult, default_category: str = "concept", source_key: str = "import") -> list[dict]:
    """Turn records into question mappings; bad records go to ``result.skipped``."""
    questions: list[dict] = []
    seen: dict[str, str] = {}
    for record in result.records:
        try:
            made = _questions_of(record, default_category, source_key)
        except _BadRecord as exc:
            result.skipped.append(f"{record.where}: {exc}")
            continue
        for question in made:
            if question["id"] in seen:
                result.skipped.append(f"{record.where}: same question as {seen[question['id']]}; skipped")
                continue
            seen[question["id"]] = record.where
            questions.append(question)
    return questions


class _BadRecord(Exception):
    pass


def _questions_of(record: Record, default_category: str, source_key: str) -> list[dict]:
    f = record.fields
    qtype = f.get("type", "").strip().lower()
    if qtype and qtype not in TYPES:
        raise _BadRecord(f"unknown type {qtype!r}")
    if qtype == "cloze" and "{{" in f.get("original", ""):  # read back from studyapp's own export
        f = record.fields = {**f, "text": f["original"]}
    elif record.anki_cloze or (not qtype and _ANKI_CLOZE.search(f.get("prompt", ""))):
        return _anki_cloze_questions(record, default_category, source_key)
    prompt = f.get("prompt", "").strip()
    if qtype == "cloze" or (not qtype and f.get("text", "").strip() and not f.get("answer")):
        qtype = "cloze"
    if qtype != "cloze" and not prompt:
        raise _BadRecord("empty front/prompt; skipped")
    question: dict[str, Any] = {"id": question_id(record)}
    answer = "; ".join(line.strip() for line in f.get("answer", "").split("\n") if line.strip())
    if not qtype:
        qtype = "numeric" if _is_number(answer) else "short"
    question["type"] = qtype
    if qtype == "cloze":
        text = " ".join((f.get("text") or prompt).split())
        if "{{" not in text:
            raise _BadRecord("cloze text has no {{gaps}}; skipped")
        if prompt and f.get("text"):
            question["prompt"] = prompt
        question["text"] = text
    else:
        question["prompt"] = prompt
    if qtype in ("short", "numeric", "choice", "truefalse") and not answer:
        raise _BadRecord("empty back/answer; skipped")
    if qtype == "short":
        question["answer"] = answer
    elif qtype == "numeric":
        if not _is_number(answer):
            raise _BadRecord(f"numeric answer {answer!r} is not a number; skipped")
        question["answer"] = _plain_number(answer)
        if f.get("unit", "").strip():
            question["unit"] = f["unit"].strip()
    elif qtype == "choice":
        choices = _split_list(f.get("choices", ""))
        answers = _split_list(f.get("answer", ""))
        if not 2 <= len(choices) <= 8 or not answers or any(a not in choices for a in answers):
            raise _BadRecord("choice needs 2-8 choices that include the answer; skipped")
        question["choices"] = choices
        question["answer"] = answers[0] if len(answers) == 1 else answers
    elif qtype == "truefalse":
        value = answer.strip().lower()
        if value not in ("true", "false", "t", "f", "yes", "no"):
            raise _BadRecord(f"true/false answer {answer!r} is neither; skipped")
        question["answer"] = value in ("true", "t", "yes")
    elif qtype == "order":
        items = _split_list(f.get("items") or f.get("answer", ""))
        if not 2 <= len(items) <= 8:
            raise _BadRecord("order needs 2-8 items; skipped")
        question["items"] = items
    accept = _split_list(f.get("accept", ""))
    if accept and qtype in ("short", "numeric"):
        question["accept"] = accept
    question["category"] = _category(f, question, default_category)
    _finish(question, record, source_key)
    return [question]


def _anki_cloze_questions(record: Record, default_category: str, source_key: str) -> list[dict]:
    """One question per cloze number, as Anki makes one card per number; other deletions show as text."""
    text = " ".join((record.fields.get("text") or record.fields.get("prompt", "")).split())
    numbers = sorted({int(m.group(1)) for m in _ANKI_CLOZE.finditer(text)})
    if not numbers:
        raise _BadRecord("cloze note without {{c1::...}} deletions; skipped")
    if "{{" in _ANKI_CLOZE.sub("", text) or "}}" in _ANKI_CLOZE.sub("", text):
        raise _BadRecord("cloze text has stray {{ or }}; skipped")
    questions = []
    for number in numbers:
        hints: list[str] = []

        def replace(match: re.Match[str], number: int = number, hints: list[str] = hints) -> str:
            answer = " ".join(match.group(2).split())
            if int(match.group(1)) != number:
                return answer
            if "|" in answer or "{" in answer or "}" in answer:
                raise _BadRecord("a cloze answer contains | or braces; skipped")
            if match.group(3):
                hints.append(match.group(3).strip())
            return "{{" + answer + "}}"

        converted = _ANKI_CLOZE.sub(replace, text)
        suffix = f"-c{number}" if len(numbers) > 1 else ""
        question: dict[str, Any] = {"id": question_id(record, suffix), "type": "cloze"}
        if hints:
            question["prompt"] = f"Complete the text (hint: {'; '.join(hints)})."
        elif len(numbers) > 1:
            question["prompt"] = f"Complete the text (deletion {number} of {len(numbers)})."
        question["text"] = converted
        question["category"] = _category(record.fields, question, default_category)
        _finish(question, record, source_key)
        questions.append(question)
    return questions


def _finish(question: dict, record: Record, source_key: str) -> None:
    explanation = record.fields.get("explanation", "").strip()
    if explanation:
        question["explanation"] = explanation
    locator = record.fields.get("source", "").strip() or record.where
    question["source"] = {"key": source_key, "locator": locator}
    tags = record.tags or record.fields.get("tags", "").replace(",", " ").split()
    if tags:
        question["tags"] = list(dict.fromkeys(tags))
    _order_keys(question)


_KEY_ORDER = ("id", "type", "category", "prompt", "text", "choices", "answer", "accept", "items", "unit", "tolerance", "explanation", "source", "tags")


def _order_keys(question: dict) -> None:
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


# --- Anki packages ------------------------------------------------------------


def read_apkg(path: Path) -> ImportResult:
    """Notes of an Anki package, whichever collection format it carries."""
    try:
        archive = zipfile.ZipFile(path)
    except (OSError, zipfile.BadZipFile) as exc:
        raise ImportFailure(f"{path.name}: not an Anki package (.apkg is a zip file): {exc}") from None
    with archive, tempfile.TemporaryDirectory(prefix="studyapp-import-") as tmp:
        names = set(archive.namelist())
        for member in ("collection.anki21b", "collection.anki21", "collection.anki2"):
            if member in names:
                break
        else:
            raise ImportFailure(f"{path.name}: no Anki collection inside (is it a .colpkg or a zip of something else?)")
        info = archive.getinfo(member)
        if info.file_size > MAX_IMPORT_BYTES:
            raise ImportFailure(f"{path.name}: the collection unpacks to {info.file_size // 1024 // 1024} MiB, too big")
        data = archive.read(member)
        if member.endswith("b"):
            data = _zstd_decompress(data, path.name)
        database = Path(tmp) / "collection.sqlite"
        database.write_bytes(data)
        media = _package_media(archive, names, member.endswith("b"), path.name)
        result = ImportResult(format=f"apkg ({member})", title=path.stem)
        try:
            connection = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
            try:
                _read_collection(connection, result)
            finally:
                connection.close()
        except sqlite3.DatabaseError as exc:
            raise ImportFailure(f"{path.name}: the collection inside is not readable: {exc}") from None
    declared = set(media)
    result.media = list(dict.fromkeys(result.media + sorted(declared)))
    return result


def _zstd_decompress(data: bytes, name: str) -> bytes:
    try:
        import zstandard
    except ImportError:
        raise ImportFailure(f"{name}: this is the current Anki package format (zstd-compressed); install the 'zstandard' package") from None
    try:
        reader = zstandard.ZstdDecompressor().stream_reader(io.BytesIO(data))
        out = reader.read(MAX_IMPORT_BYTES + 1)
    except zstandard.ZstdError as exc:
        raise ImportFailure(f"{name}: cannot decompress the collection: {exc}") from None
    if len(out) > MAX_IMPORT_BYTES:
        raise ImportFailure(f"{name}: the collection unpacks to more than {MAX_IMPORT_BYTES // 1024 // 1024} MiB")
    return out


def _package_media(archive: zipfile.ZipFile, names: set[str], current: bool, name: str) -> list[str]:
    """Names of the media files in the package (never extracted)."""
    if "media" not in names:
        return []
    raw = archive.read("media")
    if not current:
        try:
            mapping = json.loads(raw.decode("utf-8") or "{}")
        except (UnicodeDecodeError, json.JSONDecodeError):
            return []
        return [str(v) for v in mapping.values()] if isinstance(mapping, dict) else []
    try:
        raw = _zstd_decompress(raw, name)
    except ImportFailure:
        return []
    names_found = []
    for number, _, value in _protobuf_fields(raw):  # MediaEntries { repeated MediaEntry entries = 1 }
        if number == 1 and isinstance(value, bytes):
            for inner_number, _, inner in _protobuf_fields(value):
                if inner_number == 1 and isinstance(inner, bytes):
                    names_found.append(inner.decode("utf-8", "replace"))
    return names_found


def _protobuf_fields(data: bytes) -> Iterator[tuple[int, int, int | bytes]]:
    """Top-level (field number, wire type, value) of a protobuf message; stops at anything malformed."""
    position = 0

    def varint() -> int:
        nonlocal position
        shift = result = 0
        while position < len(data):
            byte = data[position]
            position += 1
            result |= (byte & 0x7F) << shift
            if not byte & 0x80:
                return result
            shift += 7
            if shift > 63:
                break
        raise ValueError("bad varint")

    try:
        while position < len(data):
            tag = varint()
            number, wire = tag >> 3, tag & 7
            if wire == 0:
                yield number, wire, varint()
            elif wire == 2:
                length = varint()
                if position + length > len(data):
                    return
                yield number, wire, data[position : position + length]
                position += length
            elif wire == 1:
                position += 8
            elif wire == 5:
                position += 4
            else:
                return
    except ValueError:
        return


def _tables(connection: sqlite3.Connection) -> set[str]:
    return {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def _read_collection(connection: sqlite3.Connection, result: ImportResult) -> None:
    tables = _tables(connection)
    if "notes" not in tables:
        raise ImportFailure("no notes table: not an Anki collection")
    notetypes: dict[int, tuple[str, bool, list[str]]] = {}
    decks: dict[int, str] = {}
    if "notetypes" in tables:  # schema 18 (collection.anki21b)
        for ntid, name, config in connection.execute("SELECT id, name, config FROM notetypes"):
            kind = next((v for n, w, v in _protobuf_fields(config or b"") if n == 1 and w == 0), 0)
            fields = [r[0] for r in connection.execute("SELECT name FROM fields WHERE ntid = ? ORDER BY ord", (ntid,))]
            notetypes[ntid] = (name, kind == 1, fields)
        for did, name in connection.execute("SELECT id, name FROM decks"):
            decks[did] = name
    else:  # schema 11 (collection.anki2 / collection.anki21)
        models_json, decks_json = connection.execute("SELECT models, decks FROM col").fetchone()
        for mid, model in (json.loads(models_json or "{}") or {}).items():
            fields = [f.get("name", "") for f in sorted(model.get("flds", []), key=lambda f: f.get("ord", 0))]
            notetypes[int(mid)] = (model.get("name", ""), model.get("type") == 1, fields)
        for did, deck in (json.loads(decks_json or "{}") or {}).items():
            decks[int(did)] = deck.get("name", "")
    note_decks = dict(connection.execute("SELECT nid, did FROM cards GROUP BY nid HAVING ord = MIN(ord)"))
    deck_counts: dict[str, int] = {}
    for nid, guid, mid, tags, flds in connection.execute("SELECT id, guid, mid, tags, flds FROM notes ORDER BY id"):
        where = f"note {nid}"
        if mid not in notetypes:
            result.skipped.append(f"{where}: unknown note type {mid}; skipped")
            continue
        name, is_cloze, field_names = notetypes[mid]
        values = (flds or "").split("\x1f")
        deck = decks.get(note_decks.get(nid, -1), "")
        if deck:
            deck_counts[deck] = deck_counts.get(deck, 0) + 1
        own = name.startswith(STUDYAPP_NOTETYPE_PREFIX)
        fields = _note_fields("cloze" if is_cloze and not own else name, field_names, values, keep_extras=not own)
        _add_record(result, where, fields, True, key=guid or str(nid), anki_cloze=is_cloze, tags=(tags or "").split(), id_from_key=True)
        if not is_cloze and len(field_names) > 2 and "reverse" in name.lower():
            result.notices.append(f"{where}: only the forward card of note type '{name}' is imported")
    if deck_counts:
        result.title = _deck_title(max(deck_counts, key=deck_counts.get))


# --- the pack -----------------------------------------------------------------


def build_pack(result: ImportResult, pack_id: str, title: str, source_file: str, previous: dict | None = None,
               default_category: str = "concept") -> tuple[dict, dict[str, int]]:  # fmt: skip
    """The pack mapping and counts (added, updated, removed) against the previous import."""
    questions = build_questions(result, default_category)
    before = {q.get("id"): q for q in (previous or {}).get("questions", []) if isinstance(q, dict)}
    for question in questions:
        old = before.get(question["id"])
        if old:
            _keep_author_edits(question, old)
    after = {q["id"] for q in questions}
    counts = {
        "added": sum(1 for q in questions if q["id"] not in before),
        "updated": sum(1 for q in questions if q["id"] in before),
        "removed": sum(1 for qid in before if qid not in after),
    }
    pack = {
        "id": pack_id,
        "title": title,
        "description": f"Imported from {source_file}.",
        "sources": [{"key": "import", "title": title, "file": source_file}],
        "questions": questions,
    }
    return pack, counts


def _keep_author_edits(question: dict, old: dict) -> None:
    """What an author adds to an imported pack survives a re-import: category, alternatives, unit, a missing explanation."""
    if old.get("type") != question["type"]:
        return
    if old.get("category") in CATEGORIES:
        question["category"] = old["category"]
    for name in ("accept", "unit", "tolerance"):
        if name in old and name not in question:
            question[name] = old[name]
    if old.get("explanation") and not question.get("explanation"):
        question["explanation"] = old["explanation"]


class _Dumper(yaml.SafeDumper):
    """Multi-line strings as literal blocks, so imported text stays readable."""


def _str_representer(dumper, value: str):
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _str_representer)


def dump_yaml(data: Any) -> str:
    return yaml.dump(data, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=4096, default_flow_style=False)


def render_pack(pack: dict, header: str) -> str:
    """YAML text of a pack, with ``header`` as leading comment lines."""
    lines = [f"# {line}".rstrip() for line in header.splitlines()]
    return "\n".join(lines) + "\n" + dump_yaml(pack)


def load_previous(path: Path) -> dict | None:
    """The previous import at ``path``, or None; refuses to touch a hand-written pack."""
    if not path.exists():
        return None
    text = path.read_text(encoding="utf-8", errors="replace")
    if not text.startswith(IMPORT_MARKER):
        raise ImportFailure(f"{path} exists and was not written by `studyapp import`; choose another id with --id (or --force to replace it)")
    from studyapp.packs import PackError, parse_yaml

    try:
        data = parse_yaml(text)  # the pack loader's hardened parser: an edited file may hold anything
    except PackError:
        return None
    return data if isinstance(data, dict) else None


def write_atomically(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.tmp")
    temporary.write_text(text, encoding="utf-8")
    temporary.replace(path)
