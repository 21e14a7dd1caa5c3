"""Settings → General → Retention: keep the history forever, or forget what is older than
N days (``Settings.retention_days``; applied at start and once a day: ``ui.evidence_link``).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QSpinBox, QWidget

from omise_token_gui.core.settings import MAX_RETENTION_DAYS, MIN_RETENTION_DAYS
from omise_token_gui.ui.i18n import on_language_change, translator, without_mnemonic

_ = translator("SettingsPane")
DEFAULT_DAYS = 30  # offered when the tester first turns retention on


class RetentionRow(QWidget):
    """[ ] Forget tokens and attempts older than [30 days]; ``changed`` when the tester
    changes either (``days()``: None for forever)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = QCheckBox()
        self.check.setObjectName("retentionOn")
        self.spin = QSpinBox()
        self.spin.setObjectName("retentionDays")
        self.spin.setRange(MIN_RETENTION_DAYS, MAX_RETENTION_DAYS)
        self.spin.setValue(DEFAULT_DAYS)
        self.spin.setKeyboardTracking(False)  # saved once typed, not at each digit
        self.spin.setEnabled(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.spin)
        layout.addStretch(1)
        self.check.toggled.connect(self._toggled)
        self.spin.valueChanged.connect(self.changed)
        on_language_change(self, self._retranslate)

    def _retranslate(self) -> None:
        self.check.setText(_("Forget tokens and attempts older than"))
        self.check.setAccessibleName(without_mnemonic(self.check.text()))
        self.check.setToolTip(
            _("Omise recommends not keeping tokens around. Off: the history keeps "
              "everything until you clear it (Edit → Clear history…).")
        )  # fmt: skip
        self.spin.setSuffix(_(" days"))
        self.spin.setAccessibleName(_("Days the history keeps"))
        self.spin.setToolTip(_("Older tokens and attempts are forgotten at start and once a day."))

    def _toggled(self, on: bool) -> None:
        self.spin.setEnabled(on)
        self.changed.emit()

    def days(self) -> int | None:
        return int(self.spin.value()) if self.check.isChecked() else None

    def show_days(self, days: int | None) -> None:
        """Show the saved setting without emitting ``changed``."""
        for widget in (self.check, self.spin):
            widget.blockSignals(True)
        self.check.setChecked(days is not None)
        self.spin.setEnabled(days is not None)
        if days is not None:
            self.spin.setValue(days)
        for widget in (self.check, self.spin):
            widget.blockSignals(False)
