"""The evidence parts in the real window (issue 16), with the Sandbox: the current test case
tags the next creates and is kept in the settings; a refused create is a row of the
all-attempts view; Clear history… says what goes, then clears it; the retention setting is
saved from the Settings pane."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from omise_token_gui.core import attempts
from omise_token_gui.core.evidence import Outcome
from omise_token_gui.core.settings import SettingsStore
from omise_token_gui.ui.clear_dialog import ClearDialog
from omise_token_gui.ui.history_model import ATTEMPT_ROLE, COL
from tests.helpers import press_charge
from tests.ui.conftest import Harness, OpenApp


def set_test_key(app: Harness, key: str) -> None:
    edit = app.window.history_panel.evidence_bar.test_key_edit
    edit.setText(key)
    edit.editingFinished.emit()


def saved_settings(app: Harness) -> SettingsStore:
    return SettingsStore(app.services.paths.settings_path)


def test_the_current_test_case_tags_new_tokens_and_is_kept(open_app: OpenApp) -> None:
    app = open_app()
    set_test_key(app, "QA-123")
    assert app.services.settings.current_test_key == "QA-123"
    assert saved_settings(app).load().settings.current_test_key == "QA-123"
    app.create_and_wait()
    newest = app.window.history_model.record_at(0)
    assert newest is not None
    assert newest.test_key == "QA-123"
    assert attempts.for_token(app.services.history_store, newest.token_id)[0].test_key == "QA-123"
    assert app.window.history_model.index(0, COL["tag"]).data() == "QA-123"
    app.close()
    again = open_app()  # the next window shows the current test case
    assert again.window.history_panel.evidence_bar.test_key_edit.text() == "QA-123"


def test_a_vault_error_is_a_row_of_the_all_attempts_view(app: Harness) -> None:
    w = app.window
    app.create_and_wait()
    w.form.edits["expiration_month"].setText("13")
    w.panel.send_anyway.setChecked(True)  # past the app's checks: the vault refuses it
    app.create_and_wait()
    assert w.history_model.rowCount() == 1  # the tokens view: one token
    w.history_panel.evidence_bar.attempts_button.click()
    assert w.history_model.rowCount() == 2
    newest = w.history_model.index(0, 0).data(ATTEMPT_ROLE)
    assert newest.outcome is Outcome.VAULT_ERROR
    assert w.history_model.index(0, COL["outcome"]).data() == "vault error: invalid_card"
    w.history_panel.details_button.setChecked(True)
    w.history_panel.table.selectRow(0)
    assert w.details.heading.text().startswith("vault error: invalid_card")
    assert w.details.message.text().startswith("Vault said: “expiration month")  # Omise's words
    assert "Expiry month: 13" in w.details.request.text()


def test_clear_history_says_what_goes_then_clears_it(app: Harness) -> None:
    w = app.window
    app.create_and_wait()
    app.create_and_wait()
    assert "Clear history…" in [
        a.text().replace("&", "") for a in w.texts.menus.edit_menu.actions()
    ]
    w.history_panel.table.selectRow(0)
    menu = [a for a in w.history_panel.context_menu_actions() if a is not None]
    assert w.evidence.clear_action in menu  # type: ignore[attr-defined]
    w.evidence.clear_action.trigger()  # type: ignore[attr-defined]
    dialog = w.findChild(ClearDialog)
    assert dialog is not None
    dialog.all_radio.setChecked(True)
    assert "2 attempts (2 of them tokens) will be removed" in dialog.what_goes.text()
    assert app.history_count() == 2  # nothing went yet
    dialog.clear_button.click()
    assert app.history_count() == 0
    assert w.history_model.rowCount() == 0
    assert (
        w.statusBar().currentMessage() == "Removed 2 attempts (2 of them tokens) from the history."
    )


def test_retention_is_a_setting_of_the_pane(app: Harness) -> None:
    w = app.window
    w.open_settings()
    dialog = w.settings_dialog
    assert dialog is not None
    row = dialog.retention
    assert row.days() is None  # keep forever, at first
    row.check.setChecked(True)
    row.spin.setValue(14)
    assert app.services.settings.retention_days == 14
    assert saved_settings(app).load().settings.retention_days == 14
    row.check.setChecked(False)
    assert saved_settings(app).load().settings.retention_days is None
    dialog.close()
    assert not any(
        isinstance(b, QMessageBox) and b.isVisible() for b in w.findChildren(QMessageBox)
    )


def test_the_details_and_the_all_attempts_view_speak_thai(app: Harness) -> None:
    from omise_token_gui.core import i18n
    from omise_token_gui.ui.i18n import apply_language
    from tests.ui.test_thai_everywhere import untranslated

    w = app.window
    app.create_and_wait()
    w.form.edits["expiration_month"].setText("13")
    w.panel.send_anyway.setChecked(True)
    app.create_and_wait()
    w.history_panel.details_button.setChecked(True)
    w.history_panel.evidence_bar.attempts_button.click()
    apply_language(i18n.THAI)
    try:
        app.qtbot.waitUntil(lambda: w.details.events_title.text() == "สถานะตามเวลา")
        for row in range(w.history_model.rowCount()):
            w.history_panel.table.selectRow(row)
            assert untranslated(w.details) == [], row
            assert untranslated(w.history_panel) == [], row
        assert w.history_panel.count_label.text() == "2 ครั้ง"
    finally:
        apply_language(i18n.ENGLISH)


def test_the_row_menu_copies_the_answer_a_token_was_created_with(app: Harness) -> None:
    import json

    w = app.window
    app.create_and_wait()
    record = w.history_model.record_at(0)
    assert record is not None
    w.history_panel.simulate_charge.emit(record)  # used: the latest answer has no card
    press_charge(app.qtbot, w)  # Simulate charge asks first (ui/simulate_dialog.py)
    app.qtbot.waitUntil(lambda: (r := w.history_model.record_at(0)) is not None and r.used)
    w.history_panel.table.selectRow(0)
    actions = [a for a in w.history_panel.context_menu_actions() if a is not None]
    assert w.evidence.copy_created in actions  # type: ignore[attr-defined]
    w.evidence.copy_created.trigger()  # type: ignore[attr-defined]
    created = json.loads(w.clipboard.text())
    assert created["id"] == record.token_id
    assert created["used"] is False
    assert created["card"] is not None  # the latest answer, after a use, has card: null
