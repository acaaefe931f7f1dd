"""Round 4 of the fair examiner: the false-reject families holdout3 showed (ship prefixes, ranks and
Hindi titles, names transliterated another way, counts said as adverbs or Roman numerals, units glued
to the figure), each with the wrong answers next to them that must stay wrong (docs/grading.md, "Rounds")."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from studyapp.grading import grade, grade_cloze, grade_numeric, grade_text


@pytest.mark.parametrize(
    ("response", "answer", "prompt", "right"),
    [
        ("Sahyadri", "INS Sahyadri", "Which frigate did India send to Malabar 2023?", True),
        ("HMAS Brisbane", "Brisbane", "Which destroyer did Australia field?", True),
        ("INS Imphal, INS Surat", "Imphal, Surat", "Which two destroyers were commissioned last?", True),
        ("Shivalik", "INS Sahyadri", "Which frigate did India send to Malabar 2023?", False),
        ("INS Kolkata", "INS Sahyadri", "Which frigate did India send to Malabar 2023?", False),
        ("HMAS", "HMAS Brisbane", "Which destroyer did Australia field?", False),
    ],
)
def test_a_navys_ship_prefix_may_be_left_off_or_added(response, answer, prompt, right):
    assert grade_text(response, answer, prompt=prompt, category="equipment").correct is right


@pytest.mark.parametrize(
    ("response", "answer", "prompt", "right"),
    [
        ("Col. Ahmed Mujuthaba Mohamed", "Colonel Ahmed Mujuthaba Mohamed", "Which MNDF officer spoke?", True),
        ("CDS Gen. Anil Chauhan", "General Anil Chauhan", "Which Chief of Defence Staff witnessed the launch?", True),
        ("Raksha Mantri Rajnath Singh", "Rajnath Singh", "Which Defence Minister congratulated DRDO?", True),
        ("Gen. Manoj Pande", "General Anil Chauhan", "Which Chief of Defence Staff witnessed the launch?", False),
        ("Raksha Mantri Amit Shah", "Rajnath Singh", "Which Defence Minister congratulated DRDO?", False),
        ("Pradhan Mantri Rajnath Singh", "Rajnath Singh", "Which Defence Minister congratulated DRDO?", False),
    ],
)
def test_ranks_abbreviated_and_hindi_titles_of_the_post_the_question_names(response, answer, prompt, right):
    assert grade_text(response, answer, prompt=prompt, category="person").correct is right


@pytest.mark.parametrize(
    ("response", "answer", "accept", "category", "right"),
    [
        ("Sameer Kamat", "Samir V Kamat", ["Samir Kamat"], "person", True),
        ("Melanie Jolie", "Mélanie Joly", ["Melanie Joly"], "person", True),
        ("Op Meghdut", "Operation Meghdoot", [], "operation", True),
        ("Operation Meghna", "Operation Meghdoot", [], "operation", False),
        ("Sumit Kamat", "Samir V Kamat", ["Samir Kamat"], "person", False),
        ("Kim Jong Il", "Kim Jong Un", [], "person", False),
        ("Slovakia", "Slovenia", [], "place", False),
    ],
)
def test_a_name_transliterated_with_other_vowels_is_the_same_name(response, answer, accept, category, right):
    assert grade_text(response, answer, accept, prompt="Name it.", category=category).correct is right


@pytest.mark.parametrize(
    ("response", "answer", "unit", "right"),
    [
        ("twice", 2, "world wars", True),
        ("I think twice", 2, "world wars", True),
        ("thrice", 2, "world wars", False),
        ("II", 2, "phases", True),
        ("III", 2, "phases", False),
        ("122mm", 122, "mm", True),
        ("122cm", 122, "mm", False),
        ("as low as -50 degrees C", -50, "°C", True),
        ("as low as -40 degrees C", -50, "°C", False),
        ("about 315 sailors", 315, "personnel", True),
        ("315 ships", 315, "personnel", False),
        ("a million NRIs", "1 million", "people", True),
    ],
)
def test_counts_said_another_way_and_units_glued_to_the_figure(response, answer, unit, right):
    assert grade_numeric(response, answer, unit=unit, prompt="How many, or how much?").correct is right


@pytest.mark.parametrize(("response", "right"), [("IVth edition", True), ("IIIrd", False), ("the 4th", True)])
def test_an_edition_in_roman_numerals_with_its_suffix(response, right):
    assert grade_numeric(response, "4th", prompt="Which edition concluded in May 2023?").correct is right


@pytest.mark.parametrize(("response", "right"), [("Project 15 Bravo", True), ("Project 15 Alpha", False), ("P-15B", True)])
def test_a_letter_said_in_the_phonetic_alphabet(response, right):
    assert grade_text(response, "Project 15B", ["P-15B"], prompt="Under which project was INS Imphal built?").correct is right


@pytest.mark.parametrize(
    ("response", "answer", "accept", "prompt", "category", "right"),
    [
        ("LEMOA", "Logistics Exchange Memorandum of Agreement", [], "Which agreement gives access to bases?", "agreement", True),
        ("BECA", "Logistics Exchange Memorandum of Agreement", [], "Which agreement gives access to bases?", "agreement", False),
        ("two plus two dialogue", "2+2 Ministerial Dialogue", [], "Which format of talks?", "agreement", True),
        ("3+3 dialogue", "2+2 Ministerial Dialogue", [], "Which format of talks?", "agreement", False),
        ("BrahMos supersonic cruise missile", "BrahMos", [], "Which missile did the Philippines buy?", "equipment", True),
        ("Akash supersonic cruise missile", "BrahMos", [], "Which missile did the Philippines buy?", "equipment", False),
        ("Adm Hari Kumar", "Admiral R. Hari Kumar", [], "Which Navy chief?", "person", True),
        ("Adm Dinesh Tripathi", "Admiral R. Hari Kumar", [], "Which Navy chief?", "person", False),
        ("Mahendra Modi", "Narendra Modi", [], "Who attended?", "person", False),
        ("Narendar Modi", "Narendra Modi", [], "Who attended?", "person", True),
    ],
)
def test_acronyms_with_their_small_words_descriptions_and_initials(response, answer, accept, prompt, category, right):
    assert grade_text(response, answer, accept, prompt=prompt, category=category).correct is right


@pytest.mark.parametrize(
    ("response", "answer", "unit", "prompt", "right"),
    [
        ("157 NM", 157, "nautical miles", "How far out?", True),
        ("157 km", 157, "nautical miles", "How far out?", False),
        ("40,000 tons", 40000, "tonnes", "What is the displacement?", True),
        ("4,000 tons", 40000, "tonnes", "What is the displacement?", False),
        ("a decade", 10, "years", "For how long is the contract?", True),
        ("a century", 10, "years", "For how long is the contract?", False),
        ("six Scorpenes", 6, "submarines", "How many Scorpene submarines?", True),
        ("six Rafales", 6, "submarines", "How many Scorpene submarines?", False),
        ("3 missiles", 3, "batteries", "How many missile batteries?", False),
        ("'24", 2024, None, "In which year?", True),
        ("'23", 2024, None, "In which year?", False),
    ],
)
def test_navy_and_press_units_and_short_years(response, answer, unit, prompt, right):
    assert grade_numeric(response, answer, unit=unit, prompt=prompt, category="figure").correct is right


@pytest.mark.parametrize(("response", "right"), [("12 Jun 24", True), ("12 Jun 23", False), ("6 Dec 24", False)])
def test_a_day_month_and_two_digit_year(response, right):
    assert grade_text(response, "2024-06-12", prompt="On what date was it signed?", category="date").correct is right


@pytest.mark.parametrize(
    ("response", "answer", "right"),
    [
        ("Growler", "EA-18G Growler", True),
        ("EA-18G", "EA-18G Growler", True),
        ("EA-18", "EA-18G Growler", False),
        ("Super Hornet", "EA-18G Growler", False),
        ("Sea Guardian", "MQ-9B Sea Guardian", True),
        ("MQ-9A Reaper", "MQ-9B Sea Guardian", False),
        ("Su-30", "Su-30 MKI", False),  # "MKI" is a variant, not a name: the designation alone is another aircraft
    ],
)
def test_a_designation_and_a_name_each_name_the_aircraft(response, answer, right):
    assert grade_text(response, answer, prompt="Which aircraft took part?", category="equipment").correct is right


@pytest.mark.parametrize(
    ("response", "answer", "right"),
    [
        ("₹5,93,537.64 crore", "₹5.94 lakh crore", True),
        ("$374,962,800", "$374.96 million", True),
        ("₹5,83,537.64 crore", "₹5.94 lakh crore", False),
        ("$4.55 billion", "$4.6 billion", False),  # one digit finer: another figure, not the exact one
        ("$374,000,000", "$374.96 million", False),
    ],
)
def test_the_exact_figure_for_an_answer_rounded_in_its_scale_word(response, answer, right):
    assert grade_numeric(response, answer, prompt="How much was allocated?").correct is right


@pytest.mark.parametrize(
    ("response", "answer", "unit", "prompt", "right"),
    [
        ("The ship is 163 m long", 163, "m", "How long is INS Imphal?", True),
        ("163 m wide", 163, "m", "How long is INS Imphal?", False),
        ("RAAF sent 3 aircraft", 3, "aircraft", "How many aircraft did the Royal Australian Air Force send?", True),
        ("IAF sent 3 aircraft", 3, "aircraft", "How many aircraft did the Royal Australian Air Force send?", False),
    ],
)
def test_a_figure_in_a_sentence_about_the_questions_subject(response, answer, unit, prompt, right):
    assert grade_numeric(response, answer, unit=unit, prompt=prompt, category="figure").correct is right


@pytest.mark.parametrize(
    ("response", "answer", "prompt", "category", "right"),
    [
        ("Darwin, Australia", "Darwin", "Where was Pitch Black 2024 held?", "place", True),
        ("Darwin, Northern Territory", "Darwin", "Where was Pitch Black 2024 held?", "place", True),
        ("Darwin, New Zealand", "Darwin", "Where was Pitch Black 2024 held?", "place", False),
        ("Sydney, Australia", "Sydney", "Off which city was Malabar 2023 held?", "place", True),
        ("Sydney, Canada", "Sydney", "Off which city was Malabar 2023 held?", "place", False),
        ("America, Japan, Australia, India", "India, US, Japan, Australia", "Which countries make up the Quad?", None, True),
        ("South America, Japan, Australia, India", "India, US, Japan, Australia", "Which countries make up the Quad?", None, False),
        ("India Ports Global Ltd", "India Ports Global Limited", "Which company signed the contract?", "organisation", True),
        ("Sukhoi Su-30MKI", "Su-30 MKI", "Which IAF aircraft took part?", "equipment", True),
        ("Sukhoi-30 MKI", "Su-30 MKI", "Which IAF aircraft took part?", "equipment", True),
        ("Raisina", "Raisina Dialogue", "At which conference was he chief guest?", None, True),
        ("Quad", "Quad Summit", "Which summit was held in Wilmington?", None, True),
        ("G7", "G20 Summit", "Which summit did he attend?", None, False),
        ("United Nations", "United Nations Command", "Which command leads the armistice force?", None, False),
    ],
)
def test_cities_in_their_country_list_members_and_names_said_shorter(response, answer, prompt, category, right):
    assert grade_text(response, answer, prompt=prompt, category=category).correct is right


# --- after holdout4 was scored (round 4, blind: 95.5%, 3 false accepts) ------------------------------


def test_two_letters_replaced_make_another_word_not_a_slip():
    gaps = [["Promotion"], ["Protection"]]
    assert not grade_cloze(["Promotion", "Production"], gaps).correct
    assert grade_cloze(["Promotion", "Protecton"], gaps).correct  # a letter left out stays a slip


@pytest.mark.parametrize(
    ("response", "right"),
    [("3 missiles", False), ("3 batteries", True), ("three BrahMos batteries", True)],
)
def test_a_count_noun_the_question_uses_for_something_else(response, right):
    prompt = "How many batteries of the BrahMos missile were the Philippine Marines to acquire?"
    assert grade_numeric(response, 3, unit="batteries", prompt=prompt).correct is right


@pytest.mark.parametrize(
    ("response", "answer", "accept", "prompt", "right"),
    [
        ("Wilmington, North Carolina", "Wilmington", ["Wilmington, Delaware"], "In which US city was the summit?", False),
        ("Wilmington, Delaware", "Wilmington", ["Wilmington, Delaware"], "In which US city was the summit?", True),
        ("Umroi in Meghalaya, India", "Umroi, Meghalaya", ["Umroi"], "Where was the exercise held?", True),
        ("Umroi in Meghalaya, Nepal", "Umroi, Meghalaya", ["Umroi"], "Where was the exercise held?", False),
        ("Darwin, Queensland", "Darwin", [], "Where was Pitch Black held?", False),
        ("Texas, Delaware", "Delaware", [], "In which US state was the summit held?", False),
        ("Ft. Wainwright, Alaska", "Fort Wainwright, Alaska", [], "Where was the exercise held?", True),
        ("SBC Visakhapatnam", "Shipbuilding Centre, Visakhapatnam", ["SBC"], "Which shipyard built it?", True),
        ("SBC Kolkata", "Shipbuilding Centre, Visakhapatnam", ["SBC"], "Which shipyard built it?", False),
    ],
)
def test_places_with_what_they_lie_in(response, answer, accept, prompt, right):
    assert grade_text(response, answer, accept, prompt=prompt, category="place").correct is right


@pytest.mark.parametrize(
    ("response", "answer", "prompt", "right"),
    [
        ("Vizag", "Visakhapatnam", "Which port hosted the fleet review?", True),
        ("Bombay", "Mumbai", "Which city?", True),
        ("West Asia", "the Middle East", "Which region?", True),
        ("Ulan Bator", "Ulaanbaatar", "Where was the exercise held?", True),
        ("Madras", "Kolkata", "Which city?", False),
        ("Mumbai", "Bombay", "What was Mumbai called before 1995?", False),  # the question asks for the old name
    ],
)
def test_a_place_by_its_other_name(response, answer, prompt, right):
    assert grade_text(response, answer, prompt=prompt).correct is right


@pytest.mark.parametrize(
    ("response", "answer", "unit", "prompt", "right"),
    [
        ("24 kn", 24, "knots", "What is its top speed?", True),
        ("24 km", 24, "knots", "What is its top speed?", False),
        ("It is a 10-year contract", 10, "years", "For how many years is the contract?", True),
        ("It is a 12-year contract", 10, "years", "For how many years is the contract?", False),
        ("as far back as 2017", 2017, None, "In which year was the deal first conceptualised?", True),
        ("The Indian side sent 45 soldiers", 45, "personnel", "How many personnel made up the Indian Army contingent?", True),
    ],
)
def test_units_and_figures_as_learners_write_them(response, answer, unit, prompt, right):
    assert grade_numeric(response, answer, unit=unit, prompt=prompt).correct is right


@pytest.mark.parametrize(
    ("response", "right"),
    [("12 Jul - 2 Aug 2024", True), ("12 Jul - 3 Aug 2024", False), ("Jul 12 - Aug 2, 2024", True)],
)
def test_a_span_of_days_across_two_months(response, right):
    assert grade_text(response, "12 July 2024 to 2 August 2024", prompt="When was the exercise held?").correct is right


@pytest.mark.parametrize(
    ("response", "answer", "prompt", "explanation", "right"),
    [
        ("PM Modi", "Narendra Modi", "Who commissioned INS Vikrant?", "", True),
        ("EAM Jaishankar", "S Jaishankar", "Which visiting Indian minister met Iran's roads minister?", "", True),
        ("Defence Minister Rajnath Singh", "Rajnath Singh", "Which Indian minister signed the agreement?", "", True),
        ("Defence Minister Anita Anand", "Rajnath Singh", "Which Indian minister signed the agreement?", "", False),
        # an office the explanation names decides: he is the NSA, she the Foreign Affairs Minister
        ("External Affairs Minister Ajit Doval", "Ajit Doval", "Which Indian official went to Ottawa?", "Ajit Doval, India's National Security Adviser, went to Ottawa.", False),
        ("Prime Minister Mélanie Joly", "Mélanie Joly", "Which Canadian minister is pushing for it?", "Mélanie Joly, Canada's Foreign Affairs Minister, pushes for it.", False),
        ("Delaware", "Wilmington", "In which US city did Biden host the 2024 Quad Leaders' Summit?", "", False),
    ],
)
def test_an_office_before_a_name_where_the_question_names_none(response, answer, prompt, explanation, right):
    accept = ["Wilmington, Delaware"] if answer == "Wilmington" else []
    assert grade_text(response, answer, accept, prompt=prompt, explanation=explanation).correct is right


# --- after holdout5 was scored (round 5, blind: 96.7%, 3 false accepts) ------------------------------


@pytest.mark.parametrize(
    ("response", "answer", "prompt", "right"),
    [
        ("Jaisalmer, Gujarat", "Jaisalmer", "Where in India was Exercise Cyclone held?", False),
        ("Siliguri, Bihar", "Siliguri", "Which Indian city hosted the talks?", False),
        ("Rangpur, India", "Rangpur", "In which Bangladeshi city will India open a mission?", False),
        ("Rangpur, Bangladesh", "Rangpur", "In which Bangladeshi city will India open a mission?", True),
        ("Normandy, France", "Normandy", "Where did Canadian and French forces land in 1944?", True),
    ],
)
def test_a_state_or_country_beside_a_place_must_be_confirmed(response, answer, prompt, right):
    assert grade_text(response, answer, prompt=prompt, category="place").correct is right


@pytest.mark.parametrize(
    ("response", "answer", "unit", "right"),
    [
        ("0.9 GW", 900, "MW", True),
        ("0,9 GW", 900, "MW", True),
        ("9 GW", 900, "MW", False),
        ("a fortnight", 14, "days", True),
        ("a fortnight", 7, "days", False),
        ("all 25 districts", 25, "districts", True),
    ],
)
def test_power_in_gigawatts_a_fortnight_and_all(response, answer, unit, right):
    assert grade_numeric(response, answer, unit=unit, prompt="How much, or how many?").correct is right


@pytest.mark.parametrize(
    ("response", "answer", "prompt", "right"),
    [
        ("the Kumaon Regt", "Kumaon Regiment", "Which regiment?", True),
        ("MoS Sanjay Seth", "Sanjay Seth", "Which Minister of State for Defence attended?", True),
        ("Mauritius (not the Maldives)", "Mauritius", "Which country hosted the meeting?", True),
        ("Maldives (not Mauritius)", "Mauritius", "Which country hosted the meeting?", False),
        ("Defence Minister Mariya Didi", "Mariya Ahmed Didi", "Who signed for the Maldives?", True),
        ("Jigme Singye Wangchuck", "Jigme Khesar Namgyel Wangchuck", "Who is Bhutan's king?", False),
        ("Sheikh Hasan", "Sheikh Hasina", "Who visited Delhi in June 2024?", False),
        ("Odisha", "Odessa", "Which port city?", False),
    ],
)
def test_abbreviations_denials_in_brackets_and_names_said_shorter(response, answer, prompt, right):
    category = "person" if prompt.startswith("Who") else None
    assert grade_text(response, answer, prompt=prompt, category=category).correct is right


# --- after holdout6 was scored (round 6, blind: 95.0%, 2 false accepts) ------------------------------


def test_gaps_set_off_by_commas_keep_their_order():
    text = "Canada's donations include an air defence system, {{NASAMS}}, and {{Leopard II|Leopard 2}} tanks."
    question = SimpleNamespace(type="cloze", text=text, gaps=(("NASAMS",), ("Leopard II", "Leopard 2")), prompt="", answer=None)
    assert not grade(question, ["Leopard 2", "NASAMS"]).correct
    assert grade(question, ["NASAMS", "Leopard 2"]).correct
    listed = "The ties cover defence, {{intelligence}} and {{counter-terrorism}} initiatives."
    plain = SimpleNamespace(type="cloze", text=listed, gaps=(("intelligence",), ("counter-terrorism",)), prompt="", answer=None)
    assert not grade(plain, ["counter-terrorism", "intelligence"]).correct  # the fourteenth session: common words keep their order
    assert grade(plain, ["intelligence", "counter-terrorism"]).correct


@pytest.mark.parametrize(
    ("response", "right"),
    [("Cabinet Committee on Strategy (CCS)", False), ("Cabinet Committee on Security (CCS)", True), ("CCS", True)],
)
def test_a_wrong_expansion_beside_the_right_acronym(response, right):
    prompt = "Which committee, headed by the Prime Minister, met after the attack?"
    assert grade_text(response, "Cabinet Committee on Security", ["CCS"], prompt=prompt, category="organisation").correct is right


@pytest.mark.parametrize(
    ("response", "answer", "date_order", "right"),
    [("04/02/2022", "2 April 2022", "mdy", True), ("04/02/2022", "2 April 2022", "dmy", False), ("Aug 12", "12 August", "dmy", True)],
)
def test_a_date_as_a_numeric_answer_in_the_learners_date_order(response, answer, date_order, right):
    assert grade_numeric(response, answer, prompt="On what date was it signed?", date_order=date_order).correct is right


@pytest.mark.parametrize(
    ("response", "answer", "explanation", "right"),
    [
        ("Trade Minister Dan Tehan", "Dan Tehan", "", True),
        ("Trade Minister Dan Tehan", "Dan Tehan", "Dan Tehan, the Trade Minister, signed it.", True),
        ("Health Minister Dan Tehan", "Dan Tehan", "Dan Tehan, the Trade Minister, signed it.", False),
    ],
)
def test_a_portfolio_before_the_office(response, answer, explanation, right):
    prompt = "Which Australian minister signed the agreement?"
    assert grade_text(response, answer, prompt=prompt, explanation=explanation).correct is right


@pytest.mark.parametrize(
    ("response", "answer", "unit", "right"),
    [
        ("MUR 8.8 billion", "8.8 billion Mauritian rupees", None, True),
        ("8,8 milliards de roupies", "8.8 billion Mauritian rupees", None, True),
        ("₹8.8 billion", "8.8 billion Mauritian rupees", None, False),
        ("5,000 crore rupees", "₹5,000 crore", None, True),
        ("1000 MT", 1000, "metric tonnes", True),
        ("sixty below", -60, "°C", True),
        ("sixty", -60, "°C", False),
        ("84 ATAGS howitzers", 84, "guns", True),
        ("17 rounds", 17, "meetings", True),
    ],
)
def test_other_rupees_tonnes_cold_and_count_nouns(response, answer, unit, right):
    assert grade_numeric(response, answer, unit=unit, prompt="How much, or how many?").correct is right


@pytest.mark.parametrize(
    ("response", "right"),
    [("Syama Prasad Mukherjee Port", True), ("Syama Prasad Banerjee Port", False)],
)
def test_a_long_proper_name_spelled_with_other_vowels(response, right):
    assert grade_text(response, "Syama Prasad Mookerjee Port", prompt="Which port?").correct is right


# --- after holdout7 was scored (round 7, blind: 97.4%, no false accept) ------------------------------


@pytest.mark.parametrize(
    ("response", "right"),
    [("2011 to 2012", True), ("2011-2012", True), ("2012", False), ("December 2011", False)],
)
def test_a_season_written_2011_12_is_two_years_not_a_month(response, right):
    assert grade_text(response, "2011-12", prompt="In which season was the station set up?").correct is right


@pytest.mark.parametrize(
    ("response", "answer", "unit", "prompt", "right"),
    [
        ("278 Indians", 278, "people", "How many were evacuated on the first ship?", True),
        ("278 ships", 278, "people", "How many were evacuated on the first ship?", False),
        ("It was founded in 1949", 1949, None, "In which year did the alliance come into being?", True),
        ("9 members", 9, "countries", "How many countries make up the group?", True),
        ("120,000 square km", 120000, "sq km", "How large is the area?", True),
        ("120,000 sq miles", 120000, "sq km", "How large is the area?", False),
    ],
)
def test_people_by_nationality_members_and_square_km(response, answer, unit, prompt, right):
    assert grade_numeric(response, answer, unit=unit, prompt=prompt).correct is right


@pytest.mark.parametrize(
    ("response", "answer", "right"),
    [
        ("Saudi", "Saudi Arabia", True),
        ("India, Israel, United Arab Emirates, United States", "India, Israel, the UAE and the US", True),
        ("India, Israel, Qatar, United States", "India, Israel, the UAE and the US", False),
    ],
)
def test_country_short_forms(response, answer, right):
    assert grade_text(response, answer, prompt="Which countries?").correct is right


@pytest.mark.parametrize(
    ("response", "answer", "category", "right"),
    [
        ("Comoros Islands", "Comoros", "place", True),
        ("Seychelles Islands", "Comoros", "place", False),
        ("the patrol vessel INS Sumedha", "INS Sumedha", "equipment", True),
        ("the patrol vessel INS Sunayna", "INS Sumedha", "equipment", False),
    ],
)
def test_a_generic_description_beside_a_place_or_ship(response, answer, category, right):
    assert grade_text(response, answer, prompt="Which one?", category=category).correct is right


@pytest.mark.parametrize(("response", "right"), [("7.8 on the Richter scale", True), ("magnitude 7.8", True), ("7.6 on the Richter scale", False)])
def test_a_magnitude_on_the_richter_scale(response, right):
    assert grade_numeric(response, 7.8, prompt="What was the earthquake's magnitude?").correct is right


# --- after holdout8 was scored (round 8, blind: 96.4%, 5 false accepts) ------------------------------


@pytest.mark.parametrize(
    ("response", "answer", "prompt", "explanation", "right"),
    [
        ("Jaishankar and Swarup", "S Jaishankar", "Which Foreign Secretary signed the documents?", "", False),
        ("S. Jaishankar", "S Jaishankar", "Which Foreign Secretary signed the documents?", "", True),
        ("Kumar", "Ravish Kumar", "Which spokesperson announced it?", "", False),
        ("Doval", "Ajit Doval", "Who is India's National Security Adviser?", "", True),
        ("Ravi Kumar and Brijesh Thapa", "Ravi Kumar", "Which peacekeeper was honoured alongside Brijesh Thapa?", "", False),
    ],
)
def test_a_second_person_or_a_common_surname_alone(response, answer, prompt, explanation, right):
    assert grade_text(response, answer, prompt=prompt, explanation=explanation, category="person").correct is right


@pytest.mark.parametrize(
    ("response", "answer", "prompt", "explanation", "right"),
    [
        ("Seoul, North Korea", "Seoul", "Which capital hosted the talks with North Korea's neighbour?", "", False),
        ("Seoul, South Korea", "Seoul", "Which capital hosted the talks with North Korea's neighbour?", "", True),
        ("Ahmedabad, Maharashtra", "Ahmedabad", "Which city is the other end of the corridor?",
         "The corridor links Mumbai (Maharashtra) with Ahmedabad (Gujarat).", False),
    ],
)
def test_a_country_or_state_the_place_is_not_in(response, answer, prompt, explanation, right):
    assert grade_text(response, answer, prompt=prompt, explanation=explanation, category="place").correct is right


# --- round 9 (this session): the gazetteer, and families the dev sets still showed ---------------------


@pytest.mark.parametrize(
    ("response", "answer", "prompt", "explanation", "right"),
    [
        ("Ottawa, Ontario", "Ottawa", "What is Canada's capital?", "", True),
        ("Ottawa, Quebec", "Ottawa", "What is Canada's capital?", "", False),
        ("Ottawa, Illinois", "Ottawa", "What is Canada's capital?", "", False),  # another Ottawa
        ("Ahmedabad, Gujarat", "Ahmedabad", "Which city is the other end of the corridor?",
         "The corridor links Mumbai (Maharashtra) with Ahmedabad (Gujarat).", True),
        ("Gwadar, Balochistan", "Gwadar", "Which Pakistani port is at the heart of CPEC?", "", True),
        ("Gwadar, Sindh", "Gwadar", "Which Pakistani port is at the heart of CPEC?", "", False),
        ("Sittwe, Rakhine State", "Sittwe", "Which Myanmar port did India build?", "", True),
        ("Dambulla, Sri Lanka", "Dambulla", "Where is the new warehouse?", "", True),
        ("Dambulla, India", "Dambulla", "Where is the new warehouse?", "", False),
        ("Siliguri, Bihar", "Siliguri", "Which Indian town guards the corridor?", "", False),
        ("Jodhpur, Gujarat", "Jodhpur", "Which Indian air base hosted the exercise?", "", False),  # two Jodhpurs: not decided
    ],
)
def test_a_town_with_its_state_or_country_as_the_gazetteer_has_it(response, answer, prompt, explanation, right):
    assert grade_text(response, answer, prompt=prompt, explanation=explanation, category="place").correct is right


@pytest.mark.parametrize(
    ("response", "answer", "right"),
    [
        ("Tanzania, East Africa", "Tanzania", True),
        ("Tanzania, West Africa", "Tanzania", False),
        ("Latvia, in the Baltics", "Latvia", True),
        ("Vietnam, Southeast Asia", "Vietnam", True),
        ("Vietnam, South Asia", "Vietnam", False),
        ("Latvia, in Scandinavia", "Latvia", False),
    ],
)
def test_a_country_with_the_region_it_lies_in(response, answer, right):
    assert grade_text(response, answer, prompt="Which country signed?", category="place").correct is right


@pytest.mark.parametrize(
    ("response", "answer", "prompt", "right"),
    [
        ("₹1.62 lakh crore for capital outlay", "₹1.62 lakh crore", "How much did the budget set aside for capital outlay?", True),
        ("₹1.62 lakh crore for capital outlay", "₹1.62 lakh crore", "How much did the budget set aside for defence?", False),  # red team: another head
        ("₹1.62 lakh crore annual outlay", "₹1.62 lakh crore", "How much did the budget set aside for defence?", False),
        ("₹1.26 lakh crore for capital outlay", "₹1.62 lakh crore", "How much did the budget set aside for defence?", False),
        ("₹1.62 lakh crore for Pakistan", "₹1.62 lakh crore", "How much did the budget set aside for defence?", False),
        ("₹1.62 lakh crore was never spent", "₹1.62 lakh crore", "How much did the budget set aside for defence?", False),
    ],
)
def test_a_figure_in_a_sentence_with_words_the_question_gives(response, answer, prompt, right):
    assert grade_numeric(response, answer, prompt=prompt).correct is right


@pytest.mark.parametrize(
    ("response", "answer", "prompt", "right"),
    [
        ("V Adm Arun Prakash", "Vice Admiral Arun Prakash", "Who was the first Commander-in-Chief?", True),
        ("R Adm Arun Prakash", "Vice Admiral Arun Prakash", "Who was the first Commander-in-Chief?", False),
        ("Prime Minister Mian Nawaz Sharif", "Nawaz Sharif", "Which Pakistani Prime Minister inaugurated it?", True),
        ("Mian Shahbaz Sharif", "Nawaz Sharif", "Which Pakistani Prime Minister inaugurated it?", False),
    ],
)
def test_navy_rank_letters_and_honorifics(response, answer, prompt, right):
    assert grade_text(response, answer, prompt=prompt, category="person").correct is right


@pytest.mark.parametrize(
    ("response", "answer", "accept", "prompt", "right"),
    [
        ("Wilmington, USA", "Wilmington, Delaware", ["Wilmington"], "Where is the President's home town?", True),
        ("Wilmington, Canada", "Wilmington, Delaware", ["Wilmington"], "Where is the President's home town?", False),
        ("Normandy, USA", "Normandy", [], "Where did Canadian and French troops land in 1944?", False),  # a US town too
        ("Normandy, France", "Normandy", [], "Where did Canadian and French troops land in 1944?", True),
    ],
)
def test_the_country_of_a_place_the_answer_gives_with_its_state(response, answer, accept, prompt, right):
    assert grade_text(response, answer, accept, prompt=prompt, category="place").correct is right


@pytest.mark.parametrize(
    ("response", "answer", "right"),
    [
        ("Operation Nanouk", "Operation NANOOK", True),  # a code name in capitals is a word: a slip, not other initials
        ("Operation Impact", "Operation NANOOK", False),
        ("CANZUS", "CANZUK", False),  # initials stay strict
    ],
)
def test_a_code_name_in_capitals_forgives_a_slip(response, answer, right):
    assert grade_text(response, answer, prompt="Which operation?", category="operation").correct is right


@pytest.mark.parametrize(
    ("response", "right"),
    [("twenty-second of September 2024", True), ("the twenty-second of September, 2024", True), ("twenty-third of September 2024", False)],
)
def test_a_day_said_as_an_ordinal_word(response, right):
    assert grade_text(response, "22 September 2024", prompt="When did the exercise begin?", category="date").correct is right


@pytest.mark.parametrize(
    ("response", "answer", "prompt", "right"),
    [
        ("Khaan Quest 2025", "Khaan Quest", "Which multinational exercise in Mongolia did he attend?", True),
        ("Exercise Tarang Shakti 24", "Tarang Shakti", "Which air exercise concluded in September 2024?", True),
        ("Tarang Shakti 2023", "Tarang Shakti", "Which air exercise concluded in September 2024?", False),
        ("Nomadic Elephant 2025", "Khaan Quest", "Which multinational exercise in Mongolia did he attend?", False),
    ],
)
def test_an_exercise_with_the_year_of_its_edition(response, answer, prompt, right):
    assert grade_text(response, answer, prompt=prompt).correct is right


# --- after holdout9 was scored (round 9, blind: 96.1%, 0 false accepts, 44 false rejects) ------------------


@pytest.mark.parametrize(
    ("response", "answer", "unit", "right"),
    [
        ("three thousand crore rupees", "3,000 crore", "INR", True),
        ("four thousand crore", "40,000 crore", "INR", False),
        ("quarter of a billion dollars", "$250 million", "USD", True),
        ("quarter of a billion dollars", "$500 million", "USD", False),
    ],
)
def test_crore_after_thousand_in_words_and_a_quarter_of_a_scale(response, answer, unit, right):
    assert grade_numeric(response, answer, unit=unit, prompt="How much?").correct is right


@pytest.mark.parametrize(
    ("response", "answer", "prompt", "category", "right"),
    [
        ("28-Jan-22", "28 January 2022", "When?", "date", True),
        ("28-Jan-21", "28 January 2022", "When?", "date", False),
        ("Sth China Sea", "the South China Sea", "Which sea?", "place", True),
        ("Ladakh UT", "Ladakh", "Which union territory is Galwan in?", "place", True),
        ("India, United States of America, Japan, Australia", "India, the United States, Japan and Australia", "Who?", None, True),
        ("India, United States of America, Japan", "India, the United States, Japan and Australia", "Who?", None, False),
        ("Latvia (Riga)", "Latvia", "Which country?", "place", True),
        ("Latvia (Tallinn)", "Latvia", "Which country?", "place", False),
        ("the Baltic state of Latvia", "Latvia", "Which country?", "place", True),
        ("the Baltic state of Estonia", "Latvia", "Which country?", "place", False),
        ("Karachi, Sindh", "Karachi", "Where did India and Pakistan sign the treaty?", "place", True),
        ("Karachi, Balochistan", "Karachi", "Where did India and Pakistan sign the treaty?", "place", False),
        ("not INS Vikramaditya but INS Vikrant", "INS Vikrant", "Which carrier?", "equipment", True),
        ("not INS Vikrant but INS Vikramaditya", "INS Vikrant", "Which carrier?", "equipment", False),
        ("Ajit Dobhal", "Ajit Doval", "Who is the NSA?", "person", True),
        ("Ajit Dalal", "Ajit Doval", "Who is the NSA?", "person", False),
    ],
)
def test_holdout9_families(response, answer, prompt, category, right):
    assert grade_text(response, answer, prompt=prompt, category=category).correct is right


def test_a_town_in_a_council_area_is_not_refused_for_its_nation():
    """Prestwick's state in the snapshot is South Ayrshire, not Scotland: the gazetteer does not call it wrong
    (round 16: ISO 3166-2 puts South Ayrshire in Scotland, so it says right)."""
    from studyapp.grading import gazetteer

    assert gazetteer.lies_in("prestwick", "scotland", None, {"GB", "IN"}) is True
    assert gazetteer.lies_in("ahmedabad", "maharashtra", None, {"IN"}) is False
    assert gazetteer.lies_in("ahmedabad", "gujarat", None, {"IN"}) is True


# --- round 9, red team (helper RT read the grader and hunted false accepts; not blind) ------------------------


@pytest.mark.parametrize(
    ("response", "answer", "unit", "prompt", "right"),
    [
        ("40,000 Russians", "40,000", "personnel", "Since 2014, Canada has trained more than how many Ukrainian personnel?", False),
        ("over 40,000 Ukrainians", "40,000", "personnel", "Since 2014, Canada has trained more than how many Ukrainian personnel?", True),
        ("1.8 million NRIs", "1.8 million", "people", "About how many Indo-Canadians live in Canada?", False),
        ("a million NRIs", "1 million", "people", "How many people?", True),
        ("40% of Canadian students", "40%", None, "What share of international students in Canada come from India?", False),
        ("40% of international students", "40%", None, "What share of international students in Canada come from India?", True),
        ("80%", "80th", None, "Which anniversary of the landings fell in 2024?", False),
        ("$80", "80th", None, "Which anniversary of the landings fell in 2024?", False),
        ("80 years", "80th", None, "Which anniversary of the landings fell in 2024?", True),
        ("9.5 times", "9.5%", None, "By how much did trade grow?", False),
        ("1949, the Warsaw Pact", "1949", None, "In which year was NATO founded?", False),
        ("2023, by Modi", "2023", None, "In which year did Canada make the allegation?", False),
        ("in 1947, just after independence", "1947", None, "In which year did the two establish relations?", True),
    ],
)
def test_a_right_figure_with_another_population_base_unit_or_claim(response, answer, unit, prompt, right):
    assert grade_numeric(response, answer, unit=unit, prompt=prompt).correct is right


@pytest.mark.parametrize(
    ("response", "right"),
    [("former NSA Ajit Doval", False), ("ex-NSA Ajit Doval", False), ("Ajit Doval (CDS)", False), ("NSA Ajit Doval", True), ("Ajit Doval (NSA)", True)],
)
def test_an_office_past_or_another_beside_the_name(response, right):
    assert grade_text(response, "Ajit Doval", prompt="Who is India's National Security Adviser?", category="person").correct is right


# --- after holdout10 was scored (round 10, blind: 97.1%, 2 false accepts, 39 false rejects) -----------------


@pytest.mark.parametrize(
    ("response", "right"),
    [
        ("4 single-seat and 22 twin-seat", False),  # the figures swapped between their labels
        ("22 twin-seat and 4 single-seat", False),
        ("4 twin-seaters and 22 single-seaters", True),
        ("single-seat 22, twin-seat 4", True),
    ],
)
def test_two_figures_each_with_its_label(response, right):
    prompt = "How many single-seat and twin-seat Rafale Marine aircraft does the deal include?"
    assert grade_text(response, "22 single-seat and 4 twin-seat", prompt=prompt).correct is right


@pytest.mark.parametrize(
    ("response", "right"),
    [("WW1 and WW2", True), ("two (WWI and WWII)", True), ("WW2", False), ("WW1 and WW2, so three", False), ("second world war", False)],
)
def test_naming_each_world_war_counts_them(response, right):
    prompt = "In how many world wars did Canada and France fight side by side?"
    assert grade_numeric(response, 2, unit="world wars", prompt=prompt).correct is right


@pytest.mark.parametrize(("response", "right"), [("during WW2, in 1944", True), ("It was in 1944, during WW2.", True), ("during WW1, in 1944", False)])
def test_a_year_with_the_war_it_belongs_to(response, right):
    assert grade_numeric(response, 1944, prompt="In which year did the Normandy landings take place?").correct is right


@pytest.mark.parametrize(
    ("response", "answer", "unit", "right"),
    [
        ("three quarters of a billion dollars", "$750 million", None, True),
        ("half a decade", "5", "years", True),
        ("half a decade", "10", "years", False),
        ("a quarter of a year", "3", "months", True),
        ("about 5,400 metres above sea level", "5400 m", None, True),
        ("about 4,500 metres above sea level", "5400 m", None, False),
        ("sometime in 2025", "2025", None, True),
        ("$120 million, if I remember right", "$120 million", None, True),
        ("-58°", "-58 °F", None, True),
        ("-58 °C", "-58 °F", None, False),
    ],
)
def test_holdout10_figures_said_another_way(response, answer, unit, right):
    assert grade_numeric(response, answer, unit=unit, prompt="How much, how long, or when?").correct is right


def test_a_chief_ministers_title():
    prompt = "Which Chief Minister objected to the Teesta deal?"
    assert grade_text("CM Mamata Banerjee", "Mamata Banerjee", prompt=prompt, category="person").correct
    assert not grade_text("CM Nitish Kumar", "Mamata Banerjee", prompt=prompt, category="person").correct


@pytest.mark.parametrize(("response", "right"), [("Air Force 8, Navy 15", True), ("Navy 15, Air Force 8", True), ("Navy 8, Air Force 15", False)])
def test_figures_labelled_as_the_question_labels_them(response, right):
    prompt = "How many drones go to the Navy and how many to the Air Force? Give the Navy's number first."
    assert grade_text(response, "15 and 8", prompt=prompt).correct is right


@pytest.mark.parametrize(
    ("response", "right"),
    [("the beginning of the twentieth century", True), ("the early twentieth century", True), ("the nineteenth century", False)],
)
def test_a_century_said_as_an_ordinal_word(response, right):
    accept = ["beginning of the 20th century"]
    assert grade_text(response, "the early 20th century", accept, prompt="To which period does it trace the relationship?").correct is right


@pytest.mark.parametrize(
    ("response", "answer", "prompt", "right"),
    [
        ("PM Manmohan Singh", "Manmohan Singh", "During which Indian Prime Minister's visit was the deal due?", True),
        ("President Manmohan Singh", "Manmohan Singh", "During which Indian Prime Minister's visit was the deal due?", False),
        ("22 and 4", "22 single-seat and 4 twin-seat", "How many single-seat and twin-seat jets?", True),
        ("4 and 22", "22 single-seat and 4 twin-seat", "How many single-seat and twin-seat jets?", False),
    ],
)
def test_a_possessive_office_and_bare_figures_in_the_order_asked(response, answer, prompt, right):
    assert grade_text(response, answer, prompt=prompt).correct is right


@pytest.mark.parametrize(("response", "right"), [("thirty-seven and a half percent", True), ("thirty-eight and a half percent", False)])
def test_and_a_half_percent_in_words(response, right):
    assert grade_numeric(response, "37.5 %", prompt="What share?").correct is right


# --- after holdout11 and holdout12 were scored (rounds 11-12, blind: 96.0%/1 and 94.7%/4) --------------------


@pytest.mark.parametrize(
    ("response", "answer", "right"),
    [
        ("biannual", "biennial", False),  # another English word, not a slip
        ("North American Airspace Defense Command", "North American Aerospace Defense Command", False),
        ("Tiger Trump", "Tiger Triumph", False),
        ("Carribean", "Caribbean", True),  # a letter doubled in the wrong place
        ("Latvai", "Latvia", True),
        ("1/6 Gorkha Rifles", "6/1 Gorkha Rifles", False),
    ],
)
def test_another_english_word_or_swapped_figures_are_no_slip(response, answer, right):
    assert grade_text(response, answer, prompt="Which one?").correct is right


@pytest.mark.parametrize(
    ("response", "answer", "unit", "prompt", "right"),
    [
        ("six nuclear submarines", 6, "submarines", "How many submarines were built under Project 75?", False),
        ("six submarines", 6, "submarines", "How many submarines were built under Project 75?", True),
        ("nearly 50", 50, "missions", "In more than how many UN missions has India served?", False),
        ("more than fifty", 50, "missions", "In more than how many UN missions has India served?", True),
    ],
)
def test_a_describing_word_or_a_qualifier_against_the_source(response, answer, unit, prompt, right):
    assert grade_numeric(response, answer, unit=unit, prompt=prompt).correct is right


@pytest.mark.parametrize(("response", "right"), [("Antrix and ISRO", False), ("Antrix Corporation", True), ("Antrix", True)])
def test_a_second_body_joined_to_the_answer(response, right):
    assert grade_text(response, "ANTRIX", prompt="Which company markets ISRO's services?").correct is right


@pytest.mark.parametrize(
    ("response", "answer", "right"),
    [
        ("Cold War, not WWII", "the Cold War", True),
        ("not Leopard 1 but Leopard 2", "Leopard II", True),
        ("Cold War, not the Cold War", "the Cold War", False),
        ("early XX century", "the early 20th century", True),
        ("early XIX century", "the early 20th century", False),
        ("Bharat and Russia", "India and Russia", True),
        ("Tsingtao", "Qingdao", True),
    ],
)
def test_holdout12_names_denials_and_centuries(response, answer, right):
    assert grade_text(response, answer, prompt="Which one?").correct is right


@pytest.mark.parametrize(
    ("response", "answer", "unit", "right"),
    [
        ("40 pc", "40 %", None, True),
        ("3 pc", "40 %", None, False),
        ("two-fifths", "40 %", None, True),
        ("three-fourths", "75 %", None, True),
        ("four and a half", "4.5", None, True),
        ("a quarter century", "25", "years", True),
        ("2010 (not 2013)", "2010", None, True),
        ("2013 (not 2010)", "2010", None, False),
    ],
)
def test_holdout12_figures(response, answer, unit, right):
    assert grade_numeric(response, answer, unit=unit, prompt="What share, how long, or which year?").correct is right


@pytest.mark.parametrize(
    ("response", "right"),
    [("5-7 crore rupees", True), ("Rs 50 to 70 million", True), ("Rs 500-700 lakh", True), ("Rs 6 to 8 crore", False), ("$5 to 7 crore", False)],
)
def test_a_span_with_its_scale_said_once(response, right):
    assert grade_text(response, "Rs 5 to 7 crore", prompt="How much does each cost?").correct is right


def test_a_word_of_the_same_family_is_a_slip_not_another_word():
    assert grade_text("Journalist Trust Initiative", "Journalism Trust Initiative", prompt="Which initiative?").correct
    assert not grade_text("biannual", "biennial", prompt="How often?").correct


@pytest.mark.parametrize(
    ("response", "answer", "right"),
    [("IV", "fourth", True), ("IAFS-III", "third", True), ("the III summit", "third", True), ("NATO 3", "third", False), ("IAFS-II", "third", False)],
)
def test_an_ordinal_answer_said_as_an_edition(response, answer, right):
    assert grade_text(response, answer, prompt="Which India-Africa Forum Summit was held in 2015?").correct is right


# --- after holdout13 and holdout14 were scored (rounds 13-14, blind: 94.7%/11 and 95.7%/2) --------------------


@pytest.mark.parametrize(
    ("response", "answer", "accept", "right"),
    [
        ("EUMAM - European Union Maritime Assistance Mission", "European Union Military Assistance Mission", ["EUMAM"], False),
        ("EUMAM - European Union Military Assistance Mission", "European Union Military Assistance Mission", ["EUMAM"], True),
        ("biannually", "biennially", [], False),
        ("March 2000 to April 2021", "April 2000 to March 2021", [], False),
        ("Apr 2000 - Mar 2021", "April 2000 to March 2021", [], True),
    ],
)
def test_a_wrong_expansion_beside_its_acronym_a_sibling_word_and_month_spans(response, answer, accept, right):
    assert grade_text(response, answer, accept, prompt="Which one, or when?").correct is right


@pytest.mark.parametrize(("response", "right"), [("1944 in WW1", False), ("1944 in WWII", True), ("2020 I think", False)])
def test_a_year_with_a_war(response, right):
    assert grade_numeric(response, 1944, prompt="In which year did the landings take place?").correct is right


def test_a_body_is_not_where_the_questions_country_is():
    prompt = "Which command does Canada support while enforcing sanctions on North Korea?"
    assert not grade_text("UN Command in North Korea", "United Nations Command", ["UN Command"], prompt=prompt, category="organisation").correct
    assert grade_text("UN Command", "United Nations Command", ["UN Command"], prompt=prompt, category="organisation").correct


# --- after holdout15 was scored (round 15, blind: 95.6%, 1 false accept, 37 false rejects) ---------------------


@pytest.mark.parametrize(("response", "right"), [("40 students", False), ("about 40 percent", True), ("a 40 percent share", True)])
def test_a_count_is_no_share(response, right):
    assert grade_numeric(response, "40 %", prompt="What share of international students in Canada are Indian?").correct is right


# --- round 16 (dev, on every set so far) -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("response", "answer", "prompt", "right"),
    [
        # a title word that names no office in the question ("Defence Acquisition Council") does not bind the office
        ("Defence Minister Nirmala Sitharaman", "Nirmala Sitharaman", "Who chaired the Defence Acquisition Council meeting of September 2018?", True),
        ("NSA Ajit Doval", "Ajit Doval", "Who signed the Colombo Security Conclave Charter for India in August 2024?", True),
        ("Raksha Mantri Shri Rajnath Singh", "Rajnath Singh", "Which minister announced that defence exports had crossed ₹21,000 crore?", True),
        # an office the question does name still binds
        ("External Affairs Minister Ajit Doval", "Ajit Doval", "Which National Security Adviser signed the charter?", False),
        ("National Security Advisor Doval", "Ajit Doval", "Which National Security Adviser signed the charter?", True),  # US spelling
        ("National Security Adviser Ajit Doval", "Ajit Doval", "Who spoke at the NSAs' meeting in Kazakhstan?", True),  # the office as its acronym
        ("General Ajit Doval", "Ajit Doval", "Who was the Chief of the Naval Staff in March 2024?", False),  # the post's rank is Admiral
    ],
)
def test_offices_the_question_names(response, answer, prompt, right):
    assert grade_text(response, answer, [answer.split()[-1]], prompt=prompt).correct is right


def test_an_abbreviated_title():
    prompt = "Which Philippine Defence Secretary was present at the signing of the BrahMos contract?"
    assert grade_text("Sec. Lorenzana", "Delfin Lorenzana", ["Lorenzana"], prompt=prompt).correct
    assert not grade_text("Pres. Lorenzana", "Delfin Lorenzana", ["Lorenzana"], prompt=prompt).correct


@pytest.mark.parametrize(
    ("response", "answer", "right"),
    [
        ("twenty-two single-seat and four twin-seat", "22 single-seat and 4 twin-seat", True),
        ("twenty-two single-seat and five twin-seat", "22 single-seat and 4 twin-seat", False),
        ("thirteenth May twenty twenty-four", "13 May 2024", True),
        ("the thirteenth of May, twenty twenty-five", "13 May 2024", False),
        ("first of July two thousand eight", "1 July 2008", True),
        ("twenty twenty-six and twenty twenty-seven", "2026 and 2027", True),
        ("thirteenth Foreign Legion Half-Brigade", "13th Foreign Legion Half-Brigade", True),
    ],
)
def test_figures_said_in_words_inside_a_name_or_date(response, answer, right):
    assert grade_text(response, answer, prompt="Which one, and when?").correct is right


@pytest.mark.parametrize(("response", "right"), [("Horizon twenty forty-seven", True), ("Horizon twenty thirty-five", False)])
def test_a_year_in_words_inside_a_name(response, right):
    assert grade_text(response, "Horizon 2047 Roadmap", prompt="What is the India-France roadmap called?").correct is right


def test_digits_for_words_keeps_scale_words_and_unreadable_runs():
    from studyapp.grading.numbers import digits_for_words

    assert digits_for_words("seven thousand one hundred forty-six crore rupees") == "7146 crore rupees"
    assert digits_for_words("two point six four lakh crore") == "2.64 lakh crore"
    assert digits_for_words("nineteen fifty") == "1950"
    assert digits_for_words("twenty twenty twenty") == "twenty twenty twenty"  # neither a year nor a number as said


@pytest.mark.parametrize(
    ("response", "answer", "right"),
    [
        ("South Chinese Sea", "the South China Sea", True),
        ("Sri Lankan Ports Authority", "Sri Lanka Ports Authority", True),
        ("Australian Indian Exercise", "Australia India Exercise", True),
        ("South Korean Sea", "the South China Sea", False),  # another country's adjective
        ("Indian and Russian", "India and Russia", False),  # the countries themselves, said as adjectives
        ("Indian", "India", False),
    ],
)
def test_a_country_adjective_inside_a_longer_name(response, answer, right):
    assert grade_text(response, answer, prompt="Which one?").correct is right


@pytest.mark.parametrize(
    ("response", "right"),
    [
        ("India is buying 26 Rafale Marine jets", True),  # another form of the question's verb
        ("India bought 26 Rafale Marine jets", True),
        ("India is leasing 26 Rafale Marine jets", False),  # another verb: another deal
        ("26 Rafale Marine jets, cancelled", False),
    ],
)
def test_a_verb_form_of_the_questions_verb_in_a_sentence(response, right):
    assert grade_numeric(response, "26 aircraft", prompt="How many Rafale Marine jets will India buy?").correct is right


def test_verb_lemmas_from_the_models_tables():
    from studyapp.grading.names import verb_lemma

    assert (verb_lemma("buying"), verb_lemma("made"), verb_lemma("rescued")) == ("buy", "make", "rescue")
    assert verb_lemma("kerala") is None


@pytest.mark.parametrize(
    ("response", "answer", "right"),
    [("the Sahel belt", "the Sahel", True), ("Aundh cantonment area", "Aundh", True), ("Aundh cantonment, Pune", "Aundh", False)],
)
def test_more_generic_place_heads(response, answer, right):
    assert grade_text(response, answer, prompt="Where was it held?", category="place").correct is right


def test_a_town_in_a_council_area_lies_in_its_country_of_the_uk():
    from studyapp.grading import gazetteer

    assert gazetteer.lies_in("prestwick", "scotland", None, {"GB"}) is True  # South Ayrshire's parent is Scotland
    assert not gazetteer.lies_in("prestwick", "wales", None, {"GB"})


@pytest.mark.parametrize(
    ("response", "right"),
    [("Air Task Force Prestwick, Scotland", True), ("Prestwick, Scotland", True), ("Air Task Force Prestwick, Wales", False)],
)
def test_a_task_force_named_for_its_town_lies_where_the_town_does(response, right):
    prompt = "Which Canadian task force is the source of tactical airlift for CAF missions in Central and Eastern Europe?"
    assert grade_text(response, "Air Task Force Prestwick", ["Prestwick"], prompt=prompt, category="operation").correct is right


def test_a_common_word_in_a_name_is_no_town():
    prompt = "Where in Japan was the exercise held?"
    assert grade_text("East Fuji Training Area, Japan", "East Fuji Training Area", prompt=prompt, category="place").correct


@pytest.mark.parametrize(
    ("response", "right"),
    [
        ("every 2 yrs", True), ("every 24 months", True), ("once every two years", True),
        ("biannual", False), ("twice a year", False), ("every 3 years", False), ("every two months", False),
    ],
)  # fmt: skip
def test_the_same_interval_said_another_way(response, right):
    assert grade_text(response, "biennial", ["every two years"], prompt="How often is AUSINDEX held?").correct is right


@pytest.mark.parametrize(
    ("response", "answer", "right"),
    [
        ("minus 15 degree C", "-15 °C", True), ("-50 degree centigrade", "-50 °C", True), ("-15 degree F", "-15 °C", False),
        ("2162 square meters", "2,162 m²", True), ("23,270 sq ft", "2,162 m²", True), ("2162 sq ft", "2,162 m²", False),
        ("1 sq mi", "2.59 km²", True),
    ],
)  # fmt: skip
def test_temperatures_and_areas_spelled_out_and_converted(response, answer, right):
    assert grade_numeric(response, answer, prompt="What is it?").correct is right


@pytest.mark.parametrize(
    ("response", "prompt", "right"),
    [
        ("ninth-largest", "Which rank among world economies does the article give Canada?", True),
        ("9th largest spender", "Where did SIPRI rank India among the biggest military spenders?", True),
        ("9th smallest spender", "Where did SIPRI rank India among the biggest military spenders?", False),
        ("the 9th ASEAN-India Summit", "Which ASEAN-India Summit did Modi attend in Vientiane?", True),
        ("the 9th ASEAN-Japan Summit", "Which ASEAN-India Summit did Modi attend in Vientiane?", False),
        ("9th JWG", "Which India-Mongolia Joint Working Group meeting was held in Ulaanbaatar?", True),
        ("9th JCM", "Which India-Mongolia Joint Working Group meeting was held in Ulaanbaatar?", False),
    ],
)
def test_an_ordinal_with_what_the_question_names_or_the_rank_it_asks(response, prompt, right):
    assert grade_numeric(response, "9th", prompt=prompt).correct is right


@pytest.mark.parametrize(
    ("response", "answer", "right"),
    [("Karachchi", "Karachi", True), ("Ruppur", "Rooppur", True), ("Irak", "Iraq", False), ("Odessa", "Odisha", False), ("Mali", "Male", False)],
)
def test_a_place_spelled_as_it_sounds_when_the_spelling_names_nothing_else(response, answer, right):
    assert grade_text(response, answer, prompt="Which place?", category="place").correct is right


@pytest.mark.parametrize(
    ("response", "answer", "right"),
    [
        ("S. China Sea", "the South China Sea", True), ("N. China Sea", "the South China Sea", False),
        ("Trump admin", "Trump administration", True), ("Indian Space Research Org.", "Indian Space Research Organisation", True),
        ("J&K Light Infantry", "Jammu and Kashmir Light Infantry", True), ("J&K Rifles", "Jammu and Kashmir Light Infantry", False),
        ("OTAN", "NATO", True), ("OTAN", "EU", False), ("Kyrgyz Republic", "Kyrgyzstan", True),
    ],
)  # fmt: skip
def test_abbreviations_and_other_names_of_a_body(response, answer, right):
    assert grade_text(response, answer, prompt="Which one?").correct is right


@pytest.mark.parametrize(
    ("response", "answer", "right"),
    [("NASAM", "NASAMS", True), ("Antrixx", "ANTRIX", True), ("BRIC", "BRICS", False), ("CANZAK", "CANZUK", False), ("NASAS", "NASAMS", False)],
)
def test_keyboard_slips_in_a_name_in_capitals(response, answer, right):
    assert grade_text(response, answer, prompt="Which one?").correct is right


@pytest.mark.parametrize(
    ("response", "answer", "right"),
    [
        ("2 quintals", "200 kg", True), ("3 quintals", "200 kg", False), ("15 kilolitres", "15000 litres", True),
        ("1,8 Millionen", "1.8 million people", True), ("4,8 Mrd. Pfund", "£4.8 billion", True), ("4,8 Mrd. Euro", "£4.8 billion", False),
    ],
)  # fmt: skip
def test_indian_and_german_units_and_scales(response, answer, right):
    assert grade_numeric(response, answer, prompt="How much?").correct is right


@pytest.mark.parametrize(
    ("response", "right"),
    [("Carney & Modi", True), ("Mark Carney, Narendra Modi", True), ("Modi and Modi", False), ("Carney and Trudeau", False), ("Carney", False)],
)
def test_a_list_judged_item_by_item(response, right):
    prompt = "Which two prime ministers made the joint commitment in March 2026?"
    assert grade_text(response, "Narendra Modi and Mark Carney", prompt=prompt).correct is right


def test_the_first_summit_asks_no_order():
    answer = "Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan"
    prompt = "Name the five Central Asian countries that took part in the first India-Central Asia Summit."
    assert grade_text("Uzbekistan, Turkmenistan, Tajikistan, Kyrgyzstan, Kazakhstan", answer, prompt=prompt).correct
    assert not grade_text("Uzbekistan, Navy, Tajikistan, Kyrgyzstan, Kazakhstan", answer, prompt=prompt).correct
    ordered = "Give the two ships, the one commissioned first, then the other."
    assert not grade_text("Udaygiri, Vikrant", "INS Vikrant and INS Udaygiri", prompt=ordered).correct


# --- round 16: the red team's families (redteam16.yaml, not blind) ------------------------------------------------


@pytest.mark.parametrize(
    ("response", "right"),
    [
        ("1949, abolished", False), ("1949, nope", False), ("1949, postponed", False), ("until 1949", False),
        ("in 1949", True), ("1949, I think", True),
    ],
)  # fmt: skip
def test_words_that_deny_the_year_or_name_another_event(response, right):
    assert grade_numeric(response, 1949, prompt="In which year was NATO founded?").correct is right


@pytest.mark.parametrize(
    ("response", "right"),
    [("Deputy NSA Ajit Doval", False), ("acting NSA Ajit Doval", False), ("NSA Ajit Doval", True), ("Ajit Doval", True)],
)
def test_a_lower_or_past_office_where_the_question_names_the_office(response, right):
    assert grade_text(response, "Ajit Doval", ["Doval"], prompt="Who is India's National Security Adviser?").correct is right


def test_a_lower_office_where_the_question_names_none_is_not_refused():
    assert grade_text("Deputy Prime Minister Richard Marles", "Richard Marles", prompt="Which Australian leader came to Delhi?").correct
    assert grade_text("MoS Sanjay Seth", "Sanjay Seth", prompt="Which Indian Minister of State for Defence attended?").correct


@pytest.mark.parametrize(
    ("response", "answer", "right"),
    [
        ("NATO+", "NATO", False), ("40k+", "40,000", True), ("9.53 percentage points", "9.53%", False), ("9.53 per cent", "9.53%", True),
        ("Friday 24 February 2022", "24 February 2022", False), ("Thursday 24 February 2022", "24 February 2022", True),
    ],
)  # fmt: skip
def test_a_plus_percentage_points_and_a_weekday(response, answer, right):
    assert grade_text(response, answer, prompt="Which one, or how much, or when?").correct is right


@pytest.mark.parametrize(
    ("response", "right"),
    [("Ajit Doval, not the NSA", False), ("Doval, not Indian", False), ("Ajit Doval, not Amit Shah", True)],
)
def test_a_denial_of_what_the_explanation_says_about_the_answer(response, right):
    kw = {"prompt": "Who led the Indian delegation?", "explanation": "Ajit Doval, India's National Security Adviser (NSA), met Amit Shah."}
    assert grade_text(response, "Ajit Doval", ["Doval"], **kw).correct is right


def test_a_place_denied_its_own_country():
    kw = {"prompt": "Where did the D-Day landings take place?", "explanation": "The landings were in Normandy, France."}
    assert not grade_text("Normandy, not France", "Normandy", **kw).correct
    assert grade_text("Latvia, not Estonia", "Latvia", prompt="Where does Canada lead a battle group, Latvia or Estonia?").correct


@pytest.mark.parametrize(
    ("response", "answer", "right"),
    [("Nagaur", "Nagpur", False), ("Bidar", "Bihar", False), ("Bhiwandi", "Bhiwani", False), ("Nagpure", "Nagpur", True), ("Mazagaon Dock", "Mazagon Dock", True)],
)
def test_another_indian_town_is_no_typo(response, answer, right):
    assert grade_text(response, answer, prompt="Which place?").correct is right


@pytest.mark.parametrize(
    ("response", "explanation", "right"),
    [
        ("Malabar, army exercise", "Malabar is a naval exercise.", False),
        ("Malabar, naval exercise", "Malabar is a naval exercise.", True),
        ("Malabar, an exercise", "", True),
        ("Malabar (trilateral)", "", False),
    ],
)
def test_a_service_or_number_of_parties_beside_an_exercise_is_a_claim(response, explanation, right):
    prompt = "Which exercise do India, the US, Japan and Australia hold?"
    assert grade_text(response, "Malabar", prompt=prompt, explanation=explanation).correct is right


@pytest.mark.parametrize(
    ("response", "right"),
    [("Ajit Doval (Canadian)", False), ("Ajit Doval, Canada's official", False), ("Ajit Doval, India's NSA", True), ("Ajit Doval", True)],
)
def test_a_nationality_beside_the_answer_in_a_two_country_question(response, right):
    prompt = "Which Indian official held security talks with Canadian officials in Ottawa?"
    explanation = "Ajit Doval, India's National Security Adviser, went to Ottawa."
    assert grade_text(response, "Ajit Doval", ["Doval"], prompt=prompt, explanation=explanation, category="person").correct is right


# --- after holdout16 was scored (round 16, blind: 97.2%, 1 false accept, 28 false rejects) -----------------------


@pytest.mark.parametrize(("response", "right"), [("the Bay of Bengal Initiative", False), ("the Bay of Bengal region", True), ("Bay of Bengal", True)])
def test_a_place_made_a_body_by_the_word_after_it(response, right):
    prompt = "Where did the first stage of Malabar 2020 begin?"
    assert grade_text(response, "the Bay of Bengal", ["Bay of Bengal"], prompt=prompt).correct is right


@pytest.mark.parametrize(("response", "right"), [("about 12 metres", True), ("12.2 m", True), ("13 metres", False), ("12.5 m", False), ("10 m", False)])
def test_a_conversion_rounded_as_the_learner_rounded_it(response, right):
    assert grade_numeric(response, "40 feet", prompt="How long is the vessel?").correct is right


def test_dollars_marked_us_a_ship_without_its_middle_initial_and_an_n_year_lease():
    assert grade_numeric("3,33 billion dollars (US)", "$3.33 billion", prompt="How much?").correct
    assert not grade_numeric("3,33 billion dollars (CAD)", "$3.33 billion", prompt="How much?").correct
    assert grade_text("USS John McCain", "USS John S. McCain", prompt="Which ship?").correct
    assert not grade_text("USS John Cain", "USS John S. McCain", prompt="Which ship?").correct
    assert grade_numeric("a 99-year lease", "99 years", prompt="For how many years is the port's lease?").correct
    assert not grade_numeric("a 99-year loan", "99 years", prompt="For how many years is the port's lease?").correct


@pytest.mark.parametrize(
    ("response", "right"),
    [("$5.22 billion to India", False), ("Canada exported $5.22 billion to India", False), ("$5.22 billion to Canada", True), ("$5.22 bn", True)],
)
def test_a_flow_turned_round(response, right):
    prompt = "How much were India's goods exports to Canada in January-August 2024?"
    assert grade_numeric(response, "$5.22 billion", prompt=prompt).correct is right


@pytest.mark.parametrize(("response", "right"), [("3,862 evacuated to Sudan", False), ("3,862 evacuated from Sudan", True)])
def test_evacuated_to_for_from(response, right):
    assert grade_numeric(response, 3862, prompt="How many Indians were evacuated from Sudan in Operation Kaveri?").correct is right


@pytest.mark.parametrize(
    ("response", "prompt", "right"),
    [
        ("24 Feb", "On what date did Russia launch its full-scale invasion of Ukraine?", False),
        ("24 February 2022", "On what date did Russia launch its full-scale invasion of Ukraine?", True),
        ("24 Feb", "On what date in 2022 did Russia launch its full-scale invasion of Ukraine?", True),
    ],
)
def test_a_day_without_its_year_only_where_the_question_gives_the_year(response, prompt, right):
    kw = {"prompt": prompt, "explanation": "The full-scale invasion began on 24 February 2022."}
    assert grade_numeric(response, "24 February 2022", **kw).correct is right


# --- after holdout17 was scored (round 17, blind: 96.2%, 4 false accepts, 35 false rejects) -----------------------


@pytest.mark.parametrize(
    ("response", "answer", "accept", "right"),
    [
        ("UNMIS", "UNMISS", [], False), ("MINUSCA", "MINUSMA", [], False), ("UNMISS", "UNMISS", [], True),
        ("reversible", "irreversible", [], False), ("irreversable", "irreversible", [], True), ("Aakash", "Akash", [], True),
        ("$70-90 million", "£70-90m", ["£70-90 million"], False), ("£70-90 million", "£70-90m", ["£70-90 million"], True),
    ],
)  # fmt: skip
def test_another_mission_the_opposite_word_and_another_currency_sign(response, answer, accept, right):
    assert grade_text(response, answer, accept, prompt="Which one, or how much?").correct is right


@pytest.mark.parametrize(("response", "right"), [("0.3 crore", True), ("30 lakh", True), ("about three million", True), ("3 lakh", False), ("3 crore", False)])
def test_a_scale_given_as_the_questions_unit(response, right):
    assert grade_numeric(response, 3, unit="million", prompt="About how many Indian expats live in Saudi Arabia?").correct is right


@pytest.mark.parametrize(
    ("response", "answer", "right"),
    [("a hundred and fifty", 150, True), ("seven thousand one hundred forty-six crore rupees", "₹7,146 crore", True), ("six thousand crore rupees", "₹7,146 crore", False)],
)
def test_a_figure_in_words_as_a_numeric_answer(response, answer, right):
    assert grade_numeric(response, answer, prompt="How many or how much?").correct is right


@pytest.mark.parametrize(("response", "right"), [("late 2022", True), ("the end of 2022", True), ("late 2021", False)])
def test_a_part_of_the_year(response, right):
    assert grade_numeric(response, 2022, prompt="In which year did the mission end?").correct is right


def test_degrees_the_number_sign_and_a_generic_count_left_off():
    assert grade_numeric("-40 °C", -40, unit="degrees", prompt="What temperature (in degrees) would it be?").correct
    assert not grade_numeric("-40 °F", -40, unit="degrees", prompt="What temperature (in degrees) would it be?").correct
    assert grade_numeric("No 12 Squadron", 12, prompt="Which squadron number?").correct
    assert not grade_numeric("No 13 Squadron", 12, prompt="Which squadron number?").correct
    assert grade_numeric("1440 police", 1440, unit="police personnel", prompt="How many police personnel?").correct


@pytest.mark.parametrize(
    ("response", "right"),
    [("UN Multidimensional Integrated Stabilisation Mission in Mali", True), ("AU Multidimensional Integrated Stabilisation Mission in Mali", False)],
)
def test_a_bodys_initials_inside_a_longer_name(response, right):
    answer = "United Nations Multidimensional Integrated Stabilization Mission in Mali"
    assert grade_text(response, answer, prompt="What does MINUSMA stand for?").correct is right


# --- after holdout18 was scored (round 18, blind: 97.5%, 1 false accept, 25 false rejects) -----------------------


@pytest.mark.parametrize(
    ("response", "answer", "right"),
    [
        ("Chennai, Ahmedabad, Varanasi, Kyoto", "Chennai, Ahmedabad and Varanasi", False),
        ("Varanasi, Chennai, Ahmedabad", "Chennai, Ahmedabad and Varanasi", True),
        ("New Delhi and Ahmedabad, Gujarat", "New Delhi and Ahmedabad", True),
        ("Depsang and Demchok, not Galwan", "Depsang and Demchok", True),
    ],
)
def test_a_list_with_one_item_more(response, answer, right):
    assert grade_text(response, answer, prompt="Which places?").correct is right


def test_yen_and_yuan_codes_a_fiscal_year_in_full_and_hundreds_for_a_century():
    assert grade_numeric("JPY 5 trillion", 5_000_000_000_000, unit="JPY", prompt="What investment target, in yen?").correct
    assert not grade_numeric("USD 5 trillion", 5_000_000_000_000, unit="JPY", prompt="What investment target, in yen?").correct
    assert grade_numeric("5 billion yuan", 5_000_000_000, unit="CNY", prompt="How much?").correct
    assert grade_numeric("India won 3 medals", 3, prompt="How many medals did India win?").correct
    accept = ["FY 2023-24", "2023-2024"]
    assert grade_text("FY 2023-2024", "2023-24", accept, prompt="From which financial year?").correct
    assert not grade_text("FY 2024-2025", "2023-24", accept, prompt="From which financial year?").correct
    assert grade_text("the 1700s", "18th century", prompt="In which century?").correct
    assert not grade_text("the 1800s", "18th century", prompt="In which century?").correct


# --- round 19 (dev, seventh session): figures the dev sets 16-18 still refused ------------------------------------


@pytest.mark.parametrize(
    ("response", "answer", "unit", "prompt", "right"),
    [
        ("X", 10, None, "What is India's rank among the EU's trading partners?", True),
        ("V", 5, "personnel", "How many Sri Lankan personnel took part?", True),
        ("XII Squadron", 12, None, "What is the number of the joint Typhoon squadron?", True),
        ("XI Squadron", 12, None, "What is the number of the joint Typhoon squadron?", False),
        ("IX", 10, None, "What is India's rank among the EU's trading partners?", False),
    ],
)
def test_a_roman_numeral_alone_or_before_a_noun_is_a_count(response, answer, unit, prompt, right):
    assert grade_numeric(response, answer, unit=unit, prompt=prompt).correct is right


def test_plus_before_the_percent_sign_and_set_up_is_no_bound():
    share = dict(unit="%", prompt="What share of Canada's population is of Indian origin?", explanation="More than 3% of Canadians.")
    assert grade_numeric("3+%", 3, **share).correct
    assert not grade_numeric("4+%", 3, **share).correct
    assert not grade_numeric("3+%", 3, unit="%", prompt="What share?", explanation="Exactly 3% of Canadians.").correct
    assert grade_numeric("the JMC was set up in 1989", 1989, prompt="In which year was the JMC established?").correct
    assert not grade_numeric("up to 25", 25, unit="people", prompt="How many people took part?").correct


@pytest.mark.parametrize(
    ("response", "right"),
    [("a four-day visit", True), ("4-day visit", True), ("a four-week visit", False), ("4-day extra", False), ("4 days less", False)],
)
def test_a_span_of_time_before_what_lasted_that_long(response, right):
    assert grade_numeric(response, 4, unit="days", prompt="How many days was Albanese's trip to India?").correct is right


def test_a_fiscal_year_written_fy_where_the_question_asks_for_one():
    assert grade_numeric("FY2026", 2026, prompt="By which fiscal year will Japan be equipped with Tomahawks?").correct
    assert not grade_numeric("FY2027", 2026, prompt="By which fiscal year will Japan be equipped with Tomahawks?").correct
    assert not grade_numeric("FY2026", 2026, prompt="By which year will Japan be equipped with Tomahawks?").correct


@pytest.mark.parametrize(
    ("response", "right"),
    [("370000 lbs", True), ("370,000 pounds", True), ("£370,000", False), ("370,000 pounds sterling", False), ("370,000 kilograms", False)],
)
def test_pounds_of_cargo_are_a_weight_not_sterling(response, right):
    prompt = "How much cargo, in pounds, did the RCAF helicopters deliver in Mali?"
    assert grade_numeric(response, 370000, unit="pounds", prompt=prompt).correct is right
    assert grade_numeric("£370,000", 370000, unit="pounds", prompt="How much did the UK pay, in pounds?").correct


@pytest.mark.parametrize(("response", "right"), [("Patan", False), ("Patnaa", True), ("Ptana", True)])
def test_another_indian_town_is_no_slip_even_with_the_same_letters(response, right):
    assert grade_text(response, "Patna", prompt="In which city was the meeting held?").correct is right


@pytest.mark.parametrize(
    ("response", "right"), [("$8.55 billion (₹)", False), ("₹8.55 billion", False), ("US$8.55 billion", True), ("USD 8.55 billion", True)]
)
def test_a_currency_sign_beside_a_figure_in_another_currency(response, right):
    assert grade_numeric(response, "$8.55 billion", unit="USD", prompt="What was the total trade in goods?").correct is right


@pytest.mark.parametrize(
    ("response", "right"),
    [
        ("Rajnath Singh, former Defence Minister", False),
        ("former Defence Minister Rajnath Singh", False),
        ("Rajnath Singh, ex-minister", False),
        ("Rajnath Singh, Defence Minister", True),
    ],
)
def test_an_office_said_to_be_past_where_the_question_asks_who_holds_it(response, right):
    question = dict(prompt="Who is India's Defence Minister?", explanation="Rajnath Singh has been Defence Minister since 2019.")
    assert grade_text(response, "Rajnath Singh", **question).correct is right


@pytest.mark.parametrize(
    ("response", "right"),
    [("ISRO (Canadian)", False), ("ISRO, Canada's agency", False), ("ISRO (Indian)", True), ("ISRO, India's space agency", True)],
)
def test_another_nationality_where_the_question_asks_for_one(response, right):
    prompt = "Which Indian space agency signed MoUs with the Canadian Space Agency in 1996 and 2003?"
    explanation = "ISRO is India's partner in space cooperation with Canada; its commercial arm ANTRIX launched Canadian satellites."
    assert grade_text(response, "ISRO", prompt=prompt, explanation=explanation).correct is right


@pytest.mark.parametrize(
    ("response", "right"),
    [
        ("Canada received $9.7 billion", False),
        ("Canada got $9.7 billion", False),
        ("Ukraine received $9.7 billion", True),
        ("Canada committed $9.7 billion", True),
    ],
)
def test_the_giver_said_to_receive_where_the_question_names_only_the_receiver_end(response, right):
    prompt = "How much multifaceted support has Canada committed to Ukraine since 2022?"
    assert grade_numeric(response, "$9.7 billion", unit="CAD", prompt=prompt).correct is right


def test_exports_and_imports_turned_round_by_the_exporter():
    exports = "How much were India's goods exports to Canada in January-August 2024?"
    imports = "How much were India's goods imports from Canada in January-August 2024?"
    assert not grade_numeric("India bought $5.22 billion", "$5.22 billion", unit="USD", prompt=exports).correct
    assert grade_numeric("India exported $5.22 billion", "$5.22 billion", unit="USD", prompt=exports).correct
    assert not grade_numeric("India exported $3.33 billion", "$3.33 billion", unit="USD", prompt=imports).correct
    assert grade_numeric("India imported $3.33 billion", "$3.33 billion", unit="USD", prompt=imports).correct


# --- after holdout19 was scored (round 19, blind: 96.6%, 0 false accepts, 37 false rejects) -----------------------


@pytest.mark.parametrize(
    ("response", "answer", "unit", "right"),
    [
        ("2,5 millones de toneladas", 2_500_000, "tonnes", True),
        ("25 millones de toneladas", 2_500_000, "tonnes", False),
        ("12,2 bilhões de dólares", 12_200_000_000, "USD", True),
        ("12,2 milhões de dólares", 12_200_000_000, "USD", False),
        ("12,2 bilhões de euros", 12_200_000_000, "USD", False),
    ],
)
def test_spanish_and_portuguese_scales_units_and_currencies(response, answer, unit, right):
    assert grade_numeric(response, answer, unit=unit, prompt="How much?").correct is right


@pytest.mark.parametrize(
    ("response", "right"),
    [("it fell by 17%", True), ("a 17% decline", True), ("down 17%", True), ("it rose by 17%", False), ("17%", False), ("up 17%", False)],
)
def test_a_fall_said_in_words_is_a_negative_change(response, right):
    assert grade_numeric(response, -17, unit="%", prompt="By how much did trade change?").correct is right


# --- after holdout20 was scored (round 20, blind: 97.7%, 3 false accepts, 29 false rejects) -----------------------


@pytest.mark.parametrize(
    ("response", "right"),
    [("6,200 km/s", False), ("about 6,200 km/s", False), ("6200 m/s", False), ("6200 miles/s", False), ("1722 m/s", True), ("6200 kmph", True)],
)
def test_a_speed_per_second_is_not_one_per_hour(response, right):
    assert grade_numeric(response, 6200, unit="km/h", prompt="Roughly what speed in km/h does Mach 5 correspond to?").correct is right


@pytest.mark.parametrize(
    ("response", "right"),
    [("6.55 am", False), ("6.55 a.m.", False), ("7.55 pm", False), ("6:55 pm", True), ("18:55", True), ("at 6.55 pm IST", True), ("6.55 pm", True)],
)
def test_a_time_of_day_keeps_its_half_of_the_day(response, right):
    assert grade_text(response, "6.55 pm", prompt="At about what time was the hypersonic test missile launched?").correct is right


@pytest.mark.parametrize(
    ("response", "answer", "right"),
    [
        ("APJ Abdul Kalam Island", "Dr APJ Abdul Kalam Island", True),
        ("Kalam Island", "Dr APJ Abdul Kalam Island", False),
        ("Satheesh Reddy", "G Satheesh Reddy", True),
        ("Reddy", "G Satheesh Reddy", False),
    ],
)
def test_an_honorific_or_a_persons_initials_may_be_left_out(response, answer, right):
    assert grade_text(response, answer, prompt="Who chaired DRDO, and where was the test?", category="person").correct is right


@pytest.mark.parametrize(("response", "right"), [("Shakti VII", True), ("Exercise Shakti VII", True), ("Shakti VI", False), ("Garuda VII", False)])
def test_an_edition_said_as_the_exercise_and_its_roman_numeral(response, right):
    prompt = "Which edition of the India-France Exercise Shakti began in Meghalaya on 13 May?"
    result = grade_numeric(response, 7, prompt=prompt)
    assert result.correct is right
    assert not right or result.detail.startswith(response)  # the reason quotes what was typed


# --- after holdout21 and holdout22 were scored (rounds 21-22, blind: 95.8%/3 and 96.9%/2) -----------------------------


@pytest.mark.parametrize(
    ("response", "right"), [("2nd century AD", False), ("2nd century CE", False), ("2nd century B.C.", True), ("2nd century BC", True)]
)
def test_the_era_is_part_of_a_date(response, right):
    assert grade_text(response, "2nd century BC", prompt="In which century was it built?").correct is right


@pytest.mark.parametrize(
    ("response", "answer", "right"),
    [
        ("Jhelum and Chenab", "Indus, Jhelum and Chenab", False),
        ("Chenab, Jhelum and Indus", "Indus, Jhelum and Chenab", True),
    ],
)
def test_a_list_with_an_item_left_out_though_the_question_names_it(response, answer, right):
    prompt = "Which three western rivers does Pakistan oversee under the Indus Waters Treaty?"
    assert grade_text(response, answer, prompt=prompt).correct is right


def test_an_and_inside_an_item_or_a_place_with_its_country_is_no_list_left_short():
    from studyapp.grading.claims import an_item_fewer

    assert an_item_fewer("dual-use goods and conventional weapons", ["conventional weapons and dual-use goods and technologies"]) == ""
    assert an_item_fewer("Ny-Alesund, Svalbard", ["Ny-Ålesund, Svalbard, Norway"]) == ""
    assert an_item_fewer("Jhelum and Chenab", ["Indus, Jhelum and Chenab"])


@pytest.mark.parametrize(
    ("response", "prompt", "right"),
    [
        ("under $100 billion", "Under Article 7.1 of TEPA, by how much do the EFTA States aim to increase FDI?", False),
        ("$100 billion", "Under Article 7.1 of TEPA, by how much do the EFTA States aim to increase FDI?", True),
    ],
)
def test_a_bound_before_the_figure_though_the_question_uses_the_word_elsewhere(response, prompt, right):
    assert grade_numeric(response, 100_000_000_000, unit="USD", prompt=prompt).correct is right
    assert grade_numeric("less than 1000 cusecs", 1000, unit="cusecs", prompt="The flow comes down to less than how many cusecs?").correct


@pytest.mark.parametrize(
    ("response", "answer", "prompt", "right"),
    [
        ("Intergovernmental Negotiating Body", "Inter-Governmental Negotiations", "What do the letters IGN stand for?", False),
        ("Intergovernmental Negotiations", "Inter-Governmental Negotiations", "What do the letters IGN stand for?", True),
        ("Intergovernmental Negotiatons", "Inter-Governmental Negotiations", "What do the letters IGN stand for?", True),
        ("Shanghai Co-operation Organisation", "Shanghai Cooperation Organisation", "What does SCO stand for?", True),
        ("Intergovernmental Negotiations", "Intergovernmental Negotiating Body", "Which body did the WHA set up?", False),
        ("Intergovernmental Negotiatng Body", "Intergovernmental Negotiating Body", "Which body did the WHA set up?", True),
    ],
)
def test_another_body_of_nearly_the_same_words(response, answer, prompt, right):
    assert grade_text(response, answer, prompt=prompt).correct is right


# --- eighth session: classes of false reject across rounds 16-22, fixed as classes (before holdout23-24 were read) ---


@pytest.mark.parametrize(
    ("response", "answer", "unit", "prompt", "right"),
    [
        ("over $9.7 billion", 9.7e9, "USD", "How much support has Canada committed to Ukraine since 2022?", True),
        ("more than Rs 91 billion", 91e9, "INR", "What was the value of the equipment the DAC approved?", True),
        ("up to $100 billion", 100e9, "USD", "What total trade does the government expect within five years?", True),
        ("over $9 billion", 9.7e9, "USD", "How much support has Canada committed to Ukraine since 2022?", False),
        ("more than 26", 26, "aircraft", "How many Rafale-M aircraft did India agree to buy?", False),
        ("over 600", 600, "personnel", "How many personnel made up the contingent?", False),
        ("more than 1,500 km", 1500, "km", "The missile can carry payloads for ranges greater than how many kilometres?", True),
        ("over $11.87 billion", 11.87e9, "USD", "What did bilateral trade cross in 2019-20?", True),
    ],
)
def test_a_bound_at_the_exact_sum_of_money_or_the_questions_own_bound(response, answer, unit, prompt, right):
    """A sum of money is a rounding as reports write it ("over $9.7 billion"); an exact count is not."""
    assert grade_numeric(response, answer, unit=unit, prompt=prompt).correct is right


@pytest.mark.parametrize(
    ("response", "right"),
    [
        ("Geneva, Switzerland", True),
        ("Geneva, France", False),
        ("Geneva, India", False),
    ],
)
def test_a_city_with_a_country_only_the_learner_names(response, right):
    assert grade_text(response, "Geneva", prompt="In which city was the World Health Assembly held?").correct is right


def test_a_town_that_shares_its_name_with_a_us_town_is_not_placed_by_it():
    assert not grade_text("Normandy, USA", "Normandy", prompt="Where did Canadian troops land on D-Day?").correct
    assert grade_text("Doha, Qatar", "Doha", prompt="From which city were the Indian nationals repatriated?").correct
    assert not grade_text("Doha, Oman", "Doha", prompt="From which city were the Indian nationals repatriated?").correct


@pytest.mark.parametrize(
    ("response", "answer", "prompt", "right"),
    [
        ("Dornier plane", "Dornier", "Besides two helicopters, which aircraft did the contingent operate?", True),
        ("Akash Weapon System", "Akash", "An upgraded version of which missile did the DAC approve?", True),
        ("Helina ATGM", "Helina", "Which indigenous anti-tank guided missile was among the proposals?", True),
        ("the Leopard 2 main battle tank", "Leopard II", "Which model of tank has Canada donated to Ukraine?", True),
        ("the Saltoro ridge line", "Saltoro Ridge", "On which ridge does India occupy dominating positions?", True),
        ("Umroi Military Station", "Umroi", "At which place in Meghalaya was the exercise held?", True),
        ("Dornier tank", "Dornier", "Besides two helicopters, which aircraft did the contingent operate?", False),
        ("Akash ATGM", "Akash", "An upgraded version of which missile did the DAC approve?", False),
        ("Leopard 2 and Abrams tanks", "Leopard II", "Which model of tank has Canada donated to Ukraine?", False),
    ],
)
def test_what_the_question_asks_for_by_another_of_its_names(response, answer, prompt, right):
    """"Dornier plane" for which aircraft; the initials of the question's own words ("ATGM")."""
    assert grade_text(response, answer, prompt=prompt).correct is right


@pytest.mark.parametrize(
    ("response", "answer", "unit", "prompt", "right"),
    [
        ("India will buy 24 MH-60R choppers", 24, "helicopters", "How many MH-60 Romeo helicopters did India agree to buy?", True),
        ("11 medevacs", 11, "evacuations", "How many aeromedical evacuations did the personnel conduct?", True),
        ("60 years", 60, None, "Which anniversary of diplomatic relations did the two sides celebrate in 2022?", True),
        ("60 days", 60, None, "Which anniversary of diplomatic relations did the two sides celebrate in 2022?", False),
        ("24 tanks", 24, "helicopters", "How many MH-60 Romeo helicopters did India agree to buy?", False),
    ],
)
def test_a_count_by_another_word_for_the_same_thing(response, answer, unit, prompt, right):
    assert grade_numeric(response, answer, unit=unit, prompt=prompt).correct is right


# --- after holdout23 was scored (round 23, blind: 95.2%/1) ---------------------------------------------------------


@pytest.mark.parametrize(
    ("response", "right"),
    [("lollipop cut", False), ("Saudi lollipop", True), ("the lollipop", True), ("a Saudi lollipop cut", True)],
)
def test_the_questions_word_in_place_of_a_word_of_the_answer(response, right):
    prompt = "What did the Saudi energy minister call the July 2023 voluntary cut of 1 million bpd?"
    assert grade_text(response, "Saudi lollipop", prompt=prompt).correct is right


@pytest.mark.parametrize(
    ("response", "answer", "unit", "prompt", "right"),
    [
        ("-2.2 million barrels a day", 2_200_000, "bpd", "By how much did OPEC+ agree to cut output?", True),
        ("minus 2.2 million bpd", 2_200_000, "bpd", "By how much did OPEC+ agree to cut output?", True),
        ("-0.5 million bpd", 2_200_000, "bpd", "By how much did OPEC+ agree to cut output?", False),
        ("-2.2 million bpd", 2_200_000, "bpd", "How much oil does the country produce?", False),
        ("-5 °C", 5, "°C", "To what temperature did it drop, after temperatures declined all week?", False),
        ("a contraction of 4.5%", -4.5, "%", "What growth rate did the IMF project for India in 2020?", True),
    ],
)
def test_a_cut_written_as_a_negative_change(response, answer, unit, prompt, right):
    assert grade_numeric(response, answer, unit=unit, prompt=prompt).correct is right


@pytest.mark.parametrize(
    ("response", "answer", "unit", "right"),
    [
        ("7.5 mtpa", 7_500_000, "tonnes per year", True),
        ("126 million tonnes a year", 126_000_000, "tons per year", True),
        ("about 126 million tonnes per annum", 126_000_000, "tons per year", True),
        ("126 million tonnes a month", 126_000_000, "tons per year", False),
        ("1 mb/d", 1_000_000, "bpd", True),
        ("1 million barrels a day", 1_000_000, "bpd", True),
        ("1 million tonnes a year", 1_000_000, "bpd", False),
        ("1 million barrels", 1_000_000, "bpd", False),
    ],
)
def test_output_and_capacity_rates_as_energy_pages_write_them(response, answer, unit, right):
    assert grade_numeric(response, answer, unit=unit, prompt="What is the output?").correct is right


@pytest.mark.parametrize(
    ("response", "answer", "right"),
    [
        ("Artificial Intelligence Impact Summit", "AI Impact Summit", True),
        ("deputy national security adviser level", "Deputy NSA level", True),
        ("Indian Naval Ship Tir", "INS Tir", True),
        ("Atomic Industry Impact Summit", "AI Impact Summit", False),
        ("North Atlantic Trade Organization", "NATO", False),
        ("Bharat Electronics, HAL and ASTE", "Hindustan Aeronautics, Bharat Electronics and ASTE", True),
    ],
)
def test_a_known_acronym_inside_a_longer_name_written_the_other_way(response, answer, right):
    """Only acronyms with one expansion in this field: a made-up expansion proves nothing."""
    assert grade_text(response, answer, prompt="Which one?").correct is right


def test_the_emirates_is_the_uae():
    assert grade_text("the Emirates & Bahrain", "UAE and Bahrain", prompt="Which two countries normalised ties first?").correct
    assert not grade_text("the Emirates & Oman", "UAE and Bahrain", prompt="Which two countries normalised ties first?").correct


@pytest.mark.parametrize(
    ("response", "right"),
    [("The UAE will put in 2 billion dollars", True), ("The UAE invested 2 billion dollars", True), ("The UAE will put in 2 billion dollars a year", False)],
)
def test_put_in_and_invested_are_plain_sentence_verbs(response, right):
    prompt = "How much will the UAE invest in the food parks?"
    assert grade_numeric(response, 2_000_000_000, unit="USD", prompt=prompt).correct is right


@pytest.mark.parametrize(
    ("response", "answer", "right"),
    [
        ("Apr-Oct", "April to October", True),
        ("Jan-Mar 2024", "January to March 2024", True),
        ("Jan-Apr 2024", "January to March 2024", False),
        ("Apr-Sep", "April to October", False),
    ],
)
def test_a_span_of_months_abbreviated(response, answer, right):
    assert grade_text(response, answer, prompt="Over which months?").correct is right


@pytest.mark.parametrize(
    ("response", "right"),
    [("Vestager and Dombrovskis", True), ("Dombrovskis, Vestager", True), ("Vestager and Breton", False), ("Vestager", False)],
)
def test_which_presidents_or_commissioners_asks_for_people(response, right):
    """Surnames name people where the question asks which presidents or commissioners (round 21 dev)."""
    prompt = "Which two Executive Vice Presidents co-chaired the EU side at the inaugural TTC meeting?"
    assert grade_text(response, "Valdis Dombrovskis and Margrethe Vestager", prompt=prompt).correct is right


def test_a_persons_name_transliterated_with_another_first_vowel():
    assert grade_text("Ibrahim Raisi", "Ebrahim Raisi", prompt="Who was Iran's president then?").correct
    assert not grade_text("Mahendra Modi", "Narendra Modi", prompt="Who is India's prime minister?").correct


@pytest.mark.parametrize(
    ("response", "answer", "unit", "right"),
    [
        ("1 TW", 1000, "GW", True),
        ("2 TW", 1000, "GW", False),
        ("8700 naut. miles", 8700, "nautical miles", True),
        ("39 bcm", 39e9, "cubic metres", True),
        ("39 million cubic metres", 39e9, "cubic metres", False),
        ("forty jawans", 40, "personnel", True),
        ("forty tanks", 40, "personnel", False),
    ],
)
def test_terawatts_nautical_miles_bcm_and_jawans(response, answer, unit, right):
    assert grade_numeric(response, answer, unit=unit, prompt="How much, or how many?").correct is right


@pytest.mark.parametrize(
    ("response", "answer", "right"),
    [
        ("II century BC", "2nd century BC", True),
        ("XXI Century Maritime Silk Road", "21st Century Maritime Silk Road", True),
        ("III century BC", "2nd century BC", False),
        ("II century AD", "2nd century BC", False),
    ],
)
def test_a_century_in_roman_numerals(response, answer, right):
    assert grade_text(response, answer, prompt="When was it, or what is it called?").correct is right


@pytest.mark.parametrize(
    ("response", "answer", "prompt", "right"),
    [
        ("Union Minister Suresh Prabhu", "Suresh Prabhu", "Which Indian Commerce and Industry Minister called for the INSTC to start?", True),
        ("Union Minister Ajit Doval", "Ajit Doval", "Who is India's National Security Adviser?", False),
        ("US Defense Secretary Pete Hegseth", "Pete Hegseth", "With which US official did Rajnath Singh sign the defence framework?", True),
        ("US Foreign Secretary Pete Hegseth", "Pete Hegseth", "With which US Defence Secretary did Rajnath Singh sign the framework?", False),
    ],
)
def test_a_union_minister_and_defense_spelt_the_american_way(response, answer, prompt, right):
    assert grade_text(response, answer, prompt=prompt).correct is right


# --- after holdout24 was scored (round 24, blind: 95.4%/1) ---------------------------------------------------------


@pytest.mark.parametrize(
    ("response", "right"),
    [("2030 Blue Pacific Strategy", False), ("2050 Blue Pacific Strategy", True), ("Blue Pacific Strategy", True)],
)
def test_another_year_in_a_named_strategy_though_the_question_says_it(response, right):
    prompt = "For which strategy did the leaders endorse the 2023 to 2030 Implementation Plan?"
    answer, accept = "2050 Strategy for the Blue Pacific Continent", ["2050 Blue Pacific Strategy", "Blue Pacific Strategy"]
    assert grade_text(response, answer, accept, prompt=prompt).correct is right


# --- the ninth session: classes from rounds 23-24's false rejects (dev) ----------------------------------------------


@pytest.mark.parametrize(
    ("response", "answer", "right"),
    [
        ("more than 1000", "over 1,000", True),
        ("1,000+", "over 1,000", True),
        ("over a thousand", "over 1,000", True),
        ("1000", "over 1,000", True),
        ("over 100", "over 1,000", False),
        ("nearly 1000", "over 1,000", False),
        ("~4000", "nearly 4,000", True),
        ("about 4000", "nearly 4,000", True),
        ("over 4000", "nearly 4,000", False),
        ("40,000", "nearly 4,000", False),
    ],
)
def test_a_numeric_answer_given_with_the_documents_bound(response, answer, right):
    assert grade_numeric(response, answer, unit="people", prompt="How many attended?").correct is right


def test_the_validator_takes_a_numeric_answer_with_its_bound(tmp_path):
    from studyapp.packs import load_pack_file

    pack = tmp_path / "p.yaml"
    pack.write_text(
        "id: p\ntitle: P\nquestions:\n  - id: q\n    type: numeric\n    category: figure\n    prompt: How many?\n    answer: over 1,000\n"
        "  - id: r\n    type: numeric\n    category: figure\n    prompt: How many?\n    answer: lots\n",
        encoding="utf-8",
    )
    loaded, problems = load_pack_file(pack)
    assert [q.id for q in loaded.questions] == ["q"]
    assert [(p.question_id, p.message) for p in problems if p.severity == "error"] == [("r", "numeric answer 'lots' is not a number")]


@pytest.mark.parametrize(
    ("response", "answer", "unit", "right"),
    [
        ("half", 50, "%", True),
        ("about half", 50, "%", True),
        ("1/2", 50, "%", True),
        ("a third", 50, "%", False),
        ("a third", 33, "%", True),
        ("two-thirds", 66, "%", True),
        ("2/5", 40, "%", True),
        ("a quarter", 33, "%", False),
    ],
)
def test_a_percentage_answered_as_a_fraction(response, answer, unit, right):
    assert grade_numeric(response, answer, unit=unit, prompt="What share?").correct is right


@pytest.mark.parametrize(
    ("response", "answer", "right"),
    [
        ("33%", "one third", True),
        ("33.3%", "one third", True),
        ("1/3", "one third", True),
        ("one in three", "one third", True),
        ("34%", "one third", False),
        ("25%", "one third", False),
        ("66.7%", "two-thirds", True),
        ("about two-thirds", "two-thirds", True),
        ("a third", "two-thirds", False),
        ("60%", "two-thirds", False),
    ],
)
def test_a_share_said_as_a_fraction_or_a_percentage(response, answer, right):
    assert grade_text(response, answer, prompt="What share of revenues?").correct is right


@pytest.mark.parametrize(
    ("response", "right"),
    [
        ("not lithium, gallium", True),
        ("not lithium; gallium", True),
        ("not gallium, lithium", False),
        ("not gallium, not lithium", False),
    ],
)
def test_not_this_comma_that(response, right):
    assert grade_text(response, "gallium", prompt="Which metal will the project recover?").correct is right


@pytest.mark.parametrize(
    ("response", "right"),
    [("the Hanoi one", True), ("not the Budapest Convention but the Hanoi one", True), ("the Budapest one", False)],
)
def test_one_standing_for_the_questions_noun(response, right):
    prompt = "By what informal name is the UN Convention against Cybercrime known?"
    assert grade_text(response, "the Hanoi Convention", prompt=prompt).correct is right


@pytest.mark.parametrize(
    ("response", "answer", "prompt", "right"),
    [
        ("$45/bbl", "$45", "To what level did the EU lower the Russian oil price cap?", True),
        ("45 dollars per barrel", "$45", "To what level did the EU lower the Russian oil price cap?", True),
        ("$45 per tonne", "$45", "To what level did the EU lower the Russian oil price cap?", False),
        ("$18,470 a tonne", "$18,470", "To what level did the nickel contract on the LME rise?", True),
        ("$18,470 per barrel", "$18,470", "To what level did the nickel contract on the LME rise?", False),
        ("₹63,000 crore apiece", "₹63,000 crore", "How much will India pay for 26 Rafale-M jets?", False),
        ("$9.7 billion per tonne", "$9.7 billion", "What was the deal worth?", False),
    ],
)
def test_a_price_given_per_unit_of_the_goods(response, answer, prompt, right):
    assert grade_numeric(response, answer, prompt=prompt).correct is right


@pytest.mark.parametrize(
    ("response", "answer", "unit", "right"),
    [
        ("24 million tonnes", "24 million", "tonnes of ore", True),
        ("2.4 crore tonnes", "24 million", "tonnes of ore", True),
        ("24 million tonnes of ore", "24 million", "tonnes of ore", True),
        ("24 million tonnes of coal", "24 million", "tonnes of ore", False),
        ("24 million barrels", "24 million", "tonnes of ore", False),
        ("1.4 billion people", "1.4 billion", "consumers", True),
        ("1.4 billion troops", "1.4 billion", "consumers", False),
    ],
)
def test_the_material_of_a_unit_and_people_counted_as_consumers(response, answer, unit, right):
    assert grade_numeric(response, answer, unit=unit, prompt="How much, or how many?").correct is right


@pytest.mark.parametrize(
    ("response", "answer", "prompt", "right"),
    [
        ("Satheesh Reddy", "G Satheesh Reddy", "Which DRDO chairman appreciated the team?", True),
        ("Paramesh", "S Paramesh", "Which Additional Director General of the Coast Guard led it?", True),
        ("Harish Parvathaneni", "Harish Parvathaneni", "Which Indian Permanent Representative to the UN spoke?", True),
        ("Satheesh Kumar", "G Satheesh Reddy", "Which DRDO chairman appreciated the team?", False),
        ("Reddy", "G Satheesh Reddy", "Which DRDO chairman appreciated the team?", False),
    ],
)
def test_which_chairman_or_director_asks_for_a_person(response, answer, prompt, right):
    assert grade_text(response, answer, prompt=prompt).correct is right


@pytest.mark.parametrize(
    ("response", "answer", "right"),
    [
        ("Kaja Kalas", "Kaja Kallas", True),
        ("Lim Jok Hoi", "Lim Jock Hoi", True),
        ("Lim Jak Hoi", "Lim Jock Hoi", False),
    ],
)
def test_a_doubled_letter_or_the_c_of_ck_left_out_of_a_name(response, answer, right):
    assert grade_text(response, answer, prompt="Who said it?").correct is right


def test_a_dropped_double_landing_on_a_town_is_still_another_town_in_a_one_word_answer():
    assert not grade_text("Patan", "Patna", prompt="Which city?").correct


@pytest.mark.parametrize(
    ("response", "answer", "unit", "right"),
    [
        ("a record 9 months", 9, "months", True),
        ("another 77 vessels", 77, "vessels", True),
        ("another 70 vessels", 77, "vessels", False),
    ],
)
def test_record_and_another_beside_a_figure(response, answer, unit, right):
    assert grade_numeric(response, answer, unit=unit, prompt="How many?").correct is right


@pytest.mark.parametrize(
    ("response", "right"),
    [("Vientiane, Lao PDR", True), ("Vientiane, Laos", True), ("Vientiane, Cambodia", False)],
)
def test_a_country_by_its_short_official_name(response, right):
    assert grade_text(response, "Vientiane", prompt="In which city was the 21st ASEAN-India Summit held?").correct is right


def test_an_aside_naming_the_country_the_accepted_expansion_ends_in():
    accept = ["UN Organisation Stabilization Mission in the Democratic Republic of the Congo"]
    prompt = "With which UN mission was Rifleman Brijesh Thapa serving?"
    assert grade_text("MONUSCO (UN stabilization mission in the DR Congo)", "MONUSCO", accept, prompt=prompt, category="operation").correct
    assert not grade_text("MONUSCO (UN stabilization mission in Mali)", "MONUSCO", accept, prompt=prompt, category="operation").correct


# --- after holdout26 was scored (round 26, blind: 97.4%/2) ---------------------------------------------------------


@pytest.mark.parametrize(
    ("response", "right"),
    [("March to December", False), ("from March to December", False), ("Mar to Dec", False),
     ("December to March", True), ("Dec to March", True), ("Dec-Mar", True)],
)  # fmt: skip
def test_a_span_of_months_is_read_from_its_start(response, right):
    prompt = "In 2011 India agreed to share Teesta water during which months of the dry season?"
    assert grade_text(response, "December to March", ["December-March"], prompt=prompt).correct is right


@pytest.mark.parametrize(("response", "right"), [("2016 and 2014", False), ("2014, then 2016", True), ("2014 and 2016", True)])
def test_two_questions_in_one_are_answered_in_their_order(response, right):
    prompt = "By when was the Kaladan project originally scheduled to be completed, and to when was it postponed? (give both years)"
    assert grade_text(response, "2014 and 2016", ["2014, 2016", "2014 then 2016"], prompt=prompt).correct is right


# --- after holdout25 was scored (round 25, blind: 97.1%/1) ---------------------------------------------------------


@pytest.mark.parametrize(
    ("response", "answer", "prompt", "right"),
    [
        ("Chandrayaan-2", 2, "Which Chandrayaan mission had a budget of $96.5 million (give its number)?", True),
        ("Chandrayaan II", 2, "Which Chandrayaan mission had a budget of $96.5 million (give its number)?", True),
        ("the second one", 2, "Which Chandrayaan mission had a budget of $96.5 million (give its number)?", True),
        ("Chandrayaan-3", 2, "Which Chandrayaan mission had a budget of $96.5 million (give its number)?", False),
        ("Gaganyaan-2", 2, "Which Chandrayaan mission had a budget of $96.5 million (give its number)?", False),
        ("UNCLOS III", 3, "UNCLOS resulted from which United Nations Conference on the Law of the Sea (give its number)?", True),
        ("the Third UN Conference", 3, "UNCLOS resulted from which United Nations Conference on the Law of the Sea (give its number)?", True),
        ("the Second UN Conference", 3, "UNCLOS resulted from which United Nations Conference on the Law of the Sea (give its number)?", False),
        ("the third Geneva conference", 3, "UNCLOS resulted from which United Nations Conference on the Law of the Sea (give its number)?", False),
    ],
)
def test_the_number_of_a_mission_or_conference_said_in_its_name(response, answer, prompt, right):
    assert grade_numeric(response, answer, prompt=prompt).correct is right


@pytest.mark.parametrize(
    ("response", "answer", "unit", "right"),
    [
        ("24 leaders confirmed, says Ushakov", 24, "leaders", True),
        ("towards 2025", 2025, None, True),
        ("27 countries", 27, "signatories", True),
        ("27 warships", 27, "signatories", False),
    ],
)
def test_says_towards_and_countries_as_signatories(response, answer, unit, right):
    assert grade_numeric(response, answer, unit=unit, prompt="According to Yuri Ushakov, how many? By when? How many signed?").correct is right


def test_thru_and_uni_spelled_out():
    assert grade_text("security thru cooperation", "security through cooperation", prompt="What is the motto?").correct
    assert grade_text("Deakin Uni", "Deakin University", prompt="Which Australian university set up a campus?").correct


def test_cm_and_md_are_titles_not_roman_numerals():
    assert grade_text("MD Kristalina Georgieva", "Kristalina Georgieva", prompt="Who heads the IMF?").correct
    assert "Numbers" not in grade_text("Kerala CM Mamata Banerjee", "Mamata Banerjee", prompt="Whose opposition stalled the deal?").detail


# --- after holdout28 was scored (round 28, blind: 96.1%/0) ---------------------------------------------------------


@pytest.mark.parametrize(
    ("response", "answer", "unit", "prompt", "right"),
    [
        ("only 24", 24, "countries", "How many countries had done so?", True),
        ("only 20", 24, "countries", "How many countries had done so?", False),
        ("only 35 times", 35, None, "It has grown more than 35 times; by how many times?", False),
        ("35,5 Prozent", 35.5, "%", "What share?", True),
        ("202,8 kilogrammes", 202.8, "kg", "How much?", True),
        ("30k lb", 30000, "pounds", "How heavy was the bunker buster bomb?", True),
        ("£30,000", 30000, "pounds", "How heavy was the bunker buster bomb?", False),
    ],
)
def test_only_before_a_figure_foreign_unit_names_and_a_bombs_pounds(response, answer, unit, prompt, right):
    assert grade_numeric(response, answer, unit=unit, prompt=prompt).correct is right


@pytest.mark.parametrize(
    ("response", "answer", "right"),
    [
        ("Maulana Masood Azhar", "Masood Azhar", True),
        ("Maulana Hafiz Saeed", "Masood Azhar", False),
        ("Mawlawi Amir Khan Muttaqi", "Amir Khan Muttaqi", True),
        ("Ishaq Daar", "Ishaq Dar", True),
        ("Ishaq Dor", "Ishaq Dar", False),
    ],
)
def test_religious_honorifics_and_a_letter_doubled_in_a_name(response, answer, right):
    assert grade_text(response, answer, prompt="Who was it?").correct is right


@pytest.mark.parametrize(
    ("response", "answer", "prompt", "right"),
    [
        ("Manama, Bahrain", "Bahrain", "Where is the US Navy's 5th Fleet based?", True),
        ("Riyadh, Bahrain", "Bahrain", "Where is the US Navy's 5th Fleet based?", False),
        ("Anantnag, J&K", "Anantnag", "In which district of Jammu and Kashmir is Pahalgam located?", True),
        ("Anantnag, Jammu and Kashmir", "Anantnag", "In which district of Jammu and Kashmir is Pahalgam located?", True),
        ("Anantnag, Punjab", "Anantnag", "In which district of Jammu and Kashmir is Pahalgam located?", False),
        ("General Caine", "Dan Caine", "Which US general cautioned that a full assessment would take time?", True),
        ("General Milley", "Dan Caine", "Which US general cautioned that a full assessment would take time?", False),
        ("Windsor, Ontario", "London, Ontario", "In which city is the General Dynamics Land Systems plant?", False),
    ],
)
def test_a_capital_then_its_country_a_state_with_and_and_which_general(response, answer, prompt, right):
    assert grade_text(response, answer, prompt=prompt).correct is right


@pytest.mark.parametrize(
    ("response", "right"),
    [("Beersheba, southern Israel", True), ("Beersheba, Israel", True), ("Beersheba, southern Lebanon", False)],
)
def test_a_town_in_a_part_of_the_questions_country(response, right):
    prompt = "In which Israeli city were at least four deaths reported after the ceasefire announcement?"
    assert grade_text(response, "Beersheba", prompt=prompt).correct is right


@pytest.mark.parametrize(
    ("response", "answer", "right"),
    [
        ("Dholera", "Dholera, Gujarat", True),
        ("Sannand", "Sanand, Gujarat", True),
        ("Sanand", "Dholera, Gujarat", False),
        ("Gujarat", "Dholera, Gujarat", False),
        ("Dholera, Maharashtra", "Dholera, Gujarat", False),
        ("Boise, ID", "Boise, Idaho", True),
        ("Boise, WA", "Boise, Idaho", False),
        ("UN Mission in Sudan", "United Nations Mission in South Sudan", False),
        ("Pakistan and Israel", "Pakistan, Israel, South Sudan", False),
    ],
)
def test_the_town_alone_where_the_answer_adds_its_state_and_state_codes(response, answer, right):
    assert grade_text(response, answer, prompt="Where is it?").correct is right


@pytest.mark.parametrize(("response", "right"), [("₱2.8 billion", True), ("2.8 billion Philippine pesos", True), ("$2.8 billion", False)])
def test_philippine_pesos(response, right):
    assert grade_numeric(response, 2.8e9, unit="PHP", prompt="How much, in pesos?").correct is right


@pytest.mark.parametrize(
    ("response", "answer", "right"),
    [("IV", "fourth review", True), ("V", "fourth review", False), ("round III", "3rd round", True), ("round IV", "3rd round", False)],
)
def test_roman_numerals_for_an_ordinal_in_a_text_answer(response, answer, right):
    assert grade_text(response, answer, prompt="Which review, or which round?").correct is right


def test_un_spelled_short_in_an_expansion_and_fold_and_cars():
    prompt = "What does UNISFA stand for?"
    assert grade_text("UN Interim Security Force for Abyei", "United Nations Interim Security Force for Abyei", prompt=prompt).correct
    assert not grade_text("UN Interim Security Force for Darfur", "United Nations Interim Security Force for Abyei", prompt=prompt).correct
    assert grade_numeric("twenty-two-fold", 22, unit="times", prompt="By how many times did it grow?").correct
    assert not grade_numeric("20-fold", 22, unit="times", prompt="By how many times did it grow?").correct
    assert grade_numeric("2,50,000 cars", 250000, prompt="Up to how many European vehicles will India allow in?").correct
    assert not grade_numeric("2.5 lakh trucks", 250000, prompt="Up to how many European vehicles will India allow in?").correct


# --- after holdout29 (97.6%/0) and holdout30 (97.0%/1) were scored ----------------------------------------------


@pytest.mark.parametrize(("response", "right"), [("2020 to 2018", False), ("2018 to 2020", True), ("2018-20", True)])
def test_a_span_of_years_written_backwards(response, right):
    assert grade_text(response, "2018-2020", prompt="Over which years?").correct is right


@pytest.mark.parametrize(
    ("response", "answer", "prompt", "right"),
    [
        ("the Malaysian government", "Malaysia", "Which country facilitated the peace talks?", True),
        ("the Thai government", "Malaysia", "Which country facilitated the peace talks?", False),
        ("southern Okinawa", "Okinawa", "Which Japanese prefecture received an evacuation order?", True),
        ("South Sudan", "Sudan", "Which country?", False),
        ("North Korea", "Korea", "Where?", False),
        ("Victoria, Seychelles", "Victoria", "In which capital city is the new court building?", True),
        ("Victoria, Canada", "Victoria", "In which capital city is the new court building?", False),
    ],
)
def test_a_country_by_its_government_a_part_of_a_place_and_a_capital_with_its_country(response, answer, prompt, right):
    assert grade_text(response, answer, prompt=prompt).correct is right


@pytest.mark.parametrize(
    ("response", "answer", "unit", "right"),
    [("over half", 50, "%", True), ("more than a third", 50, "%", False), ("₩370 billion", 370e9, "KRW", True), ("¥370 billion", 370e9, "KRW", False)],
)
def test_over_half_and_the_won_sign(response, answer, unit, right):
    assert grade_numeric(response, answer, unit=unit, prompt="What share, or how much?").correct is right


# --- after holdout32 was scored (round 32, blind: 97.8%/1) ---------------------------------------------------------


@pytest.mark.parametrize(
    ("response", "right"),
    [("Finland, Sweden and Ukraine", False), ("Finland and Sweden", True), ("Sweden and Finland", True), ("Finland, Sweden", True)],
)
def test_a_country_beyond_a_list_answer_though_the_question_names_it(response, right):
    prompt = "Which two Nordic countries applied to join NATO in 2022 after Russia invaded Ukraine?"
    assert grade_text(response, "Finland and Sweden", ["Sweden and Finland"], prompt=prompt).correct is right


def test_a_country_of_the_list_by_its_other_name_is_no_country_beyond_it():
    answer = "Bangladesh, Bhutan, India, Myanmar, Nepal, Sri Lanka and Thailand"
    assert grade_text("India, Bangladesh, Bhutan, Nepal, Sri Lanka, Thailand, Burma", answer, prompt="Which seven countries are BIMSTEC members?").correct


# --- the tenth session: classes from rounds 25-32's false rejects (dev) ----------------------------------------------


@pytest.mark.parametrize(
    ("response", "answer", "prompt", "right"),
    [
        # the office by its initials in the question's words
        ("IMF MD Kristalina Georgieva", "Kristalina Georgieva", "Which IMF Managing Director is quoted on Sri Lanka's bailout approval?", True),
        ("DCP Sanjay Latkar", "Sanjay Latkar", "Which deputy commissioner of police (Port Zone) spoke about the arrest?", True),
        ("MP Himanshu Gulati", "Himanshu Gulati", "Which Norwegian member of parliament was the special guest of PBD 2019?", True),
        ("IMF Chief Economist Kristalina Georgieva", "Kristalina Georgieva", "Which IMF Managing Director is quoted on the bailout?", False),
        ("CM Sanjay Latkar", "Sanjay Latkar", "Which deputy commissioner of police (Port Zone) spoke about the arrest?", False),
        # a rank is not an office; a rank the post implies must be that one
        ("Vice Adm. Brad Cooper", "Brad Cooper", "Who was the top commander of US naval forces in the Middle East?", True),
        ("Adm. Brad Cooper", "Brad Cooper", "Who was the top commander of US naval forces in the Middle East?", True),
        ("Vice President Brad Cooper", "Brad Cooper", "Who was the top commander of US naval forces in the Middle East?", False),
        ("Deputy Commander Brad Cooper", "Brad Cooper", "Who was the top commander of US naval forces in the Middle East?", False),
        ("former Adm. Brad Cooper", "Brad Cooper", "Who is the top commander of US naval forces in the Middle East?", False),
        ("Vice Admiral Anil Chauhan", "Anil Chauhan", "Who is India's Chief of Defence Staff?", False),
        ("General Anil Chauhan", "Anil Chauhan", "Who is India's Chief of Defence Staff?", True),
        # "during whose visit" asks for a person
        ("PM Modi", "Narendra Modi", "During whose state visit to the United States was the GE-HAL memorandum announced?", True),
        ("President Sonexay Siphandone", "Sonexay Siphandone", "At whose invitation did Modi visit Laos in October 2024?", False),
    ],
)
def test_a_title_by_its_initials_a_rank_and_whose_visit(response, answer, prompt, right):
    assert grade_text(response, answer, prompt=prompt).correct is right


@pytest.mark.parametrize(
    ("response", "answer", "accept", "right"),
    [
        ("Antarix", "ANTRIX", [], True),
        ("Antrx", "ANTRIX", [], True),
        ("Antirx", "ANTRIX", [], True),
        ("Global Coalition to Defeat Daseh", "Global Coalition to Defeat DAESH", [], True),
        ("CANZUS", "CANZUK", [], False),  # a letter replaced: another acronym
        ("GSOMIA", "General Security of Information Agreement", ["GSOIA"], False),  # initials: a letter more is another pact
        ("UNMIS", "UNMISS", [], False),
    ],
)
def test_a_name_in_capitals_said_as_a_word_keeps_a_slip(response, answer, accept, right):
    assert grade_text(response, answer, accept, prompt="Which body or grouping is meant?").correct is right


@pytest.mark.parametrize(
    ("response", "right"),
    [("a 12 per cent rise", True), ("12 per cent", True), ("a 12 per cent fall", False), ("12 per cent points", False), ("a 21 per cent rise", False)],
)
def test_per_cent_in_a_phrase_is_the_unit(response, right):
    prompt = "By what percentage did India's remittances rise year on year in 2022?"
    assert grade_numeric(response, 12, unit="%", prompt=prompt).correct is right


@pytest.mark.parametrize(
    ("response", "answer", "right"),
    [
        ("KABIL and Coal India", "Coal India Limited and KABIL", True),
        ("Coal India", "Coal India Limited", True),
        ("Khanij Bidesh", "Khanij Bidesh India Limited", False),
        ("GSI and USGS", "US Geological Survey and Geological Survey of India", True),
        ("UKGS and GSI", "US Geological Survey and Geological Survey of India", False),
        ("robotics and UGVs", "Unmanned Ground Vehicle and Robotics", True),
        ("CANZUK (Canada, Austria, New Zealand, UK)", "CANZUK", False),
        ("US, UK and Australia", "Australia, the UK and the United States", True),
    ],
)
def test_a_company_without_its_legal_form_and_acronyms_with_initials_inside(response, answer, right):
    assert grade_text(response, answer, prompt="Which ones took part?").correct is right


@pytest.mark.parametrize(
    ("response", "right"),
    [("both world wars, so 2", True), ("both world wars, so two", True), ("in both world wars", True), ("both world wars, so 3", False), ("three, both world wars", False)],
)
def test_both_world_wars_with_the_count_beside_it(response, right):
    prompt = "In how many world wars does the article say Canadian and French forces fought side by side?"
    assert grade_numeric(response, 2, unit="world wars", prompt=prompt).correct is right


@pytest.mark.parametrize(("response", "right"), [("D-Day was in 1944", True), ("D-Day, 1944", True), ("D-Day was in 1945", False)])
def test_d_day_names_the_landings_of_1944(response, right):
    prompt = "The France document says 2024 marks the 80th anniversary of the Normandy landings. In which year did the landings take place?"
    assert grade_numeric(response, 1944, prompt=prompt).correct is right


@pytest.mark.parametrize(
    ("response", "answer", "prompt", "right"),
    [
        ("Dr Abdul Kalam", "A.P.J. Abdul Kalam", "Who was the President of India then?", True),
        ("Abdul Kalam", "A.P.J. Abdul Kalam", "Who was the President of India then?", True),
        ("Shri Sanjay Seth ji", "Sanjay Seth", "Who is the Minister of State for Defence?", True),
        ("Sanjay ji", "Sanjay Seth", "Who is the Minister of State for Defence?", False),
        ("the Halifax-class frigate HMCS Vancouver", "HMCS Vancouver", "Which Canadian ship sailed through the strait?", True),
        ("the destroyer INS Kolkata", "INS Chennai", "Which Indian warship?", False),
        ("the destroyer Kolkata", "INS Chennai", "Which Indian warship?", False),
    ],
)
def test_initials_with_dots_ji_after_a_name_and_a_ship_by_its_type(response, answer, prompt, right):
    assert grade_text(response, answer, prompt=prompt).correct is right


@pytest.mark.parametrize(
    ("response", "answer", "right"),
    [
        ("the Cold Wra", "the Cold War", True),
        ("Five Eys", "Five Eyes", True),
        ("Ayub Kan", "Ayub Khan", True),
        ("Montego Bey", "Montego Bay", True),
        ("Middle Est", "the Middle East", True),
        ("India, Iraq and Russia", "India, Iran and Russia", False),  # another country, not a slip
        ("North Korea and Iraq", "North Korea and Iran", False),
        ("SSK AUKUS", "SSN AUKUS", False),  # initials
        ("Cold", "the Cold War", False),
    ],
)
def test_one_slip_in_a_short_word_of_a_longer_name(response, answer, right):
    assert grade_text(response, answer, prompt="Which one is meant?").correct is right


# --- after holdout33 was scored (round 33, blind: 94.9%/2) ---------------------------------------------------------


@pytest.mark.parametrize(("response", "right"), [("at least 20", False), ("over 20", False), ("20", True), ("up to 20", True)])
def test_a_ceiling_in_the_question_is_not_a_floor(response, right):
    prompt = "Under the agreement, patrol strength would not exceed how many men?"
    assert grade_numeric(response, 20, unit="men", prompt=prompt).correct is right


@pytest.mark.parametrize(("response", "right"), [("Iraq, Saudi Arabia, Russia", False), ("Saudi Arabia, Iraq and Russia", True)])
def test_rank_largest_first_asks_for_an_order(response, right):
    prompt = "Rank India's top three crude suppliers in August, largest first."
    assert grade_text(response, "Saudi Arabia, Iraq, Russia", prompt=prompt).correct is right


@pytest.mark.parametrize(
    ("response", "answer", "prompt", "right"),
    [
        ("Agence France-Presse", "AFP", "Which news agency reported it?", True),
        ("Associated French Press", "AFP", "Which news agency reported it?", False),
        ("Shanghai Cooperation Organisation", "SCO", "Which grouping met in Qingdao?", True),
        ("SCO (South China Organisation)", "SCO", "Which grouping met in Qingdao?", False),
        ("EU", "European Union", "Which bloc signed the agreement?", True),
        ("NORAD", "North American Aerospace Defense Command", "What does NORAD stand for?", False),
        ("North Atlantic Trade Organization", "NATO", "Which alliance?", False),
    ],
)
def test_well_known_acronyms_and_their_expansions(response, answer, prompt, right):
    assert grade_text(response, answer, prompt=prompt).correct is right


@pytest.mark.parametrize(
    ("response", "answer", "unit", "right"),
    [
        ("−$85.09 billion", -85.09, "USD billion", True),  # the typographic minus; a unit with its scale
        ("-8509 crore dollars", -85.09, "USD billion", True),
        ("$85.09 billion", -85.09, "USD billion", False),
        ("-$85.09 million", -85.09, "USD billion", False),
        ("-2.8 points", -2.8, "percentage points", True),
        ("−2.8 pp", -2.8, "percentage points", True),
        ("2.8 points", -2.8, "percentage points", False),
        ("21 points", 21, "points", True),
    ],
)
def test_a_unit_with_its_scale_points_for_percentage_points_and_the_minus_sign(response, answer, unit, right):
    assert grade_numeric(response, answer, unit=unit, prompt="By how much did it change? (a fall is negative)").correct is right


@pytest.mark.parametrize(("response", "right"), [("11.09.", True), ("11.9.", True), ("9.11.", False)])
def test_a_dotted_day_and_month_with_the_closing_dot(response, right):
    assert grade_text(response, "11 September", prompt="On which date did the talks begin?").correct is right


@pytest.mark.parametrize(("response", "right"), [("no more than 20", True), ("at most 20", True), ("no more than 30", False)])
def test_no_more_than_is_the_ceiling_the_question_states(response, right):
    prompt = "Under the agreement, patrol strength would not exceed how many men?"
    assert grade_numeric(response, 20, unit="men", prompt=prompt).correct is right


# --- after holdout35 and holdout36 were scored (rounds 35-36, blind: 95.3%/1 and 96.8%/1) ---------------------------


@pytest.mark.parametrize(
    ("response", "prompt", "right"),
    [
        ("about 8", "How many nuclear-powered submarines will Australia have in total by 2055?", False),
        ("8", "How many nuclear-powered submarines will Australia have in total by 2055?", True),
        ("about 8", "About how many submarines will Australia have by 2055?", True),
    ],
)
def test_about_before_a_small_count_asked_exactly(response, prompt, right):
    assert grade_numeric(response, 8, unit="submarines", prompt=prompt).correct is right


@pytest.mark.parametrize(("response", "right"), [("Defence Minister CB Ananthakrishnan", False), ("HAL Chairman CB Ananthakrishnan", True)])
def test_chairman_is_an_office_the_question_names(response, right):
    prompt = "Who was the HAL chairman who said India was in talks with Argentina and Egypt over the Tejas?"
    assert grade_text(response, "CB Ananthakrishnan", prompt=prompt).correct is right


@pytest.mark.parametrize(
    ("response", "answer", "unit", "prompt", "right"),
    [
        ("It fell by 36%", 36, "%", "By what percentage did the number of ships using the canal decrease?", True),
        ("it rose by 36%", 36, "%", "By what percentage did the number of ships using the canal decrease?", False),
        ("down 36%", -36, "%", "By what percentage did the number of ships change? (a fall is negative)", True),
        ("every two years", 2, "years", "How often, in years, will one submarine be built?", True),
        ("one every 24 months", 2, "years", "How often, in years, will one submarine be built?", True),
        ("every 3 years", 2, "years", "How often, in years, will one submarine be built?", False),
        ("25 hundred", 2500, "residents", "About how many residents does Rankin Inlet have?", True),
        ("24 hundred", 2500, "residents", "About how many residents does Rankin Inlet have?", False),
        ("-50ºC", -50, "°C", "How cold does it get?", True),
    ],
)
def test_a_figure_said_the_way_people_say_it(response, answer, unit, prompt, right):
    assert grade_numeric(response, answer, unit=unit, prompt=prompt).correct is right


@pytest.mark.parametrize(
    ("response", "answer", "right"),
    [
        ("the eighties", "the 1980s", True),
        ("the nineties", "the 1980s", False),
        ("Charles the Second", "Charles II", True),
        ("Charles the Third", "Charles II", False),
        ("Sun.", "Sunday", True),
        ("Sat.", "Sunday", False),
    ],
)
def test_a_decade_a_regnal_number_and_a_weekday_in_words(response, answer, right):
    assert grade_text(response, answer, prompt="When, or who?").correct is right


@pytest.mark.parametrize(
    ("response", "answer", "prompt", "right"),
    [
        ("Public Safety Minister Dominic LeBlanc", "Dominic LeBlanc", "Which Canadian minister, responsible for the RCMP, promised to bring the perpetrators to justice?", True),
        ("Minister of National Defence Anita Anand", "Anita Anand", "Which minister announced Canada's NORAD investment in June 2022?", True),
        ("Secretary of State Pete Hegseth", "Pete Hegseth", "With which US defense secretary did Rajnath Singh sign the framework?", False),
        ("Special Representative Hanna Tetteh", "Hanna Tetteh", "Who is the head of UNSMIL named in the article?", True),
        ("Prof. Michael Byers", "Michael Byers", "Which legal scholar does the article cite?", True),
        ("BGen Carpentier", "Patrick Carpentier", "Who commanded Canada's Joint Task Force (North) in 2019?", True),
        ("Ambassador Ruchira Kamboj", "Ruchira Kamboj", "Who was India's Permanent Representative to the UN then?", True),
        ("Defence Minister Ruchira Kamboj", "Ruchira Kamboj", "Who was India's Permanent Representative to the UN then?", False),
    ],
)
def test_titles_with_of_special_envoys_professors_and_canadian_ranks(response, answer, prompt, right):
    assert grade_text(response, answer, prompt=prompt).correct is right


@pytest.mark.parametrize(
    ("response", "answer", "right"),
    [
        ("Delhi", "New Delhi", True),
        ("Bruxelles", "Brussels", True),
        ("Bab al-Mandab", "Bab el-Mandeb", True),
        ("Beer Sheva", "Beersheba", True),
        ("Lashkar-e-Toiba", "Lashkar-e-Taiba", True),
        ("Changi Airport", "Changi Naval Base", False),
        ("Mumbai", "New Delhi", False),
    ],
)
def test_other_spellings_of_places_and_groups(response, answer, right):
    assert grade_text(response, answer, prompt="Where, or which group?").correct is right


@pytest.mark.parametrize(("response", "right"), [("approximately 20000 ships a year", True), ("20,000 a month", False)])
def test_a_year_where_the_question_asks_annually(response, right):
    prompt = "Approximately how many commercial vessels travel through the Red Sea and Gulf of Aden annually?"
    assert grade_numeric(response, 20000, unit="vessels", prompt=prompt).correct is right


@pytest.mark.parametrize(
    ("response", "answer", "unit", "right"),
    [
        ("six and a half tonnes", 6.5, "tonnes", True),
        ("seven and a half tonnes", 6.5, "tonnes", False),
        ("a decade and a half", 15, "years", True),
        ("a day and a half", 35, "hours", False),
    ],
)
def test_and_a_half_before_any_unit(response, answer, unit, right):
    assert grade_numeric(response, answer, unit=unit, prompt="How much, or how long?").correct is right


def test_two_rights_of_one_list_keep_their_order():
    question = SimpleNamespace(
        type="cloze", prompt="Complete the sentence.", text="Canada has argued for Israel's right to {{exist}} and to {{defend itself}}.",
        gaps=[["exist"], ["defend itself"]],
    )
    assert not grade(question, ["defend itself", "exist"]).correct  # the fourteenth session: common words keep their order
    assert grade(question, ["exist", "defend itself"]).correct
    assert not grade(question, ["exist", "exist"]).correct


@pytest.mark.parametrize(
    ("response", "answer", "right"),
    [("Col.", "Colonel", True), ("Lt Col", "Colonel", False), ("Lieutenant Colonel", "Colonel", False), ("Lt. Col.", "Lieutenant Colonel", True), ("Col", "Lieutenant Colonel", False)],
)
def test_a_rank_by_its_short_form_and_never_another_rank(response, answer, right):
    assert grade_text(response, answer, prompt="What rank did the officer hold?").correct is right


@pytest.mark.parametrize(
    ("response", "answer", "unit", "prompt", "right"),
    [
        ("biennially", 2, "years", "How often did the leaders agree to hold the summit?", True),
        ("annually", 2, "years", "How often did the leaders agree to hold the summit?", False),
        ("a week", 7, "days", "After how many days of conflict was a ceasefire agreed?", True),
        ("a fortnight", 7, "days", "After how many days of conflict was a ceasefire agreed?", False),
        ("nineteen ninty nine", 1999, None, "In which year was the G20 created?", True),
        ("+67%", 67, "%", "By about what percentage did imports rise? (give the change with its sign)", True),
        ("-67%", 67, "%", "By about what percentage did imports rise? (give the change with its sign)", False),
    ],
)
def test_how_often_in_one_word_a_week_a_misspelt_ninety_and_a_plus_sign(response, answer, unit, prompt, right):
    assert grade_numeric(response, answer, unit=unit, prompt=prompt).correct is right


def test_the_nineteen_fifties_is_the_1950s():
    assert grade_text("the nineteen-fifties", "the 1950s", prompt="In which decade?").correct
    assert not grade_text("the nineteen-sixties", "the 1950s", prompt="In which decade?").correct


@pytest.mark.parametrize(
    ("response", "right"),
    [("Wang Yi, China's top diplomat", True), ("Chinese foreign policy chief Wang Yi", True), ("Wang Yi, Iran's top diplomat", False)],
)
def test_the_nationality_the_question_asks_for_two_words_after_which(response, right):
    prompt = "Which senior Chinese diplomat offered congratulations on the Iran-Saudi agreement?"
    assert grade_text(response, "Wang Yi", prompt=prompt).correct is right


@pytest.mark.parametrize(("response", "right"), [("1.8 mil", True), ("18 mil", False), ("5 miles", False)])
def test_mil_for_million(response, right):
    assert grade_numeric(response, 1_800_000, unit="people", prompt="About how many Indo-Canadians live in Canada?").correct is right


def test_make_up_in_the_question_is_no_rise_to_strip():
    assert not grade_numeric("up to 25", 25, unit="people", prompt="How many people make up the crew?").correct
