"""The history bar's evidence parts: which rows it shows (Tokens / All attempts, remembered
with the window's layout), the current test case new creates are tagged with, and the
Details fold's button (the pane itself sits under the history: ``window_parts.lay_out``).

Widgets with signals, no rules: ``ui.evidence_link`` saves the test case in the settings
and the history panel follows the view (``history_view.show_view``).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLineEdit,
    QSizePolicy,
    QToolButton,
    QWidget,
)

from omise_token_gui.core.settings import MAX_TEST_KEY
from omise_token_gui.ui.i18n import on_language_change, translator, without_mnemonic
from omise_token_gui.ui.plain import plain_label
from omise_token_gui.ui.window_state import remember

_ = translator("EvidenceBar")


class EvidenceBar(QWidget):
    """[Tokens | All attempts]  Test case: [QA-123]."""

    view_changed = Signal(bool)  # True: every attempt
    test_key_changed = Signal(str)  # the tester named another current test case

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Tool buttons: narrower than push buttons (the bar must fit 960 logical pixels).
        self.tokens_button = QToolButton()
        self.tokens_button.setObjectName("viewTokens")
        self.attempts_button = QToolButton()
        self.attempts_button.setObjectName("viewAttempts")
        remember(self.attempts_button)  # the view, as the window was left
        self.group = QButtonGroup(self)
        for button in (self.tokens_button, self.attempts_button):
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            self.group.addButton(button)
        self.tokens_button.setChecked(True)
        self.attempts_button.toggled.connect(self.view_changed)
        self.test_key_label = plain_label()
        self.test_key_edit = QLineEdit()
        self.test_key_edit.setObjectName("currentTestKey")
        self.test_key_edit.setMaxLength(MAX_TEST_KEY)
        self.test_key_edit.setClearButtonEnabled(True)
        self.test_key_edit.setMinimumWidth(60)
        self.test_key_edit.setMaximumWidth(110)
        policy = self.test_key_edit.sizePolicy()  # the filter beside it takes the room
        policy.setHorizontalPolicy(QSizePolicy.Policy.Maximum)
        self.test_key_edit.setSizePolicy(policy)
        self.test_key_label.setBuddy(self.test_key_edit)
        self._shown_key = ""
        self.test_key_edit.editingFinished.connect(self._key_edited)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.tokens_button)
        layout.addWidget(self.attempts_button)
        layout.addSpacing(4)
        layout.addWidget(self.test_key_label)
        layout.addSpacing(2)
        layout.addWidget(self.test_key_edit)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
        on_language_change(self, self._retranslate)

    def _retranslate(self) -> None:
        self.tokens_button.setText(_("To&kens"))
        self.tokens_button.setToolTip(_("Show one row per token created"))
        self.attempts_button.setText(_("All attem&pts"))
        self.attempts_button.setToolTip(
            _("Show every create attempt, whatever its end: refused, vault errors, network "
              "faults and cancels too")
        )  # fmt: skip
        self.test_key_label.setText(_("Test case:"))
        self.test_key_edit.setPlaceholderText(_("e.g. QA-123"))
        self.test_key_edit.setAccessibleName(without_mnemonic(self.test_key_label.text()))
        self.test_key_edit.setToolTip(
            _("The test case new tokens are tagged with (the form, the tray and "
              "omise-token create without --tag); empty: none")
        )  # fmt: skip

    @property
    def all_attempts(self) -> bool:
        return self.attempts_button.isChecked()

    def show_test_key(self, key: str) -> None:
        """Show the current test case (the settings'), without emitting."""
        self._shown_key = key
        self.test_key_edit.setText(key)

    def _key_edited(self) -> None:
        key = self.test_key_edit.text().strip()
        if key != self._shown_key:
            self._shown_key = key
            self.test_key_changed.emit(key)


def details_toggle() -> QToolButton:
    """The Details fold's button (▸ closed, ▾ open), remembered with the window."""
    button = QToolButton()
    button.setObjectName("fold_details")
    remember(button)
    button.setCheckable(True)
    button.setAutoRaise(True)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    button.setArrowType(Qt.ArrowType.RightArrow)

    def render() -> None:
        on = button.isChecked()
        button.setArrowType(Qt.ArrowType.DownArrow if on else Qt.ArrowType.RightArrow)
        button.setText(_("De&tails"))
        button.setAccessibleName(_("Details of the selected row"))
        button.setToolTip(_("Hide the details") if on else _("Show the details of the row"))

    button.toggled.connect(render)
    on_language_change(button, render)
    return button
