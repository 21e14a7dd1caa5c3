"""Every keyboard shortcut of the main window, in one table.

The menus, the history's row actions and the keyboard handlers read their keys from
``SHORTCUTS`` (``keys_of``, ``bind``); Help → Keyboard shortcuts and the README's keyboard
section are made from the same table (``rows``, ``markdown``; a test checks the README).
Keys are written in Qt's portable form ("Ctrl+Shift+C"); on macOS Qt shows Ctrl as ⌘.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence

WINDOW = "Anywhere in the window"
SEARCH = "In the test-card search"
CARDS = "In the test-card list"
HISTORY = "In the history table"


@dataclass(frozen=True)
class Shortcut:
    name: str
    keys: tuple[str, ...]
    where: str
    does: str


SHORTCUTS: tuple[Shortcut, ...] = (
    Shortcut("find_card", ("Ctrl+K",), WINDOW, "Search the test cards"),
    Shortcut(
        "into_results",
        ("Down", "Return", "Enter"),
        SEARCH,
        "Move into the results; the highlighted card fills the card form",
    ),
    Shortcut("pick_card", ("Return", "Enter"), CARDS, "Fill the card form with this card"),
    Shortcut("create", ("Ctrl+Return", "Ctrl+Enter"), WINDOW, "Create a token from the card form"),
    Shortcut("cancel_create", ("Esc",), WINDOW, "Cancel the token being created"),
    Shortcut("reset_form", ("Ctrl+Shift+R",), WINDOW, "Reset the card form to the default card"),
    Shortcut(
        "copy_last",
        ("Ctrl+Shift+C",),
        WINDOW,
        "Copy the last token id (the newest in the history, also one from before a restart)",
    ),
    Shortcut("filter_history", ("Ctrl+F",), WINDOW, "Filter the history"),
    Shortcut("copy_id", ("Ctrl+C",), HISTORY, "Copy the selected token id (or ids)"),
    Shortcut("copy_json", ("Ctrl+Shift+J",), HISTORY, "Copy the selected token's JSON"),
    Shortcut(
        "copy_curl",
        ("Ctrl+Shift+U",),
        HISTORY,
        "Copy a curl command that retrieves the selected token",
    ),
    Shortcut("refresh", ("F5",), HISTORY, "Ask the vault again about the selected token"),
    Shortcut(
        "simulate",
        ("Ctrl+Shift+G",),
        HISTORY,
        "Simulate charge: use the selected Sandbox token on the emulator",
    ),
    Shortcut("delete", ("Del",), HISTORY, "Delete the selected token(s) from the history"),
    Shortcut("row_menu", ("Menu", "Shift+F10"), HISTORY, "Open the menu of the selected row"),
    Shortcut(
        "next_control",
        ("Tab", "Shift+Tab"),
        WINDOW,
        "Next or previous control (the history table is one stop; arrows move inside it)",
    ),
    Shortcut("settings", ("Ctrl+,",), WINDOW, "Open Settings"),
    Shortcut("shortcuts_help", ("F1",), WINDOW, "Show this list of keyboard shortcuts"),
    Shortcut("quit", ("Ctrl+Q",), WINDOW, "Quit"),
)
MNEMONICS = ("Alt + the underlined letter", WINDOW, "Press that button or open that menu")

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
    """The keys as the platform writes them ("Ctrl+Shift+C", on macOS "⇧⌘C"), " or " between."""
    keys = _BY_NAME[name].keys
    texts = [
        QKeySequence(k).toString(QKeySequence.SequenceFormat.NativeText)
        for k in (keys[:1] if first_only else keys)
    ]
    return " or ".join(texts)


def rows() -> list[tuple[str, str, str]]:
    """(keys, where, what it does) for every shortcut, in the table's order, then the mnemonics."""
    return [(shown_keys(s.name), s.where, s.does) for s in SHORTCUTS] + [MNEMONICS]


def markdown() -> str:
    """The README's keyboard table (portable key names)."""
    lines = ["| Keys | Where | What it does |", "|---|---|---|"]
    for s in SHORTCUTS:
        lines.append(f"| {' or '.join(s.keys)} | {s.where} | {s.does} |")
    lines.append(f"| {' | '.join(MNEMONICS)} |")
    return "\n".join(lines)
