"""The exam planner: the memory model matches fsrs, budgets hold, the final period covers the deck."""

from __future__ import annotations

from datetime import timedelta

import numpy as np
import pytest
from fsrs import Rating as FsrsRating
from fsrs import Scheduler as FsrsScheduler
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import T0
from studyapp.planner import (
    AGAIN,
    GOOD,
    Memory,
    PlannerConfig,
    calibrate,
    choose_reserve,
    consolidation_gain,
    exam_gain,
    final_advantage,
    forecast,
    plan_day,
    required_pace,
)
from studyapp.scheduling import REVIEW, CardState, Rating, Scheduler
from studyapp.sim import Learner, PlannerPolicy, Scenario, chosen_reserve, simulate

MEMORY = Memory()


def test_vectorised_formulas_equal_the_fsrs_package():
    fsrs = FsrsScheduler()
    rng = np.random.default_rng(3)
    for _ in range(50):
        s, d, r = rng.uniform(0.1, 300), rng.uniform(1, 10), rng.uniform(0.3, 1)
        assert MEMORY.recall_stability(d, s, r, GOOD) == pytest.approx(fsrs._next_recall_stability(difficulty=d, stability=s, retrievability=r, rating=FsrsRating.Good))
        assert MEMORY.forget_stability(d, s, r) == pytest.approx(fsrs._next_forget_stability(difficulty=d, stability=s, retrievability=r))
        assert MEMORY.short_term_stability(s, GOOD) == pytest.approx(fsrs._short_term_stability(stability=s, rating=FsrsRating.Good))
        assert MEMORY.next_difficulty(d, AGAIN) == pytest.approx(fsrs._next_difficulty(difficulty=d, rating=FsrsRating.Again))
        days = int(rng.integers(0, 400))
        from fsrs import Card

        card = Card(stability=s, difficulty=d, last_review=T0, due=T0)
        assert MEMORY.retrievability(days, s) == pytest.approx(fsrs.get_card_retrievability(card, T0 + timedelta(days=days)))


@pytest.mark.parametrize("recalled", [True, False])
def test_one_review_equals_the_apps_scheduler_including_the_relearning_step(recalled):
    app = Scheduler(fuzz=False)
    state = CardState(REVIEW, None, 12.0, 6.0, T0, T0 - timedelta(days=9))
    if recalled:
        after = app.review(state, Rating.GOOD, T0)
    else:
        after = app.review(app.review(state, Rating.AGAIN, T0), Rating.GOOD, T0 + timedelta(minutes=10))
    s, d = MEMORY.after_review(12.0, 6.0, 9.0, recalled)
    assert (float(s), float(d)) == pytest.approx((after.stability, after.difficulty))


def test_first_answer_wrong_then_right_equals_the_learning_step():
    app = Scheduler(fuzz=False)
    after = app.review(app.review(None, Rating.AGAIN, T0), Rating.GOOD, T0 + timedelta(minutes=10))
    s, d = MEMORY.first_review(AGAIN)
    assert (float(s), float(d)) == pytest.approx((after.stability, after.difficulty))


def test_a_review_raises_exam_day_recall_most_where_it_has_decayed():
    without, gain = exam_gain(MEMORY, np.array([30.0, 30.0]), np.array([5.0, 5.0]), np.array([1.0, 40.0]), 10.0)
    assert without[0] > without[1]
    assert gain[1] > gain[0] > 0


def random_cards(n, seed=0):
    rng = np.random.default_rng(seed)
    return rng.lognormal(1.5, 1.2, n), rng.uniform(1, 10, n), rng.uniform(0, 40, n)


@settings(max_examples=60, deadline=None)
@given(
    n=st.integers(0, 300),
    budget=st.integers(0, 120),
    days=st.floats(0.0, 120.0),
    new=st.integers(0, 200),
    limit=st.integers(0, 80),
    seed=st.integers(0, 1000),
)
def test_a_day_plan_never_exceeds_the_budget(n, budget, days, new, limit, seed):
    s, d, e = random_cards(n, seed)
    plan = plan_day(MEMORY, s, d, e, days, budget=budget, new_available=new, new_limit=limit)
    assert plan.total <= budget
    assert plan.new <= min(new, limit)
    assert len(set(plan.review.tolist())) == plan.review.size
    assert all(0 <= i < n for i in plan.review)


def test_cards_reviewed_today_are_not_planned_again():
    s, d, e = random_cards(100)
    blocked = np.zeros(100, dtype=bool)
    blocked[::2] = True
    plan = plan_day(MEMORY, s, d, e, 1.0, budget=1000, new_available=0, new_limit=0, reviewed_today=blocked)
    assert plan.review.size and not blocked[plan.review].any()


def test_the_eve_of_the_exam_reviews_every_card_below_the_goal_when_the_budget_allows():
    s, d, e = random_cards(400, seed=5)
    without, gain = exam_gain(MEMORY, s, d, e, 1.0)
    needy = set(np.flatnonzero((without < PlannerConfig().goal) & (gain >= PlannerConfig().min_gain)).tolist())
    plan = plan_day(MEMORY, s, d, e, 1.0, budget=400, new_available=0, new_limit=0)
    assert needy and needy <= set(plan.review.tolist())


def test_a_tight_budget_still_goes_to_the_largest_gains_first():
    s, d, e = random_cards(400, seed=6)
    plan = plan_day(MEMORY, s, d, e, 1.0, budget=50, new_available=0, new_limit=0)
    _, gain = exam_gain(MEMORY, s, d, e, 1.0)
    assert plan.review.size == 50
    assert gain[plan.review].min() >= np.sort(gain)[-50] - 1e-12


def test_every_card_is_reviewed_in_the_final_period_when_the_budget_allows():
    scenario = Scenario(horizon=30, deck=200, budget=150)
    result = simulate(PlannerPolicy(), scenario, Learner.make(200, 30, seed=0))
    final_start = 30 - 6  # the last 20% of the horizon
    assert result.introduced == 200
    assert (result.last_review >= final_start).all()
    assert result.max_day <= 150


def test_new_questions_come_early_and_within_the_limit():
    plan = plan_day(MEMORY, np.zeros(0), np.zeros(0), np.zeros(0), 30.0, budget=100, new_available=500, new_limit=40)
    assert plan.new == 40
    assert required_pace(120, 30.0) == 7  # all seen within 60% of the 30 days
    assert required_pace(0, 30.0) == 0


def test_spacing_holds_back_a_card_just_learned():
    # a card reviewed an hour ago is no candidate for a spaced review far from the exam
    plan = plan_day(MEMORY, np.array([3.0]), np.array([5.0]), np.array([0.04]), 60.0, budget=10, new_available=0, new_limit=0)
    assert plan.review.size == 0
    assert consolidation_gain(MEMORY, np.array([3.0]), np.array([5.0]), np.array([6.0]), 60.0)[0] > 0


def test_a_spaced_reviews_worth_counts_the_final_review_where_it_will_come():
    # a review now, then the final review `lead` days before the exam, both outcomes of each, by hand
    s, d, e, days, lead = 4.0, 6.0, 5.0, 20.0, 6.0

    def final_then_exam(stability, difficulty, elapsed):
        r, s_ok, s_fail, _, _ = MEMORY.outcomes(stability, difficulty, elapsed)
        return r * MEMORY.retrievability(lead, s_ok) + (1 - r) * MEMORY.retrievability(lead, s_fail)

    r, s_ok, s_fail, d_ok, d_fail = MEMORY.outcomes(s, d, e)
    with_review = r * final_then_exam(s_ok, d_ok, days - lead) + (1 - r) * final_then_exam(s_fail, d_fail, days - lead)
    expected = with_review - final_then_exam(s, d, e + days - lead)
    assert consolidation_gain(MEMORY, np.array([s]), np.array([d]), np.array([e]), days, lead)[0] == pytest.approx(expected)
    # the default is the eve, and a lead under a day is the eve too
    eve = consolidation_gain(MEMORY, np.array([s]), np.array([d]), np.array([e]), days)[0]
    assert consolidation_gain(MEMORY, np.array([s]), np.array([d]), np.array([e]), days, 0.3)[0] == eve != pytest.approx(expected)


def test_spaced_reviews_are_weighed_against_a_final_review_inside_the_final_period_not_on_the_eve():
    # one slot, two spaced candidates; ten cards (recall still 0.99) will want a final review, so the
    # final period is about ten days long at one a day and its reviews come about five days before the exam
    stability = np.array([1.0, 2.0] + [20.0] * 10)
    difficulty = np.array([9.0, 5.0] + [5.0] * 10)
    elapsed = np.array([2.0, 5.0] + [1.0] * 10)

    def chosen(final_lead: float) -> list[int]:
        config = PlannerConfig(final_lead=final_lead)
        return plan_day(MEMORY, stability, difficulty, elapsed, 20.0, budget=1, new_available=0, new_limit=0, config=config).review.tolist()

    # on the eve, the first card's review would help its final review more; five days out, the second's
    assert consolidation_gain(MEMORY, stability[:2], difficulty[:2], elapsed[:2], 20.0).argmax() == 0
    assert consolidation_gain(MEMORY, stability[:2], difficulty[:2], elapsed[:2], 20.0, 5.5).argmax() == 1
    assert chosen(0.0) == [0]  # the planner before the eighth round of issue 14
    assert chosen(PlannerConfig().final_lead) == [1]


def test_the_forecast_with_the_plan_beats_stopping_now_and_respects_the_budget():
    s, d, e = random_cards(300, seed=2)
    outlook = forecast(MEMORY, s, d, e, 20.0, budget=40, new_available=50, new_limit=10)
    assert outlook.recall.size == 350
    assert outlook.recall.mean() > outlook.now.mean()
    assert outlook.reviews <= 40 * 20
    assert forecast(MEMORY, s, d, e, 20.0, budget=40, new_available=50, new_limit=10).recall.tolist() == outlook.recall.tolist()


def test_calibration_finds_a_learner_who_forgets_faster():
    rng = np.random.default_rng(0)
    s = rng.uniform(2, 40, 3000)
    e = rng.uniform(1, 60, 3000)
    same = rng.random(3000) < MEMORY.retrievability(e, s)
    weaker = rng.random(3000) < MEMORY.retrievability(e, s * 0.3)
    assert calibrate(MEMORY, e, s, same) == pytest.approx(1.0, abs=0.25)
    assert calibrate(MEMORY, e, s, weaker) < 0.5
    assert calibrate(MEMORY, [], [], []) == 1.0


def test_where_the_budget_binds_the_final_period_starts_early_and_fills_the_day():
    # 300 cards seen, 1,000 still to come at 50 a day, 100 a day for 25 days: the
    # first showings and one final review each (2,300) exceed what is left, so
    # today's spare slots are final reviews, not left empty
    # (all reviewed yesterday, so none is due for a spaced review)
    s, d, e = np.full(300, 10.0), np.full(300, 5.0), np.ones(300)
    plan = plan_day(MEMORY, s, d, e, 25.0, budget=100, new_available=1000, new_limit=50)
    assert plan.new == 50
    assert plan.total == 100
    assert plan.final == plan.review.size == 50
    # with room for everything, the same cards wait for a final period near the exam
    # (when the budget is only a cap, not one the learner set to be spent)
    roomy = plan_day(MEMORY, s, d, e, 25.0, budget=400, new_available=100, new_limit=50, config=PlannerConfig(fill_budget=False))
    assert roomy.new == 50 and roomy.review.size == 0


def test_a_budget_the_learner_set_is_spent_on_the_reviews_worth_most_failed_ones_first():
    s, d, e = np.full(300, 10.0), np.full(300, 5.0), np.full(300, 2.0)
    s[:20] = 0.5  # just failed and relearnt: least stable, worth most now
    plan = plan_day(MEMORY, s, d, e, 25.0, budget=100, new_available=10, new_limit=10)
    assert plan.new == 10 and plan.total == 100
    assert set(range(20)) <= set(plan.review.tolist())
    _, gain = exam_gain(MEMORY, s, d, e, 25.0)
    assert gain[plan.review].min() >= PlannerConfig().min_gain
    frugal = plan_day(MEMORY, s, d, e, 25.0, budget=100, new_available=10, new_limit=10, config=PlannerConfig(fill_budget=False))
    assert frugal.total < plan.total


def test_spare_slots_are_not_spent_when_the_budget_has_room():
    s, d, e = random_cards(200, seed=8)
    e = np.zeros(200)  # all just reviewed: nothing is worth a review far from the exam
    plan = plan_day(MEMORY, s, d, e, 60.0, budget=150, new_available=0, new_limit=0, config=PlannerConfig(fill_budget=False))
    assert plan.review.size == 0


def test_after_the_exam_cards_return_to_plain_fsrs_with_nothing_lost():
    # the planner only ever adds reviews: a card's FSRS state after the exam is
    # whatever those reviews left, and the app's scheduler takes it from there
    app = Scheduler(fuzz=False)
    state = CardState(REVIEW, None, 40.0, 5.0, T0, T0 - timedelta(days=3))
    after = app.review(state, Rating.GOOD, T0)
    s, d = MEMORY.after_review(40.0, 5.0, 3.0, True)
    assert (float(s), float(d)) == pytest.approx((after.stability, after.difficulty))
    assert after.due > T0 + timedelta(days=1)


def test_the_final_period_starts_early_enough_to_repeat_final_reviews_that_fail():
    # 100 cards below the goal, 20 a day, 6 days left: one final review each fits exactly in
    # the 5 days after today, but about one in five will fail and deserves another look, so
    # the final period takes its reserve (10%) today already
    s, d, e = np.full(100, 8.0), np.full(100, 5.0), np.ones(100)
    plan = plan_day(MEMORY, s, d, e, 6.0, budget=20, new_available=0, new_limit=0, config=PlannerConfig(fill_budget=False))
    assert plan.final == 10
    tight = plan_day(MEMORY, s, d, e, 6.0, budget=20, new_available=0, new_limit=0, config=PlannerConfig(fill_budget=False, final_reserve=0.0))
    assert tight.final == 0


def test_the_final_reserve_is_the_one_the_exams_own_forecast_prefers_for_its_shape():
    # where the final period comes after the introductions (200 questions, 20 a day) a larger
    # reserve brings failed final reviews back; where it overlaps them (2,000 questions, 150 a
    # day, 84 new) it moves final reviews early and the smallest wins (docs/benchmarks.md,
    # "Sixth round"); the simulator asks the same function, once per shape (its cache is shared
    # with test_sim's run of that scenario)
    assert choose_reserve(MEMORY, 30, 200, 20, 20) == 0.15
    assert chosen_reserve(MEMORY.parameters, 30.0, 2000, 150, 84, PlannerConfig()) == 0.05
    assert choose_reserve(MEMORY, 30, 0, 20, 20) == PlannerConfig().final_reserve


def test_final_reviews_that_cannot_wait_go_to_the_cards_that_lose_least_by_going_early():
    # 120 cards below the goal, 20 a day, 6 days left: 20 final reviews must come today. Half were
    # reviewed yesterday (stability 30 days): a review today adds 0.005 of a question, on the eve
    # 0.026; half are 20 days overdue (stability 20): today 0.087, on the eve 0.110. "Most stable
    # first" spent today on the first half; the assignment of cards to days sends the second
    s = np.array([30.0] * 60 + [20.0] * 60)
    d = np.full(120, 5.0)
    e = np.array([1.0] * 60 + [20.0] * 60)
    plan = plan_day(MEMORY, s, d, e, 6.0, budget=20, new_available=0, new_limit=0, config=PlannerConfig(fill_budget=False))
    assert plan.final == plan.review.size == 20
    assert (plan.review >= 60).all()
    stable_first = plan_day(MEMORY, s, d, e, 6.0, budget=20, new_available=0, new_limit=0, config=PlannerConfig(fill_budget=False, final_prices=False))
    assert (stable_first.review < 60).all()


def test_the_advantage_of_today_is_what_waiting_for_the_best_later_day_costs():
    s = np.array([30.0, 20.0, 3.0])
    d = np.full(3, 5.0)
    e = np.array([1.0, 20.0, 2.0])
    # later days with room for every card: no price, so the advantage is today's gain minus
    # the best later day's (the eve's, for cards that keep)
    roomy = final_advantage(MEMORY, s, d, e, 6.0, 6, capacity=100, today=1)
    _, today = exam_gain(MEMORY, s, d, e, 6.0)
    _, eve = exam_gain(MEMORY, s, d, e + 5, 1.0)
    assert (roomy <= today - eve + 1e-12).all()
    assert roomy[0] == pytest.approx(today[0] - eve[0], abs=1e-9)
    # later days full: their prices make waiting cost less, so today's advantage rises
    crowded = np.tile(s, 40), np.tile(d, 40), np.tile(e, 40)
    tight = final_advantage(MEMORY, *crowded, 6.0, 6, capacity=5, today=5)
    loose = final_advantage(MEMORY, *crowded, 6.0, 6, capacity=500, today=5)
    assert (tight >= loose - 1e-12).all() and (tight > loose).any()
    assert final_advantage(MEMORY, np.zeros(0), np.zeros(0), np.zeros(0), 6.0, 6, capacity=5, today=5).size == 0


def test_a_final_review_early_enough_to_repeat_counts_part_of_that_repeat():
    # one card, today and the eve left, room for it on both: no prices, so the repeat option adds
    # `repeat` x the chance of failing today x what reviewing the failed card on the eve adds
    s, d, e = np.array([6.0]), np.array([5.0]), np.array([9.0])
    plain = final_advantage(MEMORY, s, d, e, 2.0, 2, capacity=10, today=1)
    with_repeat = final_advantage(MEMORY, s, d, e, 2.0, 2, capacity=10, today=1, repeat=0.3)
    r, _, s_fail, _, d_fail = MEMORY.outcomes(s, d, e)
    r2, s_ok2, s_bad2, _, _ = MEMORY.outcomes(s_fail, d_fail, np.array([1.0]))
    repaired = r2 * MEMORY.retrievability(1.0, s_ok2) + (1 - r2) * MEMORY.retrievability(1.0, s_bad2)
    added = repaired - MEMORY.retrievability(2.0, s_fail)
    assert added[0] > 0
    assert with_repeat[0] - plain[0] == pytest.approx(0.3 * (1 - r[0]) * added[0])


def test_the_final_reviews_that_may_fail_come_while_a_failure_can_still_be_repeated():
    # 120 cards below the goal, 20 a day, 5 days left: 20 final reviews must come today. Half are at
    # recall 0.86 (stability 13, 23 days since the last review), half at 0.93 (stability 16, 9 days).
    # Counting only the final review itself, today goes to the safer half (the riskier ones gain
    # more from waiting); counting part of a repeat after a failure, to the riskier half, whose
    # failures the days left can still repair
    s = np.array([13.0] * 60 + [16.0] * 60)
    d = np.full(120, 5.0)
    e = np.array([23.0] * 60 + [9.0] * 60)

    def today(final_repeat: float) -> np.ndarray:
        config = PlannerConfig(fill_budget=False, final_repeat=final_repeat)
        return plan_day(MEMORY, s, d, e, 5.0, budget=20, new_available=0, new_limit=0, config=config).review

    assert (today(0.0) >= 60).all()  # the planner before the ninth round of issue 14
    assert (today(PlannerConfig().final_repeat) < 60).all()
