"""Which answers make the answer latency's tail, and what the answering peak holds (issue 17).

    .venv/bin/python bench/answer_tail.py DATA [--answers 1000] [--json OUT] [--caches] [--no-walk] [--max text.normalise=2048 ...]

DATA is a collection folder (``packs/`` and ``progress.sqlite3``), as ``run.py --keep`` leaves in
``bench/out/work/SIZE/data`` or ``run.py --child generate`` writes; its database is copied to /dev/shm
first and left untouched. The suite's answering loop (``run.py``'s ``answer`` child: the same questions,
responses and ratings, ``prepare`` after each answer, checkpoints outside the timed span), run in this
process, logging for every answer its wall and CPU time (``time.thread_time``: less sensitive to a busy
machine than the wall clock), the planned response (1 wrong, 2 typo, 3 right), the question's type, the
collector's passes inside it and whether a checkpoint followed. Prints the peak (``VmHWM``), median and
p99, the slowest 1% with what they were, and with ``--caches`` every grader cache's size, hits and misses.
``--no-walk`` switches off the wrong-answer walk of ``grading.prepare``; ``--max MODULE.FUNC=N`` rebinds a
grader ``lru_cache`` with another bound (every module's reference to it) to try a size before changing it.
To compare two trees, run this with ``PYTHONPATH=TREE/src``, each with its own copy of DATA's folder (the
pack cache's key holds the validator's files), alternating; take each answer's best over runs.
"""

from __future__ import annotations

import argparse
import gc
import importlib
import inspect
import json
import math
import shutil
import statistics
import sys
import tempfile
import time
from datetime import datetime, timezone
from functools import lru_cache, partial
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))

from run import _study_questions, peak_rss_kib, response_for  # noqa: E402


def _rebind(spec: str) -> None:
    """``phrases.context=16``: the grader's ``context`` cache rebuilt with maxsize 16, in every module that holds it."""
    name, bound = spec.split("=")
    module, func = name.rsplit(".", 1)
    old = getattr(importlib.import_module(f"studyapp.grading.{module}"), func)
    new = lru_cache(maxsize=int(bound))(old.__wrapped__)
    for loaded in list(sys.modules.values()):
        if getattr(loaded, "__name__", "").startswith("studyapp"):
            for key, value in list(vars(loaded).items()):
                if value is old:
                    setattr(loaded, key, new)


def grader_caches() -> dict[str, object]:
    found: dict[str, object] = {}
    for name, module in list(sys.modules.items()):
        if name.startswith("studyapp.grading"):
            for attr, value in list(vars(module).items()):
                if hasattr(value, "cache_info") and getattr(value, "__module__", "") == name:
                    found[f"{name.rsplit('.', 1)[-1]}.{attr}"] = value
    return found


def _p99(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[max(0, math.ceil(0.99 * len(ordered)) - 1)]


def answer_log(data: Path, answers: int, walk: bool = True) -> tuple[list[dict], int]:
    """Every answer of the suite's loop with its times and circumstances; and the peak in KiB."""
    from generate import planned_rating
    from studyapp.scheduling import Scheduler
    from studyapp.session import StudySession, warm_answer_path
    from studyapp.store import Store

    work = Path(tempfile.mkdtemp(dir="/dev/shm" if Path("/dev/shm").is_dir() else None))
    try:
        shutil.copyfile(data / "progress.sqlite3", work / "progress.sqlite3")
        questions = [q for pack in _study_questions(data) for q in pack.study_questions]
        if not walk:
            import studyapp.grading

            studyapp.grading._walk_wrong_paths = lambda *args, **kwargs: None
        store = Store.open(work / "progress.sqlite3")
        store.defer_checkpoints()
        scheduler = Scheduler(0.9)
        session = StudySession(store, scheduler, questions, datetime.now(timezone.utc), new_limit=answers, seed=8)
        question = session.next_question(datetime.now(timezone.utc))
        session.prepare(question, datetime.now(timezone.utc))
        if len(inspect.signature(warm_answer_path).parameters) > 1:  # as the study screen does, then plans the question in hand
            warm_answer_path(scheduler, session, partial(datetime.now, timezone.utc))
        else:  # a tree from before the seventeenth round
            warm_answer_path(scheduler)
        passes = [0]

        def count(phase: str, info: dict) -> None:
            passes[0] += phase == "start"

        gc.callbacks.append(count)
        rows: list[dict] = []
        try:
            for number in range(answers):
                if question is None:
                    break
                planned = planned_rating(question.pack_id, question.id, question.type)
                key = f"{question.pack_id}/{question.id}"
                response = response_for(question, planned)
                kind = str(getattr(question.type, "value", question.type))
                before = passes[0]
                cpu, wall = time.thread_time(), time.perf_counter()
                outcome = session.answer(question, response, datetime.now(timezone.utc), 4000)
                question = session.next_question(datetime.now(timezone.utc))
                wall, cpu = time.perf_counter() - wall, time.thread_time() - cpu
                checkpoint = bool(store.checkpoint_if_due())
                if question is not None:
                    session.prepare(question, datetime.now(timezone.utc))
                if int(outcome.rating) != planned:
                    raise AssertionError(f"{key}: planned rating {planned}, graded {int(outcome.rating)}")
                rows.append({"answer": number, "ms": wall * 1000, "cpu_ms": cpu * 1000, "response": planned, "type": kind,
                             "gc_passes": passes[0] - before, "checkpoint": checkpoint})  # fmt: skip
        finally:
            gc.callbacks.remove(count)
        store.close()
        return rows, peak_rss_kib()
    finally:
        shutil.rmtree(work, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("--answers", type=int, default=1000)
    parser.add_argument("--json", type=Path, help="write every answer's row and the peak here")
    parser.add_argument("--caches", action="store_true", help="print every grader cache's size, hits and misses")
    parser.add_argument("--no-walk", dest="walk", action="store_false", help="without grading.prepare's wrong-answer walk")
    parser.add_argument("--max", action="append", default=[], metavar="MODULE.FUNC=N", help="rebind a grader cache with another maxsize")
    opts = parser.parse_args(argv)
    import studyapp.grading  # noqa: F401  loaded before rebinding, as the study screen loads it

    for spec in opts.max:
        _rebind(spec)
    rows, peak = answer_log(opts.data, opts.answers, opts.walk)
    wall, cpu = [r["ms"] for r in rows], [r["cpu_ms"] for r in rows]
    print(f"{len(rows)} answers, peak {peak / 1024:.1f} MB; wall median {statistics.median(wall):.3f} ms, p99 {_p99(wall):.3f};"
          f" CPU median {statistics.median(cpu):.3f} ms, p99 {_p99(cpu):.3f}")  # fmt: skip
    print("slowest 1% by CPU (answer, type, response 1 wrong / 2 typo / 3 right, CPU ms, wall ms, collector passes, checkpoint):")
    for r in sorted(rows, key=lambda r: -r["cpu_ms"])[: max(1, len(rows) // 100)]:
        print(f"  {r['answer']:5d} {r['type']:9s} {r['response']} {r['cpu_ms']:7.3f} {r['ms']:7.3f} {r['gc_passes']} {r['checkpoint']}")
    if opts.caches:
        for name, cache in sorted(grader_caches().items()):
            info = cache.cache_info()
            if info.misses:
                print(f"  {name:32s} {info.currsize:6d}/{info.maxsize}  hits {info.hits:7d}  misses {info.misses:6d}")
    if opts.json:
        opts.json.write_text(json.dumps({"peak_rss_kib": peak, "rows": rows}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
