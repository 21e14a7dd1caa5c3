"""Qt's own texts (no qtbase_th.qm ships with PySide6) come out Thai through our translator:
the right-click menu of a line edit and of a text view, and the standard dialog buttons."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit, QMessageBox, QPlainTextEdit
from pytestqt.qtbot import QtBot

from omise_token_gui.core import i18n
from omise_token_gui.ui.i18n import apply_language, without_mnemonic
from omise_token_gui.ui.qt_strings import QT_TEXTS

Button = QDialogButtonBox.StandardButton


@pytest.fixture
def thai(qapp: QApplication) -> Iterator[None]:
    apply_language(i18n.THAI)
    yield
    apply_language(i18n.ENGLISH)


def menu_texts(edit: QLineEdit | QPlainTextEdit) -> list[str]:
    menu = edit.createStandardContextMenu()
    assert menu is not None
    texts = [action.text().split("\t")[0] for action in menu.actions() if not action.isSeparator()]
    menu.deleteLater()
    return texts


@pytest.mark.usefixtures("thai")
@pytest.mark.parametrize("kind", [QLineEdit, QPlainTextEdit])
def test_the_standard_context_menu_is_thai(qtbot: QtBot, kind: type) -> None:
    edit = kind()
    qtbot.addWidget(edit)
    texts = menu_texts(edit)
    assert texts == [
        "เลิกทำ (&U)",
        "ทำซ้ำ (&R)",
        "ตัด (&T)",
        "คัดลอก (&C)",
        "วาง (&P)",
        "ลบ",
        "เลือกทั้งหมด",
    ]


def test_the_context_menu_is_english_in_english(qtbot: QtBot, qapp: QApplication) -> None:
    apply_language(i18n.ENGLISH)
    edit = QLineEdit()
    qtbot.addWidget(edit)
    assert menu_texts(edit)[:3] == ["&Undo", "&Redo", "Cu&t"]


def test_dialog_buttons_are_thai_and_follow_a_switch(qtbot: QtBot, qapp: QApplication) -> None:
    box = QDialogButtonBox(Button.Close | Button.Save | Button.Discard | Button.Cancel)
    qtbot.addWidget(box)
    close = box.button(Button.Close)
    assert close is not None
    assert close.text() == "Close"
    apply_language(i18n.THAI)
    try:
        QCoreApplication.sendPostedEvents(box, QEvent.Type.LanguageChange)
        qtbot.waitUntil(lambda: close.text() == "ปิด")
        texts = [b.text() for b in box.buttons()]
        assert sorted(texts) == sorted(["ปิด", "บันทึก", "ละทิ้ง", "ยกเลิก"])
        fresh = QMessageBox(QMessageBox.Icon.Question, "t", "x", QMessageBox.StandardButton.Yes)
        qtbot.addWidget(fresh)
        yes = fresh.button(QMessageBox.StandardButton.Yes)
        assert yes is not None
        assert without_mnemonic(yes.text()) == "ใช่"
    finally:
        apply_language(i18n.ENGLISH)
    qtbot.waitUntil(lambda: close.text() == "Close")


@pytest.mark.usefixtures("thai")
def test_every_marked_qt_text_has_its_thai() -> None:
    same = [(c, s) for c, s in QT_TEXTS if QCoreApplication.translate(c, s) == s]
    assert same == []
