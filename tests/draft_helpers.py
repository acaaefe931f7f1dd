"""Drafting a few paragraphs and reading the gaps back: shared by the drafting rule tests."""

from __future__ import annotations

import re

from studyapp.drafting import draft_questions, parse_document


def drafts(*paragraphs: str, title: str = "Article") -> list[dict]:
    text = title + "\n\n" + "\n\n".join(paragraphs) + "\n"
    return draft_questions(parse_document(text, "t.txt"), with_context=True)


def gaps(questions: list[dict]) -> list[str]:
    return [g.split("|")[0] for q in questions if q["type"] == "cloze" for g in re.findall(r"\{\{(.*?)\}\}", q["text"])]
