"""bench/exam_relaxed_policy.py: the relaxation's rule is a real schedule (the daily budget and new limit hold)."""

from __future__ import annotations


import numpy as np
import pytest

from benchkit import bench_module

from studyapp import sim

def _module():
    return bench_module("exam_relaxed_policy")


@pytest.fixture(scope="module")
def setup():
    m = _module()
    # a budget that binds: 12 days, 60 cards, 8 a day, at most 6 new
    scenario = sim.Scenario(12, 60, 8, "stronger", new_limit=6)
    relaxation = m.relax(scenario, [0, 1], "coarse", iters=8)
    deck = m._bench("exam_ceiling").cards(relaxation.model, scenario, [0, 1])
    return m, scenario, relaxation, (deck.start, deck.count / deck.count.sum())


def _days(policy, scenario, seed):
    shown: list[tuple[int, int]] = []
    choose = policy.choose

    def spy(view, budget, new_limit):
        review, new = choose(view, budget, new_limit)
        assert np.unique(review).size == len(review) and np.all(view.last[review] >= 0)
        shown.append((len(review), new))
        return review, new

    policy.choose = spy
    result = sim.simulate(policy, scenario, sim.Learner.of(scenario, seed), oracle=True)
    return shown, result


@pytest.mark.parametrize("rule", ["priced", "fill"])
@pytest.mark.parametrize("resolving", [False, True])
def test_the_relaxations_rule_keeps_the_daily_budget_and_new_limit(setup, rule, resolving):
    m, scenario, relaxation, pool = setup
    assert relaxation.shows > scenario.budget * scenario.horizon * 0.5  # the relaxation plans enough for the budget to bind
    policy = m.ResolvingPolicy(relaxation, rule, pool, iters=4) if resolving else m.RelaxedPolicy(relaxation, rule)
    for seed in (0, 1):
        shown, result = _days(policy, scenario, seed)
        assert len(shown) == scenario.horizon
        assert all(review + new <= scenario.budget and new <= scenario.daily_new for review, new in shown)
        assert result.max_day <= scenario.budget
        assert result.introduced == scenario.deck  # the relaxation shows every card
        if rule == "fill":  # the whole budget spent once every card is shown
            assert all(review + new == scenario.budget for review, new in shown[-3:])
