"""Settings → Language: chosen in the pane, saved, and applied at once to the pane itself
and to the main window, state-dependent lines included (the key's verdict, the list's
"(active)", the last verdict under the buttons); back to English the same way."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest

from omise_token_gui.core import i18n, paths
from omise_token_gui.ui.i18n import apply_language
from omise_token_gui.ui.settings_dialog import SettingsDialog
from tests.ui.conftest import Harness

GOOD = "pkey_test_5xs8breq3htbkj03d2x"


@pytest.fixture
def dialog(app: Harness) -> Iterator[SettingsDialog]:
    app.window.open_settings()
    dialog = app.window.settings_dialog
    assert dialog is not None
    yield dialog
    apply_language(i18n.ENGLISH)


def choose(dialog: SettingsDialog, language: str) -> None:
    dialog.language.setCurrentIndex(dialog.language.findData(language))


def test_choosing_thai_in_the_pane_applies_at_once_and_back(
    app: Harness, dialog: SettingsDialog
) -> None:
    dialog.add_button.click()
    dialog.url_edit.setText(app.emulator.base_url)
    dialog.name_edit.setText("Staging")
    dialog.key_edit.setText(GOOD)
    dialog.save_button.click()
    assert dialog.check_verdict.text() == "Saved “Staging”."
    dialog.key_edit.setText("skey_test_5xs8breq3htbkj03d2x")  # an unsaved, refused edit
    refused = dialog.key_verdict.text()
    assert "Secret keys are never needed" in refused

    choose(dialog, i18n.THAI)
    app.qtbot.waitUntil(lambda: dialog.windowTitle().startswith("การตั้งค่า"))
    assert json.loads(paths.settings_path().read_text())["language"] == "th"
    assert i18n.current() == i18n.THAI
    # The main window follows.
    app.qtbot.waitUntil(lambda: app.window.panel.create_button.text().startswith("สร้าง"))
    # The pane's own texts and the texts of its state, in Thai.
    assert dialog.save_button.text() == "บันทึกโปรไฟล์"
    assert dialog.language_label.text() == "ภาษา (&L)"
    assert dialog.key_verdict.text().startswith("✘ นี่คือคีย์ลับ")
    assert dialog.key_edit.text() == "skey_test_5xs8breq3htbkj03d2x"  # the edit is kept
    assert dialog.check_verdict.text() == ""  # the key edit cleared the "Saved" line
    sandbox = dialog.profile_list.item(0)
    assert sandbox.text() == "Sandbox  (ใช้อยู่)"
    assert dialog.delete_button.toolTip().startswith("ลบโปรไฟล์ที่เลือก")
    assert dialog.language.currentData() == i18n.THAI  # the choice stays shown
    assert dialog.language.itemText(0).startswith("ตามระบบ")

    choose(dialog, i18n.ENGLISH)
    app.qtbot.waitUntil(lambda: dialog.windowTitle() == "Settings — profiles and keys")
    app.qtbot.waitUntil(lambda: app.window.panel.create_button.text() == "&Create token")
    assert dialog.key_verdict.text() == refused
    assert sandbox.text() == "Sandbox  (active)"
    assert json.loads(paths.settings_path().read_text())["language"] == "en"


def test_a_verdict_on_screen_is_rendered_again_in_the_new_language(
    app: Harness, dialog: SettingsDialog
) -> None:
    dialog.add_button.click()
    dialog.url_edit.setText(app.emulator.base_url)
    dialog.name_edit.setText("Staging")
    dialog.key_edit.setText(GOOD)
    dialog.save_button.click()
    assert dialog.check_verdict.text() == "Saved “Staging”."
    apply_language(i18n.THAI)
    app.qtbot.waitUntil(lambda: dialog.check_verdict.text() == "บันทึก “Staging” แล้ว")
    assert dialog.key_verdict.text() == "✔ คีย์สาธารณะโหมดทดสอบ pkey_test_…3d2x"
    assert dialog.proxy_line.text().startswith("พร็อกซี: ไม่ใช้")
    apply_language(i18n.ENGLISH)
    app.qtbot.waitUntil(lambda: dialog.check_verdict.text() == "Saved “Staging”.")
    assert dialog.proxy_line.text().startswith("Proxy: none.")
