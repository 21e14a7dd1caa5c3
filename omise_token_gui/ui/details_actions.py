"""The details pane's controller: what the selected row's details are (read from the attempt
log), and the test case and note the tester edits there, saved through the log.

Handed only what it works with (the log, the history model and panel, the pane, the
clipboard, the status line), as ``history_actions`` is; it never imports the window.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from typing import Protocol

from omise_token_gui.core.errors import AppError
from omise_token_gui.core.evidence import Attempt
from omise_token_gui.core.history import HistoryError, TokenRecord
from omise_token_gui.ui.clipboard import TextClipboard
from omise_token_gui.ui.details_pane import Details, DetailsPane, StatusChange
from omise_token_gui.ui.history_actions import StatusLine
from omise_token_gui.ui.history_model import ATTEMPT_ROLE, RECORD_ROLE
from omise_token_gui.ui.history_view import HistoryPanel
from omise_token_gui.ui.i18n import translator

_ = translator("DetailsActions")


class EvidenceLog(Protocol):
    """What the pane's controller asks of the attempt log (``core.attempts`` over the
    history: ``ui.evidence_log.HistoryEvidence``)."""

    def for_token(self, token_id: str) -> list[Attempt]: ...
    def events(self, token_id: str) -> Sequence[StatusChange]: ...
    def created_json(self, token_id: str) -> str | None: ...
    def token(self, token_id: str) -> TokenRecord | None: ...
    def set_tag(self, item_id: str, tag: str) -> None: ...
    def set_note(self, item_id: str, note: str) -> None: ...


class SelectedRow(Protocol):
    """The history panel as the controller reads it: the selected row's attempt and token,
    and a way to show the rows again after an edit."""

    def selected_row(self) -> tuple[Attempt | None, TokenRecord | None] | None: ...
    def rows_changed(self) -> None: ...


class TableRows:
    """``SelectedRow`` over the history panel: its current row, through the model's roles."""

    def __init__(self, panel: HistoryPanel) -> None:
        self._panel = panel

    def selected_row(self) -> tuple[Attempt | None, TokenRecord | None] | None:
        table = self._panel.table
        rows = table.selectionModel().selectedRows()
        if len(rows) != 1:
            return None
        attempt, token = rows[0].data(ATTEMPT_ROLE), rows[0].data(RECORD_ROLE)
        attempt = attempt if isinstance(attempt, Attempt) else None
        token = token if isinstance(token, TokenRecord) else None
        return None if attempt is None and token is None else (attempt, token)

    def rows_changed(self) -> None:
        self._panel.model.reread()


class DetailsActions:
    """Fills ``pane`` for the selected row of ``rows`` (``show_selected``, called on each
    selection change) and saves its edits through ``log()`` (None while no history is open)."""

    def __init__(
        self,
        *,
        log: EvidenceLog,
        rows: SelectedRow,
        pane: DetailsPane,
        clipboard: TextClipboard,
        status: StatusLine,
    ) -> None:
        self._log = log
        self._rows = rows
        self._pane = pane
        self._clipboard = clipboard
        self._status = status
        pane.tag_edited.connect(self.save_tag)
        pane.note_edited.connect(self.save_note)
        pane.copy_answer.connect(self.copy_answer)

    def details_of(self, attempt: Attempt | None, token: TokenRecord | None) -> Details:
        """The row's details: its token as stored now, its create attempt (a token row's),
        the token's status changes and its create answer."""
        if token is None:
            return Details(attempt, None)
        token = self._log.token(token.token_id) or token
        if attempt is None:
            made = self._log.for_token(token.token_id)
            attempt = made[0] if made else None
        events = self._log.events(token.token_id)
        return Details(attempt, token, events, self._log.created_json(token.token_id) or "")

    def show_selected(self) -> None:
        selected = self._rows.selected_row()
        if selected is None:
            self._pane.show_details(None)
            return
        try:
            self._pane.show_details(self.details_of(*selected))
        except (HistoryError, sqlite3.Error) as exc:  # damaged under us: say so, show nothing
            self._pane.show_details(None)
            human = exc.human if isinstance(exc, HistoryError) else str(exc)
            self._status.showMessage(human, 10_000)

    def save_tag(self, item_id: str, tag: str) -> None:
        self._save(self._log.set_tag, item_id, tag, _("Test case saved: {value}"))

    def save_note(self, item_id: str, note: str) -> None:
        self._save(self._log.set_note, item_id, note, _("Note saved."))

    def _save(
        self, setter: Callable[[str, str], None], item_id: str, value: str, done: str
    ) -> None:
        try:
            setter(item_id, value)
        except (AppError, KeyError, sqlite3.Error) as exc:  # nothing was kept
            reason = exc.human if isinstance(exc, AppError) else _("the row is gone")
            self._status.showMessage(_("Not saved: {reason}").format(reason=reason), 10_000)
            return
        self._status.showMessage(done.format(value=value.strip() or "—"), 5000)
        self._rows.rows_changed()
        self.show_selected()

    def copy_answer(self, text: str) -> None:
        self._clipboard.set_text(text)
        self._status.showMessage(_("Copied the vault's answer."), 5000)
