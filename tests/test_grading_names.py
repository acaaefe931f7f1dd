"""Names: spellings of one name are equal, another real name is never a typo, and the words
around a name are judged for what they add (studyapp.grading.names, phrases, verdict)."""

from __future__ import annotations

import pytest

from studyapp.grading import Reason, grade_cloze, grade_text
from studyapp.grading.names import canonical_tokens, remember_names


@pytest.mark.parametrize(
    ("response", "answer"),
    [
        ("World War 2", "World War II"),
        ("WW2", "World War II"),
        ("WWII", "World War II"),
        ("the Second World War", "World War II"),
        ("Leopard 2", "Leopard II"),
        ("Group of 7", "G7"),
        ("Group of Seven", "G7"),
        ("G-7", "G7"),
        ("U.S.", "US"),
    ],
)
def test_numbered_names_in_any_spelling_are_the_same(response, answer):
    assert canonical_tokens(response) == canonical_tokens(answer)
    assert grade_text(response, answer).correct


@pytest.mark.parametrize(
    ("response", "answer", "accept"),
    [
        ("North American Aerospace Defense Command (NORAD)", "NORAD", ["North American Aerospace Defense Command"]),
        ("NORAD (North American Aerospace Defense Command)", "North American Aerospace Defense Command", ["NORAD"]),
        ("European Union Military Assistance Mission (EUMAM)", "European Union Military Assistance Mission", ()),
        ("EUMAM (European Union Military Assistance Mission)", "European Union Military Assistance Mission", ()),
        ("EUMAM", "European Union Military Assistance Mission", ()),
        ("European Union Military Assistance Mission EUMAM", "European Union Military Assistance Mission", ()),
    ],
)
def test_acronym_and_expansion_are_equal_in_either_order(response, answer, accept):
    assert grade_text(response, answer, accept, prompt="Which mission?").correct


@pytest.mark.parametrize(
    ("response", "answer"),
    [
        ("Zambia", "The Gambia"),
        ("Slovakia", "Slovenia"),
        ("South Korea", "North Korea"),
        ("World War I", "World War II"),
        ("Kim Jong Il", "Kim Jong Un"),
        ("Indian", "India"),
        ("Austria", "Australia"),
        ("Iraq and Syria", "Iran and Syria"),
        ("Slovenian", "Slovenia"),
        ("South African", "South Africa"),
    ],
)
def test_another_real_name_is_never_a_typo(response, answer):
    result = grade_text(response, answer, prompt="Which one?")
    assert not result.correct
    assert result.reason is Reason.WRONG


def test_a_name_from_the_loaded_packs_is_a_real_name():
    # an inner slip: a swapped last letter (Prestwich for Prestwick) is refused as another name anyway
    assert grade_text("Kestrila", "Kestrela", prompt="Which operation?").reason is Reason.TYPO  # not a known name yet
    remember_names(iter(["Operation Kestrila"]))
    assert not grade_text("Kestrila", "Kestrela", prompt="Which operation?").correct
    assert grade_text("Kestrrela", "Kestrela", prompt="Which operation?").reason is Reason.TYPO


@pytest.mark.parametrize(
    ("response", "answer"),
    [("Lativa", "Latvia"), ("Reassurence", "REASSURANCE"), ("Kim Jung Un", "Kim Jong Un"), ("Nrth Amercan Aerospce Defense", "North American Aerospace Defense")],
)
def test_typos_are_forgiven_word_by_word(response, answer):
    assert grade_text(response, answer).reason is Reason.TYPO


@pytest.mark.parametrize(("response", "answer"), [("Iraq", "Iran"), ("Mali", "Male"), ("cat", "car"), ("Operation Y 2015", "Operation X 2015")])
def test_short_words_and_numbers_get_no_typo(response, answer):
    assert not grade_text(response, answer).correct


@pytest.mark.parametrize(
    ("response", "answer"),
    [("Defence Command", "Defense Command"), ("Centre for Research", "Center for Research"), ("organisation", "organization"), ("programme", "program")],
)
def test_british_and_american_spellings_are_the_same_word(response, answer):
    result = grade_text(response, answer)
    assert result.correct and not result.typo


def test_the_typo_budget_is_per_word_not_spent_over_the_whole_string():
    # one whole short word swapped in a long name used to fit the string's budget
    assert not grade_text("Kim Jong Il", "Kim Jong Un").correct
    assert not grade_text("North Atlantic Trade Organization", "North Atlantic Treaty Organization").correct
    assert not grade_text("Standing NATO Air Groups", "Standing NATO Maritime Groups").correct


@pytest.mark.parametrize(
    ("response", "answer", "prompt", "explanation", "category"),
    [
        ("Foreign Minister Mélanie Joly", "Mélanie Joly", "Which Canadian minister?", "Canada's Foreign Affairs Minister", "person"),
        ("NSA Ajit Doval", "Ajit Doval", "Which Indian official?", "India's National Security Adviser", "person"),
        ("Dr S. Jaishankar", "S. Jaishankar", "Who?", "", "person"),
        ("Normandy, France", "Normandy", "Where did Canadian and French troops land?", "", "place"),
        ("Ottawa, Canada", "Ottawa", "In which city did the India-Canada talks happen?", "", "place"),
        ("the Caribbean region", "Caribbean", "In which region?", "", "place"),
        ("Cold War period", "the Cold War", "During which era?", "", "date"),
        ("peacekeeping missions", "peacekeeping", "In which kind of operations?", "", "concept"),
        ("CANZUK countries", "CANZUK", "Which grouping?", "", "organisation"),
        ("Huawei Technologies", "Huawei", "The arrest of which company's CFO?", "", "organisation"),
        ("I think it was NATO", "NATO", "Which alliance?", "", "organisation"),
        ("Latvia, not Estonia", "Latvia", "In which country?", "", "place"),
        ("Republic of Slovenia", "Slovenia", "Which country?", "", "place"),
        ("Riga, Latvia", "Latvia", "In which country?", "", "place"),
        # round 5: a province is accepted where the question or its explanation names it, not merely its country
        ("Kananaskis, Alberta", "Kananaskis", "Where did Canada host the G7 summit?", "The G7 met at Kananaskis, Alberta.", "place"),
        ("Doval", "Ajit Doval", "Who is India's National Security Adviser?", "", None),
        ("Ajit Kumar Doval", "Ajit Doval", "Which Indian official?", "", "person"),
        ("in 1947, just after independence", "1947", "In which year?", "", "date"),
    ],
)
def test_titles_places_head_nouns_and_hedges_around_the_answer_are_harmless(response, answer, prompt, explanation, category):
    assert grade_text(response, answer, prompt=prompt, explanation=explanation, category=category).correct


@pytest.mark.parametrize(
    ("response", "answer", "prompt", "explanation", "category"),
    [
        ("Prime Minister Mélanie Joly", "Mélanie Joly", "Which Canadian minister?", "Canada's Foreign Affairs Minister", "person"),
        ("Latvia and Estonia", "Latvia", "In which country?", "", "place"),
        ("Normandy, Belgium", "Normandy", "Where did the landings take place?", "", "place"),
        ("New Mexico", "Mexico", "Which country, a possible new partner?", "", "place"),
        ("Sahel Alliance", "the Sahel", "In which region of Africa?", "", "place"),
        ("not NATO", "NATO", "Which alliance?", "", "organisation"),
        ("NATO and the EU", "NATO", "Which alliance?", "", "organisation"),
        ("the Trump and Biden administrations", "Trump administration", "Under which US administration?", "", "person"),
        ("Canadian Security Agency", "Canadian Space Agency", "Which Canadian body signed space MoUs?", "", "organisation"),
        ("United Nations", "United Nations Command", "To which UN body?", "", "organisation"),
        ("Latvia and Canada", "Latvia", "In which country does Canada lead the battle group?", "", "place"),
        ("Paris, Latvia", "Latvia", "In which country?", "", "place"),
        ("Ottawa, USA", "Ottawa", "In which city did the India-Canada talks take place?", "", "place"),
        ("Kim", "Kim Jong Un", "Who leads North Korea?", "", "person"),
    ],
)
def test_a_different_entity_title_or_a_negation_is_wrong(response, answer, prompt, explanation, category):
    result = grade_text(response, answer, prompt=prompt, explanation=explanation, category=category)
    assert not result.correct, result


def test_lists_are_compared_without_regard_to_order_unless_the_question_asks():
    assert grade_text("Syria and Iraq", "Iraq and Syria").correct
    assert grade_text("economic and cultural exchanges", "cultural and economic exchanges").correct
    assert not grade_text("Syria and Iraq", "Iraq and Syria", prompt="Name them in chronological order").correct


def test_cloze_gaps_of_a_fixed_phrase_and_figures_in_their_places():
    """The ninth session took two common words of a plain list in either order (15 labels right, 6 wrong); the
    fourteenth session's writers, with the brief the target is measured with, label the swap wrong 9 times in 10."""
    from types import SimpleNamespace

    from studyapp.grading import grade

    free = SimpleNamespace(type="cloze", text="freedom of {{navigation}} and {{overflight}}", gaps=(("navigation",), ("overflight",)), prompt="")
    assert not grade(free, ["overflight", "navigation"]).correct
    assert grade(free, ["navigation", "overflight"]).correct
    assert not grade(free, ["overflight", "trade"]).correct
    counts = SimpleNamespace(type="cloze", text="{{22}} single-seat and {{4}} twin-seat jets", gaps=(("22",), ("4",)), prompt="")
    assert not grade(counts, ["4", "22"]).correct
    named = SimpleNamespace(type="cloze", text="a Foreign Investment {{Promotion}} and {{Protection}} Agreement", gaps=(("Promotion",), ("Protection",)), prompt="")
    assert not grade(named, ["Protection", "Promotion"]).correct
    assert grade_cloze(["Group of 7", "Journalism"], (("G7",), ("Journalism",))).correct


def test_a_reason_quotes_only_what_was_typed_and_what_the_pack_says():
    result = grade_text("Leopard tank", "Leopard II", prompt="Which model of tank?")
    assert "Numbers" not in result.detail  # the learner typed no number
    assert all(part in ("Leopard tank", "Leopard II") for part in _quoted(result.detail))
    wrong = grade_text("Leopard 3", "Leopard II", ["Leopard 2"], prompt="Which model of tank?")
    assert not wrong.correct and "Leopard 3" in wrong.detail


def _quoted(detail: str) -> list[str]:
    import re

    return re.findall(r"'([^']*)'", detail)
