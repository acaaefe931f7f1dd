"""`studyapp draft`: facts found in documents, as draft questions an author can trust."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from studyapp.cli import main
from studyapp.draft import COMMON_WORDS, Sentence, draft_pack, find_facts, parse_document, read_document
from studyapp.grading import normalise
from studyapp.importers import render_pack
from studyapp.packs import load_pack_file

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"
if not SEEDS.is_dir():  # a checkout next to shared/ (CI) or inside the workplace
    SEEDS = Path("/work/shared/seeds")

# What each source document must yield (a subset: the facts an exam on it would ask).
EXPECTED = {
    "000_9303aab175a426b1.txt": {"1948", "early 20th century", "Cold War"},
    "001_b47c08ca5ac87fd4.txt": {"1949", "2024", "80th", "UNIFIER", "NANOOK", "FREQUENCE", "2025", "2026", "Rapid Response Mechanism",
                                 "European Union Military Assistance Mission", "Climate Change and Security Action Plan"},  # fmt: skip
    "002_7f29cf56a1423bd0.txt": {"1949", "65th", "2023", "2022", "$9.7 billion", "40,000", "2014", "2026", "2016", "$4.6 billion",
                                 "North American Aerospace Defense Command", "Air Task Force Prestwick", "NATO Mission Iraq"},  # fmt: skip
    "003_c5b8c06ce8db78e7.txt": set(),
    "004_b731101cf441795f.txt": {"2", "2023", "1947", "1974", "1998", "2024", "USD 8.55 billion", "USD 5.22 billion", "USD 3.33 billion",
                                 "2010", "2013", "1996", "2003", "2020", "1.8 million", "1 million", "3%", "40%",
                                 "Comprehensive Economic Partnership Agreement", "Foreign Investment Promotion and Protection Agreement",
                                 "Nuclear Cooperation Agreement", "Canadian Space Agency", "National Centre for Polar and Ocean Research"},  # fmt: skip
}


def answers(question: dict) -> list[str]:
    if question["type"] == "cloze":
        return [alt for gap in re.findall(r"\{\{(.*?)\}\}", question["text"]) for alt in gap.split("|")]
    return [str(question["answer"]), *question.get("accept", [])]


def write_and_load(pack: dict, tmp_path: Path):
    path = tmp_path / "draft.yaml"
    path.write_text(render_pack(pack, "draft"), encoding="utf-8")
    return load_pack_file(path)


@pytest.mark.skipif(not SEEDS.is_dir(), reason="the shared source documents are not here")
@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_source_document_drafts_valid_distinct_facts(name, tmp_path):
    document = read_document(SEEDS / name)
    pack = draft_pack(document, "draft-doc", name)
    questions = pack["questions"]
    found = {a for q in questions for a in answers(q)}
    assert EXPECTED[name] <= found, EXPECTED[name] - found
    # every draft is marked, located, and a real fact (no common-word answers, no fact twice)
    firsts = [normalise(answers(q)[0]) for q in questions]
    assert len(firsts) == len(set(firsts))
    assert not [a for a in firsts if a in COMMON_WORDS]
    for question in questions:
        assert question["draft"] is True
        assert re.fullmatch(r".+, para \d+|para \d+", question["source"]["locator"])
    loaded, problems = write_and_load(pack, tmp_path)
    assert not problems, problems  # no errors and no warnings (answers never show elsewhere in the text)
    assert loaded.study_questions == () and len(loaded.questions) == len(questions)


@pytest.mark.skipif(not SEEDS.is_dir(), reason="the shared source documents are not here")
def test_wordpress_json_gives_headings_title_date_and_nested_list_items():
    document = read_document(SEEDS / "004_b731101cf441795f.txt")
    assert document.format == "wordpress-json"
    assert document.title == "India-Canada Security Cooperation" and document.date == "2026-02-09"
    headings = [b.text for b in document.blocks if b.kind == "heading"]
    assert headings == ["Context", "Background", "Key Outcomes of the Dialogue", "Brief on India-Canada Relations", "Way Ahead"]
    pack = draft_pack(document, "d", "x")
    by_answer = {answers(q)[0]: q for q in pack["questions"]}
    assert by_answer["2023"]["source"]["locator"] == "Background, para 1"
    # a nested <li> is its own paragraph; the sentence keeps the text before the nested list only
    assert by_answer["1974"]["source"]["locator"] == "Brief on India-Canada Relations, para 3"
    assert by_answer["1974"]["text"] == "Relations were historically strained after India’s nuclear tests in {{1974}} and {{1998}}, due to Canada’s non-proliferation stance."


def facts_of(text: str) -> list[tuple[str, list[str]]]:
    return [(f.kind, f.answers) for f in find_facts(Sentence(text, "S, para 1", 1))]


@pytest.mark.parametrize(
    "sentence",
    [
        "These two countries are coming together.",
        "They have trained thousands of Ukrainian soldiers and tens of thousands of others.",
        "A Memorandum of Cooperation was signed between the agencies.",
        "It donated an air defence system (NASAMS) and tanks.",
        "Both countries face similar threats in the Security Plan.",
        "Both are part of the G7 and the G20 and meet 3 times a year.",
    ],
)
def test_what_is_not_a_fact(sentence):
    assert facts_of(sentence) == []


def test_facts_and_their_answers():
    assert facts_of("Since 2022, Canada has committed $9.7 billion to Ukraine.") == [("year", ["2022"]), ("money", ["$9.7 billion"])]
    assert facts_of("The tests in 1974 and 1998 strained ties.") == [("year", ["1974", "1998"])]
    assert facts_of("Through NATO’s Climate Change and Security Action Plan, they act.") == [("agreement", ["Climate Change and Security Action Plan"])]
    assert facts_of("Canada leads Operation REASSURANCE in Latvia.") == [("operation", ["REASSURANCE"])]
    assert facts_of("Talks resumed after nearly two years of strain.") == [("count", ["two"])]
    assert facts_of("It was signed on 1 July 2025 in Ottawa.") == [("date", ["1 July 2025"])]
    [(kind, [acronym])] = facts_of("They negotiate a Comprehensive Economic Partnership Agreement (CEPA) now.")
    assert (kind, acronym) == ("acronym", "CEPA")


def test_spelled_numbers_become_digits_and_other_figures_are_masked():
    document = parse_document("Figures\n\nExports reached USD 5.22 billion and imports USD 3.33 billion in total.\n", "t.txt")
    questions = draft_pack(document, "d", "t.txt")["questions"]
    assert [q["answer"] for q in questions] == ["USD 5.22 billion", "USD 3.33 billion"]
    assert "3.33" not in questions[0]["prompt"] and "[another figure]" in questions[0]["prompt"]  # no answer by subtraction
    document = parse_document("Talks\n\nThe talks came after nearly two years of strain between them.\n", "t.txt")
    assert draft_pack(document, "d", "t.txt")["questions"][0]["answer"] == "2"


def test_same_fact_twice_is_one_question_with_both_wordings():
    text = "History\n\nTheir ties go back to the early 1900s.\n\nAgain\n\nTheir ties go back to the early 20th century.\n"
    [question] = draft_pack(parse_document(text, "t.txt"), "d", "t.txt")["questions"]
    assert question["text"] == "Their ties go back to the {{early 1900s|early 20th century}}."


def test_markdown_html_and_wrapped_plain_text(tmp_path):
    markdown = "# Title\n\n## Budget\n\nIntro line without facts here.\n\n- In **2016**, Canada pledged \\$4.6 billion.\n\n```\ncode 1999 here\n```\n"
    md = parse_document(markdown, "doc.md")
    [year, money] = draft_pack(md, "d", "doc.md")["questions"]
    assert year["text"] == "In {{2016}}, Canada pledged $4.6 billion." and year["source"]["locator"] == "Budget, para 2"
    assert money["answer"] == "$4.6 billion"

    page = "<html><head><title>Page</title><script>var y = 1999;</script></head><body><h2>NATO</h2><p>Founded in 1949 by twelve countries.</p></body></html>"
    [only] = draft_pack(parse_document(page, "p.html"), "d", "p.html")["questions"]
    assert only["text"] == "Founded in {{1949}} by twelve countries." and only["source"]["locator"] == "NATO, para 1"

    wrapped = "Opening\n\nCanada joined the alliance when it\nwas founded in 1949, with eleven\nother countries.\n"
    [question] = draft_pack(parse_document(wrapped, "w.txt"), "d", "w.txt")["questions"]
    assert question["text"] == "Canada joined the alliance when it was founded in {{1949}}, with eleven other countries."


def test_json_that_is_not_a_post_is_refused_clearly(tmp_path, capsys):
    path = tmp_path / "data.json"
    path.write_text(json.dumps({"rows": [1, 2]}), encoding="utf-8")
    assert main(["draft", str(path)]) == 1
    assert "content.rendered" in capsys.readouterr().err


def test_draft_command_writes_to_the_user_folder_and_never_overwrites(tmp_path, isolated_dirs, capsys):
    document = tmp_path / "article.md"
    document.write_text("# Alliance news\n\n## History\n\nThe alliance was founded in 1949 in Washington.\n", encoding="utf-8")
    assert main(["draft", str(document)]) == 0
    target = isolated_dirs / "packs" / "draft-alliance-news.yaml"
    pack, problems = load_pack_file(target)
    assert not problems and pack.title == "Draft: Alliance news" and all(q.draft for q in pack.questions)
    before = target.read_text(encoding="utf-8")
    assert main(["draft", str(document)]) == 1
    assert "already exists" in capsys.readouterr().err and target.read_text(encoding="utf-8") == before
    assert main(["draft", str(document), "-o", "-"]) == 0
    assert "draft: true" in capsys.readouterr().out
    empty = tmp_path / "empty.txt"
    empty.write_text("Nothing to ask about in this text at all.\n", encoding="utf-8")
    assert main(["draft", str(empty), "-o", str(tmp_path / "x.yaml")]) == 1 and not (tmp_path / "x.yaml").exists()


def test_a_name_the_sentence_spells_out_again_is_not_asked():
    text = "Outcomes\n\nWork Plan on National Security: both sides agreed on a work plan for national security.\n"
    assert draft_pack(parse_document(text, "t.txt"), "d", "t.txt")["questions"] == []
