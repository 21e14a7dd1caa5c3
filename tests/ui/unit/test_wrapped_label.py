"""A wrapped label the window must show whole asks, as its least height, for the height its
text needs at its width (ui.plain.WrappedLabel)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from omise_token_gui.ui.plain import wrapped_label

TEXT = "Vault said: expiration month is not between 1 and 12, expiration date is invalid. " * 4


def test_its_least_height_is_the_height_its_text_needs_at_its_width(qtbot: QtBot) -> None:
    box = QWidget()
    qtbot.addWidget(box)
    layout = QVBoxLayout(box)
    label = wrapped_label(TEXT)
    plain = QLabel(TEXT)  # Qt's own wrapped label, for comparison
    plain.setWordWrap(True)
    layout.addWidget(label)
    layout.addWidget(plain)
    box.resize(240, 400)
    box.show()
    qtbot.waitExposed(box)
    needed = label.heightForWidth(label.width())
    assert label.minimumSizeHint().height() >= needed
    assert plain.minimumSizeHint().height() < needed  # what cut an error's third line
    label.hide()
    assert label.minimumSizeHint().height() < needed  # hidden: asks for nothing more
