"""Numbers and quantities: every way the issue-12 learners write a figure (studyapp.grading.numbers)."""

from __future__ import annotations

import pytest

from studyapp.grading import Reason, grade_numeric, parse_quantity


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("nineteen forty-nine", 1949),
        ("twenty twenty-two", 2022),
        ("nineteen oh five", 1905),
        ("two thousand and ten", 2010),
        ("MCMXLIX", 1949),
        ("minus 63", -63),
        ("minus sixty-three", -63),
        ("-63", -63),
        ("\u221263", -63),
        ("18 lakh", 1_800_000),
        ("18 lakhs", 1_800_000),
        ("18 lac", 1_800_000),
        ("1 crore", 10_000_000),
        ("18,00,000", 1_800_000),
        ("6.81 lakh crore", 6.81e12),
        ("9,7", 9.7),
        ("9,7 milliards", 9.7e9),
        ("5,22 Mrd.", 5.22e9),
        ("8,849", 8849),
        ("1.800.000", 1_800_000),
        ("1.800,5", 1800.5),
        ("4,6 Mrd. €", 4.6e9),
    ],
)
def test_parse_quantity_reads_words_years_signs_and_indian_units(text, value):
    assert parse_quantity(text).value == pytest.approx(value)


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("CAD$9.7 billion", "cad"),
        ("C$9.7 billion", "cad"),
        ("US $8.55 billion", "usd"),
        ("8.55 billion U.S. dollars", "usd"),
        ("8.55 billion USD", "usd"),
        ("₹500 crore", "inr"),
        ("Rs 500 crore", "rupee"),  # any country's rupee: Nepal, Pakistan and Sri Lanka write "Rs" too
        ("INR 500 crore", "inr"),
        ("500 crore rupees", "rupee"),  # any rupee, as "$" is any dollar (round 6): agrees with ₹
        ("500 crore of rupees", "rupee"),
        ("-63 °C", "degree_Celsius"),
        ("8,891 miles", "mile"),
        ("6 weeks", "week"),
    ],
)
def test_currencies_and_units_are_read_as_one_spelling(text, unit):
    assert parse_quantity(text).unit == unit


@pytest.mark.parametrize("text", ["fifty nineteen", "1990s", "12 34", "mix", "Latvia"])
def test_what_is_not_one_number_is_refused(text):
    assert parse_quantity(text) is None


RIGHT = [
    ("in 1949", 1949, None, "In which year was NATO founded?"),
    ("since 2022", 2022, None, "Since which year?"),
    ("by 2026", 2026, None, "By which year?"),
    ("I think it was 1949", 1949, None, "In which year?"),
    ("nineteen forty-nine", 1949, None, "In which year?"),
    ("over 40,000", "40,000", "personnel", "More than how many personnel?"),
    ("40,000+", "40,000", "personnel", "More than how many personnel?"),
    ("more than $4.6 billion", "$4.6 billion", "CAD", "More than how much did it commit?"),  # the document's bound
    ("around 40%", 40, "%", "What percentage?"),
    ("about 1.8 million", "1.8 million", "people", "About how many?"),
    ("~1.8 million", "1.8 million", "people", "About how many?"),
    ("at least 40,000", "40,000", "personnel", "At least how many took part?"),
    ("nearly two years", 2, "years", "Nearly how many years?"),
    ("the 65th", "65th", None, "Which anniversary?"),
    ("sixty-fifth", "65th", None, "Which anniversary?"),
    ("two", 2, "world wars", "In how many world wars?"),
    ("18 lakh", "1.8 million", "people", "About how many?"),
    ("10 lakh", "1 million", "people", "About how many?"),
    ("minus 63", "-63", "°C", "How cold?"),
    ("-63 °C", "-63", "°C", "How cold?"),
    ("50 degrees below zero", "-50", "°C", "How cold?"),
    ("9,7 milliards", "$9.7 billion", "CAD", "How much?"),
    ("CAD$9.7 billion", "$9.7 billion", "CAD", "How much?"),
    ("C$9.7 billion", "$9.7 billion", "CAD", "How much?"),
    ("US $8.55 billion", "$8.55 billion", "USD", "How much?"),
    ("8.55 billion U.S. dollars", "$8.55 billion", "USD", "How much?"),
    ("USD 8.55 billion", "$8.55 billion", "USD", "How much?"),
    ("about 1,800 soldiers", 1800, "troops", "How many troops did X deploy?"),
    ("one and a half million", "1.5 million", "people", "How many?"),
    ("half a million", 500_000, None, "How many?"),
    ("two fifths", 40, "%", "What share?"),
    ("three quarters", 75, "%", "What share?"),
]


@pytest.mark.parametrize(("response", "answer", "unit", "prompt"), RIGHT)
def test_a_figure_with_the_words_the_documents_use_is_right(response, answer, unit, prompt):
    result = grade_numeric(response, answer, unit=unit, prompt=prompt)
    assert result.correct, result


WRONG = [
    ("1.8 lakh", "1.8 million", "people"),  # 180,000
    ("1 crore", "1 million", "people"),  # 10 million
    ("1948", 1949, None),
    ("in 1948", 1949, None),
    ("63", "-63", "°C"),
    ("63 °C", "-63", "°C"),
    ("2,200 tanks", "2,200", "troops"),
    ("9.7 billion USD", "$9.7 billion", "CAD"),
    ("₹8.55 billion", "$8.55 billion", "USD"),
    ("8.55 billion rupees", "$8.55 billion", "USD"),
    ("under 40,000", "40,000", "personnel"),
    ("not 40,000", "40,000", "personnel"),
    ("40,000 and 2,000", "40,000", "personnel"),
    ("a fifth", 40, "%"),
    ("half a billion", 500_000, None),
]


@pytest.mark.parametrize(("response", "answer", "unit"), WRONG)
def test_another_figure_unit_or_currency_is_wrong(response, answer, unit):
    result = grade_numeric(response, answer, unit=unit, prompt="How many?")
    assert not result.correct, result
    assert result.reason is Reason.WRONG


def test_a_year_in_words_inside_a_sentence_is_read():
    assert grade_numeric("it was in nineteen forty-nine", 1949, prompt="In which year?").correct


def test_numbers_get_no_typo_tolerance_even_in_words():
    assert not grade_numeric("nineteen forty-eight", 1949, prompt="In which year?").correct


def test_a_dot_before_three_digits_of_a_measure_is_read_as_a_thousands_point_where_those_are_the_answers_digits():
    # "253.000 ha", "Rp 10.000" (round 215, 209): no figure is written to three noughts after a decimal point
    result = grade_numeric("40.000 km", "40,000 km", prompt="How far?")
    assert result.correct and "thousands point" in result.detail
    wrong = grade_numeric("45.000 km", "40,000 km", prompt="How far?")
    assert not wrong.correct
    assert "decimal point" in wrong.detail and "write 45,000" in wrong.detail


def test_a_dot_before_three_digits_of_a_count_is_a_thousands_point():
    # round 2 (holdout H110): 40 personnel is never written "40.000", so the point groups thousands
    result = grade_numeric("40.000", "40,000", unit="personnel", prompt="How many?")
    assert result.correct and "thousands point" in result.detail
    assert not grade_numeric("40.500", "40,000", unit="personnel", prompt="How many?").correct
    assert not grade_numeric("4.000", "40,000", unit="personnel", prompt="How many?").correct
