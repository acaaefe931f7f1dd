"""Round 2 of the fair examiner: the families of false rejects found on holdout.yaml, each with
right phrasings AND the wrong ones its loosening must still refuse."""

from __future__ import annotations

import pytest

from studyapp.grading import grade_numeric, grade_text


def _text(response: str, answer: str, prompt: str, **kw) -> bool:
    return grade_text(response, answer, kw.pop("accept", ()), prompt=prompt, **kw).correct


# --- a figure inside a sentence: verbs and prepositions around it --------------------------------


@pytest.mark.parametrize(
    ("response", "answer", "prompt", "right"),
    [
        ("total goods trade came to $8.55 billion", "$8.55 billion", "What was total goods trade?", True),
        ("it became operational in 2013", 2013, "In which year did it become operational?", True),
        ("they want a brigade there by 2026", 2026, "By which year is a brigade wanted?", True),
        ("up to ₹34,500 crore", "34,500 crore INR", "To how much could the deal rise?", True),
        ("it came to $8.65 billion", "$8.55 billion", "What was total goods trade?", False),
        ("it became operational in 2031", 2013, "In which year did it become operational?", False),
        ("under ₹34,500 crore", "34,500 crore INR", "How much?", False),
    ],
)
def test_verbs_around_a_figure(response, answer, prompt, right):
    assert grade_numeric(response, answer, prompt=prompt).correct is right


def test_open_ended_year_ranges_start_in_the_asked_year():
    prompt = "Since which year has it run?"
    assert grade_numeric("2022-present", 2022, prompt=prompt).correct
    assert grade_numeric("2016 to date", 2016, prompt=prompt).correct
    assert not grade_numeric("2021-present", 2022, prompt=prompt).correct


# --- units in words, stuck to the number, Indian abbreviations; European decimal commas ----------


@pytest.mark.parametrize(
    ("response", "answer", "unit", "right"),
    [
        ("110 kilonewtons", "110 kN", None, True),
        ("110,000 newtons", "110 kN", None, True),
        ("442 kmph", "442 km/h", None, True),
        ("around 442 km per hour", "442 km/h", None, True),
        ("35h", 35, "hours", True),
        ("1,7 t", "1700 kg", None, True),
        ("110 kilograms", "110 kN", None, False),
        ("11,000 newtons", "110 kN", None, False),
        ("442 mph", "442 km/h", None, False),
        ("35 min", 35, "hours", False),
        ("1,7 kg", "1700 kg", None, False),
    ],
)
def test_units_in_words_and_abbreviations(response, answer, unit, right):
    assert grade_numeric(response, answer, unit=unit, prompt="How much?").correct is right


@pytest.mark.parametrize(
    ("response", "answer", "right"),
    [
        ("9,7 milliards de dollars canadiens", "$9.7 billion", True),
        ("4,6 milliards $", "$4.6 billion", True),  # "plus de" is a bound: see test_grading_round3
        ("10,6 milliards d'euros", "10.6 billion EUR", True),
        ("3,99 Milliarden US-Dollar", "3.99 billion USD", True),
        ("9,7 millions de dollars canadiens", "$9.7 billion", False),
        ("10,6 milliards de dollars", "10.6 billion EUR", False),
        ("3,99 Milliarden Euro", "3.99 billion USD", False),
    ],
)
def test_european_decimal_commas_with_scale_and_currency_words(response, answer, right):
    assert grade_numeric(response, answer, prompt="How much was it worth?").correct is right


def test_a_scale_word_after_a():
    prompt = "How much is the defence budget?"
    assert grade_numeric("nearly a lakh crore rupees", "1 lakh crore INR", prompt=prompt).correct
    assert not grade_numeric("a lakh rupees", "1 lakh crore INR", prompt=prompt).correct


# --- counts, editions and factors said another way ------------------------------------------------


def test_a_count_with_a_variant_named_before_the_noun():
    prompt = "How many drones will the Navy get?"
    assert grade_numeric("31 MQ-9B drones", 31, unit="drones", prompt=prompt).correct
    assert grade_numeric("15 Sea Guardian drones", 15, unit="drones", prompt=prompt).correct
    assert not grade_numeric("31 MQ-9B drones", 15, unit="drones", prompt=prompt).correct
    assert not grade_numeric("31 tanks", 31, unit="drones", prompt=prompt).correct


def test_roman_numerals_as_editions():
    prompt = "Which edition of Dharma Guardian was held in 2025?"
    assert grade_numeric("Dharma Guardian VI", "6th", prompt=prompt).correct
    assert grade_numeric("VII", "7th", prompt="Which round of talks was it?").correct
    assert not grade_numeric("Dharma Guardian VII", "6th", prompt=prompt).correct
    assert not grade_numeric("Dharma Guardian IV", "6th", prompt=prompt).correct


def test_factors_as_3x_and_tripled():
    prompt = "By what factor have direct flights grown?"
    for right in ("3x", "tripled", "x3", "threefold"):
        assert grade_numeric(right, 3, unit="times", prompt=prompt).correct, right
    for wrong in ("2x", "doubled", "quadrupled"):
        assert not grade_numeric(wrong, 3, unit="times", prompt=prompt).correct, wrong


def test_thousands_and_denials_of_another_figure():
    prompt = "In which year were the allegations made?"
    assert grade_numeric("2023, not 2010", 2023, prompt=prompt).correct
    assert not grade_numeric("2010, not 2023", 2023, prompt=prompt).correct
    far = "How far can the drones fly without refuelling?"
    assert grade_numeric("not 2,000 km but 2,000 miles", 2000, unit="miles", prompt=far).correct
    assert not grade_numeric("not 2,000 miles but 2,000 km", 2000, unit="miles", prompt=far).correct


# --- ranges of figures and of days ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("response", "answer", "right"),
    [
        ("between 37 and 65 months", "37 to 65 months", True),
        ("37-65 months", "37 to 65 months", True),
        ("between five and ten degrees", "5 to 10 degrees", True),
        ("5-10 °C", "5 to 10 degrees", True),
        ("minus 20 to minus 25", "minus 20 to minus 25 degrees Celsius", True),
        ("between −20 and −25 degrees", "minus 20 to minus 25 degrees Celsius", True),
        ("-25 to -20", "minus 20 to minus 25 degrees Celsius", True),
        ("between 37 and 56 months", "37 to 65 months", False),
        ("37 to 65 weeks", "37 to 65 months", False),
        ("5-10 °F", "5 to 10 degrees", False),
        ("20 to 25", "minus 20 to minus 25 degrees Celsius", False),
    ],
)
def test_ranges_of_figures(response, answer, right):
    assert _text(response, answer, "What is the range?") is right


def test_a_list_of_figures_is_no_range_and_keeps_the_order_the_question_asks_for():
    prompt = "How many drones go to the Navy and how many to the Air Force? Give the Navy's number first."
    assert _text("15 and 8", "15 and 8", prompt)
    assert not _text("8 and 15", "15 and 8", prompt)
    assert not _text("8 and 15", "15 and 8", "How many went to the Navy and to the Air Force, respectively?")


@pytest.mark.parametrize(
    ("response", "right"),
    [
        ("6 to 7 March", True),
        ("6th and 7th March 2025", True),
        ("06.03.2025-07.03.2025", True),
        ("6-7 March 2025", True),
        ("6 to 8 March", False),
        ("6th and 7th March 2024", False),
        ("06.03.2025-07.04.2025", False),
    ],
)
def test_ranges_of_days(response, right):
    prompt = "On which dates in 2025 were the talks held in Delhi?"
    assert _text(response, "6-7 March 2025", prompt) is right


# --- dates: month/year, abbreviations, the question's year ----------------------------------------


def test_month_and_year_written_with_a_slash():
    prompt = "In which month and year was the contract signed?"
    assert _text("09/2016", "September 2016", prompt)
    assert _text("06/2020", "June 2020", prompt)
    assert not _text("10/2016", "September 2016", prompt)
    assert not _text("09/2017", "September 2016", prompt)


def test_an_abbreviated_month():
    prompt = "From which month had the Army been preparing?"
    assert _text("Jul", "July", prompt) and _text("Sept.", "September", prompt)
    assert not _text("Jun", "July", prompt)


def test_a_day_without_the_year_the_question_gives():
    assert _text("on 24 Feb", "24 February 2025", "On what date did the 2025 edition begin?")
    assert not _text("on 24 Feb", "24 February 2025", "On what date did the exercise begin?")
    assert not _text("on 25 Feb", "24 February 2025", "On what date did the 2025 edition begin?")


# --- names: titles, places, asides in brackets, head words ----------------------------------------


def test_a_title_with_then_or_former():
    prompt = "Which Australian Prime Minister took part in the 2020 virtual summit?"
    assert _text("then-PM Scott Morrison", "Scott Morrison", prompt)
    assert _text("former PM Scott Morrison", "Scott Morrison", prompt)
    assert not _text("then-PM Anthony Albanese", "Scott Morrison", prompt)


def test_a_town_inside_the_state_that_is_the_answer():
    prompt = "In which US state was the Quad Leaders' Summit held?"
    assert _text("Wilmington, Delaware", "Delaware", prompt, category="place")
    assert not _text("Wilmington, Texas", "Delaware", prompt, category="place")
    assert not _text("Texas, Delaware", "Delaware", prompt, category="place")


def test_bracketed_asides():
    prompt = "Which two other India-Japan exercises does Dharma Guardian complement?"
    answer = "JIMEX and Veer Guardian"
    told = "JIMEX is the naval exercise and Veer Guardian the air force one."
    assert _text("JIMEX (naval) and Veer Guardian (air force)", answer, prompt, explanation=told)
    assert not _text("JIMEX (army) and Veer Guardian (air force)", answer, prompt, explanation=told)
    # round 16 (red team): a service is a claim; where nothing says it, it is not taken on trust
    assert not _text("JIMEX (naval) and Veer Guardian (air force)", answer, prompt)
    assert not _text("JIMEX (not naval) and Veer Guardian", answer, prompt)
    assert not _text("JIMEX (Malabar) and Veer Guardian", answer, prompt)
    assert not _text("Malabar (naval) and Veer Guardian (air force)", answer, prompt)


def test_an_acronym_with_its_members_in_brackets():
    """Members in brackets are right where the pack or the question gives them; where nothing does, initials
    alone prove nothing ("Canada, Austria, New Zealand, UK" spells CANZUK too: round 9, red team)."""
    prompt = "Which proposed grouping links Canada with Australia, New Zealand and the United Kingdom?"
    assert _text("CANZUK (Canada, Australia, New Zealand, UK)", "CANZUK", prompt)
    assert _text("CANZUK (Canada, Australia, New Zealand, United Kingdom)", "CANZUK", prompt)
    assert not _text("CANZUK (Canada, Australia, UK)", "CANZUK", prompt)
    assert not _text("AUKUS (Australia, UK, US)", "CANZUK", prompt)
    assert not _text("CANZUK (Canada, Austria, New Zealand, UK)", "CANZUK", "Which proposed grouping links Canada with three allies?")


def test_a_harmless_head_word_and_a_body_that_is_a_name_of_its_own():
    assert _text("Caribbean waters", "Caribbean", "In which region do they patrol?", category="place")
    assert not _text("Baltic waters", "Caribbean", "In which region do they patrol?", category="place")
    prompt = "To which command does Canada contribute leadership to enforce sanctions on North Korea?"
    assert _text("UN Command", "United Nations Command", prompt, accept=["UN Command", "UNC"])
    assert not _text("United Nations", "United Nations Command", prompt, accept=["UN Command", "UNC"])


def test_a_title_before_a_name_unless_the_question_or_explanation_names_another_office():
    prompt = "Which Australian leader came to Delhi for the fifth anniversary of the CSP?"
    kw = {"category": "person"}
    assert _text("Deputy Prime Minister Richard Marles", "Richard Marles", prompt, **kw)
    assert _text("Australian Deputy PM Marles", "Richard Marles", prompt, **kw)
    assert not _text("Deputy Prime Minister Anthony Albanese", "Richard Marles", prompt, **kw)
    # round 4: where neither the question nor its explanation names an office, the name is the fact
    # asked (every labelled case of this kind in the five sets is right: "PM Modi", "EAM Jaishankar")
    assert _text("Prime Minister Kwame Mensah", "Kwame Mensah", prompt, **kw)
    # round 37: unless the table of office holders knows the title is not his (grading/people.py)
    assert not _text("Prime Minister Richard Marles", "Richard Marles", prompt, **kw)
    nsa = "Who led India's delegation to Ottawa?"
    assert _text("External Affairs Minister Kwame Mensah", "Kwame Mensah", nsa, **kw)
    assert not _text("External Affairs Minister Ajit Doval", "Ajit Doval", nsa, **kw)  # round 37: the table knows he is the NSA
    assert not _text("External Affairs Minister Ajit Doval", "Ajit Doval", "Who led India's delegation to the security talks?", **kw)
    told = {"explanation": "Ajit Doval, India's National Security Adviser, led the delegation.", **kw}
    assert not _text("External Affairs Minister Ajit Doval", "Ajit Doval", nsa, **told)


def test_a_name_then_a_description_made_of_the_questions_words():
    prompt = "From the deck of which Indian aircraft carrier will the Rafale-M jets operate?"
    assert _text("INS Vikrant, India's indigenous carrier", "INS Vikrant", prompt, accept=["Vikrant"])
    assert not _text("INS Vikrant, a Russian-built carrier", "INS Vikrant", prompt, accept=["Vikrant"])
    assert not _text("INS Vikramaditya, India's indigenous carrier", "INS Vikrant", prompt, accept=["Vikrant"])
    assert not _text("INS Vikrant, Russia's carrier", "INS Vikrant", prompt, accept=["Vikrant"])


def test_a_month_with_the_year_the_question_gives():
    prompt = "From which month of 2020 had the Army been preparing?"
    assert _text("July 2020", "July", prompt)
    assert not _text("July 2021", "July", prompt)
    assert not _text("June 2020", "July", prompt)


def test_a_dotted_day_and_month_when_a_date_is_asked_for():
    prompt = "On what date does the financial year end?"
    assert _text("31.03", "31 March", prompt)
    assert not _text("30.03", "31 March", prompt)
    assert not _text("31.04", "31 March", prompt)
    ambiguous = grade_text("03.04", "4 March", prompt="When?")
    assert not ambiguous.correct and "other way round" in ambiguous.detail  # never silently wrong
    assert grade_numeric("31.03", 31.03, prompt="What was the figure?").correct  # a decimal stays a decimal


def test_a_unit_inside_a_phrase_before_the_questions_noun():
    prompt = "What thrust does the engine produce?"
    assert grade_numeric("a 110 kilonewton engine", "110 kN", prompt=prompt).correct
    assert not grade_numeric("a 110 kilogram engine", "110 kN", prompt=prompt).correct
    assert not grade_numeric("a 11 kilonewton engine", "110 kN", prompt=prompt).correct
