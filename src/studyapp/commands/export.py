"""export a pack to an Anki package (.apkg) or to CSV."""

from __future__ import annotations

import sys
from pathlib import Path


def add_arguments(parser) -> None:
    parser.usage = "studyapp export PACK --to {anki,csv} [FILE] [--include-drafts]"
    parser.add_argument("pack", help="a pack id (see the home screen) or a pack file")
    parser.add_argument(
        "--to",
        nargs="+",
        required=True,
        metavar="FORMAT",
        help="anki (an .apkg package) or csv (a sheet `studyapp import` reads back), then the file to write "
        "(default: PACK_ID.apkg or PACK_ID.csv here; '-' prints the CSV)",
    )
    parser.add_argument("--include-drafts", action="store_true", help="also export questions still marked draft: true")


def run(args, context) -> int:
    from studyapp.packs import display_path, load_pack_file

    if len(args.to) > 2 or args.to[0] not in ("anki", "csv"):
        print("studyapp export: use --to anki [FILE.apkg] or --to csv [FILE.csv]", file=sys.stderr)
        return 2
    args.to, args.output = args.to[0], (Path(args.to[1]) if len(args.to) == 2 else None)

    candidate = Path(args.pack)
    if candidate.suffix in (".yaml", ".yml") and candidate.is_file():
        pack, problems = load_pack_file(candidate)
    else:
        result = context.load_packs()
        pack = next((p for p in result.packs if p.id == args.pack), None)
        problems = [p for p in result.problems if pack is not None and p.path == display_path(pack.path)]
        if pack is None:
            known = ", ".join(sorted(p.id for p in result.packs)) or "none"
            print(f"studyapp export: no pack with id '{args.pack}' (packs: {known})", file=sys.stderr)
            return 1
    if pack is None:
        for problem in problems:
            print(problem, file=sys.stderr)
        print(f"studyapp export: {args.pack} has errors; fix them first (`studyapp validate {args.pack}`)", file=sys.stderr)
        return 1
    errors = [p for p in problems if p.severity == "error"]
    if errors:
        print(f"studyapp export: {len(errors)} question(s) with errors are left out (`studyapp validate` lists them)", file=sys.stderr)
    if args.to == "csv":
        from studyapp.exporters import export_csv

        text, rows = export_csv(pack, include_drafts=args.include_drafts)
        if args.output is not None and str(args.output) == "-":
            sys.stdout.write(text)
            return 0
        output = args.output or Path(f"{pack.id}.csv")
        output.write_text(text, encoding="utf-8")
        print(f"wrote {output}: {rows} question(s)")
        return 0
    from studyapp.exporters import export_anki

    output = args.output or Path(f"{pack.id}.apkg")
    if str(output) == "-":
        print("studyapp export: an Anki package cannot go to standard output; give a file name", file=sys.stderr)
        return 2
    summary = export_anki(pack, output, include_drafts=args.include_drafts)
    kinds = ", ".join(f"{count} {name}" for name, count in sorted(summary.by_model.items()))
    drafts = f"; {summary.skipped_drafts} draft(s) left out" if summary.skipped_drafts else ""
    print(f"wrote {output}: {summary.notes} note(s) ({kinds}){drafts}")
    return 0
