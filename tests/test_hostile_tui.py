"""Pack text is data on every screen: markup and terminal escapes show literally and run nothing.

A pack puts Rich/Textual markup (``[bold]``, ``[/]``, ``[@click=...]``,
``[link=...]``) and terminal escapes (CSI, OSC 52 clipboard writes, OSC 8
links, 8-bit CSI) in every field a screen shows. The tests walk the screens
by keys and check three things on each: the text is on screen as written
(control characters made visible), no cell of the screen carries a click
action or link from pack text, and clicking on the text runs nothing.
"""

from __future__ import annotations

import sys
from pathlib import Path

import yaml
from rich.style import Style
from textual.widgets import Input

from studyapp.context import Context
from studyapp.paths import resolve_paths
from studyapp.tui.text import clean
from test_tui import SIZE, screen_text

CLICK = "[@click=app.pwned]CLICKME[/]"
HOSTILE = [
    "[bold]B[/bold]",
    "[/]",
    CLICK,
    "[@click=screen.pwned()]C2",
    "[link=https://evil.example]LINK[/link]",
    "\x1b[2J\x1b[H",
    "\x1b]52;c;cHduZWQ=\x07",
    "\x1b]8;;https://evil.example\x1b\\OSC8\x1b]8;;\x1b\\",
    "\x9b31mCSI8",
    "\u202eRTL",
]
TEXT = " ".join(HOSTILE)


def make_hostile_app(tmp_path, clock):
    from studyapp.tui.app import StudyApp

    class Probe(StudyApp):
        CSS_PATH = Path(sys.modules[StudyApp.__module__].__file__).with_name("app.tcss")
        pwned = 0

        def action_pwned(self) -> None:
            Probe.pwned += 1

    folder = tmp_path / "hostile"
    folder.mkdir()
    pack = {
        "id": "hostile",
        "title": TEXT,
        "description": TEXT,
        "sources": [{"key": "doc", "title": TEXT}],
        "questions": [
            {
                "id": "pick",
                "type": "choice",
                "category": "concept",
                "prompt": TEXT,
                "choices": [CLICK, TEXT, "plain"],
                "answer": CLICK,
                "explanation": TEXT,
                "source": {"key": "doc", "locator": TEXT},
            },
            {"id": "typed", "type": "short", "category": "concept", "prompt": TEXT, "answer": CLICK, "explanation": TEXT, "source": "doc"},
            {"id": "gaps", "type": "cloze", "category": "concept", "text": f"{CLICK} is {{{{x}}}} and {TEXT}", "explanation": TEXT, "source": "doc"},
            {"id": "steps", "type": "order", "category": "concept", "prompt": TEXT, "items": [CLICK, TEXT, "third"], "explanation": TEXT, "source": "doc"},
        ],
    }
    (folder / "hostile.yaml").write_text(yaml.safe_dump(pack, allow_unicode=True))
    (folder / "broken.yaml").write_text(f"id: broken\ntitle: x\nquestions: []\n{yaml.safe_dump({CLICK: 1})}")
    app = Probe(Context(resolve_paths(None), [folder], bundled=False), clock=clock, seed=5, fuzz=False)
    return app, Probe


def actions_on_screen(app) -> list[tuple[str, str]]:
    """Every piece of the screen whose style would run an action or open a link when clicked."""
    from textual.geometry import Region

    found = []
    for widget in app.screen.query("*"):
        if not widget.display or widget.size.area == 0:
            continue
        for strip in widget.render_lines(Region(0, 0, widget.size.width, widget.size.height)):
            for segment in strip:
                style: Style | None = segment.style
                if style is None:
                    continue
                action = style.meta.get("@click") if style.meta else None
                if (action and any(m in str(action) for m in ("pwned", "quit"))) or (style.link and "evil" in style.link):
                    found.append((type(widget).__name__, segment.text))
    return found


async def click_the_pack_text(pilot, app, limit: int = 1) -> int:
    """Click where the screen shows a ``[@click=...]`` from the pack (up to ``limit`` widgets); returns how many."""
    from textual.geometry import Region
    from textual.widgets import Input, Static

    focused = app.focused
    clicks = 0
    for widget in app.screen.query(Static):
        if not widget.display or widget.size.area == 0:
            continue
        for y, strip in enumerate(widget.render_lines(Region(0, 0, widget.size.width, widget.size.height))):
            x = strip.text.find("CLICKME")
            at = (widget.region.x + x + 2, widget.region.y + y)
            if x >= 0 and app.screen.region.contains(*at) and app.screen.get_widget_at(*at)[0] is widget:  # visible
                await pilot.click(offset=at)
                clicks += 1
                break
        if clicks >= limit:
            break  # clicks are slow, and every cell was scanned for actions already
    if isinstance(focused, Input) and not focused.disabled:
        focused.focus()
    return clicks


def shows(app, text: str) -> bool:
    """The text is on screen as written (wrapping aside), control characters made visible."""
    return "".join(clean(text).split()) in "".join(screen_text(app).split())


def assert_inert(app, probe) -> None:
    assert app.is_running and probe.pwned == 0
    assert actions_on_screen(app) == []


async def test_hostile_pack_text_on_home_study_feedback_and_summary_runs_nothing(tmp_path, clock):
    app, probe = make_hostile_app(tmp_path, clock)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert_inert(app, probe)
        await pilot.press("down", "enter")
        await pilot.pause()
        study = app.screen
        seen = set()
        for _ in range(6):  # four questions, all answered right
            if type(app.screen).__name__ != "StudyScreen":
                break
            question = study.question
            seen.add(question.id)
            assert shows(app, TEXT), question.id
            assert "\x1b" not in screen_text(app) and "\x9b" not in screen_text(app)
            assert_inert(app, probe)
            assert await click_the_pack_text(pilot, app) >= 1
            assert_inert(app, probe)
            # answer with markup of our own, then look at the feedback
            if question.type == "choice":
                await pilot.press(str(study.choices.index(CLICK) + 1))
            elif question.type == "order":
                for item in [CLICK, TEXT, "third"]:
                    await pilot.press(str(study.choices.index(item) + 1))
                await pilot.press("enter")
            else:  # typed markup (keys are typed one by one in the test below)
                for field in study.answer_fields():  # every gap of a cloze
                    field.value = CLICK if question.type == "short" else "x"
                await pilot.press(*["enter"] * len(study.answer_fields()))
            await pilot.pause()
            assert study.phase == "feedback", question.id
            assert shows(app, TEXT) and "Source:" in screen_text(app)
            assert_inert(app, probe)
            assert await click_the_pack_text(pilot, app) >= 1
            assert_inert(app, probe)
            await pilot.press("enter")
            await pilot.pause()
        assert seen == {"pick", "typed", "gaps", "steps"}
        if type(app.screen).__name__ == "StudyScreen":
            await pilot.press("escape")
            await pilot.pause()
        assert type(app.screen).__name__ == "SummaryScreen"
        assert_inert(app, probe)
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("p")  # the problems list quotes the hostile key of broken.yaml
        await pilot.pause()
        assert shows(app, CLICK)
        assert_inert(app, probe)
    assert probe.pwned == 0


async def test_typed_markup_answer_is_saved_and_shown_as_typed(tmp_path, clock, isolated_dirs):
    from studyapp.store import Store
    from studyapp.tui.app import StudyApp

    folder = tmp_path / "one"
    folder.mkdir()
    question = {"id": "typed", "type": "short", "category": "concept", "prompt": CLICK, "answer": "[b]", "explanation": CLICK}
    (folder / "one.yaml").write_text(yaml.safe_dump({"id": "one", "title": CLICK, "questions": [question]}))
    app = StudyApp(Context(resolve_paths(None), [folder], bundled=False), clock=clock, fuzz=False)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("down", "enter")
        await pilot.pause()
        await pilot.press(*"[@click=app.quit]", "enter")  # typed by the learner, key by key
        await pilot.pause()
        assert app.is_running and app.screen.phase == "feedback"
        assert "Your answer:    [@click=app.quit]" in screen_text(app)
        assert actions_on_screen(app) == []
        await pilot.press("escape")
        await pilot.pause()
        assert app.is_running
    store = Store.open(isolated_dirs / "progress.sqlite3")
    assert store.reviews_of("one", "typed")[0]["answer"] == "[@click=app.quit]"
    store.close()


async def test_notifications_show_user_text_literally(tmp_path):
    from conftest import EXAMPLE_PACKS, FakeClock
    from studyapp.context import Context
    from studyapp.paths import resolve_paths
    from studyapp.tui.app import StudyApp

    app = StudyApp(Context(resolve_paths(None), [EXAMPLE_PACKS], bundled=False), clock=FakeClock(), fuzz=False)
    async with app.run_test(size=(80, 24)) as pilot:
        app.screen.notify("Exam '[@click=app.quit]x[/]' cleared")
        await pilot.pause()
        note = next(iter(app._notifications))
        assert note.markup is False and "[@click=app.quit]" in note.message
        assert app.is_running
