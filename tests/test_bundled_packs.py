"""The bundled question banks: complete, valid, and answerable by their own answers."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from studyapp.grading import grade
from studyapp.packs import CATEGORIES, load_packs
from studyapp.paths import BUNDLED_PACKS

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"
RESULT = load_packs([BUNDLED_PACKS])
PACKS = RESULT.packs
QUESTIONS = [q for pack in PACKS for q in pack.questions]


def test_bundled_packs_validate_with_no_errors_or_warnings():
    assert RESULT.problems == []
    assert len(PACKS) >= 5


def test_ids_are_unique_across_every_pack():
    assert len({p.id for p in PACKS}) == len(PACKS)
    for pack in PACKS:
        ids = [q.id for q in pack.questions]
        assert len(ids) == len(set(ids)), pack.id


@pytest.mark.parametrize("question", QUESTIONS, ids=lambda q: f"{q.pack_id}/{q.id}")
def test_every_question_has_category_source_and_explanation(question):
    pack = next(p for p in PACKS if p.id == question.pack_id)
    assert question.category in CATEGORIES
    assert question.feedback.strip()  # the exam formats explain each statement instead
    assert pack.source(question.source_key) is not None
    assert question.locator.strip()


def test_every_choice_answer_is_among_its_choices():
    for q in QUESTIONS:
        if q.type == "choice":
            assert set(q.answer) <= set(q.choices), q.id


def test_dates_operations_and_figures_have_at_least_20_questions_each():
    counts = Counter(q.category for q in QUESTIONS)
    for category in ("date", "operation", "figure"):
        assert counts[category] >= 20, (category, counts[category])


def test_every_pack_uses_at_least_four_question_types():
    for pack in PACKS:
        assert len({q.type for q in pack.questions}) >= 4, pack.id


def test_every_source_document_has_a_pack_that_names_its_file():
    files = {s.file for pack in PACKS for s in pack.sources}
    for name in ("000_9303aab175a426b1.txt", "001_b47c08ca5ac87fd4.txt", "002_7f29cf56a1423bd0.txt", "003_c5b8c06ce8db78e7.txt"):
        assert name in files
    assert any(f.startswith("004_b731101cf441795f") for f in files)


@pytest.mark.skipif(not SEEDS.is_dir(), reason="the source documents live beside the repo in ../shared/seeds")
def test_cited_source_files_exist():
    for pack in PACKS:
        for source in pack.sources:
            if source.file:
                assert (SEEDS / source.file).is_file(), source.file


def _own_answer(q):
    if q.type in ("short", "numeric"):
        return str(q.answer)
    if q.is_choice:
        return list(q.answer)
    if q.type == "truefalse":
        return q.answer
    if q.type == "cloze":
        return [gap[0] for gap in q.gaps]
    return list(q.items)


@pytest.mark.parametrize("question", QUESTIONS, ids=lambda q: f"{q.pack_id}/{q.id}")
def test_each_question_accepts_its_own_answer_and_alternatives(question):
    assert grade(question, _own_answer(question)).correct
    for alternative in question.accept:
        assert grade(question, alternative).correct, alternative
    if question.type == "cloze":
        for index, gap in enumerate(question.gaps):
            for alternative in gap[1:]:
                response = [g[0] for g in question.gaps]
                response[index] = alternative
                assert grade(question, response).correct, alternative


def test_timelines_span_the_documents():
    orders = [q for q in QUESTIONS if q.type == "order"]
    assert len(orders) >= 6
    timeline = next(p for p in PACKS if p.id == "canada-timeline")
    assert len(timeline.sources) == 5


EXAM = [q for q in QUESTIONS if q.type in ("statements", "pairs", "assertion")]


def test_every_pack_has_at_least_eight_exam_format_questions_of_each_kind_mixed():
    for pack in PACKS:
        mine = [q for q in EXAM if q.pack_id == pack.id]
        assert len(mine) >= 8, pack.id
        assert {q.type for q in mine} == {"statements", "pairs", "assertion"}, pack.id


@pytest.mark.parametrize("question", EXAM, ids=lambda q: f"{q.pack_id}/{q.id}")
def test_exam_format_options_are_built_right_and_the_feedback_covers_each_statement(question):
    q = question
    right = [c for c in q.claims if c.correct]
    (answer,) = q.answer
    assert answer in q.choices and len(set(q.choices)) == len(q.choices) >= 3
    if q.type == "assertion":
        first, second = (c.correct for c in q.claims)
        expected = 0 if first and second and q.explains else 1 if first and second else 2 if first else 3
        assert q.choices.index(answer) == expected
    elif q.ask == "how-many":  # the option names the number of correct statements or pairs
        words = {0: "none", 1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six"}
        expected = "both" if len(right) == len(q.claims) == 2 else words[len(right)]
        assert expected in answer.lower().split(), (answer, len(right))
    elif q.ask == "match":  # the code maps every List I item to the List II line that holds its partner
        found = (re.search(r"\s{3}(\d)\. (.+)$", line) for line in q.stem.splitlines())  # side by side or one list under the other
        list_two = {int(m[1]): m[2] for m in found if m}
        assert sorted(list_two) == list(range(1, len(q.claims) + 1))
        for letter, number in (part.split("-") for part in answer.split()):
            assert list_two[int(number)] == q.claims["ABCDEF".index(letter)].right, (letter, number)
    else:  # which: the option lists exactly the numbers of the correct statements
        numbers = set() if answer.startswith(("Neither", "None")) else {int(n) for n in answer.replace(",", " ").split() if n.isdigit()}
        assert numbers == {i + 1 for i, c in enumerate(q.claims) if c.correct}, answer
    assert 0 < len(right) or q.ask == "how-many"
    feedback = q.feedback.splitlines()
    for claim in q.claims:  # every statement gets its own verdict and why
        assert claim.why and any(claim.why in line for line in feedback), claim
    assert all(c.text in q.stem or (c.left in q.stem and c.right in q.stem) for c in q.claims)
