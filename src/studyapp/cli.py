"""The ``studyapp`` command. With no subcommand it opens the study app.

Subcommands live in ``studyapp.commands.<name>`` modules, each with
``add_arguments(parser)`` and ``run(args, context) -> int``; they are imported
only when used, so ``studyapp validate`` never pays for Textual.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from pathlib import Path

from studyapp import __version__

# name -> (module, one-line help)
COMMANDS: dict[str, tuple[str, str]] = {
    "study": ("studyapp.commands.study", "open the study app (the default)"),
    "validate": ("studyapp.commands.validate", "check question packs; exits non-zero on errors"),
    "paths": ("studyapp.commands.paths", "print where data, packs and settings live"),
}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="studyapp", description="Study for an exam from YAML question packs, in the terminal.")
    parser.add_argument("--version", action="version", version=f"studyapp {__version__}")
    _add_common(parser)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, (module, help_text) in COMMANDS.items():
        command = sub.add_parser(name, help=help_text, description=help_text)
        _add_common(command, suppress=True)
        importlib.import_module(module).add_arguments(command)
    return parser


def _add_common(parser: argparse.ArgumentParser, suppress: bool = False) -> None:
    default = argparse.SUPPRESS if suppress else None
    parser.add_argument("--data-dir", type=Path, default=default, help="data folder (default: the platform's user data folder; env STUDYAPP_DATA_DIR)")
    parser.add_argument("--packs", type=Path, action="append", default=argparse.SUPPRESS if suppress else [], metavar="DIR", help="another folder of packs (repeatable)")


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(sys.argv[1:] if argv is None else argv)
    command = args.command or "study"
    if args.command is None:
        importlib.import_module(COMMANDS["study"][0]).add_defaults(args)
    from studyapp.context import Context
    from studyapp.paths import resolve_paths

    try:
        context = Context(resolve_paths(args.data_dir), list(args.packs or []))
        return importlib.import_module(COMMANDS[command][0]).run(args, context)
    except KeyboardInterrupt:
        print("studyapp: interrupted; every answer given so far is saved.", file=sys.stderr)
        return 130
    except Exception as exc:  # noqa: BLE001 - the last line of defence: one line, never a traceback
        return report_error(exc)


def report_error(exc: BaseException) -> int:
    """Print one clear line for an error; tracebacks only with STUDYAPP_DEBUG=1."""
    import os

    from studyapp.config import SettingsError
    from studyapp.store import StoreError

    if os.environ.get("STUDYAPP_DEBUG"):
        raise exc
    if isinstance(exc, (StoreError, SettingsError)):
        message = str(exc)
    elif isinstance(exc, OSError):
        message = f"{exc.filename or ''}: {exc.strerror or exc}".lstrip(": ")
    else:
        message = f"unexpected error: {type(exc).__name__}: {exc}"
    print(f"studyapp: {message}", file=sys.stderr)
    return 1
