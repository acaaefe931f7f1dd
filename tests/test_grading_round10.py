"""Seventeenth session: units spelled out, numbers said aloud, shares as decimals, Roman numerals past twenty.

Each class has a right answer a fair examiner accepts and a near miss that stays wrong.
"""

from __future__ import annotations

import pytest

from studyapp.grading import grade_numeric, grade_text


@pytest.mark.parametrize(
    ("response", "answer", "unit", "right"),
    [
        ("100 terabits per second", "100", "Tbps", True),  # "second" is a number word and a unit's
        ("twenty gigabits a second", "20", "Gbps", True),
        ("0.1 Pbps", "100", "Tbps", True),
        ("100 gigabits per second", "100", "Tbps", False),
        ("72098 megahertz", "72,098", "MHz", True),
        ("72.098 GHz", "72,098", "MHz", True),
        ("72098 kHz", "72,098", "MHz", False),
        ("132 kilovolts", "132", "kV", True),
        ("132,000 volts", "132", "kV", True),
        ("132 V", "132", "kV", False),
        ("140 kilo newtons", "140", "kN", True),
        ("991 cumecs", "35000", "cusecs", True),  # the treaty's own equivalent
        ("900 cumecs", "35000", "cusecs", False),
        ("1,000 kilotonnes", "1 million", "tonnes", True),
        ("100 kilotonnes", "1 million", "tonnes", False),
        ("3,685 million units", "3,685", "GWh", True),  # India's unit of electricity is the kWh
        ("3,685 units", "3,685", "GWh", False),
        ("3924 GWh", "3924", "million units", True),
        ("3924 MWh", "3924", "million units", False),
    ],
)
def test_units_spelled_out_and_converted(response, answer, unit, right):
    assert grade_numeric(response, answer, unit=unit, prompt="How much?").correct is right


@pytest.mark.parametrize(
    ("response", "answer", "unit", "right"),
    [
        ("one eighty seven", "187", "votes", True),  # votes as they are read out
        ("one eighty-seven votes", "187", "votes", True),
        ("it got one eighty-seven votes", "187", "votes", True),
        ("one eighty-six", "187", "votes", False),
        ("one eighty", "187", "votes", False),
        ("one-fifty per cent", "150", "%", True),
    ],
)
def test_numbers_said_digit_by_pair(response, answer, unit, right):
    assert grade_numeric(response, answer, unit=unit, prompt="How many votes did it get?").correct is right


@pytest.mark.parametrize(
    ("response", "answer", "right"),
    [
        ("0.4", "40", True),
        (".4", "40", True),
        ("0.1 of the value of production", "10", True),
        ("-0.46", "-46", True),
        ("0.04", "40", False),
        ("0.46", "-46", False),  # the sign is part of the share
        ("0.41", "40", False),
    ],
)
def test_a_percentage_as_a_decimal_fraction(response, answer, right):
    assert grade_numeric(response, answer, unit="%", prompt="What share?").correct is right


def test_a_share_of_one_percent_or_less_is_read_as_typed():
    assert grade_numeric("0.5", "0.5", unit="%", prompt="What share?").correct
    assert not grade_numeric("0.005", "0.5", unit="%", prompt="What share?").correct


@pytest.mark.parametrize(
    ("response", "answer", "unit", "prompt", "right"),
    [
        ("25 golds", "25", "gold medals", "How many gold medals did England win?", True),
        ("25 silvers", "25", "gold medals", "How many gold medals did England win?", False),
        ("500 BiPAPs", "500", "BiPAP machines", "How many BiPAP machines did Singapore promise?", True),
        ("500 ventilators", "500", "BiPAP machines", "How many BiPAP machines did Singapore promise?", False),
        ("two CANDUs", "2", "reactors", "How many CANDU reactors does India operate?", True),
        ("2 PHWRs", "2", "reactors", "How many CANDU reactors does India operate?", False),
        ("3 missiles", "3", "batteries", "How many missile batteries did the Philippines order?", False),  # a missile is no battery
    ],
)
def test_the_questions_own_name_for_what_it_counts(response, answer, unit, prompt, right):
    assert grade_numeric(response, answer, unit=unit, prompt=prompt).correct is right


@pytest.mark.parametrize(
    ("response", "answer", "right"),
    [
        ("COP XXVII", "COP27", True),
        ("cop xxvii", "COP27", True),
        ("COP XXVI", "COP27", False),
        ("Art. XXXVI", "Article 36", True),
        ("Art. XXXV", "Article 36", False),
        ("King Charles the Third", "King Charles III", True),
        ("King Charles the third", "King Charles III", True),
        ("Charles the Second", "King Charles III", False),
        ("seventh chapter", "Chapter VII", True),
    ],
)
def test_roman_numerals_past_twenty_and_regnal_numbers_in_words(response, answer, right):
    assert grade_text(response, answer, prompt="Which one?").correct is right


@pytest.mark.parametrize(
    ("response", "right"),
    [
        ("Saydnaya airbase", False),  # another kind of site
        ("Saydnaya jail", True),
        ("Saydnaya", True),
    ],
)
def test_a_descriptor_naming_another_kind_of_site(response, right):
    prompt = "Which notorious military prison north of Damascus did the rebels take?"
    accept = ("Saydnaya", "Saydnaya prison", "Sednaya prison")
    assert grade_text(response, "Saydnaya military prison", accept, prompt=prompt).correct is right


@pytest.mark.parametrize(
    ("response", "prompt", "right"),
    [
        ("till 2036", "Until which year did the UK extend the Diego Garcia lease in 2016?", True),
        ("till 2036", "The strategy adopted in 2023 runs to which year?", True),
        ("till 2036", "In which year was the lease signed?", False),  # a bound is not when it was
        ("before 2036", "Until which year did the UK extend the lease?", False),
    ],
)
def test_till_answers_a_question_that_asks_when_something_ends(response, prompt, right):
    assert grade_numeric(response, "2036", prompt=prompt).correct is right


@pytest.mark.parametrize(
    ("response", "answer", "unit", "prompt", "right"),
    [
        ("the third one", "3", None, "Which tranche of the loan was signed in July 2022?", True),
        ("the second one", "3", None, "Which tranche of the loan was signed in July 2022?", False),
        ("sixth place", "6", None, "In what position was India on the list?", True),
        ("fifth place", "6", None, "In what position was India on the list?", False),
        ("11 abstentions", "11", "countries", "How many countries abstained in the vote?", True),
        ("11 votes against", "11", "countries", "How many countries abstained in the vote?", False),
    ],
)
def test_an_ordinal_with_one_or_place_and_a_count_of_abstentions(response, answer, unit, prompt, right):
    assert grade_numeric(response, answer, unit=unit, prompt=prompt).correct is right


@pytest.mark.parametrize(
    ("response", "answer", "right"),
    [
        ("FY 2020-21", "April 2020 to March 2021", True),  # India's financial year
        ("2020-21", "April 2020 to March 2021", True),
        ("FY 2019-20", "April 2020 to March 2021", False),
        ("2017–18 fiscal", "2017-18", True),
        ("fiscal year 2017-18", "2017-18", True),
        ("2018-19 fiscal", "2017-18", False),
    ],
)
def test_a_financial_year_in_its_short_form_or_with_fiscal(response, answer, right):
    prompt = "In which financial year was trade reported at $7.86 billion?"
    assert grade_text(response, answer, prompt=prompt).correct is right


@pytest.mark.parametrize(
    ("response", "answer", "unit", "right"),
    [
        ("8,48 trillion rubles", "8.48 trillion", "RUB", True),
        ("₽8.48 trillion", "8.48 trillion", "RUB", True),
        ("8.48 trillion dollars", "8.48 trillion", "RUB", False),
        ("PLN 10 billion", "10 billion", "zloty", True),
        ("10 billion euros", "10 billion", "zloty", False),
        ("33 million acre-feet", "33", "MAF", True),  # the Indus treaty's waters
        ("3.3 MAF", "33", "MAF", False),
        ("26 ppl", "26", "people", True),
    ],
)
def test_more_currencies_acre_feet_and_ppl(response, answer, unit, right):
    assert grade_numeric(response, answer, unit=unit, prompt="How much was it?").correct is right


@pytest.mark.parametrize(
    ("response", "right"),
    [
        ("around half past two in the afternoon", True),
        ("about 2.30 pm", True),
        ("around half past three in the afternoon", False),
        ("around 2.30 am", False),
    ],
)
def test_a_hedged_time_of_day(response, right):
    assert grade_text(response, "2.30 pm", prompt="At what time did it begin?").correct is right


@pytest.mark.parametrize(
    ("response", "answer", "accept", "right"),
    [
        ("Art. V", "Article 5", (), True),
        ("Art. X", "Article 5", (), False),
        ("eighth shortest", "eighth longest", ("8th longest", "eighth"), False),  # turns the answer round
        ("eighth", "eighth longest", ("8th longest", "eighth"), True),
        ("Republic of the Congo", "Democratic Republic of the Congo", ("DRC", "DR Congo", "Congo"), False),
        ("DR Congo", "Democratic Republic of the Congo", ("DRC", "DR Congo", "Congo"), True),
        ("clade IIb", "clade 1b", ("clade Ib",), False),  # another clade, not a doubled letter
        ("clade Ib", "clade 1b", ("clade Ib",), True),
    ],
)
def test_the_seventeenth_sessions_false_accepts(response, answer, accept, right):
    assert grade_text(response, answer, accept, prompt="Which one?").correct is right


@pytest.mark.parametrize(
    ("response", "unit", "prompt", "right"),
    [
        ("190 MPs", "members", "How many members voted for the impeachment?", True),
        ("190 lawmakers", "members", "How many members voted for the impeachment?", True),
        ("190 senators", "members", "How many members voted for the impeachment?", False),
        ("190 peacekeepers", "soldiers", "How many soldiers were deployed?", True),
        ("190 civilians", "soldiers", "How many soldiers were deployed?", False),
        ("190 allies", "countries", "How many countries met the target?", True),
    ],
)
def test_members_as_mps_and_allies_and_soldiers_as_peacekeepers(response, unit, prompt, right):
    assert grade_numeric(response, "190", unit=unit, prompt=prompt).correct is right


@pytest.mark.parametrize(
    ("response", "answer", "unit", "right"),
    [
        ("$3.33 billion rupees", "$3.33 billion", "USD", False),  # two currencies at once
        ("$3.33 billion euros", "$3.33 billion", "USD", False),
        ("US$3.33 billion dollars", "$3.33 billion", "USD", True),
    ],
)
def test_two_currencies_at_once(response, answer, unit, right):
    assert grade_numeric(response, answer, unit=unit, prompt="How much were the imports?").correct is right


@pytest.mark.parametrize(
    ("response", "answer", "right"),
    [
        ("22,480 MW to 7,480 MW", "from 7,480 MW to 22,480 MW", False),  # a change runs one way
        ("7,480 MW to 22,480 MW", "from 7,480 MW to 22,480 MW", True),
        ("10,000 to 7,500 tonnes", "7,500-10,000 tonnes", True),  # a plain range does not
        ("IAEA, FAO and WHO", "the IAEA and the FAO", False),  # one more item
        ("FAO and IAEA", "the IAEA and the FAO", True),
    ],
)
def test_a_change_reversed_and_a_list_with_one_more(response, answer, right):
    assert grade_text(response, answer, prompt="Which?").correct is right


@pytest.mark.parametrize(
    ("response", "right"),
    [
        ("by end-2025", True),  # eighteenth session (rounds 157 and 180): a part of the year, hyphenated
        ("end-2025", True),
        ("by mid-2025", True),
        ("start-2025", True),
        ("end-2026", False),
        ("start-2026", False),
    ],
)
def test_a_hyphenated_part_of_the_year_names_the_year(response, right):
    prompt = "By the end of which year is the plan due?"
    assert grade_numeric(response, "2025", prompt=prompt).correct is right
    assert grade_text(response, "2025", prompt=prompt).correct is right


@pytest.mark.parametrize(
    ("response", "right"),
    [
        ("59%-67%", True),  # eighteenth session (round 181): a range with the sign on both ends
        ("59%–67%", True),
        ("58%-67%", False),
        ("59%-68%", False),
    ],
)
def test_a_percentage_range_with_both_signs(response, right):
    assert grade_numeric(response, "59-67", unit="%", prompt="By how much would emissions be cut?").correct is right
    assert grade_text(response, "59-67%", prompt="What reduction range did the NDC target?").correct is right


@pytest.mark.parametrize(
    ("response", "answer", "right"),
    [
        ("Art. 9(1)", "Article 9.1", True),  # eighteenth session (round 181): a paragraph in brackets
        ("Article IX.1", "Article 9.1", True),  # the article in Roman numerals
        ("Article III.5 of the UNFCCC", "Article 3.5 of the UNFCCC", True),
        ("Article 9(2)", "Article 9.1", False),
        ("Article X.1", "Article 9.1", False),
        ("in Oct", "October", True),  # round 183: an abbreviated month after "in", as "in October" is read
        ("in Nov", "October", False),
    ],
)
def test_a_provision_in_another_notation_and_a_month_abbreviated(response, answer, right):
    assert grade_text(response, answer, prompt="Which provision, and when?").correct is right


@pytest.mark.parametrize(("response", "right"), [("tenfold", True), ("ninefold", False), ("twelvefold", False)])
def test_a_factor_said_in_one_word(response, right):
    assert grade_numeric(response, "10", unit="times", prompt="By how many times did it grow?").correct is right


@pytest.mark.parametrize(
    ("response", "answer", "unit", "right"),
    [
        ("a year and eight months", "20", "months", True),  # eighteenth session (round 183): a larger unit and the rest
        ("1 year, 8 months", "20", "months", True),
        ("a year and nine months", "20", "months", False),
        ("2 hours and 15 minutes", "135", "minutes", True),
        ("two hours 15 minutes", "135", "minutes", True),
        ("2 hours", "135", "minutes", False),
    ],
)
def test_a_duration_said_in_two_units(response, answer, unit, right):
    assert grade_numeric(response, answer, unit=unit, prompt="For how long?").correct is right
