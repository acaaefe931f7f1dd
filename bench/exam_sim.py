"""The exam-scheduling benchmark of docs/benchmarks.md ("Exam scheduling").

    .venv/bin/python bench/exam_sim.py            # the whole grid, 5 learners per scenario (~2 min on 2 cores)
    .venv/bin/python bench/exam_sim.py --seeds 2  # quicker

Same as ``studyapp sim`` with no options: 108 scenarios (6 kinds of learner),
every baseline (FSRS at five retentions, capped, final 20%, the greedy and
two more simple rules) against ours; prints the Markdown table, with ours
minus the best baseline and its run-to-run noise, and the targets checked
(where ours spent more than the best baseline, ours again at that baseline's
spend: ``sim.matched_summary``).
Seeded: the same command gives the same numbers.
"""

from __future__ import annotations

import argparse
import time

from studyapp import sim


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=int, default=5)
    args = parser.parse_args()
    started = time.perf_counter()
    results = [(scenario, sim.compare(scenario, seeds=range(args.seeds))) for scenario in sim.grid(tuple(sim.LEARNERS))]
    print(sim.table(results))
    print()
    print(sim.summary(results))
    print(sim.matched_summary(results, range(args.seeds)))
    print(f"\n({len(results)} scenarios x {len(sim.policies())} policies x {args.seeds} learners in {time.perf_counter() - started:.0f} s)")


if __name__ == "__main__":
    main()
