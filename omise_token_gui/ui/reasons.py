"""What a button's tooltip says: what it does (with its keys), or why it is disabled.

Texts only (no widgets), so that the views and controllers that enable a button can say why
in the same place: ``create_tip`` for Create (``create_actions``), ``row_tip`` for the history's
row actions (``history_view``).

The tables and constants hold the English source, marked with ``QT_TRANSLATE_NOOP``; they are
translated where shown (``tip``, ``row_name``, ``row_tip``, ``create_tip``), so that a tooltip
rendered again after a language switch is in the new language."""

from __future__ import annotations

from omise_token_gui.core.history import TokenRecord
from omise_token_gui.core.i18n import QT_TRANSLATE_NOOP, translate
from omise_token_gui.core.settings import SANDBOX
from omise_token_gui.ui import shortcuts
from omise_token_gui.ui.i18n import translator

_ = translator("Reasons")

ROW_DOES = {
    "copy_id": QT_TRANSLATE_NOOP("Reasons", "Copy the selected token id to the clipboard"),
    "copy_json": QT_TRANSLATE_NOOP(
        "Reasons", "Copy the vault's JSON answer for the selected token"
    ),
    "copy_curl": QT_TRANSLATE_NOOP(
        "Reasons", "Copy a curl command that retrieves the selected token from its vault"
    ),
    "refresh": QT_TRANSLATE_NOOP(
        "Reasons", "Ask the vault again whether the selected token was used, and its charge"
    ),
    "simulate": QT_TRANSLATE_NOOP(
        "Reasons",
        "Use the selected Sandbox token for a charge on the emulator, to see the verdict",
    ),
    "delete": QT_TRANSLATE_NOOP(
        "Reasons", "Delete the selected token(s) from the history (the vault keeps them)"
    ),
}
ROW_NAMES = {
    "copy_id": QT_TRANSLATE_NOOP("Reasons", "Copy id"),
    "copy_json": QT_TRANSLATE_NOOP("Reasons", "Copy JSON"),
    "copy_curl": QT_TRANSLATE_NOOP("Reasons", "Copy curl"),
    "refresh": QT_TRANSLATE_NOOP("Reasons", "Refresh"),
    "simulate": QT_TRANSLATE_NOOP("Reasons", "Simulate charge"),
    "delete": QT_TRANSLATE_NOOP("Reasons", "Delete"),
}
SEVERAL_ROWS = frozenset({"copy_id", "delete"})  # the row actions that work on several rows

CREATE_WAITS_FOR_SANDBOX = QT_TRANSLATE_NOOP(
    "Reasons", "Create is disabled until the Sandbox has started"
)
CREATE_WAITS_FOR_START = QT_TRANSLATE_NOOP(
    "Reasons", "Create is disabled until the app has finished starting"
)
CREATE_BUSY = QT_TRANSLATE_NOOP(
    "Reasons", "Create is disabled while a token is being created (Esc cancels it)"
)
CREATE_INVALID = QT_TRANSLATE_NOOP(
    "Reasons",
    "Create is disabled: the card has problems (see the fields). "
    "Tick 'Send anyway' to send it regardless.",
)
CANCEL_IDLE = QT_TRANSLATE_NOOP("Reasons", "Cancel is disabled: no token is being created")
COPY_NO_TOKEN = QT_TRANSLATE_NOOP("Reasons", "Copy: no token yet (create one first)")
REFRESH_BUSY = QT_TRANSLATE_NOOP(
    "Reasons", "Refresh unfinished is disabled while a refresh is running"
)


def tip(text: str) -> str:
    """One of this module's marked texts (``CREATE_BUSY``, ``ROW_DOES[…]``…) in the current
    language (the text itself when it is not one)."""
    return translate("Reasons", text)


def row_name(key: str) -> str:
    """A history row action's name (``ROW_NAMES``), in the current language."""
    return tip(ROW_NAMES[key])


def with_keys(text: str, name: str) -> str:
    """``text (key)``: a tooltip that teaches the shortcut (its first key)."""
    return _("{text} ({keys})").format(text=text, keys=shortcuts.shown_keys(name, first_only=True))


def create_tip(*, started: bool, sandbox: bool, busy: bool, valid: bool, anyway: bool) -> str:
    """Create's tooltip: what it does, or why it is disabled right now."""
    if not started:
        return tip(CREATE_WAITS_FOR_SANDBOX if sandbox else CREATE_WAITS_FOR_START)
    if busy:
        return tip(CREATE_BUSY)
    if not valid and not anyway:
        return tip(CREATE_INVALID)
    if not valid:
        return with_keys(_("Send this card with its problems, as a negative test"), "create")
    return with_keys(_("Create a token from the card form"), "create")


def row_tip(key: str, record: TokenRecord | None, count: int) -> str:
    """A history row action's tooltip, for the selected ``record`` (of ``count`` selected)."""
    name = row_name(key)
    if record is None:
        return _("{action}: select a token in the history first").format(action=name)
    if count > 1 and key not in SEVERAL_ROWS:
        return _("{action} works on one token at a time: select just one").format(action=name)
    if key == "simulate" and record.profile != SANDBOX:
        return _("Simulate charge works only on Sandbox tokens")
    if key == "simulate" and record.used and not awaiting_capture(record):
        return _("Simulate charge works only on unused tokens: this one is already used")
    return with_keys(tip(ROW_DOES[key]), key)


def row_enabled(key: str, record: TokenRecord | None, count: int) -> bool:
    """Whether a row action can run: the rule ``row_tip`` explains."""
    if record is None or (count > 1 and key not in SEVERAL_ROWS):
        return False
    return key != "simulate" or (
        record.profile == SANDBOX and (not record.used or awaiting_capture(record))
    )


def awaiting_capture(record: TokenRecord) -> bool:
    """A Sandbox token whose charge is authorized and not captured yet: Simulate charge then
    offers Capture and Reverse (``ui.simulate_dialog``)."""
    return record.charge_status == "pending" and record.authorized is True
