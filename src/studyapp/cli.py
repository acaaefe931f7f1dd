"""The ``studyapp`` command. With no subcommand it opens the study app.

Each module in ``studyapp.commands`` is a subcommand: its docstring's first
line is the help, ``add_arguments(parser)`` declares options and
``run(args, context) -> int`` does the work. Command modules import nothing
heavy at the top, so ``studyapp validate`` never pays for Textual.
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path
from types import SimpleNamespace
from typing import TYPE_CHECKING

from studyapp import __version__

if TYPE_CHECKING:
    import argparse

COMMAND_PACKAGE = "studyapp.commands"


def command_names() -> list[str]:
    """Every ``studyapp.commands`` module is a subcommand; ``study`` first."""
    import pkgutil

    import studyapp.commands as package

    names = sorted(m.name for m in pkgutil.iter_modules(package.__path__) if not m.name.startswith("_"))
    return sorted(names, key=lambda n: n != "study")


def command_module_name(word: str) -> str | None:
    """The module of the command that ``word`` names (``import`` -> ``import_``), or None:
    found by importing the one or two modules it can be, not by listing every command
    (``pkgutil`` and ``importlib.util``, about 0.5 ms of each start)."""
    stem = word.replace("-", "_")
    for name in (stem, stem + "_"):
        if not name.isidentifier() or name.startswith("_") or name.rstrip("_").replace("_", "-") != word:
            continue
        try:
            importlib.import_module(f"{COMMAND_PACKAGE}.{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"{COMMAND_PACKAGE}.{name}":
                raise  # the command's own import failed: as loud as before
            continue
        return name
    return None


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The whole command line; with ``only`` (a command's module name), just that
    command: ``studyapp validate`` need not import and describe the other fifteen."""
    import argparse  # not at the top: plain ``studyapp`` parses nothing (argparse and gettext, 1.7 ms)

    parser = argparse.ArgumentParser(prog="studyapp", description="Study for an exam from YAML question packs, in the terminal.")
    parser.add_argument("--version", action="version", version=f"studyapp {__version__}")
    _add_common(parser)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in [only] if only else command_names():
        module = importlib.import_module(f"{COMMAND_PACKAGE}.{name}")
        help_text = (module.__doc__ or "").strip().splitlines()[0]
        command = sub.add_parser(name.rstrip("_").replace("_", "-"), help=help_text, description=help_text)
        command.set_defaults(command_module=module)
        _add_common(command, suppress=True)
        module.add_arguments(command)
    return parser


def _add_common(parser: argparse.ArgumentParser, suppress: bool = False) -> None:
    import argparse

    default = argparse.SUPPRESS if suppress else None
    parser.add_argument("--data-dir", type=Path, default=default, help="data folder (default: the platform's user data folder; env STUDYAPP_DATA_DIR)")
    parser.add_argument("--packs", type=Path, action="append", default=argparse.SUPPRESS if suppress else [], metavar="DIR", help="another folder of packs (repeatable)")


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv:
        args = build_parser(command_module_name(argv[0])).parse_args(argv)
    else:  # plain `studyapp` opens the app: no need to import and describe every command first
        args = SimpleNamespace(command=None, data_dir=None, packs=[])
    module = getattr(args, "command_module", None) or importlib.import_module(f"{COMMAND_PACKAGE}.study")
    from studyapp.context import Context
    from studyapp.paths import resolve_paths

    context = None
    try:
        _stop_on_hangup()
        context = Context(resolve_paths(args.data_dir), list(args.packs or []))
        return module.run(args, context)
    except Stopped as stop:
        return _say_stopped(stop.signum)
    except KeyboardInterrupt:
        return _say_stopped(2)
    except Exception as exc:  # noqa: BLE001 - the last line of defence: one line, never a traceback
        return report_error(exc, context.paths.database if context is not None else None)


class Stopped(KeyboardInterrupt):
    """SIGHUP (terminal closed) or SIGTERM: unwind like Ctrl-C, so an open transaction rolls back."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


STOP_REASONS = {1: "the terminal was closed", 2: "interrupted", 15: "stopped"}


def _stop_on_hangup() -> None:
    import signal
    import threading

    if threading.current_thread() is not threading.main_thread():
        return  # only the main thread may set handlers (e.g. main() called from a test's thread)

    def stop(signum, frame):
        raise Stopped(signum)

    for signum in (signal.SIGHUP, signal.SIGTERM):
        signal.signal(signum, stop)


def _say_stopped(signum: int) -> int:
    """One line on the way out; the terminal may be gone, so writing may fail."""
    try:
        print(f"studyapp: {STOP_REASONS.get(signum, 'stopped')}; every answer given so far is saved.", file=sys.stderr)
    except OSError:
        pass
    return 128 + signum


def report_error(exc: BaseException, database: Path | None = None) -> int:
    """Print one clear line for an error; tracebacks only with STUDYAPP_DEBUG=1."""
    import os

    if os.environ.get("STUDYAPP_DEBUG"):
        raise exc
    message = error_line(exc, database) or f"unexpected error: {type(exc).__name__}: {exc}"
    try:
        print(f"studyapp: {message}", file=sys.stderr)
    except OSError:
        pass  # the terminal is gone
    return 1


def error_line(exc: BaseException, database: Path | None = None) -> str | None:
    """The one line for an error a user's file or setting can cause; None for a bug."""
    import sqlite3

    from studyapp.config import SettingsError
    from studyapp.store import StoreError, describe_error

    if isinstance(exc, (StoreError, SettingsError)):
        return str(exc)
    if isinstance(exc, sqlite3.Error):  # met reading the progress database (damaged in the middle, say)
        return describe_error(exc, database) if database is not None else f"the progress database: {exc}"
    if isinstance(exc, OSError):
        return f"{exc.filename or ''}: {exc.strerror or exc}".lstrip(": ")
    return None
