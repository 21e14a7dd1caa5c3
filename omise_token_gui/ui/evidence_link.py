"""The window's evidence parts wired to the attempt log and the settings (issue 16): the
details pane follows the selected row, the current test case is saved and tags new creates,
History → Clear history… and the retention setting's pruning (at start, then once a day).

``attach(window)`` is called once the window is populated (``session.populate``), as
``card_copy.attach`` is; the window keeps the link (``window.evidence``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from omise_token_gui.ui.details_actions import DetailsActions, TableRows
from omise_token_gui.ui.evidence_log import HistoryEvidence

if TYPE_CHECKING:
    from omise_token_gui.ui.main_window import MainWindow


class EvidenceLink(QObject):
    """Owns the details controller, the Clear history action and the daily pruning."""

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


def attach(window: MainWindow) -> EvidenceLink:
    link = EvidenceLink(window)
    window.evidence = link  # type: ignore[attr-defined]
    return link
