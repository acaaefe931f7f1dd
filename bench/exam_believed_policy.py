"""The relaxation's rule on the planner's own beliefs, solved for the model the planner uses (issue 14, fourteenth round).

    .venv/bin/python bench/exam_believed_policy.py                       # 30 d · 2,000 · 150/day · stronger, learners 0-4
    .venv/bin/python bench/exam_believed_policy.py --deck 200            # 30 d · 200 · 20/day · stronger
    .venv/bin/python bench/exam_believed_policy.py --first-seed 5 --beliefs fitted

``bench/exam_relaxed_policy.py``'s re-solved ``fill`` rule (the blind
relaxation re-solved each day from the learner's cards, the whole budget
spent on the largest advantages) with no oracle: what an app could run. The
thirteenth round fed it the planner's calibrated states but solved the
relaxation for the default parameters over the true decks' hidden
difficulties. Here the relaxation is the planner's own model throughout:

New questions (``--new``): where the relaxation's first-showing schedule,
solved once on day 0, puts them (the thirteenth round's rule), or as many
as ours takes that day (the rule then chooses only the reviews).

* ``calibrated`` (the app before a fit): FSRS-6 with the default parameters,
  every stability the planner holds scaled by ``planner.calibrate``'s k of the
  day, as ``sim.PlannerPolicy`` feeds ``plan_day``; the cards not yet shown
  enter the re-solve at the state the planner will give them after their
  first answer (default first stability × k, default first difficulty; no
  hidden difficulty), in the first answers' shares of the learner set's decks;
* ``fitted`` (the app after ``studyapp optimize``): the parameters fitted with
  ``optimize.fit`` to a 180-day log of 2,000 other cards of the same kind of
  learner under plain FSRS (``sim.review_log``, as ``bench/bench_optimize.py
  --planner``), no scale (the app turns calibration off after a fit); the
  simulator's scheduler runs on them, so the rule sees the fitted states.

Beside it: ours as the app runs it (calibrated defaults) and ours after the
same fit (``--beliefs true``: the rule on the true parameters, the states still the
planner's own, no hidden difficulty); each against the set's tightest blind bound (``exam_gap.BLIND_BOUNDS``).
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

import numpy as np

from benchmods import load as _bench

from studyapp import optimize, sim
from studyapp.planner import Memory

SCENARIOS = {2000: sim.Scenario(30, 2000, 150, "stronger"), 200: sim.Scenario(30, 200, 20, "stronger")}


def rating_shares(scenario: sim.Scenario, seeds) -> np.ndarray:
    """Cards per first answer (Again, Hard, Good, Easy) over the learner set's decks, pooled."""
    counts = np.zeros(4)
    for seed in seeds:
        ratings = sim.Learner.of(scenario, seed).first_rating
        counts += np.bincount(ratings - 1, minlength=4)[:4]
    return counts


def believed_deck(model, memory: Memory, counts: np.ndarray, learners: int, deck: int, scale: float = 1.0):
    """The cards as the planner believes them after their first answer: per first answer, the model's first
    state (stability × ``scale``, no hidden difficulty), weighted by ``counts``."""
    ec = _bench("exam_ceiling")
    s, d = memory.first_review(np.arange(1, 5))
    x = model.index(np.minimum(np.asarray(s, dtype=float) * scale, 1e11), d)
    start, inverse = np.unique(x, return_inverse=True)
    count = np.bincount(inverse.ravel(), weights=counts, minlength=start.size)
    keep = count > 0
    return ec.Cards(start[keep], count[keep].astype(float), learners, deck)


def relax_deck(model, deck, scenario: sim.Scenario, iters: int = 40):
    """The blind relaxation (first showings spread exactly) for ``deck`` on ``model``: prices and the rule's values."""
    ec, rp = _bench("exam_ceiling"), _bench("exam_relaxed_policy")
    started = time.perf_counter()
    H = scenario.horizon
    B, N = float(scenario.budget), float(min(scenario.daily_new, scenario.budget))
    n = deck.count.sum()

    def exact(lam):
        return ec.dual(model, deck, B, N, lam, np.zeros(H), 0.0, grad=False, blind=True, fill=True)[0] / n

    lo, hi = 0.0, 0.5
    for _ in range(25):  # a flat price first, as exam_ceiling.solve
        a, b = lo + 0.382 * (hi - lo), lo + 0.618 * (hi - lo)
        if exact(np.full(H, a)) <= exact(np.full(H, b)):
            hi = b
        else:
            lo = a
        if hi - lo < 1e-4:
            break
    flat = np.full(H, (lo + hi) / 2)

    def smooth(x):
        value, g, _, _ = ec.dual(model, deck, B, N, x, np.zeros(H), 1e-3, blind=True, fill=True)
        return value / n, g[:H] / n

    x, _ = ec.minimise(smooth, flat, iters)
    lam = np.maximum(min((flat, x), key=exact), 0.0)
    value, _, shows, (firsts, _) = ec.dual(model, deck, B, N, lam, np.zeros(H), 0.0, blind=True, fill=True)
    return rp.Relaxation(model, lam, ec.backward(model, lam), firsts / deck.learners, value / n,
                         float(shows.sum()) / deck.learners, time.perf_counter() - started)


def _policy_class():
    rp = _bench("exam_relaxed_policy")

    class BelievedPolicy(rp.ResolvingPolicy):
        """The re-solved ``fill`` rule on the planner's model; the unseen cards' first states follow today's scale."""

        def __init__(self, relaxation, counts: np.ndarray, memory: Memory, calibrated: bool, iters: int = 12, new: str = "relaxation") -> None:
            super().__init__(relaxation, "fill", None, iters=iters, believed=calibrated)
            self.counts, self.memory, self.calibrated, self.new = counts, memory, calibrated, new
            self.ours = sim.PlannerPolicy(calibrated=calibrated) if new == "ours" else None
            self.name = "the rule, fill, re-solved, " + ("calibrated defaults" if calibrated else "fitted parameters")
            if new == "ours":
                self.name += ", ours' new questions"
            self.scales: list[float] = []

        def new_today(self, view: sim.View, budget: int, new_limit: int) -> int:
            if self.ours is None:
                return super().new_today(view, budget, new_limit)
            return int(self.ours.choose(view, budget, new_limit)[1])  # as many as the app's planner takes today

        def choose(self, view: sim.View, budget: int, new_limit: int) -> sim.Choice:
            scale = 1.0
            if self.calibrated:
                self.states(view)  # today's calibration, cached by the day
                scale = float(self._scale)
            self.scales.append(scale)
            deck = believed_deck(self.relaxation.model, self.memory, self.counts, 1, 0, scale)
            self.pool = (deck.start, deck.count / deck.count.sum())
            return super().choose(view, budget, new_limit)

    return BelievedPolicy


def fitted_parameters(learner: str, cards: int = 2000, days: int = 180, seed: int = 7) -> tuple[float, ...]:
    """``optimize.fit`` on a learner of this kind's own log (other cards, plain FSRS), as bench_optimize --planner."""
    history = sim.Learner.make(cards, 1, seed, sim.LEARNERS[learner], sim.TRAITS.get(learner, sim.Traits()))
    parameters, _, _ = optimize.fit(sim.review_log(history, days))
    return parameters


def believed_policy(belief: str, scenario: sim.Scenario, seeds, grid: str = "coarse", iters: int = 40, parameters=None, new: str = "relaxation"):
    """(the policy, the scheduler the simulator must run for it, the relaxation it starts from)."""
    ec, rp = _bench("exam_ceiling"), _bench("exam_relaxed_policy")
    seeds = list(seeds)
    memory = Memory(parameters) if belief == "fitted" else Memory()
    model = ec.build(memory, scenario.horizon, *rp.GRIDS[grid])
    counts = rating_shares(scenario, seeds)
    relaxation = relax_deck(model, believed_deck(model, memory, counts, len(seeds), scenario.deck), scenario, iters)
    policy = _policy_class()(relaxation, counts, memory, calibrated=belief == "calibrated", new=new)
    return policy, memory, relaxation


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--deck", type=int, choices=sorted(SCENARIOS), default=2000)
    parser.add_argument("--first-seed", type=int, default=0)
    parser.add_argument("--seeds", type=int, default=5)
    parser.add_argument("--beliefs", nargs="+", choices=["calibrated", "fitted", "true"], default=["calibrated", "fitted"],
                        help="true: the learner's true parameters in place of a fit (what a perfect fit would give; still no hidden difficulty)")
    parser.add_argument("--grid", choices=["coarse", "mid"], default="coarse")
    parser.add_argument("--new", choices=["relaxation", "ours"], default="relaxation",
                        help="new questions where the relaxation's first-showing schedule puts them, or as many as ours takes each day")
    parser.add_argument("--json", type=Path, help="write every learner's figures here")
    args = parser.parse_args()
    rp, gap = _bench("exam_relaxed_policy"), _bench("exam_gap")
    scenario = SCENARIOS[args.deck]
    seeds = list(range(args.first_seed, args.first_seed + args.seeds))
    bound = gap.BLIND_BOUNDS.get(args.first_seed, {}).get(scenario)
    started = time.perf_counter()
    learners = [sim.Learner.of(scenario, s) for s in seeds]
    parameters = fitted_parameters(scenario.learner) if "fitted" in args.beliefs else None
    rows = [("ours (the app's planner, calibrated defaults)", [sim.simulate(sim.PlannerPolicy(), scenario, lr) for lr in learners])]
    if parameters is not None:
        fitted = Memory(parameters)
        rows.append(("ours after the fit", [sim.simulate(sim.PlannerPolicy(calibrated=False), scenario, lr, scheduler=fitted) for lr in learners]))
    print(f"{scenario.label}, learners {seeds[0]}-{seeds[-1]}: ours {time.perf_counter() - started:.0f} s", flush=True)
    scales = {}
    for belief in args.beliefs:
        policy, memory, relaxation = believed_policy("fitted" if belief == "true" else belief, scenario, seeds, args.grid,
                                                     parameters=sim.LEARNERS[scenario.learner] if belief == "true" else parameters, new=args.new)
        if belief == "true":
            policy.name = policy.name.replace("fitted parameters", "true parameters")
        print(f"  {belief}: relaxation {relaxation.bound:.2%} on its own model ({relaxation.shows:,.0f} showings a learner planned; "
              f"prices day 1 / 9 / 22 / eve {relaxation.lam[1]:.3f} / {relaxation.lam[9]:.3f} / {relaxation.lam[22]:.3f} / "
              f"{relaxation.lam[-1]:.3f}; {relaxation.seconds:.0f} s)", flush=True)
        runs = []
        for lr in learners:
            runs.append(sim.simulate(policy, scenario, lr, scheduler=memory))
            assert max(policy.shown) <= scenario.budget
            scales.setdefault(belief, []).append(policy.scales[-1])
            print(f"    learner: {runs[-1].recall:.2%} ({time.perf_counter() - started:.0f} s)", flush=True)
        rows.append((policy.name, runs))
    base = [r.recall for r in rows[0][1]]
    out = {"scenario": scenario.label, "seeds": seeds, "bound": bound, "scales": scales, "rows": {}}
    for name, runs in rows:
        recall = [r.recall for r in runs]
        d, noise = rp.paired(recall, base)
        to_bound = f", {(np.mean(recall) - bound) * 100:+.2f} to the bound {bound:.2%}" if bound else ""
        failed = [int(np.sum(r.failed_last & (r.last_review >= 0))) for r in runs]
        shows = [r.reviews for r in runs]
        print(f"  {name}: {np.mean(recall):.2%} ({d:+.2f} ± {noise:.2f} against ours{to_bound}); {np.mean(shows):,.0f} showings "
              f"a learner, {np.mean(failed):.0f} cards on a failed last review; per learner {' / '.join(f'{x:.2%}' for x in recall)}", flush=True)
        out["rows"][name] = {"recall": recall, "shows": shows, "failed_last": failed}
    if len(rows) > 2 and parameters is not None:
        fit = [r.recall for r in rows[1][1]]
        for name, runs in rows[2:]:
            d, noise = rp.paired([r.recall for r in runs], fit)
            print(f"  {name} against ours after the fit: {d:+.2f} ± {noise:.2f}")
    print(f"  final calibration scale per learner: {scales}")
    print(f"({time.perf_counter() - started:.0f} s)")
    if args.json:
        args.json.write_text(json.dumps(out, indent=1))


if __name__ == "__main__":
    main()
