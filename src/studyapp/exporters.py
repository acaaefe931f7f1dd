"""Exporting a pack to an Anki package (through genanki) or to CSV.

Each question type maps to the closest Anki note type: ``short`` and
``numeric`` to a typed-answer card, ``choice`` (and ``order``) to a card that
lists the options, ``truefalse`` and ``reveal`` to plain front/back cards
(Anki's own way: look, then rate yourself), ``cloze`` to Anki's own
cloze type with every gap as ``c1`` (studyapp asks all gaps at once, so one
card per question). Note ids (GUIDs) come from pack id + question id, so
exporting again and importing into Anki updates the notes instead of adding
copies. Hidden Id/Category/Type fields let ``studyapp import`` read the
package back into the same questions, and the pack's sources (with each
question's source key and locator) ride in the deck description inside an
HTML comment, so an import restores them.
"""

from __future__ import annotations

import csv
import hashlib
import html
import io
import json
import random
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from studyapp.packs import Pack, Question

CSV_COLUMNS = ("id", "type", "category", "prompt", "text", "choices", "answer", "accept", "items", "unit", "explanation", "source", "tags", "fact")
LIST_SEPARATOR = " | "

_CSS = """.card { font-family: sans-serif; font-size: 20px; text-align: left; color: black; background-color: white; }
.kind { font-size: 14px; color: #666; }
.explanation { margin-top: 1em; }
.source, .accept { margin-top: 0.5em; font-size: 14px; color: #666; }
.cloze { font-weight: bold; color: blue; }
.nightMode .cloze { color: lightblue; }
"""
_AFTER = (
    "{{#Explanation}}<div class=explanation>{{Explanation}}</div>{{/Explanation}}"
    "{{#Source}}<div class=source>{{Source}}</div>{{/Source}}"
)
_HIDDEN = [{"name": "Id"}, {"name": "Category"}, {"name": "Type"}]

# Model ids are fixed forever: Anki matches note types by id, so changing one
# would make a re-exported deck arrive as a second set of note types.
TYPED_MODEL_ID = 1733240911
CHOICE_MODEL_ID = 1733240912
TRUEFALSE_MODEL_ID = 1733240913
CLOZE_MODEL_ID = 1733240914
REVEAL_MODEL_ID = 1733240915


@dataclass(frozen=True, slots=True)
class ExportSummary:
    notes: int
    skipped_drafts: int
    by_model: dict[str, int]


def _models():
    import genanki

    typed = genanki.Model(
        TYPED_MODEL_ID,
        "studyapp: typed answer",
        fields=[{"name": "Prompt"}, {"name": "Answer"}, {"name": "Unit"}, {"name": "Accept"}, {"name": "Explanation"}, {"name": "Source"}, *_HIDDEN],
        templates=[
            {
                "name": "Answer",
                "qfmt": "{{Prompt}}{{#Unit}} <span class=kind>({{Unit}})</span>{{/Unit}}<br><br>{{type:Answer}}",
                "afmt": "{{Prompt}}<hr id=answer>{{type:Answer}}"
                "{{#Accept}}<div class=accept>Also accepted: {{Accept}}</div>{{/Accept}}" + _AFTER,
            }
        ],
        css=_CSS,
    )
    choice = genanki.Model(
        CHOICE_MODEL_ID,
        "studyapp: choice",
        fields=[{"name": "Prompt"}, {"name": "Instruction"}, {"name": "Choices"}, {"name": "Answer"}, {"name": "Explanation"}, {"name": "Source"}, *_HIDDEN],
        templates=[
            {
                "name": "Choice",
                "qfmt": "{{Prompt}}{{#Instruction}}<div class=kind>{{Instruction}}</div>{{/Instruction}}{{Choices}}",
                "afmt": "{{FrontSide}}<hr id=answer><b>{{Answer}}</b>" + _AFTER,
            }
        ],
        css=_CSS,
    )
    truefalse = genanki.Model(
        TRUEFALSE_MODEL_ID,
        "studyapp: true or false",
        fields=[{"name": "Prompt"}, {"name": "Answer"}, {"name": "Explanation"}, {"name": "Source"}, *_HIDDEN],
        templates=[
            {
                "name": "True or false",
                "qfmt": "<div class=kind>True or false?</div>{{Prompt}}",
                "afmt": "{{FrontSide}}<hr id=answer><b>{{Answer}}</b>" + _AFTER,
            }
        ],
        css=_CSS,
    )
    cloze = genanki.Model(
        CLOZE_MODEL_ID,
        "studyapp: cloze",
        fields=[{"name": "Text"}, {"name": "Prompt"}, {"name": "Alternatives"}, {"name": "Explanation"}, {"name": "Source"}, *_HIDDEN, {"name": "Original"}],
        templates=[
            {
                "name": "Cloze",
                "qfmt": "{{#Prompt}}<div class=kind>{{Prompt}}</div>{{/Prompt}}{{cloze:Text}}",
                "afmt": "{{#Prompt}}<div class=kind>{{Prompt}}</div>{{/Prompt}}{{cloze:Text}}"
                "{{#Alternatives}}<div class=accept>{{Alternatives}}</div>{{/Alternatives}}" + _AFTER,
            }
        ],
        css=_CSS,
        model_type=genanki.Model.CLOZE,
    )
    reveal = genanki.Model(
        REVEAL_MODEL_ID,
        "studyapp: reveal and rate",
        fields=[{"name": "Prompt"}, {"name": "Answer"}, {"name": "Explanation"}, {"name": "Source"}, *_HIDDEN],
        templates=[
            {
                "name": "Reveal",
                "qfmt": "{{Prompt}}",
                "afmt": "{{FrontSide}}<hr id=answer>{{Answer}}" + _AFTER,
            }
        ],
        css=_CSS,
    )
    return {"typed": typed, "choice": choice, "truefalse": truefalse, "cloze": cloze, "reveal": reveal}


def _html(text: str) -> str:
    return html.escape(text, quote=False).replace("\n", "<br>")


def _list_html(items: Iterable[str], ordered: bool = True) -> str:
    tag = "ol" if ordered else "ul"
    return f"<{tag}>" + "".join(f"<li>{_html(i)}</li>" for i in items) + f"</{tag}>"


def _source_text(pack: Pack, q: Question) -> str:
    source = pack.source(q.source_key) if q.source_key else None
    name = (source.title or source.file or source.key) if source else ""
    return ", ".join(part for part in (name, q.locator) if part)


def _cloze_text(q: Question) -> tuple[str, list[str]]:
    """Anki cloze text (every gap ``c1``) and the alternatives Anki cannot check."""
    out: list[str] = []
    also: list[str] = []
    for part in q.cloze_parts():
        if isinstance(part, int):
            first, *rest = q.gaps[part]
            out.append("{{c1::" + _html(first).replace("::", ": :") + "}}")
            also.extend(rest)
        else:
            out.append(_html(part))
    return "".join(out), also


def note_fields(pack: Pack, q: Question) -> tuple[str, list[str]]:
    """The model key and field values for one question."""
    hidden = [q.id, q.category, q.type]
    explanation, source = _html(q.explanation), _html(_source_text(pack, q))
    if q.type in ("short", "numeric"):
        accept = "<br>".join(_html(a) for a in q.accept)
        return "typed", [_html(q.prompt), _html(str(q.answer)), _html(q.unit or ""), accept, explanation, source, *hidden]
    if q.claims:  # exam formats: a choice card with the statements in its front and each verdict on its back
        hidden[2] = "choice"  # read back as a choice question when the deck description is lost
        return "choice", [_html(q.stem), "", _list_html(q.choices), _html(q.answer[0]), _html(q.feedback), source, *hidden]
    if q.type == "choice":
        answer = "<br>".join(_html(a) for a in q.answer)
        instruction = "Choose all that apply." if len(q.answer) > 1 else ""
        return "choice", [_html(q.prompt), instruction, _list_html(q.choices), answer, explanation, source, *hidden]
    if q.type == "order":
        shown = list(q.items)
        random.Random(f"{pack.id}/{q.id}").shuffle(shown)
        instruction = "Put these in order, first to last:"
        return "choice", [_html(q.prompt), instruction, _list_html(shown, ordered=False), _list_html(q.items), explanation, source, *hidden]
    if q.type == "truefalse":
        return "truefalse", [_html(q.prompt), "True" if q.answer else "False", explanation, source, *hidden]
    if q.type == "reveal":
        return "reveal", [_html(q.prompt), _html(str(q.answer)), explanation, source, *hidden]
    text, also = _cloze_text(q)
    alternatives = ("Also accepted: " + _html("; ".join(also))) if also else ""
    return "cloze", [text, _html(q.prompt), alternatives, explanation, source, *hidden, _html(q.text)]


def deck_id(pack_id: str) -> int:
    """A stable Anki deck id for a pack (Anki wants a 31-bit-ish positive integer)."""
    return (1 << 30) + int(hashlib.sha1(f"studyapp:{pack_id}".encode()).hexdigest()[:7], 16)


def _ref(q: Question) -> dict:
    """What a question's note cannot carry: its source, tag order, fact key, tolerance, no-shuffle."""
    ref: dict = {"source": q.source_key, "locator": q.locator, "tags": " ".join(t.replace(" ", "_") for t in q.tags)}
    if q.fact:
        ref["fact"] = q.fact
    if q.tolerance is not None:
        ref["tolerance"] = q.tolerance
    if q.type == "choice" and not q.shuffle:
        ref["shuffle"] = False
    if q.claims:
        ref["exam"] = exam_spec(q)
    return {k: v for k, v in ref.items() if v != ""}


def exam_spec(q: Question) -> dict:
    """An exam-format question as its pack writes it (the note holds the options built from it)."""
    key = "pairs" if q.type == "pairs" else "statements"
    spec: dict = {"type": q.type, "prompt": q.prompt, "explanation": q.explanation}
    if q.type != "assertion":
        spec["ask"] = q.ask
    if q.heads:
        spec["heads"] = list(q.heads)
    if q.type == "assertion":
        spec["explains"] = q.explains
    items = []
    for c in q.claims:
        item = {"left": c.left, "right": c.right} if key == "pairs" else {"text": c.text}
        item.update(correct=c.correct, why=c.why)
        if c.locator:
            item["locator"] = c.locator
        items.append(item)
    spec[key] = items
    return {k: v for k, v in spec.items() if v != ""}


def deck_description(pack: Pack, include_drafts: bool = False) -> str:
    """The pack's description, then its sources and each question's source as JSON in an HTML comment (hidden in Anki)."""
    data = {
        "sources": [{k: v for k, v in (("key", s.key), ("title", s.title), ("file", s.file), ("url", s.url), ("date", s.date)) if v} for s in pack.sources],
        "refs": {q.id: _ref(q) for q in pack.questions if include_drafts or not q.draft},
    }
    hidden = json.dumps(data, ensure_ascii=False, separators=(",", ":")).replace("--", "&#45;&#45;")
    return f"{_html(pack.description)}<!-- studyapp-sources:{hidden} -->"


def export_anki(pack: Pack, out: Path, include_drafts: bool = False) -> ExportSummary:
    """Write ``pack`` as an Anki package at ``out`` (legacy collection format, which every Anki reads)."""
    import genanki

    models = _models()
    deck = genanki.Deck(deck_id(pack.id), pack.title, description=deck_description(pack, include_drafts))
    counts: dict[str, int] = {}
    skipped = 0
    for q in pack.questions:
        if q.draft and not include_drafts:
            skipped += 1
            continue
        key, fields = note_fields(pack, q)
        tags = [t.replace(" ", "_") for t in q.tags if str(t).strip()]
        deck.add_note(genanki.Note(model=models[key], fields=fields, guid=genanki.guid_for("studyapp", pack.id, q.id), tags=tags))
        counts[models[key].name] = counts.get(models[key].name, 0) + 1
    out.parent.mkdir(parents=True, exist_ok=True)
    temporary = out.with_name(f".{out.name}.tmp")
    try:
        _write_package(genanki.Package(deck), temporary)
        temporary.replace(out)
    finally:
        temporary.unlink(missing_ok=True)
    return ExportSummary(sum(counts.values()), skipped, counts)


def _write_package(package, target: Path) -> None:
    """What genanki's ``write_to_file`` does, in a scratch folder we remove.

    genanki builds the collection in ``tempfile.mkstemp()`` and never deletes
    it, so every export left a 60 kB SQLite file in the user's /tmp.
    """
    import itertools
    import sqlite3
    import tempfile
    import time
    import zipfile

    with tempfile.TemporaryDirectory(prefix="studyapp-export-") as scratch:
        database = Path(scratch) / "collection.anki2"
        connection = sqlite3.connect(database)
        try:
            stamp = time.time()
            package.write_to_db(connection.cursor(), stamp, itertools.count(int(stamp * 1000)))
            connection.commit()
        finally:
            connection.close()
        with zipfile.ZipFile(target, "w") as archive:
            archive.write(database, "collection.anki2")
            archive.writestr("media", "{}")


def csv_row(pack: Pack, q: Question) -> dict[str, str]:
    row = dict.fromkeys(CSV_COLUMNS, "")
    row.update(id=q.id, type=q.type, category=q.category, prompt=q.prompt, explanation=q.explanation, tags=" ".join(q.tags))
    if q.claims:  # exam formats: a choice row, the statements in its prompt and each verdict in its explanation
        row.update(type="choice", prompt=q.stem, explanation=q.feedback)
    row["source"] = q.locator
    row["fact"] = q.fact
    if q.type in ("short", "numeric"):
        row["answer"] = str(q.answer)
        row["accept"] = LIST_SEPARATOR.join(q.accept)
        row["unit"] = q.unit or ""
    elif q.is_choice:
        row["choices"] = LIST_SEPARATOR.join(q.choices)
        row["answer"] = LIST_SEPARATOR.join(q.answer)
    elif q.type == "truefalse":
        row["answer"] = "true" if q.answer else "false"
    elif q.type == "reveal":
        row["answer"] = str(q.answer)
    elif q.type == "cloze":
        row["text"] = q.text
    elif q.type == "order":
        row["items"] = LIST_SEPARATOR.join(q.items)
    return row


def export_csv(pack: Pack, include_drafts: bool = False) -> tuple[str, int]:
    """The pack as CSV text (one question a row, header first) and the number of rows."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    rows = 0
    for q in pack.questions:
        if q.draft and not include_drafts:
            continue
        writer.writerow(csv_row(pack, q))
        rows += 1
    return buffer.getvalue(), rows
