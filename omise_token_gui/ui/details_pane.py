"""The details of the history's selected row: the request, the answers, the status over
time, the test case and note (editable), the verdict and its reason.

A widget with methods and signals, no rules: ``ui.details_actions`` reads what it shows
from the attempt log and saves what the tester edits (``tag_edited``, ``note_edited``). It
never shows a card number or security code: an attempt holds neither (``core.evidence``),
and what the pane shows of a request is masked once more on the way in (``_masked``).
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from omise_token_gui.core.answers import pretty_json
from omise_token_gui.core.cardnumber import mask_number, number_shape
from omise_token_gui.core.evidence import Attempt, Outcome
from omise_token_gui.core.history import TokenRecord
from omise_token_gui.core.history_columns import local_time, shown
from omise_token_gui.ui import palette
from omise_token_gui.ui.card_form import FIELDS
from omise_token_gui.ui.i18n import on_language_change, translator
from omise_token_gui.ui.plain import plain_label, plain_tooltip

_ = translator("DetailsPane")
_NUMBER = re.compile(number_shape())


class StatusChange(Protocol):
    """One change of a token's state (``core.attempts.TokenEvent``)."""

    @property
    def at(self) -> datetime: ...
    @property
    def kind(self) -> str: ...
    @property
    def used(self) -> bool: ...
    @property
    def charge_status(self) -> str: ...
    @property
    def failure_code(self) -> str | None: ...


@dataclass(frozen=True)
class Details:
    """What the pane shows for one row: its attempt (None: a token whose attempt was lost),
    its token (None: the attempt made none), the token's status changes, and the vault's
    answer when it was created ("" : none kept)."""

    attempt: Attempt | None
    token: TokenRecord | None
    events: Sequence[StatusChange] = ()
    created_json: str = ""

    @property
    def item_id(self) -> str:
        """The id a tag or note is saved under: the token's, else the attempt's."""
        if self.token is not None:
            return self.token.token_id
        return self.attempt.attempt_id if self.attempt is not None else ""


def _masked(text: str) -> str:
    """``text`` with anything shaped like a card number masked (belt and braces)."""
    return _NUMBER.sub(lambda m: mask_number(m.group(0)), text)


def request_lines(request_json: str) -> list[tuple[str, str]]:
    """The request's fields as (label, value) pairs: the card form's label in the current
    language (an unknown field by its name), the value as sent (a number-shaped one masked)."""
    try:
        body = json.loads(request_json or "{}")
    except ValueError:
        return []
    if not isinstance(body, dict):
        return []
    labels = {spec.name: spec.shown_label for spec in FIELDS}  # the card form's, translated
    return [
        (labels.get(str(k), str(k)), _masked(str(v)))
        for k, v in body.items()
        if v not in (None, "")
    ]


def heading_text(details: Details) -> str:
    """The pane's first line: what the row is and how its attempt ended."""
    attempt, token = details.attempt, details.token
    parts: list[str] = []
    if token is not None:
        parts.append(token.token_id)
    if attempt is not None:
        parts.append(outcome_text(attempt))
        if attempt.duration_ms is not None:
            parts.append(_("{ms} ms").format(ms=f"{attempt.duration_ms:,}"))
        parts.append(local_time(attempt.at))
    elif token is not None:
        parts.append(local_time(token.created_at))
    return " · ".join(parts)


def outcome_text(attempt: Attempt) -> str:
    """How the attempt ended, as the all-attempts view's Outcome column says it."""
    fields = {"outcome": str(attempt.outcome), "error_code": attempt.error_code}
    return shown(fields, "outcome")


def event_lines(details: Details) -> list[str]:
    """The token's status over time: one line a change, oldest first."""
    lines = []
    for event in details.events:
        used = _("used") if event.used else _("unused")
        status = event.charge_status + (f": {event.failure_code}" if event.failure_code else "")
        what = _("created") if event.kind == "created" else _("changed")
        lines.append(
            _("{time} — {what}: {used}, charge {status}").format(
                time=local_time(event.at), what=what, used=used, status=status
            )
        )
    return lines


def message_text(attempt: Attempt | None) -> str:
    """A failed attempt's sentence, labelled: Omise's own words as it sent them, or the
    app's (in the language it was made in)."""
    if attempt is None or attempt.succeeded or not attempt.error_message:
        return ""
    if attempt.outcome is Outcome.VAULT_ERROR:
        return _("Vault said: “{message}”").format(message=attempt.error_message)
    return _("Message: {message}").format(message=attempt.error_message)


def verdict_lines(token: TokenRecord | None) -> str:
    if token is None:
        return _("No token: nothing to compare with the card's promise.")
    return f"{shown(token, 'verdict')}\n{token.verdict_reason}"


def _scrolled(layout: QVBoxLayout) -> QScrollArea:
    """A column that scrolls when the pane is short, rather than cutting its last lines."""
    inner = QWidget()
    inner.setLayout(layout)
    layout.setContentsMargins(0, 0, 4, 0)
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(inner)
    return area


class CommitEdit(QLineEdit):
    """A line whose edit is handed on once, on Enter or when the focus leaves it, and only
    when it changed since it was shown (``show_value``)."""

    committed = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self._shown = ""
        self.editingFinished.connect(self._finish)

    def show_value(self, text: str, keep_edit: bool = False) -> None:
        """Show the stored ``text``; with ``keep_edit``, a change the tester is typing is
        left alone (the same row shown again: an auto-refresh must not undo the typing)."""
        self._shown = text
        if not (keep_edit and self.isModified()):
            self.setText(text)

    def _finish(self) -> None:
        self.setModified(False)
        if self.text() != self._shown:
            self._shown = self.text()
            self.committed.emit(self.text())


class DetailsPane(QWidget):
    """The selected row's details (``show_details``); empty with a hint when none is."""

    tag_edited = Signal(str, str)  # item id, the new test case
    note_edited = Signal(str, str)  # item id, the new note
    copy_answer = Signal(str)  # the answer's text (pretty JSON)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("detailsPane")
        self._details: Details | None = None
        self._build()
        on_language_change(self, self._retranslate)
        self.show_details(None)

    def _build(self) -> None:
        self.heading = plain_label()
        self.heading.setObjectName("detailsHeading")
        self.message = plain_label()
        self.message.setObjectName("detailsMessage")
        self.message.setWordWrap(True)
        palette.paint(self.message, palette.Look.ERROR)
        self.request = plain_label()
        self.request.setObjectName("detailsRequest")
        self.request.setWordWrap(True)
        self.verdict = plain_label()
        self.verdict.setObjectName("detailsVerdict")
        self.verdict.setWordWrap(True)
        self.events = plain_label()
        self.events.setObjectName("detailsEvents")
        self.events.setWordWrap(True)
        self.answers = QComboBox()  # which answer: the create's, or the latest refresh's
        self.answers.setObjectName("detailsAnswers")
        self.answers.addItems(["", ""])
        self.stack = QStackedWidget()
        self.created_view, self.latest_view = QPlainTextEdit(), QPlainTextEdit()
        for view, name in ((self.created_view, "createdAnswer"), (self.latest_view, "latest")):
            view.setObjectName(name)
            view.setReadOnly(True)
            view.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
            self.stack.addWidget(view)
        self.answers.currentIndexChanged.connect(self.stack.setCurrentIndex)
        self.copy_button = QPushButton()
        self.copy_button.setObjectName("copyAnswer")
        self.copy_button.clicked.connect(self._copy_shown_answer)
        self.tag_edit, self.note_edit = CommitEdit(), CommitEdit()
        self.tag_edit.setObjectName("detailsTag")
        self.note_edit.setObjectName("detailsNote")
        self.tag_edit.committed.connect(lambda t: self._edited(self.tag_edited, t))
        self.note_edit.committed.connect(lambda t: self._edited(self.note_edited, t))
        self._lay_out()

    def _lay_out(self) -> None:
        left = QVBoxLayout()
        self.request_title, self.verdict_title = plain_label(), plain_label()
        for widget in (self.request_title, self.request, self.verdict_title, self.verdict):
            left.addWidget(widget)
        left.addStretch(1)
        middle = QVBoxLayout()
        choose = QHBoxLayout()
        choose.addWidget(self.answers)
        choose.addStretch(1)
        choose.addWidget(self.copy_button)
        middle.addLayout(choose)
        middle.addWidget(self.stack, 1)
        right = QVBoxLayout()
        form = QFormLayout()
        self.tag_label, self.note_label = plain_label(), plain_label()
        self.tag_label.setBuddy(self.tag_edit)
        self.note_label.setBuddy(self.note_edit)
        form.addRow(self.tag_label, self.tag_edit)
        form.addRow(self.note_label, self.note_edit)
        right.addLayout(form)
        self.events_title = plain_label()
        right.addWidget(self.events_title)
        right.addWidget(self.events)
        right.addStretch(1)
        columns = QHBoxLayout()
        columns.addWidget(_scrolled(left), 2)
        columns.addLayout(middle, 3)
        columns.addWidget(_scrolled(right), 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.message)
        layout.addLayout(columns, 1)

    def _retranslate(self) -> None:
        self.request_title.setText(_("Request (no card number, no security code)"))
        self.verdict_title.setText(_("Verdict"))
        self.events_title.setText(_("Status over time"))
        self.answers.setItemText(0, _("Create answer"))
        self.answers.setItemText(1, _("Latest refresh"))
        self.answers.setAccessibleName(_("Which answer of the vault"))
        self.copy_button.setText(_("Copy this answer"))
        self.copy_button.setAccessibleName(_("Copy the answer shown"))
        self.tag_label.setText(_("Test case:"))
        self.note_label.setText(_("Note:"))
        self.tag_edit.setPlaceholderText(_("e.g. QA-123 (Enter saves)"))
        self.note_edit.setPlaceholderText(_("A note for this attempt (Enter saves)"))
        self.tag_edit.setAccessibleName(_("Test case of the selected row"))
        self.note_edit.setAccessibleName(_("Note of the selected row"))
        self.tag_edit.setToolTip(_("The test case of this row; Enter (or leaving) saves it"))
        self.note_edit.setToolTip(_("A note kept with this row; Enter (or leaving) saves it"))
        self.answers.setToolTip(_("The vault's answer when the token was made, or its latest"))
        self.copy_button.setToolTip(_("Copy the answer shown (JSON)"))
        self.created_view.setAccessibleName(_("Create answer"))
        self.latest_view.setAccessibleName(_("Latest refresh"))
        for view in (self.created_view, self.latest_view):
            view.setToolTip(_("The vault's answer, as kept (no card number)"))
        self.show_details(self._details)

    def tab_chain(self) -> list[QWidget]:
        """The pane's controls in reading order (the window's tab order)."""
        views = [self.created_view, self.latest_view]
        return [self.tag_edit, self.note_edit, self.answers, self.copy_button, *views]

    # ---------------------------------------------------------------- shown
    @property
    def details(self) -> Details | None:
        return self._details

    def show_details(self, details: Details | None) -> None:
        """Show ``details`` (None: nothing is selected)."""
        before = self._details
        same = before is not None and details is not None and before.item_id == details.item_id
        self._details = details
        for widget in (self.tag_edit, self.note_edit, self.copy_button, self.answers):
            widget.setEnabled(details is not None)
        if details is None:
            self._show_nothing()
            return
        attempt, token = details.attempt, details.token
        self.heading.setText(heading_text(details))
        message = message_text(attempt)
        self.message.setText(message)
        self.message.setVisible(bool(message))
        self.message.setToolTip(plain_tooltip(message))
        lines = request_lines(attempt.request_json) if attempt is not None else []
        self.request.setText("\n".join(f"{k}: {v}" for k, v in lines) or _("(not kept)"))
        self.verdict.setText(verdict_lines(token))
        self.events.setText("\n".join(event_lines(details)) or _("(no status kept)"))
        self._show_answers(details)
        source = token if token is not None else attempt
        self.tag_edit.show_value(source.test_key if source is not None else "", same)
        self.note_edit.show_value(source.note if source is not None else "", same)

    def _show_nothing(self) -> None:
        self.heading.setText(_("Select a row in the history to see its details."))
        self.message.hide()
        for label in (self.request, self.verdict, self.events):
            label.setText("")
        self.created_view.setPlainText("")
        self.latest_view.setPlainText("")
        self.tag_edit.show_value("")
        self.note_edit.show_value("")

    def _show_answers(self, details: Details) -> None:
        attempt, token = details.attempt, details.token
        created = details.created_json or (attempt.answer_json if attempt is not None else "")
        latest = token.raw_json if token is not None else ""
        self.created_view.setPlainText(pretty_json(created) if created else _("(no answer)"))
        refreshed = token is not None and token.refreshed_at is not None and latest
        self.latest_view.setPlainText(pretty_json(latest) if refreshed else _("(not refreshed)"))
        latest_item = self.answers.model().item(1)  # type: ignore[attr-defined]
        latest_item.setEnabled(bool(refreshed))
        if not refreshed:
            self.answers.setCurrentIndex(0)

    def has_latest(self) -> bool:
        """The latest refresh's answer can be chosen (the token was refreshed)."""
        return bool(self.answers.model().item(1).isEnabled())  # type: ignore[attr-defined]

    def shown_answer(self) -> str:
        """The answer in the tab on top ("" when there is none to copy)."""
        details = self._details
        if details is None:
            return ""
        if self.answers.currentIndex() == 1 and details.token is not None:
            return pretty_json(details.token.raw_json)
        created = details.created_json or (
            details.attempt.answer_json if details.attempt is not None else ""
        )
        return pretty_json(created) if created else ""

    def _copy_shown_answer(self) -> None:
        text = self.shown_answer()
        if text:
            self.copy_answer.emit(text)

    def _edited(self, signal: SignalInstance, text: str) -> None:
        if self._details is not None and self._details.item_id:
            signal.emit(self._details.item_id, text)
