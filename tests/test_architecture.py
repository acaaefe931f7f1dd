"""The core never imports Textual, so the CLI and the tests start fast."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import pytest

import studyapp

TUI_PACKAGE = "studyapp.tui"


def core_modules() -> list[str]:
    names = []
    for module in pkgutil.walk_packages(studyapp.__path__, "studyapp."):
        if module.name == TUI_PACKAGE or module.name.startswith(TUI_PACKAGE + ".") or module.name == "studyapp.__main__":
            continue
        names.append(module.name)
    return names


def test_there_are_core_modules_to_check():
    assert {"studyapp.packs", "studyapp.grading", "studyapp.scheduling", "studyapp.store", "studyapp.session"} <= set(core_modules())


@pytest.mark.parametrize("module", ["studyapp.cli", "studyapp.packs", "studyapp.grading", "studyapp.scheduling", "studyapp.store", "studyapp.session", "studyapp.context"])
def test_core_module_imports_without_textual(module):
    code = f"import sys, {module}; sys.exit('textual' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code]).returncode == 0, f"{module} imports textual"


def test_no_core_module_imports_textual():
    """Every non-TUI module, imported in one fresh interpreter."""
    modules = core_modules()
    code = "import importlib, sys\nfor m in sys.argv[1:]: importlib.import_module(m)\nsys.exit(1 if 'textual' in sys.modules else 0)"
    result = subprocess.run([sys.executable, "-c", code, *modules], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr or "a core module imported textual"


def test_validate_command_runs_as_a_process_without_textual(tmp_path):
    code = "import sys\nfrom studyapp.cli import main\nrc = main(['validate', sys.argv[1]])\nsys.exit(rc if 'textual' not in sys.modules else 99)"
    pack_dir = __import__("conftest").EXAMPLE_PACKS
    result = subprocess.run([sys.executable, "-c", code, str(pack_dir)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "1 pack(s), 6 question(s): 0 error(s), 0 warning(s)" in result.stdout


def test_studyapp_command_validate_exits_non_zero_on_errors(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("id: bad\ntitle: Bad\nquestions:\n  - id: q\n    type: short\n    category: place\n    prompt: P\n")
    result = subprocess.run([sys.executable, "-m", "studyapp", "validate", str(bad)], capture_output=True, text=True)
    assert result.returncode == 1
    assert "bad.yaml:4: question 'q': missing 'answer'" in result.stderr
    assert "Traceback" not in result.stderr


def test_study_without_a_terminal_says_so_in_one_line():
    result = subprocess.run([sys.executable, "-m", "studyapp"], capture_output=True, text=True, stdin=subprocess.DEVNULL)
    assert result.returncode == 2
    assert result.stderr.strip().count("\n") == 0 and "needs a terminal" in result.stderr
