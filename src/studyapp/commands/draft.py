"""draft questions from documents (text, Markdown, HTML, WordPress JSON, PDF; files or folders) into packs marked draft."""

from __future__ import annotations

import sys
from pathlib import Path


def add_arguments(parser) -> None:
    parser.add_argument("documents", type=Path, nargs="+", metavar="DOCUMENT", help="documents or folders to draft from")
    parser.add_argument("-o", "--output", type=Path, help="pack file to write (one document; '-' prints it) or a folder (several)")
    parser.add_argument("--id", dest="pack_id", help="pack id (one document; default: draft- and the document's title)")
    parser.add_argument("--force", action="store_true", help="replace an existing file")
    parser.add_argument("--review", action="store_true", help="then review the drafts in the TUI (one document)")
    parser.add_argument(
        "--date", type=_iso_date, metavar="YYYY-MM-DD",
        help="the date the page was published, where the file does not say it: gives a date without its year its year",
    )  # fmt: skip


def _iso_date(text: str) -> str:
    import argparse
    import datetime as dt

    try:
        return dt.date.fromisoformat(text).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date as YYYY-MM-DD") from None


def run(args, context) -> int:
    from studyapp.drafting import DraftError, expand_inputs

    try:
        files = expand_inputs(args.documents)
    except DraftError as exc:
        print(f"studyapp draft: {exc}", file=sys.stderr)
        return 1
    several = len(files) > 1
    if several and (args.pack_id or (args.output is not None and (str(args.output) == "-" or not args.output.is_dir()))):
        print("studyapp draft: with several documents, -o must be an existing folder and --id cannot be used", file=sys.stderr)
        return 2
    if args.review and several:
        print("studyapp draft: --review takes one document (review the others from the home screen: d)", file=sys.stderr)
        return 2
    written: list[Path] = []
    status = 0
    with _progress(len(files)) as advance:
        for path in files:
            result, output = _draft_one(path, args, context, several)
            status = max(status, result)
            if output is not None:
                written.append(output)
            advance(path.name)
    if args.review and written:
        return _review(written[0], context)
    return status


def _progress(total: int):
    """A progress bar on stderr for long runs (several documents, a terminal); otherwise nothing."""
    from contextlib import contextmanager

    @contextmanager
    def bar():
        if total < 3 or not sys.stderr.isatty():
            yield lambda name: None
            return
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        with Progress(TextColumn("drafting"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(), TextColumn("{task.description}"),
                      console=Console(stderr=True), transient=True) as progress:  # fmt: skip
            task = progress.add_task("", total=total)
            yield lambda name: progress.update(task, advance=1, description=name)

    return bar()


def _draft_one(path: Path, args, context, several: bool) -> tuple[int, Path | None]:
    from studyapp.drafting import DRAFT_HEADER, DraftError, draft_pack, read_document
    from studyapp.drafting.nlp import ModelMissing
    from studyapp.drafting.review import save_context
    from studyapp.importers import ImportFailure, pack_destination, render_pack, slugify, write_atomically
    from studyapp.packs import ID_PATTERN, display_path, load_pack_file

    try:
        document = read_document(path)
    except DraftError as exc:
        print(f"studyapp draft: {exc}", file=sys.stderr)
        return 1, None
    document.date = document.date or (args.date or "")  # the file's own date (a WordPress post's, a printed line) comes first
    pack_id = args.pack_id or f"draft-{slugify(document.title, 50) or slugify(path.stem, 50) or 'document'}"
    if not ID_PATTERN.match(pack_id):
        print(f"studyapp draft: {pack_id!r} is not a valid pack id (letters, digits, - _ .)", file=sys.stderr)
        return 2, None
    to_stdout = args.output is not None and str(args.output) == "-"
    output = None
    if not to_stdout:
        if args.output is None or args.output.is_dir():
            folder = args.output if args.output is not None else context.paths.user_packs
            context.paths.ensure()
            try:
                output = pack_destination(folder, pack_id)
            except ImportFailure as exc:
                print(f"studyapp draft: {exc}", file=sys.stderr)
                return 2, None
        else:
            output = args.output
        if output.exists() and not args.force:
            if args.review:  # a review started earlier: carry on with it
                return 0, output
            print(f"studyapp draft: {display_path(output)} already exists; use -o for another file or --force to replace it", file=sys.stderr)
            return 1, None
    try:
        pack = draft_pack(document, pack_id, path.name, with_context=True)
    except ModelMissing as exc:
        print(f"studyapp draft: {exc}", file=sys.stderr)
        return 1, None
    questions = pack["questions"]
    if not questions:
        print(f"studyapp draft: no facts found in {path} (dates, figures, names, operations, agreements); nothing written", file=sys.stderr)
        return 1, None
    clean = {**pack, "questions": [{k: v for k, v in q.items() if not k.startswith("_")} for q in questions]}
    text = render_pack(clean, DRAFT_HEADER.format(file=path.name))
    if to_stdout:
        sys.stdout.write(text)
        return 0, None
    try:
        write_atomically(output, text)
        save_context(context.paths.data_dir / "drafts", output, questions)
    except (ImportFailure, OSError) as exc:
        print(f"studyapp draft: {exc}", file=sys.stderr)
        return 1, None
    _, problems = load_pack_file(output)
    for problem in problems:
        if problem.severity == "error":
            print(problem, file=sys.stderr)
    counts: dict[str, int] = {}
    for question in questions:
        counts[question["type"]] = counts.get(question["type"], 0) + 1
    kinds = ", ".join(f"{n} {c}" for c, n in sorted(counts.items(), key=lambda item: -item[1]))
    print(f"wrote {display_path(output)}: {len(questions)} draft question(s) ({kinds})")
    if not several and not args.review:
        print(f"review them with: studyapp draft {path} --review (or d on the home screen)")
    return (1 if any(p.severity == "error" for p in problems) else 0), output


def _review(pack_path: Path, context) -> int:
    from studyapp.drafting.review import DraftReview, ReviewError
    from studyapp.tui.review_app import ReviewApp

    try:
        review = DraftReview(pack_path, context.paths.data_dir / "drafts")
    except ReviewError as exc:
        print(f"studyapp draft: {exc}", file=sys.stderr)
        return 1
    ReviewApp(review).run()
    counts = review.counts()
    print(f"{counts['accepted']} accepted, {counts['rejected']} rejected, {counts['pending'] + counts['skipped']} still draft in {pack_path.name}")
    return 0
