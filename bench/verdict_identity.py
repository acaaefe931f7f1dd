"""Record every verdict of the grading eval's case files, or compare them with a recording.

    .venv/bin/python bench/verdict_identity.py record /tmp/verdicts.pickle [--prepared]
    .venv/bin/python bench/verdict_identity.py compare /tmp/verdicts.pickle [--prepared]

For every case of every git-tracked ``tests/grading_eval/*.yaml`` (as ``score.py`` reads them), the whole
``Grade`` (right or wrong, reason, expected, given, detail and every part) is kept by file and case number.
Every case is graded, none taken from another's verdict, so a cache that made a verdict depend on what was
graded before would show. ``--prepared`` calls ``grading.prepare`` on the question before each verdict, as
the study screen does while the question is read. A change to the grader's speed must compare with zero
differences.
"""

from __future__ import annotations

import pickle
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "tests" / "grading_eval"))

import yaml  # noqa: E402

import score  # noqa: E402  tests/grading_eval/score.py: how a case becomes a question and a response
from studyapp import grading  # noqa: E402


def _flat(result) -> tuple:
    return (result.correct, str(result.reason), result.expected, result.given, result.detail, tuple(_flat(p) for p in result.parts))


def verdicts(prepared: bool) -> dict[tuple[str, int], tuple]:
    files = subprocess.run(["git", "-C", str(ROOT), "ls-files", "tests/grading_eval/*.yaml"], capture_output=True, text=True, check=True).stdout.split()
    questions = score._bundled_questions()
    out: dict[tuple[str, int], tuple] = {}
    for name in sorted(files):
        cases = yaml.load((ROOT / name).read_text(encoding="utf-8"), Loader=score._LOADER) or []
        for number, case in enumerate(cases, 1):
            where = f"{name}: case {number}"
            question = questions[str(case["ref"])] if "ref" in case else score._inline_question(case["question"], where)
            response = score.response_of(case)
            date_order = str(case.get("date_order", "dmy"))
            if prepared:
                grading.prepare(question, date_order=date_order)
            try:
                out[name, number] = _flat(grading.grade(question, response, date_order=date_order))
            except Exception as error:  # noqa: BLE001  an error is a verdict too: it must not change either
                out[name, number] = ("error", type(error).__name__, str(error))
    return out


def main(argv: list[str]) -> int:
    mode, path = argv[0], Path(argv[1])
    prepared = "--prepared" in argv
    started = time.perf_counter()
    now = verdicts(prepared)
    took = time.perf_counter() - started
    if mode == "record":
        path.write_bytes(pickle.dumps(now))
        print(f"recorded {len(now)} verdicts in {took:.0f} s")
        return 0
    before = pickle.loads(path.read_bytes())
    differ = [key for key in sorted(set(before) | set(now)) if before.get(key) != now.get(key)]
    print(f"compared {len(set(before) & set(now))} verdicts ({len(before)} recorded, {len(now)} now) in {took:.0f} s: {len(differ)} differences")
    for key in differ[:40]:
        print(f"  {key}: {before.get(key)!r}\n    now {now.get(key)!r}")
    return 1 if differ or set(before) != set(now) else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
