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
from omise_token_gui.core.answers import pretty_json
from omise_token_gui.core.history import TokenRecord
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
        self.copy_created = QAction(window)  # the row's create answer, beside Copy JSON
        self.copy_created.setObjectName("action_copy_created_json")
        self.copy_created.triggered.connect(self.copy_created_json)
        self._row: TokenRecord | None = None
        earlier = panel.record_actions  # card_copy's: Copy test card number
        panel.record_actions = lambda record: [
            *(earlier(record) if earlier is not None else []),
            *self._row_actions(record),
        ]
        on_language_change(window, self._retranslate)

    def _retranslate(self) -> None:
        self.clear_action.setText(_("C&lear history…"))
        self.copy_created.setText(_("Copy the create &answer (JSON)"))
        self.copy_created.setToolTip(
            _("The vault's answer when the token was made (Copy JSON gives the latest)")
        )
        self.clear_action.setToolTip(
            _("Forget tokens and attempts: all, older than some days, or one test case's")
        )

    # ---------------------------------------------------------------- row
    def _row_actions(self, record: TokenRecord) -> list[QAction]:
        self._row = record
        return [self.copy_created]

    def copy_created_json(self) -> None:
        """The vault's answer when the row's token was made (Copy JSON copies the latest:
        after a use, its card is gone)."""
        record = self._row
        if record is None:
            return
        found = attempts.created_json(self._window.history_store, record.token_id)
        status = self._window.statusBar()
        if not found:
            status.showMessage(_("No create answer was kept for {token}.").format(
                token=record.token_id), 8000)  # fmt: skip
            return
        self._window.clipboard.set_text(pretty_json(found))
        status.showMessage(
            _("Copied the JSON {token} was created with.").format(token=record.token_id), 5000
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
