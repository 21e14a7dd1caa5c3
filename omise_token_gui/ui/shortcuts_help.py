"""Help → Keyboard shortcuts: every row of ``shortcuts.SHORTCUTS`` (keys, where, what)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from omise_token_gui import PRODUCT_NAME
from omise_token_gui.core.i18n import QT_TRANSLATE_NOOP
from omise_token_gui.ui import shortcuts
from omise_token_gui.ui.i18n import on_language_change, translator

_ = translator("ShortcutsDialog")
HEADERS = (
    QT_TRANSLATE_NOOP("ShortcutsDialog", "Keys"),
    QT_TRANSLATE_NOOP("ShortcutsDialog", "Where"),
    QT_TRANSLATE_NOOP("ShortcutsDialog", "What it does"),
)


class ShortcutsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.table = QTableWidget(len(shortcuts.rows()), len(HEADERS))
        self.table.setObjectName("shortcutsTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        self._close = buttons.button(QDialogButtonBox.StandardButton.Close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(760, 560)
        on_language_change(self, self._retranslate)

    def _retranslate(self) -> None:
        self.setWindowTitle(_("Keyboard shortcuts — {product}").format(product=PRODUCT_NAME))
        self.table.setAccessibleName(_("Keyboard shortcuts"))
        self.table.setToolTip(_("Every keyboard shortcut of the window"))
        self.table.setHorizontalHeaderLabels(
            [QCoreApplication.translate("ShortcutsDialog", h) for h in HEADERS]
        )
        for row, cells in enumerate(shortcuts.rows()):
            for col, text in enumerate(cells):
                self.table.setItem(row, col, QTableWidgetItem(text))
        if self._close is not None:
            self._close.setAccessibleName(_("Close"))
            self._close.setToolTip(_("Close this list"))

    def texts(self) -> list[tuple[str, ...]]:
        """What the table shows, row by row."""
        cells = [
            [self.table.item(r, c) for c in range(self.table.columnCount())]
            for r in range(self.table.rowCount())
        ]
        return [tuple(item.text() if item else "" for item in row) for row in cells]
