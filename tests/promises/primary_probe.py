"""Run under a real X server (Xvfb): select text in the card form's fields the ways a tester
can, and after each, ask ``xclip`` — another X client — what the PRIMARY selection holds.

Prints one JSON object: ``{"<field>/<gesture>": "<what xclip read>"}`` plus the clipboard
after Ctrl+C. A plain QLineEdit ("control") is the positive control: its selection must be
readable, or the probe proves nothing.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable

from PySide6.QtCore import QEventLoop, QPoint, QProcess, Qt, QTimer
from PySide6.QtGui import QClipboard, QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget

from omise_token_gui.core.catalog import load_catalog
from omise_token_gui.ui.card_form import CardForm


def xclip(selection: str) -> str:
    """What another X client reads from ``selection`` right now (the app keeps serving)."""
    proc = QProcess()
    loop = QEventLoop()
    proc.finished.connect(loop.quit)
    QTimer.singleShot(10_000, loop.quit)
    proc.start("xclip", ["-o", "-selection", selection])
    loop.exec()
    if proc.state() != QProcess.ProcessState.NotRunning:
        proc.kill()
        proc.waitForFinished(2000)
        return "<xclip timed out>"
    out = bytes(proc.readAllStandardOutput().data()).decode("utf-8", "replace")
    return out if proc.exitCode() == 0 else ""


def start_neutral() -> None:
    """Nobody owns PRIMARY before each gesture (with the app's own X timestamp, so its next
    claim is not refused as older; xclip's claim would carry a later server time)."""
    QGuiApplication.clipboard().clear(QClipboard.Mode.Selection)


def gestures(edit: QLineEdit) -> dict[str, Callable[[], None]]:
    y = edit.height() // 2

    def drag() -> None:
        QTest.mousePress(edit, Qt.MouseButton.LeftButton, pos=QPoint(2, y))
        QTest.mouseMove(edit, QPoint(edit.width() - 2, y))
        QTest.mouseRelease(edit, Qt.MouseButton.LeftButton, pos=QPoint(edit.width() - 2, y))

    def triple_click() -> None:
        # QTest's double click selects a word without exporting it, even in a plain
        # QLineEdit; the click that follows (triple click: select all) is what exports.
        QTest.mouseDClick(edit, Qt.MouseButton.LeftButton, pos=QPoint(8, y))
        QTest.mouseClick(edit, Qt.MouseButton.LeftButton, pos=QPoint(8, y))

    def shift_end() -> None:
        edit.setFocus()
        QTest.keyClick(edit, Qt.Key.Key_Home)
        QTest.keyClick(edit, Qt.Key.Key_End, Qt.KeyboardModifier.ShiftModifier)

    def select_all_key() -> None:
        edit.setFocus()
        QTest.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)

    return {
        "drag": drag,
        "triple-click": triple_click,
        "shift+end": shift_end,
        "ctrl+a": select_all_key,
    }


def main() -> int:
    app = QApplication(sys.argv)
    window = QWidget()
    form = CardForm(load_catalog())
    control = QLineEdit("control 4111 1111 1111 1111")
    layout = QVBoxLayout(window)
    layout.addWidget(form)
    layout.addWidget(control)
    window.show()
    window.activateWindow()
    if not QTest.qWaitForWindowExposed(window, 10_000):
        print(json.dumps({"error": "window not exposed"}))
        return 2
    result: dict[str, str] = {"platform": app.platformName()}
    fields = {
        "number": form.edits["number"],
        "security_code": form.edits["security_code"],
        "control": control,
    }
    for name, edit in fields.items():
        for gesture, act in gestures(edit).items():
            start_neutral()
            act()
            app.processEvents()
            result[f"{name}/{gesture}"] = xclip("primary")
    # Copy is the tester's own action: Ctrl+C in the number field fills CLIPBOARD.
    number = form.edits["number"]
    number.setFocus()
    number.selectAll()
    QTest.keyClick(number, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    result["number/ctrl+c clipboard"] = xclip("clipboard")
    result["number/ctrl+c primary"] = xclip("primary")
    QGuiApplication.clipboard().clear(QClipboard.Mode.Clipboard)
    code = form.edits["security_code"]
    code.setFocus()
    code.selectAll()
    menu = code.createStandardContextMenu()
    next(a for a in menu.actions() if a.text().startswith("&Copy")).trigger()
    result["security_code/menu copy clipboard"] = xclip("clipboard")
    result["security_code/menu copy primary"] = xclip("primary")
    print(json.dumps(result))
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
