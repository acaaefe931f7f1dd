"""What a wrong answer or a typo reads from the question alone is worked out while the question is
read (issue 17, the answer's p99): ``grading.prepare`` walks both paths with responses no learner
types, and the grader reads the question's answers once per question. No verdict may change."""

from __future__ import annotations

from types import SimpleNamespace

from studyapp import grading
from studyapp.grading import terms
from studyapp.grading.verdict import HANDLERS
from studyapp.packs import load_packs
from studyapp.paths import BUNDLED_PACKS


def _typed_bundled():
    packs = load_packs([BUNDLED_PACKS]).packs
    return [q for p in packs for q in p.questions if q.type in ("short", "numeric", "cloze")]


def _responses(question) -> list:
    if question.type == "cloze":
        right = [gap[0] for gap in question.gaps]
        return [["Zzyzx"] * len(right), [g[:-1] + "q" for g in right], [g.lower() for g in right]]
    answer = str(question.answer)
    longest = max(answer.split() or [""], key=len)
    swapped = answer.replace(longest, longest[:-2] + longest[-1] + longest[-2], 1) if len(longest) >= 2 else answer + "s"
    return ["Zzyzx Qwerty", swapped, f"{answer} and Canada", "12345", answer.lower()]


def _flat(result) -> tuple:
    return (result.correct, result.reason, result.expected, result.given, result.detail, tuple(_flat(p) for p in result.parts))


def test_prepare_changes_no_verdict_on_wrong_answers_and_typos():
    """Every bundled typed question, graded cold and graded after ``prepare``: the same grade, word for word."""
    questions = _typed_bundled()
    cold = {}
    for question in questions:
        for response in _responses(question):
            cold[question.id, repr(response)] = _flat(HANDLERS[question.type](question, response, (), "dmy"))
    for question in questions:
        for response in _responses(question):
            grading.prepare(question)
            assert _flat(grading.grade(question, response)) == cold[question.id, repr(response)], (question.id, response)


def _doval() -> SimpleNamespace:
    """A short question about a person, with an accepted surname and an explanation that names an office."""
    return SimpleNamespace(
        type="short", prompt="Which Indian official held security talks in Ottawa in 2023?", answer="Ajit Doval",
        accept=("Doval",), explanation="Ajit Doval, India's National Security Adviser, went to Ottawa.", category="person", text="", gaps=(),
    )  # fmt: skip


def test_a_wrong_answer_and_a_typo_find_the_questions_readings_done():
    question = _doval()
    terms._terms_of.cache_clear()
    terms._expected_figures.cache_clear()
    grading.prepare(question)
    read = (terms._terms_of.cache_info().misses, terms._expected_figures.cache_info().misses)
    assert read[0] >= 1
    assert not grading.grade(question, "Jaishankar").correct
    assert grading.grade(question, "Ajit Dovall").typo
    assert (terms._terms_of.cache_info().misses, terms._expected_figures.cache_info().misses) == read  # nothing read afresh


def test_the_paths_are_walked_with_responses_no_learner_types(monkeypatch):
    """The walk grades every word backwards and a doubled letter in the longest word, never the
    answer itself nor the slips the benchmarks type, so it caches nothing a learner's response hits
    by its own words but the answer's."""
    seen = []
    question = SimpleNamespace(type="short", prompt="Which city?", answer="Port Moresby", accept=(), explanation="", category="place", text="", gaps=())
    real = HANDLERS["short"]
    monkeypatch.setitem(HANDLERS, "short", lambda q, r, a, d: seen.append(r) or real(q, r, a, d))
    grading.prepare(question)
    assert seen[:2] == ["troP ybseroM", "Port Moresbby"]
    assert seen[2:] == ["Port Moresby"]  # then the answer as written, kept for the commonest right answer


def test_a_figure_and_a_cloze_are_walked_too(monkeypatch):
    seen = []
    figure = SimpleNamespace(type="numeric", prompt="How many troops?", answer=2200, accept=(), unit="troops", tolerance=None,
                             explanation="", category="figure", text="", gaps=())  # fmt: skip
    cloze = SimpleNamespace(type="cloze", prompt="Fill the gaps.", text="Canada joined {{NATO}} in {{1949}}.", gaps=(("NATO",), ("1949",)),
                            explanation="", category="date", answer=None)  # fmt: skip
    for kind in ("numeric", "cloze"):
        real = HANDLERS[kind]
        monkeypatch.setitem(HANDLERS, kind, lambda q, r, a, d, _real=real: seen.append(r) or _real(q, r, a, d))
    grading.prepare(figure)
    grading.prepare(cloze)
    assert seen == ["-0.0137", "2200", ["OTAN", "9491"], ["NATO", "1949"]]


def test_a_typo_finds_the_questions_own_words_and_offices_read_by_the_walk():
    """The claims read beside a typo found right (the words the question says, the offices it names) depend on
    the question alone: the walk's own slip reads them, and the learner's typo finds them read."""
    from studyapp.grading import claims, phrases

    question = _doval()
    claims._words_told.cache_clear()
    phrases._offices_named.cache_clear()
    grading.prepare(question)
    read = (claims._words_told.cache_info().misses, phrases._offices_named.cache_info().misses)
    assert read == (1, 1)
    assert grading.grade(question, "Ajit Dovall").typo
    assert (claims._words_told.cache_info().misses, phrases._offices_named.cache_info().misses) == read


def test_the_caches_a_question_fills_hold_a_few_questions_worth():
    """What the walk and the answers read per question (its answers' terms and figures, the countries its texts
    name, a typed word against each answer word) is let go a few questions later, so a long session's memory
    stays flat: 300 questions, each prepared and answered wrong and with a typo, leave each such cache at its
    bound (at 100,000 questions the unbounded sizes put the answering peak over 150 MB, issue 17)."""
    from studyapp.grading import claims, names, phrases, text

    bounded = {
        terms._terms_of: 64, terms._expected_figures: 64, names.countries_named: 128, phrases.context: 16,
        claims._words_told: 16, phrases._offices_named: 16,
        text.distance: 1024, terms._typo_budget: 1024, terms._same_word: 1024, terms._sounds_alike: 1024, text.normalise: 2048,
    }  # fmt: skip
    for number in range(300):
        word = "".join(chr(ord("a") + (number * 7 + k) % 26) for k in range(6)).title()
        question = SimpleNamespace(
            type="short", prompt=f"Which town of Norway hosted meeting {number} of the {word} council?", answer=f"Port {word}ville",
            accept=(), explanation=f"The {word} council met at Port {word}ville in {1900 + number}.", category="place", text="", gaps=(),
        )  # fmt: skip
        grading.prepare(question)
        assert not grading.grade(question, "Zzyzx Qwerty").correct
        assert grading.grade(question, f"Port {word}vile").typo
    for cache, bound in bounded.items():
        assert cache.cache_info().maxsize == bound
        assert cache.cache_info().currsize <= bound


def test_a_wrong_answer_finds_the_second_looks_reading_of_the_question_done():
    """The walk grades as a typed answer is graded, so what the second look at a wrong reading reads of the question
    alone (which answers are lengths of time, a unit's narrowing word) is cached before the learner answers."""
    from studyapp.grading import verdict

    question = SimpleNamespace(
        type="short", prompt="Which treaty ended the war?", answer="Treaty of Nanking", accept=("Nanjing Treaty",), explanation="", category="",
        text="", gaps=(),
    )  # fmt: skip
    verdict._durations_written.cache_clear()
    verdict._qualified_unit.cache_clear()
    grading.prepare(question)
    read = (verdict._durations_written.cache_info().misses, verdict._qualified_unit.cache_info().misses)
    assert read[0] >= 1 and read[1] >= 1
    assert not grading.grade(question, "Treaty of Versailles").correct
    assert (verdict._durations_written.cache_info().misses, verdict._qualified_unit.cache_info().misses) == read  # nothing read afresh


def test_a_typo_finds_the_answers_list_items_read_by_the_walk():
    """Whether the answer is a list, and its items, depend on the answer alone: the walk's own slip reads them, and
    the learner's typo finds them read; a list's item left out is still found."""
    question = SimpleNamespace(
        type="short", prompt="Which two countries signed the accord?", answer="Australia and Indonesia", accept=(), explanation="",
        category="", text="", gaps=(),
    )  # fmt: skip
    terms._items_of_answer.cache_clear()
    grading.prepare(question)
    read = terms._items_of_answer.cache_info().misses
    assert read >= 1 and terms._items_of_answer("Australia and Indonesia") == ("Australia", "Indonesia")
    assert grading.grade(question, "Australia and Indonesiaa").typo
    assert not grading.grade(question, "Australiaa").correct
    assert terms._items_of_answer.cache_info().misses == read
