"""The collector's young pass runs while the question is read (issue 17, eighteenth round): ``StudySession.prepare``
ends with ``collect_young``, which runs the pass the collector would run inside the next answer when its young
generation is near the threshold, and nothing otherwise or while the collector is off."""

from __future__ import annotations

import gc

import pytest

from studyapp.scheduling import Scheduler
from studyapp.session import YOUNG_ROOM, StudySession, collect_young
from studyapp.store import Store


@pytest.fixture
def collector():
    threshold, enabled = gc.get_threshold(), gc.isenabled()
    gc.collect()
    yield
    gc.set_threshold(*threshold)
    (gc.enable if enabled else gc.disable)()


def test_a_young_generation_near_its_threshold_is_collected_while_the_question_is_read(tmp_path, example_pack, clock, collector):
    session = StudySession.for_packs(Store.open(tmp_path / "s.sqlite3"), Scheduler(fuzz=False), [example_pack], clock.now, seed=1)
    question = session.next_question(clock.now)
    session.prepare(question, clock.now)  # the first one compiles the answer's statements
    gc.set_threshold(100_000)
    gc.collect()
    kept = [[n] for n in range(100_000 - YOUNG_ROOM // 2)]  # within the room, below the threshold: no pass yet
    assert gc.get_count()[0] >= 100_000 - YOUNG_ROOM // 2
    session.prepare(question, clock.now)
    assert gc.get_count()[0] < 100  # the pass ran in prepare, not inside the answer
    del kept
    session.store.close()


def test_nothing_is_collected_far_below_the_threshold_or_with_the_collector_off(collector):
    gc.set_threshold(YOUNG_ROOM + 10_000)
    gc.collect()
    kept = [[n] for n in range(5_000)]
    before = gc.get_count()[0]
    collect_young()
    assert gc.get_count()[0] >= before  # far from the threshold: no pass
    gc.disable()
    more = [[n] for n in range(10_000)]
    collect_young()
    assert gc.get_count()[0] >= before + 10_000  # the collector off: still none
    del kept, more
