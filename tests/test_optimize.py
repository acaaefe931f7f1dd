"""The memory model fitted to the learner (studyapp.optimize): better predictions
on simulated learners whose true parameters are known, a better exam plan with
them, stored and used by the scheduler, and the `studyapp optimize` command."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import datetime, timedelta, timezone

import numpy as np
import pytest

from studyapp import optimize, sim
from studyapp.planner import Memory, PlannerConfig, calibrate
from studyapp.scheduling import Scheduler
from studyapp.store import Store

NOW = datetime(2026, 3, 1, 12, tzinfo=timezone.utc)
pytestmark = pytest.mark.xdist_group("optimize")  # one worker: the module's fitted learners (4-8 s each) are fitted once, not in both


def _fitted(name: str, cards: int = 1000, share: float = 0.7):
    """A learner of a known kind: its log over 180 days, fitted on ``share`` of its cards."""
    learner = sim.Learner.make(cards, 1, 7, sim.LEARNERS[name])
    log = sim.review_log(learner, 180)
    cut = int(share * len(log))
    parameters, before, after = optimize.fit(log[:cut])
    return log[:cut], log[cut:], parameters, before, after


@pytest.fixture(scope="module")
def weaker_fit():
    return _fitted("weaker")


@pytest.fixture(scope="module")
def perturbed_fit():
    """Weights off the defaults by up to 30%, fitted on the learner's whole log."""
    return _fitted("perturbed", share=1.0)


def test_fitted_parameters_predict_held_out_reviews_better_than_the_defaults(weaker_fit):
    train, held_out, parameters, before, after = weaker_fit
    assert sum(map(len, train)) > 5000
    assert after.log_loss < before.log_loss  # on the reviews it was fitted to
    default = optimize.score(optimize.default_parameters(), held_out)
    fitted = optimize.score(parameters, held_out)
    assert fitted.log_loss < default.log_loss - 0.001
    assert fitted.rmse < default.rmse
    # and closer to the truth than the defaults were, where the log says most (first stabilities)
    true = np.array(sim.LEARNERS["weaker"])
    assert np.abs(np.log(np.array(parameters[:3]) / true[:3])).mean() < np.abs(np.log(np.array(optimize.default_parameters()[:3]) / true[:3])).mean()


def test_the_planner_with_fitted_parameters_reaches_higher_exam_day_recall(perturbed_fit):
    parameters = perturbed_fit[2]
    scenario = sim.Scenario(30, 200, 200, "perturbed")
    config = PlannerConfig(fill_budget=False)  # no budget set: the model decides how much to review
    fitted, default = [], []
    for seed in range(3):
        learner = sim.Learner.of(scenario, seed)
        # as the app runs: defaults with the calibrated stability scale; fitted parameters without it
        default.append(sim.simulate(sim.PlannerPolicy(config), scenario, learner).recall)
        fitted.append(sim.simulate(sim.PlannerPolicy(config, calibrated=False), scenario, learner, scheduler=Memory(parameters)).recall)
    assert np.mean(fitted) > np.mean(default) + 0.0005


def _log_reviews(store: Store, sequences, start: datetime) -> None:
    """Write simulated histories into the review log, one card per sequence."""
    with store.transaction() as conn:
        for card, sequence in enumerate(sequences):
            when = start
            for rating, days in sequence:
                when += timedelta(days=days, minutes=10)
                conn.execute(
                    "INSERT INTO reviews (pack_id, question_id, reviewed_at, correct, reason, rating, kind, state_after)"
                    " VALUES ('p', ?, ?, ?, 'sim', ?, 'study', '{}')",
                    (f"q{card}", when.timestamp(), int(rating > 1), rating),
                )


def test_optimize_keeps_a_better_fit_and_the_scheduler_uses_it(tmp_path, weaker_fit):
    store = Store.open(tmp_path / "db.sqlite3")
    _log_reviews(store, weaker_fit[0][:400], NOW - timedelta(days=400))
    assert optimize.fitted_parameters(store) is None
    assert optimize.due(store)  # over 1,000 reviews and never fitted
    fit = optimize.optimize(store, NOW)
    assert fit.used and fit.after.log_loss < fit.before.log_loss
    assert optimize.fitted_parameters(store) == pytest.approx(fit.parameters)
    assert not optimize.due(store)
    row = store.connection.execute("SELECT log_loss_before, log_loss_after, used FROM memory_fits").fetchone()
    assert row == (pytest.approx(fit.before.log_loss), pytest.approx(fit.after.log_loss), 1)
    scheduler = Scheduler(fuzz=False, parameters=optimize.fitted_parameters(store))
    assert scheduler.fitted and scheduler.parameters == pytest.approx(fit.parameters)
    optimize.reset(store, NOW)
    assert optimize.fitted_parameters(store) is None
    store.close()


def test_a_fit_no_better_than_the_parameters_in_use_is_not_kept(tmp_path, monkeypatch):
    store = Store.open(tmp_path / "db.sqlite3")
    learner = sim.Learner.make(150, 1, 3)
    _log_reviews(store, sim.review_log(learner, 120), NOW - timedelta(days=200))
    worse = optimize.Score(9.0, 0.5)
    monkeypatch.setattr(optimize, "fit", lambda sequences, current: ((0.5,) * 21, optimize.Score(0.4, 0.05), worse))
    fit = optimize.optimize(store, NOW)
    assert not fit.used
    assert optimize.fitted_parameters(store) is None  # the defaults stay
    store.close()


def test_too_few_reviews_is_one_clear_line(tmp_path):
    store = Store.open(tmp_path / "db.sqlite3")
    with pytest.raises(optimize.OptimizeError, match="0 reviews so far; a fit needs at least 400"):
        optimize.optimize(store, NOW)
    assert optimize.auto(tmp_path / "db.sqlite3", NOW) is None  # not due: nothing happens
    store.close()


def test_history_counts_days_between_local_dates_and_skips_undone_answers(tmp_path):
    store = Store.open(tmp_path / "db.sqlite3")
    _log_reviews(store, [[(1, 0), (3, 0), (3, 2), (1, 5), (3, 0)]], NOW)
    store.connection.execute("UPDATE reviews SET undone = 1 WHERE id = 4")
    sequences, count, last = optimize.history(store)
    assert sequences == [[(1, 0), (3, 0), (3, 2), (3, 5)]]
    assert count == 4 and last == 5
    store.close()


def test_the_optimize_command_shows_log_loss_and_rmse_before_and_after(tmp_path, weaker_fit):
    store = Store.open(tmp_path / "progress.sqlite3")
    _log_reviews(store, weaker_fit[0][:200], NOW - timedelta(days=400))
    store.close()
    env = {"STUDYAPP_DATA_DIR": str(tmp_path), "STUDYAPP_CONFIG_DIR": str(tmp_path / "config"), "PATH": "/usr/bin:/bin"}
    run = subprocess.run([sys.executable, "-m", "studyapp", "optimize"], capture_output=True, text=True, env=env, timeout=60)
    assert run.returncode == 0, run.stderr
    assert "before: log loss" in run.stdout and "fitted: log loss" in run.stdout and "RMSE" in run.stdout
    assert ("kept:" in run.stdout) or ("not kept:" in run.stdout)
    show = subprocess.run([sys.executable, "-m", "studyapp", "optimize", "--show"], capture_output=True, text=True, env=env, timeout=60)
    assert "memory model:" in show.stdout


def test_start_up_does_not_import_the_optimiser():
    code = "import sys, studyapp.optimize, studyapp.tui.app; print('fsrs_rs_python' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.stdout.strip() == "False", out.stderr


async def test_the_app_refits_after_a_session_once_1000_new_reviews_exist(clock, isolated_dirs, weaker_fit):
    from test_tui import make_app

    store = Store.open(isolated_dirs / "progress.sqlite3")
    _log_reviews(store, weaker_fit[0][:200], clock() - timedelta(days=400))
    assert optimize.reviews_since_fit(store) >= optimize.FIT_EVERY
    store.close()
    app = make_app(clock)
    async with app.run_test(size=(80, 24)) as pilot:
        assert not app.scheduler.fitted  # never at start-up
        await pilot.press("down", "enter")
        await pilot.pause()
        await pilot.press(*"Ottawa", "enter")
        await pilot.press("escape")
        await pilot.pause()
        assert type(app.screen).__name__ == "SummaryScreen"
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.scheduler.fitted
    store = Store.open(isolated_dirs / "progress.sqlite3")
    assert optimize.fitted_parameters(store) == pytest.approx(app.scheduler.parameters)
    assert not optimize.due(store)
    store.close()


def test_fitted_parameters_are_within_the_bounds_fsrs_accepts_and_a_damaged_row_means_defaults(tmp_path):
    from fsrs.scheduler import LOWER_BOUNDS_PARAMETERS, UPPER_BOUNDS_PARAMETERS

    wild = [100.0] * 21
    clipped = optimize._within_bounds(wild)
    assert all(lo <= w <= hi for w, lo, hi in zip(clipped, LOWER_BOUNDS_PARAMETERS, UPPER_BOUNDS_PARAMETERS))
    Scheduler(fuzz=False, parameters=clipped).parameters  # accepted
    store = Store.open(tmp_path / "db.sqlite3")
    store.connection.execute("INSERT INTO memory_fits (fitted_at, last_review_id, reviews, parameters, used) VALUES (0, 0, 0, '[1, 2]', 1)")
    assert optimize.fitted_parameters(store) is None
    store.close()


def _exam_morning(scenario, seed, policy, memory):
    """(true mean exam-morning recall, the planner's own prediction of it) after following ``policy``."""
    seen_by_policy: list[sim.View] = []

    class Watched(type(policy)):
        def choose(self, view, budget, new_limit):
            seen_by_policy[:] = [view]  # the simulator keeps one view and updates it after every day
            return super().choose(view, budget, new_limit)

    watched = Watched(policy.config, calibrated=policy.calibrated)
    result = sim.simulate(watched, scenario, sim.Learner.of(scenario, seed), scheduler=memory)
    view = seen_by_policy[0]
    scale = calibrate(view.memory, *view.reviews()) if policy.calibrated else 1.0
    seen = view.last >= 0
    predicted = view.memory.retrievability(scenario.horizon - view.last[seen], view.stability[seen] * scale).sum() / scenario.deck
    return result.recall, float(predicted)


def test_fitted_parameters_make_the_exam_day_prediction_honest(weaker_fit):
    # A weaker learner than the defaults believe, a binding budget: the calibrated defaults
    # predict the exam far too low; the fitted parameters predict it to within half a point.
    parameters = weaker_fit[2]
    scenario = sim.Scenario(30, 1000, 80, "weaker")
    default_error, fitted_error = [], []
    for seed in range(2):
        true, predicted = _exam_morning(scenario, seed, sim.PlannerPolicy(), Memory())
        default_error.append(predicted - true)
        true, predicted = _exam_morning(scenario, seed, sim.PlannerPolicy(calibrated=False), Memory(parameters))
        fitted_error.append(predicted - true)
    assert abs(np.mean(fitted_error)) < 0.005, fitted_error
    assert abs(np.mean(fitted_error)) < abs(np.mean(default_error)) / 3, (fitted_error, default_error)
