"""Time one verdict of the grader, today's package beside the single module it replaced.

    .venv/bin/python bench/bench_grading.py [--runs 5] [--old /tmp/old_grading.py]

The old grader is the single module ``src/studyapp/grading.py`` as of commit d91586b, the last
before the package replaced it (written to ``--old`` from ``--old-rev`` when missing).

Warm: every typed bundled question graded against a realistic mix of responses (the
answer, an accepted form, a hedge or qualifier, a typo, a wrong answer, an added word),
after ``warm_up``, with the parse caches emptied before each pass so no response is
graded from a cache. Runs alternate old/new; "best of runs" takes each verdict's fastest
run, which filters out the moments the OS gave the core to another process. First call: a fresh process imports the
grader and times its first verdict (a typo, so the lazy imports happen), with and
without ``warm_up`` first. Prints median and p99 per verdict in microseconds.

    .venv/bin/python bench/bench_grading.py --trees before=/tmp/before,after=src [--runs 5]

Before and after a change to the grader (each tree a folder holding a ``studyapp`` package): every
typed bundled question's responses graded as the study screen grades them (``grading.prepare`` on
the question while it is read, untimed, then one verdict timed), each question answered once in a
process (a process per kind of response), the trees alternating run by run with the order turned each round. Median and p99 per
verdict (right, typo, wrong) and per type, with the spread over runs.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from studyapp.packs import load_packs  # noqa: E402
from studyapp.paths import BUNDLED_PACKS  # noqa: E402


def load_old(path: Path, rev: str):
    if not path.exists():
        text = subprocess.run(["git", "-C", str(ROOT), "show", f"{rev}:src/studyapp/grading.py"], capture_output=True, text=True, check=True).stdout
        path.write_text(text)
    spec = importlib.util.spec_from_file_location("old_grading", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules["old_grading"] = module
    spec.loader.exec_module(module)
    return module


def _typo(text: str) -> str:
    words = text.split()
    for i, word in enumerate(words):
        if len(word) >= 6 and word.isalpha():
            words[i] = word[:2] + word[3] + word[2] + word[4:]
            return " ".join(words)
    return text + "s"


def responses_for(question) -> list:
    """What learners type: right, accepted, hedged, typo'd, wrong, with a word added."""
    kind = question.type
    if kind == "short":
        answer = str(question.answer)
        out = [answer, answer.lower(), _typo(answer), f"I think it was {answer}", "Something else entirely", f"{answer} and Canada"]
        out += list(question.accept[:2])
        return out
    if kind == "numeric":
        answer = str(question.answer)
        unit = f" {question.unit}" if question.unit else ""
        return [answer, f"about {answer}{unit}", f"in {answer}", f"{answer}+", "12345", f"over {answer} tanks"]
    if kind == "cloze":
        right = [gap[0] for gap in question.gaps]
        return [right, [_typo(g) for g in right], ["wrong"] * len(right)]
    if kind == "choice":
        return [list(question.answer), list(question.choices[:1])]
    if kind == "truefalse":
        return ["t", "f"]
    return [list(question.items), list(reversed(question.items))]


def clear_caches(*modules) -> None:
    """Empty the per-response caches (not the one-time loaders such as the country list)."""
    for module in modules:
        for value in list(vars(module).values()):
            info = getattr(value, "cache_info", None)
            if info is not None and (info().maxsize or 0) > 64:  # loaders (the gazetteer's towns, states) keep theirs
                value.cache_clear()


def grading_modules(new: bool):
    if not new:
        return [sys.modules["old_grading"]]
    import studyapp.grading

    return [m for name, m in sys.modules.items() if name.startswith("studyapp.grading")] + [studyapp.grading]


def time_pass(grade, cases, modules) -> list[float]:
    clear_caches(*modules)
    times = []
    for question, response in cases:
        started = time.perf_counter()
        grade(question, response)
        times.append(time.perf_counter() - started)
    return times


_FIRST = """
import sys, time
sys.path.insert(0, {src!r})
mode, warm = sys.argv[1], sys.argv[2] == "warm"
from types import SimpleNamespace
started = time.perf_counter()
if mode == "old":
    import importlib.util
    spec = importlib.util.spec_from_file_location("old_grading", {old!r})
    g = importlib.util.module_from_spec(spec); sys.modules["old_grading"] = g; spec.loader.exec_module(g)
else:
    import studyapp.grading as g
imported = time.perf_counter() - started
if warm:
    g.warm_up()
q = SimpleNamespace(type="short", answer="North American Aerospace Defense Command", accept=("NORAD",), prompt="What does NORAD stand for?",
                    unit=None, tolerance=None, gaps=(), choices=(), items=())
started = time.perf_counter()
result = g.grade(q, "North Amercan Aerospace Defence Command")
first = time.perf_counter() - started
print(imported, first, result.correct)
"""


def first_call(mode: str, warm: bool, old_path: Path) -> tuple[float, float]:
    code = _FIRST.format(src=str(ROOT / "src"), old=str(old_path))
    out = subprocess.run([sys.executable, "-c", code, mode, "warm" if warm else "cold"], capture_output=True, text=True, check=True).stdout.split()
    return float(out[0]), float(out[1])


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


_VERDICT_PASS = """
import gc, json, sys, time
from pathlib import Path
from studyapp import grading  # the tree's, before bench_grading puts this checkout's src first on the path
from studyapp.packs import load_packs
sys.path.insert(0, {bench!r})
from bench_grading import responses_for
assert grading.__file__.startswith({tree!r}), grading.__file__
questions = [q for pack in load_packs([Path({questions!r})]).packs for q in pack.questions if q.type in ("short", "numeric", "cloze")]
grading.warm_up()
grading.compile_patterns()
gc.freeze()  # as warm_answer_path leaves the session
out = []
which = int(sys.argv[1])
for question in questions:
    for response in responses_for(question)[which : which + 1]:  # each question answered once in a process, as in a session
        grading.prepare(question)  # while the question is read
        started = time.perf_counter()
        result = grading.grade(question, response)
        took = time.perf_counter() - started
        verdict = "typo" if result.correct and result.typo else "right" if result.correct else "wrong"
        out.append((question.type, verdict, took))
print(json.dumps(out))
"""


def verdict_pass(tree: str) -> list[tuple[str, str, float]]:
    """One pass of every typed response, with ``tree`` first on the path: one process per kind of response
    (the answer, a typo, a wrong answer...), so that each question is answered once in a process, as in a
    session, and no response finds what another response to its question left in the caches."""
    env = {**os.environ, "PYTHONPATH": tree}
    code = _VERDICT_PASS.format(bench=str(ROOT / "bench"), tree=str(Path(tree).resolve()), questions=str(ROOT / "questions"))
    out: list[tuple[str, str, float]] = []
    for which in range(8):  # responses_for gives at most 8 a question
        run = subprocess.run([sys.executable, "-c", code, str(which)], capture_output=True, text=True, check=True, env=env)
        out += [tuple(x) for x in json.loads(run.stdout)]
    return out


def compare_trees(trees: dict[str, str], runs: int) -> int:
    names = list(trees)
    passes: dict[str, list[list[tuple[str, str, float]]]] = {name: [] for name in names}
    for r in range(runs):
        for name in names if r % 2 == 0 else names[::-1]:
            passes[name].append(verdict_pass(trees[name]))
    groups = [("every typed", lambda t, v: True)] + [(v, lambda t, v, w=v: v == w) for v in ("right", "typo", "wrong")]
    groups += [(f"{t} {v}", lambda t2, v2, t=t, v=v: (t2, v2) == (t, v)) for t in ("short", "numeric", "cloze") for v in ("right", "typo", "wrong")]
    for name in names:  # each verdict's best time over the runs: what it costs when the OS does not preempt the process
        runs_of = passes[name]
        passes[name].append([(*runs_of[0][i][:2], min(run[i][2] for run in runs_of)) for i in range(len(runs_of[0]))])
    print(f"{len(passes[names[0]][0])} verdicts a run, {runs} runs a tree alternating; µs, median over runs (min-max), then best of runs")
    print(f"{'verdicts':<16} {'n':>5} " + " ".join(f"{name + ' median':>24} {name + ' p99':>26} {name + ' best med / p99':>22}" for name in names))
    for label, keep in groups:
        cells = []
        count = 0
        for name in names:
            medians, p99s = [], []
            for run in passes[name][:-1]:
                times = [took for kind, verdict, took in run if keep(kind, verdict)]
                count = len(times)
                if times:
                    medians.append(statistics.median(times) * 1e6)
                    p99s.append(pct(times, 0.99) * 1e6)
            if not medians:
                break
            cells.append(f"{statistics.median(medians):>8.1f} ({min(medians):.1f}-{max(medians):.1f})".rjust(24))
            cells.append(f"{statistics.median(p99s):>8.1f} ({min(p99s):.1f}-{max(p99s):.1f})".rjust(26))
            best = [took for kind, verdict, took in passes[name][-1] if keep(kind, verdict)]
            cells.append(f"best {statistics.median(best) * 1e6:.1f} / {pct(best, 0.99) * 1e6:.1f}".rjust(22))
        if cells and count:
            print(f"{label:<16} {count:>5} " + " ".join(cells))
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--old", type=Path, default=Path("/tmp/old_grading.py"))
    parser.add_argument("--old-rev", default="d91586b", help="a commit that still has src/studyapp/grading.py")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--trees", help="NAME=DIR,NAME=DIR: each a folder holding a studyapp package; compare them per verdict")
    args = parser.parse_args(argv)
    if args.trees:
        return compare_trees(dict(item.split("=", 1) for item in args.trees.split(",")), args.runs)

    old = load_old(args.old, args.old_rev)
    import studyapp.grading as new

    old_types = {"short", "numeric", "cloze", "choice", "truefalse", "order"}  # all the old module grades; compare like with like
    questions = [q for pack in load_packs([BUNDLED_PACKS]).packs for q in pack.questions if q.type in old_types]
    cases = [(q, r) for q in questions for r in responses_for(q)]
    typed = {"short", "numeric", "cloze"}
    old.warm_up()
    new.warm_up()
    samples: dict[str, list[float]] = {"old": [], "new": [], "old_typed": [], "new_typed": []}
    per_case: dict[str, list[list[float]]] = {"old": [], "new": []}
    for _ in range(args.runs):
        for name, grade in (("old", old.grade), ("new", new.grade)):
            times = time_pass(grade, cases, grading_modules(name == "new"))
            per_case[name].append(times)
            samples[name] += times
            samples[f"{name}_typed"] += [t for t, (q, _) in zip(times, cases) if q.type in typed]
    # the same verdict's best time over the runs: what it costs when the OS does not preempt the process
    for name in ("old", "new"):
        best = [min(run[i] for run in per_case[name]) for i in range(len(cases))]
        samples[f"{name}_best"] = best
        samples[f"{name}_typed_best"] = [t for t, (q, _) in zip(best, cases) if q.type in typed]
    firsts: dict[str, list[tuple[float, float]]] = {}
    for _ in range(args.runs):
        for mode in ("old", "new"):
            for warm in (False, True):
                firsts.setdefault(f"{mode}_{'warm' if warm else 'cold'}", []).append(first_call(mode, warm, args.old))

    report = {"verdicts_per_run": len(cases), "runs": args.runs}
    for key, values in samples.items():
        report[key] = {"median_us": statistics.median(values) * 1e6, "p99_us": pct(values, 0.99) * 1e6, "max_us": max(values) * 1e6}
    for key, pairs in firsts.items():
        report[f"first_{key}"] = {
            "import_ms": statistics.median(p[0] for p in pairs) * 1e3,
            "first_verdict_ms": statistics.median(p[1] for p in pairs) * 1e3,
        }
    if args.json:
        print(json.dumps(report, indent=2))
        return 0
    print(f"{len(cases)} verdicts per run over {len(questions)} bundled questions, {args.runs} runs alternating old/new")
    print(f"{'warm, per verdict':<34} {'median µs':>10} {'p99 µs':>10} {'max µs':>10}")
    labels = {
        "old": "old, all types", "new": "new, all types", "old_typed": "old, typed answers", "new_typed": "new, typed answers",
        "old_best": "old, all types, best of runs", "new_best": "new, all types, best of runs",
        "old_typed_best": "old, typed, best of runs", "new_typed_best": "new, typed, best of runs",
    }  # fmt: skip
    for key, label in labels.items():
        r = report[key]
        print(f"{label:<34} {r['median_us']:>10.1f} {r['p99_us']:>10.1f} {r['max_us']:>10.1f}")
    print(f"{'first call in a fresh process':<34} {'import ms':>10} {'verdict ms':>10}")
    for key in ("old_cold", "new_cold", "old_warm", "new_warm"):
        r = report[f"first_{key}"]
        label = f"{key.split('_')[0]} grader, {'no warm_up' if key.endswith('cold') else 'after warm_up'}"
        print(f"{label:<34} {r['import_ms']:>10.1f} {r['first_verdict_ms']:>10.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
