"""Pack loading and validation: every error names its file, line and question."""

from __future__ import annotations

import textwrap

import pytest

from studyapp.packs import Question, load_pack_file, load_packs

HEADER = """\
id: demo
title: Demo
sources:
  - key: doc
    title: A document
questions:
"""


def write(tmp_path, body: str, name: str = "demo.yaml"):
    path = tmp_path / name
    path.write_text(HEADER + textwrap.dedent(body), encoding="utf-8")
    return path


def problems_of(path):
    _, problems = load_pack_file(path)
    return problems


def only_error(path):
    errors = [p for p in problems_of(path) if p.severity == "error"]
    assert len(errors) == 1, errors
    return errors[0]


GOOD = """\
  - id: good
    type: short
    category: place
    prompt: Where?
    answer: Here
    explanation: Because.
    source: {key: doc, locator: "s1"}
"""


def test_example_pack_loads_every_type(example_pack):
    types = {q.type for q in example_pack.questions}
    assert types == {"short", "choice", "numeric", "truefalse", "cloze", "order"}
    choice = next(q for q in example_pack.questions if q.type == "choice")
    assert choice.answer == ("UNIFIER",)
    cloze = next(q for q in example_pack.questions if q.type == "cloze")
    assert cloze.gaps == (("NORAD", "North American Aerospace Defense Command"), ("1958",))
    assert cloze.cloze_parts() == ["The binational command is ", 0, ", created in ", 1, "."]
    assert example_pack.source("doc").file == "example.txt"


def test_choice_without_its_answer_names_file_line_and_question(tmp_path):
    path = write(
        tmp_path,
        GOOD
        + """\
  - id: norad-anniversary
    type: choice
    category: date
    prompt: Which anniversary?
    choices: [60th, 70th]
    answer: 65th
""",
    )
    error = only_error(path)
    assert str(error).endswith(':19: question \'norad-anniversary\': choices do not include the answer "65th"')
    assert error.line == 19 and error.question_id == "norad-anniversary"


def test_bad_question_is_skipped_and_the_rest_load(tmp_path):
    path = write(tmp_path, GOOD + "  - id: broken\n    type: short\n    category: place\n    prompt: No answer?\n")
    pack, problems = load_pack_file(path)
    assert [q.id for q in pack.questions] == ["good"]
    assert any(p.question_id == "broken" and "missing 'answer'" in p.message and p.line == 14 for p in problems)


@pytest.mark.parametrize(
    ("body", "line", "fragment"),
    [
        ("  - id: x\n    type: essay\n    category: place\n    prompt: P\n", 15, "unknown type 'essay'"),
        ("  - id: x\n    type: short\n    category: colour\n    prompt: P\n    answer: A\n", 16, "unknown or missing category"),
        ("  - id: x\n    type: short\n    category: place\n    prompt: P\n    anwser: A\n", 18, "unknown field 'anwser' (did you mean 'answer'?)"),
        ("  - id: x\n    type: order\n    category: date\n    prompt: P\n    items: [only one]\n", 18, "at least 2 items"),
        ("  - id: x\n    type: truefalse\n    category: concept\n    prompt: P\n    answer: maybe\n", 18, "true or false"),
        ("  - id: x\n    type: numeric\n    category: figure\n    prompt: P\n    answer: lots\n", 18, "not a number"),
        ("  - id: x\n    type: cloze\n    category: concept\n    text: no gaps here\n", 17, "no {{gaps}}"),
        ("  - id: x\n    type: short\n    category: place\n    prompt: P\n    answer: A\n    source: {key: other}\n", 19, "not among the pack's sources"),
        ("  - id: Bad id!\n    type: short\n    category: place\n    prompt: P\n    answer: A\n", 14, "invalid 'id'"),
    ],
)
def test_each_error_case_has_its_line(tmp_path, body, line, fragment):
    path = write(tmp_path, GOOD + body)
    errors = [p for p in problems_of(path) if p.severity == "error"]
    matching = [e for e in errors if fragment in e.message]
    assert matching, errors
    assert matching[0].line == line


def test_duplicate_ids_are_an_error_with_both_lines(tmp_path):
    path = write(tmp_path, GOOD + GOOD.replace("Where?", "Where else?"))
    error = only_error(path)
    assert error.message == "duplicate question id (first at line 7)"
    assert error.line == 14 and error.question_id == "good"


def test_yaml_syntax_error_names_the_line(tmp_path):
    path = write(tmp_path, GOOD + "  - id: [unclosed\n")
    pack, problems = load_pack_file(path)
    assert pack is None
    assert problems[0].line == 15 and "YAML error" in problems[0].message


def test_python_tags_are_refused(tmp_path):
    path = tmp_path / "evil.yaml"
    path.write_text("id: x\ntitle: !!python/object/apply:os.system ['echo owned']\nquestions: []\n")
    pack, problems = load_pack_file(path)
    assert pack is None and "not allowed" in problems[0].message and problems[0].line == 2


def test_warnings_for_likely_mistakes(tmp_path):
    path = write(
        tmp_path,
        """\
  - id: a
    type: short
    category: place
    prompt: Is Ottawa the capital city?
    answer: Ottawa
  - id: b
    type: choice
    category: place
    prompt: Pick one
    choices: [A, A, B]
    answer: B
    explanation: E
    source: {key: doc}
  - id: c
    type: short
    category: place
    prompt: Pick one
    answer: Z
    explanation: E
    source: {key: doc}
""",
    )
    pack, problems = load_pack_file(path)
    assert len(pack.questions) == 3
    messages = {(p.question_id, p.message) for p in problems if p.severity == "warning"}
    assert ("a", "no explanation") in messages
    assert ("a", "no source") in messages
    assert ("a", 'the answer "Ottawa" appears in the prompt') in messages
    assert ("b", "repeated choices") in messages
    assert any(q == "c" and m.startswith("same prompt as question 'b'") for q, m in messages)


def test_duplicate_pack_ids_across_files(tmp_path):
    write(tmp_path, GOOD, "one.yaml")
    write(tmp_path, GOOD, "two.yaml")
    result = load_packs([tmp_path])
    assert len(result.packs) == 1
    assert any("already used by" in p.message for p in result.errors)


def test_non_utf8_and_bom(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_bytes(b"id: x\ntitle: caf\xe9\n")
    _, problems = load_pack_file(bad)
    assert problems[0].line == 2 and "UTF-8" in problems[0].message
    bom = tmp_path / "bom.yaml"
    bom.write_bytes(("\ufeff" + HEADER + GOOD).replace("\n", "\r\n").encode("utf-8"))
    pack, problems = load_pack_file(bom)
    assert pack is not None and [q.id for q in pack.questions] == ["good"]


def test_alias_bomb_is_refused_quickly(tmp_path):
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    for i in range(1, 14):
        lines.append(f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 10) + "]")
    path = tmp_path / "bomb.yaml"
    path.write_text("\n".join(lines) + "\n")
    pack, problems = load_pack_file(path)
    assert pack is None and "alias" in problems[0].message


def test_question_is_a_plain_value_object():
    q = Question(pack_id="p", id="q", type="short", category="place", prompt="P", answer="A")
    assert q.key == ("p", "q") and q.display_answer == "A"


def test_a_date_split_by_yaml_in_an_accept_list_is_a_warning(tmp_path):
    """[January 1, 2024] in YAML is two answers, the yearless date and the bare year: a learner's wrong year or the
    year alone would then be taken. The author meant one date (a blind writer did exactly this in round 47)."""
    path = write(
        tmp_path,
        """\
  - id: a
    type: short
    category: date
    prompt: On what date did the six new BRICS members join?
    answer: 1 January 2024
    accept: [January 1, 2024]
    explanation: E
    source: {key: doc}
  - id: b
    type: short
    category: date
    prompt: On what date did their membership take effect?
    answer: 1 January 2024
    accept: ["January 1, 2024", Jan 1 2024]
    explanation: E
    source: {key: doc}
  - id: c
    type: short
    category: date
    prompt: In which year?
    answer: "2024"
    accept: [twenty twenty-four, 2024]
    explanation: E
    source: {key: doc}
""",
    )
    pack, problems = load_pack_file(path)
    assert len(pack.questions) == 3
    warned = [(p.question_id, p.line, p.message) for p in problems if p.severity == "warning"]
    assert warned == [("a", 12, "'accept' has 'January 1' and 2024 as two answers; for the date \"January 1, 2024\" write it in quotes")]
