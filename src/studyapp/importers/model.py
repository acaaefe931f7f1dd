"""What every reader produces: records, a result with its counts, and the limits.

Kept apart from the readers so the sheet, Anki text and Anki package readers
share one idea of a record and one set of size limits.
"""

from __future__ import annotations

from dataclasses import dataclass, field

MAX_IMPORT_BYTES = 200 * 1024 * 1024
"""A deck file bigger than this (or a collection that unpacks bigger) is refused."""
MAX_TEXT_BYTES = 64 * 1024 * 1024
"""A text file (CSV, TSV, Anki text) bigger than this is refused unread: its pack would be far over the pack limit."""
MAX_MANIFEST_BYTES = 16 * 1024 * 1024
"""The media list inside a package (names only; media files themselves are never unpacked)."""
MAX_ARCHIVE_MEMBERS = 200_000
"""Files inside one package: more is a zip bomb of names, not a deck."""


def pack_limit() -> int:
    """The pack size limit (looked up when needed, so tests and packs agree on one number)."""
    from studyapp.packs import MAX_PACK_BYTES

    return MAX_PACK_BYTES


class ImportFailure(Exception):
    """The whole file cannot be imported (unreadable, not a deck, unsafe, too big)."""


@dataclass(slots=True)
class Record:
    """One row or card, with canonical field names (see ``layout.COLUMN_NAMES``)."""

    where: str  # "line 12" or "note 1795…"
    key: str  # stable identity: GUID, id column or front text
    fields: dict[str, str]
    anki_cloze: bool = False
    tags: list[str] = field(default_factory=list)
    id_from_key: bool = False  # True when ``key`` is an opaque GUID: the id is a hash of it
    suffix: str = ""  # "-card2" for a note's second card template


@dataclass(slots=True)
class ImportResult:
    format: str
    title: str
    records: list[Record] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    media: list[str] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)
    notes: int = 0  # Anki notes read (0 for sheets)
    cards: int = 0  # Anki cards those notes have
    layout: str = ""  # how the columns were read, for the summary and --dry-run
    sources: list[dict] | None = None  # pack sources carried by a studyapp export
    refs: dict[str, dict] = field(default_factory=dict)  # question id -> source, locator, tags, fact... (see exporters._ref)
    text_bytes: int = 0  # running size of the text read, checked against the pack limit

    def count_text(self, *values: str) -> None:
        """Refuse as soon as the text read would make a pack over the pack limit."""
        self.text_bytes += sum(len(v) for v in values)
        if self.text_bytes > 1024 * 1024 and self.text_bytes > (limit := pack_limit()):
            raise ImportFailure(
                f"this deck holds more than {limit // 1024 // 1024} MiB of text, over the pack limit; "
                "split it into smaller files (nothing was written)"
            )
