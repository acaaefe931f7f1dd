"""FSRS parameters fitted to this learner's own review log.

The default FSRS-6 parameters describe an average Anki user. Anki fits them
to each user's log; so do we, with ``fsrs-rs-python``, the Rust engine Anki
itself runs (1.6 MB, a fit of 100,000 reviews in a second or so; ``fsrs``'s
own optimiser needs PyTorch, over 2 GB with its CUDA wheels). It is imported
only inside :func:`fit`, never at start-up.

A fit is kept only if it predicts the learner's own history better than the
parameters in use (log loss); otherwise the defaults stay. Every fit is a row
of ``memory_fits``: the latest decides. Scheduling and the exam planner read
the parameters with :func:`fitted_parameters`, a single indexed query.

Once parameters are fitted, the exam planner's stability scale
(``planner.calibrate``) is switched off: the fit has already matched the
model to this learner's forgetting, and scaling on top would count it twice.
"""

from __future__ import annotations

import json
import time
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from studyapp.store import Store

FIT_EVERY = 1000
"""Refit automatically once this many new reviews exist since the last fit (Anki's advice: ~1,000)."""
MIN_REVIEWS = 400
"""Below this, ``studyapp optimize`` refuses: too few reviews to fit 21 parameters."""

LOG_QUERY = (
    "SELECT id, pack_id, question_id, reviewed_at, rating FROM reviews"
    " WHERE kind IN ('study', 'mock') AND undone = 0 ORDER BY pack_id, question_id, reviewed_at, id"
)


class OptimizeError(ValueError):
    """Why no fit could be made, in one line."""


@dataclass(frozen=True, slots=True)
class Score:
    log_loss: float
    rmse: float
    """RMSE over bins of predicted recall, as Anki reports it."""


@dataclass(frozen=True, slots=True)
class Fit:
    reviews: int
    parameters: tuple[float, ...]
    """What the fit found (kept or not)."""
    before: Score
    """The parameters in use before, on the learner's own history."""
    after: Score
    used: bool
    """The fit predicts better than before and is now in use."""
    seconds: float


Sequences = list[list[tuple[int, int]]]
"""Per card, its reviews as (rating 1-4, whole days since the previous one; 0 for the first)."""


def history(store: Store) -> tuple[Sequences, int, int]:
    """Every card's reviews from the log, (sequences, reviews, highest review id).

    Days are counted between local calendar dates, as Anki does; two answers on
    one day are one day's learning steps (0 days apart).
    """
    sequences: Sequences = []
    current: tuple[str, str] | None = None
    previous_day = 0
    count = last_id = 0
    for review_id, pack_id, question_id, reviewed_at, rating in store.connection.execute(LOG_QUERY):
        day = datetime.fromtimestamp(reviewed_at).toordinal()
        if (pack_id, question_id) != current:
            current = (pack_id, question_id)
            sequences.append([])
            previous_day = day
        sequences[-1].append((max(1, min(4, int(rating))), max(0, day - previous_day)))
        previous_day = day
        count += 1
        last_id = max(last_id, review_id)
    return sequences, count, last_id


def _items(sequences: Sequences):
    """fsrs-rs training items: each card's history up to every review made a day or more after the one before."""
    from fsrs_rs_python import FSRSItem, FSRSReview

    items = []
    for sequence in sequences:
        reviews = [FSRSReview(rating, days) for rating, days in sequence]
        for end in range(1, len(reviews)):
            if sequence[end][1] > 0:
                items.append(FSRSItem(reviews[: end + 1]))
    return items


def default_parameters() -> tuple[float, ...]:
    from fsrs.scheduler import DEFAULT_PARAMETERS

    return tuple(float(w) for w in DEFAULT_PARAMETERS)


def score(parameters: Sequence[float], sequences: Sequences, items=None) -> Score:
    """How well ``parameters`` predict the answers in ``sequences`` (lower is better)."""
    from fsrs_rs_python import FSRS

    items = _items(sequences) if items is None else items
    if not items:
        raise OptimizeError("no review made a day or more after the one before: nothing to predict")
    evaluation = FSRS(list(parameters)).evaluate(items)
    return Score(float(evaluation.log_loss), float(evaluation.rmse_bins))


def fit(sequences: Sequences, current: Sequence[float] | None = None) -> tuple[tuple[float, ...], Score, Score]:
    """(fitted parameters, score of ``current`` (default: FSRS's defaults), score of the fit) on ``sequences``."""
    from fsrs_rs_python import FSRS

    current = tuple(current) if current is not None else default_parameters()
    items = _items(sequences)
    if not items:
        raise OptimizeError("no review made a day or more after the one before: nothing to fit")
    try:
        fitted = _within_bounds(FSRS(list(current)).compute_parameters(items))
    except Exception as exc:  # the Rust engine raises plain exceptions on degenerate logs
        raise OptimizeError(f"the fit failed: {exc}") from None
    return fitted, score(current, sequences, items), score(fitted, sequences, items)


def _within_bounds(parameters: Sequence[float]) -> tuple[float, ...]:
    """The fit clipped to the bounds ``fsrs.Scheduler`` accepts (it refuses anything outside)."""
    from fsrs.scheduler import LOWER_BOUNDS_PARAMETERS, UPPER_BOUNDS_PARAMETERS

    if len(parameters) != len(LOWER_BOUNDS_PARAMETERS):
        raise OptimizeError(f"the fit gave {len(parameters)} parameters, FSRS-6 needs {len(LOWER_BOUNDS_PARAMETERS)}")
    return tuple(min(max(float(w), lo), hi) for w, lo, hi in zip(parameters, LOWER_BOUNDS_PARAMETERS, UPPER_BOUNDS_PARAMETERS))


def fitted_parameters(store: Store) -> tuple[float, ...] | None:
    """The parameters of the latest fit in use, or None for FSRS's defaults (``Store.fitted_parameters``)."""
    return store.fitted_parameters()


def reviews_since_fit(store: Store) -> int:
    """Reviews logged since the last fit (every review if there was none)."""
    row = store.connection.execute("SELECT last_review_id FROM memory_fits ORDER BY id DESC LIMIT 1").fetchone()
    since = row[0] if row else 0
    return store.connection.execute(
        "SELECT COUNT(*) FROM reviews WHERE id > ? AND kind IN ('study', 'mock') AND undone = 0", (since,)
    ).fetchone()[0]


def due(store: Store) -> bool:
    """Time for an automatic fit: FIT_EVERY reviews since the last one."""
    return reviews_since_fit(store) >= FIT_EVERY


def optimize(store: Store, now: datetime, *, minimum: int = MIN_REVIEWS) -> Fit:
    """Fit parameters to the whole log, keep them if they predict it better, record the fit."""
    started = time.perf_counter()
    sequences, count, last_id = history(store)
    if count < minimum:
        raise OptimizeError(f"{count} reviews so far; a fit needs at least {minimum}")
    current = fitted_parameters(store) or default_parameters()
    parameters, before, after = fit(sequences, current)
    used = after.log_loss < before.log_loss
    kept = parameters if used else (current if current != default_parameters() else None)
    with store.transaction() as conn:
        conn.execute(
            "INSERT INTO memory_fits (fitted_at, last_review_id, reviews, parameters, log_loss_before, rmse_before,"
            " log_loss_after, rmse_after, used) VALUES (?,?,?,?,?,?,?,?,?)",
            (now.timestamp(), last_id, count, json.dumps(kept) if kept else None, before.log_loss, before.rmse,
             after.log_loss, after.rmse, int(kept is not None)),
        )
    return Fit(count, parameters, before, after, used, time.perf_counter() - started)


def reset(store: Store, now: datetime) -> None:
    """Back to FSRS's default parameters (the fits stay in the table)."""
    with store.transaction() as conn:
        last = conn.execute("SELECT COALESCE(MAX(id), 0) FROM reviews").fetchone()[0]
        conn.execute(
            "INSERT INTO memory_fits (fitted_at, last_review_id, reviews, parameters, used) VALUES (?, ?, 0, NULL, 0)",
            (now.timestamp(), last),
        )


def auto(database: Path, now: datetime) -> Fit | None:
    """The automatic refit: on its own connection (run it off the UI thread), only when due.

    Never raises: a failed automatic fit leaves the parameters as they were.
    """
    try:
        store = Store.open(database)
    except Exception:
        return None
    try:
        if not due(store):
            return None
        return optimize(store, now)
    except Exception:
        return None
    finally:
        store.close()
