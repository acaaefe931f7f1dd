"""The bench scripts' modules for tests: bench/ goes on the path (last, so it shadows nothing) and its own loader,
``benchmods.load``, gives each script once a process."""

from __future__ import annotations

import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[1] / "bench"
if str(BENCH) not in sys.path:
    sys.path.append(str(BENCH))

from benchmods import load as bench_module  # noqa: E402  the path first

__all__ = ["bench_module"]
