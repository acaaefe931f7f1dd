"""import a deck (Anki .apkg/.colpkg/.anki2, Anki/Quizlet text export, CSV/TSV sheet) as a pack in your pack folder."""

from __future__ import annotations

import sys
from pathlib import Path

FORMATS = ("auto", "apkg", "anki-text", "sheet", "quizlet")
PREVIEW = 5
"""Questions shown by --dry-run."""


def add_arguments(parser) -> None:
    parser.add_argument("file", type=Path, help="the .apkg, .colpkg, .anki2, .csv, .tsv or .txt file to import")
    parser.add_argument("--id", dest="pack_id", help="pack id (default: from the file name); importing again with the same id updates the pack")
    parser.add_argument("--title", help="pack title (default: the deck name or the file name)")
    parser.add_argument("--format", choices=FORMATS, default="auto", help="force a reader (default: detect)")
    parser.add_argument("--delimiter", help="column separator for text files: a character or tab, comma, semicolon, pipe")
    parser.add_argument(
        "--columns",
        help="what each column of a sheet is, in order, e.g. prompt,answer,choice,choice,tags "
        "(roles: prompt, answer, choice, wrong, choices, tags, explanation, id, type, category, accept, ignore)",
    )
    parser.add_argument("--first-card-only", action="store_true", help="Anki: import only each note's first card (no reverse cards)")
    parser.add_argument("--category", default="concept", help="category for questions whose category cannot be guessed (default: concept)")
    parser.add_argument("--force", action="store_true", help="replace a pack file that was not written by `studyapp import`")
    parser.add_argument("--dry-run", action="store_true", help="show the first questions as they will be imported; write nothing")


def run(args, context) -> int:
    from studyapp.importers import ImportFailure

    try:
        return _import(args, context)
    except ImportFailure as exc:
        print(f"studyapp import: {exc}", file=sys.stderr)
        return 1


def _import(args, context) -> int:
    from studyapp.importers import ImportFailure, check_size, write_atomically
    from studyapp.importers.preview import plan_import, preview_lines
    from studyapp.packs import display_path, load_pack_file

    source: Path = args.file
    if not source.is_file():
        raise ImportFailure(f"{source}: no such file")
    delimiter = {"tab": "\t", "comma": ",", "semicolon": ";", "pipe": "|", "\\t": "\t"}.get((args.delimiter or "").lower(), args.delimiter)
    context.paths.ensure()
    plan = plan_import(
        source,
        context.paths.user_packs,
        [(p.id, p.path) for p in context.load_packs().packs],
        pack_id=args.pack_id,
        title=args.title,
        fmt=args.format,
        delimiter=delimiter,
        columns=args.columns,
        first_card_only=args.first_card_only,
        category=args.category,
        force=args.force,
    )
    for message in plan.result.skipped:
        print(f"{source.name}: {message}", file=sys.stderr)
    for line in plan.summary_lines():
        print(line)
    if args.dry_run:
        for line in preview_lines(plan.pack["questions"], PREVIEW):
            print(line)
        print(f"would write {display_path(plan.destination)}: {plan.counts_text()} (dry run: nothing written)")
        return 0
    check_size(plan.text, source.name)
    write_atomically(plan.destination, plan.text)
    _, problems = load_pack_file(plan.destination)
    errors = [p for p in problems if p.severity == "error"]
    for problem in errors:
        print(problem, file=sys.stderr)
    print(f"wrote {display_path(plan.destination)}: {plan.counts_text()}")
    return 1 if errors else 0
