"""A calendar heatmap: one cell per day, weeks as columns, shaded by reviews.

No chart library draws a calendar, so this one is ours. Colours come from
component classes set with theme variables, so every theme shades it. The
arrow keys move a cursor (up/down a day, left/right a week) and the last
line describes the day under it.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.binding import Binding
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.strip import Strip
from textual.widget import Widget

from studyapp.stats import Day, heat_level

WEEKDAYS = ("Mon", "", "Wed", "", "Fri", "", "Sun")
LABEL_WIDTH = 4
CELL = "■"
ROWS = 1 + 7 + 1  # months, the week, the description


def describe(day: Day | None) -> str:
    """What the description line says about a day."""
    if day is None:
        return "No reviews yet."
    when = f"{day.day:%a %d %b %Y}"
    if not day.reviews:
        return f"{when}: no reviews"
    return f"{when}: {day.reviews} review{'s' if day.reviews != 1 else ''}, {day.accuracy:.0%} right ({day.correct})"


class Heatmap(Widget, can_focus=True):
    """Reviews per day for the last year; ``cursor`` is an index into ``days``."""

    COMPONENT_CLASSES = {
        "heatmap--label",
        "heatmap--level-0",
        "heatmap--level-1",
        "heatmap--level-2",
        "heatmap--level-3",
        "heatmap--level-4",
        "heatmap--cursor",
    }
    DEFAULT_CSS = """
    Heatmap {
        height: 9;
        width: 100%;
    }
    Heatmap > .heatmap--label { color: $text-muted; }
    Heatmap > .heatmap--level-0 { color: $panel-lighten-2; }
    Heatmap > .heatmap--level-1 { color: $success 35%; }
    Heatmap > .heatmap--level-2 { color: $success 60%; }
    Heatmap > .heatmap--level-3 { color: $success 80%; }
    Heatmap > .heatmap--level-4 { color: $success; }
    Heatmap > .heatmap--cursor { background: $accent; color: $text; }
    Heatmap:focus > .heatmap--cursor { background: $accent; text-style: bold reverse; }
    """
    BINDINGS = [
        Binding("up", "move(-1)", "Day before", show=False, id="heatmap.up"),
        Binding("down", "move(1)", "Day after", show=False, id="heatmap.down"),
        Binding("left", "move(-7)", "Week before", show=False, id="heatmap.left"),
        Binding("right", "move(7)", "Week after", show=False, id="heatmap.right"),
        Binding("home", "jump(0)", "First day", show=False, id="heatmap.home"),
        Binding("end", "jump(-1)", "Today", show=False, id="heatmap.end"),
    ]

    cursor: reactive[int] = reactive(0)

    class DayChanged(Message):
        """The cursor moved to another day."""

        def __init__(self, heatmap: "Heatmap", day: Day) -> None:
            super().__init__()
            self.heatmap = heatmap
            self.day = day

    def __init__(self, days: Sequence[Day] = (), *, name: str | None = None, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(name=name, id=id, classes=classes)
        self.days: list[Day] = list(days)
        self.set_reactive(Heatmap.cursor, max(0, len(self.days) - 1))

    # --- data and cursor ---------------------------------------------------

    def set_days(self, days: Sequence[Day]) -> None:
        """New data; the cursor goes to today (the last day)."""
        self.days = list(days)
        self.cursor = max(0, len(self.days) - 1)
        self.refresh()

    @property
    def day(self) -> Day | None:
        return self.days[self.cursor] if self.days else None

    def validate_cursor(self, value: int) -> int:
        return max(0, min(value, len(self.days) - 1)) if self.days else 0

    def watch_cursor(self, old: int, new: int) -> None:
        self.refresh()
        if self.day is not None and old != new:
            self.post_message(self.DayChanged(self, self.day))

    def action_move(self, step: int) -> None:
        self.cursor += step

    def action_jump(self, index: int) -> None:
        self.cursor = index if index >= 0 else len(self.days) + index

    def select(self, when: date) -> None:
        """Put the cursor on a date (ignored outside the range)."""
        for index, day in enumerate(self.days):
            if day.day == when:
                self.cursor = index
                return

    # --- layout --------------------------------------------------------------

    @property
    def _offset(self) -> int:
        """Empty cells before the first day in its week column (Monday is row 0)."""
        return self.days[0].day.weekday() if self.days else 0

    def _position(self, index: int) -> tuple[int, int]:
        """(column, row) of day ``index``."""
        slot = self._offset + index
        return slot // 7, slot % 7

    def _columns(self) -> int:
        return (self._offset + len(self.days) + 6) // 7 if self.days else 0

    def _visible(self) -> tuple[int, int]:
        """First and last week column that fit, keeping the cursor in view."""
        columns = self._columns()
        fit = max(1, self.size.width - LABEL_WIDTH)
        if columns <= fit:
            return 0, columns
        cursor_column = self._position(self.cursor)[0]
        first = max(0, min(columns - fit, cursor_column - fit + 1))
        return first, first + fit

    def get_content_width(self, container: Size, viewport: Size) -> int:
        return LABEL_WIDTH + self._columns()

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        return ROWS

    def on_click(self, event: events.Click) -> None:
        first, _ = self._visible()
        column, row = event.x - LABEL_WIDTH + first, event.y - 1
        if event.x < LABEL_WIDTH or not 0 <= row < 7:
            return
        index = column * 7 + row - self._offset
        if 0 <= index < len(self.days):
            self.cursor = index
            self.focus()

    # --- drawing ---------------------------------------------------------------

    def render_line(self, y: int) -> Strip:
        # The widget's own colours under every cell, so the background is even.
        return self._line(y).apply_style(self.rich_style)

    def _line(self, y: int) -> Strip:
        width = self.size.width
        label = self.get_component_rich_style("heatmap--label")
        if y == ROWS - 1:
            return Strip([Segment(describe(self.day)[:width], label)]).adjust_cell_length(width)
        first, last = self._visible()
        if y == 0:
            return Strip([Segment(self._month_line(first, last), label)]).adjust_cell_length(width)
        row = y - 1
        segments = [Segment(WEEKDAYS[row].ljust(LABEL_WIDTH), label)]
        peak = max((d.reviews for d in self.days), default=0)
        levels = [self.get_component_rich_style(f"heatmap--level-{n}") for n in range(5)]
        cursor_style = self.get_component_rich_style("heatmap--cursor")
        for column in range(first, last):
            index = column * 7 + row - self._offset
            if not 0 <= index < len(self.days):
                segments.append(Segment(" "))
                continue
            style: Style = levels[heat_level(self.days[index].reviews, peak)]
            if index == self.cursor:
                style = style + cursor_style
            segments.append(Segment(CELL, style))
        return Strip(segments).adjust_cell_length(width)

    def _month_line(self, first: int, last: int) -> str:
        """Month names above the week in which each month starts."""
        line = [" "] * (LABEL_WIDTH + last - first)
        for index, day in enumerate(self.days):
            if day.day.day != 1 and index != 0:
                continue
            column = self._position(index)[0] - first + LABEL_WIDTH
            name = f"{day.day:%b}"
            if column >= LABEL_WIDTH and column + len(name) <= len(line) and all(c == " " for c in line[column : column + len(name) + 1]):
                line[column : column + len(name)] = name
        return "".join(line)
