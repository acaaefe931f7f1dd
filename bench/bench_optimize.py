"""How long fitting the memory model takes (``studyapp optimize``), and how much it helps.

    .venv/bin/python bench/bench_optimize.py          # 10,000 and 100,000 reviews (~1 min)
    .venv/bin/python bench/bench_optimize.py --planner  # and the exam planner with fitted parameters (~2 min)

A simulated learner with known true parameters (``studyapp.sim``'s "weaker",
"perturbed" and "stronger") studies under plain FSRS for 180 days
(``sim.review_log``); the log is written to a fresh database and
``optimize.optimize`` runs on it end to end (reading the log, the fit with
fsrs-rs-python, scoring before and after, storing). Reported: run time, and
log loss / RMSE of the defaults and of the fit on the learner's own history
and on held-out cards (30% of the cards, not fitted).

``--planner``: the exam planner (``sim.PlannerPolicy``) on the same kinds of
learner, run as the app runs it before a fit (default parameters, calibrated
stability scale) and after one (parameters fitted to a 180-day log of 2,000
cards, no scale), and with the true parameters (an oracle), seeds 0-4.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

from studyapp import optimize, sim
from studyapp.store import Store

NOW = datetime(2026, 6, 1, tzinfo=timezone.utc)


def write_log(store: Store, sequences) -> None:
    start = NOW - timedelta(days=400)
    with store.transaction() as conn:
        for card, sequence in enumerate(sequences):
            when = start
            for rating, days in sequence:
                when += timedelta(days=days, minutes=10)
                conn.execute(
                    "INSERT INTO reviews (pack_id, question_id, reviewed_at, correct, reason, rating, kind, state_after)"
                    " VALUES ('bench', ?, ?, ?, 'sim', ?, 'study', '{}')",
                    (f"q{card}", when.timestamp(), int(rating > 1), rating),
                )


def log_of(name: str, reviews: int, seed: int = 11):
    """A learner's log with about ``reviews`` reviews (cards added until it has)."""
    cards = max(50, reviews // 12)
    while True:
        learner = sim.Learner.make(cards, 1, seed, sim.LEARNERS[name], sim.TRAITS.get(name, sim.Traits()))
        log = sim.review_log(learner, 180, seed=seed)
        total = sum(map(len, log))
        if total >= reviews:
            count = 0
            for i, sequence in enumerate(log):
                count += len(sequence)
                if count >= reviews:
                    return log[: i + 1]
        cards = int(cards * reviews / max(total, 1) * 1.05) + 1


def planner_table(learners) -> None:
    import numpy as np

    from studyapp.planner import Memory, PlannerConfig

    frugal = PlannerConfig(fill_budget=False)
    cases = [((30, 200, 200), frugal, "none set (cap 200)"), ((14, 300, 200), frugal, "none set (cap 200)"), ((30, 2000, 150), PlannerConfig(), "150 a day")]
    print()
    print("| learner | days · cards | budget | defaults, calibrated (before a fit) | fitted | true parameters (oracle) |")
    print("|---|---|---|---:|---:|---:|")
    for name in learners:
        learner = sim.Learner.make(2000, 1, 7, sim.LEARNERS[name], sim.TRAITS.get(name, sim.Traits()))
        parameters, _, _ = optimize.fit(sim.review_log(learner, 180))
        for (h, d, b), config, budget in cases:
            scenario = sim.Scenario(h, d, b, name)
            runs: dict[str, list] = {"default": [], "fitted": [], "true": []}
            for seed in range(5):
                one = sim.Learner.of(scenario, seed)
                for key, policy, memory in (
                    ("default", sim.PlannerPolicy(config), Memory()),
                    ("fitted", sim.PlannerPolicy(config, calibrated=False), Memory(parameters)),
                    ("true", sim.PlannerPolicy(config, calibrated=False), Memory(sim.LEARNERS[name])),
                ):
                    result = sim.simulate(policy, scenario, one, scheduler=memory)
                    runs[key].append((result.recall, result.reviews))
            cells = [f"{np.mean([r for r, _ in v]):.2%} · {np.mean([n for _, n in v]):,.0f}" for v in runs.values()]
            print(f"| {name} | {h} · {d:,} | {budget} | " + " | ".join(cells) + " |", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--learners", nargs="+", default=["weaker", "perturbed", "stronger"])
    parser.add_argument("--planner", action="store_true", help="also the exam planner with fitted parameters")
    args = parser.parse_args()
    print("| learner | reviews | optimize (end to end) | of which the fit | log loss default → fitted (own history) | RMSE default → fitted | held-out log loss default → fitted |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for name in args.learners:
        for size in args.sizes:
            log = log_of(name, int(size / 0.7))  # 70% fitted: about `size` reviews in the database
            cut = int(0.7 * len(log))
            train, held_out = log[:cut], log[cut:]
            with tempfile.TemporaryDirectory() as folder:
                store = Store.open(Path(folder) / "bench.sqlite3")
                write_log(store, train)
                started = time.perf_counter()
                fit = optimize.optimize(store, NOW)
                total = time.perf_counter() - started
                store.close()
            sequences = train
            clock = time.perf_counter()
            optimize.fit(sequences)
            fit_only = time.perf_counter() - clock
            default = optimize.score(optimize.default_parameters(), held_out)
            fitted = optimize.score(fit.parameters, held_out)
            print(
                f"| {name} | {fit.reviews:,} | {total:.2f} s | {fit_only:.2f} s | {fit.before.log_loss:.4f} → {fit.after.log_loss:.4f}"
                f" | {fit.before.rmse:.2%} → {fit.after.rmse:.2%} | {default.log_loss:.4f} → {fitted.log_loss:.4f} |",
                flush=True,
            )
    if args.planner:
        planner_table(args.learners)


if __name__ == "__main__":
    main()
