"""`studyapp overrides`: remembered answers listed, written into the learner's own packs, forgotten."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from studyapp.overrides import Override, OverrideError, is_user_pack, write_into_pack
from studyapp.packs import load_packs
from studyapp.paths import BUNDLED_PACKS

PACK = """\
id: mine
title: My pack
questions:
  # a comment that must survive
  - id: flow
    type: short
    category: place
    prompt: Where?
    answer: Ottawa
    accept: [Ontario]

  - id: block
    type: short
    category: place
    prompt: Which city?
    answer: Paris
    accept:
      - City of Light
    explanation: Capital.

  - id: none
    type: numeric
    category: figure
    prompt: How many?
    answer: 40000
    unit: troops

  - id: gap
    type: cloze
    category: place
    text: "The HQ is in {{Ottawa}}."
"""


def write_pack(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "mine.yaml"
    path.write_text(PACK, encoding="utf-8")
    return path


def load(path):
    result = load_packs([path])
    assert not result.errors, result.errors
    return result.packs[0]


def o(qid, answer):
    return Override("mine", qid, answer, 0.0, None)


def test_answers_go_into_flow_block_and_missing_accept_lists_keeping_comments(tmp_path):
    path = write_pack(tmp_path)
    result = write_into_pack(load(path), [o("flow", "Bytown"), o("block", 'Lutetia "old"'), o("none", "forty thousand soldiers"), o("gap", "x")])
    assert {w.question_id for w in result.written} == {"flow", "block", "none"}
    assert [(s.question_id, why) for s, why in result.skipped] == [("gap", "a cloze question: add it to the pack by hand")]
    pack = load(path)
    accept = {q.id: q.accept for q in pack.questions}
    assert accept["flow"] == ("Ontario", "Bytown")
    assert accept["block"] == ("City of Light", 'Lutetia "old"')
    assert "forty thousand soldiers" in [str(a) for a in accept["none"]]
    text = path.read_text(encoding="utf-8")
    assert "# a comment that must survive" in text and "explanation: Capital." in text


def test_a_pack_that_would_not_load_is_left_as_it_was(tmp_path, monkeypatch):
    path = write_pack(tmp_path)
    import studyapp.overrides as overrides

    monkeypatch.setattr(overrides, "_add_accepts", lambda lines, q, answers: lines + ["  - id: flow", "    oops: ["])
    with pytest.raises(OverrideError, match="not written"):
        write_into_pack(load(path), [o("flow", "Bytown")])
    assert path.read_text(encoding="utf-8") == PACK
    assert not list(tmp_path.glob("*.tmp"))


def test_bundled_packs_are_not_user_packs(tmp_path):
    bundled = load_packs([BUNDLED_PACKS]).packs[0]
    assert not is_user_pack(bundled, BUNDLED_PACKS)
    assert is_user_pack(load(write_pack(tmp_path)), BUNDLED_PACKS)


def run_cli(*args, data):
    env = {**os.environ, "STUDYAPP_DATA_DIR": str(data), "STUDYAPP_CONFIG_DIR": str(data)}
    return subprocess.run([sys.executable, "-m", "studyapp", *args], env=env, capture_output=True, text=True, timeout=60)


def test_the_real_command_lists_writes_and_forgets(tmp_path, clock):
    from studyapp.scheduling import Scheduler
    from studyapp.session import StudySession
    from studyapp.store import Store

    data = tmp_path / "data"
    pack_path = write_pack(data / "packs")
    store = Store.open(data / "progress.sqlite3")
    pack = load(pack_path)
    session = StudySession.for_packs(store, Scheduler(fuzz=False), [pack], clock.now, seed=1)
    flow = next(q for q in pack.questions if q.id == "flow")
    session.overrule(session.answer(flow, "Bytown", clock.now), clock.now)
    store.connection.execute("INSERT INTO accepted_answers VALUES ('canada-us', 'nope', 'x', 1, NULL)")
    store.connection.commit()
    store.close()

    listed = run_cli("overrides", "--json", data=data)
    assert listed.returncode == 0, listed.stderr
    rows = json.loads(listed.stdout)
    assert {(r["pack"], r["question"], r["your_answer"]) for r in rows} == {("mine", "flow", "Bytown"), ("canada-us", "nope", "x")}
    assert next(r for r in rows if r["question"] == "flow")["pack_answer"] == "Ottawa"

    written = run_cli("overrides", "write", data=data)
    assert written.returncode == 1  # the bundled pack is refused, in one line
    assert "a bundled pack" in written.stderr and "Traceback" not in written.stderr
    assert "1 answer(s) added" in written.stdout
    assert "Bytown" in [a for q in load(pack_path).questions if q.id == "flow" for a in q.accept]

    left = json.loads(run_cli("overrides", "--json", data=data).stdout)
    assert [(r["pack"], r["question"]) for r in left] == [("canada-us", "nope")]
    forgot = run_cli("overrides", "forget", "canada-us", data=data)
    assert forgot.returncode == 0 and "Forgot 1" in forgot.stdout
    assert json.loads(run_cli("overrides", "--json", data=data).stdout) == []
