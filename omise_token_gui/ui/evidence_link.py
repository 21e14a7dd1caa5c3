"""The window's evidence parts wired to the attempt log and the settings (issue 16): the
details pane follows the selected row, the current test case is saved and tags new creates,
Edit → Clear history… (and the history's context menu). (The retention setting's pruning
is ``ui.retention``'s.)

``attach(window)`` is called once the window is populated (``session.populate``), as
``card_copy.attach`` is; the window keeps the link (``window.evidence``).
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction

from omise_token_gui.core import attempts
from omise_token_gui.ui.clear_dialog import ClearChoice, ClearDialog
from omise_token_gui.ui.details_actions import DetailsActions, TableRows
from omise_token_gui.ui.evidence_log import HistoryEvidence
from omise_token_gui.ui.i18n import on_language_change, translator

if TYPE_CHECKING:
    from omise_token_gui.ui.main_window import MainWindow

_ = translator("EvidenceLink")


def scope_of(choice: ClearChoice, now: datetime) -> attempts.ClearScope:
    """The core's scope for what the Clear dialog chose."""
    if choice.kind == "all":
        return attempts.ClearScope(everything=True)
    if choice.kind == "older":
        return attempts.ClearScope.older_than(choice.days, now)
    return attempts.ClearScope(tag=choice.tag)


class EvidenceLink(QObject):
    """Owns the details controller and the Clear history action."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        panel = window.history_panel
        self.details = DetailsActions(
            log=HistoryEvidence(lambda: window.history_store),
            rows=TableRows(panel),
            pane=window.details,
            clipboard=window.clipboard,
            status=window.statusBar(),
        )
        panel.table.selectionModel().selectionChanged.connect(self.details.show_selected)
        window.history_model.modelReset.connect(self.details.show_selected)
        window.history_model.dataChanged.connect(self.details.show_selected)
        panel.evidence_bar.show_test_key(window.settings.current_test_key)
        panel.evidence_bar.test_key_changed.connect(self.use_test_key)
        window.create_actions.test_key = lambda: window.settings.current_test_key
        self.clear_action = QAction(window)
        self.clear_action.setObjectName("action_clear_history")
        self.clear_action.triggered.connect(self.open_clear)
        edit = window.texts.menus.edit_menu  # beside Filter history
        edit.addSeparator()
        edit.addAction(self.clear_action)
        panel.history_actions.append(self.clear_action)
        self.dialog: ClearDialog | None = None
        on_language_change(window, self._retranslate)

    def _retranslate(self) -> None:
        self.clear_action.setText(_("C&lear history…"))
        self.clear_action.setToolTip(
            _("Forget tokens and attempts: all, older than some days, or one test case's")
        )

    # ---------------------------------------------------------------- test case
    def use_test_key(self, key: str) -> None:
        """The tester named the current test case: saved, and used by the next creates."""
        settings = self._window.settings
        if settings.current_test_key == key:
            return
        settings.current_test_key = key
        self._window.save_settings()
        self._window.statusBar().showMessage(
            _("New tokens are now tagged with the test case: {key}").format(key=key)
            if key
            else _("New tokens are no longer tagged with a test case."),
            8000,
        )

    # ---------------------------------------------------------------- clearing
    def open_clear(self) -> None:
        window = self._window
        self.dialog = ClearDialog(
            self.describe, self.clear, self._cleared, window, window.settings.current_test_key
        )
        self.dialog.open()

    def describe(self, choice: ClearChoice) -> str:
        store = self._window.history_store
        return attempts.describe_clear(store, scope_of(choice, datetime.now(UTC)))[0]

    def clear(self, choice: ClearChoice) -> str:
        """Forget what ``choice`` takes (one transaction); the sentence of what went.
        Raises AppError (nothing went)."""
        store = self._window.history_store
        went = attempts.clear(store, scope_of(choice, datetime.now(UTC)))
        return attempts.cleared_text(went)

    def _cleared(self, sentence: str) -> None:
        self._window.history_model.reload()
        self._window.statusBar().showMessage(sentence, 10_000)


def attach(window: MainWindow) -> EvidenceLink:
    link = EvidenceLink(window)
    window.evidence = link  # type: ignore[attr-defined]
    return link
