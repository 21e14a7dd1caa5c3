"""The shortcut table: no key means two things where both apply; the keys parse."""

from __future__ import annotations

import itertools

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from omise_token_gui.ui import shortcuts


def test_every_key_parses_to_one_combination() -> None:
    for entry in shortcuts.SHORTCUTS:
        for key in entry.keys:
            sequence = QKeySequence(key)
            assert sequence.count() == 1, (entry.name, key)
            assert sequence.toString() == key, (entry.name, key)  # written as Qt writes it


def test_no_key_means_two_things_in_one_place() -> None:
    """A window-wide key applies everywhere, so it may not be another one's too."""
    for a, b in itertools.combinations(shortcuts.SHORTCUTS, 2):
        overlap = shortcuts.WINDOW in (a.where, b.where) or a.where == b.where
        if overlap:
            assert not set(a.keys) & set(b.keys), (a.name, b.name)


def test_matches_reads_a_key_press() -> None:
    none, keypad = Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier
    assert shortcuts.matches("into_results", Qt.Key.Key_Down, none)
    assert shortcuts.matches("into_results", Qt.Key.Key_Enter, keypad)  # the keypad's Enter
    assert not shortcuts.matches("into_results", Qt.Key.Key_Up, none)
    assert not shortcuts.matches(
        "into_results", Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier
    )  # Ctrl+Enter creates


def test_the_help_rows_and_the_markdown_hold_every_entry() -> None:
    rows = shortcuts.rows()
    text = shortcuts.markdown()
    for entry in shortcuts.SHORTCUTS:
        assert any(row[2] == entry.does for row in rows)
        assert f"| {' or '.join(entry.keys)} | {entry.where} | {entry.does} |" in text
