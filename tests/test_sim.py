"""The simulator: seeded and stable, fair to every policy, and it can tell policies apart."""

from __future__ import annotations

import numpy as np
import pytest

from studyapp import sim
from studyapp.planner import PlannerConfig
from studyapp.cli import main

PINNED = {
    # Scenario(7, 200, 60), learners 0 and 1: (mean exam-day recall, mean reviews)
    (7, "default"): {
        "FSRS 0.80": (0.870659, 270.0),
        "FSRS 0.90": (0.906738, 383.5),
        "FSRS 0.97": (0.650741, 396.0),
        "FSRS 0.90 capped": (0.811514, 383.5),
        "final 20%": (0.704105, 383.5),
        "greedy": (0.938547, 396.0),
        "studyapp exam": (0.942087, 396.0),
    },
    (30, "weaker"): {
        "FSRS 0.90": (0.933356, 975.5),
        "FSRS 0.97": (0.972447, 1560.0),
        "final 20%": (0.966128, 1124.0),
        "greedy": (0.983998, 1740.0),
        "weakest first": (0.981932, 1740.0),
        "studyapp exam": (0.986578, 1740.0),
    },
    (30, "forgetful"): {
        "FSRS 0.90": (0.944567, 866.0),
        "greedy": (0.987828, 1740.0),
        "studyapp exam": (0.989874, 1740.0),
    },
}


@pytest.mark.parametrize("key", list(PINNED))
def test_seeded_results_are_stable(key):
    horizon, learner = key
    rows = {r.policy: r for r in sim.compare(sim.Scenario(horizon, 200, 60, learner), seeds=range(2))}
    for policy, (recall, reviews) in PINNED[key].items():
        assert rows[policy].recall == pytest.approx(recall, abs=1e-6), policy
        assert rows[policy].reviews == reviews, policy


def test_the_same_seed_gives_the_same_learner_and_another_seed_another():
    a, b, c = (sim.Learner.make(100, 10, seed) for seed in (4, 4, 5))
    assert np.array_equal(a.draws, b.draws) and np.array_equal(a.first_rating, b.first_rating)
    assert not np.array_equal(a.draws, c.draws)


def test_every_policy_stays_within_the_budget_and_the_new_limit():
    scenario = sim.Scenario(horizon=12, deck=300, budget=25, new_limit=15)
    learner = sim.Learner.make(300, 12, seed=1)
    for policy in sim.policies():
        result = sim.simulate(policy, scenario, learner)
        assert result.max_day <= 25, policy.name
        assert result.reviews <= 25 * 12
        assert result.introduced <= 15 * 12


def test_a_policy_that_breaks_the_budget_is_caught():
    class Greedy(sim.Policy):
        name = "greedy"

        def choose(self, view, budget, new_limit):
            return np.flatnonzero(view.seen), budget

    scenario = sim.Scenario(horizon=5, deck=50, budget=10)
    with pytest.raises(AssertionError, match="broke the rules"):
        sim.simulate(Greedy(), scenario, sim.Learner.make(50, 5, 0))


def test_a_weaker_learner_remembers_less_and_lapses_more_under_the_same_policy():
    scenario = sim.Scenario(horizon=20, deck=200, budget=60)
    policy = sim.FsrsPolicy(0.9)
    default = sim.simulate(policy, scenario, sim.Learner.make(200, 20, 0, sim.LEARNERS["default"]))
    weaker = sim.simulate(policy, scenario, sim.Learner.make(200, 20, 0, sim.LEARNERS["weaker"]))
    assert weaker.recall < default.recall - 0.01
    assert weaker.reviews > default.reviews  # its lapses come back sooner


def test_higher_retention_costs_more_reviews_when_the_budget_is_ample():
    scenario = sim.Scenario(horizon=60, deck=100, budget=500)
    learner = sim.Learner.make(100, 60, 2)
    low, high = (sim.simulate(sim.FsrsPolicy(r), scenario, learner) for r in (0.8, 0.95))
    assert high.reviews > low.reviews * 1.3


def test_the_planner_beats_every_baseline_the_greedy_included_when_the_budget_binds():
    scenario = sim.Scenario(horizon=30, deck=2000, budget=150)
    rows = sim.compare(scenario, seeds=[0])
    verdict = sim.judge(rows, scenario)
    assert verdict.within_budget
    assert verdict.beats_all and verdict.best.policy == "greedy"
    assert sim.budget_bound(rows, scenario)
    assert verdict.margin > 0.01  # above the greedy by more than a point, at the same spend
    assert verdict.ours.reviews == verdict.best.reviews


def test_the_greedy_brings_failed_cards_back_before_the_exam():
    scenario = sim.Scenario(horizon=10, deck=100, budget=60)
    learner = sim.Learner.of(scenario, 0)
    result = sim.simulate(sim.GreedyPolicy(), scenario, learner)
    # a card forgotten early is reviewed again later: lapses left for the exam are only recent
    assert not np.any(result.failed_last & (result.last_review < scenario.horizon - 4))


def test_hidden_traits_make_a_learner_forget_faster_than_the_model_believes():
    scenario = sim.Scenario(horizon=20, deck=200, budget=60, learner="forgetful")
    policy = sim.FsrsPolicy(0.9)
    default = sim.simulate(policy, sim.Scenario(20, 200, 60), sim.Learner.of(sim.Scenario(20, 200, 60), 0))
    forgetful = sim.simulate(policy, scenario, sim.Learner.of(scenario, 0))
    assert forgetful.recall < default.recall - 0.005
    assert forgetful.reviews > default.reviews  # more lapses come back
    varied = sim.Learner.of(sim.Scenario(20, 200, 60, "varied"), 0)
    assert varied.pace is not None and varied.pace.min() >= 1.0 and varied.pace.std() > 0.1
    assert varied.difficulty_offset.std() > 2 * sim.Learner.of(sim.Scenario(20, 200, 60), 0).difficulty_offset.std() * 0.9
    perturbed = np.array(sim.LEARNERS["perturbed"]) / np.array(sim.LEARNERS["default"])
    assert 0.69 < perturbed.min() < 0.9 and 1.1 < perturbed.max() < 1.31


def test_the_noise_is_the_spread_of_paired_differences_over_the_learners():
    a = sim.Row("a", 0.5, 10, 1, 1, (0.50, 0.52, 0.48))
    b = sim.Row("b", 0.49, 10, 1, 1, (0.49, 0.51, 0.47))
    assert sim.noise(a, b) == sim.NOISE_FLOOR  # the same difference with every learner: only the floor
    c = sim.Row("c", 0.5, 10, 1, 1, (0.40, 0.60, 0.50))
    assert sim.noise(a, c) == pytest.approx(2 * np.std([0.10, -0.08, -0.02], ddof=1) / np.sqrt(3))


def test_the_table_marks_ours_and_the_summary_checks_the_targets():
    scenario = sim.Scenario(horizon=7, deck=200, budget=60)
    results = [(scenario, sim.compare(scenario, seeds=[0]))]
    table = sim.table(results)
    assert table.splitlines()[0].startswith("| days | deck | budget | learner | FSRS 0.80")
    assert "**" in table.splitlines()[2]
    summary = sim.summary(results)
    assert "greedy included (within the noise): " in summary and "within the daily budget every day: 1/1" in summary


def test_where_ours_spends_more_than_the_best_baseline_it_runs_again_at_that_spend():
    # 90 days, 200 cards, 20 a day, a weaker learner: ours spends the whole budget the
    # learner set, "final 20%" (the best baseline) about nine tenths of it
    scenario = sim.Scenario(90, 200, 20, "weaker")
    rows = sim.compare(scenario, seeds=range(2), candidates=[sim.FinalPeriodPolicy(), sim.PlannerPolicy()])
    best, ours = rows
    assert ours.reviews > best.reviews
    matched = sim.at_matched_spend(scenario, rows, range(2))
    assert matched.budget == int(best.reviews // 90) < scenario.budget
    assert matched.ours.reviews <= best.reviews and matched.ours.max_day <= matched.budget
    assert matched.ours.recall < ours.recall  # the slots it gave up were worth something
    assert not matched.losses and matched.ours.recall > best.recall
    assert "ours at the best baseline's spend at or above every baseline (within the noise): 1/1" in sim.matched_summary([(scenario, rows)], range(2))


def test_where_ours_spends_no_more_there_is_nothing_to_run_again():
    scenario = sim.Scenario(horizon=7, deck=200, budget=60)
    rows = sim.compare(scenario, seeds=[0], candidates=[sim.GreedyPolicy(), sim.PlannerPolicy()])
    assert sim.at_matched_spend(scenario, rows, [0]) is None
    assert sim.matched_summary([(scenario, rows)], [0]).endswith(": 0/0")


def test_the_sim_command_prints_the_table_and_the_verdict(capsys):
    code = main(["sim", "--horizon", "7", "--deck", "100", "--budget", "30", "--learner", "default", "--seeds", "1"])
    out = capsys.readouterr().out
    assert code == 0
    assert "| 7 | 100 | 30 | default |" in out
    assert "ours at or above every baseline" in out


def test_the_sim_command_refuses_an_unknown_learner(capsys):
    assert main(["sim", "--learner", "genius", "--seeds", "1"]) == 2
    assert "unknown learner genius" in capsys.readouterr().err


def test_in_a_short_run_the_planner_brings_failed_cards_back_like_the_greedy():
    # 5 days, 100 cards, 40 a day, a weaker learner: the last round's planner gave its
    # early final reviews to the most stable cards and lost a point to the greedy
    scenario = sim.Scenario(5, 100, 40, "weaker")
    rows = {r.policy: r for r in sim.compare(scenario, seeds=range(3), candidates=[sim.GreedyPolicy(), sim.PlannerPolicy()])}
    ours, greedy = rows["studyapp exam"], rows["greedy"]
    assert ours.reviews == greedy.reviews
    assert ours.recall >= greedy.recall - sim.noise(ours, greedy)
    stable_first = sim.PlannerPolicy(PlannerConfig(value_days=0, final_prices=False))
    stable_first.name = "stable first"
    old = sim.compare(scenario, seeds=range(3), candidates=[stable_first])[0]
    assert ours.recall > old.recall + 0.003


def test_at_ten_days_the_final_period_by_what_waiting_costs_beats_the_greedy_and_the_last_rounds_planner():
    # 10 days, 200 cards, 40 a day: the one loss to the greedy beyond the noise found off the
    # grid before (docs/benchmarks.md); giving the final period's days by what waiting costs
    # each card (planner.final_advantage), with the value order only in the last 2 days, fixes it
    scenario = sim.Scenario(10, 200, 40, "default")
    last_round = sim.PlannerPolicy(PlannerConfig(value_days=5, final_prices=False))
    last_round.name = "last round"
    rows = {r.policy: r for r in sim.compare(scenario, seeds=range(3), candidates=[sim.GreedyPolicy(), sim.PlannerPolicy(), last_round])}
    ours, greedy, old = rows["studyapp exam"], rows["greedy"], rows["last round"]
    assert ours.reviews == greedy.reviews == old.reviews
    assert ours.recall >= greedy.recall
    assert ours.recall > old.recall + 0.002


def test_an_oracle_view_sees_the_true_state_and_only_where_one_exists():
    scenario = sim.Scenario(horizon=3, deck=60, budget=20, learner="stronger")
    learner = sim.Learner.of(scenario, 0)

    class NewOnly(sim.Policy):
        name = "new only"

        def __init__(self):
            self.views = []

        def choose(self, view, budget, new_limit):
            self.views.append((view.memory, view.stability.copy(), view.difficulty.copy(), view.last.copy()))
            return np.zeros(0, dtype=np.int64), min(new_limit, budget)

    oracle, blind = NewOnly(), NewOnly()
    sim.simulate(oracle, scenario, learner, oracle=True)
    sim.simulate(blind, scenario, learner)
    true_s, true_d = learner.memory.first_review(learner.first_rating)
    true_d = np.clip(true_d + learner.difficulty_offset, 1.0, 10.0)
    memory, s, d, last = oracle.views[-1]
    shown = last >= 0
    assert shown.sum() == 40 and memory.parameters == pytest.approx(sim.LEARNERS["stronger"])
    assert s[shown] == pytest.approx(true_s[shown]) and d[shown] == pytest.approx(true_d[shown])
    # without the oracle the policy has its own estimate: default parameters, no hidden offset
    memory, s, d, last = blind.views[-1]
    own_s, own_d = sim.Memory().first_review(learner.first_rating)
    assert s[shown] == pytest.approx(own_s[shown]) and d[shown] == pytest.approx(own_d[shown])
    assert not np.allclose(d[shown], true_d[shown])
    forgetful = sim.Scenario(horizon=3, deck=60, budget=20, learner="forgetful")
    with pytest.raises(ValueError):
        sim.simulate(NewOnly(), forgetful, sim.Learner.of(forgetful, 0), oracle=True)
