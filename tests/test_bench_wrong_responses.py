"""The performance suite's wrong answers (bench/run.py ``response_for``, issue 17's seventeenth round) are typed as a
learner's would be: varied from question to question, the same every run, and every one graded wrong (rating 1) so
both engines still give the same ratings. One response typed for every wrong answer ("Zzyzx Qwerty") let the
grader's caches keyed by the response answer all but the first."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[1] / "bench"


@pytest.fixture(scope="module")
def bench(tmp_path_factory):
    sys.path.insert(0, str(BENCH))
    try:
        import generate
        import run
    finally:
        sys.path.remove(str(BENCH))
    from studyapp.packs import load_packs

    data = tmp_path_factory.mktemp("wrong") / "data"
    generate.write_collection(data, 600)
    questions = [q for pack in load_packs([data / "packs"]).packs for q in pack.study_questions]
    return run, questions


def test_every_wrong_short_and_cloze_response_is_graded_wrong_and_they_vary(bench):
    import studyapp.grading as grading

    run, questions = bench
    typed = [q for q in questions if q.type in ("short", "cloze")]
    assert len(typed) > 300
    responses = []
    for question in typed:
        response = run.response_for(question, 1)
        assert response == run.response_for(question, 1)  # the same every run
        result = grading.grade(question, response)
        assert int(grading.suggested_rating(result)) == 1, (question.id, response, str(result.reason))
        responses.append(repr(response))
    assert len(set(responses)) > 0.95 * len(responses)
    shorts = [run.response_for(q, 1) for q in typed if q.type == "short"]
    assert any(r.islower() for r in shorts) and any(not r.islower() for r in shorts)  # some typed in lower case
    assert any(len(r.split()) == 1 for r in shorts) and any(len(r.split()) == 2 for r in shorts)


def test_the_earlier_fixed_responses_are_still_there_to_compare(bench, monkeypatch):
    run, questions = bench
    monkeypatch.setattr(run, "FIXED_WRONG", True)
    short = next(q for q in questions if q.type == "short")
    cloze = next(q for q in questions if q.type == "cloze")
    assert run.response_for(short, 1) == "Zzyzx Qwerty"
    assert run.response_for(cloze, 1) == ["zzyzx"] * len(cloze.gaps)
