"""bench/exam_believed_policy.py: the relaxation's rule on the planner's own model is a real schedule an app could run."""

from __future__ import annotations


import numpy as np
import pytest

from benchkit import bench_module

from studyapp import sim
from studyapp.planner import Memory

def _module():
    return bench_module("exam_believed_policy")


# a budget that binds: 12 days, 60 cards, 8 a day, at most 6 new
SCENARIO = sim.Scenario(12, 60, 8, "stronger", new_limit=6)


def test_the_unseen_cards_enter_at_the_planners_own_first_state_scaled_by_its_calibration():
    m = _module()
    memory = Memory()
    model = m._bench("exam_ceiling").build(memory, SCENARIO.horizon, 150, 0.1)
    counts = m.rating_shares(SCENARIO, [0, 1])
    assert counts.sum() == 2 * SCENARIO.deck
    deck = m.believed_deck(model, memory, counts, 2, SCENARIO.deck, scale=2.0)
    s, d = memory.first_review(np.arange(1, 5))
    expected = model.index(2.0 * np.asarray(s), d)
    assert deck.count.sum() == counts.sum()
    for state, count in zip(deck.start, deck.count):
        assert count == counts[expected == state].sum()  # no hidden difficulty: one state per first answer


@pytest.mark.parametrize("belief", ["calibrated", "fitted"])
def test_the_believed_rule_keeps_the_daily_budget_and_new_limit_without_an_oracle(belief):
    m = _module()
    parameters = m.fitted_parameters("stronger", cards=300, days=120) if belief == "fitted" else None
    policy, memory, relaxation = m.believed_policy(belief, SCENARIO, [0, 1], iters=8, parameters=parameters)
    assert memory.parameters == (tuple(parameters) if parameters else Memory().parameters)
    choose = policy.choose
    for seed in (0, 1):
        shown: list[tuple[int, int]] = []

        def spy(view, budget, new_limit):
            review, new = choose(view, budget, new_limit)
            assert np.unique(review).size == len(review) and np.all(view.last[review] >= 0)
            shown.append((len(review), new))
            return review, new

        policy.choose = spy
        policy.scales = []
        result = sim.simulate(policy, SCENARIO, sim.Learner.of(SCENARIO, seed), scheduler=memory)  # no oracle
        assert len(shown) == SCENARIO.horizon
        assert all(review + new <= SCENARIO.budget and new <= SCENARIO.daily_new for review, new in shown)
        assert result.introduced == SCENARIO.deck
        assert all(review + new == SCENARIO.budget for review, new in shown[-3:])  # fill: the whole budget spent
        if belief == "calibrated":
            assert policy.scales[-1] != 1.0  # the day's calibration is used (a `stronger` learner is not the defaults)
        else:
            assert set(policy.scales) == {1.0}  # no scale after a fit, as the app
