"""The study screen's progress: a bar drawn as Textual's ``ProgressBar`` draws it, in one widget.

Why not ``ProgressBar`` (Textual 8.2): it composes a ``Bar`` and two status labels,
imports ``textual.eta`` and ``textual.clock``, parses their CSS and redraws itself
every second for an ETA the study screen never shows; together 29M instructions
(about 9 ms) of the 10,000-question cold start. This renders the same cells: the
bar ``BAR_WIDTH`` wide in the widget's first cells, ``$primary`` on ``$surface``
(``$success`` once complete), the highlight ending on the half cell below the
exact fraction, as ``Bar`` rounds it.
"""

from __future__ import annotations

from rich.style import Style
from textual.renderables.bar import Bar
from textual.widget import Widget


class ProgressLine(Widget, can_focus=False):
    """``progress`` of ``total`` steps as a bar (``update`` as ``ProgressBar.update``)."""

    BAR_WIDTH = 16
    COMPONENT_CLASSES = {"bar--bar", "bar--complete"}
    DEFAULT_CSS = """
    ProgressLine {
        width: 24;
        height: 1;
        &> .bar--bar {
            color: $primary;
            background: $surface;
        }
        &> .bar--complete {
            color: $success;
            background: $surface;
        }
    }
    """

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self.progress = 0
        self.total = 0

    def update(self, *, total: int, progress: int) -> None:
        if (total, progress) != (self.total, self.progress):
            self.total, self.progress = total, progress
            self.refresh()

    @property
    def fraction(self) -> float:
        """Done over total, 0 to 1 (1 when there is nothing to do)."""
        return min(max(self.progress / self.total, 0.0), 1.0) if self.total else 1.0

    def render(self) -> Bar:
        width = min(self.BAR_WIDTH, self.size.width)
        fraction = self.fraction
        cells = width * 2
        fraction = int(fraction * cells) / cells if cells else fraction  # whole half cells, as Bar keeps them
        style = self.get_component_rich_style("bar--bar" if fraction < 1 else "bar--complete")
        return Bar(
            highlight_range=(0, width * fraction),
            highlight_style=Style.from_color(style.color),
            background_style=Style.from_color(style.bgcolor),
            width=width,
        )
