"""Score the grader against a labelled case file (see /tmp/team/EVAL_FORMAT.md, docs/grading.md).

    .venv/bin/python tests/grading_eval/score.py tests/grading_eval/tune.yaml

Prints agreement with the examiner's labels, false accepts (graded right,
labelled wrong) and false rejects, overall and by topic, then every disagreement.
Importable: ``score(path)`` returns a ``Score``.
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from types import SimpleNamespace

import yaml

from studyapp.grading import grade
from studyapp.packs import load_packs
from studyapp.paths import BUNDLED_PACKS


@dataclass
class Outcome:
    case_id: str
    topic: str
    response: object
    label: bool
    graded: bool
    detail: str
    expected: str
    why: str

    @property
    def agrees(self) -> bool:
        return self.label == self.graded


@dataclass
class Tally:
    cases: int = 0
    agree: int = 0
    false_accepts: int = 0
    false_rejects: int = 0

    def add(self, outcome: Outcome) -> None:
        self.cases += 1
        self.agree += outcome.agrees
        self.false_accepts += outcome.graded and not outcome.label
        self.false_rejects += outcome.label and not outcome.graded

    @property
    def agreement(self) -> float:
        return self.agree / self.cases if self.cases else 0.0


@dataclass
class Score:
    outcomes: list[Outcome] = field(default_factory=list)
    overall: Tally = field(default_factory=Tally)
    by_topic: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))

    @property
    def disagreements(self) -> list[Outcome]:
        return [o for o in self.outcomes if not o.agrees]


_VERDICTS: dict[tuple, tuple[bool, str, str]] = {}
"""Verdicts given in this process, by (question, response, date order): a third of the cases repeat one (the same
bundled question answered the same way in several files), and a verdict depends on nothing else."""

_QUESTION_SETS: list[dict] = []


def _kept(questions: dict) -> int:
    """A key for a set of bundled questions, kept alive so that its id is never another set's."""
    if not any(q is questions for q in _QUESTION_SETS):
        _QUESTION_SETS.append(questions)
    return id(questions)


_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml reads the 47 files about ten times faster


class CaseError(ValueError):
    """A case that cannot be scored (unknown ref, bad verdict): named by file and id."""


def _bundled_questions() -> dict[str, object]:
    """The bundled questions by pack/qid; their answers become real names, as when the app loads them."""
    from studyapp.context import _answers_of
    from studyapp.grading import remember_names

    result = load_packs([BUNDLED_PACKS])
    remember_names(list(_answers_of(result.packs)))
    return {f"{pack.id}/{q.id}": q for pack in result.packs for q in pack.questions}


def response_of(case: dict) -> str | list[str] | None:
    """The learner's response as typed: YAML reads "1949" as a number and a cloze's gaps as a list."""
    response = case.get("response", "")
    if isinstance(response, list):
        return [str(r) for r in response]
    if response is not None and not isinstance(response, str):
        return str(response)
    return response


def _inline_question(raw: dict, where: str) -> SimpleNamespace:
    kind = raw.get("type")
    if kind not in ("short", "numeric", "cloze"):
        raise CaseError(f"{where}: inline question type must be short, numeric or cloze, not {kind!r}")
    question = SimpleNamespace(
        type=kind, prompt=str(raw.get("prompt", "")), answer=raw.get("answer"), accept=tuple(str(a) for a in raw.get("accept") or ()),
        unit=raw.get("unit"), tolerance=raw.get("tolerance"), gaps=(), choices=(), items=(), text=raw.get("text", ""),
        category=raw.get("category"), explanation=str(raw.get("explanation", "")),
    )  # fmt: skip
    if kind == "cloze":
        gaps = raw.get("gaps")
        if gaps is None and question.text:  # the pack format: "{{a|b}}" in the text
            import re

            gaps = [part.split("|") for part in re.findall(r"\{\{(.*?)\}\}", question.text)]
        if gaps is None and isinstance(question.answer, list):  # EVAL_FORMAT: "{{gap}}" markers in the prompt, one answer each
            gaps = question.answer
            marks = question.prompt.split("{{gap}}")
            if not question.text and len(marks) == len(gaps) + 1:  # the sentence as a pack writes it, as the app shows it
                firsts = [str(g[0] if isinstance(g, list) else g) for g in gaps]
                question.text = "".join(m + ("{{" + firsts[i] + "}}" if i < len(firsts) else "") for i, m in enumerate(marks))
        question.gaps = tuple(tuple(str(g) for g in (gap if isinstance(gap, list) else [gap])) for gap in gaps or ())
        if not question.gaps:
            raise CaseError(f"{where}: inline cloze question has no gaps")
    elif question.answer is None:
        raise CaseError(f"{where}: inline question has no answer")
    return question


def score(path: Path | str, questions: dict[str, object] | None = None) -> Score:
    path = Path(path)
    cases = yaml.load(path.read_text(encoding="utf-8"), Loader=_LOADER) or []
    if not isinstance(cases, list):
        raise CaseError(f"{path}: expected a list of cases")
    questions = questions if questions is not None else _bundled_questions()
    result = Score()
    for number, case in enumerate(cases, 1):
        case_id = str(case.get("id", f"#{number}"))
        where = f"{path.name}: case {case_id}"
        if "ref" in case:
            question = questions.get(str(case["ref"]))
            if question is None:
                raise CaseError(f"{where}: no bundled question {case['ref']!r}")
        elif isinstance(case.get("question"), dict):
            question = _inline_question(case["question"], where)
        else:
            raise CaseError(f"{where}: needs 'ref' or 'question'")
        verdict = str(case.get("verdict", "")).strip().lower()
        if verdict not in ("right", "wrong"):
            raise CaseError(f"{where}: verdict must be right or wrong, not {case.get('verdict')!r}")
        response = response_of(case)
        date_order = str(case.get("date_order", "dmy"))
        asked = ("ref", _kept(questions), str(case["ref"])) if "ref" in case else ("inline", json.dumps(case["question"], sort_keys=True, default=str))
        key = (asked, repr(response), date_order)
        if (graded := _VERDICTS.get(key)) is None:
            verdict_given = grade(question, response, date_order=date_order)
            graded = _VERDICTS[key] = (verdict_given.correct, verdict_given.detail, verdict_given.expected)
        outcome = Outcome(case_id, str(case.get("topic", "?")), response, verdict == "right", *graded, str(case.get("why", "")))
        result.outcomes.append(outcome)
        result.overall.add(outcome)
        result.by_topic[outcome.topic].add(outcome)
    return result


def _line(name: str, tally: Tally) -> str:
    return f"{name:<20} {tally.cases:>5} {tally.agreement:>9.1%} {tally.false_accepts:>7} {tally.false_rejects:>7}"


def report(result: Score) -> str:
    lines = [f"{'topic':<20} {'cases':>5} {'agreement':>9} {'f.acc':>7} {'f.rej':>7}", _line("ALL", result.overall)]
    lines += [_line(topic, tally) for topic, tally in sorted(result.by_topic.items())]
    if result.disagreements:
        lines.append("")
        lines.append("Disagreements (label / graded):")
        for o in result.disagreements:
            kind = "FALSE ACCEPT" if o.graded else "false reject"
            lines.append(f"  {o.case_id} [{o.topic}] {kind}: {o.response!r} (answer {o.expected!r}) -> {o.detail} | label: {o.why}")
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: score.py CASES.yaml", file=sys.stderr)
        return 2
    try:
        result = score(argv[0])
    except (OSError, CaseError, yaml.YAMLError) as error:
        print(f"score.py: {error}", file=sys.stderr)
        return 1
    print(report(result))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
