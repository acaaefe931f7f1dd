"""Twentieth session: spans said as nouns, European thousands points, changes said with their verb, fractions,
currencies, element symbols, Washington, D.C.

Each right phrasing comes from a blind file already scored and frozen (rounds 199-220); each wrong one is the
near miss a guard must keep wrong.
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from studyapp.grading import grade, grade_numeric, grade_text


@pytest.mark.parametrize(
    ("response", "answer", "unit", "prompt", "right"),
    [
        ("It was a 90-day pause", "90", "days", "For how many days did the executive order suspend US foreign aid?", True),
        ("12-day war", "12", "days", "How many days did the conflict between Israel and Iran last?", True),
        ("five-year term", "5", "years", "For how many years will he serve as prime minister?", True),
        ("a 99-year loan", "99", "years", "For how many years was the port leased?", False),  # a thing of its own, not the span
        ("a 90-day pause", "90", "days", "What did the order do to US foreign aid, and for what purpose?", False),  # no span asked
        ("253.000 ha", "253000", "hectares", "How many hectares of coca did Colombia have under cultivation?", True),
        ("Rp 10.000", "10000", "IDR", "What daily budget per person did Indonesia set, in rupiah?", True),
        ("1.500 km", "1500", "km", "How long is the border?", True),
        ("$3.933 million", "3.933 billion", "USD", "How much were the exports worth?", False),  # a scale word: a decimal point
        ("34,357 million", "34.357 million", "$", "What grant was sanctioned?", False),  # a comma before three digits is thousands
        ("1,500 km", "1.5", "km", "How long is the runway extension?", False),
        ("NT$1.25 trillion", "1.25 trillion", "TWD", "How many New Taiwan dollars does the budget equal?", True),
        ("NT$1,250 billion", "1.25 trillion", "TWD", "How many New Taiwan dollars does the budget equal?", True),
        ("$1.25 trillion", "1.25 trillion", "TWD", "How many New Taiwan dollars does the budget equal?", False),
        ("347.4 billion pounds", "347.4 billion", "EGP", "What were Suez Canal revenues in Egyptian pounds?", True),
        ("£347.4 billion", "347.4 billion", "EGP", "What were Suez Canal revenues in Egyptian pounds?", False),  # sterling
        ("370,000 pounds", "370000", "pounds", "How much cargo did it carry, in pounds?", True),
        ("It shrank by 7.8 per cent", "7.8", "%", "By how much did the Sri Lankan economy contract in 2022?", True),
        ("a 7.8% contraction", "7.8", "%", "By how much did the Sri Lankan economy contract in 2022?", True),
        ("It grew by 7.8 per cent", "7.8", "%", "By how much did the Sri Lankan economy contract in 2022?", False),
        ("rose by 43 per cent", "43", "%", "By what percentage did shipments on the Northern Sea Route change in 2025?", True),
        ("fell by 43 per cent", "43", "%", "By what percentage did shipments on the Northern Sea Route change in 2025?", False),
        ("a 0.73% gain", "0.73", "%", "By what percentage did the shilling's value change?", True),
        ("it was cut to 2.1%", "2.1", "%", "To what figure did the World Bank revise its growth forecast?", True),
        ("doubled to 50%", "50", "%", "To what rate did Trump say the tariff would rise?", True),
    ],
)
def test_figures_said_in_the_learners_words(response, answer, unit, prompt, right):
    assert grade_numeric(response, answer, unit=unit, prompt=prompt).correct is right


@pytest.mark.parametrize(
    ("response", "answer", "prompt", "right"),
    [
        ("a 2/3 majority", "two-thirds majority", "What majority did the vote need?", True),
        ("3/4 majority", "three-fourths majority", "What majority did the vote need?", True),
        ("a 3/4 majority", "two-thirds majority", "What majority did the vote need?", False),
        ("Li and Co", "lithium and cobalt", "Which minerals does KABIL name as its initial focus overseas?", True),
        ("Ga and Ge", "gallium and germanium", "Which two metals became subject to Chinese export licensing?", True),
        ("Li and Ni", "lithium and cobalt", "Which minerals does KABIL name as its initial focus overseas?", False),
        ("Li", "lithium and cobalt", "Which minerals does KABIL name as its initial focus overseas?", False),
        ("Washington, D.C.", "Washington", "In which city was the conference held?", True),
        ("Washinton DC", "Washington DC", "Where is the World Bank headquartered?", True),
        ("Washington", "Washington, DC", "In which city was the treaty signed?", True),
        ("Seattle, Washington", "Washington, DC", "In which city was the treaty signed?", False),
        ("Wilmington, Delaware", "Delaware", "In which state is the base?", True),
        ("Rio", "Rio de Janeiro", "Which city hosted the 2024 G20 summit?", True),
        ("Pusan", "Busan", "In which city did the talks on a plastics treaty take place?", True),
    ],
)
def test_names_and_words_said_another_way(response, answer, prompt, right):
    assert grade_text(response, answer, prompt=prompt).correct is right


@pytest.mark.parametrize(
    ("response", "answer", "prompt", "right"),
    [
        ("Debrecen, eastern Hungary", "Debrecen", "In which Hungarian city is CATL building its battery factory?", True),
        ("Debrecen, in the east of Hungary", "Debrecen", "In which Hungarian city is CATL building its battery factory?", True),
        ("Debrecen, western Hungary", "Debrecen", "In which Hungarian city is CATL building its battery factory?", False),
        ("Debrecen, eastern Austria", "Debrecen", "In which Hungarian city is CATL building its battery factory?", False),
        ("Tainan city, southern Taiwan", "Tainan", "In which city was the state dinner held after Lai's inauguration?", True),
        ("Tainan city, northern Taiwan", "Tainan", "In which city was the state dinner held after Lai's inauguration?", False),
        ("Sumy in north-eastern Ukraine", "Sumy", "From which Ukrainian city were the last students evacuated?", True),
        ("Lviv in eastern Ukraine", "Lviv", "In which Ukrainian city is the drone factory?", False),
        ("Balti, in northern Moldova", "Balti", "In which city will the Regional Hospital be built?", True),
        ("Sumy, northeast Ukraine", "Sumy", "From which Ukrainian city were the last students evacuated?", True),
        ("Sumy, northeastern Ukraine", "Sumy", "From which Ukrainian city were the last students evacuated?", True),
        ("Lviv, northeastern Ukraine", "Lviv", "In which Ukrainian city is the drone factory?", False),
        ("Venezuela, South America", "Venezuela", "Which country did the strikes target?", True),  # a region's name, not a side
    ],
)
def test_a_town_placed_in_a_part_of_its_country_is_checked_against_where_the_countrys_towns_lie(response, answer, prompt, right):
    assert grade_text(response, answer, prompt=prompt).correct is right


@pytest.mark.parametrize(
    ("response", "answer", "prompt", "right"),
    [
        # round 227's false accept: the question's "Mongolian President" made it a question about a person, and the
        # days were dropped as a middle name
        ("October 2025", "October 13 to 16, 2025", "On which dates did Mongolian President Khurelsukh make his state visit to India?", False),
        ("13 October 2025", "October 13 to 16, 2025", "On which dates did Mongolian President Khurelsukh make his state visit to India?", False),
        ("13-16 October 2025", "October 13 to 16, 2025", "On which dates did Mongolian President Khurelsukh make his state visit to India?", True),
        ("Mariya Didi", "Mariya Ahmed Didi", "Who was the Maldivian minister?", True),
        ("Shirley Botchwey", "Shirley Ayorkor Botchwey", "Which Ghanaian was elected Commonwealth Secretary-General at CHOGM 2024?", True),
    ],
)
def test_a_question_about_a_person_is_one_whose_asking_words_name_one(response, answer, prompt, right):
    assert grade_text(response, answer, prompt=prompt).correct is right


@pytest.mark.parametrize(
    ("response", "answer", "unit", "prompt", "right"),
    [
        # a change said in words is checked against the way the figure went
        ("down 40 percent", "40", "%", "By what percentage did dollar revenues decline?", True),
        ("up 40 percent", "40", "%", "By what percentage did dollar revenues decline?", False),  # accepted before this round
        ("a 40% rise", "40", "%", "By what percentage did dollar revenues decline?", False),
        ("a slump of 15.2 percent", "-15.2", "%", "By what percentage did imports change year on year?", True),
        ("15.2 per cent growth", "15.2", "%", "By what percentage did exports to India grow year on year?", True),
        ("it shrank by 7.8%", "-7.8", "%", "By how much did Sri Lanka's economy grow in 2022?", True),
        ("up 3.19 per cent", "3.19", "%", "By how much did imports change in 2023, in per cent (minus for a fall)?", True),
        # rates in basis points and per cent, a hundredfold apart
        ("175 basis points", "1.75", "%", "What interest rate does the loan carry?", True),
        ("175 bps", "1.75", "%", "What interest rate does the loan carry?", True),
        ("17.5 bps", "1.75", "%", "What interest rate does the loan carry?", False),
        ("200 bps", "200", "basis points", "How large was the rate hike, in basis points?", True),
        ("2 percentage points", "200", "basis points", "How large was the rate hike, in basis points?", True),
        ("20 bps", "200", "basis points", "How large was the rate hike, in basis points?", False),
        # currencies by their signs, abbreviations of time, an age
        ("฿376 million", "376000000", "THB", "To what value did bilateral trade fall in July 2025?", True),
        ("376 mn Thai baht", "376000000", "THB", "To what value did bilateral trade fall in July 2025?", True),
        ("200 bn zł", "200 billion", "PLN", "What amount in zloty did Poland commit to defence?", True),
        ("2 mths", "2", "months", "Within how many months were the embassies to reopen?", True),
        ("he was 80 years old", "80", "years", "At what age did Nguyen Phu Trong die?", True),
        ("80 years old", "80", "years", "For how many years did he rule?", False),
    ],
)
def test_changes_rates_signs_and_ages(response, answer, unit, prompt, right):
    assert grade_numeric(response, answer, unit=unit, prompt=prompt).correct is right


@pytest.mark.parametrize(
    ("response", "answer", "prompt", "right"),
    [
        ("27 yrs 3 months", "27 years and 3 months", "To what prison term was he sentenced?", True),
        ("27 yrs 4 months", "27 years and 3 months", "To what prison term was he sentenced?", False),
        ("Geneva, Switzerland", "Geneva", "In which city did Hafez al-Assad meet US President Bill Clinton in 2000?", True),
        ("Geneva, France", "Geneva", "In which city did Hafez al-Assad meet US President Bill Clinton in 2000?", False),
    ],
)
def test_years_abbreviated_and_a_city_named_for_its_country_beside_its_namesakes(response, answer, prompt, right):
    assert grade_text(response, answer, prompt=prompt).correct is right


def test_a_currency_beside_a_figure_is_no_description():
    """Round 232's false accept: "500 dinar notes" for the €500 banknote read as the answer described."""
    prompt = "Which banknote denomination did Kosovo withdraw from circulation?"
    assert not grade_text("500 dinar notes", "the €500 banknote", ["€500 notes", "500 euro notes"], prompt=prompt).correct
    assert grade_text("500 euro notes", "the €500 banknote", ["€500 notes", "500 euro notes"], prompt=prompt).correct


@pytest.mark.parametrize(
    ("response", "answer", "unit", "prompt", "right"),
    [
        ("a quarter of an hour", "15", "minutes", "How long was the silent tribute?", True),
        ("three quarters of an hour", "45", "minutes", "About how long did the meeting last?", True),
        ("half an hour", "45", "minutes", "About how long did the meeting last?", False),
        ("a 22.8% downturn", "-22.8", "%", "By how much did Serbia's tourism sector change?", True),
        ("down by over 66 per cent", "-66", "%", 'By what percentage did study permits change (signed change; the article says "over")?', True),
        ("it fell about 11%", "11", "%", "By what percentage did Peru's economy plunge in 2020?", True),
        ("it rose about 11%", "11", "%", "By what percentage did Peru's economy plunge in 2020?", False),
        ("58.000 t", "58000", "t", "How many tonnes of lithium a year was the mine to produce?", True),
        ("2.4 lakh TEUs", "240,000", "TEU", "To what capacity will the container hub raise the port?", True),
        ("240,000 tons", "240,000", "TEU", "To what capacity will the container hub raise the port?", False),
    ],
)
def test_spans_in_words_falls_in_words_plural_units(response, answer, unit, prompt, right):
    assert grade_numeric(response, answer, unit=unit, prompt=prompt).correct is right


@pytest.mark.parametrize(
    ("response", "answer", "unit", "prompt", "right"),
    [
        # round 237's false accepts: a rate over another period, a licence's number without its letter
        ("150,000 barrels per year", "150,000", "barrels per day", "Around how many barrels per day does Chevron export?", False),
        ("150,000 barrels a day", "150,000", "barrels per day", "Around how many barrels per day does Chevron export?", True),
        ("150,000 bpd", "150,000", "barrels per day", "Around how many barrels per day does Chevron export?", True),
        ("41", "41B", None, "Which OFAC general licence number did Chevron hold?", False),
        ("41", "41 billion", None, "How much did it cost?", True),
    ],
)
def test_a_rate_over_another_period_and_a_licence_without_its_letter(response, answer, unit, prompt, right):
    assert grade_numeric(response, answer, unit=unit, prompt=prompt).correct is right


def test_two_numbers_of_an_answer_swapped_where_one_has_words_of_its_own():
    """Round 243's false accept: the bare number and the one with "an option for ... more" traded places."""
    answer, prompt = "three, with an option for two more", "How many submarines will Australia buy?"
    assert not grade_text("two, with an option for three more", answer, prompt=prompt).correct
    assert grade_text("3, with an option for 2 more", answer, prompt=prompt).correct
    assert grade_text("2027 and 2026", "2026 and 2027", prompt="In which years?").correct



@pytest.mark.parametrize(
    ("response", "answer", "unit", "prompt", "right"),
    [
        # the twenty-first session: figures said without digits, each from a development file's false rejects
        ("Article CCXLIII", "243", None, "Under which article of the constitution was he appointed?", True),
        ("XX%", "20", "%", "What tariff did the US set?", True),
        ("L years", "50", "years", "For how many years did the treaty run?", True),
        ("only World War II", "2", "world wars", "In how many world wars did they fight together?", False),
        ("DC", "2", None, "How many?", False),
        ("no country opposed it", "0", "countries", "How many countries opposed the agreement?", True),
        ("not a single country opposed it", "0", "countries", "How many countries opposed the agreement?", True),
        ("not zero - one country", "0", "countries", "How many countries opposed the agreement?", False),
        ("no country supported it", "0", "countries", "How many countries opposed the agreement?", False),
        ("within a week", "7", "days", "How long did the evacuation take?", True),
        ("a week-long ceasefire", "1", "weeks", "How long was the ceasefire?", True),
        ("twice a week", "1", "weeks", "How long was the ceasefire?", False),
        ("it halved", "-50", "%", "By how much did exports change?", True),
        ("it halved", "50", "%", "By how much did exports rise?", False),
        ("a one-fifth stake", "20", "%", "What stake does the fund hold?", True),
        ("half the votes", "50", "%", "What share of the votes did she win?", True),
        ("exactly 750", "750", "pilgrims", "How many pilgrims were selected?", True),
        ("exactly 750", "more than 750", "pilgrims", "How many pilgrims were selected?", False),
        ("10.11.2025", "10", None, "From which date in November 2025 did the flights begin? (day of the month)", True),
        ("10 December 2025", "10", None, "From which date in November 2025 did the flights begin? (day of the month)", False),
        ("14 people died at the station", "14", "people", "How many people were killed when the canopy collapsed at the station?", True),
        ("14 people were injured at the station", "14", "people", "How many people were killed when the canopy collapsed at the station?", False),
        # round 253's false accept: the train, where the question counts its wagons
        ("15 trains", "15", "wagons", "How many wagons made up the train of Kazakh wheat?", False),
        ("15 rail cars", "15", "wagons", "How many wagons made up the train of Kazakh wheat?", True),
    ],
)
def test_figures_without_digits_days_of_a_month_and_sentences_that_restate_the_question(response, answer, unit, prompt, right):
    assert grade_numeric(response, answer, unit=unit, prompt=prompt).correct is right


@pytest.mark.parametrize(
    ("response", "right"),
    [("$58", True), ("around $58 a barrel", True), ("Brent closed at 58 USD per barrel", True), ("58 barrels", False), ("$58 per tonne", False), ("58 euros", False)],
)
def test_a_price_per_barrel_is_a_sum_of_money_quoted_per_barrel(response, right):
    prompt = "At what price (US dollars per barrel) did Brent crude close?"
    assert grade_numeric(response, "58", unit="US dollars per barrel", prompt=prompt).correct is right


@pytest.mark.parametrize(
    ("response", "answer", "prompt", "right"),
    [
        ("Peru's President Dina Boluarte", "Dina Boluarte", "Which Peruvian president attended the inauguration?", True),
        ("Chile's President Dina Boluarte", "Dina Boluarte", "Which Peruvian president attended the inauguration?", False),
        ("Datuk Onn Hafiz Ghazi", "Onn Hafiz Ghazi", "Who is the Menteri Besar of Johor?", True),
        ("Tun Dr Mahathir Mohamad", "Mahathir Mohamad", "Who was Malaysia's prime minister in 2018?", True),
        ("Icelandic Foreign Minister Bjarni Benediktsson", "Bjarni Benediktsson", "Which minister signed the India-EFTA TEPA for Iceland?", True),
        ("Norwegian Foreign Minister Bjarni Benediktsson", "Bjarni Benediktsson", "Which minister signed the India-EFTA TEPA for Iceland?", False),
    ],
)
def test_a_countrys_people_and_titles_of_honour_beside_a_name(response, answer, prompt, right):
    assert grade_text(response, answer, prompt=prompt).correct is right


def test_a_nationality_singles_out_the_country_a_question_asks_for():
    prompt = "Which country's forces recaptured Mocimboa da Praia together with Mozambican forces in August 2021?"
    assert grade_text("Rwandan troops", "Rwanda", ["Rwandan forces"], prompt=prompt).correct
    assert not grade_text("Tanzanian troops", "Rwanda", ["Rwandan forces"], prompt=prompt).correct
    assert grade_numeric("3094 murders", "3094", unit="homicides", prompt="How many homicides were recorded?").correct


def test_a_regnal_one_and_a_figure_that_rounds_to_the_answer_only_at_one_digit():
    """Rounds 256 and 259's false accepts: "Prince Albert I" (the "I" read as a pronoun), "1.65 million" for 2 million."""
    assert not grade_text("Prince Albert I", "Prince Albert II", prompt="Which ruler confirmed it?").correct
    assert grade_text("I think Prince Albert II", "Prince Albert II", prompt="Which ruler confirmed it?").correct
    assert not grade_numeric("1.65 million bpd", "2000000", unit="barrels per day", prompt="What broader cut stays in place?").correct
    assert grade_numeric("$374,962,800", "$374.96 million", prompt="How much was the sale worth?").correct


@pytest.mark.parametrize(
    ("response", "answer", "unit", "prompt", "right"),
    [
        ("around 17,7 billion francs", "17.7", "billion CHF", "How much was Swiss-Indian trade worth?", True),
        ("17.7 billion CFA francs", "17.7", "billion CHF", "How much was Swiss-Indian trade worth?", False),
        ("six hundred billion kroner", "600", "billion NOK", "By how much will Norway raise defence spending?", True),
        ("600 billion francs", "600", "billion NOK", "By how much will Norway raise defence spending?", False),
        ("FCFA 1,000,000,000", "1 billion", "CFA francs", "What fine did the court impose?", True),
        ("a combined fleet of 13 ships", "13", "frigates", "How many frigates will the combined Type 26 fleet have?", True),
        ("13 destroyers", "13", "frigates", "How many frigates will the navy operate?", False),
        ("5% of gross domestic product", "5", "%", "What share of GDP did the allies pledge?", True),
    ],
)
def test_francs_kroner_ships_and_gross_domestic_product(response, answer, unit, prompt, right):
    assert grade_numeric(response, answer, unit=unit, prompt=prompt).correct is right


@pytest.mark.parametrize(
    ("response", "answer", "unit", "prompt", "right"),
    [
        ("$4 per acre", "4", "USD per hectare per year", "Up to how much per hectare per year can the fund pay?", False),
        ("$4 per hectare", "4", "USD per hectare per year", "Up to how much per hectare per year can the fund pay?", True),
        ("shrinking by 0.3 percent", "-0.3", "%", "What growth rate did the IMF forecast for Mexico?", True),
        ("growing by 0.3 percent", "-0.3", "%", "What growth rate did the IMF forecast for Mexico?", False),
        ("nought point nine percentage points", "0.9", "percentage points", "By how much did the IMF cut its forecast?", True),
    ],
)
def test_a_rate_per_another_area_shrinking_and_nought(response, answer, unit, prompt, right):
    assert grade_numeric(response, answer, unit=unit, prompt=prompt).correct is right


def test_a_hedge_after_a_comma_is_no_item_and_a_country_the_question_gives_its_possessive():
    assert grade_text("the Law and Justice party, I think", "Law and Justice", prompt="Which opposition party backed Nawrocki?").correct
    prompt = "What is the name of India's policy towards Southeast Asia in which Modi said Thailand has a special place?"
    assert grade_text("India's Act East policy", "Act East", ["Act East Policy"], prompt=prompt).correct
    assert not grade_text("Thailand's Act West policy", "Act East", ["Act East Policy"], prompt=prompt).correct


def test_a_surplus_for_the_deficit_a_question_asks_and_a_price_per_hectare():
    """Round 283's false accept: "a surplus of" read away before the question's "deficit" was checked."""
    prompt = "What was India's trade deficit with the UAE?"
    assert not grade_numeric("a surplus of $15.98 billion", "$15.98 billion", unit="USD", prompt=prompt).correct
    assert grade_numeric("a deficit of $15.98 billion", "$15.98 billion", unit="USD", prompt=prompt).correct
    assert grade_numeric("4 dollars per hectare a year", "4", unit="USD per hectare per year", prompt="How much per hectare per year?").correct


@pytest.mark.parametrize(
    ("response", "right"),
    [
        ("in Latvia (Riga)", True), ("Latvia, in Riga area", True), ("Latvia, at Adazi", False), ("Latvia (Vilnius)", False),
        ("Latvia and Estonia", False), ("Latvia, Estonia", False), ("Estonia (Riga)", False),
    ],
)
def test_the_country_asked_with_its_capital_in_brackets_or_after_a_preposition(response, right):
    """Writers of many files added Riga to Latvia; another town (the Adazi base, true as it is) is no evidence the grader
    can check: "Kazakhstan, in Almaty" for the summit held in Astana stays wrong (round 6's test)."""
    assert grade_text(response, "Latvia", prompt="In which country does Canada lead a NATO battle group?").correct is right


def test_a_town_of_a_country_whose_towns_are_named_for_places_elsewhere_is_no_evidence():
    assert not grade_text("United States (Paris)", "United States", prompt="Which country?").correct


def test_acres_are_an_area_converted_like_hectares():
    """The acre in the unit table, where the per-measure check had kept its own note of it: "280 hectares" for 692 acres."""
    assert grade_numeric("280 hectares", "692", unit="acres", prompt="How large is the site?").correct
    assert not grade_numeric("692 hectares", "692", unit="acres", prompt="How large is the site?").correct


@pytest.mark.parametrize(
    ("prompt", "answer", "response", "right"),
    [
        ("Which German write-in candidate received seven votes?", "Helga Schmid", "Schmid", True),
        ("Which IMF Economic Counsellor presented the outlook?", "Pierre-Olivier Gourinchas", "Gourinchas", True),
        ("Which UN humanitarian coordinator in DR Congo called for it?", "Bruno Lemarquis", "Lemarquis", True),
        ("Which Swiss Federal Councillor signed the TEPA?", "Guy Parmelin", "Parmelin", True),
        ("Which Congress MP led the delegation?", "Shashi Tharoor", "Tharoor", True),
        ("Which candidate country joined last?", "South Sudan", "Sudan", False),
        ("Which West Demerara sugar planter sought permission?", "John Gladstone", "Gladstone", True),
    ],
)
def test_which_with_a_role_asks_for_a_person(prompt, answer, response, right):
    """"Which ... candidate / counsellor / coordinator / councillor / MP / head ...?" asks for a person as "Who" does, so
    the surname alone names them; a candidate country is no person."""
    assert grade_text(response, answer, prompt=prompt).correct is right


@pytest.mark.parametrize(
    ("answer", "response", "right"),
    [
        ("Marcelo Rebelo de Sousa", "Rebelo de Sousa", True), ("Bart De Wever", "De Wever", True),
        ("António Leitão Amaro", "Leitão Amaro", True), ("James Wani Igga", "Wani Igga", True),
        ("Thérèse Kayikwamba Wagner", "Kayikwamba Wagner", True), ("Vivian van de Perre", "Van de Perre", True),
        ("Ursula von der Leyen", "von der Leyen", True),
        ("Maryam Al-Sadiq Al-Mahdi", "Sadiq al-Mahdi", False),  # her father
        ("Kim Jong Un", "Jong Un", False),  # the given name: the surname comes first
        ("Marcelo Rebelo de Sousa", "Marcelo", False), ("James Wani Igga", "James Wani", False),
    ],
)
def test_a_surname_of_several_words_names_the_person(answer, response, right):
    """The given name left out of a three-word name, or of four with a particle; not a name of lineage words."""
    assert grade_text(response, answer, prompt="Who signed it?").correct is right


def test_an_answer_of_two_clauses_is_read_in_its_order():
    """Round 296's false accept: the motto "I am because we are" said backwards was taken for a list in another order."""
    assert not grade_text("we are because I am", "I am because we are", prompt="What does Ubuntu mean?").correct
    assert grade_text("I am, because we are", "I am because we are", prompt="What does Ubuntu mean?").correct


def test_the_end_of_a_month_is_not_the_end_of_the_year():
    """Round 299's false accept: "end of August 2025" for the end of 2025, the month taken from the question's words."""
    prompt = "By what deadline did Lebanon's government, in August 2025, want all weapons placed under state authority?"
    assert not grade_text("end of August 2025", "the end of 2025", prompt=prompt).correct
    assert not grade_text("the start of August 2025", "the end of 2025", prompt=prompt).correct
    assert grade_text("by the end of 2025", "the end of 2025", prompt=prompt).correct


def test_a_prison_term_said_with_where_it_is_served():
    prompt = "How many years in prison had Boualem Sansal been sentenced to?"
    assert grade_numeric("5 yrs in jail", 5, unit="years", prompt=prompt).correct
    assert not grade_numeric("5 years in hospital", 5, unit="years", prompt=prompt).correct
    assert not grade_numeric("5 months in jail", 5, unit="years", prompt=prompt).correct


def test_a_possessive_of_the_name_the_question_gives():
    """"Babis's ANO party" where the question says "led by Andrej Babis"; another leader's is a claim of its own."""
    prompt = "Which party, led by Andrej Babis, won the Czech parliamentary election in October 2025?"
    assert grade_text("Babis's ANO party", "ANO", prompt=prompt).correct
    assert not grade_text("Fiala's ANO", "ANO", prompt=prompt).correct


@pytest.mark.parametrize(
    ("response", "answer", "right"),
    [("Deutschland", "Germany", True), ("Algérie", "Algeria", True), ("Burkina", "Burkina Faso", True), ("Suisse", "Switzerland", True), ("Austria", "Germany", False)],
)
def test_a_country_by_its_own_name(response, answer, right):
    assert grade_text(response, answer, prompt="Which country?").correct is right


def test_police_and_seafarers_counted_by_other_words():
    assert grade_numeric("1040 cops", 1040, unit="police officers", prompt="How many police officers were deployed?").correct
    assert not grade_numeric("1040 soldiers", 1040, unit="police officers", prompt="How many police officers were deployed?").correct
    assert grade_numeric("8 seafarers", 8, unit="sailors", prompt="How many sailors were killed?").correct


@pytest.mark.parametrize(
    ("response", "right"),
    [("half, i.e. 50%", True), ("0.5 i.e. 50 percent", True), ("half (i.e. 50%)", True), ("half, i.e. 60%", False), ("a fifth, i.e. 50%", False)],
)
def test_the_answer_said_in_two_ways_each_right(response, right):
    """"X, i.e. Y": both must be the answer (26 tracked answers of this shape, every one labelled right, were refused)."""
    assert grade(_typed("numeric", "What share of the gangs?", 50, "%"), response).correct is right


def test_another_country_first_is_not_said_twice():
    question = _typed("short", "Which country?", "United States")
    assert grade(question, "USA (i.e. the United States)").correct
    assert not grade(question, "Canada, i.e. the US").correct


def _typed(kind: str, prompt: str, answer: object, unit: str | None = None) -> SimpleNamespace:
    """A typed question as a pack gives it to ``grade`` (which dispatches on its type)."""
    return SimpleNamespace(
        type=kind, prompt=prompt, answer=answer, accept=(), unit=unit, tolerance=None, gaps=(), choices=(), items=(), text="", category=None, explanation=""
    )


def test_the_level_a_figure_fell_to_keeps_its_sign():
    """Round 309's false accept: "-1.7%" where growth fell to 1.7%; by how much it fell, the sign may say the fall."""
    assert not grade_numeric("-1.7%", 1.7, unit="%", prompt="To what rate did Zimbabwe's growth fall in 2024?").correct
    assert grade_numeric("it fell to 1.7%", 1.7, unit="%", prompt="To what rate did Zimbabwe's growth fall in 2024?").correct
    assert grade_numeric("-1.7%", 1.7, unit="%", prompt="By how much did Zimbabwe's growth fall in 2024?").correct


def test_a_bound_word_that_places_is_no_bound_the_question_states():
    """Round 310's false accept: "at most 25%" where the question asks "Under Iraqi law, at least what share": "under"
    there names the law, not a ceiling."""
    prompt = "Under Iraqi law, at least what share of parliament's 329 seats must women hold?"
    assert not grade_numeric("at most 25%", 25, unit="percent", prompt=prompt).correct
    assert grade_numeric("at least 25%", 25, unit="percent", prompt=prompt).correct


def test_the_place_the_question_names_is_not_what_it_counts():
    """Round 314's false accept: "7 ports" where the question asks how many berths the port of Assab has."""
    prompt = "How many berths does the deepwater port of Assab have, according to the article?"
    assert not grade_numeric("7 ports", 7, unit="berths", prompt=prompt).correct
    assert grade_numeric("seven berths at the port", 7, unit="berths", prompt=prompt).correct


def test_the_questions_two_names_for_what_it_counts():
    assert grade_numeric("they cover 23 policy areas", 23, unit="chapters", prompt="How many policy areas or chapters do the talks cover?").correct


# Twenty-third session (rounds 316 on): each right phrasing from a blind file already scored and frozen.


@pytest.mark.parametrize(
    ("response", "answer", "right"),
    [
        ("Pope Benedict the Sixteenth", "Pope Benedict XVI", True),  # Y318-126
        ("Benedict the 16th", "Pope Benedict XVI", True),
        ("Benedict the Fifteenth", "Pope Benedict XVI", False),
        ("Leo the Fourteenth", "Leo XIV", True),
        ("Leo the Thirteenth", "Leo XIV", False),
        ("Charles the 3rd", "Charles III", True),
        ("Charles the Second", "Charles III", False),
    ],
)
def test_a_regnal_number_said_as_an_ordinal(response, answer, right):
    assert grade(_typed("short", "Which pope or king?", answer), response).correct is right


@pytest.mark.parametrize(
    ("response", "answer", "right"),
    [
        ("Fr. Gabriel Romanelli", "Father Gabriel Romanelli", True),  # Y318-220
        ("Fr Romanelli", "Father Gabriel Romanelli", True),
        ("Fr. Gabriel Romano", "Father Gabriel Romanelli", False),
        ("Card. Mamberti", "Cardinal Dominique Mamberti", True),  # Y318-454
        ("Card. Parolin", "Cardinal Dominique Mamberti", False),
        ("green cardinal", "green card", False),  # "card" is a title only before a name
    ],
)
def test_a_clerics_title_written_short(response, answer, right):
    assert grade(_typed("short", "Who?", answer), response).correct is right


@pytest.mark.parametrize(
    ("response", "right"),
    [
        ("seventeenth century", True),  # Y317-178
        ("17th century", True),
        ("XVII century", True),
        ("16th century", False),
        ("17 centuries", False),  # a span, not the century
        ("17 century", False),
    ],
)
def test_an_ordinal_answer_said_with_its_own_unit(response, right):
    """An ordinal answer with the unit the question gives ("17th", unit century) said with that unit: the unit is no
    other unit (it was "Wrong unit: 17th century is not 17th century")."""
    assert grade_numeric(response, "17th", unit="century", prompt="To which century does the palace date back?").correct is right


@pytest.mark.parametrize(("response", "right"), [("3½%", True), ("3 ½ per cent", True), ("2½%", False), ("½%", False)])
def test_a_vulgar_fraction_in_a_figure(response, right):
    """Y317-414: "3½%" (NFKC alone makes it "31⁄2")."""
    assert grade_numeric(response, 3.5, unit="percent of GDP", prompt="What share of GDP is earmarked?").correct is right


@pytest.mark.parametrize(
    ("response", "right"),
    [("6.07 in the evening", True), ("at 6:07 in the evening", True), ("6:07 in the morning", False), ("7.06 in the evening", False)],
)
def test_a_time_of_day_with_its_part_of_the_day(response, right):
    """Y318-094: a clock time with "in the evening" in place of p.m."""
    assert grade(_typed("short", "At what local time did the white smoke rise?", "6:07 p.m."), response).correct is right


@pytest.mark.parametrize(
    ("response", "answer", "unit", "right"),
    [
        ("51.13 leva", "51.13", "euros", False),  # Y319-327, a false accept: the prompt's own currency, not the one asked
        ("51.13 lev", "51.13", "euros", False),
        ("EUR 51.13", "51.13", "euros", True),
        ("5 RON", "5", "lei", True),
        ("5 euros", "5", "lei", False),
        ("20 pesos", "20", "MXN", True),
        ("20 Chilean pesos", "20", "MXN", False),
        ("300 kina", "300", "PGK", True),
        ("300 Fijian dollars", "300", "PGK", False),
    ],
)
def test_the_currencies_of_eastern_europe_latin_america_and_the_pacific(response, answer, unit, right):
    prompt = "Under the conversion rules, how many euros are 100 leva worth?" if unit == "euros" else "How much?"
    assert grade_numeric(response, answer, unit=unit, prompt=prompt).correct is right


@pytest.mark.parametrize(("response", "right"), [("1,95583 leva", True), ("1,95583", True), ("19,5583", False), ("1,95584", False)])
def test_a_decimal_comma_before_four_digits_or_more(response, right):
    """Y319-014: a comma before five digits cannot group thousands (nor lakh), so it is a decimal comma."""
    assert grade_numeric(response, 1.95583, unit="leva", prompt="What is the fixed rate, in leva per euro?").correct is right


def test_four_digits_after_a_comma_stay_refused_for_a_round_figure():
    assert not grade_numeric("4,0000", 40000, prompt="How many troops?").correct


@pytest.mark.parametrize(
    ("response", "answer", "unit", "right"),
    [
        ("360 pesos", "360", "Cuban pesos", True),  # a bare "pesos" is any peso
        ("360 Mexican pesos", "360", "Cuban pesos", False),
        ("Kz 400", "400", "kwanzas", True),  # Y327-447
        ("400 kwacha", "400", "kwanzas", False),
        ("5000 kwacha", "5000", "MWK", True),  # Malawi's kwacha and Zambia's share the name
        ("5,000 Zambian kwacha", "5000", "MWK", False),
        ("FJ$3,95 billion", "3.95 billion", "FJD", True),  # Y316-156
        ("FJD 3.95 billion", "3.95 billion", "FJD", True),  # Y316-467
        ("$3.95 billion", "3.95 billion", "FJD", False),
        ("7,7 mil millones de dólares", "7.7 billion", "US dollars", True),  # Y324-194: a thousand millions
        ("7,7 mil millones de euros", "7.7 billion", "US dollars", False),
        ("$5 mil", "5 million", "USD", True),  # "mil" alone stays a million
    ],
)
def test_currencies_written_the_way_their_countries_write_them(response, answer, unit, right):
    assert grade_numeric(response, answer, unit=unit, prompt="How much?").correct is right


@pytest.mark.parametrize(("response", "right"), [("9 out of 10", True), ("1 out of 4", False), ("8 out of 10", False), ("9 in 10", True)])
def test_a_share_said_as_so_many_out_of_so_many(response, right):
    """Y320-086, Y327-460: "9 out of 10" for 90% (the count-with-its-total reading is for counts, not percentages)."""
    assert grade_numeric(response, 90, unit="%", prompt="What share of trade is on MFN terms?").correct is right


def test_a_count_out_of_its_total_still_reads_as_the_count():
    assert grade_numeric("184 out of 192", 184, unit="seats", prompt="How many seats did it win?").correct


@pytest.mark.parametrize(
    ("response", "answer", "right"),
    [
        ("Caterpillar Inc.", "Caterpillar", True),  # Y323-170
        ("Novartis AG and Roche Holding AG", "Novartis and Roche", True),  # Y323-072
        ("Komatsu AG", "Caterpillar", False),
    ],
)
def test_a_companys_legal_form(response, answer, right):
    assert grade(_typed("short", "Which company or companies?", answer), response).correct is right


def test_a_legal_form_after_a_country_is_no_company():
    assert not grade(_typed("short", "Which country?", "Germany"), "Germany AG").correct


@pytest.mark.parametrize(
    ("response", "answer", "accept", "right"),
    [
        ("International Criminal Court", "International Chamber of Commerce", ("ICC",), False),  # Y331-403, a false accept
        ("ICC", "International Chamber of Commerce", ("ICC",), True),
        ("the Treaty on the Non-Proliferation of Nuclear Weapons", "Nuclear Non-Proliferation Treaty", ("NPT",), True),
        ("International Criminal Court", "ICC", (), True),  # the acronym alone: the list's expansion stands
    ],
)
def test_an_acronym_the_answer_spells_out_is_that_expansion(response, answer, accept, right):
    question = SimpleNamespace(
        type="short", prompt="Which body?", answer=answer, accept=accept, unit=None, tolerance=None, gaps=(), choices=(),
        items=(), text="", category=None, explanation="",
    )
    assert grade(question, response).correct is right


@pytest.mark.parametrize(
    ("response", "unit", "right"),
    [
        ("14%", "% per annum", True),  # Y337-278
        ("fourteen percent a year", "% per annum", True),  # Y337-279
        ("14 per cent per annum", "% per annum", True),  # Y337-280
        ("14% p.a.", "% per annum", True),
        ("15% per annum", "% per annum", False),
        ("14% a month", "% per annum", False),
        ("14 per cent per annum", "%", False),  # where the question gives no period, a year said is still another figure
    ],
)
def test_a_rate_per_annum(response, unit, right):
    assert grade_numeric(response, 14, unit=unit, prompt="At what level did the central bank keep its key rate?").correct is right


@pytest.mark.parametrize(
    ("response", "unit", "prompt", "right"),
    [
        ("31 prisoners died", "inmates", "How many inmates died in the riot?", True),
        ("14 inmates", "prisoners", "How many prisoners escaped?", True),
        ("31 guards", "inmates", "How many inmates died in the riot?", False),
        ("5 counts", "charges", "On how many charges was he convicted?", True),
        ("5 counties", "charges", "On how many charges was he convicted?", False),
    ],
)
def test_inmates_and_counts_said_by_other_words(response, unit, prompt, right):
    """Y336-360, Y336-383, Y340-506."""
    assert grade_numeric(response, int(response.split()[0]), unit=unit, prompt=prompt).correct is right


def test_the_airport_the_question_names_is_not_what_it_counts():
    """Y345-118, a false accept: "15 airports" where the question asks how many flights were diverted from Copenhagen
    airport ("airports" is the question's word, for another thing)."""
    prompt = "About how many flights were diverted from Copenhagen airport, according to the airport spokeswoman quoted by AFP?"
    assert not grade_numeric("15 airports", 15, unit="flights", prompt=prompt).correct
    assert grade_numeric("about 15 flights", 15, unit="flights", prompt=prompt).correct


def _short(prompt: str, answer: str, accept: tuple[str, ...] = (), explanation: str = "") -> SimpleNamespace:
    """A short-answer question as a pack gives it."""
    return SimpleNamespace(type="short", prompt=prompt, answer=answer, accept=accept, explanation=explanation, category=None)


@pytest.mark.parametrize(
    ("response", "unit", "prompt", "right"),
    [
        ("14 tourists", "prisoners", "How many prisoners were freed in the exchange?", False),  # the latent false accept
        ("14 citizens", "prisoners", "How many prisoners were freed in the exchange?", False),
        ("14 hostages", "prisoners", "How many prisoners were freed in the exchange?", False),  # another group in an exchange
        ("14 students", "prisoners", "How many prisoners were freed in the exchange?", False),
        ("14 detainees", "prisoners", "How many prisoners were freed in the exchange?", True),
        ("14 inmates", "prisoners", "How many prisoners were freed in the exchange?", True),
        ("14 people", "prisoners", "How many prisoners were freed in the exchange?", True),
        ("14 men", "prisoners", "How many prisoners were freed in the exchange?", True),
        ("500 participants", "delegates", "How many delegates attended the summit?", True),
        ("500 attendees", "delegates", "How many delegates attended the summit?", True),
        ("500 victims", "delegates", "How many delegates attended the summit?", False),
        ("500 workers", "delegates", "How many delegates attended the summit?", False),
        ("14 POWs", "prisoners", "How many prisoners were freed in the exchange?", True),  # Y384-321's prisoners of war
        ("3,862 citizens", "nationals", "How many Indian nationals were evacuated from Sudan?", True),
        ("3,862 evacuees", "nationals", "How many Indian nationals were evacuated from Sudan?", True),  # the prompt's verb
        ("3,862 tourists", "nationals", "How many Indian nationals were evacuated from Sudan?", False),
        ("0.8 crore voters", "citizens", "Over how many citizens were eligible to vote in Chad's May 2024 presidential election?", True),
    ],
)
def test_people_of_one_kind_are_not_people_of_another(response, unit, prompt, right):
    """People as such ("people", "men") stand for any group the question counts, and a kind for its own other names
    ("inmates" for prisoners, Y258-120's voters for citizens eligible to vote); one group held every kind, so
    "14 tourists" passed for 14 prisoners."""
    value = 8_000_000 if "crore" in response else int(response.split()[0].replace(",", ""))
    assert grade_numeric(response, value, unit=unit, prompt=prompt).correct is right


def test_a_currency_revalued_is_not_one_devalued():
    """Y362-366, a false accept: "it was revalued by 50%" where the question asks by how much the currency was devalued."""
    prompt = "By how much did Javier Milei's government devalue Argentina's currency in December 2023?"
    assert not grade_numeric("it was revalued by 50%", 50, unit="%", prompt=prompt).correct
    assert not grade_numeric("it appreciated by 50%", 50, unit="%", prompt=prompt).correct
    assert grade_numeric("it was devalued by 50%", 50, unit="%", prompt=prompt).correct
    assert grade_numeric("depreciated 50%", 50, unit="%", prompt=prompt).correct
    assert grade_numeric("50%", 50, unit="%", prompt=prompt).correct


@pytest.mark.parametrize(
    ("response", "answer", "prompt", "right"),
    [
        ("John Adams", "John Quincy Adams", "Which Secretary of State under President Monroe drew up the Monroe Doctrine?", False),  # Y363-010
        ("J. Q. Adams", "John Quincy Adams", "Which Secretary of State under President Monroe drew up the Monroe Doctrine?", True),
        ("John Quincy Adams", "John Adams", "Who was the second President of the United States?", False),  # his son
        ("President John Adams", "John Adams", "Who was the second President of the United States?", True),
        ("Ajit Doval", "Ajit Kumar Doval", "Who is India's National Security Adviser?", True),  # his own shorter name
        ("Ajit Kumar Doval", "Ajit Doval", "Who is India's National Security Adviser?", True),
        ("George H. W. Bush", "George W. Bush", "Which US president awarded Ellen Johnson Sirleaf the Medal of Freedom in 2007?", False),  # Y366-490
        ("President George W Bush", "George W. Bush", "Which US president awarded Ellen Johnson Sirleaf the Medal of Freedom in 2007?", True),
        ("George W. Bush", "George H. W. Bush", "Which US president led the coalition in the 1991 Gulf War?", False),
        ("George H.W. Bush", "George H. W. Bush", "Which US president led the coalition in the 1991 Gulf War?", True),
    ],
)
def test_a_middle_name_left_out_or_put_in_that_names_another_person(response, answer, prompt, right):
    """A middle name may be left out or put in, unless the name that leaves is someone else's (the father's, the son's)."""
    question = _short(prompt, answer)
    assert grade(question, response).correct is right


def test_the_son_is_not_the_father_through_an_accepted_short_name():
    """Y385-180, a false accept: "George W. Bush" where the answer is George H.W. Bush and "George Bush" is accepted
    (its "W" read as an abbreviation, "George West Bush", and that name found the accepted one)."""
    prompt = "Which US president signed the 1991 Acid Rain Treaty with Brian Mulroney?"
    accept = ("George Bush", "Bush", "George H. W. Bush")
    question = _short(prompt, "George H.W. Bush", accept)
    assert not grade(question, "George W. Bush").correct
    assert grade(question, "George Bush").correct
    assert grade(question, "George H W Bush").correct


def test_the_father_is_not_the_son_by_the_accepted_initials():
    """Y363-010 as written: the question accepts "J. Q. Adams", and "John Adams" read as it with an initial left out."""
    prompt = "Which Secretary of State under President Monroe drew up the ideas behind the Monroe Doctrine, according to the article?"
    question = _short(prompt, "John Quincy Adams", ("J. Q. Adams",))
    assert not grade(question, "John Adams").correct
    assert grade(question, "J.Q. Adams").correct
    assert grade(question, "John Quincy Adams").correct


@pytest.mark.parametrize(
    ("response", "answer", "prompt", "right"),
    [
        ("Rising Rain", "Rain Rising", "What was the title of Nirupama Rao's first book of poems, published in 2004?", False),  # Y359-175
        ("Rain Rising", "Rain Rising", "What was the title of Nirupama Rao's first book of poems, published in 2004?", True),
        ("The Way India", "The India Way", "Which book did S Jaishankar publish in 2020?", False),
        ("India Way", "The India Way", "Which book did S Jaishankar publish in 2020?", True),
        ("Jaishankar S", "S Jaishankar", "Who wrote the book The India Way?", True),  # the author's name, not the title
    ],
)
def test_a_works_title_is_read_in_its_order(response, answer, prompt, right):
    question = _short(prompt, answer)
    assert grade(question, response).correct is right


def test_basis_points_for_percentage_points_and_meps_for_members():
    """Y362-153: "20 basis points" where the question asks by how many percentage points (0.2) was read as "20 basis
    percentage points"; Y358-233: "719 MEPs" for the European Parliament's 719 members."""
    prompt = "By how many percentage points did the IMF raise India's 2023-24 GDP forecast in October 2023 compared with July?"
    assert grade_numeric("20 basis points", 0.2, unit="percentage points", prompt=prompt).correct
    assert grade_numeric("20 bps", 0.2, unit="percentage points", prompt=prompt).correct
    assert not grade_numeric("2 basis points", 0.2, unit="percentage points", prompt=prompt).correct
    assert grade_numeric("0.2 points", 0.2, unit="percentage points", prompt=prompt).correct
    prompt = "How many members did the European Parliament have at the time of the July 2024 vote?"
    assert grade_numeric("719 MEPs", 719, unit="members", prompt=prompt).correct
    assert not grade_numeric("719 senators", 719, unit="members", prompt=prompt).correct
    assert not grade_numeric("720 MEPs", 719, unit="members", prompt=prompt).correct


@pytest.mark.parametrize(
    ("response", "right"),
    [
        ("I think 2,220 km", False),  # Y375-339: a digit changed, converted to the accepted "1367 miles" within 1%
        ("2,220 kilometers", False),
        ("2,200 km", True),
        ("1367 miles", True),
        ("about 1,370 miles", True),  # a conversion within 1%, as "about 500 miles" for 800 km is
        ("1,400 miles", False),
    ],
)
def test_a_figure_in_the_answers_unit_is_not_converted_to_an_accepted_other_unit(response, right):
    prompt = "According to Arab News, what is the range of Pakistan's Ababeel missile?"
    assert grade_numeric(response, "2200", accept=["2,200 km", "1367 miles"], unit="km", prompt=prompt).correct is right


@pytest.mark.parametrize(("response", "right"), [("about 22 km", True), ("22.2 km", True), ("23 km", False), ("about 370 km", False)])
def test_a_conversion_is_right_as_the_learner_rounded_it(response, right):
    assert grade_numeric(response, "12", unit="nautical miles", prompt="How far do a country's territorial waters extend?").correct is right


def test_a_unit_the_question_does_not_ask_is_no_description():
    """Y394-078, a false accept: "nine months" where the question asks a war of more than how many years (a short
    answer "nine") was read as the answer with a word saying what it is."""
    prompt = "RFE/RL says the Soviet invasion kicked off a war of more than how many years between mujahedin groups and Soviet forces?"
    question = _short(prompt, "nine", explanation="a war of more than nine years")
    assert not grade(question, "nine months").correct
    assert grade(question, "nine years").correct
    assert grade(question, "9 years").correct


def test_the_town_a_camp_is_named_for_is_not_the_camp():
    """Y396-283, a false accept: "Kigali" where the question asks for the military camp, Camp Kigali ("camp" is the
    question's word, so it could be left off); a base or camp with a name of its own still may be ("Bagram")."""
    prompt = "To which military camp were the ten Belgian peacekeepers taken and killed on 7 April 1994?"
    question = _short(prompt, "Camp Kigali")
    assert not grade(question, "Kigali").correct
    assert grade(question, "Kigali camp").correct
    bagram = _short("From which air base did the US leave Afghanistan?", "Bagram Air Base")
    assert grade(bagram, "Bagram").correct


def test_one_brother_is_not_the_brothers():
    """Y398-342, a false accept: "Shaukat Ali" matched the accepted "the Ali brothers" with "brothers" left off as the
    question's word."""
    question = _short(
        "Which two brothers led the Khilafat Movement in India?", "Mohammed Ali and Shaukat Ali",
        ("the Ali brothers", "Shaukat Ali and Mohammed Ali"), "The Ali brothers, Mohammed Ali and Shaukat Ali.",
    )
    assert not grade(question, "Shaukat Ali").correct
    assert grade(question, "the Ali brothers").correct
    assert grade(question, "Ali brothers").correct


def test_a_number_more_in_a_list_of_numbers_is_an_item_added():
    """Y404-267, a false accept: "4, 5, 6 and 3" where the question asks which three reactors (4, 5 and 6): the
    question's "three" made "3" read as its own word."""
    prompt = "Which three reactors at Fukushima I had been shut down for planned maintenance before the earthquake?"
    question = _short(prompt, "4, 5 and 6")
    assert not grade(question, "4, 5, 6 and 3").correct
    assert grade(question, "6, 5 and 4").correct
    assert grade(question, "reactors 4, 5 and 6").correct


def test_a_given_name_of_its_own_is_not_the_answers_middle_initial():
    """Y399-309, a false accept: "Wesley Clark" where the answer is Mark W. Clark: "Wesley" was read as the "W." and the
    surname alone named the person."""
    question = _short(
        "Which UN Commander proposed the exchange of sick and wounded soldiers?", "Mark W. Clark",
        ("General Mark W. Clark", "Mark Clark"), "UN Commander General Mark W. Clark proposed an exchange.",
    )
    assert not grade(question, "Wesley Clark").correct
    assert grade(question, "Mark Wayne Clark").correct
    assert grade(question, "General Clark").correct


def test_a_number_for_an_answer_with_none_is_not_called_a_number_mismatch():
    """"Numbers must match exactly" only where the answer has a number; "2023" for Khalistan is simply not it."""
    question = _short("Which movement's extremism was the Canadian citizen linked to?", "Khalistan")
    assert grade(question, "2023").detail == "'2023' is not the answer 'Khalistan'"
    assert grade(question, "Khalistan 2023").detail == "'Khalistan 2023' adds to the answer 'Khalistan' something it does not say"
    war = _short("Which war?", "World War II")
    assert grade(war, "World War 1").detail.startswith("Numbers must match exactly")


# --- the twenty-fifth session: rounds 405 and after -------------------------------------------


@pytest.mark.parametrize(
    ("response", "prompt", "right"),
    [
        ("114 votes to 16", "How many votes did the resolution receive in favour?", True),
        ("114-16", "How many votes did the resolution receive in favour?", True),
        ("114 votes, with 16 against", "How many votes did the resolution receive in favour?", True),
        ("by 114 votes to 16, with 3 abstentions", "How many votes did the resolution receive in favour?", True),
        ("16 to 114", "How many votes did the resolution receive in favour?", False),  # the other side first
        ("115 votes to 16", "How many votes did the resolution receive in favour?", False),
        ("114 votes to 16", "How many votes were cast against the resolution?", False),  # the question asks the other side
        ("114 votes to 16", "What was the total number of votes cast?", False),
    ],
)
def test_a_vote_reported_whole_gives_the_votes_for(response, prompt, right):
    """"114 votes to 16" is how a vote is reported; the figure asked comes first."""
    said = "It passed by 114 votes to 16, with 3 abstentions."
    assert grade_numeric(response, "114", unit="votes", prompt=prompt, explanation=said).correct is right


def test_a_generic_head_noun_counted_is_another_thing_than_the_answer_counts():
    """"47 countries" for 47 prefectures: "countries" may stand beside a name, not for what is counted."""
    prompt = "In how many of Japan's prefectures is Nihon Hidankyo found?"
    assert not grade_numeric("47 countries", "47", unit="prefectures", prompt=prompt).correct
    assert not grade_numeric("7 ports", "7", unit="berths", prompt="How many berths are there?").correct
    assert grade_numeric("47 prefectures", "47", unit="prefectures", prompt=prompt).correct
    assert grade_numeric("47 nations", "47", unit="countries", prompt="How many countries signed?").correct
    assert grade_numeric("47 member states", "47", unit="countries", prompt="How many countries signed?").correct


def test_a_range_of_counts_that_looks_like_years_is_read_as_counts():
    question = _short("How many people were killed?", "1,200 to 1,500 people")
    assert grade(question, "1200 to 1500").correct and grade(question, "between 1200 and 1500").correct
    assert not grade(question, "1300 to 1500").correct
    years = _short("When was the war fought?", "1939 to 1945")
    assert grade(years, "1939-45").correct and not grade(years, "1939 to 1946").correct


def test_a_seat_after_a_name_is_harmless():
    question = _short("Who signed the Edinburgh Agreement as Secretary of State for Scotland?", "Michael Moore")
    assert grade(question, "Michael Moore MP").correct
    assert not grade(_short("Which Deputy First Minister co-signed it?", "Nicola Sturgeon"), "Alex Salmond MSP").correct


def test_the_soviet_union_by_its_other_names_but_not_russia():
    question = _short("Which country launched Sputnik?", "Soviet Union")
    for name in ("USSR", "the USSR", "U.S.S.R.", "Union of Soviet Socialist Republics"):
        assert grade(question, name).correct, name
    assert not grade(question, "Russia").correct
    assert grade(_short("Which country launched Sputnik?", "USSR"), "Soviet Union").correct


def test_crowns_are_the_kronor_and_the_koruna():
    prompt = "How much is the Nobel prize worth?"
    for said in ("8 million Swedish kronor", "8 million SEK", "8 million crowns", "eight million SEK"):
        assert grade_numeric(said, "8 million", unit="Swedish crowns", prompt=prompt).correct, said
    for said in ("8 million Danish kroner", "8 million NOK", "8 million Czech crowns"):
        assert not grade_numeric(said, "8 million", unit="Swedish crowns", prompt=prompt).correct, said
    assert grade_numeric("8 million crowns", "8 million", unit="CZK", prompt="How much?").correct


def test_fragments_of_debris_are_its_pieces():
    assert grade_numeric("916 fragments", "916", unit="pieces", prompt="How many pieces of debris were tracked?").correct


def test_per_the_thing_the_question_prices_is_no_other_figure():
    prompt = "What did a barrel of Saudi Arabian crude oil cost in September 1973?"
    for said in ("US$ 2.59 per barrel", "$2.59/barrel", "$2.59 a barrel"):
        assert grade_numeric(said, "2.59", unit="US dollars", prompt=prompt).correct, said
    for said in ("$2.59 per tonne", "$2.59 per day"):
        assert not grade_numeric(said, "2.59", unit="US dollars", prompt=prompt).correct, said


def test_a_list_asked_from_lowest_to_highest_is_read_in_its_order():
    tiers = "According to SciDev.Net, what are the three tiers of the Indian tsunami warning system, from lowest to highest?"
    wrong = grade(_short(tiers, "watch, alert and warning"), "watch, warning and alert")
    assert not wrong.correct and wrong.detail == "The order matters here: the answer is 'watch, alert and warning'"
    assert grade(_short("What are the three tiers of the warning system?", "watch, alert and warning"), "watch, warning and alert").correct
    assert not grade(_short("Which city?", "Wilmington, Delaware"), "Wilmington, North Carolina").correct


def test_a_fiscal_year_written_short_is_a_span_of_years_not_a_month():
    """"2004-5" and "2004-05" are the fiscal year 2004 to 2005 as Indian pages write it, not May 2004."""
    question = _short("In which year?", "2004-5")
    assert grade(question, "2004-05").correct and grade(question, "2004-2005").correct
    assert not grade(question, "2004-06").correct and not grade(question, "May 2004").correct
    assert grade(_short("In which financial year?", "2004-05"), "2004-5").correct


def test_a_vote_given_as_for_and_against():
    question = _short("How many votes did the resolution receive in favour?", "49 votes", explanation="49 in favour, 35 against.")
    assert grade(question, "49 in favour and 35 against").correct
    assert not grade(question, "35 in favour and 49 against").correct


def test_a_tally_counts_only_where_its_other_figures_are_the_questions():
    """"124 in favour and 11 against" where the 11 abstained: the other figures of a tally must be said somewhere."""
    prompt = "How many votes did the resolution receive in favour?"
    said = "It passed by 114 votes to 16, with 3 abstentions."
    assert grade_numeric("114 votes to 16", "114", unit="votes", prompt=prompt, explanation=said).correct
    assert not grade_numeric("114 votes to 17", "114", unit="votes", prompt=prompt, explanation=said).correct
    assert not grade_numeric("114 votes to 16", "114", unit="votes", prompt=prompt).correct
    assert grade(_short(prompt, "114 votes", explanation=said), "114 in favour and 16 against").correct


def test_a_place_of_a_state_gone_lies_in_it():
    assert grade(_short("In which city was the treaty signed?", "Moscow"), "in Moscow, USSR").correct
    assert grade(_short("Where was the first NAM summit held?", "Belgrade"), "Belgrade, Yugoslavia").correct
    assert not grade(_short("Where was the first NAM summit held?", "Belgrade"), "Belgrade, USSR").correct


def test_a_speed_per_hour_is_no_price_per_thing():
    assert grade_numeric("185 miles per hour", "185", unit="mph", prompt="What was its top speed in miles per hour?").correct


def test_a_vote_tally_the_other_way_round_is_the_vote_lost():
    question = _short("By what vote did the ICJ find that the permits did not fall within Article VIII?", "12 votes to 4")
    assert not grade(question, "4 votes to 12").correct
    assert grade(question, "12-4").correct and grade(question, "twelve to four").correct
    assert grade(_short("What was the range?", "5 to 10 degrees"), "10 to 5 degrees").correct  # a span has no direction


def test_a_date_alone_where_the_date_and_the_city_are_asked_is_half_the_answer():
    question = _short("On what date and in which city was the Convention on the OECD signed?", "14 December 1960, Paris")
    assert not grade(question, "14 December 1960").correct and not grade(question, "Paris").correct
    assert grade(question, "Paris, 14 December 1960").correct
    assert grade(_short("Where is the plant?", "Dholera, Gujarat"), "Dholera").correct


def test_a_rate_over_another_period_is_another_figure():
    prompt = "According to TIME (December 1975), how many barrels of crude a day did the wells of Ras Sudr produce?"
    for said in ("3,000 barrels a month", "3,000 barrels a year", "3000 a week"):
        assert not grade_numeric(said, "3000", unit="barrels a day", prompt=prompt).correct, said
    for said in ("3000 bpd", "3,000 barrels per day", "3,000 barrels"):
        assert grade_numeric(said, "3000", unit="barrels a day", prompt=prompt).correct, said
    assert grade_numeric("a quarter of a million barrels per day", "250000", unit="barrels per day", prompt="How many barrels per day?").correct


def test_an_article_and_its_letter_is_no_temperature():
    """"371F" is Article 371F, not 371 °F: "Article 371" is another article."""
    question = _short("Which article of the Constitution contains special provisions for the state of Sikkim?", "Article 371F", ("371F", "371-F"))
    assert not grade(question, "Article 371").correct and not grade(question, "371").correct
    assert grade(question, "371 F").correct and grade(question, "Article 371-F").correct
    assert grade(_short("What was the temperature?", "100F"), "100 degrees Fahrenheit").correct


def test_the_family_name_of_a_line_of_rulers_is_not_the_ruler_asked():
    assert not grade(_short("Who was the 12th and last Chogyal of Sikkim?", "Palden Thondup Namgyal"), "Namgyal").correct
    assert grade(_short("Who was the 12th and last Chogyal of Sikkim?", "Palden Thondup Namgyal"), "Palden Namgyal").correct
    assert grade(_short("Who was India's national security adviser?", "Ajit Doval"), "Doval").correct


def test_a_typo_that_lands_on_a_capital_names_that_capital():
    assert not grade(_short("What is the capital of Jamaica?", "Kingston"), "Kingstown").correct
    assert grade(_short("What is the capital of Jamaica?", "Kingston"), "Kingstun").correct
    assert grade(_short("Who led the briefing?", "Sofiya Qureshi"), "Colonel Sofia Qureshi").correct  # a spelling, though Sofia is a capital


def test_a_son_named_by_his_fathers_name_is_not_the_father():
    question = _short("Which UAE president opened the founding GCC meeting in Abu Dhabi in 1981?", "Sheikh Zayed bin Sultan Al Nahyan", ("Zayed bin Sultan Al Nahyan", "Sheikh Zayed"))
    assert not grade(question, "Sheikh Khalifa bin Zayed").correct and not grade(question, "Sheikh Mohammed bin Zayed").correct
    assert grade(question, "Zayed bin Sultan").correct and grade(question, "Sheikh Zayed").correct
    assert grade(_short("Who is the Saudi crown prince?", "Mohammed bin Salman"), "Prince Mohammed bin Salman").correct
    assert grade(_short("Who is the minister?", "Abdulla bin Touq Al Marri"), "Abdulla bin Touq Al Mari").correct


def test_the_old_name_the_question_gives_is_not_the_new_one():
    question = _short("The London Declaration changed the organisation's name from the British Commonwealth to what?", "Commonwealth of Nations")
    assert not grade(question, "British Commonwealth of Nations").correct and grade(question, "Commonwealth of Nations").correct


def test_a_clock_offset_with_the_other_sign_or_direction_is_wrong():
    question = _short("What is the offset of Indian Standard Time from UTC?", "UTC+05:30", ("+5:30", "5 hours 30 minutes ahead"))
    for said in ("UTC-5:30", "UTC−05:30", "5:30 behind UTC", "five and a half hours behind UTC"):
        assert not grade(question, said).correct, said
    for said in ("UTC+5:30", "+5:30", "5:30 ahead", "5.5 hours ahead", "five and a half hours ahead of UTC"):
        assert grade(question, said).correct, said


def test_a_length_of_time_said_in_other_parts_is_the_same_length():
    offset = _short("How far ahead of Greenwich Mean Time was Calcutta Time?", "5 hours 53 minutes 20 seconds")
    assert grade(offset, "5h 53m 20s").correct and not grade(offset, "5h 53m").correct and not grade(offset, "5h 35m 20s").correct
    flight = _short("How long was the flight?", "5 hours 30 minutes")
    for said in ("5.5 hours", "330 minutes", "5 hrs 30 mins", "five and a half hours", "5h 30m"):
        assert grade(flight, said).correct, said
    for said in ("6 hours", "5.3 hours", "5 hours 3 minutes", "30m"):
        assert not grade(flight, said).correct, said


def test_a_decimal_comma_reads_as_the_packs_point():
    question = _short("Indian Standard Time is calculated on the basis of which longitude?", "82.5° E", ("82.5 degrees east",))
    assert grade(question, "82,5° E").correct and grade(question, "82,5 degrees east").correct
    assert not grade(question, "82,6° E").correct and not grade(question, "82,5° W").correct


def test_most_likely_is_a_hedge_not_a_bound():
    assert grade(_short("Which liner sank in April 1912?", "Titanic"), "most likely the Titanic").correct
    assert not grade(_short("Which liner sank in April 1912?", "Titanic"), "most likely the Lusitania").correct
    assert not grade(_short("Which liner sank in April 1912?", "Titanic"), "most likely").correct


def test_an_industrialist_or_a_delegate_is_a_person_asked_for():
    siemens = _short("Which German industrialist managed the construction of the Indo-European telegraph line?", "Werner von Siemens")
    assert grade(siemens, "Werner Siemens").correct and grade(siemens, "von Siemens").correct
    assert not grade(siemens, "Wilhelm Siemens").correct and not grade(siemens, "Werner von Braun").correct
    narula = _short("Which member of the Indian delegation proposed World Post Day?", "Anand Mohan Narula")
    assert grade(narula, "A. M. Narula").correct and not grade(narula, "A. K. Narula").correct


def test_a_word_the_pack_lets_go_may_be_left_out_not_replaced():
    question = _short("Which Sikh battalion belonged to the 29th Indian Infantry Brigade at Gallipoli?", "14th Ferozepur Sikhs", ("14th Sikhs", "Ferozepur Sikhs"))
    assert not grade(question, "14th Ludhiana Sikhs").correct
    assert grade(question, "14th Sikhs").correct and grade(question, "14th Ferozpur Sikhs").correct
    airport = _short("Which airport?", "Tribhuvan International Airport", ("Tribhuvan Airport",))
    assert grade(airport, "Tribhuvan Intl Airport").correct  # a short form, not another name


def test_honorifics_nicknames_and_older_names():
    assert grade(_short("Who was India's President in 1982?", "Zail Singh"), "Giani Zail Singh").correct
    assert grade(_short("Who was the British Prime Minister?", "James Callaghan"), "Jim Callaghan").correct
    assert not grade(_short("Who was the British Prime Minister?", "James Callaghan"), "Tim Callaghan").correct
    assert grade(_short("Who signed for Britain?", "Margaret Thatcher"), "I believe it was Maggie Thatcher").correct
    assert grade(_short("Which port city?", "Tianjin"), "Tientsin").correct and grade(_short("Which state?", "Uttarakhand"), "Uttaranchal").correct
    assert not grade(_short("Which state?", "Uttarakhand"), "Uttar Pradesh").correct


def test_an_amount_in_the_units_head_word_leaves_out_its_narrowing_word():
    rupees = _short("How much did Gulab Singh pay under the Treaty of Amritsar?", "75 lakh Nanak Shahi rupees")
    for said in ("75 lakh rupees", "Rs 75 lakh", "7.5 million rupees", "Rs. 75,00,000", "seventy-five lakh rupees"):
        assert grade(rupees, said).correct, said
    for said in ("75 lakh dollars", "75 lakh Indian rupees", "76 lakh rupees"):
        assert not grade(rupees, said).correct, said
    silver = _short("How much did China pay?", "500,000 taels of silver")
    assert grade(silver, "500,000 taels").correct and grade(silver, "5 lakh taels").correct and grade(silver, "500000 taels of silver").correct
    assert not grade(silver, "500,000 taels of gold").correct and not grade(silver, "600,000 taels").correct
    assert not grade(_short("How much coal?", "1000 long tons"), "1000 tons").correct  # a long ton is not a tonne


def test_a_numeric_answers_unit_may_lose_its_narrowing_word_too():
    rupees = SimpleNamespace(
        type="numeric", prompt="How much was Gulab Singh to pay?", answer="75 lakh", unit="Nanak Shahi rupees",
        accept=("7.5 million",), tolerance=None, explanation="", category=None,
    )  # fmt: skip
    assert grade(rupees, "75 lakh rupees").correct and grade(rupees, "Rs. 75,00,000").correct
    assert not grade(rupees, "75 lakh dollars").correct and not grade(rupees, "70 lakh rupees").correct
    taels = SimpleNamespace(type="numeric", prompt="How much?", answer="500,000", unit="taels of silver", accept=(), tolerance=None, explanation="", category=None)
    assert grade(taels, "5 lakh taels").correct and not grade(taels, "5 lakh taels of gold").correct


def test_a_slip_onto_the_name_the_question_gives_is_that_name():
    question = _short("Sangrama Vijayatungavarman was the son of which Srivijayan king?", "Mara Vijayatungavarman", ("Mara Vijayottungavarman",))
    assert not grade(question, "Sangrama Vijayatungavarman").correct
    assert grade(question, "Mara Vijayatungavarmen").correct and grade(question, "Mara Vijayatungavarman").correct
    agency = _short("Which body, the Israeli Security Agency, is known as Shin Bet?", "Israel Security Agency")
    assert grade(agency, "the Israeli Security Agency").correct
