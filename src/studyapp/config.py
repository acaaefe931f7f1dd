"""Settings, kept in a small TOML file the learner may also edit by hand."""

from __future__ import annotations

from dataclasses import asdict, field, fields
from pathlib import Path

from studyapp.lean import lean_dataclass

DATE_ORDERS = ("dmy", "mdy", "ymd")
"""Day first (India, Europe), month first (US), year first (ISO)."""
THEMES = ("textual-dark", "textual-light", "nord", "gruvbox", "tokyo-night", "monokai", "dracula", "catppuccin-mocha", "solarized-light")


@lean_dataclass(slots=True)
class Settings:
    """The learner's settings (settings.toml)."""

    new_per_day: int = 20
    """New questions introduced per day (across all packs)."""
    desired_retention: float = 0.9
    """FSRS target recall probability at the moment a review falls due."""
    theme: str = "textual-dark"
    keys: dict[str, str] = field(default_factory=dict)
    """Key remaps: binding id -> key(s), e.g. ``{"study.skip" = "ctrl+s"}``."""
    date_order: str = "dmy"
    """How all-numeric dates in answers are read: dmy (12.06.2026 is 12 June), mdy or ymd."""

    def validated(self) -> "Settings":
        """Check the types a hand-edited file may get wrong; clamp numbers into ranges the scheduler accepts."""
        self.new_per_day = max(0, min(int(_number("new_per_day", self.new_per_day, "a whole number from 0 to 1000")), 1000))
        self.desired_retention = max(0.7, min(float(_number("desired_retention", self.desired_retention, "a number from 0.7 to 0.99")), 0.99))
        if not isinstance(self.theme, str):
            raise ValueError(f"theme must be a theme name in quotes (one of {', '.join(THEMES)}), not {_shown(self.theme)}")
        if not isinstance(self.keys, dict):
            raise ValueError(f"keys must be a table of binding id = \"key\" (e.g. [keys] \"study.end\" = \"ctrl+e\"), not {_shown(self.keys)}")
        for binding, key in self.keys.items():
            if not isinstance(key, str) or not key.strip():
                raise ValueError(f'keys: {_shown(binding)} = {_shown(key)}: a key must be text in quotes, like "ctrl+e"')
        if self.date_order not in DATE_ORDERS:
            raise ValueError(f"date_order must be one of {', '.join(DATE_ORDERS)}, not {self.date_order!r}")
        return self


def _number(name: str, value: object, what: str) -> float:
    import math

    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise ValueError(f"{name} must be {what}, not {_shown(value)}")
    return value


def _shown(value: object) -> str:
    """A setting's value for a message: short, one line."""
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


class SettingsError(Exception):
    pass


def load_settings(path: Path) -> Settings:
    """Read settings; a missing file gives the defaults, a broken one an error naming it."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return Settings()
    except (OSError, UnicodeDecodeError) as exc:
        raise SettingsError(f"{path}: {exc}") from None
    import tomllib  # here, not at the top: it compiles its regexes on import (about 10 ms of start-up)

    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise SettingsError(f"{path}: {exc}") from None
    known = {f.name for f in fields(Settings)}
    values = {k: v for k, v in raw.items() if k in known}
    try:
        return Settings(**values).validated()
    except (TypeError, ValueError, OverflowError) as exc:
        raise SettingsError(f"{path}: {exc}") from None


def save_settings(path: Path, settings: Settings) -> None:
    """Write settings atomically so a crash never leaves half a file."""
    import tomli_w

    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".toml.tmp")
    tmp.write_text(tomli_w.dumps(asdict(settings)), encoding="utf-8")
    tmp.replace(path)
