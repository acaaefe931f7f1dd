"""Pack text is data: shown literally, never parsed as markup or escapes."""

from __future__ import annotations

import re

from rich.text import Text

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def clean(value: object) -> str:
    """The text with control characters (terminal escapes) made visible and inert."""
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", str(value))


def literal(value: object, style: str = "") -> Text:
    """A Rich Text that shows ``[bold]`` or ``[@click=...]`` exactly as written."""
    return Text(clean(value), style=style)
