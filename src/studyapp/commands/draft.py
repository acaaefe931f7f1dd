"""draft questions from a document (text, Markdown, HTML, WordPress JSON) into a pack marked draft."""

from __future__ import annotations

import sys
from pathlib import Path


def add_arguments(parser) -> None:
    parser.add_argument("document", type=Path, help="the document to draft from")
    parser.add_argument("-o", "--output", type=Path, help="pack file to write (default: your pack folder; '-' prints it)")
    parser.add_argument("--id", dest="pack_id", help="pack id (default: draft- and the document's title)")
    parser.add_argument("--force", action="store_true", help="replace an existing file")


def run(args, context) -> int:
    from studyapp.draft import DRAFT_HEADER, DraftError, draft_pack, read_document
    from studyapp.importers import ImportFailure, pack_destination, render_pack, slugify, write_atomically
    from studyapp.packs import ID_PATTERN, display_path, load_pack_file

    if not args.document.is_file():
        print(f"studyapp draft: {args.document}: no such file", file=sys.stderr)
        return 1
    try:
        document = read_document(args.document)
    except DraftError as exc:
        print(f"studyapp draft: {exc}", file=sys.stderr)
        return 1
    pack_id = args.pack_id or f"draft-{slugify(document.title, 50) or slugify(args.document.stem, 50) or 'document'}"
    if not ID_PATTERN.match(pack_id):
        print(f"studyapp draft: {pack_id!r} is not a valid pack id (letters, digits, - _ .)", file=sys.stderr)
        return 2
    pack = draft_pack(document, pack_id, args.document.name)
    if not pack["questions"]:
        print(f"studyapp draft: no dates, figures, operations, agreements or acronyms found in {args.document.name}; nothing written", file=sys.stderr)
        return 1
    text = render_pack(pack, DRAFT_HEADER.format(file=args.document.name))
    if args.output is not None and str(args.output) == "-":
        sys.stdout.write(text)
        return 0
    if args.output is None:
        context.paths.ensure()
        try:
            output = pack_destination(context.paths.user_packs, pack_id)
        except ImportFailure as exc:
            print(f"studyapp draft: {exc}", file=sys.stderr)
            return 2
    else:
        output = args.output
    if output.exists() and not args.force:
        print(f"studyapp draft: {display_path(output)} already exists; use -o for another file or --force to replace it", file=sys.stderr)
        return 1
    write_atomically(output, text)
    _, problems = load_pack_file(output)
    for problem in problems:
        if problem.severity == "error":
            print(problem, file=sys.stderr)
    counts: dict[str, int] = {}
    for question in pack["questions"]:
        counts[question["category"]] = counts.get(question["category"], 0) + 1
    kinds = ", ".join(f"{n} {c}" for c, n in sorted(counts.items(), key=lambda item: -item[1])) or "no facts found"
    print(f"wrote {display_path(output)}: {len(pack['questions'])} draft question(s) ({kinds})")
    print("every question is marked draft: true and is not studied until you check it and remove that line")
    return 1 if any(p.severity == "error" for p in problems) else 0
