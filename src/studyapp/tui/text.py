"""Pack text is data: shown literally, never parsed as markup or escapes."""

from __future__ import annotations

import re

from rich.text import Text

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_INVISIBLE = re.compile("[\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u206f\ufeff]")
"""Characters that draw nothing but change what the terminal shows: right-to-left
overrides and isolates (which can make ``evil.exe`` read ``exe.live``), zero-width
spaces and joiners (which hide text or make two answers look alike), the byte
order mark, line and paragraph separators."""


def clean(value: object) -> str:
    """The text with control characters (terminal escapes) and invisible formatting
    characters made visible and inert: ``\\x1b``, ``\\u202e``."""
    text = _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", str(value))
    return _INVISIBLE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def literal(value: object, style: str = "") -> Text:
    """A Rich Text that shows ``[bold]`` or ``[@click=...]`` exactly as written."""
    return Text(clean(value), style=style)
