"""The Export dialog in the real app (Export… in the history's bar, File → Export history…):
its scopes (selected, filtered, all), a preview of each format, Copy through the clipboard,
Save… into an owner-only file, no card number anywhere; the row menu's "Copy as cURL
(create)"; Thai throughout."""

from __future__ import annotations

import os
import shlex
import stat
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMenu, QPushButton
from pytestqt.qtbot import QtBot

from omise_token_gui.core import i18n
from omise_token_gui.emulator import Faults
from omise_token_gui.ui.export_dialog import ExportDialog, preview
from omise_token_gui.ui.i18n import apply_language
from omise_token_gui.ui.main_window import MainWindow
from tests.core.test_export import card_numbers
from tests.ui.conftest import Harness
from tests.ui.test_thai_everywhere import untranslated


def open_export(w: MainWindow, qtbot: QtBot) -> ExportDialog:
    button = w.history_panel.findChild(QPushButton, "exportButton")
    assert button is not None
    assert button.isVisible()
    button.click()
    dialog = w.findChild(ExportDialog, "exportDialog")
    assert dialog is not None
    wait_done(dialog, qtbot)
    return dialog


def wait_done(dialog: ExportDialog, qtbot: QtBot) -> None:
    qtbot.waitUntil(lambda: dialog.done_text is not None, timeout=10_000)


def choose(
    dialog: ExportDialog, qtbot: QtBot, *, fmt: str | None = None, scope: str | None = None
) -> str:
    if fmt is not None:
        dialog.format.setCurrentIndex(dialog.format.findData(fmt))
    if scope is not None:
        dialog.scope.setCurrentIndex(dialog.scope.findData(scope))
    wait_done(dialog, qtbot)
    assert dialog.done_text is not None
    return dialog.done_text.text


@pytest.fixture
def two(app: Harness) -> Harness:
    app.create_and_wait()
    app.create_and_wait()
    return app


def test_the_dialog_previews_each_format_without_a_card_number(two: Harness, qtbot: QtBot) -> None:
    w = two.window
    w.history_panel.table.clearSelection()
    dialog = open_export(w, qtbot)
    assert dialog.scope.currentData() == "filtered"  # nothing selected
    text = choose(dialog, qtbot, fmt="csv")
    assert text.startswith("\ufeffTime (UTC),")
    assert text.count("\r\n") == 3
    assert dialog.preview.toPlainText() == preview(text)
    for fmt in ("json", "markdown", "jira", "junit", "xray", "testrail"):
        text = choose(dialog, qtbot, fmt=fmt)
        assert card_numbers(text) == [], fmt
        assert card_numbers(dialog.preview.toPlainText()) == []
    assert "no TestRail case" in dialog.warnings.text()  # left out: named, not dropped
    dialog.close()


def test_scopes_selected_filtered_all(two: Harness, qtbot: QtBot) -> None:
    w = two.window
    w.history_panel.table.selectRow(0)
    dialog = open_export(w, qtbot)
    assert dialog.scope.currentData() == "selected"
    selected = choose(dialog, qtbot, fmt="junit")
    assert selected.count("<testcase ") == 1
    newest = w.history_model.record_at(0)
    assert newest is not None
    assert newest.token_id in selected
    assert choose(dialog, qtbot, scope="all").count("<testcase ") == 2
    dialog.close()
    w.history_panel.filter_edit.setText("no-such-token")
    dialog = open_export(w, qtbot)
    assert choose(dialog, qtbot, scope="filtered").count("<testcase ") == 0
    assert choose(dialog, qtbot, scope="all").count("<testcase ") == 2
    dialog.close()


def test_copy_puts_the_table_on_the_clipboard(two: Harness, qtbot: QtBot) -> None:
    w = two.window
    dialog = open_export(w, qtbot)
    text = choose(dialog, qtbot, fmt="markdown", scope="all")
    w.clipboard.set_text("")
    dialog.copy_button.click()
    assert w.clipboard.text() == text
    assert w.clipboard.text().startswith("| Time (UTC) |")
    dialog.close()


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX modes")
def test_save_writes_an_owner_only_file(two: Harness, qtbot: QtBot, tmp_path: Path) -> None:
    w = two.window
    dialog = open_export(w, qtbot)
    text = choose(dialog, qtbot, fmt="json", scope="all")
    dialog.save_button.click()
    files = dialog.file_dialog
    assert isinstance(files, QFileDialog)
    assert files.isVisible()
    target = tmp_path / "evidence.json"
    target.write_text("old")
    os.chmod(target, 0o644)
    files.fileSelected.emit(str(target))  # as the dialog's Save does
    files.close()
    qtbot.waitUntil(lambda: dialog.status.text().startswith("Saved to"), timeout=10_000)
    assert target.read_text("utf-8") == text
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    dialog.save_to(str(tmp_path / "missing" / "x.json"))
    qtbot.waitUntil(lambda: dialog.status.text().startswith("Not saved"), timeout=10_000)
    dialog.close()


def test_file_menu_and_key_open_it(two: Harness, qtbot: QtBot) -> None:
    w = two.window
    menu = w.menuBar().actions()[0].menu()
    assert isinstance(menu, QMenu)
    action = next(a for a in menu.actions() if a.objectName() == "exportAction")
    assert action.text() == "&Export history…"
    action.trigger()
    dialog = w.findChild(ExportDialog, "exportDialog")
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    wait_done(dialog, qtbot)
    dialog.close()


def test_copy_as_curl_create_from_the_row_menu(two: Harness, qtbot: QtBot) -> None:
    w = two.window
    w.history_panel.table.selectRow(0)
    entries = [a for a in w.history_panel.context_menu_actions() if a is not None]
    action = next(a for a in entries if a.objectName() == "action_copy_create_curl")
    w.clipboard.set_text("")
    action.trigger()
    words = shlex.split(w.clipboard.text())
    assert words[0] == "curl"
    assert words[1] == f"{two.services.emulator.base_url}/tokens"  # type: ignore[union-attr]
    assert "pkey_test_sandbox:" in words
    assert "card[security_code]=${CARD_SECURITY_CODE}" in words
    assert any(w_.startswith("card[number]=") for w_ in words)
    assert "creates the token again" in w.statusBar().currentMessage()


def test_the_dialog_speaks_thai(two: Harness, qtbot: QtBot) -> None:
    w = two.window
    apply_language(i18n.THAI)
    try:
        qtbot.waitUntil(lambda: w.panel.create_button.text().startswith("สร้าง"))
        dialog = open_export(w, qtbot)
        assert untranslated(dialog) == []
        assert dialog.windowTitle() == "ส่งออกประวัติ"
        dialog.close()
    finally:
        apply_language(i18n.ENGLISH)


def test_failed_attempts_are_exported_when_asked(app: Harness, qtbot: QtBot) -> None:
    w = app.window
    app.create_and_wait()
    app.emulator.set_faults(Faults(error_rate=1.0, error_status=503, times=1))
    app.create_and_wait()  # a vault error: an attempt without a token
    w.history_panel.table.clearSelection()
    dialog = open_export(w, qtbot)
    assert dialog.tokens_only.isChecked()  # as the history shows: its tokens
    assert choose(dialog, qtbot, fmt="junit", scope="all").count("<testcase ") == 1
    dialog.tokens_only.setChecked(False)
    text = choose(dialog, qtbot)
    assert text.count("<testcase ") == 2
    assert text.count("<failure ") == 1  # a 503 is not what a successful card promises
    dialog.close()
