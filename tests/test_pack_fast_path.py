"""The uncached load's fast path (issue 17) reads and reports exactly what the reference does.

Packs are read line by line (``pack_yaml._from_lines``) or built from libyaml's
events (``pack_yaml._from_events``) and checked with cheap letter keys before
grading's ``normalise`` (``packs._letters``); any file out of the ordinary goes
to the line-keeping loaders. These tests pin that
an ordinary pack really takes the fast path, that its values and lines are the
reference loader's, and that a problem still names the right file, line and
question, found through the fast path or handed on from it.
"""

from __future__ import annotations

import random
import textwrap

import pytest
import yaml
from conftest import EXAMPLE_PACKS

from studyapp import pack_yaml, packs
from studyapp.grading.text import normalise
from studyapp.packs import GAP_PATTERN, load_pack_file


def same(fast, reference) -> None:
    """Equal values of the same types, and the same line of every mapping and key."""
    assert type(fast) is type(reference) and fast == reference
    if isinstance(fast, dict):
        assert (fast.line, fast.key_lines) == (reference.line, reference.key_lines)
        assert list(fast) == list(reference)
        for key in fast:
            same(fast[key], reference[key])
    elif isinstance(fast, list):
        for a, b in zip(fast, reference):
            same(a, b)


@pytest.fixture
def spy(monkeypatch):
    """Counts the files the line reader or the event builder built itself (not handed on)."""
    built = []
    for name in ("_from_lines", "_from_events"):
        real = getattr(pack_yaml, name)

        def counted(text, real=real):
            data = real(text)
            built.append(text)
            return data

        monkeypatch.setattr(pack_yaml, name, counted)
    return built


SCALARS = """\
# every kind of plain value a pack may hold
id: kinds
title: "Kinds: quoted"
empty:
tilde: ~
flags: [yes, No, true, off, 'true']
numbers: [12, -3, 0x1F, 1_000, 3.5, .inf, 1e3, "12"]
when: 2001-12-14
stamp: 2001-12-14t21:59:43.10-05:00
1: one
~: null key
nested:
  - {a: 1, b: [x, {c: d}]}
  -
    - deep
  - key: |
      a block
      of text
    other: >
      folded
      text
unicode: "Café – naïve\u00e9"
"""


def test_an_ordinary_pack_is_built_by_a_fast_path_with_the_reference_values_and_lines(spy):
    texts = [file.read_text(encoding="utf-8") for file in sorted(EXAMPLE_PACKS.glob("*.yaml"))] + [SCALARS]
    for text in texts:
        same(pack_yaml.parse_yaml(text), pack_yaml._LineLoader(text).get_single_data())
    assert spy == texts  # none was handed on


HANDED_ON = {
    "duplicate key": "id: x\ntitle: T\nquestions:\n  - id: a\n    answer: one\n    answer: two\n",
    "anchor and alias": "id: x\ntitle: &t T\nalso: *t\nquestions: []\n",
    "merge key": "base: &b {type: short}\nq:\n  <<: *b\n  id: a\n",
    "tag": "id: !!str x\ntitle: T\n",
    "bad date": "id: x\ntitle: T\ndate: 2024-13-45\nquestions: []\n",
    "syntax": "id: x\ntitle: T\nquestions:\n  - id: [unclosed\n",
    "two documents": "id: x\n---\nid: y\n",
    "list as key": "? [a, b]\n: c\n",
    "deep": "a: " + "[" * 70 + "]" * 70 + "\n",
}


def _parsed(text: str):
    """parse_yaml's result, or the line and message of the error it gives."""
    try:
        return "ok", pack_yaml.parse_yaml(text)
    except packs.PackError as exc:
        return "error", (exc.line, exc.message)


@pytest.mark.parametrize("name", sorted(HANDED_ON))
def test_what_the_event_builder_hands_on_gets_the_reference_result(name, monkeypatch):
    text = HANDED_ON[name]
    with pytest.raises((pack_yaml._Unusual, yaml.YAMLError)):  # parse_yaml hands either on
        pack_yaml._from_events(text)

    def outcome():
        return _parsed(text)

    fast = outcome()
    monkeypatch.setattr(pack_yaml, "_FastLineLoader", None)  # the pure-Python reference alone
    reference = outcome()
    assert fast[0] == reference[0]
    if fast[0] == "ok":
        same(fast[1], reference[1])
    else:
        assert fast == reference


def test_a_repeated_key_still_names_both_lines(tmp_path):
    file = tmp_path / "dup.yaml"
    file.write_text("id: x\ntitle: T\nquestions:\n  - id: a\n    answer: one\n    answer: two\n")
    pack, problems = load_pack_file(file)
    assert pack is None
    assert [str(p) for p in problems] == [f"{packs.display_path(file)}:6: YAML error: duplicate key 'answer' (first at line 5); one of the two values would be lost"]


def test_the_size_limit_is_kept_on_the_fast_path(monkeypatch):
    monkeypatch.setattr(packs, "MAX_NODES", 50)
    text = "items:\n" + "".join(f"  - v{i}\n" for i in range(60))
    with pytest.raises(pack_yaml._Unusual):
        pack_yaml._from_events(text)
    with pytest.raises(packs.PackError) as caught:
        pack_yaml.parse_yaml(text)
    assert caught.value.message == "more than 50 YAML values; split the pack into smaller files"


PROBLEMS = """\
id: demo
title: Demo
sources:
  - key: doc
    title: A document
questions:
  - id: fine
    type: short
    category: place
    prompt: Where is the headquarters?
    answer: Ottawa
    explanation: E.
    source: doc
  - id: typo
    type: short
    category: place
    prompt: Which city?
    answr: Paris
    explanation: E.
    source: doc
  - id: giveaway
    type: short
    category: person
    prompt: Who, after The Smith-Jones era, led it?
    answer: smith jones
    explanation: E.
    source: doc
  - id: again
    type: short
    category: place
    prompt: "where is the HEADQUARTERS"
    answer: Ottawa
    explanation: E.
    source: doc
  - id: choices
    type: choice
    category: place
    prompt: Pick one.
    choices: [Café, cafe, Tea]
    answer: Tea
    explanation: E.
    source: doc
  - id: unsourced
    type: truefalse
    category: place
    prompt: Is it?
    answer: yes
    explanation: E.
    source: nowhere
"""


def test_problems_found_through_the_fast_path_name_file_line_and_question(tmp_path, spy):
    file = tmp_path / "demo.yaml"
    file.write_text(PROBLEMS, encoding="utf-8")
    pack, problems = load_pack_file(file)
    assert len(spy) == 1  # read by a fast path, not handed on
    line = {text.strip(): number for number, text in enumerate(PROBLEMS.splitlines(), 1)}
    shown = packs.display_path(file)
    assert sorted(str(p) for p in problems) == sorted(
        [
            f"{shown}:{line['answr: Paris']}: question 'typo': unknown field 'answr' (did you mean 'answer'?)",
            f"{shown}:{line['- id: typo']}: question 'typo': missing 'answer'",
            f"{shown}:{line['- id: giveaway']}: warning: question 'giveaway': the answer \"smith jones\" appears in the prompt",
            f"{shown}:{line['- id: again']}: warning: question 'again': same prompt as question 'fine' (line {line['- id: fine']})",
            f"{shown}:{line['- id: choices']}: warning: question 'choices': repeated choices",
            f"{shown}:{line['source: nowhere']}: question 'unsourced': source key 'nowhere' is not among the pack's sources (doc)",
        ]
    )
    assert [q.id for q in pack.questions] == ["fine", "giveaway", "again", "choices"]
    assert [q.line for q in pack.questions] == [line[f"- id: {q.id}"] for q in pack.questions]


# --- the letter keys that spare most calls to normalise ---------------------------

TRICKY = ["the", "a", "an", "The", "AN", "Iran", "O'Brien", "OBrien", "9.7", "97", "-3", "1,000", "x_y", "&", "and", "Ärger", "İstanbul", "ı", "ʼa", "’s", "`t", "–5", "−5", "ﬁne", "½", "Ⅻ", "théâtre", "U.S.", "e\u0301", "ß", "ς", "\u00a0", "\t", "?", "(", "{{x}}", "Theory", "anthem"]


def texts_to_try() -> list[str]:
    rng = random.Random(17)
    texts = ["".join(rng.choice(TRICKY) + rng.choice(["", " ", "-", ". "]) for _ in range(rng.randint(0, 6))) for _ in range(3000)]
    for file in EXAMPLE_PACKS.glob("*.yaml"):
        texts.extend(line.split(":", 1)[1] for line in file.read_text().splitlines() if ":" in line)
    return texts


def test_texts_that_normalise_alike_have_the_same_key():
    for text in texts_to_try():
        letters, kept = packs._letters(text), packs._letters(normalise(text))
        assert letters.endswith(kept), text
        assert set(letters[: len(letters) - len(kept)]) <= set("thean"), text
        assert packs._key(text) == kept.lstrip("thean"), text


def reference_warnings(questions) -> list[tuple[str, str]]:
    """The checks as they were written before the letter keys (issue 17), to compare with."""
    found = []
    for q in questions:
        if q.type == "choice" and len({normalise(c) for c in q.choices}) < len(q.choices):
            found.append((q.id, "repeated choices"))
        if q.type == "order" and len({normalise(i) for i in q.items}) < len(q.items):
            found.append((q.id, "order items are not distinct"))
        answers = [str(q.answer)] if q.type in ("short", "numeric", "reveal") else list(q.answer) if q.type == "choice" else []
        prompt = f" {normalise(q.prompt)} "
        if q.type == "cloze":
            answers = [gap[0] for gap in q.gaps]
            prompt = f" {normalise(q.prompt + ' ' + GAP_PATTERN.sub(' ', q.text))} "
        for answer in answers:
            needle = normalise(answer)
            if len(needle) >= 3 and f" {needle} " in prompt:
                found.append((q.id, f'the answer "{answer}" appears in the prompt'))
                break
    seen: dict[str, str] = {}
    for q in questions:
        text = normalise(q.prompt) + " " + " ".join(normalise(p) if isinstance(p, str) else f"<{p}>" for p in q.cloze_parts())
        text = text.strip() if q.type == "cloze" else normalise(q.stem + " " + q.text)
        if text and text in seen:
            found.append((q.id, f"same prompt as question '{seen[text]}'"))
        elif text:
            seen[text] = q.id
    return found


def test_the_checks_warn_as_the_plain_reference_does(tmp_path):
    rng = random.Random(12)

    def phrase(n: int) -> str:
        return " ".join(rng.choice(TRICKY[:30]) for _ in range(n)) + rng.choice(["", "?", "."])

    body = []
    for i in range(300):
        kind = rng.choice(["short", "choice", "order", "cloze"])
        entry = {"id": f"q{i}", "type": kind, "category": "concept", "prompt": phrase(rng.randint(1, 5)) or "P", "explanation": "E", "source": "doc"}
        if kind == "short":
            entry["answer"] = phrase(rng.randint(1, 2)) or "A"
        elif kind == "choice":
            entry["choices"] = list(dict.fromkeys(phrase(1).strip() or "c" for _ in range(4))) + ["zz", "yy"]
            entry["answer"] = entry["choices"][0]
        elif kind == "order":
            entry["items"] = [phrase(1).strip() or "w" for _ in range(3)] + ["last"]
        else:
            entry["text"] = f"{phrase(2)} {{{{{rng.choice(TRICKY[:20]).strip('{}') or 'g'}}}}} {phrase(2)}"
        body.append(entry)
    import json

    file = tmp_path / "tricky.yaml"
    file.write_text(json.dumps({"id": "tricky", "title": "T", "sources": [{"key": "doc"}], "questions": body}, ensure_ascii=False))
    pack, problems = load_pack_file(file)
    expected = reference_warnings(pack.questions)
    got = [(p.question_id, p.message.split(" (line")[0]) for p in problems if p.severity == "warning" and "explanation" not in p.message and "source" not in p.message]
    assert sorted(got) == sorted(expected)
    assert len(expected) > 50  # the pack does hit every check
    assert {message.split(" ")[0] for _, message in expected} >= {"repeated", "order", "the", "same"}


def test_the_fast_path_keeps_indentation_errors_worded_as_before(tmp_path):
    file = tmp_path / "bad.yaml"
    file.write_text(textwrap.dedent("""\
        id: x
        title: T
        questions:
          - id: a
           type: short
        """))
    fast = load_pack_file(file)
    assert fast[0] is None and fast[1][0].line == 5


def test_the_event_builder_swaps_in_its_lean_events_only_while_it_parses():
    import yaml._yaml as cyaml
    import yaml.events

    assert pack_yaml._LEAN_EVENTS is not None  # this PyYAML builds its events by name: the lean ones take
    for text in (SCALARS, HANDED_ON["anchor and alias"], HANDED_ON["syntax"]):
        try:
            pack_yaml._from_events(text)
        except (pack_yaml._Unusual, yaml.YAMLError):
            pass
        assert all(getattr(cyaml, name) is getattr(yaml.events, name) for name in pack_yaml._EVENT_NAMES)
    assert not pack_yaml._SWAP.locked()
    # a lean event is still one of PyYAML's, fields and all, for any other reader of events
    lean = pack_yaml._LEAN_EVENTS["ScalarEvent"]("a", None, (True, False), "v", None, None, "")
    assert isinstance(lean, yaml.events.ScalarEvent)
    assert (lean.anchor, lean.implicit, lean.value, lean.style) == ("a", (True, False), "v", "")
    assert repr(lean) == repr(yaml.events.ScalarEvent("a", None, (True, False), "v", None, None, ""))


def test_questions_made_for_speed_equal_ordinary_ones(tmp_path):
    fields = dict(pack_id="p", id="q1", type="short", category="date", prompt="When?", answer="1947", accept=("47",), explanation="Why.", source_key="s", locator="p. 2", tags=("t",), line=7)
    fast = packs._new_question(**fields)
    assert type(fast) is packs.Question and fast == packs.Question(**fields) and hash(fast) == hash(packs.Question(**fields))
    with pytest.raises(AttributeError):  # still frozen
        fast.prompt = "x"
    assert packs._new_question(pack_id="p", id="q", type="short", category="date", prompt="x") == packs.Question("p", "q", "short", "date", "x")


def test_a_source_reference_is_checked_alike_on_its_short_path(tmp_path):
    file = tmp_path / "refs.yaml"
    file.write_text(textwrap.dedent("""\
        id: refs
        title: T
        sources: [{key: doc}]
        questions:
          - {id: a, type: short, category: date, prompt: P, answer: A, explanation: E, source: {key: doc, locator: "p. 1"}}
          - {id: b, type: short, category: date, prompt: P2, answer: B, explanation: E, source: {key: doc, locator: 12}}
          - {id: c, type: short, category: date, prompt: P3, answer: C, explanation: E, source: {key: other}}
          - {id: d, type: short, category: date, prompt: P4, answer: D, explanation: E, source: {key: doc, page: 3}}
          - {id: e, type: short, category: date, prompt: P5, answer: E, explanation: E, source: doc}
        """))
    pack, problems = load_pack_file(file)
    assert [(q.id, q.source_key, q.locator) for q in pack.questions] == [("a", "doc", "p. 1"), ("b", "doc", "12"), ("e", "doc", "")]
    assert [(p.line, p.question_id, p.message) for p in problems] == [
        (7, "c", "source key 'other' is not among the pack's sources (doc)"),
        (8, "d", "unknown field 'page'"),
    ]


@pytest.mark.parametrize("code", [0x01, 0x08, 0x0B, 0x0C, 0x1B, 0x7F, 0x80, 0x84, 0x86, 0x9F, 0xD7FF, 0xE000, 0xFEFF, 0xFFFE, 0xFFFF, 0x10000])
def test_characters_yaml_forbids_are_refused_as_the_reference_refuses_them(code):
    char = chr(code)
    for text in (f"id: a{char}b\n", f'id: "a{char}b"\n', f"id: x # {char}\n", f"id: x\nlist:\n  - {char}\n"):
        def outcome():
            return _parsed(text)

        fast = outcome()
        reference = pack_yaml._LineLoader  # the pure-Python loader alone
        try:
            expected = "ok", reference(text).get_single_data()
        except yaml.reader.ReaderError as exc:
            expected = "error", (pack_yaml._unreadable(text, exc).line, pack_yaml._unreadable(text, exc).message)
        except yaml.YAMLError:
            expected = "error", None
        assert fast[0] == expected[0], (hex(code), text)
        if fast[0] == "ok":
            same(fast[1], expected[1])
        elif expected[1] is not None:
            assert fast[1] == expected[1]


def test_the_sibling_pass_reads_ascii_words_as_the_unicode_pattern_does():
    from studyapp import siblings

    rng = random.Random(5)
    alphabet = [chr(c) for c in range(128)] + list("ab9.,'Q ") * 4
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40))) for _ in range(20_000)]
    texts += ["c$38.6 billion, 40,000 don't Q 9.7", "under_score a_b __ x.y.z ,. '"]
    for text in texts:
        assert siblings._ASCII_WORD.findall(text) == siblings._WORD.findall(text), text


# --- the line reader (issue 17, eighth round) -------------------------------------

PLAIN_PACK = """\
# a pack as bench/generate.py and most authors write it
id: plain
title: "Plain: quoted"
description: Text with a [bracket], C# and a:b, then a comment # here
sources:
  - key: doc
    title: 'It''s a "document"'
questions:
- id: q1
  type: short
  category: date
  prompt: "A \\"quoted\\" word and a back\\\\slash"
  answer: 1:20
  accept: [yes, 'no', "12", -3, 0x1F, .inf, 2001-12-14, a b , c]
  source: {key: doc, locator: "p. 1"}
  tags: []
  note: Café – naïve ‘quotes’ 😀, [Zürich]
  more: ["Ünïcode", 'ça', é]
  empty:
  nested:
      deeper: {}

  # between questions
- id: q2
  type: choice
  choices:
  - A
  - B
  answer: ~
on: off
"""


def test_a_plain_pack_is_read_line_by_line_with_the_reference_values_and_lines():
    texts = [file.read_text(encoding="utf-8") for file in sorted(EXAMPLE_PACKS.glob("*.yaml"))] + [PLAIN_PACK]
    for text in texts:
        fast = pack_yaml._from_lines(text)
        same(fast, pack_yaml._LineLoader(text).get_single_data())
        same(fast, pack_yaml._from_events(text))
    assert pack_yaml._from_lines(PLAIN_PACK)["questions"][0]["prompt"] == 'A "quoted" word and a back\\slash'


def test_parse_yaml_reads_a_plain_pack_line_by_line_first(spy, monkeypatch):
    read_by = []
    real = pack_yaml._from_lines  # the spy's, which counts

    def lines(text):
        data = real(text)
        read_by.append("lines")
        return data

    monkeypatch.setattr(pack_yaml, "_from_lines", lines)
    same(pack_yaml.parse_yaml(PLAIN_PACK), pack_yaml._LineLoader(PLAIN_PACK).get_single_data())
    assert read_by == ["lines"] and spy == [PLAIN_PACK]  # the event builder was never asked


LINE_READER_HANDS_ON = {
    "block scalar": "id: x\ntext: |\n  two\n  lines\n",
    "kept block scalar": "id: x\ntext: >+\n  two\n  lines\n\n",
    "block scalar with a comment": "id: x\ntext: |- # c\n  two\n",
    "plain over two lines": "id: x\nprompt: one\n  two\n",
    "quoted over two lines": 'id: x\nprompt: "one\n  two"\n',
    "other escape": 'id: x\nprompt: "a\\tb"\n',
    "tab": "id: x\nprompt: a\tb\n",
    "carriage return": "id: x\r\ntitle: T\r\n",
    "next line": "id: x\nprompt: a\x85b\n",
    "byte order mark": "id: x\nprompt: a\ufeffb\n",
    "line separator": "id: x\nprompt: a\u2028b\n",
    "C1 control": "id: x\nprompt: caf\xe9\x9f\n",
    "comment without a space": 'id: "x"# c\n',
    "key of 129 letters": "k" * 129 + ": v\n",
    "key of 1,100 letters": "k" * 1100 + ": v\n",
    "quoted key": '"id": x\n',
    "anchor": "id: &a x\n",
    "tag": "id: !!str x\n",
    "dash alone": "items:\n-\n  - a\n",
    "nested dashes": "items:\n- - a\n",
    "document marker": "---\nid: x\n",
    "root indented": "  id: x\n",
    "root a list": "- a\n- b\n",
    "repeated key": "id: x\nid: y\n",
    "repeated flow key": "s: {a: 1, a: 2}\n",
    "trailing comma": "t: [a, b,]\n",
    "colon in a flow scalar": "t: [a:b]\n",
    "mapping value in a plain": "id: a: b\n",
    "too deep a child": "q:\n  - id: a\n     type: short\n",
    "dash where a key belongs": "id: x\n- a\n",
    "key where a dash belongs": "items:\n  - a\n  b: c\n",
    "merge": "<<: x\n",
    "bad date": "d: 2024-13-45\n",
    "empty": "",
    "comments only": "# nothing\n",
}


@pytest.mark.parametrize("name", sorted(LINE_READER_HANDS_ON))
def test_what_the_line_reader_hands_on_gets_the_reference_result(name, monkeypatch):
    text = LINE_READER_HANDS_ON[name]
    with pytest.raises(pack_yaml._Unusual):
        pack_yaml._from_lines(text)
    fast = _parsed(text)

    def refuse(text):
        raise pack_yaml._Unusual

    monkeypatch.setattr(pack_yaml, "_from_lines", refuse)  # the path as it was before the line reader
    reference = _parsed(text)
    assert fast[0] == reference[0]
    if fast[0] == "ok":
        same(fast[1], reference[1])
    else:
        assert fast == reference


def test_the_line_reader_keeps_the_size_limit_where_the_event_builder_does(monkeypatch):
    monkeypatch.setattr(packs, "MAX_NODES", 50)
    for values in (47, 48):  # the mapping, its key and the list: 50 values, then 51
        for text in ("items:\n" + "".join(f"  - v{i}\n" for i in range(values)), "items: [" + ", ".join(f"v{i}" for i in range(values)) + "]\n"):
            if values == 47:
                same(pack_yaml._from_lines(text), pack_yaml._from_events(text))
            else:
                for reader in (pack_yaml._from_lines, pack_yaml._from_events):
                    with pytest.raises(pack_yaml._Unusual):
                        reader(text)


def test_mutated_packs_read_line_by_line_match_the_event_builder():
    """Small random edits of a plain pack: whatever the line reader takes, the event
    builder builds alike (values, types, lines); what it refuses is handed on."""
    rng = random.Random(3)
    pieces = list(":#-'\"[]{},&*!|>%@`\\ ~?<=.09") + ["\t", "\n", "\n  ", "\n- ", "  ", ": ", " #", "''", "yes", "1:20", "...", "\xa0", "é", "k" * 1100]
    read = 0
    for _ in range(1500):
        text = PLAIN_PACK
        for _ in range(rng.choice((1, 2))):
            at = rng.randrange(len(text) + 1)
            text = text[:at] + rng.choice(pieces) + text[at + rng.choice((0, 0, 1)) :]
        try:
            fast = pack_yaml._from_lines(text)
        except pack_yaml._Unusual:
            continue
        read += 1
        same(fast, pack_yaml._from_events(text))
    assert read > 300
