"""What the history panel says about its filter: "25 of 36 tokens", "No tokens match …" in
the table's own area, and "1 new token hidden by the filter"; and its table, whose rows can be
selected several at a time."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QAbstractScrollArea, QLabel, QTableView, QWidget

from omise_token_gui.core.local_format import format_number
from omise_token_gui.ui import palette
from omise_token_gui.ui.i18n import translator
from omise_token_gui.ui.plain import plain_label

_ = translator("HistoryNotes")


def count_text(shown: int, total: int, filtered: bool, attempts: bool = False) -> str:
    """ "36 tokens", or "25 of 36 tokens" while a filter hides some (in the current
    language; numbers grouped as ``core.local_format`` does); ``attempts``: "36 attempts"."""
    if attempts and filtered:
        return _("{shown} of {total} attempt(s)", n=total).format(
            shown=format_number(shown), total=format_number(total)
        )
    if attempts:
        return _("{total} attempt(s)", n=total).format(total=format_number(total))
    if filtered:
        return _("{shown} of {total} token(s)", n=total).format(
            shown=format_number(shown), total=format_number(total)
        )
    return _("{total} token(s)", n=total).format(total=format_number(total))


def hidden_text(hidden: int) -> str:
    if hidden == 0:
        return ""
    return _("%n new token(s) hidden by the filter", n=hidden)


def no_match_text(words: str) -> str:
    words = words.strip()
    if words:
        return _("No tokens match “{words}”.\nClear the filter to see every token.").format(
            words=words
        )
    return _("No tokens match the filter.\nShow all tokens to see every one.")


def viewport_of(area: QAbstractScrollArea) -> QWidget:
    """``area.viewport()``, found by its object name. The same widget, but the first
    ``viewport()`` call of a process costs ~15 ms: PySide6 looks for the most derived type of
    the QWidget it returns and, to do so, builds every QWidget subclass it knows and their
    enums; ``findChild`` names the type. (Both give the same wrapper afterwards.)"""
    found = area.findChild(QWidget, "qt_scrollarea_viewport")
    if isinstance(found, QWidget) and found.parent() is area:
        return found
    return area.viewport()


class EmptyNote(QObject):
    """A note drawn over a table's empty viewport (the table itself keeps its focus and
    tab stop): ``show_text`` shows it, ``hide`` hides it."""

    def __init__(self, table: QAbstractScrollArea) -> None:
        super().__init__(table)
        self._viewport = viewport_of(table)
        self.label: QLabel = plain_label("", self._viewport)
        self.label.setObjectName("noMatchNote")
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setWordWrap(True)
        palette.paint(self.label, palette.Look.MUTED)
        self.label.hide()
        self._viewport.installEventFilter(self)

    def show_text(self, text: str) -> None:
        self.label.setText(text)
        self.label.setGeometry(self._viewport.rect())
        self.label.show()

    def hide(self) -> None:
        self.label.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._viewport and event.type() == QEvent.Type.Resize:
            self.label.setGeometry(self._viewport.rect())
        return False


class HistoryTable(QTableView):
    """Several rows can be selected (Ctrl/Shift + click); ``selectRow`` from code always
    selects just that row. (Qt's would read the modifier keys last pressed: after Ctrl+Enter
    created a token, selecting its row would add it to the old selection.) Tabbing into it
    with no row selected selects the current row (else the first), so that the row keys and
    buttons have a row to work on."""

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        selection = self.selectionModel()
        if selection is not None and not selection.hasSelection():
            current = self.currentIndex()
            self.selectRow(current.row() if current.isValid() else 0)

    def selectRow(self, row: int) -> None:
        model, selection = self.model(), self.selectionModel()
        if model is None or selection is None or not 0 <= row < model.rowCount():
            return
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
        rows = QItemSelectionModel.SelectionFlag.Rows
        index = model.index(row, max(self.currentIndex().column(), 0))
        selection.setCurrentIndex(index, flags | rows)
