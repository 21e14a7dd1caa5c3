"""The one seam to the system clipboard, so tests can read what was copied."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtGui import QGuiApplication


class TextClipboard(Protocol):
    """What the controllers copy to (``Clipboard``, or a fake in tests)."""

    def set_text(self, text: str) -> None: ...


class Clipboard:
    def set_text(self, text: str) -> None:
        QGuiApplication.clipboard().setText(text)

    def text(self) -> str:
        return QGuiApplication.clipboard().text()
