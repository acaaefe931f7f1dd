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


@pytest.mark.parametrize(
    ("response", "right"),
    [
        ("Canada, Australia, NZ and the UK", True),
        ("Australia, Canada, UK, NZ", True),
        ("CANZUK (Canada, Australia, NZ, United Kingdom)", True),
        ("Canada, Australia, New Zealand and the US", False),
        ("Canada, Australia and the UK", False),
        ("CANZUK (Canada, Australia, UK)", False),
    ],
)
def test_canzuk_and_nz_spelled_out(response, right):
    assert grade_text(response, "CANZUK", prompt="Which grouping does the document suggest?").correct is right


def test_nz_is_new_zealand_in_a_list():
    answer = "Australia, Britain, Canada, New Zealand and the United States"
    assert grade_text("USA, Britain, Canada, Australia and NZ", answer, prompt="Which five countries form the Five Eyes?").correct


@pytest.mark.parametrize(
    ("response", "right"), [("GAIL, IOC and BPCL", True), ("GAIL, IOCL and BPCL", True), ("GAIL, IOC and HPCL", False), ("HALL", False)]
)
def test_an_indian_firm_known_by_its_initials_and_limited(response, right):
    answer = "GAIL, Indian Oil Corporation and Bharat Petroleum Corporation"
    target = "Hindustan Aeronautics" if response == "HALL" else answer
    assert grade_text(response, target, prompt="Which companies signed?").correct is right


@pytest.mark.parametrize(("response", "right"), [("Egypt, Jordan", True), ("Egypt and Jordan", True), ("Jordan then Egypt", False), ("Jordan, Egypt", False)])
def test_an_answer_listed_with_then_keeps_its_order(response, right):
    prompt = "Which two Arab states made peace with Israel, in order?"
    assert grade_text(response, "Egypt, then Jordan", prompt=prompt).correct is right
