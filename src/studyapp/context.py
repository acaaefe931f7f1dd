"""What every command needs: the folders, the settings, the store and the packs."""

from __future__ import annotations

from dataclasses import field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from studyapp.config import Settings, load_settings
from studyapp.lean import lean_dataclass
from studyapp.packs import LoadResult, load_packs
from studyapp.paths import AppPaths, pack_folders
from studyapp.store import BUSY_TIMEOUT_MS, DamagedDatabase, Store

if TYPE_CHECKING:
    from studyapp.pack_cache import PackCache


@lean_dataclass
class Context:
    """What a command works with: the folders, and the settings, store and packs read from them."""

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
        # the grader's typo guard: another pack's answer is a real name, never a typo (read
        # lazily; handed over when grading is first imported, which start-up leaves out)
        from studyapp.session import remember_pack_answers

        remember_pack_answers(_answers_of(result.packs))
        return result

    def pack_cache(self) -> PackCache:
        """Validated packs kept between runs (see studyapp.pack_cache)."""
        from studyapp.pack_cache import PackCache

        return PackCache(self.paths.data_dir / "cache" / "packs")

    def open_store(self, busy_timeout_ms: int = BUSY_TIMEOUT_MS) -> Store:
        """The progress database; one that holds no usable progress is refused, pointing at the backups."""
        self.paths.ensure()
        try:
            return Store.open(self.paths.database, busy_timeout_ms=busy_timeout_ms)
        except DamagedDatabase as exc:
            from studyapp.backup import restore_hint

            raise DamagedDatabase(f"{str(exc).removesuffix('; see `studyapp check`')}; {restore_hint(self.paths.backups)}") from None


def _answers_of(packs):
    """Every answer, accepted answer, choice and gap of the loaded packs, as a lazy stream
    (a cached pack keeps them apart: its questions need not be built for this)."""
    for pack in packs:
        yield from pack.answers()
