from __future__ import annotations

import json
import stat

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from omise_token_gui.core import paths
from omise_token_gui.ui.settings_dialog import SettingsDialog
from tests.ui.conftest import Harness

GOOD = "pkey_test_5xs8breq3htbkj03d2x"


def open_dialog(app: Harness) -> SettingsDialog:
    app.window.settings_action.trigger()  # Ctrl+,
    dialog = app.window.settings_dialog
    assert dialog is not None
    assert dialog.isVisible()
    return dialog


def add_profile(dialog: SettingsDialog, url: str) -> None:
    dialog.add_button.click()
    dialog.url_edit.setText(url)


@pytest.mark.parametrize(
    ("key", "words"),
    [
        ("pkey_live_5xs8breq3htbkj03d2x", "LIVE public key"),
        ("pkey_5xs8breq3htbkj03d2x", "LIVE public key"),
        ("skey_test_5xs8breq3htbkj03d2x", "Secret keys are never needed"),
        ("skey_5xs8breq3htbkj03d2x", "LIVE secret key"),
        ("pkey_test_5xs8 breq3", "not a valid Omise public test key"),
        ("ckey_test_abc", "chain key"),
    ],
)
def test_refused_keys_as_typed_send_nothing(app: Harness, key: str, words: str) -> None:
    dialog = open_dialog(app)
    add_profile(dialog, app.emulator.base_url)
    dialog.key_edit.setText(key)
    assert words in dialog.key_verdict.text()
    assert "color:#b00020" in dialog.key_verdict.styleSheet()
    assert not dialog.save_button.isEnabled()
    assert not dialog.check_button.isEnabled()
    dialog.save_button.click()
    dialog.check_button.click()
    assert app.emulator.requests() == []
    assert key not in (paths.settings_path().read_text() if paths.settings_path().exists() else "")


def test_pasted_key_with_surrounding_whitespace(app: Harness) -> None:
    dialog = open_dialog(app)
    add_profile(dialog, app.emulator.base_url)
    QApplication.clipboard().setText(f"  {GOOD}\n")
    dialog.key_edit.setFocus()
    dialog.key_edit.paste()
    assert dialog.key_verdict.text().startswith("✔ Public test key pkey_test_…3d2x")
    assert dialog.save_button.isEnabled()


def test_add_save_check_use_rename_delete(app: Harness, qtbot: QtBot) -> None:
    w = app.window
    dialog = open_dialog(app)
    add_profile(dialog, app.emulator.base_url)
    dialog.name_edit.setText("Staging")
    dialog.key_edit.setText(GOOD)
    assert dialog.key_edit.echoMode() == dialog.key_edit.EchoMode.Password
    dialog.reveal.setChecked(True)
    assert dialog.key_edit.echoMode() == dialog.key_edit.EchoMode.Normal
    dialog.save_button.click()
    saved = json.loads(paths.settings_path().read_text())
    assert [p["name"] for p in saved["profiles"]] == ["Sandbox", "Staging"]
    assert stat.S_IMODE(paths.settings_path().stat().st_mode) == 0o600

    # Check key: the vault knows only another key -> refused; then ours -> works.
    app.emulator.state.config.accepted_keys = frozenset({"pkey_test_other"})
    dialog.check_button.click()
    qtbot.waitUntil(lambda: "refused" in dialog.check_verdict.text(), timeout=5000)
    app.emulator.state.config.accepted_keys = frozenset({GOOD})
    dialog.check_button.click()
    qtbot.waitUntil(lambda: "The key works" in dialog.check_verdict.text(), timeout=5000)
    assert [e["path"] for e in app.emulator.requests()] == ["/tokens/tokn_test_keycheck"] * 2
    app.emulator.state.config.accepted_keys = None

    dialog.use_button.click()
    assert w.settings.active.name == "Staging"
    assert w.marker.text().startswith("TEST MODE · 127.0.0.1:")
    assert "pkey_test_…3d2x" in w.marker.text()
    assert GOOD not in w.marker.text()
    app.create_and_wait()
    assert w.last_token is not None
    assert w.last_token.profile == "Staging"

    dialog.name_edit.setText("QA")
    dialog.save_button.click()
    assert w.settings.active.name == "QA"
    dialog.delete_button.click()
    from PySide6.QtWidgets import QMessageBox

    box = dialog.findChild(QMessageBox, "askBox")
    assert box is not None
    next(b for b in box.buttons() if b.text() == "Delete").click()
    assert [p.name for p in w.settings.profiles] == ["Sandbox"]
    assert w.settings.active.is_sandbox
    assert w.marker.text().startswith("SANDBOX")


def test_sandbox_is_read_only_and_cannot_be_deleted(app: Harness) -> None:
    dialog = open_dialog(app)
    assert dialog.profile_list.currentItem().data(0x0100) == "Sandbox"
    assert not dialog.delete_button.isEnabled()
    assert not dialog.key_edit.isEnabled()
    assert not dialog.save_button.isEnabled()
    assert dialog.sandbox_note.isVisibleTo(dialog)


def test_plain_http_to_another_host_is_refused(app: Harness) -> None:
    dialog = open_dialog(app)
    add_profile(dialog, "http://192.0.2.10:8025")
    dialog.key_edit.setText(GOOD)
    assert "only allowed to this computer" in dialog.url_verdict.text()
    assert not dialog.save_button.isEnabled()


def test_general_options_are_saved(app: Harness) -> None:
    dialog = open_dialog(app)
    dialog.copy_on_create.setChecked(False)
    dialog.auto_refresh_s.setValue(45)
    saved = json.loads(paths.settings_path().read_text())
    assert saved["copy_on_create"] is False
    assert saved["auto_refresh_s"] == 45
    assert not app.window.panel.copy_on_create.isChecked()
    assert app.window.auto_timer.interval() == 45_000
