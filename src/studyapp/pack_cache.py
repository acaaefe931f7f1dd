"""A cache of validated packs, so starting the app does not parse unchanged YAML again.

One entry per pack file, keyed by the file's size, modification and change
times (nanoseconds) and inode, by the path it is shown as (problems name
files relative to the working folder), and by a fingerprint of the code that
validates (studyapp's version and the size and time of ``packs.py``,
the ``grading`` package and this module): an edit to a pack or to the validator misses
the cache, and the file is loaded and checked as if there were no cache.

A file changed in the last two seconds is not cached: a timestamp only moves
when the clock ticks, so a second edit that soon could keep the same size and
times. Entries hold plain values written with ``marshal`` (reading one can
never run code); a damaged or foreign entry is ignored. Every write goes to a
temporary file that replaces the entry, so a crash leaves the old one or none.
"""

from __future__ import annotations

import gc
import hashlib
import marshal
import os
import sys
import tempfile
import time
from dataclasses import fields, replace
from pathlib import Path

from studyapp import __version__
from studyapp.packs import Pack, Problem, Question, Source, display_path, load_pack_file

FORMAT = 4
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
    return Question(*values)


def _encode(pack: Pack | None, problems: list[Problem]) -> tuple:
    encoded_pack = None
    if pack is not None:
        memo: dict = {}
        encoded_pack = (
            pack.id,
            pack.title,
            pack.description,
            tuple(tuple(getattr(s, name) for name in _SOURCE_FIELDS) for s in pack.sources),
            tuple(tuple(_shared(getattr(q, name), memo) if name in _SHARED else _plain(getattr(q, name)) for name in _QUESTION_FIELDS) for q in pack.questions),
            pack.near,
        )
    return encoded_pack, tuple(tuple(getattr(p, name) for name in _PROBLEM_FIELDS) for p in problems)


def _decode(encoded_pack: tuple | None, encoded_problems: tuple, path: Path) -> tuple[Pack | None, list[Problem]]:
    problems = [Problem(*values) for values in encoded_problems]
    if encoded_pack is None:
        return None, problems
    pack_id, title, description, sources, questions, near = encoded_pack
    return (
        Pack(
            pack_id,
            title,
            path,
            description,
            tuple(Source(*values) for values in sources),
            tuple(_question(values) for values in questions),
            near,
        ),
        problems,
    )


class PackCache:
    """Validated packs by file, in ``folder``; use :meth:`load_pack_file` in place of packs'."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)
        self.hits = 0
        self.misses = 0
        self._fingerprint: tuple | None = None
        self._used: set[str] = set()

    def _entry(self, path: Path) -> Path:
        digest = hashlib.sha1(os.fsencode(os.path.abspath(path))).hexdigest()[:32]
        self._used.add(digest)
        return self.folder / digest

    def load_pack_file(self, path: Path) -> tuple[Pack | None, list[Problem]]:
        """The same result as :func:`studyapp.packs.load_pack_file`, from the cache when the file is unchanged."""
        try:
            before = os.stat(path)
        except OSError:
            return load_pack_file(path)  # it reports the problem
        if self._fingerprint is None:
            self._fingerprint = _code_fingerprint()
        # Not the path as shown (relative to the working folder): starting from another
        # folder must not make every entry miss. Problems get today's shown path on loading.
        header = (self._fingerprint, os.path.abspath(path), _file_key(before))
        entry = self._entry(path)
        try:
            stored = memoryview(entry.read_bytes())
            size = int.from_bytes(stored[:4], "little")
            if marshal.loads(stored[4 : 4 + size]) == header:
                encoded_pack, encoded_problems = marshal.loads(stored[4 + size :])
                # Questions hold no cycles: the cyclic GC would only walk the growing heap
                # of them again and again while they are built (half the time at 100,000).
                collecting = gc.isenabled()
                gc.disable()
                try:
                    result = _decode(encoded_pack, encoded_problems, path)
                    if result[1]:
                        shown = display_path(path)
                        # rebuilt only when shown differently (a start from another folder):
                        # 200,000 replace() calls cost 0.8 s on a collection with a warning per question
                        result = result[0], [problem if problem.path == shown else replace(problem, path=shown) for problem in result[1]]
                finally:
                    if collecting:
                        gc.enable()
                self.hits += 1
                return result
        except (OSError, EOFError, ValueError, TypeError, IndexError):
            pass  # no entry, or one that is damaged or from another format: load the file
        self.misses += 1
        pack, problems = load_pack_file(path)
        try:
            after = os.stat(path)
        except OSError:
            return pack, problems
        if _file_key(after) == header[2] and time.time() - after.st_mtime > SETTLE_SECONDS:
            self._write(entry, header, _encode(pack, problems))
        return pack, problems

    def _write(self, entry: Path, header: tuple, body: tuple) -> None:
        """An entry is the header's length (4 bytes), the header and the body, each
        marshalled: :meth:`prune` reads the header only, not the questions."""
        try:
            head = marshal.dumps(header)
            data = len(head).to_bytes(4, "little") + head + marshal.dumps(body)
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
