"""Grading cases from the thirteenth session (docs/grading.md, "The thirteenth session"): each was a wrong verdict
on the development files, and each test also holds a near miss that must stay wrong."""

import pytest

from studyapp.grading import grade_numeric, grade_text

COALITION = "Which global coalition do Canadian Armed Forces troops and equipment support in the Middle East, besides a NATO mission?"


@pytest.mark.parametrize(
    ("response", "right"),
    [
        ("Global Coalition to Defeat ISIL", True),
        ("Global Coalition to Defeat Daish", True),
        ("Global Coalition to Defeat Islamic State", True),
        ("Global Coalition to Defeat Hamas", False),
        ("Global Coalition to Defeat al-Qaeda", False),
    ],
)
def test_another_name_of_the_answers_body_when_the_question_names_another_body(response, right):
    """NATO in the question once switched off every other name, ISIL's included."""
    assert grade_text(response, "Global Coalition to Defeat DAESH", ["Global Coalition to Defeat ISIS"], prompt=COALITION).correct is right


def test_the_questions_own_name_of_a_place_is_still_not_its_answer():
    assert not grade_text("Bombay", "Mumbai", prompt="What was Bombay renamed in 1995?").correct
    assert grade_text("Bombay", "Mumbai", prompt="Which Indian city hosted the summit?").correct


@pytest.mark.parametrize(
    ("response", "right"),
    [("1958 (2023 minus 65)", True), ("1958 (2023 - 65)", True), ("1957 (2023 - 65)", False), ("1958 (2022 - 65)", False)],
)
def test_working_in_brackets_after_the_result(response, right):
    prompt = "The document states that NORAD turned 65 in 2023. Working from that, in which year was NORAD established?"
    assert grade_numeric(response, 1958, prompt=prompt).correct is right


@pytest.mark.parametrize(("response", "right"), [("its 65th birthday", True), ("65th birthday", True), ("its 64th birthday", False)])
def test_a_birthday_for_the_anniversary_asked(response, right):
    assert grade_numeric(response, "65th", prompt="Which anniversary did NORAD celebrate in 2023?").correct is right


def test_a_birthday_is_not_harmless_where_no_anniversary_is_asked():
    assert not grade_text("his 65th birthday", "65th", prompt="Which edition of the exercise was held?").correct


@pytest.mark.parametrize(
    ("response", "answer", "right"),
    [
        ("Charles de Gaul", "Charles de Gaulle", True),  # a silent final e
        ("Charles de Gall", "Charles de Gaulle", False),
        ("Satish Reddy", "G Satheesh Reddy", True),  # the same consonants, the vowels spelled otherwise
        ("Suresh Reddy", "G Satheesh Reddy", False),
        ("Jyotiraditya Sindhia", "Jyotiraditya Scindia", True),  # sc before i sounds as s
        ("Jyotiraditya Sandhu", "Jyotiraditya Scindia", False),
        ("Rajesh", "Ragesh", False),  # another man's name, as before
    ],
)
def test_a_name_spelled_as_it_sounds(response, answer, right):
    assert grade_text(response, answer, prompt="Who was named in the article?").correct is right


def test_a_final_cle_is_a_syllable_not_a_silent_e():
    assert grade_text("chemicle and biologicl weapons", "chemical and biological weapons", prompt="What weapons does the convention ban?").correct


@pytest.mark.parametrize(
    ("response", "answer", "right"),
    [
        ("Japan-India Maritime Exercise", "JIMEX", True),
        ("UN Interim Force in Lebanon", "UNIFIL", True),
        ("Innovations for Defence Excellence", "iDEX", True),
        ("Marine Commando Force", "MARCOS", True),
        ("Mutual and Holistic Advancement for Security and Growth Across Regions", "MAHASAGAR", True),
        ("Japan-India Marine Exchange", "JIMEX", False),  # initials that fit prove nothing
        ("United Nations Interim Force in Libya", "UNIFIL", False),
    ],
)
def test_known_expansions_of_this_fields_acronyms(response, answer, right):
    assert grade_text(response, answer, prompt="Name it.").correct is right


@pytest.mark.parametrize(
    ("response", "right"),
    [
        ("Abdel Fattah el-Sisi", True),
        ("Abdel Fattah el Sisi", True),
        ("Abdel Fatah el Sisi", True),
        ("Abdel Fattah al-Bashir", False),
    ],
)
def test_one_arabic_article_two_spellings(response, right):
    assert grade_text(response, "Abdel Fattah al-Sisi", prompt="Who is Egypt's president?").correct is right


@pytest.mark.parametrize(
    ("response", "right"),
    [
        ("King Abdulaziz airport", True),
        ("King Abdulaziz Airport", True),
        ("King Fahd airport", False),
        ("Abdulaziz airport", False),
        ("King Abdulaziz International", False),
    ],
)
def test_an_airport_without_international(response, right):
    assert grade_text(response, "King Abdulaziz International Airport", prompt="Where did the aircraft land?").correct is right


def test_international_is_not_optional_outside_an_airports_name():
    assert not grade_text("Court of Justice", "International Court of Justice", prompt="Which court ruled?").correct


@pytest.mark.parametrize(
    ("response", "right"),
    [
        ("Khadga Prasad Sharma Oli", True),
        ("Khadga Prasad Oli", False),  # the surname as the answer writes it, whole
        ("Pushpa Kamal Sharma Oli", False),  # the words must begin with the initials
        ("Khadga Sharma Oli", False),  # one word for each initial
    ],
)
def test_initials_written_out(response, right):
    assert grade_text(response, "KP Sharma Oli", prompt="Who is Nepal's prime minister?").correct is right


@pytest.mark.parametrize(
    ("response", "right"),
    [("Exercise NANOOK", True), ("the Nanook exercises", True), ("Exercise Unifier", False), ("Exercise NANOOK-TUUGAALIK", False)],
)
def test_an_operation_called_an_exercise(response, right):
    assert grade_text(response, "Operation NANOOK", prompt="Which annual Canadian Armed Forces operation takes place in the Arctic?").correct is right


@pytest.mark.parametrize(
    ("response", "right"),
    [("Falconi", True), ("Louis Falconi", False)],
)
def test_the_surname_alone_after_a_hyphenated_given_name(response, right):
    assert grade_text(response, "Jean-Louis Falconi", prompt="Who was France's ambassador to India?").correct is right


@pytest.mark.parametrize(("response", "right"), [("Okonjo-Iweala", True), ("Okonjo", False), ("Iweala", False)])
def test_a_hyphenated_surname_alone_is_the_whole_surname(response, right):
    assert grade_text(response, "Ngozi Okonjo-Iweala", prompt="Who heads the WTO?").correct is right


@pytest.mark.parametrize(
    ("response", "answer", "unit", "right"),
    [
        ("half a tonne", 500, "kg", True),
        ("half a kilometre", 500, "m", True),
        ("half a kilogram", 500, "kg", False),
        ("half a mile", 500, "m", False),
    ],
)
def test_half_a_unit(response, answer, unit, right):
    assert grade_numeric(response, answer, unit=unit, prompt="How much?").correct is right


@pytest.mark.parametrize(
    ("response", "prompt", "right"),
    [
        ("no more than 1550", "New START limits each side to how many deployed strategic warheads?", True),
        ("a maximum of 1550", "New START limits each side to how many deployed strategic warheads?", True),
        ("at least 1550", "New START limits each side to how many deployed strategic warheads?", False),
        ("no more than 1500", "New START limits each side to how many deployed strategic warheads?", False),
        ("a maximum of 1550", "How many warheads does Russia deploy?", False),  # no ceiling asked: a bound is vaguer
    ],
)
def test_a_ceiling_for_a_limit_asked(response, prompt, right):
    assert grade_numeric(response, 1550, unit="warheads", prompt=prompt).correct is right


@pytest.mark.parametrize(
    ("response", "right"),
    [("a deficit of $99.2 billion", True), ("$99.2 billion deficit", True), ("a surplus of $99.2 billion", False), ("99.2 billion", False)],
)
def test_a_deficit_is_a_negative_balance(response, right):
    prompt = "What was India's merchandise trade balance with China in 2024-25 (exports minus imports)?"
    assert grade_numeric(response, "-99.2 billion", unit="USD", prompt=prompt).correct is right


@pytest.mark.parametrize(("response", "right"), [("PP-14", True), ("PP14", True), ("PP-15", False), ("LAC-14", False)])
def test_the_questions_initials_stuck_to_the_number(response, right):
    prompt = "At which Patrolling Point in the Galwan Valley did the June 2020 clash occur?"
    assert grade_numeric(response, 14, prompt=prompt).correct is right


@pytest.mark.parametrize(("response", "right"), [("Praha", True), ("Wien", False)])
def test_a_city_by_its_own_name(response, right):
    assert grade_text(response, "Prague", prompt="Where was the treaty signed?").correct is right


@pytest.mark.parametrize(("response", "right"), [("8th & 9th July 2024", True), ("8 & 9 July 2024", True), ("8th & 10th July 2024", False)])
def test_two_days_joined_by_an_ampersand(response, right):
    assert grade_text(response, "8-9 July 2024", prompt="When did Modi visit Moscow?").correct is right


def test_a_multiplication_sign_in_a_calibre():
    assert grade_text("7.62×39 mm", "7.62 x 39 mm", prompt="What calibre?").correct
    assert not grade_text("7.62×51 mm", "7.62 x 39 mm", prompt="What calibre?").correct


@pytest.mark.parametrize(
    ("response", "right"),
    [("8 December 1985", True), ("December 8", True), ("8.12.1985", True), ("8 December 1983", False), ("8/12/1983", False)],
)
def test_a_full_date_with_another_year_beside_a_yearless_accepted_answer(response, right):
    prompt = "On what date was SAARC established by the signing of its Charter?"
    assert grade_text(response, "8 December 1985", ["December 8"], prompt=prompt).correct is right


def test_a_yearless_answer_alone_still_takes_a_full_date():
    assert grade_text("22 July 2023", "22 July", prompt="On which date was it signed?").correct


@pytest.mark.parametrize(("response", "right"), [("3rd-4th July 2024", True), ("3rd-5th July 2024", False)])
def test_ordinal_days_joined_by_a_dash(response, right):
    assert grade_text(response, "3-4 July 2024", prompt="When was the SCO summit held in Astana?").correct is right


@pytest.mark.parametrize(
    ("response", "right"),
    [("Kazakhstan, in Astana", True), ("Beijing (Kazakhstan)", False), ("Kazakhstan, in Almaty", False), ("Astana (Kazakhstan)", True)],
)
def test_a_country_with_its_capital_either_way(response, right):
    assert grade_text(response, "Kazakhstan", prompt="Which country hosted the 2024 SCO summit?").correct is right


@pytest.mark.parametrize(("response", "right"), [("a surplus of USD 36.74 billion", True), ("a deficit of USD 36.74 billion", False)])
def test_a_surplus_is_a_positive_balance(response, right):
    assert grade_numeric(response, "36.74 billion", unit="USD", prompt="What was the trade balance?").correct is right


@pytest.mark.parametrize(("response", "right"), [("2/3rd", True), ("2/3rds", True), ("3/4th", False)])
def test_a_fraction_with_an_ordinal_ending(response, right):
    assert grade_text(response, "two-thirds", prompt="About what fraction of the world population do the G20 members represent?").correct is right


@pytest.mark.parametrize(("response", "right"), [("rupees fifteen hundred crore", True), ("rupees 1500 crore", True), ("rupees 1600 crore", False)])
def test_rupees_said_before_the_figure(response, right):
    assert grade_numeric(response, "1500 crore", unit="INR", prompt="What was the pool's size?").correct is right


@pytest.mark.parametrize(
    ("response", "right"),
    [
        ("12/2014 to 01/2015", True),
        ("between 12/2014 and 01/2015", True),
        ("between December 2014 and January 2015", True),
        ("12/2014 to 02/2015", False),
        ("between December 2014 and March 2015", False),
    ],
)
def test_a_span_of_months_in_figures_or_with_between(response, right):
    assert grade_text(response, "December 2014 to January 2015", prompt="When were the talks held?").correct is right


@pytest.mark.parametrize(("response", "right"), [("in Latvia, in the Baltics", True), ("in Latvia, in the Balkans", False)])
def test_a_place_and_its_region_each_with_in(response, right):
    assert grade_text(response, "Latvia", prompt="Where is the battle group Canada leads?").correct is right


@pytest.mark.parametrize(
    ("response", "answer", "right"),
    [
        ("Arunachal", "Arunachal Pradesh", True),
        ("Himachal", "Arunachal Pradesh", False),
        ("the missile tech control regime", "Missile Technology Control Regime", True),
        ("UN Office on Drugs and Crime", "UNODC", True),
    ],
)
def test_short_forms(response, answer, right):
    assert grade_text(response, answer, prompt="Name it.").correct is right


def test_may_in_a_sentence_reporting_the_figure():
    prompt = "New START limits each side to how many deployed strategic warheads?"
    assert grade_numeric("each side may deploy 1,550 warheads", 1550, unit="warheads", prompt=prompt).correct
    assert not grade_numeric("each side may deploy 1,500 warheads", 1550, unit="warheads", prompt=prompt).correct


def test_men_for_troops():
    assert grade_numeric("50,000 men", 50000, unit="troops", prompt="How many troops were massed?").correct
    assert not grade_numeric("50,000 tanks", 50000, unit="troops", prompt="How many troops were massed?").correct


@pytest.mark.parametrize(
    ("response", "right"),
    [
        ("not a majority decision but unanimous", True),
        ("unanimous, not a majority decision", True),
        ("not unanimous but a majority decision", False),
        ("a majority decision, not unanimous", False),
    ],
)
def test_ruling_out_the_other_choice_the_question_offers(response, right):
    assert grade_text(response, "unanimous", prompt="Was the South China Sea award unanimous or a majority decision?").correct is right


@pytest.mark.parametrize(("response", "right"), [("not a unipolar one but a multipolar one", True), ("not a multipolar one but a unipolar one", False)])
def test_not_a_one_but_a_one(response, right):
    assert grade_text(response, "multipolar", prompt="Towards what kind of world order are they pushing?").correct is right


@pytest.mark.parametrize(("response", "answer", "unit", "right"), [("hundred percent", 100, "%", True), ("hundred", 100, "scholarships", True), ("two hundred", 100, "scholarships", False)])
def test_hundred_without_one(response, answer, unit, right):
    assert grade_numeric(response, answer, unit=unit, prompt="How many?").correct is right


@pytest.mark.parametrize(("response", "right"), [("It started in '92 I believe", True), ("in '92", True), ("'93", False)])
def test_a_year_with_its_century_clipped(response, right):
    assert grade_numeric(response, 1992, prompt="In which year did Exercise Malabar begin as a bilateral naval drill?").correct is right


@pytest.mark.parametrize(
    ("response", "right"),
    [("A. B. Vajpayee", True), ("AB Vajpayee", True), ("A. K. Vajpayee", False), ("B. A. Vajpayee", False)],
)
def test_given_names_as_initials(response, right):
    assert grade_text(response, "Atal Bihari Vajpayee", prompt="Which Indian Prime Minister attended the 2003 Bali summit?").correct is right


@pytest.mark.parametrize(("response", "right"), [("The Hague, 12.07.2016", True), ("The Hague, 13.07.2016", False), ("Geneva, 12.07.2016", False)])
def test_a_place_and_a_dotted_date(response, right):
    assert grade_text(response, "The Hague, 12 July 2016", prompt="Where and when was the award issued?").correct is right


@pytest.mark.parametrize(
    ("response", "answer", "right"),
    [
        ("NCPOR, Goa", "National Centre for Polar and Ocean Research", True),
        ("National Centre for Polar and Ocean Research, Goa", "National Centre for Polar and Ocean Research", True),
        ("NCPOR (Goa)", "National Centre for Polar and Ocean Research", True),
        ("NCPOR, Pune", "National Centre for Polar and Ocean Research", False),  # the table puts it elsewhere
        ("ISRO, Bengaluru", "ISRO", True),
        ("ISRO, Chennai", "ISRO", False),
        ("the Western Naval Command (Mumbai)", "Western Naval Command", True),
        ("Western Naval Command, Visakhapatnam", "Western Naval Command", False),
        ("National Centre for Polar and Ocean Research and ISRO", "National Centre for Polar and Ocean Research", False),
    ],
)
def test_a_body_with_the_city_it_is_based_in(response, answer, right):
    assert grade_text(response, answer, prompt="Which body was it?").correct is right


@pytest.mark.parametrize(("response", "answer", "right"), [("Annexure VII", "Annex VII", True), ("Annexure VIII", "Annex VII", False), ("Hornbill fest", "Hornbill Festival", True)])
def test_annexure_and_fest(response, answer, right):
    assert grade_text(response, answer, prompt="Name it.").correct is right


@pytest.mark.parametrize(
    ("response", "answer", "right"),
    [
        ("Communist Party of China", "the Chinese Communist Party", True),
        ("Communist Party of India", "the Chinese Communist Party", False),
        ("One Belt One Road", "Belt and Road Initiative", True),
        ("Blue Dot Network", "Belt and Road Initiative", False),
        ("the Five Principles of Peaceful Co-existence", "Panchsheel", True),
        ("anti-terrorism", "counter-terrorism", True),
        ("counter-narcotics", "counter-terrorism", False),
        ("the nine-dashed line", "nine-dash line", True),
        ("HMAS Stewart", "HMAS Stuart", True),
        ("Jo'burg", "Johannesburg", True),
        ("Marlboro House", "Marlborough House", True),
    ],
)
def test_other_names_of_the_same_thing(response, answer, right):
    assert grade_text(response, answer, prompt="Name it.").correct is right


@pytest.mark.parametrize(("response", "right"), [("Tiger Triumf", True), ("Tiger Trump", False)])
def test_ph_sounds_as_f(response, right):
    assert grade_text(response, "Tiger Triumph", prompt="Which exercise?").correct is right


@pytest.mark.parametrize(
    ("response", "right"),
    [("COP-16", True), ("COP XVI", True), ("COP-17", False), ("COP XVII", False)],
)
def test_the_questions_own_word_and_its_number(response, right):
    assert grade_numeric(response, 16, prompt="At which COP was the Green Climate Fund established, according to the article?").correct is right


def test_a_word_that_changes_the_figure_is_not_its_name():
    assert grade_numeric("minus 25", "-25", unit="°C", prompt="How cold does it get, minus or plus?").correct
    assert not grade_numeric("minus 25", "25", unit="°C", prompt="How warm does it get, minus or plus?").correct


@pytest.mark.parametrize(("response", "right"), [("25 March", True), ("March 25", True), ("25th March", True), ("25 April", False), ("March 26", False)])
def test_the_day_of_the_month_asked(response, right):
    assert grade_numeric(response, 25, prompt="On which day of March 2024 did Manila lodge its protest?").correct is right


@pytest.mark.parametrize(
    ("response", "right"),
    [("$0,484 billion", True), ("0,484 milliard de dollars", True), ("$0,485 billion", False), ("$484 billion", False)],
)
def test_a_decimal_comma_after_a_nought(response, right):
    assert grade_numeric(response, "$484 million", unit="USD", prompt="What is the cost?").correct is right


def test_one_thousand_four_hundred_is_still_a_group():
    assert grade_numeric("1,484", 1484, prompt="How many?").correct


@pytest.mark.parametrize(
    ("response", "right"),
    [("5% of GDP", True), ("five per cent of GDP", True), ("5%", True), ("6% of GDP", False), ("5% of GNI", False)],
)
def test_a_percentage_of_something(response, right):
    prompt = "To what share of GDP is Canada's defence budget projected to reach?"
    assert grade_numeric(response, 5, unit="% of GDP", prompt=prompt).correct is right


@pytest.mark.parametrize(("response", "right"), [("decade-long", True), ("century-long", False)])
def test_decade_long(response, right):
    assert grade_numeric(response, 10, unit="years", prompt="For how many years is the 2024 Chabahar contract?").correct is right


@pytest.mark.parametrize(
    ("response", "right"),
    [("from the nineteenth to the twenty-second of March 2025", True), ("from the 19th to the 23rd of March 2025", False)],
)
def test_days_said_with_the(response, right):
    assert grade_text(response, "19-22 March 2025", prompt="When was the exercise held?").correct is right


@pytest.mark.parametrize(("response", "right"), [("10° Channel", True), ("9° Channel", False)])
def test_a_degree_sign_in_a_name(response, right):
    assert grade_text(response, "10 Degree Channel", prompt="Which channel?").correct is right


@pytest.mark.parametrize(
    ("responses", "right"),
    [(["Obama", "Medvedev"], True), (["Obama", "Medvedv"], True), (["Obama", "Putin"], False), (["Michelle Obama", "Medvedev"], False)],
)
def test_a_known_persons_surname_in_a_cloze_gap(responses, right):
    from studyapp.grading import grade_cloze

    gaps = (("Barack Obama",), ("Dmitry Medvedev",))
    assert grade_cloze(responses, gaps, prompt="New START was signed by and in Prague.").correct is right
