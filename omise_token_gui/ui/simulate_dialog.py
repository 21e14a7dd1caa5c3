"""The Simulate charge dialog: how the Sandbox charges the selected token.

Amount (in the Sandbox account's currency, within its limits), capture now or authorize
only, 3-D Secure Pass or Fail (when the Sandbox's 3-D Secure mode is on), and "force a
different outcome" (the Sandbox's ``charge_failure`` fault for this one charge) so that a
tester can preview a ✘ verdict. Opened with ``open()``, never ``exec()``: ``on_charge``
gets the ``ChargePlan`` when the tester presses Charge.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from omise_token_gui.core.charge_plan import ChargePlan, CurrencyRules, SandboxDesk
from omise_token_gui.core.history import TokenRecord
from omise_token_gui.ui.i18n import translator
from omise_token_gui.ui.plain import message_box, plain_label
from omise_token_gui.ui.reasons import awaiting_capture
from omise_token_gui.ui.sandbox_charge import ChargeDialog

_ = translator("SimulateDialog")
FAILURE_CODES = (
    "insufficient_fund",
    "stolen_or_lost_card",
    "failed_processing",
    "payment_rejected",
    "failed_fraud_check",
    "invalid_account_number",
    "invalid_security_code",
)
DEFAULT_AMOUNT = 100_00  # ฿100.00 (the smallest unit), clamped to the account's limits


class SimulateDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        token_id: str,
        rules: CurrencyRules,
        three_d_secure: bool,
        on_charge: Callable[[ChargePlan], None],
        failure_codes: Sequence[str] = FAILURE_CODES,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("simulateDialog")
        self.setWindowTitle(_("Simulate charge"))
        self._rules = rules
        self._three_d_secure = three_d_secure
        self._on_charge = on_charge
        about = plain_label(_("Charge {token} on the Sandbox.").format(token=token_id))
        self.amount = self._amount_box(rules)
        self.capture_now = QRadioButton(_("Capture now"))
        self.authorize_only = QRadioButton(_("Authorize only (capture or reverse later)"))
        self.capture_now.setChecked(True)
        self.secure = QGroupBox(_("3-D Secure (the Sandbox asks for it)"))
        self.secure_pass = QRadioButton(_("The buyer passes"))
        self.secure_fail = QRadioButton(_("The buyer fails"))
        self.secure_pass.setChecked(True)
        self.secure.setVisible(three_d_secure)
        self.force = QCheckBox(_("Force a different outcome: fail with"))
        self.force_code = QComboBox()
        self.force_code.addItems(list(failure_codes))  # Omise's codes, not translated
        self.force_code.setEnabled(False)
        self.force.toggled.connect(self.force_code.setEnabled)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.charge_button = self.buttons.addButton(
            _("Charge"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._lay_out(about)
        self._name_for_screen_readers()
        # Room for the longest line (Thai text drawn by a fallback font measures short).
        self.setMinimumWidth(max(self.sizeHint().width(), 440))

    def _amount_box(self, rules: CurrencyRules) -> QDoubleSpinBox:
        box = QDoubleSpinBox()
        scale = 1 if rules.zero_decimal else 100
        box.setDecimals(0 if rules.zero_decimal else 2)
        box.setRange(rules.minimum / scale, rules.maximum / scale)
        box.setValue(min(max(DEFAULT_AMOUNT, rules.minimum), rules.maximum) / scale)
        box.setSuffix(f" {rules.currency}")
        box.setGroupSeparatorShown(True)
        return box

    def _lay_out(self, about: QLabel) -> None:
        form = QFormLayout()
        form.addRow(plain_label(_("Amount")), self.amount)
        limits = plain_label(
            _("Between {low} and {high} {currency} (the Sandbox account's limits).").format(
                low=self._rules.shown(self._rules.minimum),
                high=self._rules.shown(self._rules.maximum),
                currency=self._rules.currency,
            )
        )
        limits.setWordWrap(True)
        form.addRow(plain_label(), limits)
        capture = QButtonGroup(self)
        capture.addButton(self.capture_now)
        capture.addButton(self.authorize_only)
        secure = QVBoxLayout(self.secure)
        secure.addWidget(self.secure_pass)
        secure.addWidget(self.secure_fail)
        force = QHBoxLayout()
        force.addWidget(self.force)
        force.addWidget(self.force_code, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addLayout(form)
        layout.addWidget(self.capture_now)
        layout.addWidget(self.authorize_only)
        layout.addWidget(self.secure)
        layout.addLayout(force)
        layout.addWidget(self.buttons)

    def _name_for_screen_readers(self) -> None:
        self.amount.setAccessibleName(_("Amount"))
        self.force_code.setAccessibleName(_("Failure code to force"))

    def plan(self) -> ChargePlan:
        scale = 1 if self._rules.zero_decimal else 100
        return ChargePlan(
            amount=round(self.amount.value() * scale),
            currency=self._rules.currency,
            capture=self.capture_now.isChecked(),
            three_d_secure=self.secure_pass.isChecked() if self._three_d_secure else None,
            force_failure=self.force_code.currentText() if self.force.isChecked() else None,
        )

    def accept(self) -> None:
        plan = self.plan()
        super().accept()
        self._on_charge(plan)


def open_simulate_dialog(
    parent: QWidget | None,
    token_id: str,
    rules: CurrencyRules,
    three_d_secure: bool,
    on_charge: Callable[[ChargePlan], None],
) -> SimulateDialog:
    """Open the dialog (window-modal, not blocking); it deletes itself when closed."""
    dialog = SimulateDialog(parent, token_id, rules, three_d_secure, on_charge)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog


def open_capture_dialog(
    parent: QWidget | None, token_id: str, on_choice: Callable[[str], None]
) -> QMessageBox:
    """An authorized, uncaptured charge: Capture, Reverse or Cancel (not blocking)."""
    box = message_box(
        QMessageBox.Icon.Question,
        _("Simulate charge"),
        _("The charge of {token} is authorized, not captured yet.").format(token=token_id),
        QMessageBox.StandardButton.Cancel,
        parent,
    )
    box.setObjectName("captureBox")
    capture = box.addButton(_("Capture"), QMessageBox.ButtonRole.AcceptRole)
    reverse = box.addButton(_("Reverse"), QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(capture)

    def finished() -> None:
        clicked = box.clickedButton()
        box.deleteLater()
        if clicked is capture:
            on_choice("capture")
        elif clicked is reverse:
            on_choice("reverse")

    box.finished.connect(finished)
    box.open()
    return box


def charge_dialog_for(parent: QWidget) -> ChargeDialog:
    """What the history's Simulate charge opens over ``parent``: the capture question for an
    authorized charge, else the Simulate charge dialog."""

    def open_for(
        record: TokenRecord, desk: SandboxDesk, done: Callable[[ChargePlan | str], None]
    ) -> QDialog | QMessageBox:
        if awaiting_capture(record):
            return open_capture_dialog(parent, record.token_id, done)
        return open_simulate_dialog(
            parent, record.token_id, desk.rules(), desk.three_d_secure(), done
        )

    return open_for
