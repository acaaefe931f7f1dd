"""Every phrasing issue 12 lists, on the real bundled question it fits: a fair examiner's verdict."""

from __future__ import annotations

import re

import pytest

from studyapp.grading import grade
from studyapp.packs import load_packs
from studyapp.paths import BUNDLED_PACKS

QUESTIONS = {f"{pack.id}/{q.id}": q for pack in load_packs([BUNDLED_PACKS]).packs for q in pack.questions}

RIGHT = [
    ("canada-france/cf-nato-founded-year", "in 1949"),
    ("canada-us/us-nato-founded-year", "in 1949"),
    ("canada-us/us-ukraine-support-since", "since 2022"),
    ("canada-us/us-latvia-brigade-year", "by 2026"),
    ("canada-us/us-ukraine-trained", "over 40,000"),
    ("canada-us/us-middle-east-total", "more than $4.6 billion"),
    ("canada-india/india-students-share", "around 40%"),
    ("canada-india/india-indo-canadians", "about 1.8 million"),
    ("canada-us/us-ukraine-trained", "40,000+"),
    ("canada-us/us-norad-anniversary", "the 65th"),
    ("canada-us/us-nato-founded-year", "I think it was 1949"),
    ("canada-france/cf-nato-founded-year", "April 1949"),
    ("canada-israel/ci-israel-established-year", "14 May 1948"),
    ("canada-timeline/tl-israel-established", "14 May 1948"),
    ("canada-india/india-allegation-year", "September 2023"),
    ("canada-france/cf-what-1949", "North Atlantic Treaty Organization (NATO)"),  # the acronym asked, the full name with it given
    ("canada-us/us-norad-acronym", "North American Aerospace Defense Command (NORAD)"),
    ("canada-france/cf-france-ukraine-mission", "European Union Military Assistance Mission (EUMAM)"),
    ("canada-intelligence/intel-joly", "Foreign Minister Mélanie Joly"),
    ("canada-india/india-doval", "NSA Ajit Doval"),
    ("canada-france/cf-normandy-place", "Normandy, France"),
    ("canada-india/india-talks-city", "Ottawa, Canada"),
    ("canada-us/us-caribbean-region", "the Caribbean region"),
    ("canada-israel/ci-defence-era", "Cold War period"),
    ("canada-israel/ci-israel-benefits-peacekeeping", "peacekeeping missions"),
    ("canada-intelligence/intel-canzuk", "CANZUK countries"),
    ("canada-intelligence/intel-huawei", "Huawei Technologies"),
    ("canada-us/us-ukraine-support-total", "CAD$9.7 billion"),
    ("canada-india/india-trade-total", "US $8.55 billion"),
    ("canada-india/india-trade-total", "8.55 billion U.S. dollars"),
    ("canada-india/india-indo-canadians", "18 lakh"),
    ("canada-india/india-nri", "10 lakh"),
    ("canada-us/us-leopard", "Leopard 2"),
    ("canada-us/us-nasams-cloze", ["NASAMS", "Leopard 2"]),
    ("canada-france/cf-disinfo-initiatives-cloze", ["Group of 7", "Journalism"]),
    ("canada-us/us-nato-founded-year", "nineteen forty-nine"),
    ("canada-france/cf-world-wars-count", "two"),
]

WRONG = [
    ("canada-india/india-indo-canadians", "1.8 lakh"),  # 180,000
    ("canada-india/india-nri", "1 crore"),  # 10 million
    ("canada-us/us-ukraine-support-total", "9.7 billion USD"),
    ("canada-india/india-trade-total", "₹8.55 billion"),
    ("canada-us/us-ukraine-trained", "40,000 tanks"),
    ("canada-us/us-leopard", "Leopard 3"),
    ("canada-us/us-latvia-place", "Lithuania"),
    ("canada-us/us-latvia-place", "Latvia and Estonia"),
    ("canada-france/cf-what-1949", "not NATO"),
    ("canada-us/us-nato-founded-year", "1948"),
    ("canada-india/india-strain-years", "2 months"),
    ("canada-us/us-un-command", "United Nations"),
]


@pytest.mark.parametrize(("ref", "response"), RIGHT, ids=lambda v: str(v))
def test_a_listed_phrasing_is_right_on_the_bundled_question(ref, response):
    result = grade(QUESTIONS[ref], response)
    assert result.correct, result


@pytest.mark.parametrize(("ref", "response"), WRONG, ids=lambda v: str(v))
def test_a_listed_wrong_answer_stays_wrong_on_the_bundled_question(ref, response):
    result = grade(QUESTIONS[ref], response)
    assert not result.correct, result


def test_a_refusal_without_a_typed_number_cites_no_number():
    result = grade(QUESTIONS["canada-us/us-leopard"], "Panther tank")
    assert not result.correct
    assert "Numbers" not in result.detail
    question = QUESTIONS["canada-us/us-leopard"]
    quoted = re.findall(r"'([^']*)'", result.detail)
    assert quoted and all(q in ("Panther tank", question.answer, *question.accept) for q in quoted)
