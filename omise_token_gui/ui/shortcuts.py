"""Every keyboard shortcut of the main window, in one table.

The menus, the history's row actions and the keyboard handlers read their keys from
``SHORTCUTS`` (``keys_of``, ``bind``); Help → Keyboard shortcuts and the README's keyboard
section are made from the same table (``rows``, ``markdown``; a test checks the README).
Keys are written in Qt's portable form ("Ctrl+Shift+C"); on macOS Qt shows Ctrl as ⌘.
The places and descriptions are marked (``QT_TRANSLATE_NOOP``) and shown translated
(``rows``); the README's table (``markdown``) is the English. Key names stay as Qt prints them.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence

from omise_token_gui.core.i18n import QT_TRANSLATE_NOOP
from omise_token_gui.ui.i18n import translator

_ = translator("Shortcuts")

WINDOW = QT_TRANSLATE_NOOP("Shortcuts", "Anywhere in the window")
SEARCH = QT_TRANSLATE_NOOP("Shortcuts", "In the test-card search")
CARDS = QT_TRANSLATE_NOOP("Shortcuts", "In the test-card list")
HISTORY = QT_TRANSLATE_NOOP("Shortcuts", "In the history table")


@dataclass(frozen=True)
class Shortcut:
    name: str
    keys: tuple[str, ...]
    where: str
    does: str


SHORTCUTS: tuple[Shortcut, ...] = (
    Shortcut(
        "find_card", ("Ctrl+K",), WINDOW, QT_TRANSLATE_NOOP("Shortcuts", "Search the test cards")
    ),
    Shortcut(
        "into_results",
        ("Down", "Return", "Enter"),
        SEARCH,
        QT_TRANSLATE_NOOP(
            "Shortcuts", "Move into the results; the highlighted card fills the card form"
        ),
    ),
    Shortcut(
        "pick_card",
        ("Return", "Enter"),
        CARDS,
        QT_TRANSLATE_NOOP("Shortcuts", "Fill the card form with this card"),
    ),
    Shortcut(
        "pin_card",
        ("Ctrl+D",),
        CARDS,
        QT_TRANSLATE_NOOP(
            "Shortcuts", "Pin the highlighted card to the top of the list, or unpin it"
        ),
    ),
    Shortcut(
        "card_menu",
        ("Menu", "Shift+F10"),
        CARDS,
        QT_TRANSLATE_NOOP("Shortcuts", "Open the menu of the highlighted card"),
    ),
    # The copy actions of a card (ui/card_copy.py): on the highlighted card of the list.
    Shortcut(
        "copy_card_number",
        ("Ctrl+C",),
        CARDS,
        QT_TRANSLATE_NOOP("Shortcuts", "Copy the highlighted card's number (a public test number)"),
    ),
    Shortcut(
        "copy_card_expiry",
        ("Ctrl+Shift+E",),
        CARDS,
        QT_TRANSLATE_NOOP("Shortcuts", "Copy the expiry the card form would use (MM/YY)"),
    ),
    Shortcut(
        "copy_card_code",
        ("Ctrl+Shift+S",),
        CARDS,
        QT_TRANSLATE_NOOP("Shortcuts", "Copy the security code the card form would use"),
    ),
    Shortcut(
        "copy_card_all",
        ("Ctrl+Shift+A",),
        CARDS,
        QT_TRANSLATE_NOOP("Shortcuts", "Copy the number, expiry and security code, one per line"),
    ),
    Shortcut(
        "card_docs",
        ("Ctrl+Shift+O",),
        CARDS,
        QT_TRANSLATE_NOOP("Shortcuts", "Open the Omise page the highlighted card comes from"),
    ),
    Shortcut(
        "create",
        ("Ctrl+Return", "Ctrl+Enter"),
        WINDOW,
        QT_TRANSLATE_NOOP("Shortcuts", "Create a token from the card form"),
    ),
    Shortcut(
        "cancel_create",
        ("Esc",),
        WINDOW,
        QT_TRANSLATE_NOOP("Shortcuts", "Cancel the token being created"),
    ),
    Shortcut(
        "reset_form",
        ("Ctrl+Shift+R",),
        WINDOW,
        QT_TRANSLATE_NOOP("Shortcuts", "Reset the card form to the default card"),
    ),
    Shortcut(
        "copy_last",
        ("Ctrl+Shift+C",),
        WINDOW,
        QT_TRANSLATE_NOOP(
            "Shortcuts",
            "Copy the last token id (the newest in the history, also one from before a restart)",
        ),
    ),
    Shortcut(
        "filter_history", ("Ctrl+F",), WINDOW, QT_TRANSLATE_NOOP("Shortcuts", "Filter the history")
    ),
    Shortcut(
        "export",
        ("Ctrl+Shift+X",),
        WINDOW,
        QT_TRANSLATE_NOOP(
            "Shortcuts", "Export the history (CSV, JSON, Markdown, Jira, JUnit, Xray, TestRail)"
        ),
    ),
    Shortcut(
        "copy_id",
        ("Ctrl+C",),
        HISTORY,
        QT_TRANSLATE_NOOP("Shortcuts", "Copy the selected token id (or ids)"),
    ),
    Shortcut(
        "copy_json",
        ("Ctrl+Shift+J",),
        HISTORY,
        QT_TRANSLATE_NOOP("Shortcuts", "Copy the selected token's JSON"),
    ),
    Shortcut(
        "copy_curl",
        ("Ctrl+Shift+U",),
        HISTORY,
        QT_TRANSLATE_NOOP("Shortcuts", "Copy a curl command that retrieves the selected token"),
    ),
    Shortcut(
        "refresh",
        ("F5",),
        HISTORY,
        QT_TRANSLATE_NOOP("Shortcuts", "Ask the vault again about the selected token"),
    ),
    Shortcut(
        "simulate",
        ("Ctrl+Shift+G",),
        HISTORY,
        QT_TRANSLATE_NOOP(
            "Shortcuts", "Simulate charge: use the selected Sandbox token on the emulator"
        ),
    ),
    Shortcut(
        "delete",
        ("Del",),
        HISTORY,
        QT_TRANSLATE_NOOP("Shortcuts", "Delete the selected token(s) from the history"),
    ),
    Shortcut(
        "row_menu",
        ("Menu", "Shift+F10"),
        HISTORY,
        QT_TRANSLATE_NOOP("Shortcuts", "Open the menu of the selected row"),
    ),
    Shortcut(
        "next_control",
        ("Tab", "Shift+Tab"),
        WINDOW,
        QT_TRANSLATE_NOOP(
            "Shortcuts",
            "Next or previous control (the history table is one stop; arrows move inside it)",
        ),
    ),
    Shortcut("settings", ("Ctrl+,",), WINDOW, QT_TRANSLATE_NOOP("Shortcuts", "Open Settings")),
    Shortcut(
        "shortcuts_help",
        ("F1",),
        WINDOW,
        QT_TRANSLATE_NOOP("Shortcuts", "Show this list of keyboard shortcuts"),
    ),
    Shortcut("quit", ("Ctrl+Q",), WINDOW, QT_TRANSLATE_NOOP("Shortcuts", "Quit")),
)
MNEMONICS = (
    QT_TRANSLATE_NOOP("Shortcuts", "Alt + the underlined letter"),
    WINDOW,
    QT_TRANSLATE_NOOP("Shortcuts", "Press that button or open that menu"),
)

_BY_NAME = {s.name: s for s in SHORTCUTS}


def shortcut(name: str) -> Shortcut:
    return _BY_NAME[name]


def keys_of(name: str) -> list[QKeySequence]:
    return [QKeySequence(k) for k in _BY_NAME[name].keys]


def matches(name: str, key: int, modifiers: Qt.KeyboardModifier) -> bool:
    """Whether a key press (``QKeyEvent.key()``, ``.modifiers()``) is one of ``name``'s keys.
    The keypad flag is ignored (the keypad's Enter is "Enter")."""
    pressed = QKeySequence(
        Qt.KeyboardModifier(modifiers & ~Qt.KeyboardModifier.KeypadModifier).value | key
    )
    return any(pressed.matches(k) == QKeySequence.SequenceMatch.ExactMatch for k in keys_of(name))


def bind(action: QAction, name: str) -> QAction:
    """Give ``action`` the keys of ``name``."""
    action.setShortcuts(keys_of(name))
    return action


def shown_keys(name: str, *, first_only: bool = False) -> str:
    """The keys as the platform writes them ("Ctrl+Shift+C", on macOS "⇧⌘C"), " or " between
    (translated: "หรือ")."""
    keys = _BY_NAME[name].keys
    texts = [
        QKeySequence(k).toString(QKeySequence.SequenceFormat.NativeText)
        for k in (keys[:1] if first_only else keys)
    ]
    return f" {_('or', 'between two keys')} ".join(texts)


def shown(text: str) -> str:
    """A text of the table (a place, a description) in the current language."""
    return QCoreApplication.translate("Shortcuts", text)


def rows() -> list[tuple[str, str, str]]:
    """(keys, where, what it does) for every shortcut, in the table's order, then the
    mnemonics; translated."""
    table = [(shown_keys(s.name), shown(s.where), shown(s.does)) for s in SHORTCUTS]
    return [*table, (shown(MNEMONICS[0]), shown(MNEMONICS[1]), shown(MNEMONICS[2]))]


def markdown() -> str:
    """The README's keyboard table (portable key names)."""
    lines = ["| Keys | Where | What it does |", "|---|---|---|"]
    for s in SHORTCUTS:
        lines.append(f"| {' or '.join(s.keys)} | {s.where} | {s.does} |")
    lines.append(f"| {' | '.join(MNEMONICS)} |")
    return "\n".join(lines)
