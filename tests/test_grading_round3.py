"""Round 3 of the fair examiner: the causes of holdout2's false accepts and largest false-reject
families, each with a right and a wrong example (see docs/grading.md, "Rounds")."""

from __future__ import annotations

import pytest

from studyapp.grading import grade_numeric, grade_text


@pytest.mark.parametrize(
    ("response", "answer", "prompt", "explanation", "right"),
    [
        ("over 600", "600 personnel", "How many personnel did India send?", "", False),
        ("at least 8", "8 nations", "How many nations took part?", "", False),
        ("more than 600", 600, "How many personnel?", "", False),
        ("under 600", 600, "How many personnel?", "", False),
        ("up to 600", 600, "How many personnel?", "", False),
        ("over 40,000", 40000, "How many?", "The document says over 40,000 took part.", True),
        ("40,000+", 40000, "How many?", "It trained more than 40,000 troops.", True),
        ("up to ₹34,500 crore", "34,500 crore INR", "To how much could the deal rise?", "", True),
        ("about 600", 600, "How many personnel?", "", True),
        ("around 600", 600, "How many personnel?", "", True),
        ("~600", 600, "How many personnel?", "", True),
        ("nearly 600", 600, "How many personnel?", "", True),  # the figure rounded from above, as reports write it
        ("nearly 30", 31, "How many drones?", "", False),  # 'nearly 30' says fewer than 30
    ],
)
def test_a_directional_qualifier_needs_the_documents_direction(response, answer, prompt, explanation, right):
    assert grade_numeric(response, answer, prompt=prompt, explanation=explanation).correct is right


@pytest.mark.parametrize(
    ("response", "answer", "right"),
    [
        ("CANZUS", "CANZUK", False),
        ("EUAM", "European Union Military Assistance Mission", False),
        ("Nanok", "NANOOK", True),  # a doubled letter left out is a slip
        ("CANZUK", "CANZUK", True),
        ("EUMAM", "European Union Military Assistance Mission", True),
    ],
)
def test_no_typo_is_forgiven_in_an_acronym(response, answer, right):
    accept = ["EUMAM"] if answer.startswith("European") else []
    assert grade_text(response, answer, accept, prompt="Which one?").correct is right


@pytest.mark.parametrize(
    ("response", "answer", "right"),
    [
        ("Salur", "Sulur", False),  # a swapped letter at the start of a short place name: another town
        ("Prestwich", "Prestwick", False),  # a swapped last letter: another town
        ("Lativa", "Latvia", True),
        ("Ottowa", "Ottawa", True),
        ("Venezuala", "Venezuela", True),
    ],
)
def test_a_swapped_letter_at_a_short_names_start_or_any_names_end_is_another_name(response, answer, right):
    assert grade_text(response, answer, prompt="Where?").correct is right


@pytest.mark.parametrize(
    ("response", "right"),
    [("Basic Exchange Agreement", False), ("Basic Exchange and Cooperation Agreement", True), ("BECA", True)],
)
def test_a_word_missing_inside_a_name_is_not_left_off(response, right):
    prompt = "Which agreement on geospatial cooperation did India and the US sign?"
    assert grade_text(response, "Basic Exchange and Cooperation Agreement", ["BECA"], prompt=prompt).correct is right


@pytest.mark.parametrize(
    ("response", "right"),
    [("3 missiles", False), ("3 batteries", True), ("3 missile batteries", True), ("three batteries", True)],
)
def test_a_prompts_modifier_is_not_the_answers_count_noun(response, right):
    prompt = "How many missile batteries will the Philippines get under the initial deal?"
    assert grade_numeric(response, 3, unit="batteries", prompt=prompt).correct is right


@pytest.mark.parametrize(
    ("response", "answer", "prompt", "right"),
    [
        ("India sent 600 personnel", "600 personnel", "How many personnel did India send?", True),
        ("they signed deals worth $3 bn", "$3 billion", "What were the deals worth?", True),
        ("eight nations took part", "8 nations", "How many nations?", True),
        ("it can hit targets 290 km away", "290 km", "What is the missile's range?", True),
        ("India sent 700 personnel", "600 personnel", "How many personnel did India send?", False),
        ("India sent 600 more personnel", "600 personnel", "How many personnel did India send?", False),
        ("they did not sign deals worth $3 bn", "$3 billion", "What were the deals worth?", False),
        ("they signed deals worth $3 bn each", "$3 billion", "What were the deals worth?", False),
        ("eight nations took part with 20 ships", "8 nations", "How many nations?", False),
    ],
)
def test_a_figure_in_a_sentence_with_a_verb(response, answer, prompt, right):
    assert grade_numeric(response, answer, prompt=prompt).correct is right


@pytest.mark.parametrize(
    ("response", "right"),
    [("the phase began on 6 August 2024", True), ("the phase began on 7 August 2024", False), ("the phase never began on 6 August 2024", False)],
)
def test_a_date_in_a_sentence_with_a_verb(response, right):
    assert grade_text(response, "6 August 2024", prompt="When did the second phase begin?").correct is right


@pytest.mark.parametrize(
    ("response", "answer", "prompt", "right"),
    [
        ("General Upendra Dwivedi", "Upendra Dwivedi", "Who was India's Chief of the Army Staff?", True),
        ("COAS Gen Upendra Dwivedi", "Upendra Dwivedi", "Who was India's Chief of the Army Staff?", True),
        ("Admiral Upendra Dwivedi", "Upendra Dwivedi", "Who was India's Chief of the Army Staff?", False),
        ("General Upendra Dwivedi", "Upendra Dwivedi", "Who visited Nepal?", True),  # no office named (round 4)
        ("FM Melanie Joly", "Mélanie Joly", "Who is Canada's foreign minister?", True),
        ("PM Melanie Joly", "Mélanie Joly", "Who is Canada's foreign minister?", False),
    ],
)
def test_a_rank_or_title_the_post_in_the_question_implies(response, answer, prompt, right):
    assert grade_text(response, answer, prompt=prompt).correct is right


@pytest.mark.parametrize(
    ("response", "answer", "right"),
    [
        ("both world wars", "2 world wars", True),
        ("both", "3 world wars", False),
        ("half a dozen", "6 helicopters", True),
        ("2 dozen", "24 helicopters", True),
        ("two dozen", "24 helicopters", True),
        ("a dozen", "24 helicopters", False),
        ("2 dozen", "2 helicopters", False),
    ],
)
def test_both_and_dozens_are_counts(response, answer, right):
    assert grade_numeric(response, answer, prompt="How many?").correct is right


@pytest.mark.parametrize(
    ("response", "right"),
    [("31st Dec '24", True), ("31 Dec ’24", True), ("31st Dec '23", False), ("30th Dec '24", False)],
)
def test_a_two_digit_year_after_a_month(response, right):
    assert grade_text(response, "31 December 2024", prompt="When did it end?").correct is right


@pytest.mark.parametrize(
    ("response", "right"),
    [("FY24", True), ("FY 2023-24", True), ("FY25", False), ("FY 2022-23", False)],
)
def test_indian_financial_years(response, right):
    assert grade_text(response, "2023-24", prompt="For which financial year?").correct is right


@pytest.mark.parametrize(
    ("response", "right"),
    [
        ("-2000 crore", True),
        ("minus 2,000 crore", True),
        ("-₹2,000 crore", True),
        ("−₹2,000 crore", True),
        ("2,000 crore", False),
        ("+2000 crore", False),
        ("-2000 lakh", False),
    ],
)
def test_signed_crore_amounts_with_the_scale_in_the_unit(response, right):
    prompt = "By how much did the revised estimate differ from the budget? Give revised minus budgeted."
    assert grade_numeric(response, -2000, unit="crore rupees", prompt=prompt).correct is right


@pytest.mark.parametrize(
    ("response", "right"),
    [("not Lithuania but Latvia", True), ("not Latvia but Lithuania", False), ("not Latvia", False), ("not Lithuania but Estonia", False)],
)
def test_not_x_but_the_answer(response, right):
    assert grade_text(response, "Latvia", prompt="Which Baltic country?").correct is right


@pytest.mark.parametrize(
    ("response", "answer", "right"),
    [
        ("a fall of ₹2,000 crore", -2000, True),
        ("the estimate was 2,000 crore lower", -2000, True),
        ("a fall of ₹3,000 crore", -2000, False),
        ("2,000 crore higher", -2000, False),
        ("a fall of ₹2,000 crore", 2000, False),  # a fall is no positive amount
    ],
)
def test_a_fall_or_a_lower_figure_is_a_negative_difference(response, answer, right):
    prompt = "By how much did the revised estimate differ from the budget? Give revised minus budgeted."
    assert grade_numeric(response, answer, unit="crore rupees", prompt=prompt).correct is right


def test_a_list_keeps_its_order_when_the_prompt_asks_for_the_order_the_article_gives():
    # found by the round-3 blind set (holdout3 R718/R720), fixed after its score was frozen
    from studyapp.grading import grade_text

    prompt = "List the four ships in the order the article gives them (order of commissioning)."
    answer = "Visakhapatnam, Mormugao, Imphal, Surat"
    assert grade_text("Visakhapatnam, Mormugao, Imphal, Surat", answer, prompt=prompt).correct
    assert not grade_text("Mormugao, Visakhapatnam, Imphal, Surat", answer, prompt=prompt).correct
    assert not grade_text("Surat, Imphal, Mormugao, Visakhapatnam", answer, prompt=prompt).correct
    assert grade_text("Mormugao, Visakhapatnam, Imphal, Surat", answer, prompt="Name the four ships.").correct
