"""Every bundled pack: exported to Anki, imported into the real Anki library, exported by Anki,
imported back into studyapp, and compared field by field with the original (sources too)."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from studyapp.exporters import export_anki
from studyapp.importers import build_pack, read_apkg, render_pack
from studyapp.packs import Question, load_pack_file, load_packs

BUNDLED = Path(__file__).resolve().parents[1] / "questions"
FIELDS = tuple(f.name for f in dataclasses.fields(Question) if f.name not in ("pack_id", "line"))
"""Every field of a question, so a field added later is compared too."""


@pytest.fixture(scope="module")
def bundled():
    result = load_packs([BUNDLED])
    assert len(result.packs) >= 6 and not result.errors
    return result.packs


@pytest.mark.parametrize("legacy", [True, False], ids=["anki21", "anki21b"])
def test_bundled_packs_survive_a_round_trip_through_real_anki(bundled, tmp_path, legacy):
    anki_collection = pytest.importorskip("anki.collection")
    kinds = {(q.type, q.ask) for pack in bundled for q in pack.questions}
    assert {("statements", "which"), ("statements", "how-many"), ("pairs", "how-many"), ("pairs", "match"), ("assertion", "")} <= kinds
    col = anki_collection.Collection(str(tmp_path / "collection.anki2"))
    try:
        for pack in bundled:
            ours = tmp_path / f"{pack.id}.apkg"
            export_anki(pack, ours)
            request = anki_collection.ImportAnkiPackageRequest(package_path=str(ours), options=anki_collection.ImportAnkiPackageOptions())
            col.import_anki_package(request)
            deck = col.decks.id_for_name(pack.title)
            assert deck is not None
            theirs = tmp_path / f"{pack.id}-from-anki.apkg"
            options = anki_collection.ExportAnkiPackageOptions(with_scheduling=False, with_deck_configs=False, with_media=False, legacy=legacy)
            col.export_anki_package(out_path=str(theirs), options=options, limit=anki_collection.DeckIdLimit(deck_id=deck))

            result = read_apkg(theirs)
            data, _ = build_pack(result, pack.id, pack.title, theirs.name)
            assert not result.skipped, result.skipped
            written = tmp_path / f"{pack.id}.yaml"
            written.write_text(render_pack(data, "round trip"), encoding="utf-8")
            again, problems = load_pack_file(written)
            assert again is not None and not [p for p in problems if p.severity == "error"], problems
            assert again.sources == pack.sources, pack.id
            study = [q for q in pack.questions if not q.draft]
            assert [q.id for q in again.questions] == [q.id for q in study], pack.id
            for original, back in zip(study, again.questions):
                for name in FIELDS:
                    assert getattr(back, name) == getattr(original, name), (pack.id, original.id, name)
    finally:
        col.close()
