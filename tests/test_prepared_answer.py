"""What is worked out while a question is read (issue 17): the verdict on the answer as the
pack writes it and a short answer's other forms (``grading.prepare``). An answer graded from
them gets the verdict grading it afresh gives, and any other response is graded in full."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from studyapp import grading
from studyapp.grading import verdict
from studyapp.grading.short import answer_forms
from studyapp.packs import load_packs
from studyapp.paths import BUNDLED_PACKS


def _typed_bundled():
    packs = load_packs([BUNDLED_PACKS]).packs
    return [q for p in packs for q in p.questions if q.type in ("short", "numeric", "cloze")]


def _as_written(question):
    if question.type == "cloze":
        return [gap[0] for gap in question.gaps]
    return str(question.answer) if question.type == "numeric" else question.answer


@pytest.fixture
def counted(monkeypatch):
    """The number of times each question type's judge runs."""
    calls: dict[str, int] = {}
    for kind in ("short", "numeric", "cloze"):
        real = verdict.HANDLERS[kind]

        def judge(q, r, a, d, _real=real, _kind=kind):
            calls[_kind] = calls.get(_kind, 0) + 1
            return _real(q, r, a, d)

        monkeypatch.setitem(verdict.HANDLERS, kind, judge)
    return calls


def test_every_bundled_answer_as_written_gets_the_verdict_a_fresh_grading_gives(counted):
    questions = _typed_bundled()
    assert len(questions) > 90
    for question in questions:
        fresh = verdict.HANDLERS[question.type](question, _as_written(question), (), "dmy")
        grading.prepare(question)
        before = dict(counted)
        assert grading.grade(question, _as_written(question)) == fresh, question.id
        assert counted == before, question.id  # judged while the question was read, not now


def test_any_other_response_or_setting_is_graded_in_full(counted):
    question = SimpleNamespace(
        type="short", prompt="Which alliance did Canada help found in 1949?", answer="NATO", accept=("North Atlantic Treaty Organization",),
        explanation="Canada was a founding member of NATO.", category="organisation", text="", gaps=(),
    )  # fmt: skip
    other = SimpleNamespace(**vars(question))
    grading.prepare(question)
    start = counted.get("short", 0)
    assert grading.grade(question, "NATO").correct
    assert counted.get("short", 0) == start
    assert grading.grade(question, "nato").correct  # not as written: judged now
    assert not grading.grade(question, "SEATO").correct
    assert grading.grade(question, "NATO", date_order="mdy").correct
    assert grading.grade(question, "NATO", accepted=("the alliance",)).correct
    assert grading.grade(other, "NATO").correct  # the same words, another question
    assert counted["short"] == start + 5


def test_a_figure_and_a_cloze_as_written_are_judged_once():
    figure = SimpleNamespace(type="numeric", prompt="How many troops?", answer=2200, accept=(), unit="troops", tolerance=None,
                             explanation="", category="figure", text="", gaps=())  # fmt: skip
    cloze = SimpleNamespace(type="cloze", prompt="Fill the gaps.", text="Canada joined {{NATO}} in {{1949}}.", gaps=(("NATO",), ("1949",)),
                            explanation="", category="date", answer=None)  # fmt: skip
    for question, written in ((figure, "2200"), (cloze, ["NATO", "1949"])):
        grading.prepare(question)
        kept = verdict._ready
        assert kept is not None and kept[0] is question and kept[3] == written
        assert grading.grade(question, written) is kept[4] and kept[4].correct


def test_a_short_answers_other_forms_are_read_while_it_is_shown():
    """A typo or a sentence is read several ways (in words, spelled out...): each reading found the
    answer's other forms (acronyms, a place's other names...) already worked out."""
    question = SimpleNamespace(
        type="short", prompt="Which city hosted the summit?", answer="Mumbai", accept=(), explanation="The summit met in Mumbai.",
        category="place", text="", gaps=(),
    )  # fmt: skip
    answer_forms.cache_clear()
    grading.prepare(question)
    assert answer_forms.cache_info().misses == 1
    assert grading.grade(question, "Bombay").correct
    assert grading.grade(question, "Mumbay").correct  # a typo
    assert not grading.grade(question, "Delhi").correct
    assert answer_forms.cache_info().misses == 1


def test_has_word_reads_a_word_boundary_as_re_does():
    """``text.has_word`` stands in for ``re.search(rf"\\b{re.escape(word)}\\b", text)`` in answers (no
    pattern compiled per answer word): the same on every pair, accents, digits of other scripts,
    combining marks and the empty word included."""
    import random
    import re

    from studyapp.grading.text import has_word

    rng = random.Random(3)
    alphabet = "aAbB_1 -.'é(Ω\u0301٣²ǅ\u200d"
    for _ in range(20000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 9)))
        word = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 3)))
        assert has_word(text, word) == (re.search(rf"\b{re.escape(word)}\b", text) is not None), (text, word)


def test_a_prepared_typo_or_wrong_cloze_compiles_no_pattern(monkeypatch):
    """Patterns made from a question's words were compiled inside answers (0.02-0.15 ms each): a
    cloze's joins are now read while it is shown, and a typo's checks need none."""
    import re._compiler

    from studyapp.scheduling import Scheduler
    from studyapp.session import warm_answer_path

    warm_answer_path(Scheduler(fuzz=False))

    def cloze(where, first, second):
        return SimpleNamespace(type="cloze", prompt="Fill the gaps.", text=f"Talks {where} {{{{{first}}}}} and {{{{{second}}}}} followed.",
                               gaps=((first,), (second,)), explanation="", category=None, answer=None)  # fmt: skip

    def short(answer):
        return SimpleNamespace(type="short", prompt="Which operation?", answer=answer, accept=(), explanation="", category="operation", text="", gaps=())

    # Another question of each kind first: fixed patterns that ``re`` caches are compiled once a process, whichever comes first.
    assert not grading.grade(cloze("in", "Paris", "Lyon"), ["Pariss", "Zzyzx"]).correct
    assert grading.grade(short("Operation Unifier"), "Operation Unifeir").correct
    cloze, short = cloze("near", "Ottawa", "Kananaskis"), short("Operation Reassurance")
    grading.prepare(cloze)
    grading.prepare(short)
    compiled = []
    real = re._compiler.compile
    monkeypatch.setattr(re._compiler, "compile", lambda *a, **k: compiled.append(a[0]) or real(*a, **k))
    assert not grading.grade(cloze, ["Otawa", "Zzyzx"]).correct
    assert grading.grade(short, "Operation Reassurence").correct
    assert compiled == []


def test_a_grader_error_while_the_question_is_read_ends_nothing(monkeypatch):
    """Grading the answer as written is work the learner did not ask for: if the grader fails on some
    pack's answer, prepare keeps quiet and the answer is graded in full when it comes."""

    def broken(q, r, a, d):
        raise RuntimeError("a grader bug on this answer")

    question = SimpleNamespace(type="short", prompt="Which city?", answer="Ottawa", accept=(), explanation="", category=None, text="", gaps=())
    monkeypatch.setitem(verdict.HANDLERS, "short", broken)
    grading.prepare(question)  # no exception
    assert verdict._ready is None
    monkeypatch.undo()
    assert grading.grade(question, "Ottawa").correct
