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

An entry is four sections, each its length (4 bytes) and then its marshalled value:
the key (what :meth:`PackCache.prune` reads), the problems, the pack's outline (its
id, title and each study question's id, category and tags: what ``studyapp stats``
needs, see :class:`PackOutline`) and the pack itself. A reader unmarshals only the
sections it needs: at 100,000 questions the outlines load in about an eighth of the
time the questions take to rebuild (26 ms against 206 ms).
"""

from __future__ import annotations

import gc
import marshal
import os
import sys
import tempfile
import time
from dataclasses import fields, replace
from pathlib import Path

from studyapp import __version__
from studyapp.packs import _TWIN, Pack, Problem, Question, Source, display_path, load_pack_file, question_from_values

try:  # CPython's own SHA-1: the same digest as hashlib's, without loading OpenSSL (2-3 ms of every start)
    from _sha1 import sha1 as _sha1
except ImportError:  # pragma: no cover - another Python
    from hashlib import sha1 as _sha1

FORMAT = 5
SETTLE_SECONDS = 2.0
"""Files modified more recently than this are loaded but not cached."""
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


_SHARED = frozenset({"pack_id", "type", "category", "source_key", "locator", "unit", "tags"})
"""Question fields whose values repeat across a pack: stored once and shared on
loading (marshal writes a value met again as a reference), which saves about 40 MB
of memory at 100,000 questions."""


def _shared(value, memo: dict):
    if isinstance(value, str):
        return memo.setdefault(value, value)
    if isinstance(value, tuple):
        return memo.setdefault(value, tuple(_shared(v, memo) for v in value))
    return value


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


def _encode(pack: Pack | None, problems: list[Problem]) -> tuple[tuple, tuple | None, tuple | None]:
    """The entry's problems, outline and pack as plain values."""
    encoded_problems = tuple(tuple(getattr(p, name) for name in _PROBLEM_FIELDS) for p in problems)
    if pack is None:
        return encoded_problems, None, None
    memo: dict = {}
    questions = tuple(tuple(_shared(getattr(q, name), memo) if name in _SHARED else _plain(getattr(q, name)) for name in _QUESTION_FIELDS) for q in pack.questions)
    encoded_pack = (pack.id, pack.title, pack.description, tuple(tuple(getattr(s, name) for name in _SOURCE_FIELDS) for s in pack.sources), questions, pack.near)
    rows = tuple((q[_ID], q[_CATEGORY], q[_TAGS]) for q in questions if not q[_DRAFT])
    return encoded_problems, (pack.id, pack.title, rows), encoded_pack


def _decode(encoded_pack: tuple, path: Path) -> Pack:
    pack_id, title, description, sources, questions, near = encoded_pack
    return Pack(pack_id, title, path, description, tuple(Source(*values) for values in sources), _questions(questions), near)


def _questions(rows: tuple) -> tuple[Question, ...]:
    """``_question`` of every row, the usual case (no claims) in one loop: every start pays it per question."""
    twin = _TWIN
    if twin is None:
        return tuple(_question(values) for values in rows)
    built = []
    add = built.append
    for values in rows:
        if values[_CLAIMS]:
            add(_question(values))
            continue
        question = twin(*values)
        question.__class__ = Question
        add(question)
    return tuple(built)


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
        questions = self._pack.study_questions
        question_id = self.study_rows[index][0]
        if index < len(questions) and questions[index].id == question_id:
            return questions[index]
        return next((q for q in questions if q.id == question_id), None)  # the file changed in between


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

    def load_pack_file(self, path: Path) -> tuple[Pack | None, list[Problem]]:
        """The same result as :func:`studyapp.packs.load_pack_file`, from the cache when the file is unchanged."""
        key = self._key(path)
        if key is None:
            return load_pack_file(path)  # it reports the problem
        entry = self._entry(path)
        found = self._read(entry, key, 4)
        if found is not None:
            try:
                encoded_problems, encoded_pack = marshal.loads(found[1]), marshal.loads(found[3])
                # Questions hold no cycles: the cyclic GC would only walk the growing heap
                # of them again and again while they are built (half the time at 100,000).
                collecting = gc.isenabled()
                gc.disable()
                try:
                    result = (None if encoded_pack is None else _decode(encoded_pack, path)), _problems(encoded_problems, path)
                finally:
                    if collecting:
                        gc.enable()
                self.hits += 1
                return result
            except (EOFError, ValueError, TypeError, IndexError):
                pass  # damaged or from another format: load the file
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
        """An entry is its sections in order (key, problems, outline, pack), each its length
        (4 bytes) and then its marshalled value: a reader stops after the ones it needs."""
        try:
            data = b"".join(len(part).to_bytes(4, "little") + part for part in map(marshal.dumps, (key, *sections)))
        except ValueError:  # a value marshal cannot hold: simply not cached
            return
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
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
