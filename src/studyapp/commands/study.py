"""open the study app (the default)."""

from __future__ import annotations


def add_arguments(parser) -> None:
    pass


def run(args, context) -> int:
    import os
    import sys

    # bench/run.py times a start-up headless, with this set (see StudyApp).
    headless = bool(os.environ.get("STUDYAPP_BENCH_FIRST_QUESTION"))
    if not headless and (not sys.stdin.isatty() or not sys.stdout.isatty()):
        print("studyapp: the study app needs a terminal; see `studyapp --help` for the commands.", file=sys.stderr)
        return 2
    from studyapp.tui.app import StudyApp

    app = StudyApp(context)
    app.run(headless=headless)
    return app.return_code or 0
