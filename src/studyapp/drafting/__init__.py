"""Drafting questions from documents a learner reads: the facts, as draft questions to review.

Modules, one concern each:

- ``documents``: text, Markdown, HTML, WordPress JSON and PDF into headed paragraphs;
- ``nlp``: the English spaCy pipeline, loaded once and only when drafting;
- ``patterns``: the field's own names (exercises, vessels, agreements, ordinals, acronyms);
- ``facts``: sentences and facts, each fact once, from its clearest sentence;
- ``sentences``: a fact's sentence made to stand alone (speaker, relative times, context, length), or dropped;
- ``questions``: cloze, numeric, choice, true/false and order questions from facts;
- ``worth``: the last pass over the drafts: what a reviewer deletes goes (credit lines, the trip, half names, given-away gaps, absurd swaps, repeats);
- ``exam``: the exam formats from facts: statements with a swapped year or figure, pairs with their year;
- ``review``: the review of a draft pack (accept, edit, reject, skip), saved as it goes.

Importing this package is cheap: spaCy loads on the first draft, not here.
"""

from __future__ import annotations

import re

from studyapp.drafting.documents import Block, Document, DraftError, expand_inputs, parse_document, read_document

__all__ = [
    "Block", "DRAFT_HEADER", "Document", "DraftError", "draft_document", "draft_pack", "draft_questions", "expand_inputs",
    "parse_document", "read_document",
]  # fmt: skip

DRAFT_HEADER = """Drafted by `studyapp draft` from {file}.
Every question is marked `draft: true` and is left out of study until you delete that line
(or accept it in the review screen: `studyapp draft FILE --review`, or Drafts on the home screen).
For each one: check it against the document, reword it in your own words, fix the
category, then delete `draft: true` (or the whole question if it is not worth asking)."""


def draft_questions(document: Document, *, with_context: bool = False) -> list[dict]:
    """Distinct facts of the document as draft questions, in document order.

    With ``with_context`` each question also carries ``_paragraph`` (the
    paragraph it came from, for the review screen) and ``_fact`` (the fact it
    asks); keys starting with "_" are never written to a pack.
    """
    from studyapp.drafting.exam import pairs_question, statements_question
    from studyapp.drafting.facts import find_facts
    from studyapp.drafting.questions import order_question, question_for
    from studyapp.drafting.sentences import document_parties
    from studyapp.importers import slugify

    facts = find_facts(document)
    body = "\n".join(block.text for block in document.blocks)
    parties = document_parties(body, ". ".join([document.title, *re.split(r"(?<=[.!?])\s+|\n", body)[:2]]))
    questions: list[dict] = []
    ids: set[str] = set()
    tally: dict[str, int] = {}

    def add(question: dict, kind: str, name: str, sentence_text: str, locator: str, paragraph: str) -> None:
        base = f"{kind}-{slugify(name, 40) or 'fact'}"
        qid, n = base, 2
        while qid in ids:
            qid, n = f"{base}-{n}", n + 1
        ids.add(qid)
        explanation = question.pop("explanation", None) or f'The document says: "{sentence_text}"'
        full = {"id": qid, **question, "explanation": explanation, "source": {"key": "doc", "locator": locator}, "draft": True}
        if with_context:
            full["_paragraph"] = paragraph
            full["_fact"] = name
        questions.append(full)

    from studyapp.drafting.worth import problem

    for position, fact in enumerate(facts):
        earlier = [f for f in facts[:position]] + [f for f in facts if f.sentence.index < fact.sentence.index]
        fallback = None
        for occurrence in (fact, *fact.others):  # the best sentence first, then the fact's other mentions
            question = question_for(occurrence, facts, earlier, tally, document.date, parties)
            if question is None:
                continue
            if problem(question, document) is not None:  # a reviewer would delete this one: try the fact's next sentence
                fallback = fallback or (question, occurrence.sentence)
                continue
            fallback = (question, occurrence.sentence)
            break
        if fallback is None and fact.kind == "agreement":
            fallback = _asked_where_named_by_its_kind(fact, facts, earlier, tally, document, parties)
        if fallback is not None:
            question, sentence = fallback
            add(question, fact.kind, fact.answer, sentence.text, sentence.locator, sentence.paragraph)
    order = order_question(facts)
    if order is not None:
        locator, paragraph = order.pop("locator"), order.pop("paragraph")
        add(order, "order", "events", "", locator, paragraph)
    for exam_question, kind, name in ((statements_question(facts, document.title), "statements", "figures"), (pairs_question(facts), "pairs", "years")):
        if exam_question is not None:
            locator, paragraph = exam_question.pop("locator"), exam_question.pop("paragraph")
            add(exam_question, kind, name, "", locator, paragraph)
    from studyapp.drafting.worth import worth_asking

    return worth_asking(questions, document)  # what a reviewer would delete goes, credit lines are cut


def _asked_where_named_by_its_kind(fact, facts, earlier, tally, document, parties):
    """An agreement whose own sentences cannot be asked (a quotation, a subject that leans) is asked where the document
    calls it "the pact" or "the agreement", when it is the one agreement the document names: "The {{Framework for the
    US-India Major Defence Partnership}} was formalised during a meeting between ...". (question, sentence) or None."""
    from dataclasses import replace

    from studyapp.drafting.questions import question_for
    from studyapp.drafting.sentences import _THE_PACT, _one_agreement
    from studyapp.drafting.worth import problem

    if _one_agreement(facts) != fact.answer:
        return None
    own = {fact.sentence.index, *(m.sentence.index for m in fact.others)}
    sentences = {m.sentence.index: m.sentence for f in facts for m in (f, *f.others) if m.sentence.index not in own}
    for index in sorted(sentences):
        sentence = sentences[index]
        pact = _THE_PACT.search(sentence.text)
        if pact is None or sentence.leans:
            continue
        lead = pact.group(1) + " "
        text = sentence.text[: pact.start()] + lead + fact.answer + sentence.text[pact.end() :]
        shift = len(lead) + len(fact.answer) - (pact.end() - pact.start())
        finite = tuple(v + shift if v >= pact.end() else v for v in sentence.finite)
        start = pact.start() + len(lead)
        placed = replace(fact, sentence=replace(sentence, text=text, finite=finite), start=start, end=start + len(fact.answer), others=[])
        question = question_for(placed, facts, earlier, tally, document.date, parties)
        if question is not None and problem(question, document) is None:
            return question, placed.sentence
    return None


def draft_pack(document: Document, pack_id: str, source_file: str, *, with_context: bool = False) -> dict:
    source = {"key": "doc", "title": document.title, "file": source_file}
    if document.date:
        source["date"] = document.date
    return {
        "id": pack_id,
        "title": f"Draft: {document.title}",
        "description": f"Questions drafted from {source_file} by studyapp draft. Check each against the document, reword it, then remove draft: true.",
        "sources": [source],
        "questions": draft_questions(document, with_context=with_context),
    }


def draft_document(text: str, name: str = "document.txt") -> list[dict]:
    """Draft questions from a document's text (the benchmark's entry point)."""
    return draft_questions(parse_document(text, name))
