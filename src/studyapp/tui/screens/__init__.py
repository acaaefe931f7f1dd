"""The app's screens, one module each, each screen's rules in a .tcss file beside it."""

from __future__ import annotations

from pathlib import Path


def styles(name: str) -> str:
    """The rules in ``<name>.tcss`` beside the screens' modules, for a screen's DEFAULT_CSS
    (Textual scopes them to the screen's class). Read as the module is imported, when its
    screen first opens; a start parses app.tcss and the first screen's file alone."""
    return Path(__file__).with_name(f"{name}.tcss").read_text(encoding="utf-8")
