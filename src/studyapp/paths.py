"""Where studyapp keeps its files.

Data (the progress database, user packs) and config (settings.toml) follow the
platform's conventions through platformdirs; ``STUDYAPP_DATA_DIR`` and
``STUDYAPP_CONFIG_DIR`` (or ``--data-dir``) point them elsewhere, which is how
tests keep away from the real folders.
"""

from __future__ import annotations

import os
from pathlib import Path

from studyapp.lean import lean_dataclass

APP_NAME = "studyapp"
BUNDLED_PACKS = Path(__file__).resolve().parents[2] / "questions"
"""The project's own question packs (present in a source checkout)."""


@lean_dataclass(frozen=True, slots=True)
class AppPaths:
    """The data folder (progress, packs, backups) and the config folder."""

    data_dir: Path
    config_dir: Path

    @property
    def database(self) -> Path:
        return self.data_dir / "progress.sqlite3"

    @property
    def user_packs(self) -> Path:
        return self.data_dir / "packs"

    @property
    def backups(self) -> Path:
        return self.data_dir / "backups"

    @property
    def settings_file(self) -> Path:
        return self.config_dir / "settings.toml"

    def ensure(self) -> None:
        self.data_dir.mkdir(parents=True, exist_ok=True)
        self.user_packs.mkdir(parents=True, exist_ok=True)


def resolve_paths(data_dir: str | os.PathLike | None = None, config_dir: str | os.PathLike | None = None) -> AppPaths:
    """The folders to use: explicit arguments, then environment, then platform defaults."""
    data = data_dir or os.environ.get("STUDYAPP_DATA_DIR")
    config = config_dir or os.environ.get("STUDYAPP_CONFIG_DIR")
    if data is None or config is None:
        import platformdirs

        if data is None:
            data = platformdirs.user_data_dir(APP_NAME, appauthor=False)
        if config is None:
            # With an explicit data folder and no config folder, keep config beside the data.
            config = Path(data) if (data_dir or os.environ.get("STUDYAPP_DATA_DIR")) else platformdirs.user_config_dir(APP_NAME, appauthor=False)
    return AppPaths(Path(data).expanduser(), Path(config).expanduser())


def pack_folders(paths: AppPaths, extra: list[Path] | tuple[Path, ...] = (), bundled: bool = True) -> list[Path]:
    """Where packs are discovered: bundled, the user's pack folder, then --packs folders."""
    folders = [BUNDLED_PACKS] if bundled and BUNDLED_PACKS.is_dir() else []
    folders.append(paths.user_packs)
    folders.extend(extra)
    return folders
