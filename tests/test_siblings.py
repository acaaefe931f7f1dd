"""Siblings (questions about one fact): found, warned about, buried in study, never both in a mock."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest

from studyapp.cli import main
from studyapp.commands.drill import right_response
from studyapp.mock import MockExam, sample
from studyapp.packs import load_pack_file, load_packs
from studyapp.paths import BUNDLED_PACKS
from studyapp.scheduling import Scheduler
from studyapp.session import StudySession
from studyapp.siblings import near_map, probable_pairs, warnings
from studyapp.study_order import SiblingFilter, by_pack, in_turn, spread

HEAD = """\
id: {pack}
title: {pack} pack
sources:
  - key: doc
    title: A document
questions:
"""

ALPHA = """\
  - id: norad-name
    type: short
    category: organisation
    fact: norad-command
    prompt: What does the acronym NORAD stand for?
    answer: North American Aerospace Defense Command
    explanation: The binational command.
    source: {key: doc, locator: NORAD}
  - id: norad-acronym
    type: short
    category: organisation
    fact: norad-command
    prompt: Through which binational command do Canada and the US guard their airspace? Give the acronym.
    answer: NORAD
    explanation: The binational command.
    source: {key: doc, locator: NORAD}
  - id: norad-staff
    type: truefalse
    category: organisation
    fact: norad-command
    prompt: NORAD is staffed by Americans only.
    answer: false
    explanation: Canadians serve in it too.
    source: {key: doc, locator: NORAD}
  - id: latvia-where
    type: short
    category: place
    fact: latvia
    prompt: In which country does Canada lead a NATO battle group?
    answer: Latvia
    explanation: The battle group in Latvia.
    source: {key: doc, locator: Latvia}
  - id: latvia-leads
    type: truefalse
    category: place
    fact: latvia
    prompt: Another ally leads the NATO battle group in Latvia, not Canada.
    answer: false
    explanation: Canada leads it.
    source: {key: doc, locator: Latvia}
"""

BETA = """\
  - id: nato-year
    type: numeric
    category: date
    fact: nato-1949
    prompt: In which year was the North Atlantic alliance founded?
    answer: 1949
    explanation: NATO, 1949.
    source: {key: doc, locator: NATO}
  - id: nato-what
    type: short
    category: organisation
    fact: nato-1949
    prompt: Which alliance did Canada help to found in 1949?
    answer: NATO
    explanation: NATO, 1949.
    source: {key: doc, locator: NATO}
  - id: ukraine-total
    type: numeric
    category: figure
    prompt: How much multifaceted support has Canada committed to Ukraine since 2022?
    answer: "$9.7 billion"
    explanation: The document's total.
    source: {key: doc, locator: Ukraine}
  - id: ukraine-order
    type: order
    category: date
    fact: ukraine-order
    prompt: Put these in order, earliest first.
    items:
      - Canada trains Ukrainian personnel (2014)
      - Canada commits $9.7 billion of multifaceted support to Ukraine (2022)
    explanation: 2014, then 2022.
    source: {key: doc, locator: Ukraine}
"""


def filler(prefix: str, n: int) -> str:
    """Questions with nothing in common: no siblings among them."""
    words = ["Ottawa", "Paris", "Delhi", "Tokyo", "Lima", "Oslo", "Cairo", "Quito", "Hanoi", "Accra", "Doha", "Riga"]
    return "".join(
        f"  - id: {prefix}-{i}\n"
        "    type: short\n"
        "    category: place\n"
        f"    prompt: Which capital is number {i} on list {prefix}?\n"
        f"    answer: {words[i % len(words)]} {prefix} {i}\n"
        "    explanation: By the list.\n"
        "    source: {key: doc, locator: List}\n"
        for i in range(n)
    )


def write(folder: Path, name: str, body: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.yaml"
    path.write_text(HEAD.format(pack=name) + body, encoding="utf-8")
    return path


@pytest.fixture
def sibling_packs(tmp_path):
    folder = tmp_path / "packs"
    write(folder, "alpha", ALPHA + filler("a", 4))
    write(folder, "beta", BETA + filler("b", 4))
    result = load_packs([folder])
    assert not result.problems, [str(p) for p in result.problems]
    return result.packs


def facts_of(questions):
    return [q.fact for q in questions if q.fact]


def session_for(store, packs, clock, **kwargs):
    kwargs.setdefault("seed", 3)
    return StudySession.for_packs(store, Scheduler(fuzz=False), packs, clock.now, **kwargs)


def asked(session, clock) -> list:
    """Answer everything the session asks, right, until it ends; the questions in order."""
    shown = []
    while (question := session.next_question(clock.now)) is not None:
        shown.append(question)
        session.answer(question, right_response(question), clock.now)
        clock.advance(minutes=1)
    session.finish(clock.now)
    return shown


# --- finding probable siblings -------------------------------------------------


def test_the_issues_examples_are_probable_siblings_and_unrelated_questions_are_not(sibling_packs):
    alpha, beta = sibling_packs
    bare = [replace(q, fact="") for q in alpha.questions + beta.questions]
    pairs = {frozenset((bare[i].id, bare[j].id)) for i, j in probable_pairs(bare)}
    assert frozenset(("norad-name", "norad-acronym")) in pairs  # "NORAD" in the other's prompt
    assert frozenset(("nato-year", "nato-what")) in pairs  # 1949 in the other's prompt
    assert frozenset(("ukraine-total", "ukraine-order")) in pairs  # $9.7 billion in an order item
    assert frozenset(("latvia-where", "latvia-leads")) in pairs
    assert not any(pair & {"a-0", "a-1", "b-0", "b-1"} for pair in pairs)


def test_a_one_word_cloze_gap_is_matched_with_its_neighbour_not_anywhere(tmp_path):
    body = """\
  - id: tasks
    type: choice
    category: concept
    prompt: Which tasks does the command have?
    choices: [Securing the shared airspace, Warning against maritime threats, Fishing]
    answer: [Securing the shared airspace, Warning against maritime threats]
    explanation: Both.
  - id: cloze
    type: cloze
    category: concept
    text: "The command secures the shared {{airspace}} and warns against {{maritime}} threats."
    explanation: Both.
  - id: groups
    type: short
    category: organisation
    prompt: Which maritime groups does Canada join?
    answer: Standing NATO Maritime Groups
    explanation: They patrol.
"""
    pack, problems = load_pack_file(write(tmp_path, "gaps", body))
    ids = {frozenset((pack.questions[i].id, pack.questions[j].id)) for i, j, _ in pack.near}
    assert ids == {frozenset(("tasks", "cloze"))}


def test_validate_warns_with_file_and_line_naming_both_questions(tmp_path, capsys):
    body = ALPHA.replace("    fact: norad-command\n", "", 2)  # norad-name and norad-acronym lose their key
    path = write(tmp_path, "alpha", body)
    code = main(["validate", "--no-cache", str(path)])
    out = capsys.readouterr().out
    assert code == 0
    lines = [line for line in out.splitlines() if "probable sibling" in line]
    assert lines == [
        f"{path}:14: warning: question 'norad-acronym': probable sibling of 'norad-name' ({path}:7):"
        ' both turn on "norad"; give both the same fact: key (or each its own)'
    ]
    assert main(["validate", "--no-cache", "--strict", str(path)]) == 1


def test_different_fact_keys_silence_the_warning_and_a_bad_key_is_an_error(tmp_path, capsys):
    body = ALPHA.replace("fact: norad-command", "fact: norad-name", 1)
    assert main(["validate", "--no-cache", "--strict", str(write(tmp_path / "ok", "alpha", body))]) == 0
    bad = ALPHA.replace("fact: latvia", "fact: [latvia]", 1)
    path = write(tmp_path / "bad", "alpha", bad)
    assert main(["validate", "--no-cache", str(path)]) == 1
    err = capsys.readouterr().err
    assert f"{path}:34: question 'latvia-where': 'fact' must be a short id" in err


def test_the_bundled_bank_has_no_sibling_warnings_and_its_repeats_share_facts():
    packs = load_packs([BUNDLED_PACKS]).packs
    assert warnings(packs) == []
    fact = {q.id: q.fact for pack in packs for q in pack.questions}
    for group in (
        ("us-norad-acronym", "us-norad-tasks", "us-x-norad-statements"),
        ("us-ukraine-support-total", "us-ukraine-support-since"),
        ("us-nato-founded-year", "us-1949-event", "cf-nato-founded-year", "cf-what-1949"),
        ("us-latvia-place", "us-latvia-brigade-year", "us-x-latvia-assertion"),
        ("us-prestwick-name", "us-prestwick-role"),
        ("cf-unifier-name", "cf-france-ukraine-mission"),
        ("cf-nanook-name", "cf-x-nanook-assertion"),
    ):
        assert len({fact[i] for i in group}) == 1 and fact[group[0]], group
    stripped = [replace(p, questions=tuple(replace(q, fact="") for q in p.questions)) for p in packs]
    assert len(warnings(stripped)) >= 150  # what validate said before the keys were added


def test_the_pack_cache_keeps_the_fact_and_the_probable_siblings(tmp_path, sibling_packs):
    import os
    import time

    from studyapp.pack_cache import PackCache

    path = sibling_packs[1].path
    old = time.time() - 10
    os.utime(path, (old, old))
    cache = PackCache(tmp_path / "cache")
    first, _ = cache.load_pack_file(path)
    second, _ = PackCache(tmp_path / "cache").load_pack_file(path)
    assert second.near == first.near != ()
    assert [q.fact for q in second.questions] == [q.fact for q in first.questions]


# --- study: buried, spread over days, packs in turn ------------------------------


def test_one_question_per_fact_in_a_session_and_the_others_wait_for_tomorrow(store, sibling_packs, clock):
    shown = asked(session_for(store, sibling_packs, clock), clock)
    facts = facts_of(shown)
    assert len(facts) == len(set(facts)) == 4  # norad-command, latvia, nato-1949, ukraine-order
    # Later the same day: the answered facts' other questions stay buried.
    clock.advance(hours=3)
    again = session_for(store, sibling_packs, clock)
    later = asked(again, clock)
    assert not any(q.fact in facts and q.key not in {s.key for s in shown} for q in later)
    # Tomorrow: one more of each fact, never two.
    clock.advance(days=1)
    tomorrow = asked(session_for(store, sibling_packs, clock), clock)
    new_facts = [q.fact for q in tomorrow if q.fact and q.key not in {s.key for s in shown}]
    assert len(new_facts) == len(set(new_facts)) >= 3


def test_new_siblings_are_spread_over_days_one_a_day(store, sibling_packs, clock):
    introduced: dict[str, list[int]] = {}
    seen = set()
    for day in range(8):
        for question in asked(session_for(store, sibling_packs, clock, new_limit=50), clock):
            if question.key not in seen and question.fact:
                seen.add(question.key)
                introduced.setdefault(question.fact, []).append(day)
        clock.advance(days=1)
    # Every sibling comes in the end, each fact's on days of their own (a day with a
    # sibling's review buries the fact's new ones too).
    assert sorted(map(len, introduced.values())) == [1, 2, 2, 3]
    assert all(len(days) == len(set(days)) for days in introduced.values()), introduced
    assert introduced["norad-command"][0] == introduced["latvia"][0] == 0


def test_new_questions_take_the_packs_in_turn_and_the_seed_fixes_the_order(store, sibling_packs, clock):
    first = session_for(store, sibling_packs, clock, new_limit=8, seed=5)
    order = [first._queue[i].pack_id for i in range(len(first._queue))]
    assert len(order) == 8 and order.count("alpha") == order.count("beta") == 4
    assert all(a != b for a, b in zip(order, order[1:]))  # alternating
    store.discard_session(first.session_id)
    same = session_for(store, sibling_packs, clock, new_limit=8, seed=5)
    assert [q.key for q in same._queue] == [q.key for q in first._queue]
    store.discard_session(same.session_id)
    starts = {session_for(store, sibling_packs, clock, new_limit=8, seed=s)._queue[0].pack_id for s in range(12)}
    assert starts == {"alpha", "beta"}  # the seed, not the file order, picks the first pack


def test_everything_due_mixes_the_packs(store, tmp_path, clock):
    folder = tmp_path / "plain"
    write(folder, "one", filler("x", 6))
    write(folder, "two", filler("y", 6))
    packs = load_packs([folder]).packs
    asked(session_for(store, packs, clock, new_limit=12), clock)
    clock.advance(days=60)
    due = session_for(store, packs, clock, new_limit=0)
    order = [q.pack_id for q in due._queue]
    assert len(order) == 12 and all(a != b for a, b in zip(order, order[1:]))


def test_probable_siblings_are_not_placed_next_to_each_other():
    from studyapp.packs import Question

    qs = [Question("p", f"q{i}", "short", "place", f"Prompt {i}", answer=str(i)) for i in range(6)]
    near = {qs[0].key: frozenset({qs[1].key}), qs[1].key: frozenset({qs[0].key})}
    assert [q.id for q in spread(qs, near)] == ["q0", "q2", "q1", "q3", "q4", "q5"]
    assert spread(qs, {}) == qs


def test_in_turn_and_by_pack_keep_each_packs_order():
    from studyapp.packs import Question

    qs = [Question(p, f"{p}{i}", "short", "place", "x", answer="y") for p in "ab" for i in range(3)] + [Question("c", "c0", "short", "place", "x", answer="y")]
    assert [q.id for q in in_turn(by_pack(qs))] == ["a0", "b0", "c0", "a1", "b1", "a2", "b2"]


def test_a_question_answered_today_may_come_back_but_not_its_siblings():
    from studyapp.packs import Question

    a, b = (Question("p", i, "short", "place", "x", answer="y", fact="f") for i in ("a", "b"))
    sift = SiblingFilter({a.key}, {a.key: "f", b.key: "f"})
    assert sift.admit(a) and not sift.admit(b)


def test_the_drill_command_keeps_siblings_apart(tmp_path, sibling_packs, capsys):
    folder = sibling_packs[0].path.parent
    code = main(["drill", "--no-bundled", "--packs", str(folder), "--auto", "40", "--seed", "2", "--clock", "2026-03-02T09:00Z", "--new", "50"])
    assert code == 0
    facts = {q.key: q.fact for pack in sibling_packs for q in pack.questions}
    sessions: list[list[tuple[str, str]]] = []
    for line in capsys.readouterr().out.splitlines():
        if line.startswith("session "):
            sessions.append([])
        elif line.startswith("question "):
            pack_id, question_id = line.split()[1].split("/")
            sessions[-1].append((pack_id, question_id))
    assert sum(map(len, sessions)) >= 40
    for keys in sessions:
        distinct = list(dict.fromkeys(keys))
        named = [facts[k] for k in distinct if facts[k]]
        assert len(named) == len(set(named)), keys


# --- mock exams -------------------------------------------------------------------


@pytest.mark.parametrize("count", [4, 8, 12])
def test_a_mock_never_asks_two_siblings_whatever_the_seed(sibling_packs, count):
    pool = [q for p in sibling_packs for q in p.questions]
    near = near_map(sibling_packs)
    for seed in range(150):
        chosen = sample(pool, count, random.Random(seed), near)
        keys = {q.key for q in chosen}
        assert len(keys) == len(chosen)
        facts = facts_of(chosen)
        assert len(facts) == len(set(facts)), seed
        assert not any(near.get(q.key, frozenset()) & keys for q in chosen), seed
        # 8 filler questions and 5 facts' worth of siblings (ukraine-total and -order are one)
        assert len(chosen) == min(count, 8 + 4)


def test_the_mock_exam_draws_without_siblings(store, sibling_packs, clock):
    pool = [q for p in sibling_packs for q in p.questions]
    mock = MockExam(store, Scheduler(fuzz=False), pool, clock.now, count=30, seed=4, near=near_map(sibling_packs))
    assert len(mock.questions) == 12
    assert len(set(facts_of(mock.questions))) == len(facts_of(mock.questions))


def test_the_bundled_bank_mock_never_asks_siblings():
    packs = load_packs([BUNDLED_PACKS]).packs
    pool = [q for p in packs for q in p.study_questions]
    near = near_map(packs, across=True)
    # the issue's example: a timeline naming "$9.7 billion" support, then "how much?"
    assert ("canada-timeline", "tl-2013-2024") in near[("canada-us", "us-ukraine-support-total")]
    assert ("canada-us", "us-timeline") in near[("canada-us", "us-ukraine-support-total")]
    for seed in range(40):
        chosen = sample(pool, 40, random.Random(seed), near)
        keys = {q.key for q in chosen}
        assert len(chosen) == 40
        assert len(set(facts_of(chosen))) == len(facts_of(chosen))
        assert not any(near.get(q.key, frozenset()) & keys for q in chosen)


# --- the study screen, by keys, at 80x24 ------------------------------------------


async def test_a_real_study_session_at_80x24_shows_no_two_siblings(clock, sibling_packs):
    from studyapp.context import Context
    from studyapp.paths import resolve_paths
    from studyapp.tui.app import StudyApp
    from studyapp.tui.screens.study import StudyScreen

    folder = sibling_packs[0].path.parent
    app = StudyApp(Context(resolve_paths(None), [folder], bundled=False), clock=clock, seed=7, fuzz=False)
    near = near_map(sibling_packs)
    shown = []
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("a")  # everything due: both packs
        await pilot.pause()
        for _ in range(80):
            screen = app.screen
            if not isinstance(screen, StudyScreen) or screen.question is None:
                break
            if screen.outcome is None:
                shown.append(screen.question)
                await pilot.press("ctrl+g", "4")  # "don't know" shows the answer; rated Easy, it is not asked again today
            clock.advance(minutes=1)
            await pilot.press("enter")
            await pilot.pause()
    distinct = list({q.key: q for q in shown}.values())
    assert len(distinct) == 13  # the 9 without a fact, and one of each of the 4 facts
    assert {q.pack_id for q in distinct[:4]} == {"alpha", "beta"}  # the packs mixed from the start
    facts = facts_of(distinct)
    assert len(facts) == len(set(facts))
    firsts = [q for i, q in enumerate(shown) if q.key not in {s.key for s in shown[:i]}]
    assert not any(b.key in near.get(a.key, frozenset()) for a, b in zip(firsts, firsts[1:]))


def test_an_exam_queue_goes_through_the_same_sibling_rules(store, sibling_packs, clock):
    from studyapp.exam import set_exam

    set_exam(store, "Final", clock.now.date() + timedelta(days=10), clock.now, packs=["alpha", "beta"])
    for day in range(3):
        session = session_for(store, sibling_packs, clock, new_limit=50)
        assert session.exam_plans  # the exam's plan, not FSRS, chose these
        shown = asked(session, clock)
        facts = facts_of(list({q.key: q for q in shown}.values()))
        assert len(facts) == len(set(facts)), (day, facts)
        clock.advance(days=1)


async def test_a_mock_exam_in_the_tui_never_asks_two_siblings(clock, sibling_packs):
    from test_mock_tui import answer, start_mock

    from studyapp.context import Context
    from studyapp.paths import resolve_paths
    from studyapp.tui.app import StudyApp

    folder = sibling_packs[0].path.parent
    app = StudyApp(Context(resolve_paths(None), [folder], bundled=False), clock=clock, seed=11, fuzz=False)
    near = near_map(sibling_packs, across=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await start_mock(pilot, "18")
        mock = app.screen
        asked_keys = [q.key for q in mock.mock.questions]
        for _ in range(3):  # the sitting runs on as usual
            shown = mock.question
            await answer(pilot)
            assert mock.question is not shown and mock.question.key in asked_keys
        facts = {q.key: q.fact for p in sibling_packs for q in p.questions}
    assert len(asked_keys) == 12  # 18 asked for, 12 that are not siblings of each other
    named = [facts[k] for k in asked_keys if facts[k]]
    assert len(named) == len(set(named))
    assert not any(near.get(k, frozenset()) & set(asked_keys) for k in asked_keys)
