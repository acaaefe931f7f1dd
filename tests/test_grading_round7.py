"""Grading cases from the fourteenth session (docs/grading.md, "The fourteenth session"): each was a wrong verdict
on the development files, and each test also holds a near miss that must stay wrong."""

import pytest

from studyapp.grading import grade_numeric, grade_text

KOCHI = "Which Indian city hosted the event marking the 10th anniversary of IONS in November 2018?"


@pytest.mark.parametrize(
    ("response", "right"),
    [
        ("Kochi, Kerala", True),
        ("Kochi, India", True),
        ("Kochi (Kerala)", True),
        ("Kochi, Tamil Nadu", False),
        ("Kochi (Tamil Nadu)", False),
    ],
)
def test_a_town_that_a_namesake_elsewhere_once_hid(response, right):
    """Kochi is also a prefecture of Japan, which made every "Kochi, <where>" undecided."""
    assert grade_text(response, "Kochi", ["Cochin"], prompt=KOCHI).correct is right


@pytest.mark.parametrize(("response", "right"), [("Pune (Maharashtra)", True), ("Pune (Gujarat)", False), ("Pune (not Mumbai)", True)])
def test_where_a_town_lies_in_brackets(response, right):
    assert grade_text(response, "Pune", prompt="Which Indian city hosted the event?").correct is right


@pytest.mark.parametrize(
    ("response", "right"),
    [("Beijing (Kazakhstan)", False), ("Beijing, Kazakhstan", False), ("Beijing in Kazakhstan", False), ("Astana, Kazakhstan", True)],
)
def test_another_countrys_capital_is_no_town_of_the_answer(response, right):
    assert grade_text(response, "Kazakhstan", prompt="Which country hosted the 2024 SCO summit?").correct is right


@pytest.mark.parametrize(
    ("response", "right"),
    [("the EU's statistical office, Eurostat", True), ("Eurostat, Brussels", False), ("Eurostat, the UN's statistical office", False)],
)
def test_the_answer_beside_the_questions_own_description(response, right):
    assert grade_text(response, "Eurostat", prompt="Which EU statistical office reported the 2009 drop in EU-India trade?").correct is right


def test_a_choice_the_question_offers_is_no_description():
    assert not grade_text("India, Pakistan", "India", prompt="Which country, India or Pakistan, won?").correct


@pytest.mark.parametrize(
    ("response", "answer", "prompt", "right"),
    [
        ("PA President Mahmoud Abbas", "Mahmoud Abbas", "Which Palestinian leader attended the 2024 Kazan BRICS summit?", True),
        ("EC President Ursula von der Leyen", "Ursula von der Leyen", "Which President of the European Commission announced the TTC?", True),
        ("EC Prime Minister Ursula von der Leyen", "Ursula von der Leyen", "Which President of the European Commission announced the TTC?", False),
        ("Lt Col (Retd) Ibrahim Latheef", "Ibrahim Latheef", "Who signed the CSC Charter in August 2024 on behalf of the Maldives?", True),
        ("Lt Col (Retd) Ibrahim Rasheed", "Ibrahim Latheef", "Who signed the CSC Charter in August 2024 on behalf of the Maldives?", False),
    ],
)
def test_a_bodys_initials_before_a_title(response, answer, prompt, right):
    assert grade_text(response, answer, prompt=prompt).correct is right


@pytest.mark.parametrize(("response", "right"), [("Assoumani", True), ("Azali", False)])
def test_who_followed_by_a_comma_still_asks_for_a_person(response, right):
    """"Who, as chair of the African Union, ...?" was not read as asking for a person, so the surname alone failed."""
    prompt = "Who, as chair of the African Union, took the AU seat at the G20 summit in New Delhi in September 2023?"
    assert grade_text(response, "Azali Assoumani", prompt=prompt).correct is right


@pytest.mark.parametrize(("response", "right"), [("Falconi", True), ("Jean", False), ("Louis", False)])
def test_the_surname_alone_of_a_three_word_name(response, right):
    assert grade_text(response, "Jean Louis Falconi", prompt="Who chaired the 2017 Wassenaar Arrangement plenary that admitted India?").correct is right


@pytest.mark.parametrize(
    ("response", "right"), [("Bangladesh joined as the 5th member", True), ("Bangladesh, the 6th member", False), ("Bangladesh, 5th", True)]
)
def test_the_questions_own_ordinal_in_digits(response, right):
    prompt = "Which country joined the Colombo Security Conclave as its fifth member in July 2024?"
    assert grade_text(response, "Bangladesh", prompt=prompt).correct is right


@pytest.mark.parametrize(
    ("response", "right"), [("It fell to 23.4 billion euros", True), ("It fell by 23.4 billion euros", False), ("fell to 23.5 billion euros", False)]
)
def test_the_level_a_figure_fell_to(response, right):
    prompt = "To what value did exports from India to the EU come down in 2009?"
    assert grade_numeric(response, "23.4 billion", unit="EUR", prompt=prompt).correct is right


def test_the_level_is_not_the_change_asked():
    prompt = "By how much did exports fall in 2009?"
    assert not grade_numeric("It fell to 5 billion euros", "5 billion", unit="EUR", prompt=prompt).correct
    assert grade_numeric("fell by 5 billion euros", "5 billion", unit="EUR", prompt=prompt).correct


def _cloze(text):
    import re
    from types import SimpleNamespace

    gaps = tuple(tuple(g.split("|")) for g in re.findall(r"\{\{(.*?)\}\}", text))
    return SimpleNamespace(type="cloze", text=text, gaps=gaps, prompt="", accept=(), explanation="", category=None)


@pytest.mark.parametrize(
    ("text", "response", "right"),
    [
        # a pair swapped: each gap is a place of its own where the sentence says so (a second "the", a title before
        # each), but two names in a plain "and" in either order (the thirtieth session: 68 such swaps in rounds
        # 1-618 labelled right, none wrong; the writers of rounds 51 and 457 labelled these two right)
        ("{{Bhutan}} and {{Nepal}} became members of BIMSTEC in February 2004.", ["Nepal", "Bhutan"], True),
        ("BIMSTEC was to sign MoUs with the {{IORA}} and the {{UNODC}}.", ["UNODC", "IORA"], False),
        ("The destroyers: INS {{Mormugao}}, INS {{Kochi}} and INS Kolkata.", ["Kochi", "Mormugao"], False),
        ("The first meeting was co-chaired by {{Dombrovskis}} and {{Vestager}}.", ["Vestager", "Dombrovskis"], True),
        ("The partnership was established by President {{Truong Tan Sang}} and President {{Barack Obama}}.", ["Barack Obama", "Truong Tan Sang"], False),
        # a list of three or more in any order (every such swap the writers met was labelled right)
        ("The Act East Policy focuses on three Cs: {{Culture}}, {{Commerce}} and {{Connectivity}}.", ["Commerce", "Connectivity", "Culture"], True),
        ("The OIC's official languages are {{Arabic}}, {{English}} and {{French}}.", ["French", "Arabic", "English"], True),
        ("{{Bhutan}} and {{Nepal}} became members of BIMSTEC in February 2004.", ["Nepal", "Nepal"], False),
        ("India and Canada are negotiating a Foreign Investment {{Promotion}} and {{Protection}} Agreement.", ["Protection", "Promotion"], False),
        ("{{Saudi Arabia}} and {{Iraq}} were the second and third largest sources of crude oil.", ["Iraq", "Saudi Arabia"], False),
        ("Donations include an air defence system, {{NASAMS}}, and {{Leopard II}} tanks.", ["Leopard II", "NASAMS"], False),
        ("India's Department of {{Earth Science}} and {{POLAR Canada}} began a programme.", ["POLAR Canada", "Earth Science"], False),
        ("The contract includes {{22}} single-seater and {{4}} twin-seater jets.", ["4", "22"], False),
    ],
)
def test_a_plain_list_of_three_names_in_any_order_and_a_pair_in_its_places(text, response, right):
    from studyapp.grading import grade

    assert grade(_cloze(text), response).correct is right


def test_a_cut_named_as_another_event_does_not_drop_the_sign():
    """"The growth rate in 2021, before the 2022 contraction": -3.5% is another figure than 3.5%."""
    prompt = "What was Sri Lanka's economic growth rate in 2021, before the 2022 contraction?"
    assert not grade_numeric("-3.5%", "3.5", unit="%", prompt=prompt).correct
    assert grade_numeric("3.5%", "3.5", unit="%", prompt=prompt).correct
    assert grade_numeric("-2.2 million bpd", "2.2 million", unit="bpd", prompt="By how much was output cut?").correct


@pytest.mark.parametrize(("response", "right"), [("30% loan and 70% grant", False), ("30% grant and 70% loan", True), ("70% loan, 30% grant", True)])
def test_shares_each_with_its_label(response, right):
    prompt = "How is India funding the Mangdechhu project, in loan and grant shares?"
    assert grade_text(response, "70 per cent loan and 30 per cent grant", prompt=prompt).correct is right


@pytest.mark.parametrize(("response", "right"), [("Steven Biegun", True), ("Steven Bagan", False), ("Stephen Harper", False)])
def test_another_spelling_of_a_given_name(response, right):
    assert grade_text(response, "Stephen Biegun", prompt="Which US Deputy Secretary of State visited India in October 2020?").correct is right


@pytest.mark.parametrize(
    ("response", "right"),
    [("Surrey, British Columbia", True), ("Surrey in British Columbia", True), ("Toronto, British Columbia", False), ("Ontario, British Columbia", False)],
)
def test_a_town_of_the_province_asked_though_an_english_county_shares_its_name(response, right):
    assert grade_text(response, "British Columbia", prompt="In which Canadian province was Hardeep Singh Nijjar killed?").correct is right


@pytest.mark.parametrize(("response", "right"), [("BC", True), ("B.C.", True), ("ON", False), ("bc", False)])
def test_a_province_by_its_own_letters(response, right):
    assert grade_text(response, "British Columbia", prompt="In which Canadian province was Hardeep Singh Nijjar killed?").correct is right


@pytest.mark.parametrize(
    ("response", "right"),
    [("Riga, the Latvian capital", True), ("Riga (Latvian capital)", True), ("Riga, the Lithuanian capital", False), ("Vilnius, the Latvian capital", False)],
)
def test_a_capital_with_its_countrys_people(response, right):
    assert grade_text(response, "Riga", prompt="In which city did the troops land in Latvia in 2017?").correct is right


@pytest.mark.parametrize(
    ("response", "answer", "unit", "prompt", "right"),
    [
        ("9 boats", "9", "submarines", "How many Jang Bogo-class submarines are in service?", True),
        ("700 homes", "700", "units", "How many social housing units did India hand over?", True),
        ("3 plenaries a year", "3", "meetings", "How many plenary meetings does the FATF hold every year?", True),
        ("2 submarines", "2", "ships", "How many downrange ships were placed at the terminal point?", False),
        ("9 ships", "9", "submarines", "How many Jang Bogo-class submarines are in service?", False),
        ("8 destroyers", "8", "frigates", "How many frigates will be built?", False),
    ],
)
def test_another_word_for_what_is_counted_one_way_only(response, answer, unit, prompt, right):
    assert grade_numeric(response, answer, unit=unit, prompt=prompt).correct is right


@pytest.mark.parametrize(
    ("response", "right"),
    [
        ("No, India has not joined it", True),
        ("Nope, it stayed out", True),
        ("India hasn't joined it.", True),
        ("not yet", True),
        ("Yes", False),
        ("Yes, in 2024", False),
        ("not only joined but led it", False),
    ],
)
def test_a_reply_to_a_yes_or_no_question_by_its_own_yes_or_no(response, right):
    prompt = "According to the article, has India joined the US-led Operation Prosperity Guardian task force in the Red Sea?"
    assert grade_text(response, "No", prompt=prompt).correct is right


def test_a_plain_yes_and_a_denial_of_it():
    assert grade_text("Yes, in 2019", "Yes", prompt="Did Canada sign the treaty?").correct
    assert not grade_text("It did not", "Yes", prompt="Did Canada sign the treaty?").correct


@pytest.mark.parametrize(
    ("response", "right"),
    [("49 out of 72", True), ("49 of the 72", True), ("49 missions out of 72", True), ("48 out of 72", False), ("72 out of 49", False)],
)
def test_a_count_with_its_total(response, right):
    prompt = "According to India Strategic, in how many of the 72 UN missions since 1948 have Indian personnel served?"
    assert grade_numeric(response, "49", unit="missions", prompt=prompt).correct is right


@pytest.mark.parametrize(
    ("response", "right"),
    [
        ("Mauritius hosted it online", True),
        ("Mauritius hosted it with India", False),
        ("Mauritius and India hosted it", False),
        ("Mauritius hosted it in 2019", False),
        ("Mauritius never hosted it", False),
        ("Mauritius hosted it, not Seychelles", False),
        ("Mauritius hosted it after Seychelles", False),
        ("the Mauritius summit", False),
    ],
)
def test_the_answer_in_a_short_sentence_that_claims_nothing_else(response, right):
    prompt = "Which country hosted, virtually, the 8th Deputy NSA-level CSC meeting in July 2024 that admitted Bangladesh?"
    assert grade_text(response, "Mauritius", prompt=prompt).correct is right


@pytest.mark.parametrize(
    ("response", "right"),
    [("April 2020 to March 2021", True), ("1 April 2020 - 31 March 2021", True), ("April 2021 to March 2022", False), ("April 2020 to March 2022", False)],
)
def test_an_indian_financial_year_spelled_out(response, right):
    assert grade_text(response, "2020-21", prompt="In which financial year did India-UAE trade stand at $43.3 billion?").correct is right


@pytest.mark.parametrize(("response", "answer", "right"), [("MMX", "2010", True), ("MMXI", "2010", False), ("DCC", "700", True), ("DC", "700", False)])
def test_roman_numerals_for_a_figure(response, answer, right):
    assert grade_numeric(response, answer, prompt="In which year was it signed?").correct is right


@pytest.mark.parametrize(
    ("response", "answer", "prompt", "right"),
    [
        ("Pandit Nehru", "Jawaharlal Nehru", "Who was India's first Prime Minister?", True),
        ("Pandit Nehru", "Jawaharlal Nehru", "Who was India's first Prime Minister?", True),
        ("Field Marshal Ayub Khan", "Mohammad Ayub Khan", "Who was Pakistan's President in 1960?", True),
        ("Ayub Khan", "Mohammad Ayub Khan", "Who was Pakistan's President in 1960?", True),
        ("Yahya Khan", "Mohammad Ayub Khan", "Who was Pakistan's President in 1960?", False),
        ("Khan", "Mohammad Ayub Khan", "Who was Pakistan's President in 1960?", False),
        ("Mujibur Rehman", "Sheikh Mujibur Rahman", "Who led Bangladesh to independence?", True),
        ("Bangabandhu Sheikh Mujib", "Sheikh Mujibur Rahman", "Who led Bangladesh to independence?", True),
        ("Sheikh Hasina", "Sheikh Mujibur Rahman", "Who led Bangladesh to independence?", False),
        ("Ziaur Rahman", "Sheikh Mujibur Rahman", "Who led Bangladesh to independence?", False),
    ],
)
def test_south_asian_names_as_they_are_used(response, answer, prompt, right):
    assert grade_text(response, answer, prompt=prompt).correct is right


@pytest.mark.parametrize(("response", "right"), [("COP 27 in Egypt", True), ("COP27, Egypt", True), ("COP 27 in Jordan", False)])
def test_an_event_in_the_country_of_the_town_the_question_names(response, right):
    prompt = "At which COP, held in Sharm El Sheikh, was the Loss and Damage Fund first agreed?"
    assert grade_text(response, "COP27", ["COP 27"], prompt=prompt).correct is right


def test_a_city_asked_is_not_placed_by_a_town_the_explanation_names():
    prompt = "In which city did Ajit Doval hold his talks with Canadian officials?"
    why = "The talks took place in Ottawa, Canada's capital, after a long period of diplomatic strain."
    assert not grade_text("Ottawa, Australia", "Ottawa", prompt=prompt, explanation=why).correct


@pytest.mark.parametrize(("response", "right"), [("the G7's Rapid Response Mechanism", True), ("the G20's Rapid Response Mechanism", False)])
def test_the_questions_own_number_in_the_possessive(response, right):
    assert grade_text(response, "Rapid Response Mechanism", prompt="What does RRM stand for in the G7 initiative?").correct is right


@pytest.mark.parametrize(("response", "right"), [("I think 6 new permanent seats", True), ("6 seats", True), ("6 regions", False)])
def test_seats_for_members(response, right):
    prompt = "How many new permanent members does the G4 model for Security Council reform propose to add?"
    assert grade_numeric(response, "6", unit="members", prompt=prompt).correct is right


@pytest.mark.parametrize(("response", "right"), [("Port Kembla, NSW", True), ("Port Kembla, WA", False), ("Port Kembla, New South Wales", True)])
def test_a_town_with_its_states_letters(response, right):
    assert grade_text(response, "Port Kembla", prompt="Which Australian port will host the submarines?").correct is right


@pytest.mark.parametrize(("response", "right"), [("No - it was rejected", True), ("no, because they had immunity", True), ("Yes", False)])
def test_a_yes_or_no_question_that_says_so_after_its_question_mark(response, right):
    prompt = "Was Kasab's mercy plea accepted by the President? Answer yes or no."
    assert grade_text(response, "no", ["it was rejected"], prompt=prompt).correct is right


@pytest.mark.parametrize(("response", "right"), [("Arthur Road prison", True), ("Arthur Rd jail", True), ("Yerwada prison", False)])
def test_jail_and_prison_and_road_shortened(response, right):
    assert grade_text(response, "Arthur Road Jail", prompt="In which jail was Kasab held?").correct is right


@pytest.mark.parametrize(("response", "right"), [("Judge Ronny Abraham", True), ("Judge Abdulqawi Yusuf", False)])
def test_a_judge_of_the_court_whose_president_is_asked(response, right):
    prompt = "Which ICJ President read out the provisional measures order in the Jadhav case in May 2017?"
    assert grade_text(response, "Ronny Abraham", ["Abraham"], prompt=prompt).correct is right


def test_senior_advocate_before_counsel():
    prompt = "Who appeared as India's counsel at the ICJ public sitting of 15 May 2017 in the Jadhav case?"
    assert grade_text("senior advocate Harish Salve", "Harish Salve", prompt=prompt).correct
    assert not grade_text("senior advocate Harish Rawat", "Harish Salve", prompt=prompt).correct


@pytest.mark.parametrize(("response", "right"), [("UNSCR 1990", True), ("UNSC 1990", True), ("UNSCR 1991", False), ("UNGA 1990", False)])
def test_a_resolution_number_with_its_bodys_initials(response, right):
    assert grade_numeric(response, "1990", prompt="By which UN Security Council resolution number was UNISFA established?").correct is right


@pytest.mark.parametrize(
    ("response", "answer", "unit", "right"),
    [
        ("100 Gb/s", "100", "Tb/s", False),
        ("100 Tbps", "100", "Tb/s", True),
        ("100,000 Gb/s", "100", "Tb/s", True),
        ("2.923 TWh", "2923", "GWh", True),
        ("2923000 MWh", "2923", "GWh", True),
        ("2923 MW", "2923", "GWh", False),
    ],
)
def test_data_rates_and_energy_as_units(response, answer, unit, right):
    assert grade_numeric(response, answer, unit=unit, prompt="How much capacity, or how much electricity?").correct is right


@pytest.mark.parametrize(
    ("response", "prompt", "right"),
    [("Baku", "In which city and country was COP29 held?", False), ("Baku in Azerbaijan", "In which city and country was COP29 held?", True), ("Baku", "Where was COP29 held?", True)],
)
def test_the_city_alone_where_the_question_asks_city_and_country(response, prompt, right):
    assert grade_text(response, "Baku, Azerbaijan", prompt=prompt).correct is right


@pytest.mark.parametrize(("response", "right"), [("It contained a no-war pact", False), ("It did not contain one", True), ("No, it did not", True)])
def test_a_no_inside_a_compound_is_no_reply(response, right):
    assert grade_text(response, "No", ["No, it did not"], prompt="Did the Tashkent Declaration contain a no-war pact?").correct is right


@pytest.mark.parametrize(
    ("response", "right"),
    [("26 civilians were massacred", True), ("26 civilians died", True), ("26 civilians were injured", False), ("26 tourists were massacred", False)],
)
def test_a_count_with_the_questions_own_kind_of_verb(response, right):
    prompt = "How many Indian civilians were killed in the Pahalgam attack?"
    assert grade_numeric(response, "26", unit="civilians", prompt=prompt).correct is right


@pytest.mark.parametrize(("response", "right"), [("nine days later", True), ("9 days after", True), ("9 days earlier", False), ("9 weeks later", False)])
def test_a_span_placed_in_time_the_way_the_question_asks(response, right):
    prompt = "How many days after Chandrayaan-3's landing was Aditya-L1 launched?"
    assert grade_numeric(response, "9", unit="days", prompt=prompt).correct is right


def test_a_reply_about_the_reply_is_no_plain_no():
    assert not grade_text('Not "no" - several had', "No", prompt="Did none of them sign the treaty?").correct
    assert grade_text("Not yet", "No", prompt="Has the treaty entered into force?").correct


def test_the_first_two_of_a_sequence_keep_their_places():
    text = "The first two Project-75 submarines were INS {{Kalvari}} and INS {{Khanderi}}."
    assert not _grade_cloze(text, ["Khanderi", "Kalvari"])


def _grade_cloze(text, response):
    from studyapp.grading import grade

    return grade(_cloze(text), response).correct


@pytest.mark.parametrize(("response", "right"), [("Israel, according to the FT", True), ("Israel, according to the NYT", False)])
def test_a_source_the_question_names_by_its_initials(response, right):
    prompt = "Which country, according to the Financial Times, supplied the drones?"
    assert grade_text(response, "Israel", prompt=prompt).correct is right
