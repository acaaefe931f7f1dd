"""Reviewing drafted questions: each draft beside the paragraph it came from; accept, edit, reject or skip.

The decisions live in ``studyapp.drafting.review`` (written to the pack as
they are made); this screen only shows the current draft and turns keys into
those calls, so quitting at any point loses nothing.
"""

from __future__ import annotations

import re

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.screen import Screen
from textual.widgets import Input, Label, Static

from studyapp.drafting.review import EDITABLE, DraftReview, ReviewError, field_text
from studyapp.tui.screens import styles
from studyapp.tui.text import literal
from studyapp.tui.widgets.header import AppHeader
from studyapp.tui.widgets.keybar import KeyBar

_FIELD_LABELS = {"text": "Text ({{gap}} marks the answer)", "prompt": "Prompt", "answer": "Answer", "choices": "Choices (separated by |)",
                 "items": "Items, earliest first (separated by |)"}  # fmt: skip


def question_view(question: dict) -> Text:
    """A draft as the learner would meet it, with its answer, as plain text (pack text is never markup)."""
    kind = question.get("type", "?")
    out = Text()
    out.append(f"{kind} · {question.get('category', '')}\n", style="bold")
    if kind == "cloze":
        text = str(question.get("text", ""))
        last = 0
        for match in re.finditer(r"\{\{(.*?)\}\}", text):
            out.append(text[last : match.start()])
            out.append(f"[{match.group(1)}]", style="bold reverse")
            last = match.end()
        out.append(text[last:])
        return out
    out.append(str(question.get("prompt", "")))
    if kind == "choice":
        for choice in question.get("choices", []):
            mark = "✓" if choice == question.get("answer") else "·"
            out.append(f"\n {mark} {choice}")
    elif kind == "order":
        for number, item in enumerate(question.get("items", []), 1):
            out.append(f"\n {number}. {item}")
    else:
        answer = question.get("answer")
        out.append("\nAnswer: ")
        out.append(("true" if answer else "false") if isinstance(answer, bool) else str(answer), style="bold")
    return out


def paragraph_view(paragraph: str, question: dict) -> Text:
    """The source paragraph, with the sentence the draft was made from in bold when it can be found."""
    text = Text(paragraph)
    explanation = str(question.get("explanation", ""))
    quoted = re.search(r'"(.+)"', explanation)
    if quoted:
        at = paragraph.find(quoted.group(1)[:60])
        if at >= 0:
            text.stylize("bold", at, at + len(quoted.group(1)))
    return text


class DraftReviewScreen(Screen):
    """One draft pack, draft by draft."""

    DEFAULT_CSS = styles("draft_review")

    BINDINGS = [
        Binding("a", "accept", "Accept", id="review.accept"),
        Binding("e", "edit", "Edit", id="review.edit"),
        Binding("r", "reject", "Reject", id="review.reject"),
        Binding("s", "skip", "Skip", id="review.skip"),
        Binding("escape", "leave", "Back", id="review.back"),
        Binding("q", "leave", "Back", id="review.quit", show=False),
    ]

    def __init__(self, review: DraftReview) -> None:
        super().__init__()
        self.review = review
        self.editing = False

    def compose(self) -> ComposeResult:
        yield AppHeader()
        yield Static(id="review-status")
        with Horizontal(id="review-body"):
            with VerticalScroll(id="review-source"):
                yield Label("From the document", classes="review-title")
                yield Static(id="review-paragraph")
            with VerticalScroll(id="review-draft"):
                yield Label("Draft", classes="review-title")
                yield Static(id="review-question")
                yield VerticalScroll(id="review-fields")
        yield Static(id="review-message")
        yield KeyBar()

    def on_mount(self) -> None:
        self.show_current()

    # --- drawing ----------------------------------------------------------------------

    def show_current(self) -> None:
        review = self.review
        counts = review.counts()
        draft = review.current
        done = draft is None or draft.status in ("accepted", "rejected")
        status = self.query_one("#review-status", Static)
        where = "all done" if done else f"Draft {review.position + 1}/{len(review.drafts)}"
        status.update(literal(
            f"{where} · {counts['accepted']} accepted · {counts['rejected']} rejected · {counts['skipped']} skipped · "
            f"{counts['pending']} to do · {review.pack_path.name}"
        ))  # fmt: skip
        fields = self.query_one("#review-fields", VerticalScroll)
        fields.remove_children()
        fields.display = False
        self.editing = False
        if done:
            self.query_one("#review-paragraph", Static).update("")
            self.query_one("#review-question", Static).update(
                Text("Every draft is decided. Accepted questions are in the pack and will be studied; Escape to go back.")
            )
            return
        self.query_one("#review-paragraph", Static).update(paragraph_view(draft.paragraph, draft.question))
        self.query_one("#review-question", Static).update(question_view(draft.question))
        self.query_one("#review-draft", VerticalScroll).scroll_home(animate=False)

    def say(self, message: str, error: bool = False) -> None:
        widget = self.query_one("#review-message", Static)
        widget.set_class(error, "error")
        widget.update(literal(message))

    # --- actions ------------------------------------------------------------------------

    def _decide(self, decision, *args) -> None:
        try:
            decision(*args)
        except ReviewError as exc:
            self.say(str(exc), error=True)
            return
        except OSError as exc:
            self.say(f"Could not write {self.review.pack_path.name}: {exc.strerror or exc}", error=True)
            return
        self.say("")
        self.show_current()

    def action_accept(self) -> None:
        if self.editing:
            self._save_edit()
        else:
            self._decide(self.review.accept)

    def action_reject(self) -> None:
        if not self.editing:
            self._decide(self.review.reject)

    def action_skip(self) -> None:
        if not self.editing:
            self._decide(self.review.skip)

    async def action_edit(self) -> None:
        draft = self.review.current
        if self.editing or draft is None or draft.status in ("accepted", "rejected"):
            return
        self.editing = True
        fields = self.query_one("#review-fields", VerticalScroll)
        await fields.remove_children()
        fields.display = True
        widgets = []
        for name in EDITABLE.get(draft.question.get("type", ""), ()):
            widgets.append(Label(_FIELD_LABELS.get(name, name.title())))
            widgets.append(Input(field_text(draft.question, name), name=name, classes="review-field"))
        await fields.mount(*widgets)
        self.say("Edit the fields; Enter accepts the edited question, Escape cancels the edit.")
        if len(widgets) > 1:
            widgets[1].focus()

    @on(Input.Submitted, ".review-field")
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self._save_edit()

    def _save_edit(self) -> None:
        values = {widget.name: widget.value for widget in self.query(".review-field").results(Input) if widget.name}
        self._decide(self.review.accept, values)

    def action_leave(self) -> None:
        if self.editing:
            self.show_current()
            self.say("Edit cancelled.")
            return
        self.dismiss(self.review.counts())
