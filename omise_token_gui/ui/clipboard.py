"""The one seam to the system clipboard, so tests can read what was copied."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication


class Clipboard:
    def set_text(self, text: str) -> None:
        QGuiApplication.clipboard().setText(text)

    def text(self) -> str:
        return QGuiApplication.clipboard().text()
