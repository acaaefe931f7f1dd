"""A session's start builds only the questions it asks (issue 17): the lazy path held to the eager one.

Packs from the pack cache (``CachedPack``) build each question when first asked for, and a
session on whole packs (``StudyQuestions``) works its queue out from the packs' ids. Against
packs parsed from YAML and a session given every question as a list (the path as it was):
the same packs, questions, sibling maps and typo-guard answers, and the same queue in the
same order, with the same siblings buried and the same counts, day after day.
"""

from __future__ import annotations

import marshal
import os
import subprocess
import sys
from dataclasses import fields
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from conftest import FakeClock
from test_siblings import ALPHA, BETA, filler, write

from studyapp import pack_cache
from studyapp.pack_cache import CachedPack, PackCache
from studyapp.packs import PackChanged, Question, StudyQuestions, load_packs
from studyapp.paths import BUNDLED_PACKS
from studyapp.scheduling import Scheduler
from studyapp.session import StudySession
from studyapp.siblings import near_map
from studyapp.store import Store

BENCH = Path(__file__).resolve().parent.parent / "bench"

DRAFTS = """\
  - id: drafted-one
    type: short
    category: place
    draft: true
    fact: latvia
    prompt: Which country's battle group does Canada lead?
    answer: Latvia
    explanation: A draft.
    source: {key: doc, locator: Latvia}
  - id: kept-one
    type: choice
    category: place
    prompt: Which of these is a capital?
    answer: [Riga]
    choices: [Riga, Latvia]
    explanation: Riga.
    source: {key: doc, locator: Latvia}
  - id: drafted-two
    type: truefalse
    category: place
    draft: true
    prompt: Riga is the capital of Latvia.
    answer: true
    explanation: A draft.
    source: {key: doc, locator: Latvia}
"""


@pytest.fixture(autouse=True)
def settled_at_once(monkeypatch):
    monkeypatch.setattr(pack_cache, "SETTLE_SECONDS", -1.0)  # packs written by the test are cached at once


def both(folders: list[Path], cache_dir: Path):
    """The packs parsed from YAML, and the same packs from the pack cache (entries written first)."""
    eager = load_packs(folders)
    load_packs(folders, cache=PackCache(cache_dir))  # writes the entries
    cache = PackCache(cache_dir)
    cached = load_packs(folders, cache=cache)
    assert cache.misses == 0 and cache.hits == len(cached.packs) > 0
    assert all(type(pack) is CachedPack for pack in cached.packs)
    assert [str(p) for p in cached.problems] == [str(p) for p in eager.problems]
    return eager.packs, cached.packs


def same_question(a: Question, b: Question) -> None:
    assert type(a) is type(b) is Question
    assert all(getattr(a, f.name) == getattr(b, f.name) for f in fields(Question)), a.key
    assert a == b and hash(a) == hash(b)


def generated(tmp_path: Path, questions: int = 2000) -> Path:
    out = tmp_path / "generated"
    subprocess.run([sys.executable, str(BENCH / "generate.py"), "--questions", str(questions), "--out", str(out)], check=True, capture_output=True)
    return out


@pytest.fixture
def mixed(tmp_path):
    """Packs with facts across packs, probable siblings, drafts and fillers."""
    folder = tmp_path / "packs"
    write(folder, "alpha", ALPHA + filler("a", 12))
    write(folder, "beta", BETA + filler("b", 9))
    write(folder, "gamma", DRAFTS + filler("c", 5))
    return folder


def check_packs(eager, cached) -> None:
    assert len(eager) == len(cached)
    for a, b in zip(eager, cached):
        assert (b.id, b.title, b.path, b.description, b.sources, b.near) == (a.id, a.title, a.path, a.description, a.sources, a.near)
        assert (b.ids, b.study_ids, b.facts, b.study_facts()) == (a.ids, a.study_ids, a.facts, a.study_facts())
        assert list(b.answers()) == list(a.answers())  # before any question is built
        assert b.study_rows == tuple((q.id, q.category, q.tags) for q in a.study_questions)
        assert b._built == {}
        # one at a time, out of order, then several at once, then all of them
        for index in reversed(range(0, len(a.study_ids), 3)):
            same_question(b.study_question(index), a.study_questions[index])
        picked = list(range(1, len(a.study_ids), 2))
        for built, original in zip(b.study_questions_at(picked), (a.study_questions[i] for i in picked), strict=True):
            same_question(built, original)
        for built, original in zip(b.questions, a.questions, strict=True):
            same_question(built, original)
        assert b.study_questions == a.study_questions and b.with_fact == a.with_fact
        assert b == a and a == b
        assert list(b.answers()) == list(a.answers())
    assert near_map(cached) == near_map(eager)


def test_cached_packs_are_the_parsed_packs_question_for_question(tmp_path, mixed):
    eager, cached = both([BUNDLED_PACKS, mixed], tmp_path / "cache")
    assert any(p.facts for p in eager) and any(p.near for p in eager) and any(len(p.ids) != len(p.study_ids) for p in eager)
    check_packs(eager, cached)


def test_cached_packs_of_a_generated_collection_are_the_parsed_packs(tmp_path):
    out = generated(tmp_path)
    eager, cached = both([out / "packs"], tmp_path / "cache")
    check_packs(eager, cached)


def test_an_outline_gives_the_cached_packs_questions(tmp_path, mixed):
    eager, _ = both([mixed], tmp_path / "cache")
    outlines = load_packs([mixed], cache=PackCache(tmp_path / "cache").outlines()).packs
    for outline, pack in zip(outlines, eager, strict=True):
        for index in range(len(outline.study_rows)):
            same_question(outline.study_question(index), pack.study_questions[index])


def sessions_alike(store, eager, cached, now, seed, new_limit=20):
    """A session on every question as a list (the eager path) and one on the cached packs:
    the same queue, question for question, and the same counts."""
    scheduler = Scheduler(fuzz=False)
    listed = [q for pack in eager for q in pack.study_questions]
    first = StudySession(store, scheduler, listed, now, new_limit=new_limit, seed=seed, near=near_map(eager))
    second = StudySession(store, scheduler, StudyQuestions(cached), now, new_limit=new_limit, seed=seed, near=near_map(cached))
    assert isinstance(first._queue, list) and not isinstance(second._queue, list)  # the two paths
    assert (second.remaining, second.total, second._pack_ids) == (first.remaining, first.total, first._pack_ids)
    assert [key for key in (q.key for q in second._queue)] == [q.key for q in first._queue]
    for a, b in zip(first._queue, second._queue, strict=True):
        same_question(a, b)
    for session in (first, second):
        store.discard_session(session.session_id)
    return first


def study(store, packs, clock, seed, count, wrong_every=3):
    """Answer ``count`` questions of a session on ``packs`` (every ``wrong_every``-th given up)."""
    from studyapp.commands.drill import right_response

    session = StudySession(store, Scheduler(fuzz=False), StudyQuestions(packs), clock.now, seed=seed, near=near_map(packs))
    for n in range(count):
        question = session.next_question(clock.now)
        if question is None:
            break
        if n % wrong_every == 0:
            session.give_up(question, clock.now)
        else:
            session.answer(question, right_response(question), clock.now)
        clock.advance(minutes=1)
    session.finish(clock.now)


@pytest.mark.parametrize("source", ["bundled", "generated"])
def test_the_lazy_queue_is_the_eager_queue_day_after_day(tmp_path, store, clock, mixed, source):
    """On the bundled packs from a fresh start, and on a generated collection with its
    history (20,000 reviews, 5% of the seen questions due), both beside packs with facts
    across packs, probable siblings and drafts."""
    if source == "bundled":
        folders = [BUNDLED_PACKS, mixed]
    else:
        out = generated(tmp_path, 2000)
        folders = [out / "packs", mixed]
        store = Store.open(out / "progress.sqlite3")  # its history is dated from now
        clock = FakeClock(datetime.now(timezone.utc))
    eager, cached = both(folders, tmp_path / "cache")
    first = sessions_alike(store, eager, cached, clock.now, seed=8)
    assert first.remaining > 20 if source == "generated" else first.remaining == 20
    for day in range(3):
        study(store, cached, clock, seed=day, count=25)
        # the same day (siblings of today's answers buried, learning steps due), then the next
        for later in (timedelta(minutes=5), timedelta(days=1)):
            clock.advance(minutes=later.total_seconds() / 60)
            for seed, limit in ((day, 20), (day + 10, 0), (day + 20, 7)):
                sessions_alike(store, eager, cached, clock.now, seed, limit)
    if source == "generated":
        store.close()


def test_a_start_builds_no_question_until_one_is_drawn(tmp_path, monkeypatch):
    out = generated(tmp_path, 2000)
    _, cached = both([out / "packs"], tmp_path / "cache")
    built = []
    original = pack_cache._question
    monkeypatch.setattr(pack_cache, "_question", lambda values: built.append(values[1]) or original(values))
    store = Store.open(out / "progress.sqlite3")
    now = datetime.now(timezone.utc)
    session = StudySession.for_packs(store, Scheduler(fuzz=False), cached, now, seed=8)
    assert session.remaining > 50 and built == []  # about 70 due and 20 new
    first = session.next_question(now)
    assert built == [first.id]
    session.prepare(first, now)  # while the question is read: the next one is built, not inside the answer
    assert built == [first.id, session._queue[0].id]
    second = session._queue[0]
    session.answer(first, "", now)
    assert session.next_question(now) is second and len(built) == 2
    assert all(pack._built is not None for pack in cached)  # no pack was built whole
    store.close()


def damage(cache_dir: Path, path: Path, index: int) -> None:
    """The ``index``-th question's bytes in the entry of ``path`` overwritten in place, as a disk
    fault would: the entry's sections and key intact, so it still loads."""
    pack = PackCache(cache_dir).load_pack_file(path)[0]
    with open(pack._entry, "r+b") as handle:
        handle.seek(pack._bodies_at + pack._offsets[index])
        handle.write(b"\xff" * (pack._offsets[index + 1] - pack._offsets[index]))


REWRITE = """
import sys
from pathlib import Path
from studyapp.pack_cache import PackCache
cache = PackCache(Path(sys.argv[1]))
pack, _ = cache.load_pack_file(Path(sys.argv[2]))
assert cache.misses == 1 and pack is not None, (cache.misses, pack)
"""


def test_an_entry_rewritten_by_another_studyapp_after_load_changes_no_loaded_question(tmp_path, mixed):
    """Another terminal's studyapp rewrites the entry after the pack file was edited (other
    ids): the pack loaded before keeps giving its questions as they were loaded."""
    cache_dir = tmp_path / "cache"
    eager, cached = both([mixed], cache_dir)
    pack, original = cached[1], eager[1]
    same_question(pack.study_question(1), original.study_questions[1])  # one built before
    entry = pack._entry
    before = entry.read_bytes()
    write(mixed, "beta", filler("z", 3))  # edited in another terminal
    settled = os.stat(pack.path).st_mtime - 10
    os.utime(pack.path, (settled, settled))
    subprocess.run([sys.executable, "-c", REWRITE, str(cache_dir), str(pack.path)], check=True, capture_output=True)
    assert entry.read_bytes() != before  # rewritten by the other process
    assert PackCache(cache_dir).load_pack_file(pack.path)[0].ids != original.ids
    assert pack.ids == original.ids and pack.study_rows == tuple((q.id, q.category, q.tags) for q in original.study_questions)
    assert list(pack.answers()) == list(original.answers())
    for index in reversed(range(len(original.study_ids))):
        same_question(pack.study_question(index), original.study_questions[index])
    for built, loaded in zip(pack.questions, original.questions, strict=True):
        same_question(built, loaded)
    # the other packs, none of their questions built yet, as they were too
    entry.unlink()
    for other, loaded in zip(cached[::2], eager[::2], strict=True):
        PackCache(cache_dir)._entry(other.path).unlink()
        assert other.questions == loaded.questions


def test_a_damaged_question_in_an_entry_gives_the_pack_file(tmp_path, mixed):
    eager, _ = both([mixed], tmp_path / "cache")
    damage(tmp_path / "cache", eager[1].path, 1)
    cache = PackCache(tmp_path / "cache")
    pack = cache.load_pack_file(eager[1].path)[0]
    assert cache.hits == 1 and type(pack) is CachedPack
    assert [q.id for q in pack.study_questions_at([0, 1])] == list(eager[1].study_ids[:2])
    assert pack._built is None and pack.questions == eager[1].questions  # read from the YAML, whole


def test_a_damaged_entry_whose_pack_changed_since_skips_the_question_with_a_line(tmp_path, mixed, store, clock):
    """The one case a loaded question cannot be had: its bytes were damaged when read and the
    pack file's questions changed since. The session leaves it out and says why; no traceback."""
    cache_dir = tmp_path / "cache"
    eager, _ = both([mixed], cache_dir)
    beta = eager[1]
    for index in range(len(beta.ids)):
        damage(cache_dir, beta.path, index)
    cached = load_packs([mixed], cache=PackCache(cache_dir)).packs
    write(mixed, "beta", filler("z", 3))
    with pytest.raises(PackChanged, match="beta.yaml changed since it was loaded"):
        cached[1].study_question(0)
    session = StudySession.for_packs(store, Scheduler(fuzz=False), cached, clock.now, seed=8, new_limit=100)
    total = session.remaining
    assert any(type(item) is tuple and item[0].id == "beta" for item in session._queue._items)
    first = session.next_question(clock.now)
    session.prepare(first, clock.now)
    drawn = [first.key] + [q.key for q in session._queue]  # each built as it is read
    lost = session.take_lost()
    assert all(pack_id != "beta" for pack_id, _ in drawn) and 0 < len(drawn) < total
    assert len(lost) == total - len(drawn) and all("reload the packs" in line for line in lost)
    assert session.take_lost() == []


async def test_the_study_screen_says_in_a_line_which_questions_it_skipped(tmp_path, mixed, clock):
    from studyapp.context import Context
    from studyapp.paths import resolve_paths
    from studyapp.tui.app import StudyApp

    context = Context(resolve_paths(None), [mixed], bundled=False)
    context.load_packs()  # writes the entries
    beta = next(p for p in context.load_packs().packs if p.id == "beta")
    cache_dir = context.pack_cache().folder
    for index in range(len(beta.ids)):
        damage(cache_dir, beta.path, index)
    loaded = context.load_packs()
    write(mixed, "beta", filler("z", 3))  # edited while the app runs
    app = StudyApp(context, clock=clock, seed=7, fuzz=False, start=["beta"], packs=loaded)
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.pause()
        notes = [str(n.message) for n in app._notifications]
        assert any("beta.yaml changed since it was loaded" in note and "skipped" in note for note in notes), notes
        assert type(app.screen).__name__ != "StudyScreen" or app.screen.question is None


def test_an_entry_cut_short_loads_the_pack_file(tmp_path, mixed):
    eager, cached = both([mixed], tmp_path / "cache")
    entry = cached[0]._entry
    entry.write_bytes(entry.read_bytes()[:-10])
    cache = PackCache(tmp_path / "cache")
    pack, _ = cache.load_pack_file(eager[0].path)
    assert cache.misses == 1 and pack == eager[0]


def test_entries_hold_each_question_on_its_own(tmp_path, mixed):
    eager, cached = both([mixed], tmp_path / "cache")
    pack = cached[0]
    offsets = pack._offsets
    assert len(offsets) == len(pack.ids) + 1
    data, base = pack._bytes(), pack._bodies_at
    blobs = [data[base + a : base + b] for a, b in zip(offsets, offsets[1:])]
    assert [marshal.loads(blob)[1] for blob in blobs] == list(eager[0].ids)


def test_a_loaded_pack_reads_the_rest_of_its_entry_once_when_first_needed(tmp_path, mixed):
    """Loading reads an entry's key, problems, head and offsets; the rest (outline, answers,
    questions) is read whole, once, when first needed, from the entry held open since:
    the entry as it was loaded, even if another studyapp replaced it or it was deleted
    meanwhile (issue 17, sixteenth round: the bytes are not read before the first question)."""
    cache_dir = tmp_path / "cache"
    eager, cached = both([mixed], cache_dir)
    assert all(pack._data is None and pack._open is not None for pack in cached)
    entries = [pack._entry for pack in cached]
    # every entry replaced by another pack's (as a rewrite does: a new file renamed over it), one deleted
    swapped = tmp_path / "swapped"
    swapped.write_bytes(entries[0].read_bytes())
    os.replace(swapped, entries[1])
    entries[2].unlink()
    for pack, original in zip(cached, eager, strict=True):
        fd = pack._open[0]
        assert list(pack.answers()) == list(original.answers())
        assert pack._open is None and pack._data is not None
        with pytest.raises(OSError):
            os.fstat(fd)  # closed once read
        assert pack.study_rows == tuple((q.id, q.category, q.tags) for q in original.study_questions)
        for built, loaded in zip(pack.questions, original.questions, strict=True):
            same_question(built, loaded)


def test_an_unread_pack_dropped_closes_its_entry_and_past_the_limit_entries_are_read_at_load(tmp_path, mixed, monkeypatch):
    import gc

    cache_dir = tmp_path / "cache"
    _, cached = both([mixed], cache_dir)
    fds = [pack._open[0] for pack in cached]
    del cached
    gc.collect()
    for fd in fds:
        with pytest.raises(OSError):
            os.fstat(fd)
    monkeypatch.setattr(pack_cache, "KEEP_OPEN", pack_cache._kept_open + 1)
    packs = load_packs([mixed], cache=PackCache(cache_dir)).packs
    assert [pack._open is not None for pack in packs] == [True, False, False]
    assert [pack._data is None for pack in packs] == [True, False, False]
    eager = load_packs([mixed]).packs
    for pack, original in zip(packs, eager, strict=True):
        assert pack.questions == original.questions
