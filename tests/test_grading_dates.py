"""Dates in the learner's order, year questions answered with a date, and year ranges (studyapp.grading.dates)."""

from __future__ import annotations

from datetime import date

import pytest

from studyapp.grading import grade_numeric, grade_text, parse_date, parse_year_range


@pytest.mark.parametrize(
    ("text", "order", "expected"),
    [
        ("12.06.2026", "dmy", date(2026, 6, 12)),
        ("12/06/2026", "dmy", date(2026, 6, 12)),
        ("12/06/2026", "mdy", date(2026, 12, 6)),
        ("2026.06.12", "dmy", date(2026, 6, 12)),
        ("13/06/2026", "mdy", date(2026, 6, 13)),  # 13 cannot be a month: one reading only
        ("14th of May 1948", "dmy", date(1948, 5, 14)),
        ("May 14, 1948", "mdy", date(1948, 5, 14)),
    ],
)
def test_numeric_dates_follow_the_date_order(text, order, expected):
    assert parse_date(text, order)[0] == expected


@pytest.mark.parametrize("response", ["12.06.2026", "12/06/2026", "12-06-2026", "2026-06-12", "12 June 2026", "June 12, 2026"])
def test_a_dotted_or_slashed_date_is_right_day_first(response):
    assert grade_text(response, "12 June 2026", prompt="When?").correct


def test_month_first_learners_set_their_order():
    assert grade_text("06/12/2026", "12 June 2026", date_order="mdy").correct
    assert not grade_text("06/12/2026", "12 June 2026", date_order="dmy").correct


def test_an_ambiguous_date_read_the_other_way_says_so():
    result = grade_text("06/12/2026", "12 June 2026")
    assert not result.correct
    assert "read day first as 6 December 2026" in result.detail
    assert "the other way round it would be right" in result.detail


def test_a_different_date_is_wrong_without_an_ambiguity_note():
    result = grade_text("13.06.2026", "12 June 2026")
    assert not result.correct and "other way round" not in result.detail


@pytest.mark.parametrize("response", ["April 1949", "4 April 1949", "in April 1949", "04/04/1949"])
def test_a_year_question_answered_with_a_date_of_that_year_is_right(response):
    assert grade_numeric(response, 1949, prompt="In which year was NATO founded?").correct


def test_a_date_of_another_year_is_wrong():
    assert not grade_numeric("April 1948", 1949, prompt="In which year was NATO founded?").correct


def test_a_date_is_no_answer_to_a_count():
    assert grade_numeric("1 July 2025", 40, prompt="How many?").detail == "Not a number"


@pytest.mark.parametrize("text", ["1939-45", "1939-1945", "1939 to 1945", "from 1939 to 1945", "between 1939 and 1945", "1939–45"])
def test_year_ranges_read_as_spans(text):
    assert parse_year_range(text) == (1939, 1945)


def test_year_range_answers():
    assert grade_text("1939-45", "1939-1945").correct
    assert grade_text("from 1939 to 1945", "1939-1945").correct
    assert not grade_text("1939-44", "1939-1945").correct
    assert not grade_text("1939", "1939-1945").correct


def test_a_day_without_a_year_answers_a_day_without_a_year():
    assert grade_text("26/07", "26 July").correct
    assert grade_text("July 26", "26 July").correct
    assert not grade_text("27/07", "26 July").correct
    assert not grade_text("26 July", "26 July 2025").correct  # vaguer than the answer
