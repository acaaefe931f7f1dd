"""The final period's reserve chosen per exam (the app's ``planner.choose_reserve``) against a fixed 0.1.

    .venv/bin/python bench/exam_reserve.py                 # the three bound scenarios, learners 0-19 (~30 s)
    .venv/bin/python bench/exam_reserve.py --grid          # the whole grid beside every baseline (2.5-4 min, learners 0-4)
    .venv/bin/python bench/exam_reserve.py --grid --first 5 --seeds 5   # learners 5-9

Every fixed ``final_reserve`` tried helps some scenarios and costs others
(docs/benchmarks.md, "Fourth round"): a larger one gains 0.1-0.3 points where the
final period comes after the introductions (30 days, 200 cards, 20 a day) and
loses where it overlaps them (30 days, 2,000 cards, 150 a day). The planner's own
forecast of a fresh deck of the exam's shape ranks the reserves as the simulated
learners do, so the app chooses each exam's reserve that way once, when the exam
is first planned, and stores it (``exam.plan_exam``); ``sim.PlannerPolicy`` does
the same on day 0. This script measures what that choice is worth against the
fixed 0.1 used before (fifth round: a bench-only candidate; sixth round: the app's).
"""

from __future__ import annotations

import argparse
import math
import time

import numpy as np

from studyapp import sim
from studyapp.planner import Memory, PlannerConfig

BOUND_SCENARIOS = [sim.Scenario(30, 200, 20, "default"), sim.Scenario(30, 200, 20, "stronger"), sim.Scenario(30, 2000, 150, "stronger")]
BLIND_BOUND = [0.9622, 0.9789, 0.9400]
"""The tightest blind bounds of ``bench/exam_ceiling.py`` (learners 0-4), docs/benchmarks.md."""


def chosen_reserve(days: int, deck: int, budget: int, new_limit: int) -> float:
    """The reserve the planner chooses for this shape (default parameters, as the simulated planner)."""
    return sim.chosen_reserve(Memory().parameters, float(days), deck, budget, new_limit, PlannerConfig())


class FixedReservePolicy(sim.PlannerPolicy):
    """The planner with the fixed ``final_reserve`` of 0.1 (before the sixth round)."""

    name = "ours, fixed reserve 0.1"

    def __init__(self) -> None:
        super().__init__(tune_reserve=False)


class SelfTunedPolicy(sim.PlannerPolicy):
    """The app's planner: the reserve chosen per exam shape."""

    name = "ours, reserve self-tuned"


def paired(a, b) -> tuple[float, float]:
    """Mean of a - b in points and two standard errors of the paired difference."""
    d = (np.asarray(a) - np.asarray(b)) * 100
    return float(d.mean()), (2 * float(d.std(ddof=1)) / math.sqrt(d.size) if d.size > 1 else 0.0)


def bound_scenarios(seeds) -> None:
    print(f"learners {seeds.start}-{seeds.stop - 1}; bounds are for learners 0-4")
    for scenario, bound in zip(BOUND_SCENARIOS, BLIND_BOUND):
        runs = {}
        for policy in (FixedReservePolicy(), SelfTunedPolicy()):
            runs[policy.name] = [sim.simulate(policy, scenario, sim.Learner.of(scenario, s)).recall for s in seeds]
        ours, tuned = runs[FixedReservePolicy.name], runs[SelfTunedPolicy.name]
        diff, noise = paired(tuned, ours)
        print(
            f"{scenario.label}: reserve {chosen_reserve(scenario.horizon, scenario.deck, scenario.budget, scenario.daily_new)};"
            f" fixed 0.1 {np.mean(ours):.2%} ({(np.mean(ours) - bound) * 100:+.2f} pp to the bound),"
            f" self-tuned {np.mean(tuned):.2%} ({(np.mean(tuned) - bound) * 100:+.2f}); difference {diff:+.2f} ± {noise:.2f} pp",
            flush=True,
        )


def whole_grid(seeds) -> None:
    changed, above, thrifty = 0, 0, 0
    for scenario in sim.grid(tuple(sim.LEARNERS)):
        rows = sim.compare(scenario, seeds=seeds, candidates=[*sim.baselines(), FixedReservePolicy(), SelfTunedPolicy()])
        ours = next(r for r in rows if r.policy == FixedReservePolicy.name)
        tuned = next(r for r in rows if r.policy == SelfTunedPolicy.name)
        baselines = [r for r in rows if r not in (ours, tuned)]
        verdict = sim.judge([*baselines, tuned], scenario, ours=SelfTunedPolicy.name)
        above += verdict.beats_all
        thrifty += tuned.reviews <= verdict.best.reviews * 1.001
        diff, noise = paired(tuned.runs, ours.runs)
        if tuned.runs != ours.runs:
            changed += 1
            reserve = chosen_reserve(scenario.horizon, scenario.deck, scenario.budget, scenario.daily_new)
            print(
                f"{scenario.label}: reserve {reserve}: {ours.recall:.2%} -> {tuned.recall:.2%} ({diff:+.2f} ± {noise:.2f} pp);"
                f" vs best baseline {verdict.margin * 100:+.2f} ± {verdict.noise * 100:.2f} ({verdict.best.policy})"
                f"{'' if verdict.beats_all else ' NOT at or above every baseline'}; reviews {tuned.reviews:,.0f} (fixed 0.1: {ours.reviews:,.0f})",
                flush=True,
            )
        elif not verdict.beats_all:
            print(f"{scenario.label}: unchanged, NOT at or above every baseline", flush=True)
    print(f"{changed} scenarios changed; self-tuned at or above every baseline (within the noise): {above}/108;"
          f" spending no more than the best baseline: {thrifty}/108")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--grid", action="store_true", help="the whole grid (108 scenarios) beside every baseline")
    parser.add_argument("--first", type=int, default=0, help="first learner (seed)")
    parser.add_argument("--seeds", type=int, default=None, help="learners (default: 20, or 5 with --grid)")
    args = parser.parse_args()
    count = args.seeds or (5 if args.grid else 20)
    seeds = range(args.first, args.first + count)
    started = time.perf_counter()
    whole_grid(seeds) if args.grid else bound_scenarios(seeds)
    print(f"({time.perf_counter() - started:.0f} s)")


if __name__ == "__main__":
    main()
