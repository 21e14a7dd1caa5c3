"""Labels, message boxes and tooltips that show text literally, never as HTML.

Qt renders a label's text as rich text when it merely looks like HTML (``Qt.AutoText``), so a
vault message such as ``<b style=color:green>✔ Token created OK</b>`` would paint as a fake
success. Every label and message box in the app comes from here; the only rich labels are
static text written in this package (About), made with :func:`rich_label`.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

PLAIN = Qt.TextFormat.PlainText


def plain_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    """A label that shows ``text`` (and whatever is set later) exactly as written."""
    label = QLabel(parent)
    label.setTextFormat(PLAIN)
    label.setText(text)
    return label


class WrappedLabel(QLabel):
    """A plain, word-wrapped label that is never given less height than its text needs at
    the width it has: the window's scroll area gives the layout less than its preferred
    height on a small screen (``ui.fit_scroll``), and a wrapped label's own minimum is a
    guess that cut an error's third line in Thai at 1280x720."""

    def minimumSizeHint(self) -> QSize:
        least = super().minimumSizeHint()
        if self.isHidden() or not self.text() or self.width() <= 0:
            return least
        return QSize(least.width(), max(least.height(), self.heightForWidth(self.width())))


def wrapped_label(text: str = "", parent: QWidget | None = None) -> WrappedLabel:
    """A ``WrappedLabel`` that shows ``text`` (and whatever is set later) exactly as written."""
    label = WrappedLabel(parent)
    label.setTextFormat(PLAIN)
    label.setWordWrap(True)
    label.setText(text)
    return label


def rich_label(static_html: str, parent: QWidget | None = None) -> QLabel:
    """A label for the package's own static HTML only. Never pass it outside text."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setText(static_html)
    return label


def message_box(
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    buttons: QMessageBox.StandardButton,
    parent: QWidget | None = None,
) -> QMessageBox:
    """A message box whose text and informative text show literally."""
    box = QMessageBox(icon, title, "", buttons, parent)
    box.setTextFormat(PLAIN)
    box.setText(text)
    return box


def plain_tooltip(text: str) -> str:
    """Tooltip text Qt shows literally: text with a ``<`` (all that can make Qt take it for
    HTML) is escaped inside a paragraph that keeps its line breaks; other text is unchanged."""
    if "<" not in text:
        return text
    return f"<p style='white-space:pre-wrap'>{html.escape(text, quote=False)}</p>"
