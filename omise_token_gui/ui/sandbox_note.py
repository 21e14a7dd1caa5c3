"""The first-launch note on the Sandbox: what its tokens are for, and how to test a real
checkout. Shown once (``Settings.sandbox_note_seen``), above the window's parts, until
dismissed; never a modal box in the way of the first create."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QWidget

from omise_token_gui.core.i18n import QT_TRANSLATE_NOOP
from omise_token_gui.ui.i18n import on_language_change, translator
from omise_token_gui.ui.plain import wrapped_label

_ = translator("SandboxNote")
SANDBOX_NOTE = QT_TRANSLATE_NOOP(
    "SandboxNote",
    "You are on the Sandbox: its tokens exist only in the emulator built into this app, so a "
    "checkout backed by Omise (its test or live vault) will not accept them. To test a real "
    "checkout, add a profile with your Omise public test key (it starts with pkey_test_) in "
    "File → Settings, then choose it under Profile at the top right.",
)


class SandboxNote(QFrame):
    dismissed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sandboxNote")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.label = wrapped_label()
        self.label.setObjectName("sandboxNoteText")
        self.ok_button = QPushButton()
        self.ok_button.setObjectName("sandboxNoteOk")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.ok_button)
        self.ok_button.clicked.connect(self._dismiss)
        self.hide()
        on_language_change(self, self._retranslate)

    def _retranslate(self) -> None:
        self.label.setText(QCoreApplication.translate("SandboxNote", SANDBOX_NOTE))
        self.ok_button.setText(_("Got it"))
        self.ok_button.setAccessibleName(_("Dismiss the Sandbox note"))
        self.ok_button.setToolTip(_("Hide this note; it is not shown again"))

    def _dismiss(self) -> None:
        self.hide()
        self.dismissed.emit()
