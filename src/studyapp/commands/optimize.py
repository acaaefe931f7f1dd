"""fit the memory model (FSRS parameters) to your own review log.

    studyapp optimize           # fit, show log loss and RMSE before and after, keep it if better
    studyapp optimize --reset   # back to FSRS's default parameters

The app also refits by itself at the end of a session once 1,000 new reviews
exist since the last fit. Scheduling and the exam planner use the result.
"""

from __future__ import annotations

import sys


def add_arguments(parser) -> None:
    parser.add_argument("--reset", action="store_true", help="go back to FSRS's default parameters")
    parser.add_argument("--show", action="store_true", help="only show the parameters in use and the last fit")


def run(args, context) -> int:
    from datetime import datetime, timezone

    from studyapp import optimize

    now = datetime.now(timezone.utc)
    store = context.open_store()
    try:
        if args.reset:
            optimize.reset(store, now)
            print("memory model: FSRS's default parameters again")
            return 0
        if args.show:
            fitted = optimize.fitted_parameters(store)
            print(f"memory model: {'fitted to your reviews' if fitted else 'FSRS defaults'}")
            if fitted:
                print("  parameters: " + ", ".join(f"{w:.4f}" for w in fitted))
            print(f"  reviews since the last fit: {optimize.reviews_since_fit(store):,} (refit after {optimize.FIT_EVERY:,})")
            return 0
        try:
            fit = optimize.optimize(store, now)
        except optimize.OptimizeError as exc:
            print(f"studyapp optimize: {exc}", file=sys.stderr)
            return 2
    finally:
        store.close()
    print(f"fitted on {fit.reviews:,} reviews in {fit.seconds:.1f} s")
    print(f"  before: log loss {fit.before.log_loss:.4f}, RMSE {fit.before.rmse:.2%}")
    print(f"  fitted: log loss {fit.after.log_loss:.4f}, RMSE {fit.after.rmse:.2%}")
    if fit.used:
        print("kept: the fitted parameters predict your answers better; scheduling and exam plans use them now")
    else:
        print("not kept: the fit predicts your answers no better than the parameters in use, which stay")
    return 0
