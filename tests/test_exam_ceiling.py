"""bench/exam_ceiling.py: the upper bound runs, and it really is an upper bound.

Checked on tiny scenarios against (1) the exact optimum of a full-information
policy found by brute force, and (2) the expected score of every policy of
``sim.policies()`` on the same learners (the review outcomes re-drawn many
times, since the bound is on the expected score).
"""

from __future__ import annotations

import itertools
import math
from functools import lru_cache

import numpy as np
import pytest

from benchkit import bench_module

from studyapp import sim
from studyapp.planner import Memory

def _module():
    return bench_module("exam_ceiling")


@pytest.fixture(scope="module")
def ec():
    return _module()


def test_the_bound_is_above_the_exact_optimum_of_a_tiny_instance(ec):
    scenario = sim.Scenario(4, 3, 2, "default", new_limit=2)
    for seed in (0, 1):
        learner = sim.Learner.make(scenario.deck, scenario.horizon, seed, sim.LEARNERS["default"])
        optimum = _brute(scenario, learner)
        model = ec.build(Memory(sim.LEARNERS["default"]), scenario.horizon, s_points=120, d_step=0.1)
        bound = ec.solve(model, scenario, seeds=[seed], temps=(1e-3,), iters=15)
        assert optimum > 0.3
        assert bound.bound >= optimum - 1e-9, (seed, bound.bound, optimum)
        assert bound.bound < optimum + 0.05  # and it is not vacuous (0.8 points above here)


def test_the_blind_bound_is_above_the_best_schedule_that_cannot_see_first_answers(ec):
    # Every new card's first answer and difficulty drawn from the deck's own cards, unknown
    # until it is shown: the blind bound must be above the exact optimum of that problem,
    # and below the full bound at the same prices (averaging before the max can only lower it).
    scenario = sim.Scenario(4, 3, 2, "default", new_limit=2)
    model = ec.build(Memory(sim.LEARNERS["default"]), scenario.horizon, s_points=120, d_step=0.1)
    for seed in (0, 1):
        learner = sim.Learner.make(scenario.deck, scenario.horizon, seed, sim.LEARNERS["default"])
        optimum = _brute(scenario, learner, blind=True)
        bound = ec.solve(model, scenario, seeds=[seed], temps=(1e-3,), iters=15, blind=True)
        assert optimum > 0.3
        assert bound.bound >= optimum - 1e-9, (seed, bound.bound, optimum)
        assert bound.bound < optimum + 0.05
        deck = ec.cards(model, scenario, [seed])
        args = (model, deck, scenario.budget, scenario.daily_new, bound.lam, bound.mu, 0.0)
        assert ec.dual(*args, grad=False, blind=True)[0] <= ec.dual(*args, grad=False)[0] + 1e-12


def test_first_showings_filled_best_days_first():
    ec_fill = _module().fill_days
    assert ec_fill(np.array([0.5, -0.1, 0.9, 0.2]), 2, 3).tolist() == [1, 0, 2, 0]
    assert ec_fill(np.array([0.5, -0.1, 0.9, 0.2]), 2, 10).tolist() == [2, 0, 2, 2]  # never on a day worth nothing
    assert ec_fill(np.array([-0.5, -0.1]), 2, 3).tolist() == [0, 0]


def test_the_learner_sets_are_the_default_five_or_five_from_the_first_seed(ec):
    assert ec.learners(0, 5) == range(5)  # the bounds of docs/benchmarks.md: learners 0-4
    assert list(ec.learners(5, 5)) == [5, 6, 7, 8, 9]
    model = ec.build(Memory(sim.LEARNERS["default"]), 4, 40, 0.5)
    scenario = sim.Scenario(4, 50, 20, "default")
    other, first = ec.cards(model, scenario, ec.learners(5, 2)), ec.cards(model, scenario, ec.learners(0, 2))
    assert (other.start.tolist(), other.count.tolist()) != (first.start.tolist(), first.count.tolist())  # other decks


def test_spreading_first_showings_exactly_is_the_best_price_for_the_new_limit(ec):
    # ``fill`` replaces the search over new-question prices by its exact result: for any
    # budget prices it equals the priced dual at the best new-question prices (built here
    # from the fill's threshold), is never above it at other ones, and stays above the
    # exact optimum of a tiny blind instance whose new-question limit binds.
    scenario = sim.Scenario(4, 3, 2, "default", new_limit=1)
    H, B, N = scenario.horizon, scenario.budget, scenario.daily_new
    model = ec.build(Memory(sim.LEARNERS["default"]), H, s_points=120, d_step=0.1)
    for seed in (0, 1):
        deck = ec.cards(model, scenario, [seed])
        n = deck.count.sum()
        rng = np.random.default_rng(seed)
        for _ in range(4):
            lam = rng.uniform(0.0, 0.4, H)
            filled = ec.dual(model, deck, B, N, lam, np.zeros(H), grad=False, blind=True, fill=True)[0]
            worth = ec.backward(model, lam)[:, deck.start] @ deck.count / n - lam
            firsts = ec.fill_days(worth, N, n)
            threshold = max(0.0, worth[firsts > 0].min()) if firsts.sum() >= n else 0.0
            best_mu = np.maximum(worth - threshold, 0.0)
            assert filled == pytest.approx(ec.dual(model, deck, B, N, lam, best_mu, grad=False, blind=True)[0], abs=1e-9)
            for _ in range(3):
                other = best_mu + rng.uniform(-0.2, 0.2, H)
                assert filled <= ec.dual(model, deck, B, N, lam, other, grad=False, blind=True)[0] + 1e-9
        learner = sim.Learner.make(scenario.deck, H, seed, sim.LEARNERS["default"])
        optimum = _brute(scenario, learner, blind=True)
        bound = ec.solve(model, scenario, seeds=[seed], temps=(1e-3,), iters=15, blind=True, fill=True)
        assert optimum - 1e-9 <= bound.bound < optimum + 0.05, (seed, bound.bound, optimum)


def _brute(scenario: sim.Scenario, learner: sim.Learner, blind: bool = False) -> float:
    """Exact optimum by recursion over true states (small instances only).

    Full information by default (every card's first answer known in advance); with
    ``blind``, each new card's (stability, difficulty) after its first showing is drawn
    uniformly from the deck's cards, revealed only when it is shown.
    """
    truth = learner.memory
    n, horizon = scenario.deck, scenario.horizon
    s0, d0 = truth.first_review(learner.first_rating)
    d0 = np.clip(d0 + learner.difficulty_offset, 1.0, 10.0)

    @lru_cache(maxsize=None)
    def recall(elapsed: int, s: float) -> float:
        return float(truth.retrievability(elapsed, s))

    @lru_cache(maxsize=None)
    def review(card, day, recalled):
        s, d, last = card
        s2, d2 = truth.after_review(np.array([s]), np.array([d]), np.array([float(day - last)]), np.array([recalled]))
        return (float(s2[0]), float(d2[0]), day)

    def value(day: int, cards: tuple) -> float:
        # the value is symmetric in the cards: one cache entry for every order of them
        return _value(day, tuple(sorted(cards)))

    @lru_cache(maxsize=None)
    def _value(day: int, cards: tuple) -> float:
        if day == horizon:
            return sum(recall(horizon - last, s) for s, _, last in cards) / n
        seen = len(cards)
        best = 0.0
        for mask in range(1 << seen):
            chosen = [i for i in range(seen) if mask >> i & 1]
            room = scenario.budget - len(chosen)
            if room < 0:
                continue
            for new in range(min(room, scenario.daily_new, n - seen) + 1):
                if not blind:
                    fresh = tuple((float(s0[i]), float(d0[i]), day) for i in range(seen, seen + new))
                    best = max(best, outcomes(day, cards, chosen, fresh))
                    continue
                total = 0.0
                # the new cards' types, each drawn uniformly: their order does not matter (the value
                # is symmetric in the cards), so each multiset once, weighted by its orderings
                for types in itertools.combinations_with_replacement(range(n), new):
                    fresh = tuple((float(s0[i]), float(d0[i]), day) for i in types)
                    orderings = math.factorial(new) / math.prod(math.factorial(types.count(i)) for i in set(types))
                    total += orderings * outcomes(day, cards, chosen, fresh) / n**new
                best = max(best, total)
        return best

    def outcomes(day, cards, chosen, fresh):
        if not chosen:
            return value(day + 1, cards + fresh)
        i, rest = chosen[0], chosen[1:]
        s, _, last = cards[i]
        r = recall(day - last, s)
        total = 0.0
        for recalled, prob in ((True, r), (False, 1.0 - r)):
            after = cards[:i] + (review(cards[i], day, recalled),) + cards[i + 1 :]
            total += prob * outcomes(day, after, rest, fresh)
        return total

    return value(0, ())


def expected_score(policy: sim.Policy, scenario: sim.Scenario, seed: int, replicates: int) -> float:
    """The policy's score on this learner, averaged over re-drawn review outcomes."""
    learner = sim.Learner.make(scenario.deck, scenario.horizon, seed, sim.LEARNERS[scenario.learner])
    rng = np.random.default_rng(1000 + seed)
    scores = []
    for _ in range(replicates):
        learner.draws = rng.random(learner.draws.shape)
        scores.append(sim.simulate(policy, scenario, learner).recall)
    return float(np.mean(scores))


def test_the_bound_is_above_every_policy_of_the_simulator(ec):
    scenario = sim.Scenario(10, 30, 6, "weaker")
    seeds = [0, 1]
    model = ec.build(Memory(sim.LEARNERS["weaker"]), scenario.horizon, s_points=150, d_step=0.1)
    bound = ec.solve(model, scenario, seeds=seeds, temps=(1e-3,), iters=15)
    assert 0 < bound.bound <= 1
    for policy in sim.policies():
        score = np.mean([expected_score(policy, scenario, seed, replicates=20) for seed in seeds])
        assert score <= bound.bound, (policy.name, score, bound.bound)


def test_the_rounding_assumptions_hold_for_every_learner(ec):
    distinct = {parameters: name for name, parameters in sim.LEARNERS.items()}  # forgetful, varied: the default weights
    for parameters, name in distinct.items():
        worst = ec.check_monotone(Memory(parameters), 30)
        assert min(worst.values()) >= 0, (name, worst)


def test_the_penalised_bound_is_above_the_exact_blind_optimum_and_not_above_the_blind_bound(ec):
    # The information relaxation (``PENALISED``): on each pre-drawn path the penalised problem's
    # per-path dual is never above the blind dual at the prices it starts from (zero variance
    # there: the penalty is the relaxation's own value function), never below the path's exact
    # optimum (hard budget and new limit, by listing every schedule), and its mean stays above
    # the brute-forced optimum of the blind problem.
    scenario = sim.Scenario(4, 3, 2, "default", new_limit=2)
    H, B, N = scenario.horizon, scenario.budget, scenario.daily_new
    model = ec.build(Memory(sim.LEARNERS["default"]), H, s_points=120, d_step=0.1)
    for seed in (0, 1):
        learner = sim.Learner.make(scenario.deck, H, seed, sim.LEARNERS["default"])
        optimum = _brute(scenario, learner, blind=True)
        blind = ec.solve(model, scenario, seeds=[seed], temps=(1e-3,), iters=15, blind=True)
        deck = ec.cards(model, scenario, [seed])
        W = ec.backward(model, blind.lam)
        meanW = W[:, deck.start] @ deck.count / deck.count.sum()
        rng = np.random.default_rng(seed)
        for _ in range(15):
            path = ec.draw_path(rng, deck, scenario.deck, H)
            at_start = ec.path_bound(model, W, meanW, path, B, N, blind.lam, np.zeros(H), iters=1)
            assert at_start <= blind.bound * scenario.deck + 1e-9
            searched = ec.path_bound(model, W, meanW, path, B, N, blind.lam, np.zeros(H), iters=8, step=3e-3)
            assert ec.path_exact(model, W, meanW, path, B, N) <= searched + 1e-9 <= at_start + 2e-9
        bound = ec.penalised(model, scenario, [seed], blind.lam, np.zeros(H), paths=60, iters=6, rng_seed=seed, step=3e-3)
        assert optimum <= bound.mean <= bound.blind_same_grid + 1e-12, (seed, optimum, bound.mean, bound.blind_same_grid)
        assert bound.bound < optimum + 0.05
