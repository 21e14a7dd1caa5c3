from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QLabel, QMenu, QMessageBox
from pytestqt.qtbot import QtBot

from omise_token_gui.emulator import Faults
from omise_token_gui.ui import palette
from omise_token_gui.ui.history_model import COL, RECORD_ROLE
from tests.helpers import backend_charge, press_charge
from tests.ui.conftest import Harness


def test_first_launch_is_the_offline_sandbox(app: Harness) -> None:
    w = app.window
    assert w.settings.active.is_sandbox
    assert w.marker.text().startswith("SANDBOX (offline)")
    assert "127.0.0.1:" in w.marker.text()
    card = w.form.card_input()
    assert card.number.replace(" ", "") == "4242424242424242"
    assert int(card.expiration_year) > date.today().year
    assert (card.city, card.postal_code, card.country) == ("Bangkok", "10320", "TH")
    assert w.panel.create_button.isEnabled()
    assert w.windowTitle() == "SANDBOX — Omise Test Token Generator"


def test_create_from_a_catalog_card_copies_the_id(app: Harness) -> None:
    w = app.window
    w.picker.search.setText("insufficient")
    index = w.picker.proxy.index(0, 0)
    group = index
    child = w.picker.proxy.index(0, 1, group)  # Visa 4111 1111 1114 0011
    w.picker.tree.clicked.emit(child)
    assert w.form.card_input().number == "4111 1111 1114 0011"
    assert "Insufficient funds" in w.form.scenario.text()
    app.create_and_wait()
    assert app.history_count() == 1
    record = w.history_model.index(0, 0).data(RECORD_ROLE)
    assert record.scenario == "insufficient_fund"
    assert record.last4 == "0011"
    assert w.panel.token_label.text() == record.token_id
    assert w.clipboard.text() == record.token_id
    assert '"object": "token"' in w.panel.json_view.toPlainText()
    assert w.panel.confirm.text() == "✔ Copied"
    assert w.history_model.index(0, COL["scenario"]).data() == (
        "Insufficient funds · failed: insufficient_fund"
    )


def test_create_from_a_typed_number_and_ctrl_enter(app: Harness, qtbot: QtBot) -> None:
    w = app.window
    w.form.edits["number"].setText("4012 8888 8888 1881")  # valid Visa, not in the catalog
    assert "not a catalog test card" in w.form.scenario.text()
    with qtbot.waitSignal(w.create_finished, timeout=10_000):
        qtbot.keyClick(w.form.edits["name"], Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    record = w.history_model.index(0, 0).data(RECORD_ROLE)
    assert record.last4 == "1881"
    assert record.scenario is None
    assert w.history_model.index(0, COL["scenario"]).data() == "(typed-in card)"


def test_invalid_input_blocks_create_unless_sent_anyway(app: Harness) -> None:
    w = app.window
    w.form.edits["number"].setText("4242 4242 4242 4241")
    assert not w.panel.create_button.isEnabled()
    assert w.form.errors["number"].isVisibleTo(w.form)
    assert "Luhn" in w.form.errors["number"].text()
    w.panel.send_anyway.setChecked(True)
    assert w.panel.create_button.isEnabled()
    app.create_and_wait()
    assert "invalid_card" in w.panel.error.text()
    assert "Number is invalid." in w.form.errors["number"].text()
    assert app.history_count() == 0
    assert [e["status"] for e in app.emulator.requests()] == [400]


@pytest.mark.parametrize(
    ("faults", "expected", "retry"),
    [
        (Faults(error_rate=1.0, error_status=500, times=1), "server error (HTTP 500)", True),
        (Faults(error_rate=1.0, error_status=503, times=1), "HTTP 503", True),
        (Faults(force_429=True, retry_after_s=3, times=1), "Try again in 3 seconds", True),
        (Faults(non_json=True, times=1), "not JSON", False),
        (Faults(wrong_shape=True, times=1), "not a token", False),
        (Faults(livemode=True, times=1), "LIVE token", False),
        (Faults(drop=True, times=1), "dropped", True),
    ],
)
def test_each_fault_shows_its_message_and_keeps_history(
    app: Harness, faults: Faults, expected: str, retry: bool
) -> None:
    w = app.window
    app.create_and_wait()
    before = app.history_count()
    app.emulator.set_faults(faults)
    app.create_and_wait()
    assert expected in w.panel.error.text()
    assert w.panel.error.isVisibleTo(w)
    assert w.panel.retry_button.isVisibleTo(w) is retry
    assert "Traceback" not in w.panel.error.text()
    assert app.history_count() == before
    creates = [e for e in app.emulator.requests() if e["method"] == "POST"]
    assert len(creates) == 2  # never silently sent twice
    # The next create works again (the fault was for one request only).
    app.create_and_wait()
    assert app.history_count() == before + 1


def test_auth_failure_points_to_settings(app: Harness) -> None:
    app.emulator.state.config.accepted_keys = frozenset({"pkey_test_someoneelse"})
    try:
        app.create_and_wait()
    finally:
        app.emulator.state.config.accepted_keys = None
    w = app.window
    assert "authentication_failure" in w.panel.error.text()
    assert w.panel.settings_button.isVisibleTo(w)
    w.panel.settings_button.click()
    assert w.settings_dialog is not None
    assert w.settings_dialog.isVisible()


def test_timeout_then_retry(app: Harness) -> None:
    w = app.window
    w.settings.profiles[0] = replace(w.settings.profiles[0], timeout_s=1.0)
    app.emulator.set_faults(Faults(latency_ms=2500, times=1))
    app.create_and_wait()
    assert "did not answer within 1 seconds" in w.panel.error.text()
    assert w.panel.retry_button.isVisibleTo(w)
    with app.qtbot.waitSignal(w.create_finished, timeout=10_000):
        w.panel.retry_button.click()
    assert app.history_count() == 1


def test_window_keeps_processing_events_during_a_slow_request_and_cancel_works(
    app: Harness, qtbot: QtBot
) -> None:
    w = app.window
    app.emulator.set_faults(Faults(latency_ms=4000))
    ticks = 0

    def tick() -> None:
        nonlocal ticks
        ticks += 1

    timer = QTimer()
    timer.timeout.connect(tick)
    timer.start(10)
    w.panel.create_button.click()
    assert w.panel.progress.isVisibleTo(w)
    assert w.panel.cancel_button.isEnabled()
    qtbot.waitUntil(lambda: ticks >= 50, timeout=3000)  # ~0.5 s of a held request
    assert w.creating  # still in flight after ~0.5 s
    with qtbot.waitSignal(w.create_finished, timeout=3000):
        w.panel.cancel_button.click()
    timer.stop()
    assert "Cancelled" in w.panel.error.text()
    assert not w.panel.progress.isVisibleTo(w)
    assert w.panel.create_button.isEnabled()
    assert app.history_count() == 0


def test_simulate_charge_updates_used_status_and_verdict(app: Harness, qtbot: QtBot) -> None:
    w = app.window
    app.create_and_wait()  # Visa 4242: successful
    w.form.edits["number"].setText("4111 1111 1114 0011")  # insufficient funds
    app.create_and_wait()
    resets: list[bool] = []
    w.history_model.modelReset.connect(lambda: resets.append(True))
    for row in (0, 1):
        w.history_panel.table.selectRow(row)
        record = w.history_panel.selected_record()
        assert record is not None
        assert w.history_panel.buttons["simulate"].isEnabled()
        w.history_panel.buttons["simulate"].click()
        press_charge(qtbot, w)
        token_id = record.token_id

        def used(token_id: str = token_id) -> bool:
            stored = w.service.history.get(token_id)
            return stored is not None and stored.used

        qtbot.waitUntil(used, timeout=5000)
        at = row

        def ticked(at: int = at) -> bool:
            return "✔" in str(w.history_model.index(at, COL["verdict"]).data())

        qtbot.waitUntil(ticked, timeout=5000)
    model = w.history_model
    assert model.index(0, COL["charge_status"]).data() == "failed: insufficient_fund"
    assert model.index(1, COL["charge_status"]).data() == "successful"
    assert model.index(0, COL["used"]).data() == "used"
    assert resets == []  # dataChanged per row, not a reset


def test_a_backends_charge_shows_half_a_tick_and_a_fault_shows_a_cross(
    app: Harness, qtbot: QtBot
) -> None:
    """The window's Verdict column from real flows: a token the shop's backend charged (its
    secret key, on the app's Sandbox), refreshed with the public key, is ◐ with the reason in
    its tooltip and the palette's partial colour; a charge the emulator's fault fails is ✘."""
    w = app.window
    w.form.edits["number"].setText("4111 1111 1114 0011")  # insufficient funds
    app.create_and_wait()
    record = w.history_model.record_at(0)
    assert record is not None
    assert str(w.history_model.index(0, COL["verdict"]).data()) == "◷ pending"
    backend_charge(app.emulator.base_url, record.token_id)
    w.history_panel.table.selectRow(0)
    w.history_panel.buttons["refresh"].click()
    cell = lambda: w.history_model.index(0, COL["verdict"])  # noqa: E731
    qtbot.waitUntil(lambda: str(cell().data()) == "◐ status matches", timeout=5000)
    tip = str(cell().data(Qt.ItemDataRole.ToolTipRole))
    assert "a public key cannot read the charge's failure code" in tip
    brush = cell().data(Qt.ItemDataRole.ForegroundRole)
    assert brush.color().name() == palette.current().partial

    app.emulator.set_faults(Faults(charge_failure="failed_fraud_check"))
    w.form.edits["number"].setText("4242 4242 4242 4242")
    app.create_and_wait()
    w.history_panel.table.selectRow(0)
    w.history_panel.buttons["simulate"].click()
    press_charge(qtbot, w)
    qtbot.waitUntil(lambda: str(cell().data()).startswith("✘"), timeout=5000)
    assert str(cell().data()) == "✘ expected successful"
    assert "Expected successful; the charge ended failed." in str(
        cell().data(Qt.ItemDataRole.ToolTipRole)
    )
    assert w.history_model.index(0, COL["charge_status"]).data() == "failed: failed_fraud_check"


def test_copy_of_a_used_token_warns_and_offers_a_fresh_one(app: Harness, qtbot: QtBot) -> None:
    w = app.window
    app.create_and_wait()
    first = w.last_token
    assert first is not None
    w.history_panel.table.selectRow(0)
    w.history_panel.buttons["simulate"].click()
    press_charge(qtbot, w)
    qtbot.waitUntil(lambda: w.history_model.index(0, COL["used"]).data() == "used", timeout=5000)
    w.clipboard.set_text("")
    w.history_panel.table.selectRow(0)
    w.history_panel.buttons["copy_id"].click()
    box = w.findChild(QMessageBox, "usedTokenBox")
    assert box is not None
    assert "already used" in box.text()
    assert w.clipboard.text() == ""
    fresh = next(b for b in box.buttons() if b.text().startswith("Create a fresh"))
    with qtbot.waitSignal(w.create_finished, timeout=10_000):
        fresh.click()
    assert app.history_count() == 2
    assert w.last_token is not None
    assert w.last_token.token_id != first.token_id
    assert w.clipboard.text() == w.last_token.token_id


def test_history_survives_a_restart(open_app: object, qtbot: QtBot) -> None:
    first = open_app()  # type: ignore[operator]
    first.create_and_wait()
    token = first.window.last_token.token_id
    first.close()
    second = open_app()  # type: ignore[operator]
    assert second.services.history_store.count() == 1
    assert second.window.history_model.index(0, COL["token"]).data() == token


def test_copy_actions(app: Harness) -> None:
    w = app.window
    app.create_and_wait()
    token = w.last_token
    assert token is not None
    w.history_panel.table.selectRow(0)
    w.history_panel.buttons["copy_json"].click()
    assert f'"id": "{token.token_id}"' in w.clipboard.text()
    w.history_panel.buttons["copy_curl"].click()
    assert w.clipboard.text() == (
        f'curl {app.emulator.base_url}/tokens/{token.token_id} -u "pkey_test_sandbox:"'
    )
    w.clipboard.set_text("")
    w.copy_last_action.trigger()
    assert w.clipboard.text() == token.token_id


def test_delete_asks_first(app: Harness) -> None:
    w = app.window
    app.create_and_wait()
    w.history_panel.table.selectRow(0)
    w.history_panel.buttons["delete"].click()
    box = w.findChild(QMessageBox, "askBox")
    assert box is not None
    next(b for b in box.buttons() if b.text() == "Delete").click()
    assert app.history_count() == 0
    assert w.history_model.rowCount() == 0


def test_filter_and_sort(app: Harness) -> None:
    w = app.window
    app.create_and_wait()
    w.form.edits["number"].setText("3530 1111 1119 0011")
    app.create_and_wait()
    w.history_panel.filter_edit.setText("JCB")
    assert w.history_model.rowCount() == 1
    w.history_panel.filter_edit.clear()
    assert w.history_model.rowCount() == 2
    w.history_panel.table.sortByColumn(COL["card"], Qt.SortOrder.AscendingOrder)
    assert w.history_model.index(0, COL["card"]).data().startswith("JCB")
    w.history_panel.table.sortByColumn(COL["card"], Qt.SortOrder.DescendingOrder)
    assert w.history_model.index(0, COL["card"]).data().startswith("Visa")


def test_refresh_all_and_last_refreshed(app: Harness, qtbot: QtBot) -> None:
    w = app.window
    app.create_and_wait()
    token = w.last_token
    assert token is not None
    # The token is used elsewhere (a backend charges it): Refresh all picks that up.
    backend_charge(app.emulator.base_url, token.token_id, 5000)
    w.history_panel.refresh_all_button.click()
    qtbot.waitUntil(lambda: w.history_model.index(0, COL["used"]).data() == "used", timeout=5000)
    assert w.history_panel.last_refreshed.text().startswith("Last refreshed: ")
    assert w.history_model.index(0, COL["verdict"]).data() == "✔ matches"


def test_about_shows_version_and_the_thai_warning(app: Harness) -> None:
    from omise_token_gui import __version__

    app.window.open_about()
    dialog = app.window.about_dialog
    assert dialog is not None
    labels: list[QLabel] = dialog.findChildren(QLabel)
    texts = " ".join(label.text() for label in labels)
    assert __version__ in texts
    assert "Full credit card data should never go through your server" in texts
    assert "PCI-DSS" in texts
    assert "this page" not in texts  # an About box is no page
    assert "The Token API that this app calls should only be used with test data." in texts
    assert "ตัวอย่างนี้สำหรับใช้กับข้อมูลบัตรสำหรับทดสอบเท่านั้น" in texts


def test_model_passes_qtmodeltester(app: Harness, qtmodeltester: object) -> None:
    app.create_and_wait()
    app.create_and_wait()
    qtmodeltester.check(app.window.history_model)  # type: ignore[attr-defined]


def test_clicking_a_header_sorts_and_typing_filters_the_table(app: Harness) -> None:
    w = app.window
    view_model = w.history_panel.table.model()
    app.create_and_wait()
    w.form.edits["number"].setText("3530 1111 1119 0011")
    app.create_and_wait()
    w.history_panel.table.horizontalHeader().setSortIndicator(
        COL["card"], Qt.SortOrder.AscendingOrder
    )
    first = view_model.index(0, COL["card"])
    assert first.data().startswith("JCB")
    assert first.data(RECORD_ROLE).brand == "JCB"
    w.history_panel.filter_edit.setText("Visa")
    assert view_model.rowCount() == 1
    assert view_model.index(0, COL["token"]).data(RECORD_ROLE).brand == "Visa"
    w.history_panel.table.selectRow(0)
    record = w.history_panel.selected_record()
    assert record is not None
    assert record.brand == "Visa"


def test_auto_refresh_updates_unused_tokens_and_shows_when(app: Harness, qtbot: QtBot) -> None:
    w = app.window
    app.create_and_wait()
    token = w.last_token
    assert token is not None
    assert w.auto_timer.isActive()
    assert w.auto_timer.interval() == 30_000  # the default
    backend_charge(app.emulator.base_url, token.token_id, 5000)
    w.auto_timer.setInterval(20)  # the setting's minimum is 5 s; tests need not wait that long
    qtbot.waitUntil(lambda: w.history_model.index(0, COL["used"]).data() == "used", timeout=5000)
    assert "Last refreshed:" in w.history_panel.last_refreshed.text()
    assert "never" not in w.history_panel.last_refreshed.text()
    w.history_panel.auto_refresh.setChecked(False)
    assert not w.auto_timer.isActive()
    assert w.settings.auto_refresh is False


def test_geometry_is_remembered_and_shutdown_is_clean(open_app: object, qtbot: QtBot) -> None:
    first = open_app()  # type: ignore[operator]
    first.window.resize(760, 650)  # fits the 800x800 offscreen screen
    emulator = first.services.emulator
    first.close()
    assert first.services.http.is_closed
    assert emulator is not None
    assert not emulator.running
    second = open_app()  # type: ignore[operator]
    assert (second.window.width(), second.window.height()) == (760, 650)


def test_closing_keeps_settings_another_instance_saved(open_app: object) -> None:
    from omise_token_gui.core import paths
    from omise_token_gui.core.settings import SettingsStore

    first = open_app()  # type: ignore[operator]
    second = open_app()  # type: ignore[operator]  # same config dir, both running
    first.window.panel.copy_on_create.setChecked(False)  # saved at once
    second.close()  # its settings still say True: closing must not write them back
    assert SettingsStore(paths.settings_path()).load({}).settings.copy_on_create is False
    first.close()
    assert SettingsStore(paths.settings_path()).load({}).settings.copy_on_create is False


def test_accessible_names_on_the_controls(app: Harness) -> None:
    w = app.window
    for widget in (
        w.panel.create_button,
        w.panel.copy_button,
        w.picker.search,
        w.picker.tree,
        w.history_panel.filter_edit,
        w.history_panel.table,
        w.marker,
        *w.form.edits.values(),
    ):
        assert widget.accessibleName(), widget.objectName()


def test_a_failed_attempt_shows_the_vault_answer_not_the_old_token(app: Harness) -> None:
    w = app.window
    app.create_and_wait()
    w.form.edits["number"].setText("4242 4242 4242 4241")
    w.panel.send_anyway.setChecked(True)
    app.create_and_wait()
    assert '"code": "invalid_card"' in w.panel.json_view.toPlainText()
    assert w.panel.summary.text().startswith("Previous token")
    assert w.panel.token_label.styleSheet() == palette.muted_text()


def test_sandbox_tokens_survive_a_restart_and_can_still_be_charged(
    open_app: object, qtbot: QtBot
) -> None:
    first = open_app()  # type: ignore[operator]
    first.window.form.edits["number"].setText("4111 1111 1113 0012")  # stolen or lost
    first.create_and_wait()
    token = first.window.last_token.token_id
    first.close()
    second = open_app()  # type: ignore[operator]
    w = second.window
    assert second.emulator.base_url != first.emulator.base_url  # a new port
    w.history_panel.table.selectRow(0)
    w.history_panel.buttons["simulate"].click()
    press_charge(qtbot, w)
    qtbot.waitUntil(lambda: w.history_model.index(0, COL["used"]).data() == "used", timeout=5000)
    assert w.history_model.index(0, COL["token"]).data() == token
    assert w.history_model.index(0, COL["charge_status"]).data() == "failed: stolen_or_lost_card"
    assert w.history_model.index(0, COL["verdict"]).data() == "✔ matches"


def test_keyboard_and_context_menu_row_actions(app: Harness, qtbot: QtBot) -> None:
    w = app.window
    app.create_and_wait()
    token = w.last_token
    assert token is not None
    w.clipboard.set_text("")
    w.history_panel.table.setFocus()
    w.history_panel.table.selectRow(0)
    qtbot.keyClick(w.history_panel.table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert w.clipboard.text() == token.token_id
    rect = w.history_panel.table.visualRect(w.history_model.index(0, COL["card"]))
    w.history_panel._context_menu(rect.center())
    from PySide6.QtWidgets import QMenu

    menu = w.history_panel.findChild(QMenu)
    assert menu is not None
    assert [a.text().replace("&", "") for a in menu.actions() if a.text()] == [
        "Copy id",
        "Copy JSON",
        "Copy curl",
        "Refresh",
        "Simulate charge",
        "Delete",
        "Copy test card number",  # the default card is a catalog card (ui/card_copy.py)
        "Copy as cURL (create)",  # the create request (ui/export_link.py)
        "Copy the create answer (JSON)",  # the answer kept at creation (ui/evidence_link.py)
        "Clear history…",  # the whole history's, last
    ]
    menu.close()


def test_reset_card_form_is_in_the_edit_menu_with_a_shortcut(app: Harness, qtbot: QtBot) -> None:
    w = app.window
    w.form.edits["name"].clear()
    w.panel.send_anyway.setChecked(True)
    edit_menu = next(a.menu() for a in w.menuBar().actions() if a.text() == "&Edit")
    assert isinstance(edit_menu, QMenu)
    reset = next(a for a in edit_menu.actions() if a.text() == "&Reset card form")
    assert reset.shortcut().toString() == "Ctrl+Shift+R"
    reset.trigger()
    assert w.form.problems() == []
    assert not w.panel.send_anyway.isChecked()


def test_the_catalog_highlight_follows_the_forms_number(app: Harness, qtbot: QtBot) -> None:
    w = app.window
    assert w.picker.highlighted() == w.catalog.lookup("4242424242424242")  # the default card
    fund = next(c for c in w.catalog if c.scenario == "insufficient_fund")
    w.form.edits["number"].setText(fund.display_number)  # typed, not picked
    assert w.picker.highlighted() == fund
    w.form.edits["number"].setText("4012 8888 8888 1881")  # not a catalog card
    assert w.picker.highlighted() is None
    assert w.picker.tree.selectionModel().selectedRows() == []
    # "Create a fresh token with the same card" fills the form without a click in the picker.
    with qtbot.waitSignal(w.create_finished, timeout=10_000):
        w.create_actions.remake(fund)
    assert w.picker.highlighted() == fund
