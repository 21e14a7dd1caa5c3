"""A section that folds away (billing address, the vault's JSON) and a line that keeps its
place (a field's error), so that the window fits a small screen and fields never jump.

A fold's open or closed state is remembered with the window (``window_state``: every widget
marked ``remember`` is saved with the geometry).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QToolButton, QVBoxLayout, QWidget

from omise_token_gui.ui.fonts import line_height
from omise_token_gui.ui.i18n import on_language_change, translator, without_mnemonic
from omise_token_gui.ui.plain import PLAIN, plain_tooltip
from omise_token_gui.ui.window_state import remember

_ = translator("Fold")


class Fold(QWidget):
    """A title button (▸ closed, ▾ open) over a widget shown only while open."""

    toggled = Signal(bool)

    def __init__(
        self, title: str, content: QWidget, name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._text = title  # with its "&" mnemonic, if any (Alt+letter opens and closes)
        self.title = without_mnemonic(title)
        self.content = content
        self.button = QToolButton()
        self.button.setObjectName(f"fold_{name}")
        remember(self.button)
        self.button.setCheckable(True)
        self.button.setAutoRaise(True)
        self.button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.button.setAccessibleName(self.title)
        self.button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        layout.addWidget(content, 1)
        self.button.toggled.connect(self._show)
        self._note = ""
        self._show(False)
        on_language_change(self, self._render)  # "Show …"/"Hide …" in the new language

    @property
    def is_open(self) -> bool:
        return self.button.isChecked()

    def set_open(self, on: bool) -> None:
        self.button.setChecked(on)

    def set_title(self, title: str) -> None:
        """A new title (with its "&" mnemonic): the owner's texts in another language."""
        self._text = title
        self.title = without_mnemonic(title)
        self.button.setAccessibleName(self.title)
        self._render()

    def set_note(self, note: str) -> None:
        """A word after the title (e.g. "2 problems"), so that a closed fold still says what
        it hides."""
        self._note = note
        self._render()

    def _show(self, on: bool) -> None:
        self.content.setVisible(on)
        self._render()
        self.toggled.emit(on)

    def _render(self) -> None:
        """The button's arrow, title (and note) and tooltip, for the state it is in."""
        on = self.is_open
        self.button.setArrowType(Qt.ArrowType.DownArrow if on else Qt.ArrowType.RightArrow)
        note = _("{title} — {note}").format(title=self._text, note=self._note)
        self.button.setText(note if self._note else self._text)
        tip = _("Hide {section}") if on else _("Show {section}")
        self.button.setToolTip(tip.format(section=self.title))


class ElidedLine(QLabel):
    """A one-line label that ends a text too long for it with "…" (never cut mid-word
    without a sign); the whole text is in its tooltip (``show_line``)."""

    def shown_text(self) -> str:
        """What fits: the text, or its start and "…"."""
        width = self.contentsRect().width()
        return self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, width)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.drawText(self.contentsRect(), int(self.alignment()), self.shown_text())
        painter.end()


def reserved_line(name: str) -> QLabel:
    """A one-line label that keeps its height when hidden or empty, so that showing it (a
    field's error as you type) moves nothing; a text too long for it ends in "…", and the whole
    text is its tooltip (``show_line``)."""
    label = ElidedLine()
    label.setTextFormat(PLAIN)
    label.setObjectName(name)
    label.setWordWrap(False)
    label.setFixedHeight(line_height(label.font()))  # Thai's fallback font is taller
    policy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
    policy.setRetainSizeWhenHidden(True)
    label.setSizePolicy(policy)
    label.hide()
    return label


def show_line(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setToolTip(plain_tooltip(text) if text else "")
    label.setVisible(bool(text))
