"""The grader against a fair examiner's labels (tests/grading_eval, docs/grading.md).

Round 1 tuned on tune.yaml and scored holdout.yaml once, blind (frozen in
round1-holdout-result.txt). Round 2 tuned on both and scored holdout2.yaml once,
blind (round2-holdout2-result.txt); round 3 tuned on all three and scored
holdout3.yaml once, blind (round3-holdout3-result.txt: 96.9%, 2 false accepts);
round 4 tuned on all four and scored holdout4.yaml once, blind (round4-holdout4-result.txt:
95.5%, 3 false accepts); round 5 tuned on all five and scored holdout5.yaml once, blind
(round5-holdout5-result.txt: 96.7%, 3 false accepts); round 6 likewise on holdout6.yaml
(round6-holdout6-result.txt: 95.0%, 2 false accepts), round 7 on holdout7.yaml
(round7-holdout7-result.txt: 97.4%, no false accept), round 8 on holdout8.yaml
(round8-holdout8-result.txt: 96.4%, 5 false accepts). The floors below guard against regressions; the blind figures are the frozen files.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

EVAL = Path(__file__).resolve().parent / "grading_eval"
sys.path.insert(0, str(EVAL))
import score as scoring  # noqa: E402

# round 3 tuned on all three files (no blind figure): measured 98.6%, 98.0%, 95.4%
TUNE_MIN_AGREEMENT = 0.98
TUNE_MAX_FALSE_ACCEPTS = 0
HOLDOUT_MIN_AGREEMENT = 0.975  # development data since round 2 (it was 90.4% blind in round 1)
HOLDOUT_MAX_FALSE_ACCEPTS = 0
HOLDOUT2_MIN_AGREEMENT = 0.955  # round 2 scored it blind: 91.2%, 12 false accepts
# swapped gaps of a plain list: the rule "any order" agrees with 6 labels of tune/holdout and goes
# against these 3 of holdout2 (docs/grading.md, Round 3); any other false accept fails the test
HOLDOUT2_ALLOWED_FALSE_ACCEPTS = frozenset({"Q055", "Q086", "Q245"})
HOLDOUT2_MAX_FALSE_ACCEPTS = len(HOLDOUT2_ALLOWED_FALSE_ACCEPTS)


# holdout3: 96.9% and 2 false accepts blind (an order asked as "in the order the article
# gives them", now read as an order); 97.1% and none after that one fix
HOLDOUT3_MIN_AGREEMENT = 0.985  # 99.3% once tuned on in round 4
HOLDOUT3_MAX_FALSE_ACCEPTS = 0

# holdout4: 95.5% and 3 false accepts blind; 98.0% and none once tuned on
HOLDOUT4_MIN_AGREEMENT = 0.975
HOLDOUT4_MAX_FALSE_ACCEPTS = 0

# holdout5: 96.7% and 3 false accepts blind; 98.1% and none once tuned on
HOLDOUT5_MIN_AGREEMENT = 0.975
HOLDOUT5_MAX_FALSE_ACCEPTS = 0

# holdout6: 95.0% and 2 false accepts blind; 97.1% and none once tuned on
HOLDOUT6_MIN_AGREEMENT = 0.965
HOLDOUT6_MAX_FALSE_ACCEPTS = 0

# holdout7: 97.4% and no false accept blind; 98.6% once tuned on
HOLDOUT7_MIN_AGREEMENT = 0.98
HOLDOUT7_MAX_FALSE_ACCEPTS = 0

# holdout8: 96.4% and 5 false accepts blind; 96.8% and none once tuned on
HOLDOUT8_MIN_AGREEMENT = 0.965
HOLDOUT8_MAX_FALSE_ACCEPTS = 0


@pytest.fixture(scope="module")
def questions():
    return scoring._bundled_questions()


@pytest.mark.skipif(not (EVAL / "tune.yaml").is_file(), reason="tune.yaml not written yet")
def test_tune_set_agrees_with_the_examiner(questions):
    result = scoring.score(EVAL / "tune.yaml", questions)
    assert result.overall.cases >= 100
    assert result.overall.false_accepts <= TUNE_MAX_FALSE_ACCEPTS, scoring.report(result)
    assert result.overall.agreement >= TUNE_MIN_AGREEMENT, scoring.report(result)


@pytest.mark.skipif(not (EVAL / "holdout.yaml").is_file(), reason="holdout.yaml not written yet")
def test_holdout_set_agrees_with_the_examiner(questions):
    result = scoring.score(EVAL / "holdout.yaml", questions)
    assert result.overall.false_accepts <= HOLDOUT_MAX_FALSE_ACCEPTS, scoring.report(result)
    assert result.overall.agreement >= HOLDOUT_MIN_AGREEMENT, scoring.report(result)


@pytest.mark.skipif(not (EVAL / "holdout2.yaml").is_file(), reason="holdout2.yaml not written yet")
def test_holdout2_set_agrees_with_the_examiner(questions):
    result = scoring.score(EVAL / "holdout2.yaml", questions)
    accepted_wrongly = {o.case_id for o in result.outcomes if o.graded and not o.label}
    assert accepted_wrongly <= HOLDOUT2_ALLOWED_FALSE_ACCEPTS, scoring.report(result)
    assert result.overall.false_accepts <= HOLDOUT2_MAX_FALSE_ACCEPTS, scoring.report(result)
    assert result.overall.agreement >= HOLDOUT2_MIN_AGREEMENT, scoring.report(result)


@pytest.mark.skipif(not (EVAL / "holdout3.yaml").is_file(), reason="holdout3.yaml not written yet")
def test_holdout3_set_agrees_with_the_examiner(questions):
    result = scoring.score(EVAL / "holdout3.yaml", questions)
    assert result.overall.false_accepts <= HOLDOUT3_MAX_FALSE_ACCEPTS, scoring.report(result)
    assert result.overall.agreement >= HOLDOUT3_MIN_AGREEMENT, scoring.report(result)


@pytest.mark.skipif(not (EVAL / "holdout4.yaml").is_file(), reason="holdout4.yaml not written yet")
def test_holdout4_set_agrees_with_the_examiner(questions):
    result = scoring.score(EVAL / "holdout4.yaml", questions)
    assert result.overall.false_accepts <= HOLDOUT4_MAX_FALSE_ACCEPTS, scoring.report(result)
    assert result.overall.agreement >= HOLDOUT4_MIN_AGREEMENT, scoring.report(result)


@pytest.mark.skipif(not (EVAL / "holdout5.yaml").is_file(), reason="holdout5.yaml not written yet")
def test_holdout5_set_agrees_with_the_examiner(questions):
    result = scoring.score(EVAL / "holdout5.yaml", questions)
    assert result.overall.false_accepts <= HOLDOUT5_MAX_FALSE_ACCEPTS, scoring.report(result)
    assert result.overall.agreement >= HOLDOUT5_MIN_AGREEMENT, scoring.report(result)


@pytest.mark.skipif(not (EVAL / "holdout6.yaml").is_file(), reason="holdout6.yaml not written yet")
def test_holdout6_set_agrees_with_the_examiner(questions):
    result = scoring.score(EVAL / "holdout6.yaml", questions)
    assert result.overall.false_accepts <= HOLDOUT6_MAX_FALSE_ACCEPTS, scoring.report(result)
    assert result.overall.agreement >= HOLDOUT6_MIN_AGREEMENT, scoring.report(result)


@pytest.mark.skipif(not (EVAL / "holdout7.yaml").is_file(), reason="holdout7.yaml not written yet")
def test_holdout7_set_agrees_with_the_examiner(questions):
    result = scoring.score(EVAL / "holdout7.yaml", questions)
    assert result.overall.false_accepts <= HOLDOUT7_MAX_FALSE_ACCEPTS, scoring.report(result)
    assert result.overall.agreement >= HOLDOUT7_MIN_AGREEMENT, scoring.report(result)


@pytest.mark.skipif(not (EVAL / "holdout8.yaml").is_file(), reason="holdout8.yaml not written yet")
def test_holdout8_set_agrees_with_the_examiner(questions):
    result = scoring.score(EVAL / "holdout8.yaml", questions)
    assert result.overall.false_accepts <= HOLDOUT8_MAX_FALSE_ACCEPTS, scoring.report(result)
    assert result.overall.agreement >= HOLDOUT8_MIN_AGREEMENT, scoring.report(result)


def test_the_scorer_counts_false_accepts_and_rejects(tmp_path, questions):
    cases = tmp_path / "cases.yaml"
    cases.write_text(
        "- {id: A, ref: canada-us/us-nato-founded-year, response: 'in 1949', verdict: right, why: x, topic: exact}\n"
        "- {id: B, ref: canada-us/us-nato-founded-year, response: '1948', verdict: right, why: x, topic: exact}\n"
        "- {id: C, ref: canada-us/us-latvia-place, response: 'Latvia', verdict: wrong, why: x, topic: wrong}\n"
        "- id: D\n  question: {type: numeric, prompt: 'How many?', answer: 1800, unit: troops}\n"
        "  response: about 1,800 soldiers\n  verdict: right\n  why: x\n  topic: qualifier\n"
        "- id: E\n  question: {type: short, prompt: 'When?', answer: 12 June 2026}\n"
        "  response: 06/12/2026\n  date_order: mdy\n  verdict: right\n  why: x\n  topic: dotted-date\n"
    )
    result = scoring.score(cases, questions)
    assert (result.overall.cases, result.overall.agree) == (5, 3)
    assert (result.overall.false_accepts, result.overall.false_rejects) == (1, 1)
    assert result.by_topic["exact"].false_rejects == 1
    assert [o.case_id for o in result.disagreements] == ["B", "C"]
    assert "FALSE ACCEPT" in scoring.report(result)


def test_the_scorer_names_a_bad_case(tmp_path, questions):
    cases = tmp_path / "cases.yaml"
    cases.write_text("- {id: X1, ref: nope/nothing, response: a, verdict: right, why: x, topic: exact}\n")
    with pytest.raises(scoring.CaseError, match="cases.yaml: case X1: no bundled question 'nope/nothing'"):
        scoring.score(cases, questions)
