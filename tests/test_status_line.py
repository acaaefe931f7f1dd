"""The study screen's status line: where the question is from, the bar, a mock's clock, the count, in one widget."""

from __future__ import annotations

from textual.app import App

from studyapp.tui.widgets.status_line import BAR_WIDTH, COUNT_WIDTH, PROGRESS_WIDTH, StatusLine


class Line(App):
    def compose(self):
        yield StatusLine()


def drawn(app) -> str:
    strip = app.screen._compositor.render_strips()[0]
    return "".join(segment.text for segment in strip)


async def test_the_line_keeps_its_cells_whatever_the_text():
    app = Line()
    async with app.run_test(size=(60, 3)) as pilot:
        line = app.query_one(StatusLine)
        line.show(where="date · History", count="3 of 40", total=40, progress=2)
        await pilot.pause()
        text = drawn(app)
        room = 60 - 2 - PROGRESS_WIDTH - COUNT_WIDTH
        assert text.startswith(" date · History") and text.endswith("3 of 40 ") and len(text) == 60
        assert set(text[1 + room : 1 + room + BAR_WIDTH]) <= set("━╸╺")  # the bar in its slot
        line.show(where="a category · a pack title far too long to fit in the room the line leaves it")
        await pilot.pause()
        text = drawn(app)
        assert room == 24 and text[1 : 1 + room].rstrip() == "a category · a pack"  # cut at a word, as the Label wrapped it
        assert text.endswith("3 of 40 ")
        line.show_clock("⏱ 04:59 ")
        await pilot.pause()
        assert "⏱ 04:59" in drawn(app) and drawn(app).endswith("3 of 40 ") and len(drawn(app)) == 60


async def test_the_bar_turns_to_complete_once_everything_is_answered():
    app = Line()
    async with app.run_test(size=(60, 3)) as pilot:
        line = app.query_one(StatusLine)
        line.show(where="x", count="1 of 2", total=2, progress=1)
        await pilot.pause()
        assert line.fraction == 0.5
        line.show(progress=2)
        await pilot.pause()
        assert line.fraction == 1
        complete = line.get_component_rich_style("bar--complete").color
        assert any(segment.style and segment.style.color == complete for segment in app.screen._compositor.render_strips()[0])
