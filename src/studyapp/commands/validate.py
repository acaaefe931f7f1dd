"""check question packs; exits non-zero on errors."""

from __future__ import annotations

import gc
import sys
from pathlib import Path


def add_arguments(parser) -> None:
    parser.add_argument("paths", nargs="*", type=Path, help="pack files or folders (default: every pack the app would load)")
    parser.add_argument("--strict", action="store_true", help="treat warnings as errors")
    parser.add_argument("-q", "--quiet", action="store_true", help="print problems only")
    parser.add_argument("--no-cache", action="store_true", help="parse every file again, ignoring the pack cache")


def run(args, context) -> int:
    from studyapp.packs import load_packs, missing_paths
    from studyapp.siblings import warnings as sibling_warnings

    targets = args.paths or context.pack_folders
    missing = missing_paths(args.paths)  # the user's pack folder not made yet is no error; a path they named is
    result = load_packs([p for p in targets if p.exists()], cache=None if args.no_cache else context.pack_cache())
    # The packs live until exit: out of the cyclic GC's sight, as the app puts them, its
    # passes while the warnings are made would walk every question (0.1 s at 100,000).
    gc.freeze()
    result.problems[:0] = missing
    result.problems.extend(sibling_warnings(result.packs))
    for problem in result.problems:
        print(problem, file=sys.stderr if problem.severity == "error" else sys.stdout)
    errors, warnings = len(result.errors), len(result.warnings)
    if not args.quiet:
        total = sum(len(p.ids) for p in result.packs)
        print(f"{len(result.packs)} pack(s), {total} question(s): {errors} error(s), {warnings} warning(s)")
    return 1 if errors or (args.strict and warnings) else 0
