"""Import a deck from the TUI: a path, then the same preview as ``studyapp import --dry-run``, then write.

The reading, the checks and the preview all come from the headless
``studyapp.importers.preview``; this screen only asks and shows.
"""

from __future__ import annotations

from pathlib import Path

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Input, Static

from studyapp.tui.screens import styles
from studyapp.tui.text import literal
from studyapp.tui.widgets.header import AppHeader
from studyapp.tui.widgets.keybar import KeyBar

PREVIEW = 8
"""Questions shown before writing."""


class ImportScreen(Screen):
    DEFAULT_CSS = styles("import_deck")

    BINDINGS = [
        Binding("escape", "back", "Back", id="import.back"),
        Binding("ctrl+s", "write", "Import", id="import.write"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.plan = None

    def compose(self) -> ComposeResult:
        yield AppHeader()
        with VerticalScroll(id="import-body"):
            yield Static(
                "Import a deck: an Anki package (.apkg, .colpkg, .anki2), an Anki or Quizlet text export, or a CSV/TSV sheet.",
                id="import-intro",
            )
            yield Input(placeholder="Path to the file, then Enter to preview", id="import-path")
            yield Input(placeholder="Columns, only if asked: e.g. prompt,answer,choice,choice,tags", id="import-columns")
            yield Static(id="import-preview")
        yield KeyBar()

    def on_mount(self) -> None:
        self.query_one("#import-path", Input).focus()

    @on(Input.Submitted)
    def preview(self) -> None:
        """Read the file and show what would be written; nothing is written yet."""
        from studyapp.importers import ImportFailure
        from studyapp.importers.preview import plan_import, preview_lines

        raw = self.query_one("#import-path", Input).value.strip().strip("'\"")
        columns = self.query_one("#import-columns", Input).value.strip() or None
        self.plan = None
        if not raw:
            self.show(Text("Type the path of the file to import.", style="italic"))
            return
        source = Path(raw).expanduser()
        if not source.is_file():
            self.show(Text(f"{source}: no such file", style="bold red"))
            return
        context = self.app.context
        try:
            context.paths.ensure()
            self.plan = plan_import(source, context.paths.user_packs, [(p.id, p.path) for p in self.app.packs.packs], columns=columns)
        except ImportFailure as exc:
            self.show(literal(str(exc), "bold red"))
            self.refresh_bindings()
            return
        text = Text()
        for line in self.plan.summary_lines():
            text.append(literal(line, "italic"))
            text.append("\n")
        for message in self.plan.result.skipped[:5]:
            text.append(literal(f"skipped {message}", "yellow"))
            text.append("\n")
        if len(self.plan.result.skipped) > 5:
            text.append(f"... {len(self.plan.result.skipped) - 5} more skipped\n", style="yellow")
        text.append("\n")
        for line in preview_lines(self.plan.pack["questions"], PREVIEW):
            text.append(literal(line))
            text.append("\n")
        text.append(f"\nWould write {self.plan.destination.name}: {self.plan.counts_text()}\n", style="bold")
        text.append("Press Ctrl+S to import, or change the path and press Enter again.", style="italic")
        self.show(text)
        self.refresh_bindings()

    def show(self, content: Text) -> None:
        self.query_one("#import-preview", Static).update(content)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "write":
            return self.plan is not None
        return True

    def action_write(self) -> None:
        from studyapp.importers import ImportFailure, check_size, write_atomically

        plan = self.plan
        if plan is None:
            return
        try:
            check_size(plan.text, plan.source.name)
            write_atomically(plan.destination, plan.text)
        except ImportFailure as exc:
            self.show(literal(str(exc), "bold red"))
            return
        self.app.reload_packs()
        self.notify(f"Imported {len(plan.pack['questions'])} question(s) into {plan.destination.name}.")
        self.app.pop_screen()

    def action_back(self) -> None:
        self.app.pop_screen()
