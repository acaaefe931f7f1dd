"""Anki packages (``.apkg``, ``.colpkg``) and bare collections (``.anki2``, ``.anki21``).

Sizes are checked from the zip's directory before anything is unpacked, and
every unpacking is bounded again while it runs (a zip header can lie). Media
files are never unpacked: only their names are read, to report them.

Each card template of a note becomes a question of its own direction (the
fields its front shows are the prompt, the first field only its back shows is
the answer), as Anki makes one card per template; cloze notes give one
question per cloze number. A malformed collection is refused with one line
that says what is wrong in it.
"""

from __future__ import annotations

import io
import json
import re
import sqlite3
import tempfile
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from studyapp.importers.model import MAX_ARCHIVE_MEMBERS, MAX_IMPORT_BYTES, MAX_MANIFEST_BYTES, ImportFailure, ImportResult
from studyapp.importers.records import add_record, note_fields

SQLITE_MAGIC = b"SQLite format 3\x00"
STUDYAPP_NOTETYPE_PREFIX = "studyapp:"
"""Note types written by ``studyapp export``; their hidden fields restore ids and types."""
SOURCES_MARK = re.compile(r"<!--\s*studyapp-sources:(.*?)-->", re.S)
"""Where ``studyapp export`` keeps the pack's sources in the deck description."""
_FIELD_REF = re.compile(r"\{\{([^#/^{}][^{}]*)\}\}")
_SPECIAL = {"frontside", "tags", "deck", "subdeck", "card", "type", "cardflag", "cardid"}


def deck_title(deck: str) -> str:
    return deck.replace("\x1f", "::").split("::")[-1].strip() or deck


class _Malformed(Exception):
    """The collection is readable SQLite but not a well-formed Anki collection."""


class _Unsupported(Exception):
    """A well-formed file of a kind studyapp does not read (an Anki 1.x deck, another SQLite database)."""


# --- the package ----------------------------------------------------------------


def read_apkg(path: Path, first_card_only: bool = False) -> ImportResult:
    """Notes of an Anki package, whichever collection format it carries."""
    try:
        archive = zipfile.ZipFile(path)
    except (OSError, zipfile.BadZipFile, ValueError) as exc:
        raise ImportFailure(f"{path.name}: not an Anki package (.apkg is a zip file): {exc}") from None
    with archive, tempfile.TemporaryDirectory(prefix="studyapp-import-") as tmp:
        infos = archive.infolist()
        if len(infos) > MAX_ARCHIVE_MEMBERS:
            raise ImportFailure(f"{path.name}: {len(infos)} files inside, more than a deck holds ({MAX_ARCHIVE_MEMBERS}); refused")
        names = {info.filename: info for info in infos}
        member = next((m for m in ("collection.anki21b", "collection.anki21", "collection.anki2") if m in names), None)
        if member is None:
            raise ImportFailure(f"{path.name}: no Anki collection inside (is it a zip of something else?)")
        data = _read_member(archive, names[member], MAX_IMPORT_BYTES, path.name, "the collection")
        if not data:
            raise ImportFailure(f"{path.name}: the collection inside is empty (0 bytes): nothing to import")
        current = member.endswith("b")
        if current:
            data = zstd_decompress(data, path.name, MAX_IMPORT_BYTES, "the collection")
        database = Path(tmp) / "collection.sqlite"
        try:
            database.write_bytes(data)
        except OSError as exc:
            raise ImportFailure(f"{path.name}: cannot unpack the collection into {tmp}: {exc.strerror or exc}") from None
        del data
        media = _package_media(archive, names, current, path.name)
        result = ImportResult(format=f"apkg ({member})", title=path.stem)
        read_collection(database, result, path.name, first_card_only)
    result.media = list(dict.fromkeys(result.media + sorted(set(media))))
    return result


def read_collection_file(path: Path, first_card_only: bool = False) -> ImportResult:
    """A bare collection file (``collection.anki2``, ``.anki21``): read in place, never written."""
    try:
        with path.open("rb") as handle:
            magic = handle.read(16)
        size = path.stat().st_size
    except OSError as exc:
        raise ImportFailure(f"{path}: {exc.strerror or exc}") from None
    if magic != SQLITE_MAGIC:
        raise ImportFailure(f"{path.name}: not an Anki collection (an .anki2 file is an SQLite database; this one is not)")
    if size > MAX_IMPORT_BYTES:
        raise ImportFailure(f"{path.name}: the collection is {size // 1024 // 1024} MiB, too big to import (limit {MAX_IMPORT_BYTES // 1024 // 1024} MiB)")
    result = ImportResult(format=f"anki collection ({path.suffix.lstrip('.') or 'sqlite'})", title=path.stem)
    with tempfile.TemporaryDirectory(prefix="studyapp-import-") as tmp:
        copy = Path(tmp) / "collection.sqlite"  # a copy: SQLite may want to write a journal next to the file it opens
        try:
            copy.write_bytes(path.read_bytes())
        except OSError as exc:
            raise ImportFailure(f"{path.name}: cannot copy the collection into {tmp}: {exc.strerror or exc}") from None
        read_collection(copy, result, path.name, first_card_only)
    return result


def _read_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int, name: str, what: str) -> bytes:
    """A member's bytes, refused before unpacking when its declared size is over ``limit``, and bounded while read."""
    if info.file_size > limit:
        raise ImportFailure(f"{name}: {what} unpacks to {info.file_size // 1024 // 1024} MiB, over the {limit // 1024 // 1024} MiB limit; refused")
    try:
        with archive.open(info) as stream:
            data = stream.read(limit + 1)
    except zipfile.BadZipFile as exc:
        raise ImportFailure(f"{name}: {what} inside the package is damaged ({exc})") from None
    except (OSError, NotImplementedError, RuntimeError, ValueError, EOFError) as exc:
        raise ImportFailure(f"{name}: {what} inside the package cannot be unpacked ({exc})") from None
    if len(data) > limit:
        raise ImportFailure(f"{name}: {what} unpacks to more than {limit // 1024 // 1024} MiB; refused")
    return data


def zstd_decompress(data: bytes, name: str, limit: int, what: str) -> bytes:
    try:
        import zstandard
    except ImportError:
        raise ImportFailure(f"{name}: this is the current Anki package format (zstd-compressed); install the 'zstandard' package") from None
    try:
        reader = zstandard.ZstdDecompressor().stream_reader(io.BytesIO(data))
        out = reader.read(limit + 1)
    except zstandard.ZstdError as exc:
        raise ImportFailure(f"{name}: cannot decompress {what}: {exc}") from None
    if len(out) > limit:
        raise ImportFailure(f"{name}: {what} unpacks to more than {limit // 1024 // 1024} MiB; refused")
    return out


def _package_media(archive: zipfile.ZipFile, names: dict[str, zipfile.ZipInfo], current: bool, name: str) -> list[str]:
    """Names of the media files in the package (never extracted); a damaged list is reported as none."""
    if "media" not in names:
        return []
    raw = _read_member(archive, names["media"], MAX_MANIFEST_BYTES, name, "the media list")
    if not current:
        try:
            mapping = json.loads(raw.decode("utf-8") or "{}")
        except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
            return []
        return [str(v) for v in mapping.values()] if isinstance(mapping, dict) else []
    try:
        raw = zstd_decompress(raw, name, MAX_MANIFEST_BYTES, "the media list")
    except ImportFailure as exc:
        if "MiB" in str(exc):
            raise
        return []
    found = []
    for number, _, value in protobuf_fields(raw):  # MediaEntries { repeated MediaEntry entries = 1 }
        if number == 1 and isinstance(value, bytes):
            for inner_number, _, inner in protobuf_fields(value):
                if inner_number == 1 and isinstance(inner, bytes):
                    found.append(inner.decode("utf-8", "replace"))
    return found


def protobuf_fields(data: bytes) -> Iterator[tuple[int, int, int | bytes]]:
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


# --- the collection ------------------------------------------------------------


@dataclass(slots=True)
class NoteType:
    name: str
    cloze: bool
    fields: list[str]
    templates: list[tuple[str, str, str]]  # (name, front format, back format) by ord


def read_collection(database: Path, result: ImportResult, name: str, first_card_only: bool = False) -> None:
    """Read an unpacked collection into ``result``; every malformed shape is one ImportFailure line."""
    try:
        connection = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise ImportFailure(f"{name}: the collection cannot be opened: {exc}") from None
    try:
        _read(connection, result, first_card_only)
    except _Malformed as exc:
        raise ImportFailure(f"{name}: malformed Anki collection: {exc}") from None
    except _Unsupported as exc:
        raise ImportFailure(f"{name}: {exc}") from None
    except sqlite3.DatabaseError as exc:
        raise ImportFailure(f"{name}: the collection inside is not a readable Anki collection: {exc}") from None
    finally:
        connection.close()


def _tables(connection: sqlite3.Connection) -> set[str]:
    return {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def _json(value, what: str):
    if isinstance(value, bytes):
        try:
            value = value.decode("utf-8")
        except UnicodeDecodeError:
            raise _Malformed(f"{what} is binary, not JSON text") from None
    if not isinstance(value, str):
        raise _Malformed(f"{what} is missing")
    try:
        return json.loads(value or "{}")
    except (json.JSONDecodeError, RecursionError) as exc:
        raise _Malformed(f"{what} is not valid JSON ({exc})") from None


def _int_id(value, what: str) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        raise _Malformed(f"{what} id {str(value)[:40]!r} is not a number") from None


def _text(value, what: str) -> str:
    if value is None:
        raise _Malformed(f"{what} is NULL")
    if isinstance(value, bytes):
        raise _Malformed(f"{what} is a binary blob, not text")
    return str(value)


def _note_types(connection: sqlite3.Connection, tables: set[str]) -> tuple[dict[int, NoteType], dict[int, tuple[str, str]]]:
    notetypes: dict[int, NoteType] = {}
    decks: dict[int, tuple[str, str]] = {}
    if "notetypes" in tables:  # schema 18 (collection.anki21b)
        for ntid, ntname, config in connection.execute("SELECT id, name, config FROM notetypes"):
            ntid = _int_id(ntid, "a note type")
            kind = next((v for n, w, v in protobuf_fields(config if isinstance(config, bytes) else b"") if n == 1 and w == 0), 0)
            fields = [_text(r[0], f"a field name of note type {ntid}") for r in connection.execute("SELECT name FROM fields WHERE ntid = ? ORDER BY ord", (ntid,))]
            templates = []
            for tname, tconfig in connection.execute("SELECT name, config FROM templates WHERE ntid = ? ORDER BY ord", (ntid,)):
                formats = {n: v for n, w, v in protobuf_fields(tconfig if isinstance(tconfig, bytes) else b"") if w == 2 and n in (1, 2)}
                templates.append((str(tname), formats.get(1, b"").decode("utf-8", "replace"), formats.get(2, b"").decode("utf-8", "replace")))
            notetypes[ntid] = NoteType(_text(ntname, f"the name of note type {ntid}"), kind == 1, fields, templates)
        for did, dname, kind in connection.execute("SELECT id, name, kind FROM decks"):
            decks[_int_id(did, "a deck")] = (_text(dname, f"the name of deck {did}"), _deck_description(kind))
        return notetypes, decks
    if "col" not in tables:
        raise _Malformed("no col table (models and decks)")
    row = connection.execute("SELECT models, decks FROM col").fetchone()
    if row is None:
        raise _Malformed("the col table is empty (no models, no decks)")
    models, deck_map = _json(row[0], "the models column"), _json(row[1], "the decks column")
    if not isinstance(models, dict):
        raise _Malformed(f"the models are a JSON {type(models).__name__}, not a mapping of note types")
    if not isinstance(deck_map, dict):
        raise _Malformed(f"the decks are a JSON {type(deck_map).__name__}, not a mapping of decks")
    for mid, model in models.items():
        if not isinstance(model, dict):
            raise _Malformed(f"note type {str(mid)[:40]!r} is a JSON {type(model).__name__}, not a mapping")
        ntid = _int_id(mid, "a note type")
        raw_fields = model.get("flds")
        if not isinstance(raw_fields, list) or not all(isinstance(f, dict) for f in raw_fields):
            raise _Malformed(f"note type {ntid} has no list of fields")
        ordered = sorted(raw_fields, key=lambda f: f.get("ord") if isinstance(f.get("ord"), int) else 0)
        fields = [_text(f.get("name"), f"a field name of note type {ntid}") for f in ordered]
        templates = []
        raw_templates = model.get("tmpls") if isinstance(model.get("tmpls"), list) else []
        for template in sorted((t for t in raw_templates if isinstance(t, dict)), key=lambda t: t.get("ord") if isinstance(t.get("ord"), int) else 0):
            templates.append((str(template.get("name", "")), str(template.get("qfmt") or ""), str(template.get("afmt") or "")))
        notetypes[ntid] = NoteType(_text(model.get("name"), f"the name of note type {ntid}"), model.get("type") == 1, fields, templates)
    for did, deck in deck_map.items():
        if not isinstance(deck, dict):
            raise _Malformed(f"deck {str(did)[:40]!r} is a JSON {type(deck).__name__}, not a mapping")
        decks[_int_id(did, "a deck")] = (_text(deck.get("name"), f"the name of deck {did}"), str(deck.get("desc") or ""))
    return notetypes, decks


def _deck_description(kind) -> str:
    """A schema-18 deck's description: ``Deck.KindContainer { Normal normal = 1 { string description = 4 } }``."""
    for number, wire, value in protobuf_fields(kind if isinstance(kind, bytes) else b""):
        if number == 1 and wire == 2 and isinstance(value, bytes):
            for inner_number, inner_wire, inner in protobuf_fields(value):
                if inner_number == 4 and inner_wire == 2 and isinstance(inner, bytes):
                    return inner.decode("utf-8", "replace")
    return ""


def _read(connection: sqlite3.Connection, result: ImportResult, first_card_only: bool) -> None:
    tables = _tables(connection)
    if "notes" not in tables:
        if {"facts", "fields", "models"} <= tables:
            raise _Unsupported("an Anki 1.x deck; open it in Anki 2.1 or later and export an .apkg")
        raise _Unsupported("an SQLite database but not an Anki collection (no notes table)")
    notetypes, decks = _note_types(connection, tables)
    cards: dict[int, list[tuple[int, int]]] = {}
    if "cards" in tables:
        for nid, ordinal, did in connection.execute("SELECT nid, ord, did FROM cards ORDER BY nid, ord"):
            cards.setdefault(nid, []).append((ordinal if isinstance(ordinal, int) else 0, did))
    deck_counts: dict[int, int] = {}
    unsupported: dict[str, int] = {}
    for nid, guid, mid, tags, flds in connection.execute("SELECT id, guid, mid, tags, flds FROM notes ORDER BY id"):
        where = f"note {nid}"
        if mid not in notetypes:
            result.skipped.append(f"{where}: unknown note type {mid}; skipped")
            continue
        if isinstance(flds, bytes):
            raise _Malformed(f"note {nid}: its fields are a binary blob, not text")
        if not isinstance(guid, (str, int)) or not str(guid):
            raise _Malformed(f"note {nid}: no GUID")
        notetype = notetypes[mid]
        values = (flds or "").split("\x1f")
        tag_list = tags.split() if isinstance(tags, str) else []
        note_cards = cards.get(nid, [(0, None)])
        result.notes += 1
        result.cards += len(note_cards)
        if note_cards[0][1] is not None:
            deck_counts[note_cards[0][1]] = deck_counts.get(note_cards[0][1], 0) + 1
        own = notetype.name.startswith(STUDYAPP_NOTETYPE_PREFIX)
        if own or notetype.cloze or not notetype.templates:
            fields = note_fields("cloze" if notetype.cloze and not own else notetype.name, notetype.fields, values, keep_extras=not own)
            add_record(result, where, fields, True, key=str(guid), anki_cloze=notetype.cloze, tags=tag_list, id_from_key=True)
            continue
        by_name = dict(zip(notetype.fields, values))
        for position, (ordinal, _) in enumerate(sorted(set(note_cards))):
            if first_card_only and position > 0:
                unsupported["later card templates (--first-card-only)"] = unsupported.get("later card templates (--first-card-only)", 0) + 1
                continue
            if ordinal >= len(notetype.templates):
                result.skipped.append(f"{where}: card {ordinal + 1} has no template in note type '{notetype.name}'; skipped")
                continue
            fields = card_fields(notetype.templates[ordinal], by_name)
            if fields is None:
                result.skipped.append(f"{where}: card '{notetype.templates[ordinal][0]}' of note type '{notetype.name}' shows no field on its back; skipped")
                continue
            suffix = "" if ordinal == 0 else f"-card{ordinal + 1}"
            add_record(result, where, fields, True, key=str(guid), tags=tag_list, id_from_key=True, suffix=suffix)
    for reason, count in unsupported.items():
        result.notices.append(f"note: {count} card(s) not imported: {reason}")
    if deck_counts:
        main = max(deck_counts, key=deck_counts.get)
        title, description = decks.get(main, ("", ""))
        if title:
            result.title = deck_title(title)
        _restore_sources(description, result)


def field_refs(template: str) -> list[str]:
    """The fields a card template shows, in order: ``{{Front}}``, ``{{type:Back}}``, ``{{hint:Extra}}``; not ``{{#F}}`` sections."""
    found: list[str] = []
    for match in _FIELD_REF.finditer(template):
        name = match.group(1).split(":")[-1].strip()
        if name.lower() not in _SPECIAL and name not in found:
            found.append(name)
    return found


def card_fields(template: tuple[str, str, str], values: dict[str, str]) -> dict[str, str] | None:
    """Prompt, answer and explanation of one card: its front's fields, then the fields only its back shows."""
    _, front, back = template
    typed = [m.split(":", 1)[1].strip() for m in re.findall(r"\{\{(type:[^{}]+)\}\}", front)]
    shown = [f for f in field_refs(front) if f not in typed and f in values]
    answer_side = typed + [f for f in field_refs(back) if f not in shown and f not in typed and f in values]
    if not shown or not answer_side:
        return None
    if not any(values.get(f, "").strip() for f in answer_side):
        return {"prompt": "<br>".join(values[f] for f in shown if values[f].strip()), "answer": ""}  # skipped later: empty back
    answer_side = [f for f in answer_side if values.get(f, "").strip()]
    fields = {"prompt": "<br>".join(values[f] for f in shown if values[f].strip()), "answer": values[answer_side[0]]}
    if len(answer_side) > 1:
        fields["explanation"] = "<br>".join(values[f] for f in answer_side[1:])
    if _typeset(back, answer_side[0]):
        fields["_math"] = "1"  # the template typesets the answer with LaTeX: nobody can type it
    return fields


def _typeset(template: str, field: str) -> bool:
    """True when ``template`` puts ``{{field}}`` inside ``[latex]``, ``[$]`` or ``[$$]`` (Anki renders it as LaTeX)."""
    for match in re.finditer(r"\[(latex|\$\$?)\](.*?)\[/\1\]", template, re.S | re.I):
        if field in field_refs(match.group(2)):
            return True
    return False


def _restore_sources(description: str, result: ImportResult) -> None:
    """The pack's sources and each question's source, as ``studyapp export`` left them in the deck description."""
    match = SOURCES_MARK.search(description or "")
    if not match:
        return
    try:
        data = json.loads(match.group(1).replace("&#45;&#45;", "--"))
    except (json.JSONDecodeError, RecursionError):
        return
    if not isinstance(data, dict):
        return
    sources = data.get("sources")
    if isinstance(sources, list) and all(isinstance(s, dict) and isinstance(s.get("key"), str) for s in sources):
        result.sources = [{k: str(v) for k, v in s.items() if isinstance(v, (str, int, float))} for s in sources]
    refs = data.get("refs")
    if isinstance(refs, dict):
        result.refs = {str(k): v for k, v in refs.items() if isinstance(v, dict)}
