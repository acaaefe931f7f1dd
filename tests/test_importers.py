"""Importing decks: Anki text export, Quizlet, sheets with a header, Anki packages old and new."""

from __future__ import annotations

import json
import sqlite3
import zipfile
from pathlib import Path

import pytest
import yaml

from conftest import FIXTURES, FakeClock
from studyapp.cli import main
from studyapp.importers import ImportFailure, build_pack, pack_destination, read_apkg, read_delimited, read_file
from studyapp.packs import load_pack_file

IMPORT = FIXTURES / "import"


def questions_of(path: Path, **kwargs) -> tuple[list[dict], list[str], list[str]]:
    result = read_file(path, **kwargs)
    pack, _ = build_pack(result, "t", "T", path.name)
    return pack["questions"], result.skipped, result.media


def by_prompt(questions: list[dict]) -> dict[str, dict]:
    return {q["text"] if q["type"] == "cloze" else q["prompt"]: q for q in questions}


def run_cli(*argv: str) -> int:
    return main(list(argv))


# --- Anki's "Notes in Plain Text" export ---------------------------------------


def test_anki_text_export_reads_html_cloze_unicode_and_reports_bad_rows_by_line():
    questions, skipped, media = questions_of(IMPORT / "anki_notes.txt")
    prompts = by_prompt(questions)
    # HTML becomes plain text: tags dropped, <br> splits lines, entities decoded
    norad = prompts["Which command did Canada and the US create in 1958?"]
    assert norad["answer"] == "NORAD; North American Aerospace Defense Command"
    ukraine = prompts["How much has Canada committed to Ukraine since 2022?"]
    assert (ukraine["type"], ukraine["answer"], ukraine["category"]) == ("numeric", "$9.7 billion", "figure")
    # UTF-8, non-Latin text survives untouched; &amp; is decoded
    assert prompts["Столица Канады?"]["answer"] == "Оттава & 渥太华"
    # a quoted field with a newline and a tab is one field; in HTML fields both are just spaces
    assert prompts['Complete the motto: "Strong and free"']["answer"] == "Glorious and free, as the anthem says"
    # Anki cloze: one question per cloze number, the hint kept in the prompt
    clozes = [q for q in questions if q["type"] == "cloze"]
    assert [q["text"] for q in clozes] == ["{{NATO}} was founded in 1949.", "NATO was founded in {{1949}}."]
    assert clozes[1]["prompt"] == "Complete the text (hint: year)." and clozes[1]["category"] == "date"
    assert all(q["explanation"] == "Canada was a founding member." for q in clozes)
    # tags, deck title, media reported as skipped
    assert norad["tags"] == ["norad", "history"]
    assert set(media) == {"flag.png", "anthem.mp3"}
    # the malformed row (an unquoted tab) and the empty back are reported with their lines; the rest imported
    assert skipped == [
        "line 12: 7 columns where the header announces 6 (an unquoted separator?)",
        "line 15: empty back/answer; skipped",
    ]
    assert len(questions) == 7


def test_anki_guid_gives_the_id_so_editing_a_note_keeps_it():
    original = (IMPORT / "anki_notes.txt").read_text(encoding="utf-8")
    edited = original.replace("NORAD<br>", "NORAD (edited)<br>").replace("create in <b>1958</b>", "set up in 1958")
    first = {q["id"] for q in build_pack(read_delimited(original, "a.txt"), "t", "T", "a.txt")[0]["questions"]}
    second = {q["id"] for q in build_pack(read_delimited(edited, "a.txt"), "t", "T", "a.txt")[0]["questions"]}
    assert first == second


# --- Quizlet and sheets --------------------------------------------------------------


def test_quizlet_export_without_header():
    questions, skipped, _ = questions_of(IMPORT / "quizlet.txt")
    prompts = by_prompt(questions)
    assert prompts["NORAD"]["answer"] == "North American Aerospace Defense Command"
    nato = prompts["Year NATO was founded"]
    assert (nato["type"], nato["answer"], nato["category"]) == ("numeric", 1949, "date")
    assert prompts["Μέγαρο Μαξίμου"]["answer"] == "Greek prime minister's office"
    assert skipped == ["line 4: no separator between term and definition"]
    assert len(questions) == 5


def test_sheet_with_header_row_keeps_quoted_newlines_and_strips_html():
    questions, skipped, _ = questions_of(IMPORT / "sheet.csv")
    prompts = by_prompt(questions)
    assert prompts["Two lines,\nin one question"]["explanation"] == 'A field may hold "quotes", commas and tabs'
    assert prompts["Which operation trains Ukrainian forces?"]["answer"] == "UNIFIER"
    assert prompts["Capital of Canada"]["explanation"] == "Chosen in 1857, by Queen Victoria"
    assert prompts["Largest city of Québec"]["answer"] == "Montréal"
    assert skipped == ["line 6: empty front/prompt; skipped"]  # line 3 holds a two-line record, so this row starts on line 6


def test_semicolon_sheet_and_header_aliases():
    result = read_delimited("Term;Definition\nNATO;1949\nNORAD;1958\n", "deck.csv")
    assert result.format == "sheet" and [r.fields["answer"] for r in result.records] == ["1949", "1958"]


def test_non_utf8_file_is_refused_with_its_line(tmp_path):
    path = tmp_path / "latin1.csv"
    path.write_bytes("Question,Answer\nCapital,Ottawa\nCafé,Montr\xe9al\n".encode("latin-1"))
    with pytest.raises(ImportFailure, match=r"latin1.csv:3: not UTF-8"):
        read_file(path)


# --- the command: user pack folder, re-import, safety ---------------------------------


def test_import_writes_a_valid_pack_in_the_user_folder_and_reimport_updates(tmp_path, isolated_dirs, capsys):
    deck = tmp_path / "My Deck.csv"
    deck.write_text("Question,Answer\nCapital of Canada,Ottawa\nYear NATO was founded,1949\n", encoding="utf-8")
    assert run_cli("import", str(deck)) == 0
    target = isolated_dirs / "packs" / "my-deck.yaml"
    pack, problems = load_pack_file(target)
    assert not [p for p in problems if p.severity == "error"]
    ids = [q.id for q in pack.questions]

    # progress on a question, then an author edit in the YAML, then the deck changes and is imported again
    from studyapp.store import Store

    store = Store.open(isolated_dirs / "progress.sqlite3")
    from studyapp.scheduling import Scheduler
    from studyapp.session import StudySession, overview

    clock = FakeClock()
    session = StudySession(store, Scheduler(0.9, fuzz=False), list(pack.questions), clock(), new_limit=10)
    question = session.next_question(clock())
    session.answer(question, "Ottawa" if question.type == "short" else "1949", clock())
    data = yaml.safe_load(target.read_text(encoding="utf-8"))
    data["questions"][0]["category"] = "place"
    target.write_text("# Imported by studyapp (edited by hand)\n" + yaml.safe_dump(data, sort_keys=False), encoding="utf-8")

    deck.write_text("Question,Answer\nCapital of Canada,Ottawa (Ontario)\nYear NATO was founded,1949\nNORAD,1958\n", encoding="utf-8")
    capsys.readouterr()
    assert run_cli("import", str(deck)) == 0
    assert "1 new, 1 updated, 1 unchanged, 0 removed" in capsys.readouterr().out  # NATO did not change
    again, _ = load_pack_file(target)
    assert [q.id for q in again.questions][:2] == ids  # same ids: no duplicates, progress kept
    assert again.questions[0].answer == "Ottawa (Ontario)" and again.questions[0].category == "place"
    row = next(r for r in overview(store, [again], clock()) if r.pack.id == "my-deck")
    assert (row.total, row.new) == (3, 2)
    store.close()


@pytest.mark.parametrize("bad_id", ["../escape", "a/b", "..", "/abs", "x/../../y"])
def test_import_never_writes_outside_the_user_pack_folder(tmp_path, isolated_dirs, bad_id, capsys):
    deck = tmp_path / "deck.csv"
    deck.write_text("Question,Answer\nA question,An answer\n", encoding="utf-8")
    assert run_cli("import", str(deck), "--id", bad_id) == 1
    assert "not a valid pack id" in capsys.readouterr().err
    assert not any(p.suffix == ".yaml" for p in tmp_path.rglob("*"))


def test_crafted_file_names_become_safe_ids(tmp_path, isolated_dirs):
    deck = tmp_path / "..%2F..%2Fevil ..csv"
    deck.write_text("Question,Answer\nA question,An answer\n", encoding="utf-8")
    assert run_cli("import", str(deck)) == 0
    written = [p for p in tmp_path.rglob("*.yaml")]
    assert len(written) == 1 and written[0].parent == isolated_dirs / "packs"
    with pytest.raises(ImportFailure):
        pack_destination(tmp_path, "../x")


def test_import_refuses_to_replace_a_hand_written_pack(tmp_path, isolated_dirs, capsys):
    (isolated_dirs / "packs").mkdir(parents=True)
    mine = isolated_dirs / "packs" / "deck.yaml"
    mine.write_text("id: deck\ntitle: Mine\nquestions: []\n", encoding="utf-8")
    deck = tmp_path / "deck.csv"
    deck.write_text("Question,Answer\nA question,An answer\n", encoding="utf-8")
    assert run_cli("import", str(deck)) == 1
    assert "was not written by `studyapp import`" in capsys.readouterr().err
    assert mine.read_text(encoding="utf-8").startswith("id: deck")


def test_a_file_that_is_not_a_deck_gets_one_clear_line(tmp_path, isolated_dirs, capsys):
    fake = tmp_path / "deck.apkg"
    fake.write_bytes(b"not a zip at all")
    assert run_cli("import", str(fake)) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "not an Anki package" in err


# --- Anki packages -------------------------------------------------------------------


@pytest.fixture(scope="module")
def anki_packages(tmp_path_factory):
    """A small deck made by the real Anki library, exported in the legacy and the current package format."""
    anki_collection = pytest.importorskip("anki.collection")
    folder = tmp_path_factory.mktemp("anki")
    col = anki_collection.Collection(str(folder / "collection.anki2"))
    try:
        deck = col.decks.id("Studies::Canada")
        media_file = folder / "map.png"
        media_file.write_bytes(b"\x89PNG\r\n\x1a\n")
        stored = col.media.add_file(str(media_file))
        basic = col.new_note(col.models.by_name("Basic"))
        basic["Front"] = f"Capital of <b>Canada</b>?<img src=\"{stored}\">"
        basic["Back"] = "Ottawa&nbsp;"
        basic.tags = ["geo"]
        col.add_note(basic, deck)
        cloze = col.new_note(col.models.by_name("Cloze"))
        cloze["Text"] = "{{c1::NORAD}} was created in {{c2::1958}}."
        cloze["Back Extra"] = "Binational <i>command</i>"
        col.add_note(cloze, deck)
        russian = col.new_note(col.models.by_name("Basic"))
        russian["Front"] = "Столица Канады?"
        russian["Back"] = "Оттава"
        col.add_note(russian, deck)
        paths = {}
        for legacy in (True, False):
            options = anki_collection.ExportAnkiPackageOptions(with_scheduling=False, with_deck_configs=False, with_media=True, legacy=legacy)
            out = folder / f"deck-{'legacy' if legacy else 'current'}.apkg"
            col.export_anki_package(out_path=str(out), options=options, limit=anki_collection.DeckIdLimit(deck_id=deck))
            paths["legacy" if legacy else "current"] = out
        guids = sorted(col.get_note(nid).guid for nid in col.find_notes(""))
    finally:
        col.close()
    return paths, guids


@pytest.mark.parametrize("kind, member", [("legacy", "collection.anki21"), ("current", "collection.anki21b")])
def test_apkg_in_both_formats(anki_packages, kind, member):
    paths, _ = anki_packages
    with zipfile.ZipFile(paths[kind]) as archive:
        assert member in archive.namelist()
    result = read_apkg(paths[kind])
    assert result.format == f"apkg ({member})" and result.title == "Canada"
    pack, _ = build_pack(result, "t", result.title, "deck.apkg")
    prompts = by_prompt(pack["questions"])
    assert prompts["Capital of Canada?"]["answer"] == "Ottawa" and prompts["Capital of Canada?"]["tags"] == ["geo"]
    assert prompts["Столица Канады?"]["answer"] == "Оттава"
    assert "{{NORAD}} was created in 1958." in prompts and "NORAD was created in {{1958}}." in prompts
    assert prompts["NORAD was created in {{1958}}."]["explanation"] == "Binational command"
    assert any(name.startswith("map") for name in result.media)
    assert not result.skipped


def test_both_formats_give_the_same_ids(anki_packages):
    paths, _ = anki_packages
    ids = [sorted(q["id"] for q in build_pack(read_apkg(p), "t", "T", "d")[0]["questions"]) for p in paths.values()]
    assert ids[0] == ids[1] and len(ids[0]) == 4


def test_handmade_legacy_package_with_media_json_and_an_unknown_note_type(tmp_path):
    """Old Anki (2.1.x) packages: collection.anki2 with models/decks as JSON in the col table."""
    database = tmp_path / "collection.anki2"
    connection = sqlite3.connect(database)
    connection.executescript(
        "CREATE TABLE col (models TEXT, decks TEXT);"
        "CREATE TABLE notes (id INTEGER, guid TEXT, mid INTEGER, tags TEXT, flds TEXT);"
        "CREATE TABLE cards (nid INTEGER, did INTEGER, ord INTEGER);"
    )
    models = {"11": {"name": "Basic", "type": 0, "flds": [{"name": "Front", "ord": 0}, {"name": "Back", "ord": 1}]}}
    connection.execute("INSERT INTO col VALUES (?, ?)", (json.dumps(models), json.dumps({"5": {"name": "Old deck"}})))
    connection.execute("INSERT INTO notes VALUES (1, 'g1', 11, ' x ', 'Front<br>text\x1fBack [sound:a.mp3]')")
    connection.execute("INSERT INTO notes VALUES (2, 'g2', 99, '', 'orphan\x1fnote')")
    connection.execute("INSERT INTO cards VALUES (1, 5, 0)")
    connection.commit()
    connection.close()
    package = tmp_path / "old.apkg"
    with zipfile.ZipFile(package, "w") as archive:
        archive.write(database, "collection.anki2")
        archive.writestr("media", json.dumps({"0": "a.mp3"}))
    result = read_apkg(package)
    assert result.title == "Old deck"
    assert [r.fields for r in result.records] == [{"prompt": "Front\ntext", "answer": "Back"}]
    assert result.skipped == ["note 2: unknown note type 99; skipped"] and result.media == ["a.mp3"]


def test_control_characters_never_reach_the_pack():
    result = read_delimited("Question,Answer\nA\x00 question\x07,An\x1b answer\n", "c.csv")
    assert result.records[0].fields == {"prompt": "A question", "answer": "An answer"}
