"""Create button, progress, Cancel, and the result: token id, Copy, the answer's JSON, errors.

The JSON answer is a fold (closed: one line), not a fixed box taking the history's height; the
progress bar keeps its place, so that starting a create moves nothing.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from omise_token_gui.core import explanations
from omise_token_gui.core.answers import pretty_json
from omise_token_gui.core.catalog import shown
from omise_token_gui.core.errors import AppError, ErrorKind, FieldProblem
from omise_token_gui.core.history import TokenRecord
from omise_token_gui.ui import palette, reasons
from omise_token_gui.ui.card_form import FIELDS
from omise_token_gui.ui.fold import Fold
from omise_token_gui.ui.i18n import on_language_change, translator
from omise_token_gui.ui.plain import plain_label, wrapped_label

_ = translator("CreatePanel")
Said = str | Callable[[], str]  # a text, or a function giving it in the current language
_SETTINGS_KINDS = (
    ErrorKind.AUTHENTICATION,
    ErrorKind.KEY_REJECTED,
    ErrorKind.URL_REJECTED,
    ErrorKind.PROFILE,
    ErrorKind.LIVEMODE,
)


def error_tip(error: AppError) -> str:
    """The error's line in full, for its tooltip: ``error_text`` and what to check."""
    meaning = explanations.for_error(error)
    check = _("Check: {check}").format(check=meaning.check) if meaning is not None else ""
    return "\n".join(t for t in (error_text(error), check) if t)


def error_text(error: AppError) -> str:
    """An error as the panel shows it, in the current language: whose code it is, the app's
    sentence (``human``), the vault's own words as Omise sent them (``message``, labelled as
    the vault's), the app's explanation of the code, and the fields' problems."""
    human = error.own_words if error.message and error.own_words else error.human
    if error.code:
        head = _("Omise: {code} · {human}").format(code=error.code, human=human)
    else:
        head = _("app: {code} · {human}").format(code=error.kind.value, human=human)
    lines = [head]
    if error.message:
        lines.append(_("Vault said: “{message}”").format(message=error.message))
    meaning = explanations.for_error(error)
    if meaning is not None:
        # What to check is in the tooltip (error_tip): on a small window the line has room
        # for three or four lines of text, not five.
        lines.append(_("What it means: {should}").format(should=meaning.should))
    if error.kind is ErrorKind.INVALID_INPUT and error.problems:
        lines += [problem_line(p) for p in error.problems]
    return "\n".join(lines)


def problem_line(problem: FieldProblem) -> str:
    """``• Card number: …``: the field as the form labels it, in the current language."""
    spec = next((f for f in FIELDS if f.name == problem.field), None)
    field = spec.shown_label if spec is not None else problem.field.replace("_", " ")
    return _("• {field}: {problem}").format(field=field, problem=problem.message)


class CreatePanel(QWidget):
    """Shows what it is told (``set_busy``, ``show_token``, ``show_error``…); the buttons'
    clicks are the controller's (``create_actions.CreateActions``)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._build_controls()
        self._build_result()
        self._build_errors()
        self._lay_out()
        self._shown: TokenRecord | None = None  # the token shown (its summary follows the language)
        self._previous = False  # the token shown is the previous one (the last attempt failed)
        self._said: Said | None = None  # the error line's text (rendered again on a switch)
        self._tip: Callable[[], str] | None = None  # its tooltip (the whole explanation)
        on_language_change(self, self._retranslate)

    def _retranslate(self) -> None:
        self.create_button.setText(_("&Create token"))
        self.create_button.setToolTip(
            reasons.with_keys(_("Create a token from the card form"), "create")
        )
        self.create_button.setAccessibleName(_("Create token"))
        self.cancel_button.setText(_("Ca&ncel"))
        self.reset_button.setText(_("Reset for&m"))
        self.reset_button.setToolTip(
            reasons.with_keys(
                _("Put every card field back to the default card and untick Send anyway"),
                "reset_form",
            )
        )
        self.send_anyway.setText(_("Send any&way (negative test)"))
        self.send_anyway.setToolTip(
            _(
                "Send the card even though it has problems, to see how the vault answers "
                "invalid data"
            )
        )
        self.copy_on_create.setText(_("Cop&y id on create"))
        self.progress.setAccessibleName(_("Request in progress"))
        if self._shown is None and not self.copy_button.isEnabled():
            self.token_label.setFont(self._note_font)
            self.token_label.setText(_("No token yet"))
        self.token_label.setAccessibleName(_("Token id"))
        self.copy_button.setText(_("C&opy"))
        self.copy_button.setAccessibleName(_("Copy token id"))
        self.json_view.setPlaceholderText(_("The vault's answer (JSON) appears here."))
        self.json_view.setAccessibleName(_("Vault answer JSON"))
        self.json_fold.set_title(_("&Vault answer (JSON)"))
        self.retry_button.setText(_("Re&try"))
        self.settings_button.setText(_("Open &settings…"))
        if self._shown is not None:
            self.summary.setText(self._summary(self._shown))
        elif self._previous:
            self.summary.setText(_("Previous token (the last attempt below did not create one)."))
        self._say_error()

    def _build_controls(self) -> None:
        self.create_button = QPushButton()
        self.create_button.setObjectName("createButton")
        self.create_button.setDefault(True)
        self.cancel_button = QPushButton()
        self.cancel_button.setObjectName("cancelButton")
        self.cancel_button.setEnabled(False)
        self.reset_button = QPushButton()
        self.reset_button.setObjectName("resetFormButton")
        self.send_anyway = QCheckBox()
        self.send_anyway.setObjectName("sendAnyway")
        self.copy_on_create = QCheckBox()
        self.copy_on_create.setObjectName("copyOnCreate")
        self.copy_on_create.setChecked(True)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy indicator
        self.progress.setMaximumHeight(10)
        self.progress.setTextVisible(False)
        policy = self.progress.sizePolicy()
        policy.setRetainSizeWhenHidden(True)  # shown while busy: nothing moves
        self.progress.setSizePolicy(policy)
        self.progress.setVisible(False)

    def _build_result(self) -> None:
        self.token_label = plain_label()
        self.token_label.setObjectName("tokenId")
        font = QFont(self.token_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self._note_font = QFont(font)  # "No token yet": a monospace font has no Thai (gaps)
        font.setFamily("monospace")
        self._id_font = font
        self.token_label.setFont(self._note_font)
        self.token_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.copy_button = QPushButton()
        self.copy_button.setObjectName("copyTokenButton")
        self.copy_button.setEnabled(False)
        self.summary = wrapped_label()
        self.summary.setObjectName("tokenSummary")
        self.confirm = plain_label()
        self.confirm.setObjectName("copyConfirm")
        palette.paint(self.confirm, palette.Look.OK_BOLD)
        self._confirm_timer = QTimer(self)
        self._confirm_timer.setSingleShot(True)
        self._confirm_timer.timeout.connect(self.confirm.clear)
        self.json_view = QPlainTextEdit()
        self.json_view.setObjectName("tokenJson")
        self.json_view.setReadOnly(True)
        self.json_view.setFont(QFont("monospace"))
        self.json_view.setMinimumHeight(120)
        self.json_fold = Fold("", self.json_view, "json")

    def _build_errors(self) -> None:
        self.error = wrapped_label()  # never cut: an error's every line is read
        self.error.setObjectName("createError")
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        palette.paint(self.error, palette.Look.ERROR)
        self.error.setVisible(False)
        self.retry_button = QPushButton()
        self.retry_button.setObjectName("retryButton")
        self.retry_button.setVisible(False)
        self.settings_button = QPushButton()
        self.settings_button.setObjectName("openSettingsButton")
        self.settings_button.setVisible(False)

    def _lay_out(self) -> None:
        buttons = QHBoxLayout()
        buttons.addWidget(self.create_button)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.reset_button)
        buttons.addStretch(1)
        buttons.addWidget(self.send_anyway)
        buttons.addWidget(self.copy_on_create)
        result = QHBoxLayout()
        result.addWidget(self.token_label, 1)
        result.addWidget(self.confirm)
        result.addWidget(self.copy_button)
        errors = QHBoxLayout()
        errors.addWidget(self.error, 1)
        errors.addWidget(self.retry_button)
        errors.addWidget(self.settings_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.progress)
        layout.addLayout(result)
        layout.addWidget(self.summary)
        layout.addLayout(errors)
        layout.addWidget(self.json_fold, 1)

    # ---------------------------------------------------------------- states
    def set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.cancel_button.setEnabled(busy)
        self.create_button.setEnabled(not busy)
        if busy:
            self._said = self._tip = None
            self.error.setVisible(False)
            self.retry_button.setVisible(False)
            self.settings_button.setVisible(False)

    def show_token(self, record: TokenRecord) -> None:
        palette.paint(self.token_label, palette.Look.PLAIN)
        self.token_label.setFont(self._id_font)
        self.token_label.setText(record.token_id)
        self.copy_button.setEnabled(True)
        self._shown = record
        self._previous = False
        self.summary.setText(self._summary(record))
        self.json_view.setPlainText(pretty_json(record.raw_json))

    @staticmethod
    def _summary(record: TokenRecord) -> str:
        return _(
            "{brand} •••• {last4} · {scenario} · expected charge: {expected} · profile {profile}"
        ).format(
            brand=record.brand,
            last4=record.last4,
            scenario=shown(record.scenario_label) if record.scenario_label else _("typed-in card"),
            expected=record.expected_outcome or _("not a catalog card"),
            profile=record.profile,
        )

    def show_unsaved(self, record: TokenRecord, reason: str) -> None:
        """The vault created the token but the history could not store it: show it anyway."""
        self.show_token(record)
        self._tip = None
        self._said = lambda: _(
            "Not saved to history: the vault created {token}, but it could not be stored. "
            "{reason} It is kept, and saved with the next token once the history can be "
            "written; copy it now if you need it."
        ).format(token=record.token_id, reason=reason)
        self._say_error()
        self.error.setVisible(True)
        self.retry_button.setVisible(False)
        self.settings_button.setVisible(False)

    def flash(self, text: str) -> None:
        self.confirm.setText(text)
        self._confirm_timer.start(2500)

    def _demote_previous(self) -> None:
        """A failed attempt: the token still shown is the previous one, and says so."""
        self.confirm.clear()
        if self.copy_button.isEnabled():
            palette.paint(self.token_label, palette.Look.MUTED)
            self._shown = None
            self._previous = True
            self.summary.setText(_("Previous token (the last attempt below did not create one)."))

    def _say_error(self) -> None:
        """The error line, from what was said last (in the current language)."""
        said = self._said
        if said is not None:
            self.error.setText(said if isinstance(said, str) else said())
        self.error.setToolTip(self._tip() if self._tip is not None else "")

    def show_error(self, error: AppError) -> None:
        """``error_text``; shown again in the new language after a switch (the vault's own
        words stay as Omise sent them)."""
        self._demote_previous()
        self.json_view.setPlainText(pretty_json(error.body) if error.body else "")
        self._said = lambda: error_text(error)
        self._tip = lambda: error_tip(error)
        self._say_error()
        self.error.setVisible(True)
        self.retry_button.setVisible(error.transient)
        self.settings_button.setVisible(error.kind in _SETTINGS_KINDS)

    def show_message(self, text: Said) -> None:
        """A message of the app in the error's place (a function: rendered again after a
        language switch)."""
        self._demote_previous()
        self._tip = None
        self._said = text
        self._say_error()
        self.error.setVisible(True)
        self.retry_button.setVisible(False)
        self.settings_button.setVisible(False)
