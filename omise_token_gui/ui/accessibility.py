"""Every control's accessible name and tooltip, and the tooltips that say why a control is
disabled (``explain``). The texts of buttons a controller enables are in ``reasons``."""

from __future__ import annotations

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

from omise_token_gui.ui import reasons, shortcuts
from omise_token_gui.ui.card_form import CardForm
from omise_token_gui.ui.card_picker import CardPicker
from omise_token_gui.ui.create_panel import CreatePanel
from omise_token_gui.ui.history_view import HistoryPanel

FIELD_TIPS = {
    "name": "The cardholder's name, as on the card",
    "number": "The card number: pick a test card, or type one (spaces are fine)",
    "expiration_month": "The expiry month, 1 to 12",
    "expiration_year": "The expiry year, four digits; a past date is refused by the vault",
    "security_code": "The security code (CVV / CVC) on the back of the card",
    "street1": "Billing address, first line (optional)",
    "street2": "Billing address, second line (optional)",
    "city": "Billing address: city (optional)",
    "state": "Billing address: state or province (optional)",
    "postal_code": "Billing address: postal code (optional)",
    "country": "Billing address: country, as a two-letter code (type to search)",
    "phone_number": "The cardholder's phone number (optional)",
}


Reason = str | Callable[[], str]


class Explained(QObject):
    """Keeps ``widget``'s tooltip in step with its enabled state: ``enabled`` says what it
    does, ``disabled`` why it cannot be used right now (a text, or a function giving it when
    the reason depends on the state)."""

    def __init__(self, widget: QWidget, enabled: str, disabled: Reason) -> None:
        super().__init__(widget)
        self._widget, self._enabled, self._disabled = widget, enabled, disabled
        widget.installEventFilter(self)
        self.update()

    def update(self) -> None:
        if self._widget.isEnabled():
            self._widget.setToolTip(self._enabled)
        else:
            why = self._disabled
            self._widget.setToolTip(why if isinstance(why, str) else why())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Also just before the tooltip shows: a reason may change while the widget stays
        # disabled (the Sandbox's Save, then another profile's).
        if watched is self._widget and event.type() in (
            QEvent.Type.EnabledChange,
            QEvent.Type.ToolTip,
        ):
            self.update()
        return False


def explain(widget: QWidget, enabled: str, disabled: Reason) -> Explained:
    return Explained(widget, enabled, disabled)


def plain_name(button: QAbstractButton) -> str:
    """A button's text without its mnemonic mark ("&Create token" -> "Create token")."""
    return button.text().replace("&&", "\0").replace("&", "").replace("\0", "&")


def describe(
    *, picker: CardPicker, form: CardForm, panel: CreatePanel, history: HistoryPanel
) -> None:
    """Names and tooltips for the controls that have none of their own."""
    for name, tip in FIELD_TIPS.items():
        form.edits[name].setToolTip(tip)
    form.country.setToolTip(FIELD_TIPS["country"])
    form.country.setAccessibleName("Country")
    form.country.setObjectName("countryBox")
    explain(
        panel.cancel_button,
        reasons.with_keys("Cancel the token being created", "cancel_create"),
        reasons.CANCEL_IDLE,
    )
    explain(panel.copy_button, "Copy the token id shown here", reasons.COPY_NO_TOKEN)
    panel.copy_on_create.setToolTip("Copy each new token id to the clipboard as it is created")
    panel.retry_button.setToolTip("Send the same card again")
    panel.settings_button.setToolTip("Open Settings to fix the profile (key, vault URL)")
    panel.json_view.setToolTip("The vault's answer for the token shown above, as JSON")
    panel.json_view.setTabChangesFocus(True)  # read-only: Tab moves on, it types nothing
    explain(history.refresh_all_button, history.refresh_all_button.toolTip(), reasons.REFRESH_BUSY)
    history.filter_edit.setToolTip(
        "Show only the tokens whose visible text has every word typed here "
        f"({shortcuts.shown_keys('filter_history')})"
    )
    history.used_filter.setObjectName("usedFilter")
    history.used_filter.setToolTip("Show all tokens, only unused ones, or only used ones")
    history.auto_refresh.setToolTip(
        "Ask the vault every few seconds about tokens whose charge is not final yet"
    )
    history.table.setToolTip(
        f"Every token created; arrows move, {shortcuts.shown_keys('row_menu')} opens the row "
        "menu, Tab leaves the table"
    )
    for button in (*own_buttons(panel), *own_buttons(history)):
        if not button.accessibleName() and button.text():
            button.setAccessibleName(plain_name(button))


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
    """A button's accessible name is its text without the mnemonic mark; a dialog's Close
    button says what it does."""
    for box in root.findChildren(QDialogButtonBox):
        for button in box.buttons():
            if not button.toolTip():
                button.setToolTip(f"{plain_name(button)} this window")
    for button in root.findChildren(QAbstractButton):
        if not button.accessibleName() and button.text():
            button.setAccessibleName(plain_name(button))
