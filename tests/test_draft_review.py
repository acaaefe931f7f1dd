"""The draft review: accept, edit, reject, skip by keys; written to the pack at once; quitting halfway and resuming."""

from __future__ import annotations

from pathlib import Path

import pytest

from studyapp.drafting.review import DraftReview, ReviewError, save_context
from studyapp.importers import render_pack
from studyapp.packs import load_pack_file
from studyapp.tui.review_app import ReviewApp
from studyapp.tui.screens.draft_review import DraftReviewScreen

SIZE = (80, 24)


def _question(qid: str, **fields) -> dict:
    base = {"id": qid, "category": "operation", "explanation": f'The document says: "{qid} sentence."',
            "source": {"key": "doc", "locator": "para 1"}, "draft": True}  # fmt: skip
    return {**base, **fields}


@pytest.fixture
def draft_pack(tmp_path) -> tuple[Path, Path]:
    pack = {
        "id": "draft-test",
        "title": "Draft: test",
        "sources": [{"key": "doc", "title": "Test", "file": "test.txt"}],
        "questions": [
            _question("q1", type="cloze", text="India and Japan hold {{JIMEX}} at sea."),
            _question("q2", type="numeric", prompt='How many days? "The ____-day exercise began."', answer=14, category="figure"),
            _question("q3", type="truefalse", prompt="Varuna was first held in 2001.", answer=True, category="date"),
            _question("q4", type="cloze", text="The {{Malabar}} exercise began in 1992."),
        ],
    }
    path = tmp_path / "packs" / "draft-test.yaml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render_pack(pack, "a draft"), encoding="utf-8")
    state = tmp_path / "drafts"
    save_context(state, path, [{"id": "q1", "_paragraph": "The navies of India and Japan hold JIMEX at sea every year."}])
    return path, state


def _drafts(path: Path) -> list[str]:
    loaded, problems = load_pack_file(path)
    assert not [p for p in problems if p.severity == "error"], problems
    return [q.id for q in loaded.questions if q.draft]


def _studied(path: Path) -> dict:
    loaded, _ = load_pack_file(path)
    return {q.id: q for q in loaded.study_questions}


async def test_accept_edit_reject_by_keys_are_written_to_the_pack_at_once(draft_pack):
    path, state = draft_pack
    review = DraftReview(path, state)
    app = ReviewApp(review)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, DraftReviewScreen)
        # the draft beside its paragraph
        assert "every year" in str(screen.query_one("#review-paragraph").render())
        await pilot.press("a")  # accept q1 as it is
        assert "q1" in _studied(path) and _drafts(path) == ["q2", "q3", "q4"]
        await pilot.press("e")  # edit q2 in place: the answer
        await pilot.pause()
        answer = [w for w in screen.query(".review-field") if w.name == "answer"][0]
        answer.focus()
        answer.value = ""
        await pilot.press("1", "5", "enter")
        await pilot.pause()
        studied = _studied(path)
        assert studied["q2"].answer == 15 and "q2" not in _drafts(path)
        await pilot.press("r")  # reject q3: gone from the pack
        loaded, _ = load_pack_file(path)
        assert "q3" not in {q.id for q in loaded.questions}
        assert _drafts(path) == ["q4"]


async def test_an_invalid_edit_is_refused_with_one_line_and_nothing_written(draft_pack):
    path, state = draft_pack
    app = ReviewApp(DraftReview(path, state))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("e")
        await pilot.pause()
        text = [w for w in app.screen.query(".review-field") if w.name == "text"][0]
        text.value = "no gap left here"
        text.focus()
        await pilot.press("enter")
        await pilot.pause()
        assert "gap" in str(app.screen.query_one("#review-message").render())
        assert _drafts(path) == ["q1", "q2", "q3", "q4"]
        await pilot.press("escape")  # cancel the edit; the draft is still there
        assert not app.screen.editing


async def test_quitting_halfway_loses_nothing_and_the_review_resumes_where_it_stopped(draft_pack):
    path, state = draft_pack
    app = ReviewApp(DraftReview(path, state))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("a", "s")  # accept q1, skip q2
        await pilot.press("escape")  # quit halfway
        await pilot.pause()
    assert "q1" in _studied(path)
    resumed = DraftReview(path, state)
    assert resumed.current.question["id"] == "q3"  # where it stopped, not the skipped one
    assert [d.status for d in resumed.drafts] == ["skipped", "pending", "pending"]
    app = ReviewApp(resumed)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("a", "a")  # q3, q4; then the skipped q2 comes back
        assert resumed.current.question["id"] == "q2"
        await pilot.press("r")
        await pilot.pause()
        assert "every draft is decided" in str(app.screen.query_one("#review-question").render()).lower()
    assert _drafts(path) == [] and set(_studied(path)) == {"q1", "q3", "q4"}


def test_a_pack_that_is_not_a_pack_is_refused_in_one_line(tmp_path):
    path = tmp_path / "broken.yaml"
    path.write_text("just: [text\n", encoding="utf-8")
    with pytest.raises(ReviewError) as error:
        DraftReview(path, tmp_path / "drafts")
    assert "\n" not in str(error.value) and "broken.yaml" in str(error.value)


async def test_home_screen_d_opens_the_review_and_accepted_questions_are_studied_after(draft_pack, clock, tmp_path):
    from studyapp.context import Context
    from studyapp.paths import resolve_paths
    from studyapp.tui.app import StudyApp

    path, _ = draft_pack
    paths = resolve_paths(tmp_path / "data")
    paths.ensure()
    moved = paths.user_packs / path.name
    moved.write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    app = StudyApp(Context(paths, [], bundled=False), clock=clock, seed=7, fuzz=False)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("d")
        await pilot.pause()
        assert isinstance(app.screen, DraftReviewScreen)
        await pilot.press("a", "escape")
        await pilot.pause()
        assert not isinstance(app.screen, DraftReviewScreen)
        studied = [q.id for pack in app.packs.packs for q in pack.study_questions]
        assert studied == ["q1"]


def test_pack_text_is_shown_literally_not_as_markup():
    from studyapp.tui.screens.draft_review import paragraph_view, question_view

    question = {"type": "cloze", "category": "operation", "text": "The [bold]{{Malabar}}[/bold] exercise [@click=app.quit]x[/]."}
    shown = question_view(question).plain
    assert "[bold]" in shown and "[@click=app.quit]" in shown and "[Malabar]" in shown
    assert "[/bold]" in paragraph_view("A [/bold] paragraph.", question).plain
