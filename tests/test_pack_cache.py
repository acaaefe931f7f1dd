"""The pack cache gives exactly what parsing gives, and never a stale answer."""

from __future__ import annotations

import marshal
import os
import shutil
import time

import pytest
from conftest import EXAMPLE_PACKS

from studyapp import pack_cache
from studyapp.pack_cache import PackCache
from studyapp.packs import load_pack_file, load_packs, parse_yaml


@pytest.fixture
def packs(tmp_path):
    folder = tmp_path / "packs"
    shutil.copytree(EXAMPLE_PACKS, folder)
    old = time.time() - 60  # settled: files this old are cached
    for file in folder.iterdir():
        os.utime(file, (old, old))
    return folder


def settle(path, seconds_ago: float = 60) -> None:
    stamp = time.time() - seconds_ago
    os.utime(path, (stamp, stamp))


def test_cached_load_equals_a_fresh_parse(tmp_path, packs):
    fresh = load_packs([packs])
    first = load_packs([packs], cache=PackCache(tmp_path / "cache"))
    cache = PackCache(tmp_path / "cache")
    again = load_packs([packs], cache=cache)
    assert cache.hits == 1 and cache.misses == 0
    assert again.packs == first.packs == fresh.packs
    assert again.problems == fresh.problems
    assert again.packs[0].path == fresh.packs[0].path


def test_an_edit_invalidates_the_entry_even_with_the_same_size(tmp_path, packs):
    file = packs / "example.yaml"
    load_packs([packs], cache=PackCache(tmp_path / "cache"))
    text = file.read_text()
    file.write_text(text.replace("Ottawa", "Ottowa"))  # same length
    settle(file, 30)
    cache = PackCache(tmp_path / "cache")
    result = load_packs([packs], cache=cache)
    assert cache.misses == 1
    assert result.packs[0].questions[0].answer == "Ottowa"


def test_an_edit_that_keeps_size_and_mtime_is_still_seen(tmp_path, packs):
    """cp -p, or an editor restoring the time: the change time gives it away."""
    file = packs / "example.yaml"
    load_packs([packs], cache=PackCache(tmp_path / "cache"))
    info = file.stat()
    file.write_text(file.read_text().replace("Ottawa", "Ottowa"))
    os.utime(file, ns=(info.st_atime_ns, info.st_mtime_ns))
    assert file.stat().st_mtime_ns == info.st_mtime_ns and file.stat().st_size == info.st_size
    result = load_packs([packs], cache=PackCache(tmp_path / "cache"))
    assert result.packs[0].questions[0].answer == "Ottowa"


def test_a_file_edited_just_now_is_not_cached(tmp_path, packs):
    file = packs / "example.yaml"
    file.write_text(file.read_text())  # mtime: now
    cache = PackCache(tmp_path / "cache")
    load_packs([packs], cache=cache)
    assert cache.misses == 1 and not any((tmp_path / "cache").glob("*"))
    settle(file)
    load_packs([packs], cache=PackCache(tmp_path / "cache"))
    assert len(list((tmp_path / "cache").glob("*"))) == 1


def test_problems_are_cached_with_their_lines(tmp_path):
    folder = tmp_path / "packs"
    folder.mkdir()
    bad = folder / "bad.yaml"
    bad.write_text("id: bad\ntitle: Bad\nquestions:\n  - id: q\n    type: nonsense\n    category: place\n    prompt: P?\n")
    settle(bad)
    fresh = load_packs([folder])
    load_packs([folder], cache=PackCache(tmp_path / "cache"))
    cache = PackCache(tmp_path / "cache")
    cached = load_packs([folder], cache=cache)
    assert cache.hits == 1 and cached.problems == fresh.problems and cached.problems[0].line == 5


def test_a_different_working_folder_still_hits_and_shows_paths_from_there(tmp_path, monkeypatch):
    """Paths are shown relative to the working folder; the cache must not depend on it
    (people start the app from anywhere), yet problems must name the file as seen from there."""
    folder = tmp_path / "packs"
    folder.mkdir()
    bad = folder / "bad.yaml"
    bad.write_text("id: bad\ntitle: Bad\nquestions:\n  - id: q\n    type: nonsense\n    category: place\n    prompt: P?\n")
    settle(bad)
    monkeypatch.chdir(tmp_path)
    first = load_packs([folder], cache=PackCache(tmp_path / "cache"))
    assert first.problems[0].path == "packs/bad.yaml"
    monkeypatch.chdir(folder)
    cache = PackCache(tmp_path / "cache")
    result = load_packs([folder], cache=cache)
    assert cache.hits == 1 and cache.misses == 0
    assert result.problems == load_packs([folder]).problems
    assert result.problems[0].path == "bad.yaml" and str(result.problems[0]).startswith("bad.yaml:5:")


def test_a_change_to_the_validator_misses(tmp_path, packs, monkeypatch):
    load_packs([packs], cache=PackCache(tmp_path / "cache"))
    monkeypatch.setattr(pack_cache, "_code_fingerprint", lambda: ("another validator",))
    cache = PackCache(tmp_path / "cache")
    load_packs([packs], cache=cache)
    assert cache.misses == 1


def test_a_damaged_entry_is_ignored_and_replaced(tmp_path, packs):
    load_packs([packs], cache=PackCache(tmp_path / "cache"))
    entry = next((tmp_path / "cache").iterdir())
    entry.write_bytes(b"\x00garbage")
    cache = PackCache(tmp_path / "cache")
    assert load_packs([packs], cache=cache).packs == load_packs([packs]).packs
    assert cache.misses == 1
    assert load_packs([packs], cache=PackCache(tmp_path / "cache")).packs == load_packs([packs]).packs


def test_prune_removes_entries_of_deleted_packs_only(tmp_path, packs):
    other = tmp_path / "other.yaml"
    shutil.copy(packs / "example.yaml", other)
    settle(other)
    load_packs([packs, other], cache=PackCache(tmp_path / "cache"))
    assert len(list((tmp_path / "cache").iterdir())) == 2
    cache = PackCache(tmp_path / "cache")
    load_packs([packs], cache=cache)
    assert cache.prune() == 0  # other.yaml still exists
    other.unlink()
    assert cache.prune() == 1
    assert len(list((tmp_path / "cache").iterdir())) == 1


def test_repeated_values_are_shared_after_loading(tmp_path, packs):
    load_packs([packs], cache=PackCache(tmp_path / "cache"))
    questions = load_packs([packs], cache=PackCache(tmp_path / "cache")).packs[0].questions
    assert questions[0].pack_id is questions[1].pack_id
    assert questions[0].source_key is questions[1].source_key


def test_the_app_context_uses_the_cache(tmp_path, packs):
    from studyapp.context import Context
    from studyapp.paths import resolve_paths

    context = Context(resolve_paths(tmp_path / "data"), [packs], bundled=False)
    context.load_packs()
    assert any((tmp_path / "data" / "cache" / "packs").iterdir())


def test_the_fast_yaml_path_reads_the_same_values_and_lines():
    from studyapp import pack_yaml

    for file in EXAMPLE_PACKS.glob("*.yaml"):
        text = file.read_text()
        fast = parse_yaml(text)
        reference = pack_yaml._LineLoader(text).get_single_data()

        def same(a, b):
            assert type(a) is type(b) and a == b
            if isinstance(a, dict):
                assert a.line == b.line and a.key_lines == b.key_lines
                for key in a:
                    same(a[key], b[key])
            elif isinstance(a, list):
                for x, y in zip(a, b):
                    same(x, y)

        same(fast, reference)


BROKEN = {
    "syntax": "id: x\ntitle: T\nquestions:\n  - id: [unclosed\n",
    "tag": "id: x\ntitle: !!python/object/apply:os.system ['echo owned']\nquestions: []\n",
    "aliases": "a0: &a0 [x, x]\n" + "".join(f"a{i}: &a{i} [*a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}]\n" for i in range(1, 14)),
    "control": "id: x\ntitle: bell \x07 here\nquestions: []\n",
    "two documents": "id: x\n---\nid: y\n",
    "bad date": "id: x\ntitle: T\ndate: 2024-13-45\nquestions: []\n",
}


@pytest.mark.parametrize("name", sorted(BROKEN))
def test_broken_yaml_gets_the_reference_parsers_message_and_line(tmp_path, monkeypatch, name):
    from studyapp import pack_yaml

    file = tmp_path / "broken.yaml"
    file.write_text(BROKEN[name])
    fast = load_pack_file(file)
    monkeypatch.setattr(pack_yaml, "_FastLineLoader", None)
    assert load_pack_file(file) == fast
    assert fast[0] is None and fast[1][0].severity == "error"


def _cached(pack, folder):
    """``pack`` as the pack cache gives it back (a CachedPack), through an entry written in ``folder``."""
    cache = PackCache(folder)
    cache._write(cache._entry(pack.path), cache._key(pack.path), pack_cache._encode(pack, []))
    cached = cache.load_pack_file(pack.path)[0]
    assert type(cached) is pack_cache.CachedPack and cache.hits == 1
    return cached


def test_questions_built_through_the_unfrozen_twin_are_the_questions_themselves(tmp_path):
    """The cache builds questions by assigning the class of a plain twin (3x faster than
    the frozen __init__); every bundled question, the exam formats' claims included,
    must come out as ``Question(*values)`` would: same type, fields, hash, still frozen."""
    from dataclasses import FrozenInstanceError, fields

    from studyapp.packs import Question
    from studyapp.paths import BUNDLED_PACKS

    from studyapp import packs as packs_module

    assert packs_module._TWIN is not None, "Question gained a __post_init__ or slots: questions are built the slow way"
    loaded = load_packs([BUNDLED_PACKS, EXAMPLE_PACKS]).packs
    claims = 0
    for pack in loaded:
        cached = _cached(pack, tmp_path)
        offsets = cached._offsets
        data, base = cached._bytes(), cached._bodies_at
        rows = [marshal.loads(data[base + a : base + b]) for a, b in zip(offsets, offsets[1:])]
        for values, original, on_demand in zip(rows, pack.questions, cached.questions, strict=True):
            for built in (pack_cache._question(values), on_demand):  # one row, and a question built when asked for
                assert type(built) is Question and built == original and hash(built) == hash(original)
                assert all(getattr(built, f.name) == getattr(original, f.name) for f in fields(Question))
            claims += bool(built.claims)
    assert claims > 10
    with pytest.raises(FrozenInstanceError):
        built.prompt = "changed"


def test_outlines_come_from_the_cache_without_rebuilding_a_question(tmp_path, packs, monkeypatch):
    full = load_packs([packs], cache=PackCache(tmp_path / "cache"))  # writes the entries
    missed = load_packs([packs], cache=PackCache(tmp_path / "other").outlines())  # no entry yet: loaded in full
    monkeypatch.setattr(pack_cache, "_question", lambda values: pytest.fail("an outline built a question"))
    cache = PackCache(tmp_path / "cache")
    outlines = load_packs([packs], cache=cache.outlines())
    assert cache.hits == 1 and cache.misses == 0
    assert outlines.problems == missed.problems == full.problems
    for outline, other, pack in zip(outlines.packs, missed.packs, full.packs, strict=True):
        assert (outline.id, outline.title, outline.path) == (other.id, other.title, other.path) == (pack.id, pack.title, pack.path)
        assert outline.study_rows == other.study_rows == tuple((q.id, q.category, q.tags) for q in pack.study_questions)
    monkeypatch.undo()
    outline = outlines.packs[0]
    assert [outline.study_question(i) for i in range(len(outline.study_rows))] == list(full.packs[0].study_questions)


def test_an_outlines_question_is_found_by_id_after_the_file_changed(tmp_path, packs):
    file = packs / "example.yaml"
    load_packs([packs], cache=PackCache(tmp_path / "cache"))
    outline = load_packs([packs], cache=PackCache(tmp_path / "cache").outlines()).packs[0]
    first, second = outline.study_rows[0][0], outline.study_rows[1][0]
    text = file.read_text()
    file.write_text(text.replace(f"id: {first}\n", "id: renamed\n", 1))  # the first question is gone, the rest move up
    settle(file)
    assert outline.study_question(1).id == second
    assert outline.study_question(0) is None


def test_entries_keep_their_names_without_hashlib(tmp_path):
    """Entries are named by the SHA-1 of the pack's path, computed without loading OpenSSL
    at start-up: the names are hashlib's, so caches written before still hit."""
    import hashlib

    path = tmp_path / "some pack.yaml"
    name = PackCache(tmp_path / "cache")._entry(path).name
    assert name == hashlib.sha1(os.fsencode(os.path.abspath(path))).hexdigest()[:32]
