"""`studyapp draft FILE --review`: the draft review screen on its own, without the study app around it."""

from __future__ import annotations

from textual.app import App

from studyapp.drafting.review import DraftReview


class ReviewApp(App):
    """Runs one DraftReviewScreen and exits when it is dismissed."""

    CSS_PATH = "app.tcss"
    TITLE = "studyapp · review drafts"

    def __init__(self, review: DraftReview) -> None:
        super().__init__()
        self.review = review

    def on_mount(self) -> None:
        from studyapp.tui.screens.draft_review import DraftReviewScreen

        self.push_screen(DraftReviewScreen(self.review), callback=lambda _: self.exit())
