"""Exporting packs: to Anki through genanki (checked by the real Anki library) and to CSV."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import pytest

from conftest import EXAMPLE_PACKS
from studyapp.cli import main
from studyapp.exporters import export_anki, export_csv, note_fields
from studyapp.importers import build_pack, read_apkg, read_delimited
from studyapp.packs import load_pack_file

FIELDS_COMPARED = ("type", "category", "prompt", "answer", "accept", "choices", "unit", "gaps", "items", "explanation", "tags")


def reload(pack: dict, tmp_path: Path):
    from studyapp.importers import render_pack

    path = tmp_path / "back.yaml"
    path.write_text(render_pack(pack, "test"), encoding="utf-8")
    loaded, problems = load_pack_file(path)
    assert not [p for p in problems if p.severity == "error"], problems
    return loaded


def test_note_types_per_question_type(example_pack):
    kinds = {q.type: note_fields(example_pack, q)[0] for q in example_pack.questions}
    assert kinds == {"short": "typed", "numeric": "typed", "choice": "choice", "order": "choice", "truefalse": "truefalse", "cloze": "cloze"}
    cloze = next(q for q in example_pack.questions if q.type == "cloze")
    text = note_fields(example_pack, cloze)[1][0]
    # every gap is c1 (one card, all gaps at once, as studyapp asks it); alternatives go to the back
    assert text == "The binational command is {{c1::NORAD}}, created in {{c1::1958}}."
    assert "North American Aerospace Defense Command" in note_fields(example_pack, cloze)[1][2]


def test_pack_to_apkg_imports_into_real_anki_with_notes_and_cards(example_pack, tmp_path):
    anki_collection = pytest.importorskip("anki.collection")
    out = tmp_path / "example.apkg"
    summary = export_anki(example_pack, out)
    assert summary.notes == 6
    col = anki_collection.Collection(str(tmp_path / "collection.anki2"))
    try:
        request = anki_collection.ImportAnkiPackageRequest(package_path=str(out), options=anki_collection.ImportAnkiPackageOptions())
        log = col.import_anki_package(request)
        assert len(log.log.new) == 6
        assert col.note_count() == 6 and col.card_count() == 6
        assert col.decks.by_name("Example pack") is not None
        notes = {col.get_note(nid)["Id"]: col.get_note(nid) for nid in col.find_notes("")}
        cloze = notes["norad-cloze"]
        assert cloze.note_type()["type"] == 1  # Anki's cloze kind
        card = cloze.cards()[0]
        shown = re.sub(r"<style>.*?</style>|<[^>]+>", "", card.question(), flags=re.S)
        assert shown.count("[...]") == 2 and "NORAD" not in shown
        assert "NORAD" in card.answer()
        assert notes["capital"].note_type()["name"] == "studyapp: typed answer"
        assert "{{type:Answer}}" in notes["capital"].note_type()["tmpls"][0]["qfmt"]
        assert notes["operation"]["Answer"] == "UNIFIER" and "<li>NANOOK</li>" in notes["operation"]["Choices"]
        assert notes["founded-alone"]["Answer"] == "False"

        # exporting again and importing updates the same notes (stable GUIDs), never duplicates them
        export_anki(example_pack, out)
        col.import_anki_package(request)
        assert col.note_count() == 6
    finally:
        col.close()


def test_apkg_reads_back_into_the_same_questions(example_pack, tmp_path):
    out = tmp_path / "example.apkg"
    export_anki(example_pack, out)
    result = read_apkg(out)
    pack, _ = build_pack(result, "example", "Example", "example.apkg")
    back = reload(pack, tmp_path)
    assert [q.id for q in back.questions] == [q.id for q in example_pack.questions]
    for original, again in zip(example_pack.questions, back.questions):
        for name in FIELDS_COMPARED:
            assert getattr(again, name) == getattr(original, name), (original.id, name)


def test_csv_round_trip_is_lossless(example_pack, tmp_path):
    text, rows = export_csv(example_pack)
    assert rows == 6
    header = next(csv.reader(io.StringIO(text)))
    assert header[:4] == ["id", "type", "category", "prompt"]
    pack, _ = build_pack(read_delimited(text, "example.csv"), "example", "Example", "example.csv")
    back = reload(pack, tmp_path)
    for original, again in zip(example_pack.questions, back.questions, strict=True):
        assert again.id == original.id
        for name in (*FIELDS_COMPARED, "locator"):
            assert getattr(again, name) == getattr(original, name), (original.id, name)


def test_drafts_are_left_out_unless_asked(tmp_path):
    source = (EXAMPLE_PACKS / "example.yaml").read_text(encoding="utf-8")
    path = tmp_path / "drafty.yaml"
    path.write_text(source.replace("    source: {key: doc, locator: \"Section 5\"}", "    source: {key: doc, locator: \"Section 5\"}\n    draft: true"), encoding="utf-8")
    pack, _ = load_pack_file(path)
    assert export_csv(pack)[1] == 5 and export_csv(pack, include_drafts=True)[1] == 6
    assert export_anki(pack, tmp_path / "d.apkg").skipped_drafts == 1


def test_export_command(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert main(["--packs", str(EXAMPLE_PACKS), "export", "example", "--to", "anki", "out.apkg"]) == 0
    assert (tmp_path / "out.apkg").stat().st_size > 0 and "6 note(s)" in capsys.readouterr().out
    assert main(["export", str(EXAMPLE_PACKS / "example.yaml"), "--to", "csv", "-"]) == 0
    assert capsys.readouterr().out.startswith("id,type,category,prompt")
    assert main(["--packs", str(EXAMPLE_PACKS), "export", "example", "--to", "csv"]) == 0
    assert (tmp_path / "example.csv").exists()
    assert main(["export", "no-such-pack", "--to", "csv"]) == 1
    assert "no pack with id 'no-such-pack'" in capsys.readouterr().err
    assert main(["export", "example", "--to", "pdf"]) == 2


def test_anki_export_leaves_nothing_in_the_temp_folder(example_pack, tmp_path, monkeypatch):
    """genanki's own writer leaves its collection in /tmp; ours cleans up."""
    import tempfile

    scratch = tmp_path / "tmp"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    export_anki(example_pack, tmp_path / "example.apkg")
    assert list(scratch.iterdir()) == []
    assert (tmp_path / "example.apkg").stat().st_size > 0
