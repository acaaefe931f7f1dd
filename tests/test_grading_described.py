"""A person's name with words that only describe them (nineteenth session, `grading.described`).

Each right answer has a near miss beside it that stays wrong: another country, another office, a lower
office, another person, a denial, a figure, a body's initials in an office the grader cannot check.
"""

from __future__ import annotations

import pytest

from studyapp.grading import grade_text
from studyapp.grading.described import _looks_like_a_name

IFRC = "Which IFRC official in Libya was quoted about the challenges after the Derna floods?"
SV = "Who led Norway's Socialist Left Party when it blocked deep-sea mining licences?"
CBL = "Who was the governor of Libya's central bank who said in 2024 that he had fled the country?"
ISRO = "Which ISRO chairman announced the Debris Free Space Missions initiative at the IADC meet?"
SECRETARY = "Who is India's Defence Secretary?"
TONGA = "Which Tongan Prime Minister was the incoming Forum chair at the 2024 meeting?"
SENATOR = "Who currently chairs the Senate committee on appropriations?"


@pytest.mark.parametrize(
    ("prompt", "answer", "response", "right"),
    [
        (IFRC, "Tamer Ramadan", "IFRC head Tamer Ramadan", True),
        (IFRC, "Tamer Ramadan", "Tamer Ramadan, IFRC head", True),
        (IFRC, "Tamer Ramadan", "Tamer Ramadan of Libya", True),  # the question's country
        (IFRC, "Tamer Ramadan", "Tamer Ramadan of Egypt", False),  # a country it does not name
        (IFRC, "Tamer Ramadan", "Tamer Ramadan and Guy Ryder", False),
        (IFRC, "Tamer Ramadan", "Tamer Ramadan, Guy Ryder", False),
        (IFRC, "Tamer Ramadan", "not Tamer Ramadan", False),
        (IFRC, "Tamer Ramadan", "Tamer Ramadan, IFRC head since 2023", False),  # a figure is a claim
        (IFRC, "Tamer Ramadan", "Guy Ryder, the ILO chief", False),
        (SV, "Kirsti Bergsto", "Kirsti Bergsto, SV leader", True),  # initials beside a role that claims no office
        (SV, "Kirsti Bergsto", "Kirsti Bergsto of the Democratic Party", False),  # a party the question does not name
        (SV, "Kirsti Bergsto", "Kirsti Bergsto, Director of DRDO", False),  # initials in an office: unverifiable
        (CBL, "Sadiq Al-Kabir", "Governor Siddiq Kabir of the CBL", False),  # a body named by initials the question does not give
        (CBL, "Sadiq Al-Kabir", "Siddiq Kabir, Libyan central bank chief", True),  # a typo in the name, a role
        (ISRO, "S. Somanath", "ISRO chief Dr S Somnath", True),
        (SECRETARY, "Rajesh Kumar Singh", "Rajesh Kumar Singh, Deputy Defence Secretary", False),  # a lower office
        (SECRETARY, "Rajesh Kumar Singh", "Defence Minister Rajesh Kumar Singh", False),  # another office
        (TONGA, "Siaosi Sovaleni", "PM Siaosi Sovaleni of Tonga", True),
        (TONGA, "Siaosi Sovaleni", "President Siaosi Sovaleni of Tonga", False),  # the question asks for the PM
        (SENATOR, "Solomon Adeola", "Sen. Solomon Adeola", True),
        (SENATOR, "Solomon Adeola", "former senator Solomon Adeola", False),  # past, where it asks who chairs now
    ],
)
def test_a_name_with_its_description(prompt, answer, response, right):
    assert grade_text(response, answer, prompt=prompt).correct is right


@pytest.mark.parametrize(
    ("answer", "name"),
    [
        ("Tamer Ramadan", True),
        ("Rafael Caro Quintero", True),
        ("Asaad al-Shaibani", True),
        ("Blue Pacific Strategy", False),  # a thing's name
        ("XIX Commonwealth Games", False),
        ("Major General Prasanna Sudhakar Joshi", False),  # a rank in the answer: its own rules judge it
        ("Janine Coye-Felson and Adam McCarthy", False),  # two people
        ("Colonel", False),
    ],
)
def test_only_a_person_s_name_is_described(answer, name):
    assert _looks_like_a_name(answer) is name


def test_the_reason_names_the_part_read_as_the_name():
    result = grade_text("IFRC head Tamer Ramadan", "Tamer Ramadan", prompt=IFRC)
    assert "only describes 'Tamer Ramadan'" in result.detail


@pytest.mark.parametrize(
    ("response", "right"),
    [
        ("Kremlin aide Yury Ushakov", True),  # the seat of government of the question's country, a slip in the name
        ("Yuri Ushakov of Moscow", True),  # its capital
        ("Yuri Ushakov of Paris", False),  # another country's
    ],
)
def test_a_person_placed_by_their_government_s_seat_or_capital(response, right):
    prompt = "Which Russian presidential aide briefed that the nine countries wished to become partners?"
    assert grade_text(response, "Yuri Ushakov", prompt=prompt).correct is right


def test_a_word_that_only_qualifies_the_post_is_no_other_office():
    prompt = "Whom did Anura Kumara Dissanayake defeat in Sri Lanka's presidential run-off in 2024?"
    assert grade_text("opposition leader Sajith Premadsa", "Sajith Premadasa", prompt=prompt).correct


@pytest.mark.parametrize(
    ("response", "answer", "prompt"),
    [
        ("Sheikh Naim Qassem", "Naim Qassem", "Who leads Hezbollah now?"),  # an honorific
        ("SPD co-leader Lars Klingbeil", "Lars Klingbeil", "Who co-leads the SPD?"),  # initials before a loose role
        ("CSU's Alexander Dobrindt", "Alexander Dobrindt", "Which interior minister was named?"),  # a party's, possessive
    ],
)
def test_honorifics_and_party_initials_before_a_name(response, answer, prompt):
    assert grade_text(response, answer, prompt=prompt).correct
