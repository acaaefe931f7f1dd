"""Nineteenth session: people counted under another word for people.

"30 men" for 30 attackers, "four bank employees" for 4 staff, "1602 people" for 1602 deaths: a count of people
is right whatever word for people the learner uses, within the kind of group the question counts. Near misses
stay wrong: soldiers for civilians, locals for foreign nationals, tanks for troops. And a word with another
counting or opposite prefix is another word, not a typo ("unicameral" for bicameral, round 200's false accept).
"""

from __future__ import annotations

import pytest

from studyapp.grading import grade_numeric, grade_text


@pytest.mark.parametrize(
    ("response", "answer", "unit", "prompt", "right"),
    [
        ("a group of 30 men", "30", "attackers", "How many attackers stormed the monastery?", True),
        ("around thirty gunmen", "30", "attackers", "How many attackers stormed the monastery?", True),
        ("four bank employees", "4", "staff", "How many staff of the bank were abducted?", True),
        ("around two hundred employees", "200", "staff", "How many staff did the mission have?", True),
        ("a crew of 3 scientists", "3", "people", "How many people made up the submersible's crew?", True),
        ("79 dead", "79", "deaths", "How many deaths did the floods cause?", True),
        ("1602 people", "1602", "deaths", "How many deaths did the earthquake cause?", True),
        ("100 children", "100", "schoolchildren", "How many schoolchildren were kidnapped?", True),
        ("26 soldiers", "26", "civilians", "How many civilians were killed?", False),
        ("two locals", "2", None, "How many foreign nationals were among the victims?", False),
        ("2,200 tanks", "2200", "troops", "How many troops took part?", False),
        ("30 attackers", "30", "hostages", "How many hostages were freed?", False),
    ],
)
def test_people_counted_under_another_word_for_people(response, answer, unit, prompt, right):
    assert grade_numeric(response, answer, unit=unit, prompt=prompt).correct is right


@pytest.mark.parametrize(
    ("response", "answer", "right"),
    [
        ("unicameral", "bicameral", False),  # another prefix of the same set is another word, not a slip
        ("import", "export", False),
        ("bicamral", "bicameral", True),
        ("mutilateral", "multilateral", True),
    ],
)
def test_a_word_with_another_counting_or_opposite_prefix_is_no_typo(response, answer, right):
    assert grade_text(response, answer, prompt="What kind?").correct is right


@pytest.mark.parametrize(
    ("response", "answer", "prompt", "right"),
    [
        ("Peskov", "Dmitry Peskov", "Which Kremlin spokesman said the summit would take time?", True),  # a spokesman is a person
        ("Modi", "Narendra Modi", "Which Indian PM received the Order of the Druk Gyalpo?", True),
        ("Adeniran", "Adeyemi Adeniran", "Which Statistician-General announced the rebased CPI?", True),
        ("Mahendra Modi", "Narendra Modi", "Which Indian PM received the Order of the Druk Gyalpo?", False),
        ("Caroline Leavitt", "Karoline Leavitt", "Which White House spokeswoman said it?", True),  # one sound, two letters
        ("Carolina Leavitt", "Karoline Leavitt", "Which White House spokeswoman said it?", False),
    ],
)
def test_people_asked_for_by_more_kinds_of_post(response, answer, prompt, right):
    assert grade_text(response, answer, prompt=prompt).correct is right


@pytest.mark.parametrize(
    ("response", "answer", "unit", "right"),
    [
        ("Rs 240 billion", "240000000000", "NPR", True),  # Nepal writes "Rs" too
        ("Rs 24,000 crore", "240000000000", "NPR", True),
        ("nearly NPR 240 billion", "240000000000", "NPR", True),  # a code after a qualifier
        ("₹240 billion", "240000000000", "NPR", False),  # the rupee sign is India's
        ("over PKR 240 billion", "240000000000", "NPR", False),
        ("Rs 500 crore", "500 crore", "INR", True),
        ("PKR 500 crore", "500 crore", "INR", False),
    ],
)
def test_rs_is_any_country_s_rupee(response, answer, unit, right):
    assert grade_numeric(response, answer, unit=unit, prompt="How much did it earn?").correct is right


@pytest.mark.parametrize(
    ("response", "answer", "right"),
    [
        ("Year of India in Germany", "Year of Germany in India", False),  # round 212's false accept: the order is the fact
        ("Year of Germany in India", "Year of Germany in India", True),
        ("Germany and India", "India and Germany", True),  # "and" orders nothing
    ],
)
def test_two_countries_swapped_where_a_word_orders_them(response, answer, right):
    assert grade_text(response, answer, prompt="Which year was it?").correct is right


@pytest.mark.parametrize(
    ("response", "right"),
    [
        ("Sh346.7 billion", True),  # Kenya's shilling, as its papers write it
        ("KSh 34,670 crore", True),
        ("KES 346.7 billion", True),
        ("346.7 billion Kenyan shillings", True),
        ("UGX 346.7 billion", False),  # Uganda's shilling
        ("$346.7 billion", False),
    ],
)
def test_kenyan_shillings(response, right):
    assert grade_numeric(response, "346700000000", unit="KES", prompt="How much did the IMF programme provide?").correct is right


@pytest.mark.parametrize(
    ("response", "right"),
    [
        ("Ajit Doval, India's security chief", True),  # the field of the office he holds, with "chief" (found in the tmux check)
        ("security chief Ajit Doval", True),
        ("Ajit Doval, India's defence chief", False),  # a field he does not hold
        ("Ajit Doval, India's foreign minister", False),
    ],
)
def test_a_known_person_by_the_field_of_their_office_and_chief(response, right):
    prompt = "Which Indian official held high-level security talks with Canadian officials in Ottawa?"
    assert grade_text(response, "Ajit Doval", prompt=prompt).correct is right


def test_a_precise_figure_is_no_rounding_of_an_accepted_approximation():
    from types import SimpleNamespace

    from studyapp.grading import grade

    question = SimpleNamespace(
        type="numeric", prompt="What was Suez Canal revenue in 2024?", answer="3.991 billion", unit="USD",
        accept=("$3.991 billion", "about $4 billion"), tolerance=None, explanation="", category=None,
    )  # fmt: skip
    assert not grade(question, "$3.919 billion").correct  # round 217's false accept: the digits swapped
    assert grade(question, "$4 billion").correct
    assert grade(question, "$3,991 million").correct
