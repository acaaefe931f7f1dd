"""Sheet layouts: every column read for what it is, or the file refused with one line saying how to name them."""

from __future__ import annotations

import string

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from studyapp.cli import main
from studyapp.importers import ImportFailure, build_pack, read_delimited


def questions(text: str, name: str = "deck.csv", **kwargs) -> list[dict]:
    pack, _ = build_pack(read_delimited(text, name, **kwargs), "t", "T", name)
    return pack["questions"]


def one(text: str, name: str = "deck.csv", **kwargs) -> dict:
    found = questions(text, name, **kwargs)
    assert len(found) == 1, found
    return found[0]


# --- the defects of issue 15 -------------------------------------------------------------


def test_option_columns_make_a_choice_whose_answer_is_the_option_not_a_header():
    q = one("Question,Option A,Option B,Answer\nWhat is 2+2?,3,4,4\n")
    assert (q["type"], q["prompt"], q["choices"], q["answer"]) == ("choice", "What is 2+2?", ["3", "4"], "4")


def test_a_choices_column_without_a_type_column_makes_a_choice():
    q = one("question\tanswer\tchoices\nCapital of Canada?\tOttawa\tOttawa | Toronto\n", "deck.tsv")
    assert (q["type"], q["choices"], q["answer"]) == ("choice", ["Ottawa", "Toronto"], "Ottawa")


def test_an_unknown_column_is_refused_naming_it_and_how_to_say_what_it_is():
    with pytest.raises(ImportFailure) as failure:
        read_delimited("Question,Wrongness,Answer\nA?,x,B\n", "w.csv")
    message = str(failure.value)
    assert "\n" not in message and message.startswith("w.csv:1:")
    assert "'Wrongness'" in message and "--columns prompt,?,answer" in message


# --- every layout of the issue -----------------------------------------------------------


@pytest.mark.parametrize(
    "header, row, expected",
    [
        ("Question,Option A,Option B,Option C,Option D,Answer", "Capital?,Paris,Ottawa,Rome,Oslo,B", "Ottawa"),
        ("Question,A,B,C,D,Correct answer", "Capital?,Paris,Ottawa,Rome,Oslo,b", "Ottawa"),
        ("Question,Choice 1,Choice 2,Choice 3,Answer", "Capital?,Paris,Ottawa,Rome,2", "Ottawa"),
        ("Question,Choice 1,Choice 2,Choice 3,Answer", "Capital?,Paris,Ottawa,Rome,ottawa", "Ottawa"),
        ("Question - max 120 characters,Answer 1,Answer 2,Answer 3,Correct answer(s)", "Capital?,Paris,Ottawa,Rome,2", "Ottawa"),
        ("Question,Correct answer,Wrong answer 1,Wrong answer 2", "Capital?,Ottawa,Paris,Rome", "Ottawa"),
        ("Question,Options,Answer", 'Capital?,"Paris; Ottawa; Rome",Ottawa', "Ottawa"),
    ],
)
def test_option_layouts_take_the_answer_as_letter_number_or_text(header, row, expected):
    q = one(f"{header}\n{row}\n")
    assert q["type"] == "choice" and q["answer"] == expected and expected in q["choices"]
    assert not set(header.split(",")) & set(q["choices"])  # no header became an option


def test_several_right_options_by_letter_or_text():
    q = one("Question,Option A,Option B,Option C,Answer\nPrimes?,2,4,5,\"A, C\"\n")
    assert q["answer"] == ["2", "5"]
    q = one("Question,Option A,Option B,Option C,Answer\nCities?,New York,Paris,Los Angeles,New York | Los Angeles\n")
    assert q["answer"] == ["New York", "Los Angeles"]


def test_an_answer_that_is_no_option_is_skipped_with_its_line_never_guessed():
    result = read_delimited("Question,Option A,Option B,Answer\nCapital?,Paris,Rome,Ottawa\nSum?,1,2,7\nOk?,yes,no,A\n", "d.csv")
    pack, _ = build_pack(result, "t", "T", "d.csv")
    assert [q["answer"] for q in pack["questions"]] == ["yes"]
    assert result.skipped[0].startswith("line 2: answer 'Ottawa' is none of the options")
    # numbers as options: "2" could be the text or the position; the row is refused, not guessed
    assert result.skipped[1].startswith("line 3: answer '7'")
    result = read_delimited("Question,Option A,Option B,Option C,Answer\nSum?,4,5,6,2\n", "d.csv")
    build_pack(result, "t", "T", "d.csv")
    assert "could be an option's number or its text" in result.skipped[0]


def test_tags_columns_are_tags_and_several_are_merged():
    q = one("Front,Back,Tags,Tag\nNATO?,1949,history cold-war,alliances\n")
    assert q["tags"] == ["history", "cold-war", "alliances"] and q["answer"] == 1949


def test_quizlet_export_without_header_is_term_and_definition():
    found = questions("NORAD\tNorth American Aerospace Defense Command\nUNIFIER\tTraining mission in Ukraine\n", "quizlet.txt")
    assert [(q["prompt"], q["answer"]) for q in found] == [
        ("NORAD", "North American Aerospace Defense Command"),
        ("UNIFIER", "Training mission in Ukraine"),
    ]


def test_a_third_headerless_column_is_tags_only_when_every_cell_looks_like_tags():
    found = questions("foo\tbar\tbaz,qux\nfoo2\tbar2\tbaz2\n", "t.txt")
    assert [q["tags"] for q in found] == [["baz", "qux"], ["baz2"]]
    with pytest.raises(ImportFailure, match=r"e.txt:1: 3 columns and no header row.*--columns prompt,answer,\?"):
        read_delimited("Ottawa?\tYes\tChosen in 1857, by Queen Victoria.\n", "e.txt")


def test_columns_option_names_every_column_and_skips_a_header_row():
    text = "Q,Right,Other,Notes\nCapital?,Ottawa,Paris,Chosen in 1857\n"
    with pytest.raises(ImportFailure):
        read_delimited(text, "d.csv")
    q = one(text, columns="prompt,answer,wrong,explanation")
    assert (q["choices"], q["answer"], q["explanation"]) == (["Ottawa", "Paris"], "Ottawa", "Chosen in 1857")
    q = one("Capital?,Ottawa,geo\n", columns="prompt,answer,tags")
    assert (q["prompt"], q["tags"]) == ("Capital?", ["geo"])
    with pytest.raises(ImportFailure, match="unknown role 'bogus'"):
        read_delimited(text, "d.csv", columns="prompt,bogus")


def test_two_columns_with_one_role_are_refused_as_ambiguous():
    with pytest.raises(ImportFailure, match=r'two columns are the answer: "Answer" \(column 2\) and "Back" \(column 3\)'):
        read_delimited("Question,Answer,Back\nA?,b,c\n", "d.csv")
    with pytest.raises(ImportFailure, match="option columns but no column says which is right"):
        read_delimited("Question,Option A,Option B\nA?,b,c\n", "d.csv")


def test_anki_text_export_headers_tags_notetype_deck_and_reverse_cards():
    text = (
        "#separator:tab\n#html:true\n#guid column:1\n#notetype column:2\n#deck column:3\n#tags column:6\n"
        "g1\tBasic (and reversed card)\tGeo::Canada\tCapital of Canada?\tOttawa\tgeo capitals\n"
        "g2\tBasic (optional reversed card)\tGeo::Canada\tCapital of France?\tParis\tgeo\n"
    )
    result = read_delimited(text, "notes.txt")
    pack, _ = build_pack(result, "t", "T", "notes.txt")
    pairs = [(q["prompt"], q["answer"], q["tags"]) for q in pack["questions"]]
    assert pairs == [
        ("Capital of Canada?", "Ottawa", ["geo", "capitals"]),
        ("Ottawa", "Capital of Canada?", ["geo", "capitals"]),
        ("Capital of France?", "Paris", ["geo"]),  # the optional reverse card is not asked for
    ]
    assert result.title == "Canada" and (result.notes, result.cards) == (2, 3)
    assert pack["questions"][1]["id"] == pack["questions"][0]["id"] + "-card2"


def test_mathjax_and_latex_answers_become_reveal_and_rate():
    found = questions(
        "Front,Back\nEuler's identity?,\\(e^{i\\pi} + 1 = 0\\)\nForall?,[$]\\forall f[/$]\nA price?,$9.7 billion\n"
    )
    assert [q["type"] for q in found] == ["reveal", "reveal", "numeric"]  # a price is no formula
    assert found[0]["answer"] == "\\(e^{i\\pi} + 1 = 0\\)"


def test_anki_cloze_with_a_latex_deletion_becomes_reveal_and_the_plain_one_stays_cloze():
    found = questions("#separator:tab\n#notetype:Cloze\n{{c1::Euler}} wrote [$]{{c2::e^{i\\pi}}}[/$]\t\n", "c.txt")
    assert [(q["type"], q.get("text") or q["prompt"]) for q in found] == [
        ("cloze", "{{Euler}} wrote [$]e^{i\\pi}[/$]"),
        ("reveal", "Euler wrote [$][...][/$]"),
    ]


def test_a_cloze_notes_extra_field_shows_as_text_and_a_copy_of_the_front_is_dropped():
    copy = one("#separator:tab\n#notetype:Cloze\nThe {{c1::big}} one\tThe {{c1::big}} one\n", "c.txt")
    assert "explanation" not in copy
    extra = one("#separator:tab\n#notetype:Cloze\nThe {{c1::big}} one\tSee {{c1::big}} in the notes\n", "c.txt")
    assert extra["explanation"] == "See big in the notes"


# --- quoting -------------------------------------------------------------------------------


def test_an_unclosed_quote_is_reported_with_its_line_not_merged_into_one_question():
    result = read_delimited('Question,Answer\nA?,"b\nC?,d\nE?,f\n', "q.csv")
    assert result.records == [] and result.skipped == ["line 2: a quote opened here is never closed; lines 2-4 skipped"]


def test_a_stray_quote_that_swallows_rows_is_reported():
    result = read_delimited('Question,Answer\nA?,"b\nC?,d\nE?,"\nG?,h\n', "q.csv")
    assert [r.fields["prompt"] for r in result.records] == ["G?"]
    assert result.skipped == ["line 2: a quoted field runs on to line 4 over what look like whole rows (an unbalanced quote?); skipped"]
    result = read_delimited('Question,Answer\nA?,"b" and more\nC?,d\n', "q.csv")
    assert result.skipped == ["line 2: text after a closing quote on line 2 (an unbalanced quote?); lines 2-2 skipped"]


def test_a_legitimate_multi_line_field_is_kept():
    q = one('Question,Answer\n"Two lines,\nin one question",Yes\n')
    assert q["prompt"] == "Two lines,\nin one question"


# --- no answer is ever a header or another column's value ---------------------------------

LAYOUTS = {
    "Question,Answer": ("prompt", "answer"),
    "Front,Back,Tags": ("prompt", "answer", "tags"),
    "Term,Definition,Notes": ("prompt", "answer", "explanation"),
    "Question,Option A,Option B,Option C,Answer": ("prompt", "choice", "choice", "choice", "answer"),
    "Question,A,B,C,D,Correct answer": ("prompt", "choice", "choice", "choice", "choice", "answer"),
    "Question,Correct answer,Wrong answer 1,Wrong answer 2": ("prompt", "answer", "wrong", "wrong"),
    "Question,Choices,Answer,Explanation": ("prompt", "choices", "answer", "explanation"),
    "Tags,Answer,Question": ("tags", "answer", "prompt"),
}
token = st.text(alphabet=string.ascii_lowercase, min_size=3, max_size=8)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(layout=st.sampled_from(sorted(LAYOUTS)), rows=st.lists(st.tuples(token, st.integers(0, 3), st.sampled_from(["text", "letter", "number"])), min_size=1, max_size=5))
def test_no_layout_makes_an_answer_from_a_header_or_another_column(layout, rows):
    roles = LAYOUTS[layout]
    header = layout.split(",")
    lines = [",".join(header)]
    expected: dict[str, tuple[str, list[str]]] = {}
    for index, (word, right, style) in enumerate(rows):
        prompt = f"q{index}{word}"
        options = [f"o{index}{k}{word}" for k in range(roles.count("choice") or 3)]
        right = right % len(options)
        cells = []
        for role in roles:
            if role == "prompt":
                cells.append(prompt)
            elif role == "choice":
                cells.append(options[len([c for c in cells if c in options])])
            elif role == "choices":
                cells.append(" | ".join(options))
            elif role == "wrong":
                cells.append(f"w{len(cells)}{index}{word}")
            elif role == "answer":
                if "choice" in roles or "choices" in roles:
                    cells.append({"text": options[right], "letter": "ABCD"[right], "number": str(right + 1)}[style])
                else:
                    cells.append(f"a{index}{word}")
            else:
                cells.append(f"{role[0]}{index}{word}")
        if "choice" in roles or "choices" in roles:
            expected[prompt] = (options[right], options)
        elif "wrong" in roles:
            answer = cells[roles.index("answer")]
            expected[prompt] = (answer, [answer] + [c for c, r in zip(cells, roles) if r == "wrong"])
        else:
            expected[prompt] = (f"a{index}{word}", [])
        lines.append(",".join(cells))
    found = questions("\n".join(lines) + "\n")
    assert {q["prompt"] for q in found} == set(expected)
    for q in found:
        answer, options = expected[q["prompt"]]
        assert q["answer"] == answer and q["answer"] not in header
        if options:
            assert q["choices"] == options


def test_the_import_command_says_how_it_read_the_columns(tmp_path, capsys):
    deck = tmp_path / "quiz.csv"
    deck.write_text("Question,Option A,Option B,Answer\nWhat is 2+2?,3,4,4\n", encoding="utf-8")
    assert main(["import", str(deck)]) == 0
    out = capsys.readouterr().out
    assert "read as header row: Question -> prompt, Option A -> choice, Option B -> choice, Answer -> answer" in out
    bad = tmp_path / "w.csv"
    bad.write_text("Question,Mystery,Answer\nA?,x,B\n", encoding="utf-8")
    assert main(["import", str(bad)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "--columns" in err
    assert main(["import", str(bad), "--columns", "prompt,ignore,answer"]) == 0
