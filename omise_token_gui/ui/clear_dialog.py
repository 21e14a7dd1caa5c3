"""History → Clear history…: all of it, what is older than N days, or one test case's; the
dialog says what goes (the attempt log's sentence, with its counts) before the tester
confirms, and the clearing itself is one transaction in the core (``core.retention``).

A dialog over two callables (``describe``, ``clear``): ``ui.evidence_link`` hands it the
core's; the tests hand it fakes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from omise_token_gui.core.errors import AppError
from omise_token_gui.ui import palette
from omise_token_gui.ui.i18n import translator, without_mnemonic
from omise_token_gui.ui.plain import plain_label

_ = translator("ClearDialog")


@dataclass(frozen=True)
class ClearChoice:
    """What to forget: ``"all"``, ``"older"`` (than ``days``) or ``"tag"`` (``tag``'s)."""

    kind: str = "all"
    days: int = 30
    tag: str = ""


class ClearDialog(QDialog):
    """Choose what goes, read what that is, then Clear (or Cancel). ``describe(choice)`` is
    the sentence of what goes; ``clear(choice)`` forgets it and returns the sentence of what
    went (shown by the caller: ``done``)."""

    def __init__(
        self,
        describe: Callable[[ClearChoice], str],
        clear: Callable[[ClearChoice], str],
        done: Callable[[str], None],
        parent: QWidget | None = None,
        tag: str = "",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("clearDialog")
        self._describe, self._clear, self._done = describe, clear, done
        self.setWindowTitle(_("Clear history"))
        self.all_radio = QRadioButton(_("&Everything: every token and attempt"))
        self.older_radio = QRadioButton(_("&Older than"))
        self.tag_radio = QRadioButton(_("Of the &test case"))
        self.group = QButtonGroup(self)
        for i, radio in enumerate((self.all_radio, self.older_radio, self.tag_radio)):
            self.group.addButton(radio, i)
        self.days = QSpinBox()
        self.days.setObjectName("clearDays")
        self.days.setRange(1, 3650)
        self.days.setValue(30)
        self.days.setSuffix(_(" days"))
        self.days.setAccessibleName(_("Days to keep"))
        self.tag_edit = QLineEdit(tag)
        self.tag_edit.setObjectName("clearTag")
        self.tag_edit.setPlaceholderText(_("e.g. QA-123"))
        self.tag_edit.setAccessibleName(without_mnemonic(self.tag_radio.text()))
        self.what_goes = plain_label()
        self.what_goes.setObjectName("clearWhatGoes")
        self.what_goes.setWordWrap(True)
        self.error = plain_label()
        self.error.setObjectName("clearError")
        self.error.setWordWrap(True)
        palette.paint(self.error, palette.Look.ERROR)
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.clear_button = QPushButton(_("&Clear"))
        self.clear_button.setObjectName("clearButton")
        self.buttons.addButton(self.clear_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self._lay_out()
        self.older_radio.setChecked(True)
        self.group.idToggled.connect(self._toggled)
        self.days.valueChanged.connect(self.update_what_goes)
        self.tag_edit.textChanged.connect(self.update_what_goes)
        self.clear_button.clicked.connect(self.confirm)
        self.buttons.rejected.connect(self.reject)
        self.update_what_goes()

    def _lay_out(self) -> None:
        grid = QGridLayout()
        grid.addWidget(self.all_radio, 0, 0, 1, 2)
        grid.addWidget(self.older_radio, 1, 0)
        grid.addWidget(self.days, 1, 1)
        grid.addWidget(self.tag_radio, 2, 0)
        grid.addWidget(self.tag_edit, 2, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(_("What should go from the history?")))
        layout.addLayout(grid)
        layout.addWidget(self.what_goes)
        layout.addWidget(self.error)
        layout.addWidget(plain_label(_("The tokens themselves stay on the vault.")))
        layout.addWidget(self.buttons)

    def _toggled(self, _id: int, on: bool) -> None:
        if on:
            self.update_what_goes()

    def choice(self) -> ClearChoice:
        kind = {0: "all", 1: "older", 2: "tag"}.get(self.group.checkedId(), "older")
        return ClearChoice(kind, self.days.value(), self.tag_edit.text().strip())

    def update_what_goes(self) -> None:
        """The sentence of what would go now, and Clear enabled only when it is something."""
        choice = self.choice()
        self.days.setEnabled(choice.kind == "older")
        self.tag_edit.setEnabled(choice.kind == "tag")
        if choice.kind == "tag" and not choice.tag:
            self.what_goes.setText(_("Name the test case whose tokens and attempts go."))
            self.clear_button.setEnabled(False)
            return
        try:
            self.what_goes.setText(self._describe(choice))
        except AppError as exc:
            self.what_goes.setText(exc.human)
            self.clear_button.setEnabled(False)
            return
        self.clear_button.setEnabled(True)

    def confirm(self) -> None:
        try:
            went = self._clear(self.choice())
        except AppError as exc:  # nothing went: the clearing is one transaction
            self.error.setText(_("Nothing was cleared: {reason}").format(reason=exc.human))
            self.error.show()
            return
        self._done(went)
        self.accept()
