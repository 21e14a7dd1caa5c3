"""Message boxes that never block a coroutine: open() plus a callback, one seam for tests."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QMessageBox, QWidget

from omise_token_gui.ui.i18n import translator
from omise_token_gui.ui.plain import message_box

_ = translator("Dialogs")


def ask(
    parent: QWidget,
    title: str,
    text: str,
    on_yes: Callable[[], None],
    yes_text: str | None = None,
    icon: QMessageBox.Icon = QMessageBox.Icon.Question,
) -> QMessageBox:
    """``yes_text``: the accepting button's text (the caller's, translated; None: "Yes").
    Cancel is Qt's standard button: Qt translates it (ui/qt_strings.py)."""
    box = message_box(icon, title, text, QMessageBox.StandardButton.Cancel, parent)
    yes = box.addButton(yes_text or _("Yes"), QMessageBox.ButtonRole.AcceptRole)
    box.setObjectName("askBox")
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)

    def finished() -> None:
        if box.clickedButton() is yes:
            on_yes()
        box.deleteLater()

    box.finished.connect(finished)
    box.open()
    return box


def inform(parent: QWidget | None, title: str, text: str, details: str = "") -> QMessageBox:
    box = message_box(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("informBox")
    if details:
        box.setDetailedText(details)
    box.finished.connect(box.deleteLater)
    box.open()
    return box
