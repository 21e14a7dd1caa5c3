"""The Export dialog and "Copy as cURL (create)" wired into the window (from
``session.populate``, as ``ui.card_copy`` is): an Export… button in the history's bar, File →
Export history… (``shortcuts``: Ctrl+Shift+X), and the history's row menu entry beside
"Copy curl" (which retrieves).

The rows come from the attempt log (``core.attempts.select``): the selected rows, the rows
the history's filter shows, or all."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QPushButton, QWidget

from omise_token_gui.core.create_curl import create_curl_for
from omise_token_gui.core.errors import AppError
from omise_token_gui.core.evidence import Attempt
from omise_token_gui.core.export.rows import EvidenceRow
from omise_token_gui.core.export.source import Select, evidence_rows
from omise_token_gui.core.history import HistoryFilter, TokenRecord
from omise_token_gui.ui import shortcuts
from omise_token_gui.ui.export_dialog import ExportDialog
from omise_token_gui.ui.history_model import RECORD_ROLE
from omise_token_gui.ui.i18n import on_language_change, translator, without_mnemonic

if TYPE_CHECKING:
    from omise_token_gui.ui.main_window import MainWindow

_ = translator("ExportLink")
# The row's attempt in the history's all-attempts view (ui.history_model.ATTEMPT_ROLE, issue
# 16's details): read when the model gives it, else the row's record (RECORD_ROLE).
ATTEMPT_ROLE = Qt.ItemDataRole.UserRole + 2


def row_id(row: object) -> str | None:
    """The id a history row is selected by: a token's id, or an attempt's."""
    if isinstance(row, TokenRecord):
        return row.token_id
    if isinstance(row, Attempt):
        return row.attempt_id
    attempt = getattr(row, "attempt", None)  # core.attempts.AttemptRow (all-attempts view)
    return attempt.attempt_id if isinstance(attempt, Attempt) else None


class HistoryEvidence:
    """The rows an export covers, read from the attempt log when asked."""

    def __init__(
        self,
        select: Callable[[], Select],
        selected_ids: Callable[[], list[str]],
        where: Callable[[], HistoryFilter],
    ) -> None:
        self._select, self._selected_ids, self._where = select, selected_ids, where

    def rows(self, scope: str, tokens_only: bool) -> list[EvidenceRow]:
        select = self._select()
        if scope == "selected":
            ids = self._selected_ids()
            return evidence_rows(select(ids=ids, tokens_only=tokens_only)) if ids else []
        if scope == "filtered":
            return evidence_rows(select(where=self._where(), tokens_only=tokens_only))
        return evidence_rows(select(tokens_only=tokens_only))


class ExportLink:
    """Opens the dialog (one at a time) and copies a create's curl."""

    def __init__(self, window: MainWindow) -> None:
        self._window = window
        self.dialog: ExportDialog | None = None
        self.native_file_dialog = True  # tests: False (Qt's own dialog, offscreen)

    def select(self) -> Select:
        from omise_token_gui.core import attempts

        return functools.partial(attempts.select, self._window.history_store)

    def selected_ids(self) -> list[str]:
        table = self._window.history_panel.table
        rows = sorted(table.selectionModel().selectedRows(), key=lambda i: i.row())
        found = (
            row_id(index.data(ATTEMPT_ROLE)) or row_id(index.data(RECORD_ROLE)) for index in rows
        )
        return [i for i in found if i]

    def open_dialog(self) -> ExportDialog:
        fmt = "csv"
        if self.dialog is not None:
            fmt = self.dialog.chosen_format  # the one chosen last, for this session
            self.dialog.close()  # its job cancelled
            self.dialog.setObjectName("")
            self.dialog.deleteLater()
        w = self._window
        source = HistoryEvidence(self.select, self.selected_ids, lambda: w.history_model.where)
        tokens_view = not getattr(w.history_model, "all_attempts", False)  # as the history shows
        self.dialog = ExportDialog(
            source,
            w.clipboard,
            w.tasks,
            w,
            fmt=fmt,
            tokens_only=tokens_view,
            native_file_dialog=self.native_file_dialog,
        )
        self.dialog.open()
        return self.dialog

    def create_attempt(self, record: TokenRecord) -> Attempt | None:
        rows = self.select()(ids=[record.token_id], tokens_only=True)
        return rows[0].attempt if rows else None

    def copy_create_curl(self, record: TokenRecord) -> None:
        w = self._window
        attempt = self.create_attempt(record)
        if attempt is None:
            w.statusBar().showMessage(_("No create request is kept for {token}.").format(
                token=record.token_id
            ), 10_000)  # fmt: skip
            return
        sandbox_url = w.service.sandbox_url if w.ready else None
        try:
            command = create_curl_for(
                attempt, w.catalog, w.settings.profile(attempt.profile), sandbox_url
            )
        except AppError as exc:
            text = _("No curl command copied: {reason}").format(reason=exc.human)
            w.statusBar().showMessage(text, 10_000)
            return
        w.clipboard.set_text(command)
        w.statusBar().showMessage(
            _("Copied a curl command that creates the token again (set $CARD_NUMBER, "
              "$CARD_SECURITY_CODE, $OMISE_PUBLIC_KEY where it names them)."),
            10_000,
        )  # fmt: skip

    def record_action(self, record: TokenRecord, parent: QWidget) -> QAction:
        action = QAction(_("Copy as c&URL (create)"), parent)
        action.setObjectName("action_copy_create_curl")
        action.setToolTip(_("A curl command that sends this token's create request again"))
        action.triggered.connect(lambda: self.copy_create_curl(record))
        return action


def attach(window: MainWindow) -> ExportLink:
    """The Export… button, the File menu's entry and the row menu's "Copy as cURL (create)"."""
    link = ExportLink(window)
    panel = window.history_panel
    button = QPushButton()
    button.setObjectName("exportButton")
    button.clicked.connect(link.open_dialog)
    panel.add_to_bar(button)
    QWidget.setTabOrder(panel.auto_refresh, button)  # in reading order: the bar's last
    QWidget.setTabOrder(button, panel.table)
    action = shortcuts.bind(QAction(window), "export")
    action.setObjectName("exportAction")
    action.triggered.connect(link.open_dialog)
    file_menu = _file_menu(window)
    if file_menu is not None and file_menu.actions():
        file_menu.insertAction(file_menu.actions()[0], action)
    else:
        window.addAction(action)

    def retranslate() -> None:
        button.setText(_("E&xport…"))
        button.setAccessibleName(without_mnemonic(button.text()))
        button.setToolTip(_("Export the history: CSV, JSON, Markdown, Jira, JUnit, Xray, TestRail"))
        action.setText(_("&Export history…"))

    on_language_change(button, retranslate)
    previous = panel.record_actions

    def record_actions(record: TokenRecord) -> list[QAction]:
        earlier: list[Any] = previous(record) if previous is not None else []
        return [*earlier, link.record_action(record, panel)]

    panel.record_actions = record_actions
    return link


def _file_menu(window: MainWindow) -> QMenu | None:
    actions = window.menuBar().actions()
    menu = actions[0].menu() if actions else None
    return menu if isinstance(menu, QMenu) else None
