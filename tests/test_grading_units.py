"""Units: a different dimension, or another unit of one dimension, is another answer (studyapp.grading.units)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from studyapp.grading import grade_numeric


@pytest.mark.parametrize(
    ("response", "answer", "unit"),
    [
        ("8,891 miles", "8,891", "km"),
        ("6 weeks", 6, "days"),
        ("8,849 ft", "8,849", "m"),
        ("8,849 feet", "8,849", "m"),
        ("8,849 km", "8,849", "m"),
        ("2,200 tanks", "2,200", "troops"),
        ("40 kg", 40, "km"),
    ],
)
def test_another_unit_is_wrong(response, answer, unit):
    result = grade_numeric(response, answer, unit=unit, prompt="How far?")
    assert not result.correct
    assert response in result.detail


@pytest.mark.parametrize(
    ("response", "answer", "unit"),
    [
        ("8,849 m", "8,849", "m"),  # metres, not 8.849 million
        ("8,849 metres", "8,849", "m"),
        ("8,849 meters", "8,849", "m"),
        ("8849", "8,849", "m"),
        ("14,309 km", "8,891", "miles"),  # converted: the same distance
        ("42 days", 6, "weeks"),
        ("6 wks", 6, "weeks"),
        ("8,891 kilometres", "8,891", "km"),
        ("2,200 soldiers", "2,200", "troops"),
        ("minus 89.2 degrees", "-89.2", "°C"),
    ],
)
def test_the_same_quantity_in_any_spelling_or_a_converted_unit_is_right(response, answer, unit):
    assert grade_numeric(response, answer, unit=unit, prompt="How far?").correct


def test_8849_m_is_millions_only_where_the_answer_is_money():
    assert grade_numeric("8,849 m", "$8.849 billion").correct
    assert not grade_numeric("8,849 m", "8,849", unit="m").detail.startswith("8,849 m ≠")


def test_pint_is_imported_only_for_a_conversion():
    code = (
        "import sys\n"
        "from studyapp.grading import grade_numeric\n"
        "grade_numeric('8,891 kilometres', '8,891', unit='km')\n"
        "grade_numeric('2,200 soldiers', '2,200', unit='troops')\n"
        "before = 'pint' in sys.modules\n"
        "grade_numeric('8,891 miles', '8,891', unit='km')\n"
        "print(before, 'pint' in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.stdout.split() == ["False", "True"], result.stderr
