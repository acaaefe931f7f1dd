"""The study screen's status line, one widget: where the question is from, the progress bar, the count.

Why one widget: the line was a ``Horizontal`` holding two ``Label``s and Textual's
``ProgressBar`` (itself a ``Bar`` and two status labels), each styled, mounted and
restyled when the screen resumes, with ``textual.eta`` and ``textual.clock`` imported
and a redraw every second for an ETA never shown: about 50M instructions (15 ms) of
the 10,000-question cold start. This draws the same cells, left to right after one
cell of padding: ``where`` muted over the room left (its first line when it wraps),
the bar ``BAR_WIDTH`` wide in a ``PROGRESS_WIDTH`` cell slot (``$primary`` on
``$surface``, ``$success`` once complete, ending on the half cell below the exact
fraction as ``Bar`` rounds it), a mock exam's clock (at least ``CLOCK_WIDTH`` cells),
and the count right-aligned in at least ``COUNT_WIDTH`` cells.
"""

from __future__ import annotations

from rich.console import Console, ConsoleOptions, RenderResult
from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual.renderables.bar import Bar
from textual.widget import Widget

BAR_WIDTH = 16
PROGRESS_WIDTH = 24
CLOCK_WIDTH = 9
COUNT_WIDTH = 10


class _Line:
    """The status line's cells, laid out at the width Textual renders it."""

    def __init__(self, line: StatusLine) -> None:
        self.line = line

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        line = self.line
        width = options.max_width
        count = Text(line.count, end="")
        count_width = max(COUNT_WIDTH, count.cell_len)
        clock = line.clock
        clock_width = 0 if clock is None else max(CLOCK_WIDTH, clock.cell_len)
        progress_width = min(PROGRESS_WIDTH, max(0, width - count_width - clock_width))
        where_width = max(0, width - progress_width - count_width - clock_width)
        out = Text(end="", no_wrap=True)
        if where_width:
            where = Text(line.where, style=line.get_component_rich_style("status--where"), end="")
            lines = where.wrap(console, where_width, overflow="fold") if where.cell_len > where_width else [where]
            first = lines[0] if lines else Text()
            first.rstrip()
            first.pad_right(where_width - first.cell_len)
            out.append_text(first)
        yield out
        yield from line.bar_segments(console, progress_width)
        tail = Text(end="", no_wrap=True)
        if clock is not None:
            tail.append_text(clock)
            tail.pad_right(clock_width - clock.cell_len)
        tail.append(" " * (count_width - count.cell_len))
        tail.append_text(count)
        yield tail


class StatusLine(Widget, can_focus=False):
    """``where`` · the bar (``progress`` of ``total``) · ``clock`` (a mock exam's) · ``count``."""

    COMPONENT_CLASSES = {"status--where", "bar--bar", "bar--complete"}
    DEFAULT_CSS = """
    StatusLine {
        height: 1;
        padding: 0 1;
        background: $boost;
        &> .status--where {
            color: $text-muted;
        }
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
        self.where = ""
        self.count = ""
        self.clock: Text | None = None
        """A mock exam's countdown (None: no clock on this line)."""
        self.progress = 0
        self.total = 0

    def show(self, *, where: str | None = None, count: str | None = None, total: int | None = None, progress: int | None = None) -> None:
        """Change what is shown (what is not given stays)."""
        self.where = self.where if where is None else where
        self.count = self.count if count is None else count
        self.total = self.total if total is None else total
        self.progress = self.progress if progress is None else progress
        self.refresh()

    def show_clock(self, clock: Text | str) -> None:
        self.clock = Text(clock) if isinstance(clock, str) else clock
        self.refresh()

    @property
    def fraction(self) -> float:
        """Done over total, 0 to 1 (1 when there is nothing to do)."""
        return min(max(self.progress / self.total, 0.0), 1.0) if self.total else 1.0

    def bar_segments(self, console: Console, width: int) -> list[Segment]:
        bar_width = min(BAR_WIDTH, width)
        cells = bar_width * 2
        fraction = self.fraction
        fraction = int(fraction * cells) / cells if cells else fraction  # whole half cells, as Bar keeps them
        style = self.get_component_rich_style("bar--bar" if fraction < 1 else "bar--complete")
        bar = Bar(
            highlight_range=(0, bar_width * fraction),
            highlight_style=Style.from_color(style.color),
            background_style=Style.from_color(style.bgcolor),
            width=bar_width,
        )
        segments = list(console.render(bar, console.options.update_width(bar_width))) if bar_width else []
        segments = [segment for segment in segments if segment.text != "\n"]
        if width > bar_width:
            segments.append(Segment(" " * (width - bar_width)))
        return segments

    def render(self) -> _Line:
        return _Line(self)
