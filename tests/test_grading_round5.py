"""Grading cases from the eleventh session's rounds (docs/grading.md, "Rounds 37-40"): each was a wrong verdict."""

import pytest

from studyapp.grading import grade_numeric, grade_text


@pytest.mark.parametrize(
    ("response", "right"),
    [
        ("over the next 20 years", True),
        ("for the next 20 years", True),
        ("the next 20 yrs", True),
        ("the next 25 years", False),
        ("the last 20 years", False),
    ],
)
def test_the_next_n_years_is_the_span_itself(response, right):
    assert grade_text(response, "20 years", prompt="For how long will the agreement run?").correct is right


@pytest.mark.parametrize(
    ("response", "right"),
    [("under 20km", True), ("below 20 km", True), ("less than 20 km", True), ("more than 20 km", False), ("under 30 km", False), ("less than 20 miles", False)],
)
def test_a_ceiling_said_in_other_words(response, right):
    prompt = "How far from the Belarus border will the brigade be stationed?"
    assert grade_text(response, "less than 20 km", prompt=prompt).correct is right
    assert grade_numeric(response, "less than 20", unit="km", prompt=prompt + " (in kilometres)").correct is right


@pytest.mark.parametrize(
    ("response", "right"),
    [("almost 2 billion people", True), ("~2 bn", True), ("200 crore", True), ("2 million", False), ("over three billion", False), ("over 2 billion", False)],
)
def test_a_figure_the_pack_gives_with_its_bound(response, right):
    assert grade_text(response, "nearly two billion", prompt="How many people live in the region?").correct is right
