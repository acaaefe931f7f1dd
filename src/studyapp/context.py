"""What every command needs: the folders, the settings, the store and the packs."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from studyapp.config import Settings, load_settings
from studyapp.packs import LoadResult, load_packs
from studyapp.paths import AppPaths, pack_folders
from studyapp.store import Store

if TYPE_CHECKING:
    from studyapp.pack_cache import PackCache


@dataclass
class Context:
    paths: AppPaths
    extra_packs: list[Path] = field(default_factory=list)
    bundled: bool = True
    """Load the project's own packs from questions/ (tests turn this off)."""

    @cached_property
    def settings(self) -> Settings:
        return load_settings(self.paths.settings_file)

    @property
    def pack_folders(self) -> list[Path]:
        return pack_folders(self.paths, self.extra_packs, bundled=self.bundled)

    def load_packs(self) -> LoadResult:
        self.paths.ensure()
        cache = self.pack_cache()
        result = load_packs(self.pack_folders, cache=cache)
        cache.prune()
        return result

    def pack_cache(self) -> PackCache:
        """Validated packs kept between runs (see studyapp.pack_cache)."""
        from studyapp.pack_cache import PackCache

        return PackCache(self.paths.data_dir / "cache" / "packs")

    def open_store(self) -> Store:
        self.paths.ensure()
        return Store.open(self.paths.database)
