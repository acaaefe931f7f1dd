"""import a deck (Anki .apkg, Anki/Quizlet text export, CSV/TSV sheet) as a pack in your pack folder."""

from __future__ import annotations

import sys
from pathlib import Path

FORMATS = ("auto", "apkg", "anki-text", "sheet", "quizlet")


def add_arguments(parser) -> None:
    parser.add_argument("file", type=Path, help="the .apkg, .csv, .tsv or .txt file to import")
    parser.add_argument("--id", dest="pack_id", help="pack id (default: from the file name); importing again with the same id updates the pack")
    parser.add_argument("--title", help="pack title (default: the deck name or the file name)")
    parser.add_argument("--format", choices=FORMATS, default="auto", help="force a reader (default: detect)")
    parser.add_argument("--delimiter", help="column separator for text files: a character or tab, comma, semicolon, pipe")
    parser.add_argument("--category", default="concept", help="category for questions whose category cannot be guessed (default: concept)")
    parser.add_argument("--force", action="store_true", help="replace a pack file that was not written by `studyapp import`")
    parser.add_argument("--dry-run", action="store_true", help="report what would be imported; write nothing")


def run(args, context) -> int:
    from studyapp.importers import ImportFailure

    try:
        return _import(args, context)
    except ImportFailure as exc:
        print(f"studyapp import: {exc}", file=sys.stderr)
        return 1


def _import(args, context) -> int:
    from studyapp.importers import (
        ImportFailure,
        build_pack,
        default_pack_id,
        load_previous,
        pack_destination,
        read_file,
        render_pack,
        write_atomically,
    )
    from studyapp.packs import CATEGORIES, display_path, load_pack_file

    source: Path = args.file
    if not source.is_file():
        raise ImportFailure(f"{source}: no such file")
    if args.category not in CATEGORIES:
        raise ImportFailure(f"unknown category {args.category!r} (one of {', '.join(CATEGORIES)})")
    delimiter = {"tab": "\t", "comma": ",", "semicolon": ";", "pipe": "|", "\\t": "\t"}.get((args.delimiter or "").lower(), args.delimiter)
    result = read_file(source, args.format, delimiter)
    pack_id = args.pack_id or default_pack_id(source)
    context.paths.ensure()
    destination = pack_destination(context.paths.user_packs, pack_id)
    for pack in context.load_packs().packs:
        if pack.id == pack_id and pack.path.resolve() != destination:
            raise ImportFailure(f"pack id '{pack_id}' is already used by {display_path(pack.path)}; choose another with --id")
    previous = None if args.force else load_previous(destination)
    title = args.title or result.title or pack_id
    pack, counts = build_pack(result, pack_id, title, source.name, previous, args.category)
    for message in result.skipped:
        print(f"{source.name}: {message}", file=sys.stderr)
    for message in result.notices:
        print(f"{source.name}: {message}")
    if result.media:
        shown = ", ".join(result.media[:5]) + (", ..." if len(result.media) > 5 else "")
        print(f"media skipped ({len(result.media)} file(s); studyapp shows text only): {shown}")
    if not pack["questions"]:
        raise ImportFailure(f"{source.name}: nothing to import ({len(result.skipped)} row(s) skipped)")
    header = (
        f"Imported by studyapp from {source.name} ({result.format}).\n"
        "Importing the same file again rewrites this file. Question ids come from the notes/rows,\n"
        "so progress is kept; categories, accepted answers, units and explanations you add here are kept too."
    )
    text = render_pack(pack, header)
    total = len(pack["questions"])
    summary = f"{total} question(s): {counts['added']} new, {counts['updated']} updated, {counts['removed']} removed; {len(result.skipped)} row(s) skipped"
    if args.dry_run:
        print(f"would write {display_path(destination)}: {summary}")
        return 0
    write_atomically(destination, text)
    _, problems = load_pack_file(destination)
    errors = [p for p in problems if p.severity == "error"]
    for problem in errors:
        print(problem, file=sys.stderr)
    print(f"wrote {display_path(destination)}: {summary}")
    return 1 if errors else 0
