"""Question packs: the YAML format, its validation, and discovery on disk.

One file is one pack. Loading never stops at the first problem: a broken
question is skipped, a broken pack is skipped, and every problem is reported
as ``file:line: question 'id': message`` so authors can fix it in place.
"""

from __future__ import annotations

import gc
import os
import re
import reprlib
import stat
from collections.abc import Iterable, Sequence
from dataclasses import field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from studyapp.lean import lean_dataclass


if TYPE_CHECKING:
    from studyapp.pack_cache import PackCache

CATEGORIES = ("date", "operation", "figure", "person", "organisation", "agreement", "place", "concept")
TYPES = ("short", "choice", "truefalse", "numeric", "cloze", "order", "reveal", "statements", "pairs", "assertion")
"""``reveal``: reveal and rate, self-graded, for answers nobody can type (LaTeX, diagrams, long proofs)."""
ID_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$")
GAP_PATTERN = re.compile(r"\{\{(.*?)\}\}")
_CONTROL_CHARS = r"[\x00-\x1f\x7f-\x9f\u2028\u2029]"
"""Compiled on the first problem shown (``re``'s own cache), not by every start (0.2-0.4 ms)."""

MAX_PACK_BYTES = 5 * 1024 * 1024
"""Packs larger than this are refused: a hand-written pack is far smaller."""
MAX_ALIASES = 100
"""More YAML aliases than this is an alias bomb, not a question pack."""
MAX_NODES = 100_000
"""YAML values per file (about 6,000 questions): bounds the time a hostile file can take."""
MAX_PROBLEMS = 500
"""Errors reported per file before validation stops."""

PACK_KEYS = {"id", "title", "description", "sources", "questions", "format"}
SOURCE_KEYS = {"key", "title", "file", "url", "date", "author", "publisher", "section"}
COMMON_KEYS = {"id", "type", "category", "prompt", "explanation", "source", "tags", "draft", "fact"}
TYPE_KEYS = {
    "short": {"answer", "accept"},
    "choice": {"answer", "choices", "shuffle"},
    "truefalse": {"answer"},
    "numeric": {"answer", "accept", "unit", "tolerance"},
    "cloze": {"text"},
    "order": {"items"},
    "reveal": {"answer"},
    "statements": {"statements", "ask"},
    "pairs": {"pairs", "ask", "heads"},
    "assertion": {"statements", "explains"},
}
"""statements, pairs and assertion: exam-native formats (studyapp.exam_formats); the app builds their options."""
_QUESTION_KEYS = {qtype: COMMON_KEYS | keys for qtype, keys in TYPE_KEYS.items()}
CLAIM_KEYS = {"text", "correct", "why", "locator"}
PAIR_KEYS = {"left", "right", "correct", "why", "locator"}


@lean_dataclass(frozen=True, slots=True)
class Source:
    """A pack's source of facts (a document, site or book), cited by its questions' ``source:`` key."""

    key: str
    title: str = ""
    file: str = ""
    url: str = ""
    date: str = ""


@lean_dataclass(frozen=True, slots=True)
class Question:
    """One validated question. ``answer`` is typed by ``type``:
    str for short, tuple[str, ...] for choice, bool for truefalse,
    str|int|float for numeric; cloze uses ``gaps``, order uses ``items``."""

    pack_id: str
    id: str
    type: str
    category: str
    prompt: str
    answer: Any = None
    accept: tuple[str, ...] = ()
    choices: tuple[str, ...] = ()
    shuffle: bool = True
    unit: str | None = None
    tolerance: float | str | None = None
    text: str = ""
    gaps: tuple[tuple[str, ...], ...] = ()
    items: tuple[str, ...] = ()
    explanation: str = ""
    source_key: str = ""
    locator: str = ""
    tags: tuple[str, ...] = ()
    draft: bool = False
    line: int = 0
    fact: str = ""
    """Questions with the same fact key (in any pack) are siblings (studyapp.siblings)."""
    claims: tuple[Any, ...] = ()
    """statements/pairs/assertion: each statement or pair (studyapp.exam_formats.Claim)."""
    ask: str = ""
    """statements: "which" or "how-many"; pairs: "how-many" or "match"."""
    heads: tuple[str, ...] = ()
    """pairs: the two column headings (e.g. Exercise, Partner country)."""
    explains: bool = False
    """assertion: Statement-II is the correct explanation of Statement-I."""

    @property
    def is_choice(self) -> bool:
        """Answered by picking options with digit keys and graded as a choice (choice and the exam formats)."""
        return self.type == "choice" or bool(self.claims)

    @property
    def stem(self) -> str:
        """The prompt as shown: for the exam formats, the lead with the statements or lists and the ask."""
        if not self.claims:
            return self.prompt
        from studyapp.exam_formats import stem

        return stem(self)

    @property
    def feedback(self) -> str:
        """The explanation as shown after answering: for the exam formats, each statement's verdict and why first."""
        if not self.claims:
            return self.explanation
        from studyapp.exam_formats import feedback_text

        return feedback_text(self)

    @property
    def key(self) -> tuple[str, str]:
        return (self.pack_id, self.id)

    @property
    def display_answer(self) -> str:
        """The correct answer as one line of text for feedback and exports."""
        if self.is_choice:
            return "; ".join(self.answer)
        if self.type == "truefalse":
            return "True" if self.answer else "False"
        if self.type == "cloze":
            return "; ".join(gap[0] for gap in self.gaps)
        if self.type == "order":
            return " → ".join(self.items)
        if self.type == "numeric" and self.unit:
            return f"{self.answer} {self.unit}"
        return str(self.answer)

    def cloze_parts(self) -> list[str | int]:
        """The cloze text split into literal strings and gap indexes."""
        parts: list[str | int] = []
        last = 0
        for index, match in enumerate(GAP_PATTERN.finditer(self.text)):
            parts.append(self.text[last : match.start()])
            parts.append(index)
            last = match.end()
        parts.append(self.text[last:])
        return parts


@lean_dataclass(frozen=True, slots=True, eq=False)
class Pack:
    """One validated pack file: its questions and sources.

    A session's start reads each pack through ``ids``, ``study_ids``, ``facts`` and
    ``study_question``, never ``questions`` itself: a pack from the pack cache
    (studyapp.pack_cache.CachedPack) answers those from its index and builds only
    the questions asked for, where ``questions`` builds them all."""

    id: str
    title: str
    path: Path
    description: str = ""
    sources: tuple[Source, ...] = ()
    questions: tuple[Question, ...] = ()
    near: tuple[tuple[int, int, str], ...] = field(default=(), repr=False, compare=False)
    """Probable siblings (studyapp.siblings): indexes into ``questions`` of each pair and
    the answer that links them, worked out when the pack is validated and kept in the
    pack cache, so validate, a session or a mock exam only looks them up."""
    _study: tuple[Question, ...] = field(init=False, repr=False, compare=False, default=())
    _with_fact: tuple[Question, ...] | None = field(init=False, repr=False, compare=False, default=None)
    _ids: tuple[str, ...] | None = field(init=False, repr=False, compare=False, default=None)
    _study_ids: tuple[str, ...] | None = field(init=False, repr=False, compare=False, default=None)
    _facts: tuple[tuple[int, str], ...] | None = field(init=False, repr=False, compare=False, default=None)

    def __post_init__(self) -> None:
        # Worked out once: every session start and home refresh asks (5 ms a time at
        # 100,000 questions). The same tuple when no question is a draft.
        drafts = any(q.draft for q in self.questions)
        object.__setattr__(self, "_study", tuple(q for q in self.questions if not q.draft) if drafts else self.questions)

    def __eq__(self, other: object) -> bool:
        # Any two packs alike, whichever class holds them (a cached pack is a subclass).
        if not isinstance(other, Pack):
            return NotImplemented
        return (self.id, self.title, self.path, self.description, self.sources, self.questions) == (
            other.id, other.title, other.path, other.description, other.sources, other.questions,
        )  # fmt: skip

    def __hash__(self) -> int:
        return hash((self.id, self.title, self.path))  # equal packs have these equal; the questions need not be built

    @property
    def study_questions(self) -> tuple[Question, ...]:
        return self._study

    @property
    def with_fact(self) -> tuple[Question, ...]:
        """The questions that have a ``fact:`` key, worked out on first use (sessions ask
        at every start; most packs have none)."""
        if self._with_fact is None:
            object.__setattr__(self, "_with_fact", tuple(q for q in self.questions if q.fact))
        return self._with_fact  # type: ignore[return-value]

    @property
    def ids(self) -> tuple[str, ...]:
        """Every question's id, in file order (``questions``' order)."""
        if self._ids is None:
            object.__setattr__(self, "_ids", tuple(q.id for q in self.questions))
        return self._ids  # type: ignore[return-value]

    @property
    def study_ids(self) -> tuple[str, ...]:
        """The study questions' ids, in order (``study_questions``' order)."""
        if self._study_ids is None:
            object.__setattr__(self, "_study_ids", tuple(q.id for q in self.study_questions))
        return self._study_ids  # type: ignore[return-value]

    @property
    def facts(self) -> tuple[tuple[int, str], ...]:
        """Each question with a ``fact:`` key, drafts too: its index in ``questions`` and the key."""
        if self._facts is None:
            object.__setattr__(self, "_facts", tuple((i, q.fact) for i, q in enumerate(self.questions) if q.fact))
        return self._facts  # type: ignore[return-value]

    def study_facts(self) -> list[tuple[str, str]]:
        """Each study question with a ``fact:`` key: its id and the key."""
        return [(q.id, q.fact) for q in self.study_questions if q.fact]

    def study_question(self, index: int) -> Question:
        """The ``index``-th study question (``study_questions[index]``, built alone if need be)."""
        return self.study_questions[index]

    def questions_at(self, indexes: Sequence[int]) -> list[Question]:
        """The questions at ``indexes`` of ``questions`` (built together if need be)."""
        questions = self.questions
        return [questions[i] for i in indexes]

    def study_questions_at(self, indexes: Sequence[int]) -> list[Question]:
        """The study questions at ``indexes`` (built together if need be)."""
        study = self.study_questions
        return [study[i] for i in indexes]

    def answers(self) -> Iterable[str]:
        """Every answer, accepted answer, choice and gap, for the grader's typo guard (lazily)."""
        return answer_texts(self.questions)

    def source(self, key: str) -> Source | None:
        return next((s for s in self.sources if s.key == key), None)


def answer_texts(questions: Iterable[Question]) -> Iterable[str]:
    """The answers, accepted answers, choices and gaps of ``questions``, as a lazy stream."""
    for q in questions:
        if q.type in ("short", "numeric"):
            yield str(q.answer)
        elif q.type == "choice":
            yield from q.answer
            yield from q.choices
        elif q.type == "cloze":
            for gap in q.gaps:
                yield from gap
        yield from q.accept


class StudyQuestions(Sequence):
    """The study questions of ``packs``, in order, as a sequence built only when read.

    What a session on whole packs is given (``StudySession``): its start reads the
    packs' ids and builds only the questions of its queue; reading this as a
    sequence builds every question of the packs."""

    def __init__(self, packs: Iterable[Pack]) -> None:
        self.packs: tuple[Pack, ...] = tuple(packs)

    def __len__(self) -> int:
        return sum(len(pack.study_ids) for pack in self.packs)

    def __iter__(self):
        for pack in self.packs:
            yield from pack.study_questions

    def __getitem__(self, index):
        if isinstance(index, slice):
            return list(self)[index]
        if index < 0:
            index += len(self)
        for pack in self.packs:
            size = len(pack.study_ids)
            if index < size:
                return pack.study_question(index)
            index -= size
        raise IndexError("question index out of range")


@lean_dataclass(frozen=True, slots=True)
class Problem:
    """A validation error (the thing is skipped) or warning (it still loads)."""

    path: str
    line: int
    message: str
    question_id: str | None = None
    severity: str = "error"

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        who = f" question '{self.question_id}':" if self.question_id else ""
        tag = "" if self.severity == "error" else " warning:"
        # One line, and nothing a terminal would act on: messages quote pack text.
        return re.sub(_CONTROL_CHARS, lambda m: f"\\x{ord(m.group()):02x}", f"{where}:{tag}{who} {self.message}")


@lean_dataclass(slots=True)
class LoadResult:
    """Every pack loaded, and the problems met on the way."""

    packs: list[Pack] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "warning"]

    def questions(self) -> dict[tuple[str, str], Question]:
        return {q.key: q for pack in self.packs for q in pack.questions}


class PackChanged(ValueError):
    """A loaded pack's question that can no longer be had as it was loaded: the pack
    cache's copy of it is damaged and the pack file changed since (its ids differ).
    A session skips such a question and says so in a line; nothing else raises it."""


class PackError(Exception):
    """A problem that makes a whole file unreadable."""

    def __init__(self, line: int, message: str) -> None:
        super().__init__(message)
        self.line = line
        self.message = message


def parse_yaml(text: str) -> Any:
    """Parse YAML text with safe_load semantics, raising PackError with a line
    (see :mod:`studyapp.pack_yaml`, imported here so PyYAML loads only when needed)."""
    from studyapp.pack_yaml import parse_yaml as parse

    return parse(text)


def read_pack_text(path: Path) -> str:
    """Read a pack file as text, refusing huge and non-UTF-8 files clearly."""
    too_big = f"packs are limited to {MAX_PACK_BYTES // 1024 // 1024} MiB"
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            raise PackError(0, "not a regular file")  # a FIFO or device would block or never end
        if info.st_size > MAX_PACK_BYTES:
            raise PackError(0, f"file is {info.st_size // 1024} KiB; {too_big}")
        with path.open("rb") as stream:
            data = stream.read(MAX_PACK_BYTES + 1)  # the file may grow after stat()
        if len(data) > MAX_PACK_BYTES:
            raise PackError(0, f"file is over {MAX_PACK_BYTES // 1024} KiB; {too_big}")
    except OSError as exc:
        raise PackError(0, f"cannot read file: {exc.strerror or exc}") from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise PackError(line, f"not valid UTF-8 (byte {exc.start})") from None
    if "\x00" in text:
        raise PackError(text.count("\n", 0, text.index("\x00")) + 1, "file contains NUL bytes")
    return text


# --- validation ---------------------------------------------------------------


def _unfrozen_twin():
    """A plain dataclass with ``Question``'s very slots and defaults, or None when it cannot stand in.

    ``Question`` is frozen: its ``__init__`` sets each of its fields through
    ``object.__setattr__`` (about 7 µs a question: 0.7 s of an uncached load of 100,000
    questions, 0.3 s of a start from the pack cache). The twin's ``__init__`` stores
    the same values as plain slot assignments, and the object then becomes a
    ``Question`` by having its class assigned, which Python allows between classes with
    identical slots. Not used if ``Question`` gains a ``__post_init__`` or other slots, or
    Python refuses. tests/test_pack_fast_path.py and tests/test_pack_cache.py hold the
    results equal to ``Question(...)`` field for field.
    """
    from dataclasses import fields, make_dataclass

    own = fields(Question)
    if getattr(Question, "__post_init__", None) is not None or tuple(Question.__slots__) != tuple(f.name for f in own):
        return None
    twin = make_dataclass(
        "_QuestionTwin",
        [(f.name, f.type, field(default=f.default)) for f in own],
        namespace={"__doc__": "Question's unfrozen twin (see _unfrozen_twin)."},  # a docstring: no signature worked out for one
        slots=True,
        eq=False,
        repr=False,
        match_args=False,
    )
    try:
        probe = twin(pack_id="", id="", type="", category="", prompt="")
        probe.__class__ = Question
    except TypeError:
        return None
    return twin


_TWIN = _unfrozen_twin()


def _new_question(**values: Any) -> Question:
    """``Question(**values)``, three times faster (the unfrozen twin above)."""
    if _TWIN is None:
        return Question(**values)
    question = _TWIN(**values)
    question.__class__ = Question
    return question


def question_from_values(values: tuple) -> Question:
    """``Question(*values)`` (every field, in order), through the same twin: the pack cache's way back."""
    if _TWIN is None:
        return Question(*values)
    question = _TWIN(*values)
    question.__class__ = Question
    return question


_SOURCE_REF_KEYS = frozenset(("key", "locator"))


class _TooManyProblems(Exception):
    pass


class _Checker:
    """Validates one parsed file, collecting problems with their lines."""

    def __init__(self, display_path: str) -> None:
        self.path = display_path
        self.problems: list[Problem] = []
        self.error_count = 0
        self._shared: dict = {}
        """Values that repeat across a pack (type, category, source, tags), kept once:
        the parser makes a new string for each, some 30 MB at 100,000 questions."""
        self._prompt_letters: dict[int, tuple[Question, str]] = {}
        """``_letters`` of an ASCII prompt, by the question's id() (with the question, so the
        id is not reused for another): likely_mistakes works it out, duplicate_prompts needs
        it again (a question without text or claims)."""

    def share(self, value):
        return self._shared.setdefault(value, value)

    def error(self, line: int, message: str, qid: str | None = None) -> None:
        self.problems.append(Problem(self.path, line, message, qid, "error"))
        self.error_count += 1
        if self.error_count >= MAX_PROBLEMS:
            raise _TooManyProblems

    def warn(self, line: int, message: str, qid: str | None = None) -> None:
        self.problems.append(Problem(self.path, line, message, qid, "warning"))

    def unknown_keys(self, mapping: dict, allowed: set[str], qid: str | None = None) -> bool:
        if mapping.keys() <= allowed:
            return True
        ok = True
        for key in mapping:
            if key not in allowed:
                import difflib  # only for a misspelt key: not imported by every start

                guess = difflib.get_close_matches(str(key), sorted(allowed), n=1)
                hint = f" (did you mean '{guess[0]}'?)" if guess else ""
                self.error(_line_of(mapping, key), f"unknown field '{key}'{hint}", qid)
                ok = False
        return ok

    def pack(self, data: Any, path: Path) -> Pack | None:
        if not isinstance(data, dict):
            self.error(1, "a pack must be a mapping with id, title and questions")
            return None
        ok = self.unknown_keys(data, PACK_KEYS)
        pack_id = data.get("id")
        if not isinstance(pack_id, str) or not ID_PATTERN.match(pack_id):
            self.error(_line_of(data, "id"), "pack 'id' is missing or not a valid id (letters, digits, - _ .)")
            ok = False
        title = data.get("title")
        if not isinstance(title, str) or not title.strip():
            self.error(_line_of(data, "title"), "pack 'title' is missing")
            ok = False
        description = data.get("description") or ""
        if not isinstance(description, str):
            self.error(_line_of(data, "description"), "'description' must be text")
            description = ""
        sources = self.sources(data.get("sources"), _line_of(data, "sources"))
        raw_questions = data.get("questions")
        if not isinstance(raw_questions, list):
            self.error(_line_of(data, "questions"), "pack 'questions' is missing or not a list")
            ok = False
        if not ok:
            return None
        source_keys = {s.key for s in sources}
        questions: list[Question] = []
        seen: dict[str, int] = {}
        list_line = _line_of(data, "questions")
        for index, raw in enumerate(raw_questions):
            question = self.question(raw, pack_id, source_keys, index, list_line)
            if question is None:
                continue
            if question.id in seen:
                self.error(question.line, f"duplicate question id (first at line {seen[question.id]})", question.id)
                continue
            seen[question.id] = question.line
            questions.append(question)
        self.duplicate_prompts(questions)
        from studyapp.siblings import probable_pairs

        near = tuple(sorted((i, j, key) for (i, j), key in probable_pairs(questions, decided=False).items()))
        return Pack(pack_id, title.strip(), path, description.strip(), tuple(sources), tuple(questions), near)

    def sources(self, raw: Any, line: int) -> list[Source]:
        if raw is None:
            return []
        if not isinstance(raw, list):
            self.error(line, "'sources' must be a list")
            return []
        sources: list[Source] = []
        for item in raw:
            if not isinstance(item, dict) or not isinstance(item.get("key"), str):
                self.error(getattr(item, "line", line), "each source needs a 'key'")
                continue
            self.unknown_keys(item, SOURCE_KEYS)
            if any(s.key == item["key"] for s in sources):
                self.error(item.line, f"duplicate source key '{item['key']}'")
                continue
            sources.append(
                Source(
                    key=item["key"],
                    title=_text(item.get("title")),
                    file=_text(item.get("file")),
                    url=_text(item.get("url")),
                    date=_text(item.get("date")),
                )
            )
        return sources

    def question(self, raw: Any, pack_id: str, source_keys: set[str], index: int, list_line: int) -> Question | None:
        if not isinstance(raw, dict):
            self.error(list_line, f"question #{index + 1} is not a mapping")
            return None
        line = raw.line
        qid = raw.get("id")
        if not isinstance(qid, str) or not ID_PATTERN.match(qid):
            label = f"#{index + 1}" if qid is None else _shown(qid)
            self.error(line, f"question {label}: missing or invalid 'id' (letters, digits, - _ .)")
            return None
        before = self.error_count
        qtype = raw.get("type")
        if qtype not in TYPES:
            self.error(_line_of(raw, "type"), f"unknown type {_shown(qtype)} (one of {', '.join(TYPES)})", qid)
            return None
        if not raw.keys() <= _QUESTION_KEYS[qtype]:
            self.unknown_keys(raw, _QUESTION_KEYS[qtype], qid)
        category = raw.get("category")
        if category not in CATEGORIES:
            self.error(_line_of(raw, "category"), f"unknown or missing category {_shown(category)} (one of {', '.join(CATEGORIES)})", qid)
        prompt = raw.get("prompt")
        if qtype not in ("cloze", "statements", "pairs", "assertion") and (not isinstance(prompt, str) or not prompt.strip()):
            self.error(_line_of(raw, "prompt"), "missing 'prompt'", qid)
        prompt = prompt if type(prompt) is str else _text(prompt)
        explanation = raw.get("explanation")
        if explanation is not None and not isinstance(explanation, str):
            self.error(_line_of(raw, "explanation"), "'explanation' must be text", qid)
        explanation = explanation if type(explanation) is str else _text(explanation)
        source_key, locator = self.source_ref(raw, source_keys, qid)
        tags = raw.get("tags") or []
        if not isinstance(tags, list) or not all(isinstance(t, (str, int)) for t in tags):
            self.error(_line_of(raw, "tags"), "'tags' must be a list of words", qid)
            tags = []
        draft = raw.get("draft", False)
        if not isinstance(draft, bool):
            self.error(_line_of(raw, "draft"), "'draft' must be true or false", qid)
        fact = raw.get("fact", "")
        if not isinstance(fact, str) or not ID_PATTERN.match(fact):
            if "fact" in raw:
                self.error(_line_of(raw, "fact"), f"'fact' must be a short id (letters, digits, - _ .), not {_shown(fact)}", qid)
            fact = ""
        fields = self.typed_fields(raw, qtype, qid)
        if self.error_count > before or fields is None:
            return None
        if not explanation and not fields.get("claims"):  # the exam formats explain each statement
            self.warn(line, "no explanation", qid)
        if not source_key:
            self.warn(line, "no source", qid)
        share = self._shared.setdefault
        question = _new_question(
            pack_id=pack_id,
            id=qid,
            type=share(qtype, qtype),
            category=share(category, category),
            prompt=prompt.strip(),
            explanation=explanation.strip(),
            source_key=share(source_key, source_key),
            locator=share(locator, locator),
            tags=() if not tags else self.share(tuple([share(t, t) if type(t) is str else self.share(str(t)) for t in tags])),
            draft=bool(draft),
            line=line,
            fact=fact,
            **fields,
        )
        self.likely_mistakes(question)
        return question

    def source_ref(self, raw: dict, source_keys: set[str], qid: str) -> tuple[str, str]:
        ref = raw.get("source")
        if ref is None:
            return "", ""
        if isinstance(ref, dict) and ref.keys() <= _SOURCE_REF_KEYS:  # the usual {key, locator}: the checks below in short
            key, locator = ref.get("key"), ref.get("locator")
            if type(key) is str and key and key in source_keys and (locator is None or type(locator) is str):
                return key, locator or ""
        line = _line_of(raw, "source")
        if isinstance(ref, str):
            key, locator = ref, ""
        elif isinstance(ref, dict):
            self.unknown_keys(ref, {"key", "locator"}, qid)
            key, locator = ref.get("key"), _text(ref.get("locator"))
        else:
            self.error(line, "'source' must be {key: ..., locator: ...}", qid)
            return "", ""
        if not isinstance(key, str) or not key:
            self.error(line, "'source' needs a 'key'", qid)
            return "", ""
        if source_keys and key not in source_keys:
            self.error(line, f"source key '{key}' is not among the pack's sources ({', '.join(sorted(source_keys))})", qid)
        elif not source_keys:
            self.error(line, f"source key '{key}' but the pack lists no sources", qid)
        return key, locator

    def typed_fields(self, raw: dict, qtype: str, qid: str) -> dict | None:
        answer_line = _line_of(raw, "answer")
        if qtype == "short":
            answer = raw.get("answer")
            if not _is_scalar_text(answer):
                self.error(answer_line, "missing 'answer'", qid)
                return None
            accept = self.text_list(raw, "accept", qid)
            return {"answer": str(answer).strip(), "accept": accept}
        if qtype == "reveal":
            answer = raw.get("answer")
            if not _is_scalar_text(answer):
                self.error(answer_line, "missing 'answer' (the text shown when the learner reveals it)", qid)
                return None
            return {"answer": str(answer).strip()}
        if qtype == "choice":
            choices = self.text_list(raw, "choices", qid)
            if len(choices) < 2 or len(choices) > 8:
                self.error(_line_of(raw, "choices"), "'choices' needs 2 to 8 entries", qid)
                return None
            answer = raw.get("answer")
            answers = answer if isinstance(answer, list) else [answer]
            if answer is None or not all(_is_scalar_text(a) for a in answers) or not answers:
                self.error(answer_line, "missing 'answer'", qid)
                return None
            answers = [str(a).strip() for a in answers]
            missing = [a for a in answers if a not in choices]
            if missing:
                self.error(answer_line, f'choices do not include the answer "{missing[0]}"', qid)
                return None
            shuffle = raw.get("shuffle", True)
            return {"answer": tuple(dict.fromkeys(answers)), "choices": choices, "shuffle": bool(shuffle)}
        if qtype in ("statements", "pairs", "assertion"):
            return self.exam_fields(raw, qtype, qid)
        if qtype == "truefalse":
            answer = raw.get("answer")
            if not isinstance(answer, bool):
                self.error(answer_line, "'answer' must be true or false", qid)
                return None
            return {"answer": answer}
        if qtype == "numeric":
            return self.numeric_fields(raw, qid)
        if qtype == "cloze":
            text = raw.get("text")
            if not isinstance(text, str) or not text.strip():
                self.error(_line_of(raw, "text"), "missing 'text' with {{gaps}}", qid)
                return None
            gaps = []
            for match in GAP_PATTERN.finditer(text):
                alternatives = tuple(a.strip() for a in match.group(1).split("|") if a.strip())
                if not alternatives:
                    self.error(_line_of(raw, "text"), "a cloze gap is empty", qid)
                    return None
                gaps.append(alternatives)
            if not gaps:
                self.error(_line_of(raw, "text"), "cloze 'text' has no {{gaps}}", qid)
                return None
            return {"text": text.strip(), "gaps": tuple(gaps)}
        # order
        items = self.text_list(raw, "items", qid)
        if len(items) < 2:
            self.error(_line_of(raw, "items"), "'order' needs at least 2 items", qid)
            return None
        if len(items) > 8:
            self.error(_line_of(raw, "items"), "'order' takes at most 8 items", qid)
            return None
        return {"items": items}

    def exam_fields(self, raw: dict, qtype: str, qid: str) -> dict | None:
        """statements, pairs, assertion: the claims as written, then the options the paper would print."""
        from studyapp.exam_formats import PAIR_ASKS, STATEMENT_ASKS, Claim, build_options

        key = "pairs" if qtype == "pairs" else "statements"
        line = _line_of(raw, key)
        asks = PAIR_ASKS if qtype == "pairs" else STATEMENT_ASKS
        ask = raw.get("ask", asks[0]) if qtype != "assertion" else ""
        if qtype != "assertion" and ask not in asks:
            self.error(_line_of(raw, "ask"), f"'ask' must be one of {', '.join(asks)}, not {_shown(ask)}", qid)
            return None
        items = raw.get(key)
        low, high = (2, 2) if qtype == "assertion" else ((3, 4) if ask == "match" else (2, 6))
        if not isinstance(items, list) or not low <= len(items) <= high:
            wanted = "exactly 2 (Statement-I and Statement-II)" if low == high else f"{low} to {high}"
            self.error(line, f"'{key}' needs {wanted} entries", qid)
            return None
        claims: list[Claim] = []
        for item in items:
            where = getattr(item, "line", line)
            if not isinstance(item, dict):
                self.error(where, f"each of '{key}' is a mapping with " + ("left, right, why" if key == "pairs" else "text, correct, why"), qid)
                return None
            if not self.unknown_keys(item, PAIR_KEYS if key == "pairs" else CLAIM_KEYS, qid):
                return None
            correct = item.get("correct", True) if key == "pairs" else item.get("correct")
            if not isinstance(correct, bool):
                self.error(_line_of(item, "correct"), "'correct' must be true or false" + ("" if key == "pairs" else " (every statement says whether it is correct)"), qid)
                return None
            why = item.get("why")
            if not _is_scalar_text(why):
                self.error(_line_of(item, "why"), "missing 'why': each statement or pair explains its verdict", qid)
                return None
            locator = _text(item.get("locator")).strip()
            if key == "pairs":
                left, right = item.get("left"), item.get("right")
                if not _is_scalar_text(left) or not _is_scalar_text(right):
                    self.error(where, "a pair needs 'left' and 'right'", qid)
                    return None
                left, right = str(left).strip(), str(right).strip()
                if ask == "match" and not correct:
                    self.error(_line_of(item, "correct"), "match lists hold the right pairs only: the app builds the wrong codes", qid)
                    return None
                claims.append(Claim(f"{left} — {right}", correct, str(why).strip(), locator, left, right))
            else:
                text = item.get("text")
                if not _is_scalar_text(text):
                    self.error(_line_of(item, "text"), "a statement needs 'text'", qid)
                    return None
                claims.append(Claim(str(text).strip(), correct, str(why).strip(), locator))
        if len({c.text.casefold() for c in claims}) < len(claims) or (ask == "match" and len({c.right.casefold() for c in claims}) < len(claims)):
            self.error(line, f"two of '{key}' are the same", qid)
            return None
        explains = raw.get("explains", False)
        if qtype == "assertion":
            if not isinstance(explains, bool):
                self.error(_line_of(raw, "explains"), "'explains' must be true or false", qid)
                return None
            if not claims[0].correct and not claims[1].correct:
                self.error(line, "the four standard options need at least one of the two statements correct", qid)
                return None
            if explains and not (claims[0].correct and claims[1].correct):
                self.error(_line_of(raw, "explains"), "'explains: true' needs both statements correct", qid)
                return None
        heads: tuple[str, ...] = ()
        if qtype == "pairs" and raw.get("heads") is not None:
            heads = self.text_list(raw, "heads", qid)
            if len(heads) != 2:
                self.error(_line_of(raw, "heads"), "'heads' needs the two column headings", qid)
                return None
        choices, answer = build_options(qtype, ask, qid, claims, bool(explains))
        return {"claims": tuple(claims), "ask": ask, "heads": heads, "explains": bool(explains), "choices": choices, "answer": (answer,), "shuffle": False}

    def numeric_fields(self, raw: dict, qid: str) -> dict | None:
        from studyapp.grading import answer_quantity

        answer = raw.get("answer")
        line = _line_of(raw, "answer")
        if isinstance(answer, bool) or not isinstance(answer, (int, float, str)) or (isinstance(answer, str) and not answer.strip()):
            self.error(line, "missing 'answer'", qid)
            return None
        if answer_quantity(str(answer)) is None:
            self.error(line, f"numeric answer {answer!r} is not a number", qid)
            return None
        accept = self.text_list(raw, "accept", qid)
        for alternative in accept:
            if answer_quantity(alternative) is None:
                self.error(_line_of(raw, "accept"), f"accepted answer {alternative!r} is not a number", qid)
                return None
        unit = raw.get("unit")
        if unit is not None and not _is_scalar_text(unit):
            self.error(_line_of(raw, "unit"), "'unit' must be text", qid)
            return None
        tolerance = raw.get("tolerance")
        if tolerance is not None:
            valid = (isinstance(tolerance, (int, float)) and not isinstance(tolerance, bool) and tolerance >= 0) or (
                isinstance(tolerance, str) and re.fullmatch(r"\s*\d+(\.\d+)?\s*%\s*", tolerance)
            )
            if not valid:
                self.error(_line_of(raw, "tolerance"), "'tolerance' must be a number or a percentage like \"5%\"", qid)
                return None
        return {"answer": answer, "accept": accept, "unit": str(unit) if unit is not None else None, "tolerance": tolerance}

    def text_list(self, raw: dict, key: str, qid: str) -> tuple[str, ...]:
        value = raw.get(key)
        if value is None:
            return ()
        if not isinstance(value, list) or not all(_is_scalar_text(v) for v in value):
            self.error(_line_of(raw, key), f"'{key}' must be a list of text", qid)
            return ()
        for first, second in zip(value, value[1:]):
            if isinstance(first, str) and isinstance(second, int) and 1000 <= second <= 2999 and _split_date(first, second):
                self.warn(
                    _line_of(raw, key),
                    f"'{key}' has '{first}' and {second} as two answers; for the date \"{first}, {second}\" write it in quotes",
                    qid,
                )  # [January 1, 2024] in YAML is two items: the yearless date and the bare year would both be accepted
        return tuple(str(v).strip() for v in value)

    def likely_mistakes(self, q: Question) -> None:
        # _letters and _key first (see _letters): normalise (imported only then: an import
        # statement costs a microsecond a question) only when they say a warning may be due.
        if q.type == "choice" and len({_key(c) for c in q.choices}) < len(q.choices):
            from studyapp.grading import normalise

            normalised = [normalise(c) for c in q.choices]
            if len(set(normalised)) < len(normalised):
                self.warn(q.line, "repeated choices", q.id)
        if q.type == "order" and len({_key(i) for i in q.items}) < len(q.items):
            from studyapp.grading import normalise

            if len({normalise(i) for i in q.items}) < len(q.items):
                self.warn(q.line, "order items are not distinct", q.id)
        answers: list[str] = []
        if q.type in ("short", "numeric", "reveal"):
            answers = [str(q.answer)]
        elif q.type == "choice":
            answers = list(q.answer)
        shown = q.prompt
        if q.type == "cloze":  # a gap's answer written out elsewhere in the text gives it away
            answers = [gap[0] for gap in q.gaps]
            shown = q.prompt + " " + GAP_PATTERN.sub(" ", q.text)
        letters = _letters(shown) if answers else ""
        if letters and shown is q.prompt and not q.text and not q.claims and shown.isascii():
            self._prompt_letters[id(q)] = (q, letters)  # _letters(prompt + " ") is the same: spaces are dropped
        prompt = None
        for answer in answers:
            if _key(answer) not in letters:
                continue  # its normalised form cannot be in the normalised prompt
            from studyapp.grading import normalise

            if prompt is None:
                prompt = f" {normalise(shown)} "
            needle = normalise(answer)
            if len(needle) >= 3 and f" {needle} " in prompt:
                self.warn(q.line, f'the answer "{answer}" appears in the prompt', q.id)
                break

    def duplicate_prompts(self, questions: Sequence[Question]) -> None:
        from studyapp.grading import normalise

        # Two prompts that normalise alike have the same _key: only questions sharing a key
        # with another are normalised (a cloze always: its text is built from parts).
        keys: dict[str, int] = {}
        own: list[str | None] = []  # each question's key, computed once for both passes
        for q in questions:
            if q.type != "cloze":
                known = self._prompt_letters.get(id(q))
                key = known[1].lstrip("thean") if known is not None and known[0] is q else _key(q.stem + " " + q.text)
                keys[key] = keys.get(key, 0) + 1
                own.append(key)
            else:
                own.append(None)
        seen: dict[str, Question] = {}
        for q, key in zip(questions, own):
            if q.type == "cloze":
                # where the gaps fall is part of the question (one sentence can ask two facts)
                text = normalise(q.prompt) + " " + " ".join(normalise(p) if isinstance(p, str) else f"<{p}>" for p in q.cloze_parts())
                text = text.strip()
            elif keys[key] > 1:
                text = normalise(q.stem + " " + q.text)
            else:
                continue  # no other question's prompt can normalise to the same text
            if not text:
                continue
            if text in seen:
                self.warn(q.line, f"same prompt as question '{seen[text].id}' (line {seen[text].line})", q.id)
            else:
                seen[text] = q

    def errors_only(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]


_NOT_LETTERS = re.compile(r"[\W_]+")
_NOT_ASCII_LETTERS = bytes(c for c in range(128) if not chr(c).isalnum())


def _letters(text: str) -> str:
    """The letters and digits of ``text`` that grading's ``normalise`` keeps, and nothing else:
    a cheap stand-in (one regex, no Python call per punctuation mark) to rule out a match.

    ``normalise`` folds the text the same way, then turns every other character into a
    space or drops it, and drops leading articles. So ``_letters(normalise(x))`` is a
    suffix of ``_letters(x)`` and what comes before it is made of "the", "a" and "an":
    texts that normalise alike have the same ``_key``, and an answer whose normalised
    form is in a normalised prompt has its ``_key`` in the prompt's ``_letters``.
    tests/test_pack_fast_path.py holds this against normalise.
    """
    if text.isascii():  # the same, faster: fold is casefold, and what translate maps is not kept
        return text.casefold().replace("&", "and").encode("ascii").translate(None, _NOT_ASCII_LETTERS).decode("ascii")
    from studyapp.grading.text import TRANSLATE, fold

    return _NOT_LETTERS.sub("", fold(text).translate(TRANSLATE).replace("&", " and "))


def _key(text: str) -> str:
    """``_letters`` without leading article letters: the same for texts that normalise alike."""
    return _letters(text).lstrip("thean")


def _line_of(mapping: Any, key: str) -> int:
    key_lines = getattr(mapping, "key_lines", None) or {}
    return key_lines.get(key) or getattr(mapping, "line", 0)


def _split_date(first: str, year: int) -> bool:
    """"January 1" before 2024 in a list: a month and day that, joined to the year, is a date."""
    if not any(c.isdigit() for c in first) or not any(c.isalpha() for c in first):
        return False
    from studyapp.grading.dates import read_date  # only for a list that looks like this

    whole = read_date(f"{first}, {year}")
    return whole is not None and whole.precision == "day" and read_date(first) is not None


def _is_scalar_text(value: Any) -> bool:
    return isinstance(value, (str, int, float)) and not isinstance(value, bool) and str(value).strip() != ""


def _text(value: Any) -> str:
    """A scalar as text; anything else as "" (its error is reported where it is checked).

    Never ``str()`` of a list or mapping: through YAML aliases a small file
    can hold a structure with billions of elements.
    """
    if value is None or isinstance(value, (list, dict, set, tuple)):
        return ""
    return str(value)


def _shown(value: Any) -> str:
    """A bounded repr for messages, whatever the value holds."""
    return _REPR.repr(value)


_REPR = reprlib.Repr()
_REPR.maxstring = _REPR.maxother = 60


# --- loading and discovery ----------------------------------------------------


def display_path(path: Path) -> str:
    """A path as an author would type it: relative to the working folder when inside it."""
    absolute = Path(os.path.abspath(path))
    try:
        return str(absolute.relative_to(Path.cwd()))
    except (ValueError, OSError):
        return str(absolute)


def load_pack_file(path: Path) -> tuple[Pack | None, list[Problem]]:
    """Load one pack file; never raises for bad content."""
    shown = display_path(path)
    checker = _Checker(shown)
    try:
        data = parse_yaml(read_pack_text(path))
    except PackError as exc:
        return None, [Problem(shown, exc.line, exc.message)]
    try:
        pack = checker.pack(data, path)
    except RecursionError:
        return None, [Problem(shown, 0, "YAML nested too deeply")]
    except _TooManyProblems:
        checker.problems.append(Problem(shown, 0, f"{MAX_PROBLEMS} errors: stopped checking this file"))
        return None, checker.problems
    return pack, checker.problems


def find_pack_files(paths: Iterable[Path]) -> list[Path]:
    """Every .yaml/.yml file under the given folders (or the files themselves)."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(sorted(p for p in path.rglob("*") if p.suffix in (".yaml", ".yml") and p.is_file()))
        elif path.exists():
            found.append(path)
    return found


def load_packs(paths: Iterable[Path], cache: PackCache | None = None) -> LoadResult:
    """Load every pack found under ``paths``; the first file wins a pack id.

    With a ``cache`` (studyapp.pack_cache), unchanged files are not parsed again.
    """
    result = LoadResult()
    owners: dict[str, Path] = {}
    load = cache.load_pack_file if cache is not None else load_pack_file
    # The cyclic GC off while loading: questions, YAML nodes and cache entries hold no
    # cycles (freed by reference counts), but the collector would walk the growing heap
    # of questions again and again (at 100,000 questions, 27 s -> 19 s without the cache).
    collecting = gc.isenabled()
    gc.disable()
    try:
        _load_into(result, owners, load, paths)
    finally:
        if collecting:
            gc.enable()
    return result


def _load_into(result: LoadResult, owners: dict[str, Path], load, paths: Iterable[Path]) -> None:
    for file in find_pack_files(paths):
        pack, problems = load(file)
        result.problems.extend(problems)
        if pack is None:
            continue
        if pack.id in owners:
            result.problems.append(Problem(display_path(file), 1, f"pack id '{pack.id}' is already used by {display_path(owners[pack.id])}"))
            continue
        owners[pack.id] = file
        result.packs.append(pack)


def missing_paths(paths: Iterable[Path]) -> list[Problem]:
    return [Problem(str(p), 0, "no such file or folder") for p in paths if not p.exists()]
