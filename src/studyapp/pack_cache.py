"""A cache of validated packs, so starting the app does not parse unchanged YAML again.

One entry per pack file, keyed by the file's size, modification and change
times (nanoseconds) and inode, by the pack file's absolute path (problems get the path
as shown from today's working folder on loading), and by a fingerprint of the code that
validates (studyapp's version and the size and time of ``packs.py``,
the ``grading`` package and this module): an edit to a pack or to the validator misses
the cache, and the file is loaded and checked as if there were no cache.

A file changed in the last two seconds is not cached: a timestamp only moves
when the clock ticks, so a second edit that soon could keep the same size and
times. Entries hold plain values written with ``marshal`` (reading one can
never run code); a damaged or foreign entry is ignored. Every write goes to a
temporary file that replaces the entry, so a crash leaves the old one or none.

An entry is seven sections, each its length (4 bytes) and then its value: the key
(what :meth:`PackCache.prune` reads), the problems, the pack's outline (its id, title
and each study question's id, category and tags: what ``studyapp stats`` needs, see
:class:`PackOutline`), the pack's head (id, title, description, sources, probable
siblings, every question's id, the drafts and the ``fact:`` keys), all marshalled;
then the answers the grader's typo guard reads (marshalled), each question's offset
into the last section (4 bytes each), and the questions, each marshalled on its own.
A reader unmarshals only the sections it needs: at 100,000 questions the outlines load
in about an eighth of the time the questions took to rebuild (26 ms against 206 ms),
and a pack loads as its head (:class:`CachedPack`), each question built when first
asked for: a session's start builds those of its queue only. A cached pack reads its
entry's key, problems, head and offsets when it loads, keeps the entry open, and reads
the rest once, whole, when first asked for anything else (on POSIX; see
:func:`_read_rest`): that is after the first question is drawn, in the answer path's
warm-up thread, not before it. The open entry is the file as it was loaded: another
studyapp replacing it (the pack file edited in another terminal) changes nothing of the
packs already loaded, and neither does deleting it.
"""

from __future__ import annotations

import gc
import marshal
import os
import sys
import threading
import time
import weakref
from array import array
from collections.abc import Sequence
from dataclasses import fields, replace
from pathlib import Path

from studyapp import __version__
from studyapp.packs import _TWIN, Pack, PackChanged, Problem, Question, Source, answer_texts, display_path, load_pack_file, question_from_values

try:  # CPython's own SHA-1: the same digest as hashlib's, without loading OpenSSL (2-3 ms of every start)
    from _sha1 import sha1 as _sha1
except ImportError:  # pragma: no cover - another Python
    from hashlib import sha1 as _sha1

FORMAT = 6
SETTLE_SECONDS = 2.0
"""Files modified more recently than this are loaded but not cached."""
KEEP_OPEN = 256 if os.name == "posix" else 0
"""At most this many entries are kept open for their bytes to be read later (one file
descriptor each); past it, and where an open file cannot be replaced (Windows), an
entry is read whole when it loads."""
PREFIX = 1 << 16
"""Bytes read at once from the start of an entry kept open: its key, problems, outline and
head, at a few hundred questions a pack."""
_open_lock = threading.RLock()  # an RLock: a pack dropped unread may be closed by the collector inside it
_kept_open = 0


def _read_at(fd: int, at: int, size: int) -> bytes:
    """``size`` bytes of the open file from ``at`` (fewer at its end)."""
    if hasattr(os, "pread"):
        data = os.pread(fd, size, at)
        while 0 < len(data) < size:  # a short read (not seen on a regular file)
            more = os.pread(fd, size - len(data), at + len(data))
            if not more:
                break
            data += more
        return data
    os.lseek(fd, at, os.SEEK_SET)
    data = os.read(fd, size)
    while 0 < len(data) < size:
        more = os.read(fd, size - len(data))
        if not more:
            break
        data += more
    return data


def _close(fd: int) -> None:
    """An entry kept open is closed: read, or its pack dropped."""
    global _kept_open
    with _open_lock:
        _kept_open -= 1
    try:
        os.close(fd)
    except OSError:
        pass
_QUESTION_FIELDS = tuple(f.name for f in fields(Question))
_SOURCE_FIELDS = tuple(f.name for f in fields(Source))
_PROBLEM_FIELDS = tuple(f.name for f in fields(Problem))


def _code_fingerprint() -> tuple:
    """What the cached results depend on besides the pack file itself."""
    import studyapp.packs

    # pack_yaml and the grader by path, not import: a cached start needs neither PyYAML nor the grader.
    pack_yaml = os.path.join(os.path.dirname(studyapp.packs.__file__), "pack_yaml.py")
    grading_dir = os.path.join(os.path.dirname(studyapp.packs.__file__), "grading")  # a package: every module counts
    try:
        grading_files = sorted(os.path.join(grading_dir, f) for f in os.listdir(grading_dir) if f.endswith(".py"))
    except OSError:
        grading_files = []
    stamps = []
    siblings = os.path.join(os.path.dirname(studyapp.packs.__file__), "siblings.py")  # it works out Pack.near
    for module_file in (studyapp.packs.__file__, pack_yaml, siblings, *grading_files, __file__):
        try:
            info = os.stat(module_file)
            stamps.append((info.st_size, info.st_mtime_ns))
        except (OSError, TypeError):
            stamps.append(None)
    return (FORMAT, __version__, tuple(sys.version_info[:2]), _QUESTION_FIELDS, _SOURCE_FIELDS, _PROBLEM_FIELDS, tuple(stamps))


def _file_key(info: os.stat_result) -> tuple[int, int, int, int]:
    return (info.st_size, info.st_mtime_ns, info.st_ctime_ns, info.st_ino)


_SHARED = ("type", "category", "source_key", "locator", "unit", "tags")
"""Question fields whose values repeat across a pack (besides its id): when a pack's questions
are built at once, each value is kept once for them all (``_questions``), which saves
about 40 MB of memory at 100,000 questions."""


def _plain(value):
    """Exam-format claims (named tuples) as plain tuples: marshal holds nothing else."""
    if isinstance(value, tuple) and value and hasattr(value[0], "_fields"):
        return tuple(tuple(v) for v in value)
    return value


_CLAIMS = _QUESTION_FIELDS.index("claims")


def _question(values: tuple) -> Question:
    if values[_CLAIMS]:
        from studyapp.exam_formats import Claim

        values = (*values[:_CLAIMS], tuple(Claim(*c) for c in values[_CLAIMS]), *values[_CLAIMS + 1 :])
    return question_from_values(values)


_ID, _CATEGORY, _TAGS, _DRAFT = (_QUESTION_FIELDS.index(name) for name in ("id", "category", "tags", "draft"))
_OFFSETS = "I"
"""Each question's offset into the entry's last section: 4 bytes (a pack file is at most 5 MiB)."""


def _questions(rows: tuple, built: dict[int, Question], pack_id: str, ids: tuple[str, ...]) -> tuple[Question, ...]:
    """``_question`` of every row (those in ``built`` kept), the usual case (no claims) in one
    loop, the values that repeat across the pack (``_SHARED``) kept once, and each id the
    one the pack's ``ids`` hold."""
    twin = _TWIN
    if twin is None:
        return tuple(built.get(i) or _question(values) for i, values in enumerate(rows))
    share = {}.setdefault
    everything = []
    add = everything.append
    for i, values in enumerate(rows):
        question = built.get(i)
        if question is None:
            if values[_CLAIMS]:
                question = _question(values)
            else:
                question = twin(*values)
                question.pack_id = pack_id
                question.id = ids[i]
                question.type = share(question.type, question.type)
                question.category = share(question.category, question.category)
                question.source_key = share(question.source_key, question.source_key)
                question.locator = share(question.locator, question.locator)
                question.unit = share(question.unit, question.unit)
                question.tags = share(question.tags, question.tags)
                question.__class__ = Question
        add(question)
    return tuple(everything)


class _Raw(bytes):
    """A section written as it is, not marshalled."""


def _encode(pack: Pack | None, problems: list[Problem]) -> tuple:
    """The entry's sections after the key: problems, outline, head, answers, offsets, questions."""
    encoded_problems = tuple(tuple(getattr(p, name) for name in _PROBLEM_FIELDS) for p in problems)
    if pack is None:
        return encoded_problems, None, None
    questions = tuple(tuple(_plain(getattr(q, name)) for name in _QUESTION_FIELDS) for q in pack.questions)
    rows = tuple((q[_ID], q[_CATEGORY], q[_TAGS]) for q in questions if not q[_DRAFT])
    # Version 2 writes no references: each question's bytes stand alone (read one by one),
    # and after a tuple's header all of them together are that tuple (read at once).
    bodies = [marshal.dumps(values, 2) for values in questions]
    header = b"(" + len(bodies).to_bytes(4, "little")
    offsets = array(_OFFSETS, [len(header)])
    for body in bodies:
        offsets.append(offsets[-1] + len(body))
    head = (
        pack.id, pack.title, pack.description, tuple(tuple(getattr(s, name) for name in _SOURCE_FIELDS) for s in pack.sources), pack.near,
        tuple(q[_ID] for q in questions), tuple(i for i, q in enumerate(questions) if q[_DRAFT]), pack.facts,
    )  # fmt: skip
    answers = tuple(answer_texts(pack.questions))
    return encoded_problems, (pack.id, pack.title, rows), head, answers, _Raw(offsets.tobytes()), _Raw(header + b"".join(bodies))


_QUESTIONS_SLOT = Pack.__dict__["questions"]


class CachedPack(Pack):
    """A pack from the pack cache: its head read, each question built when first asked
    for (``study_question``, ``study_questions_at``), all of them when ``questions`` is read.

    Equal to the pack :func:`studyapp.packs.load_pack_file` gives for the same file,
    question for question (tests/test_lazy_start.py). It keeps its entry's bytes, read
    once (when the pack was loaded, or from the entry it holds open since then, see
    :meth:`_bytes`), and each question's offset into them: a question is built from
    those bytes, never from the entry found on disk later, so another studyapp rewriting
    the entry (the pack file edited in another terminal) changes nothing of a pack
    already loaded. Only bytes damaged when they were read (a disk fault) send it to the
    pack file itself; if that file's questions changed too, :class:`PackChanged`."""

    __slots__ = ("_entry", "_data", "_outline_at", "_answers_at", "_bodies_at", "_offsets", "_built", "_study_at", "_open", "__weakref__")

    def __init__(self, head: tuple, path: Path, entry: Path, data: memoryview | None, spans: tuple[tuple[int, int], tuple[int, int]], bodies_at: int, offsets: array) -> None:
        pack_id, title, description, sources, near, ids, drafts, facts = head
        setter = object.__setattr__
        drafted = frozenset(drafts)
        study_at = tuple(i for i in range(len(ids)) if i not in drafted) if drafted else None
        for name, value in (
            ("id", pack_id), ("title", title), ("path", path), ("description", description),
            ("sources", tuple(Source(*values) for values in sources)), ("near", near), ("_with_fact", None),
            ("_ids", ids), ("_facts", facts), ("_study", ()), ("_study_at", study_at),
            ("_study_ids", ids if study_at is None else tuple(ids[i] for i in study_at)),
            ("_entry", entry), ("_data", data), ("_outline_at", spans[0]), ("_answers_at", spans[1]), ("_bodies_at", bodies_at),
            ("_offsets", offsets), ("_built", {}), ("_open", None),
        ):  # fmt: skip
            setter(self, name, value)

    def _keep_open(self, fd: int, size: int) -> None:
        """The entry stays open, its bytes read when first needed (:meth:`_bytes`); closed
        then, or when the pack is dropped unread."""
        global _kept_open
        with _open_lock:
            _kept_open += 1
        object.__setattr__(self, "_open", (fd, size, weakref.finalize(self, _close, fd)))

    def _bytes(self) -> memoryview:
        """The entry's bytes, read whole from the entry held open since loading, once:
        the file as it was loaded, whatever replaced it since. Bytes cut short (the file
        truncated in place, a read error) read as none, which the callers take as
        damaged bytes (the pack file itself)."""
        if self._open is not None:
            with _open_lock:
                held = self._open
                if held is not None:
                    fd, size, closer = held
                    data = b""
                    try:
                        if os.fstat(fd).st_size == size:
                            data = _read_at(fd, 0, size)
                    except OSError:
                        data = b""
                    object.__setattr__(self, "_data", memoryview(data if len(data) == size else b""))
                    object.__setattr__(self, "_open", None)
                    closer.detach()
                    _close(fd)
        return self._data

    @property  # type: ignore[override]
    def questions(self) -> tuple[Question, ...]:  # type: ignore[override]
        if self._built is not None:
            self._build_all()
        return _QUESTIONS_SLOT.__get__(self, CachedPack)

    @property
    def study_questions(self) -> tuple[Question, ...]:
        if self._built is not None:
            self._build_all()
        return self._study

    def study_facts(self) -> list[tuple[str, str]]:
        ids, study_at = self._ids, self._study_at
        if study_at is None:
            return [(ids[i], fact) for i, fact in self._facts]
        study = frozenset(study_at)
        return [(ids[i], fact) for i, fact in self._facts if i in study]

    def study_question(self, index: int) -> Question:
        return self.study_questions_at((index,))[0]

    def questions_at(self, indexes: Sequence[int]) -> list[Question]:
        return self._questions_at(indexes)

    def study_questions_at(self, indexes: Sequence[int]) -> list[Question]:
        if self._built is None:
            study = self._study
            return [study[i] for i in indexes]
        study_at = self._study_at
        return self._questions_at(indexes if study_at is None else [study_at[i] for i in indexes])

    def _section(self, span: tuple[int, int]):
        start, size = span
        return marshal.loads(self._bytes()[start : start + size])

    @property
    def study_rows(self) -> tuple[tuple[str, str, tuple[str, ...]], ...]:
        """Each study question's id, category and tags, as :class:`PackOutline` has them
        (what the Progress screen's figures read): from the entry's outline, no question built."""
        if self._built is not None:
            try:
                return self._section(self._outline_at)[2]
            except (EOFError, ValueError, TypeError, IndexError):
                pass  # damaged: from the questions
        try:
            return tuple((q.id, q.category, q.tags) for q in self.study_questions)
        except PackChanged:  # damaged and the file changed: the questions built so far
            return tuple((q.id, q.category, q.tags) for _, q in sorted(self._built.items()) if not q.draft)

    def answers(self):
        if self._built is not None:
            try:
                return iter(self._section(self._answers_at))
            except (EOFError, ValueError, TypeError, IndexError):
                pass  # damaged: from the questions
        try:
            return answer_texts(self.questions)
        except PackChanged:  # damaged and the file changed: the questions built so far
            return answer_texts(list(self._built.values()))

    def _questions_at(self, positions: Sequence[int]) -> list[Question]:
        built = self._built
        if built is None:
            questions = _QUESTIONS_SLOT.__get__(self, CachedPack)
            return [questions[i] for i in positions]
        data, offsets, base, ids = self._bytes(), self._offsets, self._bodies_at, self._ids
        try:
            for i in positions:
                if i not in built:
                    values = marshal.loads(data[base + offsets[i] : base + offsets[i + 1]])
                    if values[_ID] != ids[i]:
                        raise ValueError("not this question")
                    built[i] = _question(values)
        except (EOFError, ValueError, TypeError, IndexError):
            questions = self._from_file()  # bytes damaged when read: the pack file itself
            return [questions[i] for i in positions]
        return [built[i] for i in positions]

    def _build_all(self) -> None:
        """Every question, in one ``marshal.loads`` (the section is a tuple of them): as
        quick as loading a pack whole was. Those built already are kept."""
        collecting = gc.isenabled()
        gc.disable()  # no cycles among questions: see studyapp.packs.load_packs
        try:
            try:
                rows = marshal.loads(self._bytes()[self._bodies_at : self._bodies_at + self._offsets[-1]])
                if len(rows) != len(self._ids):
                    raise ValueError("not this pack")
                everything = _questions(rows, self._built, self.id, self._ids)
            except (EOFError, ValueError, TypeError, IndexError):
                everything = None
        finally:
            if collecting:
                gc.enable()
        if everything is None:
            self._from_file()
        elif self._built is not None:
            self._adopt(everything)

    def _adopt(self, everything: tuple[Question, ...]) -> None:
        _QUESTIONS_SLOT.__set__(self, everything)
        setter = object.__setattr__
        setter(self, "_study", everything if self._study_at is None else tuple(everything[i] for i in self._study_at))
        setter(self, "_built", None)
        setter(self, "_data", None)  # every question built: the bytes are no longer read
        if self._open is not None:  # built from the pack file, its entry unread
            fd, _, closer = self._open
            setter(self, "_open", None)
            closer.detach()
            _close(fd)

    def _from_file(self) -> tuple[Question, ...]:
        """The questions from the pack file, when the entry's bytes read at load are damaged."""
        pack, _ = load_pack_file(self.path)
        if pack is None or pack.ids != self._ids:
            raise PackChanged(f"{display_path(self.path)} changed since it was loaded and its cached copy is damaged: reload the packs")
        self._adopt(pack.questions)
        return pack.questions

    def __reduce__(self):
        return (Pack, (self.id, self.title, self.path, self.description, self.sources, self.questions, self.near))


def _problems(encoded_problems: tuple, path: Path) -> list[Problem]:
    problems = [Problem(*values) for values in encoded_problems]
    if problems:
        shown = display_path(path)
        # rebuilt only when shown differently (a start from another folder):
        # 200,000 replace() calls cost 0.8 s on a collection with a warning per question
        problems = [problem if problem.path == shown else replace(problem, path=shown) for problem in problems]
    return problems


class PackOutline:
    """A pack as the figures of ``studyapp stats`` need it, read from the cache without
    rebuilding its questions: its id and title, and each study question's id,
    category and tags (``study_rows``, as :func:`studyapp.stats.study_rows` reads
    them from a loaded pack). The few questions shown in full (the weak spots) come
    from :meth:`study_question`, which loads the pack itself."""

    __slots__ = ("id", "title", "path", "study_rows", "_load", "_pack")

    def __init__(self, pack_id: str, title: str, path: Path, study_rows: tuple, load, pack: Pack | None = None) -> None:
        self.id = pack_id
        self.title = title
        self.path = path
        self.study_rows: tuple[tuple[str, str, tuple[str, ...]], ...] = study_rows
        self._load = load
        self._pack = pack

    @classmethod
    def of(cls, pack: Pack) -> "PackOutline":
        return cls(pack.id, pack.title, pack.path, tuple((q.id, q.category, q.tags) for q in pack.study_questions), None, pack)

    def study_question(self, index: int) -> Question | None:
        """The ``index``-th study question; None if the file lost it since the outline was read."""
        if self._pack is None:
            self._pack = self._load(self.path)[0]
        if self._pack is None:
            return None
        ids = self._pack.study_ids
        question_id = self.study_rows[index][0]
        if index < len(ids) and ids[index] == question_id:
            return self._pack.study_question(index)
        if question_id not in ids:
            return None
        return self._pack.study_question(ids.index(question_id))  # the file changed in between


class PackCache:
    """Validated packs by file, in ``folder``; use :meth:`load_pack_file` in place of packs'."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)
        self.hits = 0
        self.misses = 0
        self._fingerprint: tuple | None = None
        self._used: set[str] = set()

    def _entry(self, path: Path) -> Path:
        digest = _sha1(os.fsencode(os.path.abspath(path))).hexdigest()[:32]
        self._used.add(digest)
        return self.folder / digest

    def _key(self, path: Path) -> tuple | None:
        """What the entry of ``path`` must hold to be used; None if the file cannot be read."""
        try:
            before = os.stat(path)
        except OSError:
            return None
        if self._fingerprint is None:
            self._fingerprint = _code_fingerprint()
        # Not the path as shown (relative to the working folder): starting from another
        # folder must not make every entry miss. Problems get today's shown path on loading.
        return (self._fingerprint, os.path.abspath(path), _file_key(before))

    def _read(self, entry: Path, key: tuple, sections: int) -> list[bytes] | None:
        """The entry's first ``sections`` sections if its key is ``key``; None otherwise."""
        try:
            with open(entry, "rb") as handle:
                found = []
                for _ in range(sections):
                    size = int.from_bytes(handle.read(4), "little")
                    data = handle.read(size)
                    if len(data) != size:
                        return None  # cut short
                    if not found and marshal.loads(data) != key:
                        return None
                    found.append(data)
                return found
        except (OSError, EOFError, ValueError, TypeError):
            return None

    def _read_pack(self, entry: Path, key: tuple, path: Path) -> tuple[list[Problem], CachedPack | None] | None:
        """The entry's problems and pack if its key is ``key``; None otherwise. What a
        loaded pack needs (the key, the problems, the head, the offsets) is read now; the
        rest (the outline, the answers and the questions, unmarshalled when asked for) is
        read whole, once, when first needed, from the entry kept open until then
        (:meth:`CachedPack._bytes`), or now, past :data:`KEEP_OPEN` open entries."""
        try:
            fd = os.open(entry, os.O_RDONLY | getattr(os, "O_BINARY", 0))
        except OSError:
            return None
        kept = False
        try:
            size = os.fstat(fd).st_size
            with _open_lock:
                later = _kept_open < KEEP_OPEN
            if later:  # the sections a pack loads with come first: one read for them, mostly
                first = memoryview(_read_at(fd, 0, min(size, PREFIX)))
                view = None

                def read(at: int, length: int):
                    return first[at : at + length] if at + length <= len(first) else _read_at(fd, at, length)
            else:
                view = memoryview(_read_at(fd, 0, size))
                if len(view) != size:
                    return None  # cut short since the size was read

                def read(at: int, length: int):
                    return view[at : at + length]

            sections: list = []
            at = 0
            for index in range(6):  # key, problems, outline, head, answers, offsets
                length = int.from_bytes(read(at, 4), "little")
                at += 4
                if at + length > size:
                    return None  # cut short
                if index in (2, 4):  # the outline, and the answers (read when asked for)
                    sections.append((at, length))
                elif index == 0:
                    if marshal.loads(read(at, length)) != key:
                        return None
                    sections.append(None)
                elif index == 3:
                    head = marshal.loads(read(at, length))
                    if head is None:
                        return _problems(marshal.loads(sections[1]), path), None
                    sections.append(head)
                else:
                    sections.append(read(at, length))
                at += length
            length = int.from_bytes(read(at, 4), "little")
            bodies_at = at + 4
            offsets = array(_OFFSETS)
            offsets.frombytes(sections[5])
            head = sections[3]
            if bodies_at + length != size or len(offsets) != len(head[5]) + 1 or offsets[0] != 5 or offsets[-1] != length:
                return None  # cut short, or not this format
            pack = CachedPack(head, path, entry, view, (sections[2], sections[4]), bodies_at, offsets)
            if view is None:
                pack._keep_open(fd, size)
                kept = True
            return _problems(marshal.loads(sections[1]), path), pack
        except (OSError, EOFError, ValueError, TypeError):
            return None
        finally:
            if not kept:
                os.close(fd)

    def load_pack_file(self, path: Path) -> tuple[Pack | None, list[Problem]]:
        """The same result as :func:`studyapp.packs.load_pack_file`, from the cache when the file is unchanged."""
        key = self._key(path)
        if key is None:
            return load_pack_file(path)  # it reports the problem
        entry = self._entry(path)
        try:
            found = self._read_pack(entry, key, path)
        except (EOFError, ValueError, TypeError, IndexError):
            found = None  # damaged or from another format: load the file
        if found is not None:
            self.hits += 1
            return found[1], found[0]
        self.misses += 1
        pack, problems = load_pack_file(path)
        try:
            after = os.stat(path)
        except OSError:
            return pack, problems
        if _file_key(after) == key[2] and time.time() - after.st_mtime > SETTLE_SECONDS:
            self._write(entry, key, _encode(pack, problems))
        return pack, problems

    def load_outline(self, path: Path) -> tuple[PackOutline | None, list[Problem]]:
        """The pack's outline and its problems: from the cache when the file is unchanged
        (the questions themselves are not read), else loaded in full as
        :meth:`load_pack_file` does (which also caches it)."""
        key = self._key(path)
        found = None if key is None else self._read(self._entry(path), key, 3)
        if found is not None:
            try:
                encoded_problems, outline = marshal.loads(found[1]), marshal.loads(found[2])
                result = (None if outline is None else PackOutline(*outline[:2], path, outline[2], self.load_pack_file)), _problems(encoded_problems, path)
                self.hits += 1
                return result
            except (EOFError, ValueError, TypeError, IndexError):
                pass
        pack, problems = self.load_pack_file(path)
        return (None if pack is None else PackOutline.of(pack)), problems

    def outlines(self) -> "_Outlines":
        """This cache as :func:`studyapp.packs.load_packs` takes it, giving outlines instead of packs."""
        return _Outlines(self)

    def _write(self, entry: Path, key: tuple, sections: tuple) -> None:
        """An entry is its sections in order (see the module's docstring), each its length
        (4 bytes) and then its value: a reader stops after the ones it needs."""
        try:
            parts = [part if isinstance(part, _Raw) else marshal.dumps(part) for part in (key, *sections)]
            data = b"".join(len(part).to_bytes(4, "little") + part for part in parts)
        except ValueError:  # a value marshal cannot hold: simply not cached
            return
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            import tempfile  # only when an entry is written: not imported by every start (random, hashlib)

            handle, temporary = tempfile.mkstemp(dir=self.folder, prefix=".", suffix=".tmp")
            try:
                with os.fdopen(handle, "wb") as out:
                    out.write(data)
                os.replace(temporary, entry)
            except BaseException:
                os.unlink(temporary)
                raise
        except OSError:
            pass  # a read-only or full disk: the cache is only ever a shortcut

    def prune(self) -> int:
        """Delete entries for pack files that no longer exist; returns how many."""
        removed = 0
        try:
            names = [entry for entry in os.scandir(self.folder) if entry.is_file() and entry.name not in self._used]
        except OSError:
            return 0
        for entry in names:
            try:
                if entry.name.startswith(".") and entry.name.endswith(".tmp"):
                    if time.time() - entry.stat().st_mtime > 3600:  # left by a crash
                        os.unlink(entry.path)
                        removed += 1
                    continue
                with open(entry.path, "rb") as handle:
                    size = int.from_bytes(handle.read(4), "little")
                    source = marshal.loads(handle.read(size))[1]  # the header only
                if not os.path.exists(source):
                    os.unlink(entry.path)
                    removed += 1
            except (OSError, EOFError, ValueError, TypeError, IndexError):
                try:
                    os.unlink(entry.path)
                    removed += 1
                except OSError:
                    pass
        return removed


class _Outlines:
    """A :class:`PackCache` whose ``load_pack_file`` gives outlines (see ``PackCache.outlines``)."""

    def __init__(self, cache: PackCache) -> None:
        self.load_pack_file = cache.load_outline
