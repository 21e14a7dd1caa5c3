"""Every control's accessible name and tooltip, and the tooltips that say why a control is
disabled (``explain``). The texts of buttons a controller enables are in ``reasons``.

Every text here is rendered in the current language and again after a language switch: the
tooltips set on other panels' widgets by ``describe`` (``on_language_change``), the reasons
of ``Explained`` (given as functions), and the accessible names taken from a button's text
(``name_from_text``: renamed when its owner has set the new text)."""

from __future__ import annotations

import functools
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QComboBox,
    QDialogButtonBox,
    QLineEdit,
    QWidget,
)

from omise_token_gui.core.i18n import QT_TRANSLATE_NOOP, translate
from omise_token_gui.ui import reasons, shortcuts
from omise_token_gui.ui.card_form import CardForm
from omise_token_gui.ui.card_picker import CardPicker
from omise_token_gui.ui.create_panel import CreatePanel
from omise_token_gui.ui.history_view import HistoryPanel
from omise_token_gui.ui.i18n import on_language_change, translator, without_mnemonic

_ = translator("Accessibility")
FIELD_TIPS = {
    "name": QT_TRANSLATE_NOOP("Accessibility", "The cardholder's name, as on the card"),
    "number": QT_TRANSLATE_NOOP(
        "Accessibility", "The card number: pick a test card, or type one (spaces are fine)"
    ),
    "expiration_month": QT_TRANSLATE_NOOP("Accessibility", "The expiry month, 1 to 12"),
    "expiration_year": QT_TRANSLATE_NOOP(
        "Accessibility", "The expiry year, four digits; a past date is refused by the vault"
    ),
    "security_code": QT_TRANSLATE_NOOP(
        "Accessibility", "The security code (CVV / CVC) on the back of the card"
    ),
    "street1": QT_TRANSLATE_NOOP("Accessibility", "Billing address, first line (optional)"),
    "street2": QT_TRANSLATE_NOOP("Accessibility", "Billing address, second line (optional)"),
    "city": QT_TRANSLATE_NOOP("Accessibility", "Billing address: city (optional)"),
    "state": QT_TRANSLATE_NOOP("Accessibility", "Billing address: state or province (optional)"),
    "postal_code": QT_TRANSLATE_NOOP("Accessibility", "Billing address: postal code (optional)"),
    "country": QT_TRANSLATE_NOOP(
        "Accessibility", "Billing address: country, as a two-letter code (type to search)"
    ),
    "phone_number": QT_TRANSLATE_NOOP("Accessibility", "The cardholder's phone number (optional)"),
}
_AUTO_NAMED = "accessibleNameFromText"  # a button property: named by ``name_from_text``


def field_tip(name: str) -> str:
    """A card field's tooltip (``FIELD_TIPS``) in the current language."""
    return translate("Accessibility", FIELD_TIPS[name])


Reason = str | Callable[[], str]


def _render(reason: Reason) -> str:
    return reason if isinstance(reason, str) else reason()


class Explained(QObject):
    """Keeps ``widget``'s tooltip in step with its enabled state: ``enabled`` says what it
    does, ``disabled`` why it cannot be used right now (a text, or a function giving it in
    the current language, or when the reason depends on the state). ``enabled`` None: the
    tooltip its owner sets (kept, in whatever language the owner sets it)."""

    def __init__(self, widget: QWidget, enabled: Reason | None, disabled: Reason) -> None:
        super().__init__(widget)
        self._widget, self._enabled, self._disabled = widget, enabled, disabled
        self._own = widget.toolTip()  # the owner's tooltip (``enabled`` None)
        self._said: str | None = None  # the tooltip set here last
        widget.installEventFilter(self)
        self.update()

    def update(self) -> None:
        current = self._widget.toolTip()
        if self._said is not None and current != self._said:
            self._own = current  # the owner set its tooltip again (another language)
        if self._widget.isEnabled():
            text = self._own if self._enabled is None else _render(self._enabled)
        else:
            text = _render(self._disabled)
        self._said = text
        self._widget.setToolTip(text)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Also just before the tooltip shows: a reason may change while the widget stays
        # disabled (the Sandbox's Save, then another profile's); and after a language switch.
        if watched is self._widget and event.type() in (
            QEvent.Type.EnabledChange,
            QEvent.Type.ToolTip,
            QEvent.Type.LanguageChange,
        ):
            self.update()
        return False


def explain(widget: QWidget, enabled: Reason | None, disabled: Reason) -> Explained:
    return Explained(widget, enabled, disabled)


def plain_name(button: QAbstractButton) -> str:
    """A button's text without its mnemonic mark ("&Create token" -> "Create token")."""
    return without_mnemonic(button.text())


def name_from_text(button: QAbstractButton) -> None:
    """The button's accessible name is its text without the mnemonic, now and after each
    language switch (the button gets the switch after its owner, an ancestor, has set its new
    text). A button named otherwise, or already named here, is left alone."""
    if button.property(_AUTO_NAMED) or button.accessibleName() or not button.text():
        return
    button.setProperty(_AUTO_NAMED, True)
    on_language_change(button, lambda: button.setAccessibleName(plain_name(button)))


def describe(
    *, picker: CardPicker, form: CardForm, panel: CreatePanel, history: HistoryPanel
) -> None:
    """Names and tooltips for the controls that have none of their own."""
    del picker  # names and tips its own controls
    form.country.setObjectName("countryBox")
    on_language_change(form, lambda: _describe_form(form))
    explain(
        panel.cancel_button,
        lambda: reasons.with_keys(_("Cancel the token being created"), "cancel_create"),
        lambda: reasons.tip(reasons.CANCEL_IDLE),
    )
    explain(
        panel.copy_button,
        lambda: _("Copy the token id shown here"),
        lambda: reasons.tip(reasons.COPY_NO_TOKEN),
    )
    on_language_change(panel, lambda: _describe_panel(panel))
    panel.json_view.setTabChangesFocus(True)  # read-only: Tab moves on, it types nothing
    explain(history.refresh_all_button, None, lambda: reasons.tip(reasons.REFRESH_BUSY))
    history.used_filter.setObjectName("usedFilter")
    on_language_change(history, lambda: _describe_history(history))
    for button in (*own_buttons(panel), *own_buttons(history)):
        name_from_text(button)


def _describe_form(form: CardForm) -> None:
    for name in FIELD_TIPS:
        form.edits[name].setToolTip(field_tip(name))
    form.country.setToolTip(field_tip("country"))
    form.country.setAccessibleName(_("Country"))


def _describe_panel(panel: CreatePanel) -> None:
    panel.copy_on_create.setToolTip(_("Copy each new token id to the clipboard as it is created"))
    panel.retry_button.setToolTip(_("Send the same card again"))
    panel.settings_button.setToolTip(_("Open Settings to fix the profile (key, vault URL)"))
    panel.json_view.setToolTip(_("The vault's answer for the token shown above, as JSON"))


def _describe_history(history: HistoryPanel) -> None:
    history.filter_edit.setToolTip(
        _("Show only the tokens whose visible text has every word typed here ({keys})").format(
            keys=shortcuts.shown_keys("filter_history")
        )
    )
    history.used_filter.setToolTip(_("Show all tokens, only unused ones, or only used ones"))
    history.auto_refresh.setToolTip(
        _("Ask the vault every few seconds about tokens whose charge is not final yet")
    )
    history.table.setToolTip(
        _(
            "Every token created; arrows move, {keys} opens the row menu, Tab leaves the table"
        ).format(keys=shortcuts.shown_keys("row_menu"))
    )


# Qt's composite controls: what they hold (a view's viewport and scroll bars, a line edit's or
# a combo box's inner parts) is Qt's own, never a button of this app.
_COMPOSITES = (QAbstractScrollArea, QLineEdit, QComboBox, QAbstractSpinBox)


def own_buttons(root: QWidget) -> list[QAbstractButton]:
    """The buttons under ``root``, not looking inside Qt's composite controls.
    ``root.findChildren(QAbstractButton)`` would find the same ones of this app, but it wraps
    every object under ``root`` in Python to look at it (a few ms before the window paints)."""
    found: list[QAbstractButton] = []
    todo = [root]
    while todo:
        for child in todo.pop().children():
            if isinstance(child, QAbstractButton):
                found.append(child)
            if isinstance(child, QWidget) and not isinstance(child, _COMPOSITES):
                todo.append(child)
    return found


def name_buttons(root: QWidget) -> None:
    """A button's accessible name is its text without the mnemonic mark; a dialog's button
    without a tooltip says what it does to the window (both follow a language switch)."""
    for box in root.findChildren(QDialogButtonBox):
        for button in box.buttons():
            if not button.toolTip():
                on_language_change(button, functools.partial(_tip_dialog_button, button))
    for button in root.findChildren(QAbstractButton):
        name_from_text(button)


def _tip_dialog_button(button: QAbstractButton) -> None:
    button.setToolTip(_("{action} this window").format(action=plain_name(button)))
