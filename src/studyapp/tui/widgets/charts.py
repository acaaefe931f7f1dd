"""Charts of the Progress screen, drawn by Plotext through ``textual-plotext``.

The plot's background and text follow the app theme (textual-plotext's
"auto" theme); the bars and lines take the theme's own colours and are
redrawn when the theme changes. Each chart keeps the numbers it shows, so
tests read those rather than scraping Plotext's drawing.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from textual.color import Color
from textual_plotext import PlotextPlot

from studyapp.stats import Day


def theme_rgb(widget: PlotextPlot, variable: str, fallback: str = "#4caf50") -> tuple[int, int, int]:
    """A colour of the current theme as Plotext's (r, g, b)."""
    try:
        return Color.parse(widget.app.theme_variables.get(variable, fallback)).rgb
    except Exception:  # noqa: BLE001 - an odd theme value must not break the chart
        return Color.parse(fallback).rgb


def ticks(dates: Sequence[date], every: int, fmt: str) -> tuple[list[int], list[str]]:
    positions = list(range(0, len(dates), every))
    return positions, [f"{dates[i]:{fmt}}" for i in positions]


class _ThemedPlot(PlotextPlot):
    def on_mount(self) -> None:
        # PlotextPlot's own on_mount (the auto theme) runs too: Textual calls each class's handler.
        self.app.theme_changed_signal.subscribe(self, lambda _theme: self.draw())
        self.draw()

    def draw(self) -> None:
        raise NotImplementedError

    def _reset(self, title: str):
        plt = self.plt
        plt.clear_figure()
        plt.title(title)
        return plt


class ForecastChart(_ThemedPlot):
    """Questions falling due on each of the next days, as bars."""

    DEFAULT_CSS = """
    ForecastChart {
        height: 12;
    }
    """

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self.days: list[date] = []
        self.values: list[int] = []

    def show(self, forecast: Sequence[tuple[date, int]]) -> None:
        self.days = [d for d, _ in forecast]
        self.values = [n for _, n in forecast]
        if self.is_mounted:
            self.draw()

    def draw(self) -> None:
        plt = self._reset(f"Due per day, next {len(self.values)} days ({sum(self.values)} in all)")
        if not self.values:
            self.refresh()
            return
        plt.bar(list(range(len(self.values))), self.values, color=theme_rgb(self, "primary"), width=0.7)
        plt.xticks(*ticks(self.days, 7, "%d %b"))
        plt.ylim(0, max(1, max(self.values)))
        self.refresh()


class AccuracyChart(_ThemedPlot):
    """Share of right answers per week, as a line (weeks without reviews are skipped)."""

    DEFAULT_CSS = """
    AccuracyChart {
        height: 12;
    }
    """

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self.weeks: list[date] = []
        self.values: list[float] = []

    def show(self, weeks: Sequence[Day]) -> None:
        kept = [w for w in weeks if w.reviews]
        self.weeks = [w.day for w in kept]
        self.values = [round(100 * w.correct / w.reviews, 1) for w in kept]
        if self.is_mounted:
            self.draw()

    def draw(self) -> None:
        plt = self._reset("Accuracy per week (%)")
        if not self.values:
            plt.title("Accuracy per week: no reviews yet")
            self.refresh()
            return
        x = list(range(len(self.values)))
        plt.plot(x, self.values, color=theme_rgb(self, "success"), marker="hd")
        # from a round ten below the worst week, so small changes show; 100% at the top
        plt.ylim(max(0, (min(self.values) - 5) // 10 * 10), 100)
        plt.xlim(0, max(1, len(x) - 1))
        plt.xticks(*ticks(self.weeks, max(1, len(self.weeks) // 5), "%d %b"))
        self.refresh()
