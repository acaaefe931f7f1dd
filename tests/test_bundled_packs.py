"""The bundled question banks: complete, valid, and answerable by their own answers."""

from __future__ import annotations

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
    assert question.explanation.strip()
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
    if q.type == "choice":
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
