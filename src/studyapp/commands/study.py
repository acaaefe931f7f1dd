"""open the study app (the default)."""

from __future__ import annotations


def add_arguments(parser) -> None:
    pass


def run(args, context) -> int:
    import sys

    if not sys.stdin.isatty() or not sys.stdout.isatty():
        print("studyapp: the study app needs a terminal; see `studyapp --help` for the commands.", file=sys.stderr)
        return 2
    from studyapp.tui.app import StudyApp

    app = StudyApp(context)
    app.run()
    return app.return_code or 0
