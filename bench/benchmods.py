"""The bench scripts as modules of one another: bench/ is no package, so a script is loaded from its file, once a
process, and every script that asks for it gets the same module object, as an import would give (the bound's grid
rounding, patched by one script, is seen by the others)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

BENCH = Path(__file__).resolve().parent


def load(name: str) -> ModuleType:
    """bench/NAME.py as the module NAME."""
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, BENCH / f"{name}.py")
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]
