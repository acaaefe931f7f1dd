"""Settings, kept in a small TOML file the learner may also edit by hand."""

from __future__ import annotations

import tomllib
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path

THEMES = ("textual-dark", "textual-light", "nord", "gruvbox", "tokyo-night", "monokai", "dracula", "catppuccin-mocha", "solarized-light")


@dataclass(slots=True)
class Settings:
    new_per_day: int = 20
    """New questions introduced per day (across all packs)."""
    desired_retention: float = 0.9
    """FSRS target recall probability at the moment a review falls due."""
    theme: str = "textual-dark"
    keys: dict[str, str] = field(default_factory=dict)
    """Key remaps: binding id -> key(s), e.g. ``{"study.skip" = "ctrl+s"}``."""

    def validated(self) -> "Settings":
        """Clamp values into ranges the scheduler accepts."""
        self.new_per_day = max(0, min(int(self.new_per_day), 1000))
        self.desired_retention = max(0.7, min(float(self.desired_retention), 0.99))
        if not isinstance(self.keys, dict):
            self.keys = {}
        return self


class SettingsError(Exception):
    pass


def load_settings(path: Path) -> Settings:
    """Read settings; a missing file gives the defaults, a broken one an error naming it."""
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Settings()
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise SettingsError(f"{path}: {exc}") from None
    known = {f.name for f in fields(Settings)}
    values = {k: v for k, v in raw.items() if k in known}
    try:
        return Settings(**values).validated()
    except (TypeError, ValueError) as exc:
        raise SettingsError(f"{path}: {exc}") from None


def save_settings(path: Path, settings: Settings) -> None:
    """Write settings atomically so a crash never leaves half a file."""
    import tomli_w

    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".toml.tmp")
    tmp.write_text(tomli_w.dumps(asdict(settings)), encoding="utf-8")
    tmp.replace(path)
