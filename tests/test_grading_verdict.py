"""The verdict: remembered overrides, the new reasons, the dispatch table and a light start-up."""

from __future__ import annotations

import subprocess
import sys
from types import SimpleNamespace

from studyapp.grading import HANDLERS, Grade, Reason, grade, suggested_rating


def _short(answer, **fields):
    return SimpleNamespace(type="short", answer=answer, accept=(), prompt="Which one?", **fields)


def test_a_response_the_learner_accepted_before_is_right():
    question = _short("Latvia")
    assert not grade(question, "the Baltics").correct
    result = grade(question, "The Baltics!", accepted=["the baltics"])
    assert (result.correct, result.reason, result.detail) == (True, Reason.ALTERNATIVE, "You accepted this answer before")


def test_accepted_answers_count_for_numbers_and_cloze_too():
    numeric = SimpleNamespace(type="numeric", answer=40, accept=(), unit=None, tolerance=None, prompt="How many?")
    assert grade(numeric, "forty-one", accepted=["forty-one"]).correct
    cloze = SimpleNamespace(type="cloze", gaps=(("Latvia",), ("2014",)), prompt="", text="{{Latvia}} since {{2014}}")
    assert grade(cloze, ["Riga", "2014"], accepted=["Riga | 2014"]).correct


def test_gave_up_and_overruled_have_their_ratings():
    assert suggested_rating(Grade(False, Reason.GAVE_UP, "Latvia", "", "You chose to see the answer")) == 1
    assert suggested_rating(Grade(True, Reason.OVERRULED, "Latvia", "the Baltics", "You said you were right")) == 3
    assert str(Reason.GAVE_UP) == "gave_up" and str(Reason.OVERRULED) == "overruled"


def test_a_new_question_type_is_one_entry_in_the_dispatch_table():
    HANDLERS["echo"] = lambda q, r, accepted, order: Grade(True, Reason.EXACT, q.answer, r, order)
    try:
        assert grade(SimpleNamespace(type="echo", answer="x"), "y", date_order="mdy").detail == "mdy"
    finally:
        del HANDLERS["echo"]


def test_the_date_order_reaches_the_grader():
    question = _short("12 June 2026")
    assert grade(question, "06/12/2026", date_order="mdy").correct
    assert not grade(question, "06/12/2026").correct


def test_importing_the_grader_loads_no_heavy_library():
    code = "import sys, studyapp.grading\nprint(sorted(m for m in ('pint', 'pycountry', 'dateutil', 'rapidfuzz') if m in sys.modules))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.stdout.strip() == "[]", result.stderr


def test_warm_up_loads_what_answers_need_but_not_pint():
    code = "import sys, studyapp.grading as g\ng.warm_up()\nprint(sorted(m for m in ('pint', 'pycountry', 'rapidfuzz') if m in sys.modules))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.stdout.strip() == "['rapidfuzz']", result.stderr  # pycountry's data is read without importing it


from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_PIECES = list("0123456789 ,.-+/$₹€%°CcmkMlakhcrorewtn()IVXivx'\"") + ["lakh", "crore", " and ", " not ", "May ", "minus "]
_TEXTISH = st.lists(st.sampled_from(_PIECES), max_size=20).map("".join)


@settings(database=None, deadline=None, max_examples=150, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(_TEXTISH, st.sampled_from(["dmy", "mdy", "ymd"]))
def test_no_response_makes_a_grader_raise(response, order):
    numeric = SimpleNamespace(type="numeric", answer="$9.7 billion", accept=(), unit="CAD", tolerance=None, prompt="How much?")
    short = SimpleNamespace(type="short", answer="12 June 2026", accept=("1939-45",), prompt="When?")
    for question in (numeric, short):
        result = grade(question, response, date_order=order)
        assert isinstance(result, Grade) and isinstance(result.detail, str)


def test_a_plain_list_in_another_order_is_found_judging_each_pair_once(monkeypatch):
    """The names of one plain list may come in any order: the search over orders judges each
    (typed name, gap) pair once, and skips the search when a gap outside the list is wrong."""
    from studyapp.grading import verdict

    question = SimpleNamespace(
        type="cloze", prompt="Fill the gaps.", text="In {{2019}} {{Nepal}}, {{Bhutan}} and {{Sri Lanka}} joined the pact.",
        gaps=(("2019",), ("Nepal",), ("Bhutan",), ("Sri Lanka",)), explanation="", category=None,
    )  # fmt: skip
    calls = []
    real = verdict.grade_cloze
    monkeypatch.setattr(verdict, "grade_cloze", lambda *a, **k: calls.append(a[0]) or real(*a, **k))
    result = grade(question, ["2019", "Sri Lanka", "Nepal", "Bhutan"])
    assert result.correct and result.detail == "The 3 listed in another order"
    assert len(calls) <= 1 + 6 + 1  # the whole, the 6 pairs not judged by it, the order found
    calls.clear()
    assert not grade(question, ["2018", "Sri Lanka", "Nepal", "Bhutan"]).correct  # the year outside the list is wrong
    assert len(calls) == 1
    assert not grade(question, ["2019", "Sri Lanka", "Nepal", "Maldives"]).correct


def _cloze(text: str) -> SimpleNamespace:
    import re

    gaps = tuple((g,) for g in re.findall(r"\{\{(.*?)\}\}", text))
    return SimpleNamespace(type="cloze", prompt="Fill the gaps.", text=text, gaps=gaps, explanation="", category=None)


def test_two_countries_joined_by_and_may_come_in_either_order():
    """Every swapped pair of countries or states in a plain "and" was labelled right (rounds 1-457), and since the
    thirtieth session any two names; a pair of roles ("between") or one the sentence orders keeps its order."""
    assert grade(_cloze("The Lithium Triangle is Argentina along with {{Chile}} and {{Bolivia}}."), ["Bolivia", "Chile"]).correct
    assert grade(_cloze("Laos and Myanmar: {{Laos}} and {{Myanmar}} joined ASEAN in 1997."), ["Myanmar", "Laos"]).correct
    assert grade(_cloze("The field team was led by {{Manish Mehta}} and {{Amit Kumar}}."), ["Amit Kumar", "Manish Mehta"]).correct  # any two names
    for text, swapped in (
        ("The pact was signed between the {{Reserve Bank of India}} and the {{Maldives Monetary Authority}}.", ["Maldives Monetary Authority", "Reserve Bank of India"]),
        ("BRICS originally stood for {{Brazil}} and {{Russia}}, then India and China.", ["Russia", "Brazil"]),
        ("Afghanistan ranks third after {{Iran}} and {{Turkey}}.", ["Turkey", "Iran"]),
        ("The cable connects India to {{Singapore}} and {{France}} (Marseille).", ["France", "Singapore"]),
        ("In 1971 {{India}} and {{Pakistan}} respectively won and lost.", ["Pakistan", "India"]),
    ):
        assert not grade(_cloze(text), swapped).correct, text
