"""A line edit whose text other programs never read through the X11 PRIMARY selection: for the
card number and security code, and for the fields where a tester may type a number to find
it (the catalog search, the history filter)."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtGui import QClipboard, QGuiApplication, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QLineEdit, QWidget


class SecretLineEdit(QLineEdit):
    """A line edit whose selected text is never offered to other programs.

    On X11 a QLineEdit puts whatever is selected into the PRIMARY selection, which any X client
    reads without asking. Here, whenever the app owns PRIMARY holding text of this field, it
    gives the selection up at once, in the same event, before any other program's request can
    be served. Copy and Cut (keyboard or context menu) still fill the clipboard: that is the
    tester's own action. Dragging text out is off."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDragEnabled(False)
        clipboard = QGuiApplication.clipboard()
        if clipboard.supportsSelection():
            clipboard.selectionChanged.connect(self.withdraw_selection)

    @Slot()
    def withdraw_selection(self) -> None:
        """Drop PRIMARY if this app owns it and it holds any part of this field's text."""
        clipboard = QGuiApplication.clipboard()
        if not clipboard.supportsSelection() or not clipboard.ownsSelection():
            return
        exported = clipboard.text(QClipboard.Mode.Selection)
        if exported and exported in self.text():
            clipboard.clear(QClipboard.Mode.Selection)

    # Qt exports the selection from these handlers; withdraw it again before returning.
    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        self.withdraw_selection()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        super().mouseDoubleClickEvent(event)
        self.withdraw_selection()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        super().keyPressEvent(event)
        self.withdraw_selection()
