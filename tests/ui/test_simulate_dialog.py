"""The Simulate charge dialog (ui/simulate_dialog.py), in the real window on the embedded
Sandbox: each way it charges (capture now, authorize only then capture or reverse, 3-D Secure
pass and fail, a forced outcome), its amount limits per account country, and Cancel."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMessageBox

from omise_token_gui.core.charge_plan import ChargePlan, CurrencyRules
from omise_token_gui.ui.history_model import COL
from omise_token_gui.ui.simulate_dialog import SimulateDialog
from tests.ui.conftest import Harness

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot


def dialog_of(app: Harness, qtbot: QtBot) -> SimulateDialog:
    w = app.window
    w.history_panel.table.selectRow(0)
    w.history_panel.buttons["simulate"].click()

    def shown() -> SimulateDialog | None:
        found = [d for d in w.findChildren(SimulateDialog) if d.isVisible()]
        return found[0] if found else None

    qtbot.waitUntil(lambda: shown() is not None, timeout=5000)
    dialog = shown()
    assert dialog is not None
    return dialog


def status_becomes(app: Harness, qtbot: QtBot, text: str) -> None:
    cell = lambda: app.window.history_model.index(0, COL["charge_status"]).data()  # noqa: E731
    qtbot.waitUntil(lambda: cell() == text, timeout=5000)


def test_capture_now_is_the_default(app: Harness, qtbot: QtBot) -> None:
    app.create_and_wait()
    dialog = dialog_of(app, qtbot)
    assert dialog.plan() == ChargePlan(amount=100_00, currency="THB", capture=True)
    assert not dialog.secure.isVisible()  # the Sandbox's 3-D Secure mode is off
    dialog.charge_button.click()
    status_becomes(app, qtbot, "successful")


def test_authorize_only_then_capture_or_reverse(app: Harness, qtbot: QtBot) -> None:
    w = app.window
    for choice, ending in (("Capture", "successful"), ("Reverse", "reversed")):
        app.create_and_wait()
        dialog = dialog_of(app, qtbot)
        dialog.authorize_only.setChecked(True)
        dialog.charge_button.click()
        status_becomes(app, qtbot, "pending")
        w.history_panel.table.selectRow(0)
        assert w.history_panel.buttons["simulate"].isEnabled()  # used, but awaiting capture
        w.history_panel.buttons["simulate"].click()
        box = w.findChild(QMessageBox, "captureBox")
        assert box is not None
        assert box.isVisible()
        (button,) = [b for b in box.buttons() if b.text() == choice]
        button.click()
        status_becomes(app, qtbot, ending)
        w.history_panel.table.selectRow(0)
        assert not w.history_panel.buttons["simulate"].isEnabled()


def test_three_d_secure_pass_and_fail(app: Harness, qtbot: QtBot) -> None:
    app.emulator.state.config.three_d_secure = True
    try:
        app.create_and_wait()
        dialog = dialog_of(app, qtbot)
        assert dialog.secure.isVisible()
        assert dialog.plan().three_d_secure is True
        dialog.charge_button.click()
        status_becomes(app, qtbot, "successful")
        app.create_and_wait()
        dialog = dialog_of(app, qtbot)
        dialog.secure_fail.setChecked(True)
        dialog.charge_button.click()
        status_becomes(app, qtbot, "failed: payment_rejected")
        verdict = app.window.history_model.index(0, COL["verdict"]).data()
        assert str(verdict).startswith("✘")
    finally:
        app.emulator.state.config.three_d_secure = False


def test_force_a_different_outcome_shows_a_cross(app: Harness, qtbot: QtBot) -> None:
    app.create_and_wait()
    dialog = dialog_of(app, qtbot)
    assert not dialog.force_code.isEnabled()
    dialog.force.setChecked(True)
    dialog.force_code.setCurrentText("stolen_or_lost_card")
    dialog.charge_button.click()
    status_becomes(app, qtbot, "failed: stolen_or_lost_card")
    assert str(app.window.history_model.index(0, COL["verdict"]).data()).startswith("✘")
    assert app.emulator.vault.faults.get().charge_failure is None


def test_cancel_charges_nothing(app: Harness, qtbot: QtBot) -> None:
    app.create_and_wait()
    before = len(app.emulator.requests())
    dialog = dialog_of(app, qtbot)
    dialog.reject()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=2000)
    assert len(app.emulator.requests()) == before
    assert app.window.history_model.index(0, COL["used"]).data() != "used"


def test_the_amount_keeps_to_the_accounts_limits(qtbot: QtBot) -> None:
    plans: list[ChargePlan] = []
    thai = SimulateDialog(None, "tokn_test_x", CurrencyRules(), False, plans.append)
    qtbot.addWidget(thai)
    thai.amount.setValue(1.0)  # below ฿20: held at the minimum
    assert thai.plan().amount == 2000
    yen = SimulateDialog(
        None, "tokn_test_x", CurrencyRules("JPY", 100, 6_000_000, True), False, plans.append
    )
    qtbot.addWidget(yen)
    assert (yen.amount.decimals(), yen.plan().amount) == (0, 10_000)
    yen.amount.setValue(99_000_000)
    assert yen.plan().amount == 6_000_000
    yen.accept()
    assert plans == [ChargePlan(amount=6_000_000, currency="JPY")]
