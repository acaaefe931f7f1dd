"""The final period's reserve chosen per exam by the planner simulating itself (a candidate, not the planner).

    .venv/bin/python bench/exam_reserve.py                 # the three bound scenarios, learners 0-19 (~16 s)
    .venv/bin/python bench/exam_reserve.py --grid          # the whole grid beside every baseline (2.5-4 min, learners 0-4)
    .venv/bin/python bench/exam_reserve.py --grid --first 5 --seeds 5   # learners 5-9

Every fixed ``final_reserve`` tried so far helps some scenarios and costs others
(docs/benchmarks.md, "Fourth round"): a larger one gains 0.1-0.3 points where the
final period comes after the introductions (30 days, 200 cards, 20 a day) and
loses where it overlaps them (30 days, 2,000 cards, 150 a day). The planner's own
model sees the difference: ``planner.forecast`` of a fresh deck of the exam's
shape (days, questions, budget, new limit), under the default parameters, ranks
the reserves as the simulated learners do. So here each exam's reserve is the one
of ``CANDIDATES`` its own forecast (mean of ``FORECASTS`` seeded runs) says is
best, chosen once from the shape on the first day and kept.

Not in the app: the app has no "first day" of an exam to choose on (an exam
stores no start; ``exam.plan_exam`` plans from today's states), and choosing from
today's states every day, which does as well on the 200-card runs, costs four
forecasts a day, too slow for the whole grid here. docs/benchmarks.md, "Fifth
round (helper E2)", has the figures.
"""

from __future__ import annotations

import argparse
import functools
import math
import time

import numpy as np

from studyapp import sim
from studyapp.planner import Memory, PlannerConfig, forecast

CANDIDATES = (0.05, 0.1, 0.15)
FORECASTS = 8
BOUND_SCENARIOS = [sim.Scenario(30, 200, 20, "default"), sim.Scenario(30, 200, 20, "stronger"), sim.Scenario(30, 2000, 150, "stronger")]
BLIND_BOUND = [0.9622, 0.9789, 0.9400]
"""The tightest blind bounds of ``bench/exam_ceiling.py`` (learners 0-4), docs/benchmarks.md."""


@functools.lru_cache(maxsize=None)
def chosen_reserve(days: int, deck: int, budget: int, new_limit: int) -> float:
    """The reserve whose forecast (fresh deck, default parameters, seeds shared by all) is best."""
    memory, empty = Memory(), np.zeros(0)
    scores = []
    for reserve in CANDIDATES:
        config = PlannerConfig(final_reserve=reserve)
        runs = [
            forecast(
                memory, empty, empty, empty, days, budget=budget, new_available=deck, new_limit=new_limit, config=config, seed=seed
            ).recall.mean()
            for seed in range(FORECASTS)
        ]
        scores.append(float(np.mean(runs)))
    return CANDIDATES[int(np.argmax(scores))]


class SelfTunedPolicy(sim.PlannerPolicy):
    """The app's planner with ``final_reserve`` chosen per exam shape by :func:`chosen_reserve`."""

    name = "ours, reserve self-tuned"

    def choose(self, view: sim.View, budget: int, new_limit: int) -> sim.Choice:
        reserve = chosen_reserve(view.horizon, view.stability.size, budget, new_limit)
        self.config = PlannerConfig(final_reserve=reserve)
        return super().choose(view, budget, new_limit)


def paired(a, b) -> tuple[float, float]:
    """Mean of a - b in points and two standard errors of the paired difference."""
    d = (np.asarray(a) - np.asarray(b)) * 100
    return float(d.mean()), (2 * float(d.std(ddof=1)) / math.sqrt(d.size) if d.size > 1 else 0.0)


def bound_scenarios(seeds) -> None:
    print(f"learners {seeds.start}-{seeds.stop - 1}; bounds are for learners 0-4")
    for scenario, bound in zip(BOUND_SCENARIOS, BLIND_BOUND):
        runs = {}
        for policy in (sim.PlannerPolicy(), SelfTunedPolicy()):
            runs[policy.name] = [sim.simulate(policy, scenario, sim.Learner.of(scenario, s)).recall for s in seeds]
        ours, tuned = runs[sim.PlannerPolicy.name], runs[SelfTunedPolicy.name]
        diff, noise = paired(tuned, ours)
        print(
            f"{scenario.label}: reserve {chosen_reserve(scenario.horizon, scenario.deck, scenario.budget, scenario.daily_new)};"
            f" ours {np.mean(ours):.2%} ({(np.mean(ours) - bound) * 100:+.2f} pp to the bound),"
            f" self-tuned {np.mean(tuned):.2%} ({(np.mean(tuned) - bound) * 100:+.2f}); difference {diff:+.2f} ± {noise:.2f} pp",
            flush=True,
        )


def whole_grid(seeds) -> None:
    changed, above, thrifty = 0, 0, 0
    for scenario in sim.grid(tuple(sim.LEARNERS)):
        rows = sim.compare(scenario, seeds=seeds, candidates=[*sim.baselines(), sim.PlannerPolicy(), SelfTunedPolicy()])
        ours = next(r for r in rows if r.policy == sim.PlannerPolicy.name)
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
                f"{'' if verdict.beats_all else ' NOT at or above every baseline'}; reviews {tuned.reviews:,.0f} (ours {ours.reviews:,.0f})",
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
