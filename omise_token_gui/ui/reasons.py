"""What a button's tooltip says: what it does (with its keys), or why it is disabled.

Texts only (no widgets), so that the views and controllers that enable a button can say why
in the same place: ``create_tip`` for Create (``create_actions``), ``row_tip`` for the history's
row actions (``history_view``)."""

from __future__ import annotations

from omise_token_gui.core.history import TokenRecord
from omise_token_gui.core.settings import SANDBOX
from omise_token_gui.ui import shortcuts

ROW_DOES = {
    "copy_id": "Copy the selected token id to the clipboard",
    "copy_json": "Copy the vault's JSON answer for the selected token",
    "copy_curl": "Copy a curl command that retrieves the selected token from its vault",
    "refresh": "Ask the vault again whether the selected token was used, and its charge",
    "simulate": "Use the selected Sandbox token for a charge on the emulator, to see the verdict",
    "delete": "Delete the selected token(s) from the history (the vault keeps them)",
}
ROW_NAMES = {
    "copy_id": "Copy id",
    "copy_json": "Copy JSON",
    "copy_curl": "Copy curl",
    "refresh": "Refresh",
    "simulate": "Simulate charge",
    "delete": "Delete",
}
SEVERAL_ROWS = frozenset({"copy_id", "delete"})  # the row actions that work on several rows

CREATE_WAITS_FOR_SANDBOX = "Create is disabled until the Sandbox has started"
CREATE_WAITS_FOR_START = "Create is disabled until the app has finished starting"
CREATE_BUSY = "Create is disabled while a token is being created (Esc cancels it)"
CREATE_INVALID = (
    "Create is disabled: the card has problems (see the fields). "
    "Tick 'Send anyway' to send it regardless."
)
CANCEL_IDLE = "Cancel is disabled: no token is being created"
COPY_NO_TOKEN = "Copy: no token yet (create one first)"
REFRESH_BUSY = "Refresh unfinished is disabled while a refresh is running"


def with_keys(text: str, name: str) -> str:
    """``text (key)``: a tooltip that teaches the shortcut (its first key)."""
    return f"{text} ({shortcuts.shown_keys(name, first_only=True)})"


def create_tip(*, started: bool, sandbox: bool, busy: bool, valid: bool, anyway: bool) -> str:
    """Create's tooltip: what it does, or why it is disabled right now."""
    if not started:
        return CREATE_WAITS_FOR_SANDBOX if sandbox else CREATE_WAITS_FOR_START
    if busy:
        return CREATE_BUSY
    if not valid and not anyway:
        return CREATE_INVALID
    if not valid:
        return with_keys("Send this card with its problems, as a negative test", "create")
    return with_keys("Create a token from the card form", "create")


def row_tip(key: str, record: TokenRecord | None, count: int) -> str:
    """A history row action's tooltip, for the selected ``record`` (of ``count`` selected)."""
    name = ROW_NAMES[key]
    if record is None:
        return f"{name}: select a token in the history first"
    if count > 1 and key not in SEVERAL_ROWS:
        return f"{name} works on one token at a time: select just one"
    if key == "simulate" and record.profile != SANDBOX:
        return "Simulate charge works only on Sandbox tokens"
    if key == "simulate" and record.used:
        return "Simulate charge works only on unused tokens: this one is already used"
    return with_keys(ROW_DOES[key], key)


def row_enabled(key: str, record: TokenRecord | None, count: int) -> bool:
    """Whether a row action can run: the rule ``row_tip`` explains."""
    if record is None or (count > 1 and key not in SEVERAL_ROWS):
        return False
    return key != "simulate" or (record.profile == SANDBOX and not record.used)
