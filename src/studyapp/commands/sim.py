"""simulate learners to compare exam scheduling policies (FSRS, greedy and other baselines vs the exam planner).

Every policy meets the same simulated learners (one per seed) and prints the
mean true recall on exam day next to the reviews it spent, and ours minus the
best baseline with the run-to-run noise. With no options it runs the whole
benchmark grid of docs/benchmarks.md (a few minutes).
"""

from __future__ import annotations


def add_arguments(parser) -> None:
    parser.add_argument("--horizon", type=int, nargs="+", default=[7, 30, 90], metavar="DAYS", help="days until the exam")
    parser.add_argument("--deck", type=int, nargs="+", default=[200, 2000], metavar="N", help="questions in the deck")
    parser.add_argument("--budget", type=int, nargs="+", default=[20, 60, 150], metavar="N", help="questions a day (new and review)")
    parser.add_argument("--learner", nargs="+", default=None, metavar="NAME", help="default, weaker, stronger, perturbed, forgetful, varied (default: all)")
    parser.add_argument("--new", type=int, metavar="N", help="new questions a day (default: max(20, the deck in 80%% of the horizon))")
    parser.add_argument("--seeds", type=int, default=5, metavar="N", help="simulated learners per scenario (default 5)")


def run(args, context) -> int:
    import sys

    from studyapp import sim

    learners = args.learner or list(sim.LEARNERS)
    unknown = [name for name in learners if name not in sim.LEARNERS]
    bad = [v for v in (*args.horizon, *args.deck, *args.budget, args.seeds) if v <= 0]
    if unknown or bad:
        what = f"unknown learner {', '.join(unknown)} (known: {', '.join(sim.LEARNERS)})" if unknown else "sizes must be above 0"
        print(f"studyapp sim: {what}", file=sys.stderr)
        return 2
    scenarios = [
        sim.Scenario(h, d, b, learner, args.new)
        for learner in learners
        for h in args.horizon
        for d in args.deck
        for b in args.budget
    ]
    results = []
    for index, scenario in enumerate(scenarios):
        rows = sim.compare(scenario, seeds=range(args.seeds))
        results.append((scenario, rows))
        lines = sim.table([(scenario, rows)]).split("\n")
        print("\n".join(lines if index == 0 else lines[2:]), flush=True)
    print()
    print(sim.summary(results))
    print(sim.matched_summary(results, range(args.seeds)))
    return 0
