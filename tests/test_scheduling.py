"""Scheduling follows FSRS-6: due dates move as FSRS says, ratings change intervals."""

from __future__ import annotations

import random
from datetime import datetime, timedelta, timezone

import pytest
from fsrs import Card, Rating as FsrsRating, Scheduler as FsrsScheduler

from studyapp.scheduling import LEARNING, LEARNING_STEPS, RELEARNING_STEPS, REVIEW, CardState, Rating, Scheduler, format_interval

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=timezone.utc)


def test_first_answer_matches_the_fsrs_package_exactly():
    ours = Scheduler(fuzz=False)
    theirs = FsrsScheduler(enable_fuzzing=False, learning_steps=LEARNING_STEPS, relearning_steps=RELEARNING_STEPS)
    for rating in Rating:
        state = ours.review(None, rating, T0)
        card, _ = theirs.review_card(Card(card_id=1, due=T0), FsrsRating(int(rating)), review_datetime=T0)
        assert state.due == card.due
        assert state.stability == pytest.approx(card.stability)


def test_ratings_order_the_intervals():
    scheduler = Scheduler(fuzz=False)
    state = None
    now = T0
    for _ in range(3):  # graduate to review
        state = scheduler.review(state, Rating.GOOD, now)
        now = state.due
    assert state.state == REVIEW
    preview = scheduler.preview(state, now)
    assert preview[Rating.AGAIN] < preview[Rating.HARD] < preview[Rating.GOOD] < preview[Rating.EASY]
    assert preview[Rating.GOOD] >= timedelta(days=1)


def test_due_dates_grow_with_successful_reviews():
    scheduler = Scheduler(fuzz=False)
    state = scheduler.review(None, Rating.GOOD, T0)
    intervals = []
    for _ in range(6):
        now = state.due
        state = scheduler.review(state, Rating.GOOD, now)
        intervals.append(state.due - now)
    review_intervals = intervals[-4:]
    assert review_intervals == sorted(review_intervals)
    assert review_intervals[-1] > timedelta(days=20)
    assert state.reps == 7 and state.lapses == 0


def test_again_on_a_review_card_is_a_lapse_and_relearns():
    scheduler = Scheduler(fuzz=False)
    state = scheduler.review(None, Rating.EASY, T0)
    assert state.state == REVIEW
    lapsed = scheduler.review(state, Rating.AGAIN, state.due)
    assert lapsed.lapses == 1
    assert lapsed.due - state.due <= timedelta(minutes=10)


def test_higher_retention_means_shorter_intervals():
    state = Scheduler(fuzz=False).review(None, Rating.EASY, T0)
    low = Scheduler(0.8, fuzz=False).preview(state, state.due)[Rating.GOOD]
    high = Scheduler(0.95, fuzz=False).preview(state, state.due)[Rating.GOOD]
    assert high < low


def test_retrievability_falls_with_time_and_is_zero_for_new():
    scheduler = Scheduler(fuzz=False)
    assert scheduler.retrievability(None, T0) == 0.0
    state = scheduler.review(None, Rating.EASY, T0)
    r1 = scheduler.retrievability(state, T0 + timedelta(days=1))
    r30 = scheduler.retrievability(state, T0 + timedelta(days=30))
    assert 1.0 >= r1 > r30 > 0


def test_a_clock_moved_back_never_gives_a_negative_interval():
    scheduler = Scheduler(fuzz=False)
    state = scheduler.review(None, Rating.GOOD, T0)
    earlier = T0 - timedelta(days=3)
    again = scheduler.review(state, Rating.GOOD, earlier)
    assert again.due >= state.last_review


def test_naive_times_are_refused():
    with pytest.raises(ValueError):
        Scheduler().review(None, Rating.GOOD, datetime(2026, 1, 1))


def test_state_round_trips_through_a_dict():
    state = Scheduler(fuzz=False).review(None, Rating.AGAIN, T0)
    assert CardState.from_dict(state.to_dict()) == state
    assert state.state == LEARNING


@pytest.mark.parametrize(
    ("delta", "text"),
    [(timedelta(seconds=30), "30s"), (timedelta(minutes=10), "10m"), (timedelta(hours=5), "5h"), (timedelta(days=4), "4d"), (timedelta(days=75), "2.5mo"), (timedelta(days=800), "2.2y")],
)
def test_format_interval(delta, text):
    assert format_interval(delta) == text


def test_state_constants_are_fsrs_own_values():
    """scheduling writes fsrs.State's values out so that importing it does not import fsrs."""
    import fsrs

    from studyapp import scheduling

    assert (scheduling.LEARNING, scheduling.REVIEW, scheduling.RELEARNING) == (
        int(fsrs.State.Learning),
        int(fsrs.State.Review),
        int(fsrs.State.Relearning),
    )


def test_default_parameters_are_fsrs_own_and_given_without_importing_it():
    """scheduling writes fsrs's default parameters out: a Scheduler with no fitted ones gives
    them without building the engine (`studyapp stats` need not import fsrs), the same
    values the engine holds once built; fitted ones still go through the engine's checks."""
    from fsrs.scheduler import DEFAULT_PARAMETERS

    from studyapp import scheduling

    assert scheduling.DEFAULT_PARAMETERS == tuple(DEFAULT_PARAMETERS)
    plain = Scheduler(fuzz=False)
    assert plain.parameters == scheduling.DEFAULT_PARAMETERS and "_fsrs" not in plain.__dict__
    assert plain.parameters == tuple(plain._fsrs.parameters)
    fitted = tuple(w * 1.01 for w in DEFAULT_PARAMETERS)
    assert Scheduler(fuzz=False, parameters=fitted).parameters == fitted
    with pytest.raises(ValueError):
        Scheduler(fuzz=False, parameters=(1.0,) * 21).parameters  # out of fsrs's bounds, as before


def _states_to_preview(scheduler: Scheduler, rng) -> list[tuple[CardState | None, datetime]]:
    """Card states reached by random answers at random gaps (the clock moved back too), each with a time to preview at."""
    found: list[tuple[CardState | None, datetime]] = [(None, T0)]
    for _ in range(60):
        state, now = None, T0
        for _ in range(rng.randint(1, 7)):
            state = scheduler.review(state, Rating(rng.randint(1, 4)), now)
            now = now + rng.choice([timedelta(minutes=-30), timedelta(minutes=3), timedelta(hours=5), timedelta(days=1, hours=2), timedelta(days=rng.randint(2, 400))])
            found.append((state, now))
    return found


@pytest.mark.parametrize("fuzz", [False, True])
@pytest.mark.parametrize("steps", [None, (), (timedelta(minutes=1), timedelta(minutes=10))])
def test_preview_gives_exactly_what_a_review_with_each_rating_would(fuzz, steps):
    """preview works the four intervals out in one pass (for speed): each must be the one
    review() schedules, fuzz drawn in the same order, whatever the state, step or clock."""
    import random

    scheduler = Scheduler(0.85, fuzz=fuzz)
    if steps is not None:  # other step layouts than ours reach the other branches
        scheduler._options.update(learning_steps=steps, relearning_steps=steps[:1])
    assert scheduler._exact  # the one-pass path is the one compared, not review_card with itself
    rng = random.Random(17)
    for state, now in _states_to_preview(scheduler, rng):
        for given in (None, Rating.GOOD, Rating.AGAIN):
            made = scheduler.review(state, given, now) if given else None
            random.seed(5)
            fast = scheduler.preview(state, now, given=(given, made) if given else None)
            random.seed(5)
            slow = {r: (made if r == given else scheduler.review(state, r, now)).due - now for r in Rating}
            assert fast == slow, (state, now, given)


@pytest.mark.parametrize("fuzz", [False, True])
@pytest.mark.parametrize("steps", [None, (), (timedelta(minutes=1), timedelta(minutes=10))])
def test_review_gives_field_for_field_what_fsrs_review_card_gives(fuzz, steps):
    """review applies FSRS's formulas itself (for speed): every state it reaches, from any
    state, rating, gap or step layout, must be the fsrs package's own, to the last bit."""
    import random

    ours = Scheduler(0.85, fuzz=fuzz, parameters=tuple(Scheduler().parameters[:19]) + (0.4, 0.2))
    if steps is not None:
        ours._options.update(learning_steps=steps, relearning_steps=steps[:1])
    theirs = ours._fsrs
    assert ours._exact  # else review() is review_card itself
    rng = random.Random(29)
    for state, now in _states_to_preview(ours, rng):
        for rating in Rating:
            random.seed(11)
            mine = ours.review(state, rating, now)
            random.seed(11)
            card = Scheduler._to_card(state, now)
            at = max(now, card.last_review) if card.last_review else now
            card, _ = theirs.review_card(card, FsrsRating(int(rating)), review_datetime=at)
            assert (mine.state, mine.step, mine.stability, mine.difficulty, mine.due, mine.last_review) == (
                int(card.state), card.step, card.stability, card.difficulty, card.due, card.last_review
            ), (state, now, rating)


def test_an_fsrs_release_with_other_inner_formulas_is_used_through_review_card(monkeypatch):
    """review follows fsrs's inner functions, which a release may change (6.1 had no clamp
    argument, for one): checked once; if they differ, every review goes through review_card."""
    right = Scheduler._next

    def drifted(fs, state, days, recall, rating, with_difficulty=False):  # as if a formula had changed
        kind, step, stability, difficulty, interval = right(fs, state, days, recall, rating, with_difficulty)
        return kind, step, stability * 1.01, difficulty, interval

    monkeypatch.setattr(Scheduler, "_next", staticmethod(drifted))
    ours = Scheduler(fuzz=False)
    assert not ours._exact
    theirs = FsrsScheduler(enable_fuzzing=False, learning_steps=LEARNING_STEPS, relearning_steps=RELEARNING_STEPS)
    state = ours.review(None, Rating.HARD, T0)
    card, _ = theirs.review_card(Card(card_id=1, due=T0), FsrsRating(2), review_datetime=T0)
    assert (state.stability, state.difficulty, state.due) == (card.stability, card.difficulty, card.due)
    assert ours.preview(state, T0 + timedelta(days=2))[Rating.GOOD] == ours.review(state, Rating.GOOD, T0 + timedelta(days=2)).due - (T0 + timedelta(days=2))


@pytest.mark.parametrize("steps", [None, (), (timedelta(minutes=1), timedelta(minutes=10))])
def test_a_plan_gives_what_review_and_preview_give_on_its_day(steps):
    """The four outcomes worked out while a question is read (Scheduler.plan) must be the states
    review() would make then, whenever on that day the answer comes; another day, they are not used."""
    scheduler = Scheduler(0.85, fuzz=False)
    if steps is not None:
        scheduler._options.update(learning_steps=steps, relearning_steps=steps[:1])
    rng = random.Random(41)
    for state, shown in _states_to_preview(scheduler, rng):
        plan = scheduler.plan(state, shown)
        for later in (timedelta(0), timedelta(seconds=40), timedelta(minutes=9)):
            now = shown + later
            _, days = Scheduler._review_time(state, now)
            if not plan.fits(state, days):
                assert days != plan.days
                continue
            for rating in Rating:
                assert scheduler.review(state, rating, now, plan) == scheduler.review(state, rating, now), (state, now, rating)
            assert scheduler.preview(state, now, plan=plan) == scheduler.preview(state, now)
    reviewed = scheduler.review(None, Rating.GOOD, T0)
    plan = scheduler.plan(reviewed, T0 + timedelta(days=3, hours=23))
    assert not plan.fits(reviewed, 4)  # the answer came after midnight of the card's fourth day: worked out again
    assert not plan.fits(scheduler.review(None, Rating.EASY, T0), 3)  # another state (another terminal answered it)


def test_with_fuzz_the_interval_shown_for_each_rating_is_the_one_it_schedules():
    """A plan draws each rating's fuzz once, so the feedback's four intervals and the state a changed
    rating gets agree (drawn apart, a rating changed after the feedback could land a day off the one shown)."""
    scheduler = Scheduler(0.9, fuzz=True)
    state = scheduler.review(scheduler.review(None, Rating.GOOD, T0), Rating.GOOD, T0 + timedelta(days=3))
    now = state.due
    for _ in range(30):
        plan = scheduler.plan(state, now)
        shown = scheduler.preview(state, now, plan=plan)
        for rating in Rating:
            assert scheduler.review(state, rating, now + timedelta(seconds=20), plan).due - (now + timedelta(seconds=20)) == shown[rating]
