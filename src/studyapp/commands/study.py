"""open the study app (the default); with --all or pack ids, straight into a session."""

from __future__ import annotations


def add_arguments(parser) -> None:
    parser.add_argument("pack_ids", nargs="*", metavar="PACK", help="study these packs at once, by id (an unknown id lists the known ones)")
    parser.add_argument("--all", action="store_true", help="study everything due at once; the home screen follows the session")


def run(args, context) -> int:
    import gc

    # The cyclic collector waits until the app has drawn its first screen (StudyApp resumes
    # it then): a start makes a hundred thousand objects (Textual's modules, the packs, the
    # widgets) and next to no garbage, and its passes over them took about 10 ms of every start.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _run(args, context, collecting)
    finally:
        if collecting:
            gc.enable()


def _run(args, context, collecting: bool) -> int:
    import gc
    import os
    import sys

    start = loaded = None
    pack_ids = list(getattr(args, "pack_ids", None) or [])
    if pack_ids or getattr(args, "all", False):
        loaded = context.load_packs()
        # Frozen, as StudyApp does: the collector's passes never walk the questions (at
        # 100,000, three passes over them while the TUI was imported took 0.2 s).
        gc.freeze()
        known = {pack.id for pack in loaded.packs}
        unknown = [pack_id for pack_id in pack_ids if pack_id not in known]
        if unknown:
            print(f"studyapp: no pack with id {', '.join(map(repr, unknown))}; known: {', '.join(sorted(known)) or 'none'}", file=sys.stderr)
            return 2
        start = pack_ids
    # bench/run.py times a start-up headless, with this set (see StudyApp).
    headless = bool(os.environ.get("STUDYAPP_BENCH_FIRST_QUESTION"))
    if not headless and (not sys.stdin.isatty() or not sys.stdout.isatty()):
        print("studyapp: the study app needs a terminal; see `studyapp --help` for the commands.", file=sys.stderr)
        return 2
    from studyapp.tui.app import StudyApp

    app = StudyApp(context, start=start, packs=loaded, collect_after_start=collecting)
    app.run(headless=headless)
    return app.return_code or 0
