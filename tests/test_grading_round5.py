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


@pytest.mark.parametrize(
    ("response", "answer", "prompt", "right"),
    [
        ("Commerce Minister Piyush Goyal", "Piyush Goyal", "Who signed the India-UAE CEPA?", True),
        ("Finance Minister Piyush Goyal", "Piyush Goyal", "Who signed the India-UAE CEPA?", False),
        ("Defence Secretary Rajesh Kumar Singh", "Rajesh Kumar Singh", "Who led the Indian side?", True),
        ("Defence Minister Rajesh Kumar Singh", "Rajesh Kumar Singh", "Who led the Indian side?", False),
        ("Hon. James Marape, PM of Papua New Guinea", "James Marape", "Who co-hosted the FIPIC summit?", True),
        ("Governor-General James Marape", "James Marape", "Who co-hosted the FIPIC summit?", False),
        ("Sitiveni Rabuka, Prime Minister of Samoa", "Sitiveni Rabuka", "Which Pacific leader met Modi?", False),
        ("Fiji PM Sitiveni Rabuka", "Sitiveni Rabuka", "Which Pacific leader met Modi?", True),
        ("US Foreign Minister Mélanie Joly", "Mélanie Joly", "Who announced the expulsion?", False),
        ("Intelligence Minister Mélanie Joly", "Mélanie Joly", "Who announced the expulsion?", False),
        ("Minister of Foreign Affairs Mélanie Joly", "Mélanie Joly", "Who announced the expulsion?", True),
        ("Admiral Hari Kumar, Chief of the Naval Staff", "R Hari Kumar", "Who led the Indian Navy then?", True),
        ("General Anil Chauhan", "Anil Chauhan", "Who attended for India?", True),
        ("Anil Chauhan, Army Chief", "Anil Chauhan", "Who attended for India?", False),
        ("UN Secretary-General Ban Ki-moon", "Ban Ki-moon", "Who opened the conference?", True),
        ("Foreign Minister Rajnath Singh and Sebastien Lecornu", "Rajnath Singh and Sébastien Lecornu", "Which two ministers signed?", False),
        ("Defence Minister Rajnath Singh and Sebastien Lecornu", "Rajnath Singh and Sébastien Lecornu", "Which two ministers signed?", True),
        ("Vice President Kwame Mensah", "Kwame Mensah", "Who attended?", True),  # not in the table: a title is not checked
    ],
)
def test_an_office_the_person_never_held_is_a_wrong_claim(response, answer, prompt, right):
    assert grade_text(response, answer, prompt=prompt).correct is right


@pytest.mark.parametrize(
    ("response", "answer", "prompt", "right"),
    [
        ("Prime Minister Biden", "Joe Biden", "Which US President announced the corridor together with PM Modi?", False),
        ("President Biden", "Joe Biden", "Which US President announced the corridor together with PM Modi?", True),
        ("former President Shinzo Abe", "Shinzo Abe", "Which late Japanese prime minister did Trump call a friend?", False),
        ("former PM Shinzo Abe", "Shinzo Abe", "Which late Japanese prime minister did Trump call a friend?", True),
    ],
)
def test_the_office_the_question_asks_for_by_name(response, answer, prompt, right):
    assert grade_text(response, answer, accept=[answer.split()[-1]], prompt=prompt).correct is right


@pytest.mark.parametrize(
    ("response", "right"),
    [("not April 4, 1949", False), ("not 4 April 1949", False), ("not 1948 but 1949", True), ("1949, not 1948", True), ("not sure, 1949?", True)],
)
def test_an_answer_denied_is_no_answer(response, right):
    assert grade_numeric(response, 1949, prompt="In which year was NATO founded?").correct is right


@pytest.mark.parametrize(
    ("response", "answer", "right"),
    [
        ("not Minister Zed Seselja", "Zed Seselja", False),
        ("not the 4th India-Central Asia Dialogue", "the 4th India-Central Asia Dialogue", False),
        ("not sure, NATO?", "NATO", True),
        ("not Lithuania but Latvia", "Latvia", True),
        ("no first use", "no first use", True),
    ],
)
def test_a_leading_not_denies_a_name_too(response, answer, right):
    assert grade_text(response, answer, prompt="Which one?").correct is right


def test_billion_is_no_slip_for_million():
    answer = "$400 million and Rs 3,000 crore"
    prompt = "What two currency swap amounts did India and the Maldives agree?"
    assert not grade_text("$400 billion and Rs 3,000 crore", answer, prompt=prompt).correct
    assert grade_text("$400 million and Rs 3,000 crore", answer, prompt=prompt).correct


@pytest.mark.parametrize(
    ("response", "right"),
    [("Australia, Australia, New Zealand and the UK", False), ("Australia, New Zealand and the UK", False), ("the G77/China bloc", None)],
)
def test_every_item_of_a_listed_answer_is_named(response, right):
    if right is None:
        assert grade_text(response, "G77 and China", prompt="Which bloc spoke for the developing countries?").correct
        return
    prompt = "Which grouping does the document suggest as a source of stronger intelligence ties for Canada?"
    assert grade_text(response, "CANZUK", prompt=prompt).correct is right


@pytest.mark.parametrize(("response", "right"), [("5 April 1949", False), ("05.04.1949", False), ("4 April 1949", True), ("April 4, 1949", True), ("1949", True)])
def test_a_full_date_for_a_year_must_be_the_day_the_question_gives(response, right):
    explanation = "The North Atlantic Treaty was signed in Washington on 4 April 1949."
    assert grade_numeric(response, 1949, prompt="In which year was NATO founded?", explanation=explanation).correct is right


def test_a_day_inside_a_span_the_explanation_gives_is_right():
    explanation = "The first edition, Dustlik-2019, ran from 4 to 13 November 2019 at the Chirchiq Training Area."
    prompt = "In which year was the first edition of Dustlik held?"
    assert grade_numeric("4 November 2019", 2019, prompt=prompt, explanation=explanation).correct
    assert not grade_numeric("14 November 2019", 2019, prompt=prompt, explanation=explanation).correct
    assert grade_numeric("14 November 2019", 2019, prompt=prompt).correct  # no day given: the year decides


@pytest.mark.parametrize(("response", "right"), [("16 June 2020", False), ("15 June 2020", True), ("June 2020", True)])
def test_a_day_for_a_month_must_be_the_day_the_explanation_gives(response, right):
    explanation = "The clash in the Galwan valley on 15 June 2020 killed 20 Indian soldiers."
    assert grade_text(response, "June 2020", prompt="When did the Galwan clash take place?", explanation=explanation).correct is right


@pytest.mark.parametrize(("response", "right"), [("C-1300J", False), ("IAF C-1300J planes", False), ("C130J", True)])
def test_a_doubled_digit_is_another_number_not_a_slip(response, right):
    assert grade_text(response, "C-130J", prompt="Which aircraft did the IAF use?").correct is right


@pytest.mark.parametrize(
    ("response", "answer", "right"),
    [
        ("FICCI (Federation of Indonesian Chambers of Commerce & Industry)", "FICCI", False),
        ("FICCI (Federation of Indian Chambers of Commerce & Industry)", "FICCI", True),
        ("International South South Transport Corridor (INSTC)", "International North-South Transport Corridor", False),
        ("INSTC (International North–South Transport Corridor)", "International North-South Transport Corridor", True),
    ],
)
def test_an_acronym_beside_a_wrong_expansion(response, answer, right):
    accept = ["INSTC"] if "Corridor" in answer else []
    assert grade_text(response, answer, accept, prompt="Which one?").correct is right


@pytest.mark.parametrize(
    ("response", "right"),
    [("Mélanie Joly (US)", False), ("Joly, Europe's minister", False), ("Mélanie Joly (Canada)", True), ("Canada's Mélanie Joly", True)],
)
def test_a_country_beside_a_known_person_must_be_theirs(response, right):
    assert grade_text(response, "Mélanie Joly", accept=["Joly"], prompt="Who announced the expulsion?").correct is right


@pytest.mark.parametrize(
    ("response", "answer", "right"),
    [
        ("Huawei, US company", "Huawei", False),
        ("Huawei, Chinese company", "Huawei", True),
        ("ANTRIX (Canadian)", "ANTRIX", False),
        ("ANTRIX, India's commercial arm", "ANTRIX", True),
        ("Operation FREQUENCE, France's operation", "Operation FREQUENCE", False),
        ("Operation UNIFIER in Ukraine", "Operation UNIFIER", True),
    ],
)
def test_the_country_of_a_known_body_or_operation(response, answer, right):
    assert grade_text(response, answer, prompt="Which one is meant?").correct is right


@pytest.mark.parametrize(("response", "right"), [("Latvia (Russian)", False), ("Latvia (NATO)", True), ("Latvia, not Russia", True)])
def test_a_country_answer_with_another_country_beside_it(response, right):
    assert grade_text(response, "Latvia", prompt="In which country does Canada lead NATO's battle group?").correct is right


def test_two_countries_joined_are_a_list_not_a_claim():
    assert grade_text("India-USA", "India and the United States", prompt="Which two countries signed it?").correct


# --- the twelfth session: rounds 34 and 39 (docs/grading.md, "Rounds 34 and 39") ---


@pytest.mark.parametrize(("response", "right"), [("Rajesh", False), ("Ramesh", False), ("Ragesh", True), ("Raggesh", True), ("Sailor Ragesh", True)])
def test_a_slip_into_a_common_given_name_is_another_person(response, right):
    assert grade_text(response, "Ragesh", prompt="Which sailor received a three-year sentence?").correct is right


def test_a_given_name_spelled_another_way_is_no_other_person():
    assert grade_text("Talmiz Ahmed", "Talmiz Ahmad", prompt="Who was India's ambassador?").correct


@pytest.mark.parametrize(
    ("response", "right"),
    [("2 April 2025", True), ("in April 2025", True), ("04/2025", True), ("April 2024", False), ("2 May 2025", False), ("April", True)],
)
def test_a_date_inside_the_month_asked(response, right):
    assert grade_text(response, "April", prompt="In which month of 2025 was 'Liberation Day'?").correct is right


def test_a_month_with_a_year_nothing_gives_cannot_be_checked():
    prompt = "In which month was the brief trial held?"
    assert not grade_text("March 2019", "March", prompt=prompt).correct
    assert grade_text("March 2023", "March", prompt=prompt, explanation="The trial was held in March 2023.").correct


@pytest.mark.parametrize(
    ("response", "right"),
    [("none", True), ("no objections at all", True), ("nil", True), ("not a single one", True), ("no", False), ("one objection", False), ("no abstentions", False)],
)
def test_none_said_in_words_is_zero(response, right):
    assert grade_numeric(response, "0", unit="objections", prompt="How many objections were recorded in that vote?").correct is right
    if right:
        assert not grade_numeric(response, "3", unit="objections", prompt="How many objections were recorded?").correct


@pytest.mark.parametrize(
    ("response", "answer", "unit", "right"),
    [
        ("a year and a half", "18", "months", True),
        ("a day and a half", "35", "hours", False),
        ("a day and a half", "36", "hours", True),
        ("a pair of drones", "2", "drones", True),
        ("a pair of ships", "2", "drones", False),
    ],
)
def test_a_half_and_a_pair(response, answer, unit, right):
    assert grade_numeric(response, answer, unit=unit, prompt="How many?").correct is right


@pytest.mark.parametrize(
    ("response", "right"),
    [("2023 minus 65 = 1958", True), ("2023 - 65 = 1958", True), ("2023-65=1958", True), ("2023 - 65 = 1957", False), ("2023 - 66 = 1958", False), ("9**9**99 = 1958", False)],
)
def test_working_shown_that_comes_to_the_answer(response, right):
    assert grade_text(response, "1958", prompt="In which year was it founded?").correct is right


@pytest.mark.parametrize(("response", "right"), [("25 + 25 = 50%", True), ("25% + 25% = 50%", True), ("25 + 20 = 50%", False), ("10 x 5 = 50", True)])
def test_working_shown_for_a_figure(response, right):
    assert grade_numeric(response, "50", unit="%", prompt="What is the total tariff?").correct is right


@pytest.mark.parametrize(
    ("response", "answer", "unit", "prompt", "right"),
    [
        ("30 MQ-9B drones", "30", "drones", "How many armed drones did the council clear?", True),
        ("26 F-35s", "26", "jets", "How many Rafale-M jets did India order from France?", False),
        ("41 ALHs", "41", "helicopters", "How many Advanced Light Helicopters did the DAC clear?", True),
        ("41 LCHs", "41", "helicopters", "How many Advanced Light Helicopters did the DAC clear?", False),
        ("eight navy veterans", "8", "people", "How many former Indian Navy personnel did Qatar release?", True),
        ("14 battleships", "14", "ships", "On how many Indian warships will the missiles be deployed?", True),
        ("14 submarines", "14", "ships", "On how many Indian warships will the missiles be deployed?", False),
        ("20 engines annually", "20", "engines per year", "How many engines per year will GE deliver?", True),
        ("20 engines a month", "20", "engines per year", "How many engines per year will GE deliver?", False),
    ],
)
def test_what_is_counted_said_another_way(response, answer, unit, prompt, right):
    assert grade_numeric(response, answer, unit=unit, prompt=prompt).correct is right


@pytest.mark.parametrize(
    ("response", "answer", "right"),
    [
        ("Geneve", "Geneva", True), ("Jiddah", "Jeddah", True), ("Den Haag", "The Hague", True), ("UNO", "the United Nations", True),
        ("the Covid pandemic", "COVID-19", True), ("the Permanent Five", "P5", True), ("UNO", "UNESCO", False), ("Covid", "SARS", False),
    ],
)
def test_other_names_of_the_same_place_or_body(response, answer, right):
    assert grade_text(response, answer, prompt="Which one (a city, a body or a pandemic)?").correct is right


@pytest.mark.parametrize(
    ("response", "right"),
    [("Rt Hon Patricia Scotland QC", True), ("Baroness Patricia Scotland", True), ("Baroness Patricia Janet", False)],
)
def test_styles_of_address_are_no_claim(response, right):
    assert grade_text(response, "Patricia Scotland", prompt="Who was the Commonwealth Secretary-General?").correct is right


def test_his_majesty_before_the_king():
    assert grade_text("His Majesty King Charles III", "King Charles III", prompt="Who heads the Commonwealth?").correct
    assert not grade_text("His Majesty King Charles II", "King Charles III", prompt="Who heads the Commonwealth?").correct


@pytest.mark.parametrize(
    ("response", "answer", "right"),
    [("New Year's Eve 2021", "31 December 2021", True), ("New Year's Day 2024", "1 January 2024", True),
     ("New Year's Day 2023", "1 January 2024", False), ("New Year's Eve 2021", "1 January 2022", False), ("Christmas 2020", "25 December 2020", True)],
)
def test_a_day_known_by_its_name(response, answer, right):
    assert grade_text(response, answer, prompt="On what date was it signed?").correct is right


@pytest.mark.parametrize(("response", "right"), [("21st Conference of the Parties", True), ("the 21st COP", True), ("22nd COP", False)])
def test_the_nth_cop(response, right):
    assert grade_text(response, "COP21", prompt="During which UN climate conference was the ISA launched?").correct is right


@pytest.mark.parametrize(
    ("response", "right"),
    [("1944, during the Second World War", True), ("during World War 2, 1944", True), ("1944 in the Second World War", True),
     ("1944, during the First World War", False), ("1945, during the Second World War", False)],
)
def test_a_year_with_its_war_named_in_words(response, right):
    assert grade_numeric(response, "1944", prompt="In which year did the landings take place?").correct is right


@pytest.mark.parametrize(
    ("response", "right"),
    [("Antrics", True), ("Antriks", True), ("Antrex", True), ("ANTRICS", False), ("ANTREX", False), ("Antrix Corporation", True)],
)
def test_a_name_in_capitals_spelled_as_it_sounds(response, right):
    assert grade_text(response, "ANTRIX", prompt="Which company is ISRO's commercial arm?").correct is right


def test_a_consonant_replaced_in_an_acronym_stays_another_acronym():
    assert not grade_text("CANZUS", "CANZUK", prompt="Which grouping?").correct


@pytest.mark.parametrize(
    ("response", "answer", "right"),
    [
        ("President Park", "Park Geun-hye", True),
        ("Dr Tedros", "Tedros Adhanom Ghebreyesus", True),
        ("Foreign Minister Motegi", "Motegi Toshimitsu", True),
        ("President Moon", "Park Geun-hye", False),
        ("President Kim", "Kim Jong Un", False),
        ("Park", "Park Geun-hye", False),
    ],
)
def test_a_title_and_the_one_name_a_person_goes_by(response, answer, right):
    prompt = "Who was the foreign minister, president or director-general then?"
    assert grade_text(response, answer, prompt=prompt).correct is right


@pytest.mark.parametrize(
    ("response", "answer", "right"),
    [
        ("Asian Infrastructure Investment Bank", "AIIB", True),
        ("LEMOA", "Logistics Exchange Memorandum of Agreement", True),
        ("UN Framework Convention on Climate Change", "UNFCCC", True),
        ("MLSA (Military Logistics Support Agreement)", "MLSA", False),
    ],
)
def test_more_acronyms_of_the_field(response, answer, right):
    assert grade_text(response, answer, prompt="Which one?").correct is right


def test_the_same_last_sound_is_a_consonant_not_a_vowel():
    assert not grade_text("Ltavai", "Latvia").correct  # the skeleton's last consonant agrees, the word does not end in it


@pytest.mark.parametrize("response", ["(" * 300 + "1" + ")" * 300 + " + 1 = 2", "9" * 400 + "*" + "9" * 400 + " = 5", "9**9**99 = 5"])
def test_working_that_is_no_sum_anyone_shows_is_left_as_typed(response):
    assert not grade_text(response, "5", prompt="How many?").correct


def test_a_month_reading_of_nothing():
    assert not grade_text("  ", "March", prompt="In which month of 2023?").correct
    assert not grade_numeric("no idea", "0", unit="objections", prompt="How many objections?").correct
