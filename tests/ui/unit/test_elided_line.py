"""A field's error line never cuts a word without a sign: it ends with "…" where it is too
long for its place, and the whole sentence is its tooltip."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from omise_token_gui.ui.fold import ElidedLine, reserved_line, show_line

SENTENCE = "Expiry month must be between 1 and 12."


def test_a_line_too_long_for_its_place_ends_with_an_ellipsis(qtbot: QtBot) -> None:
    line = reserved_line("error_test")
    assert isinstance(line, ElidedLine)
    qtbot.addWidget(line)
    show_line(line, SENTENCE)
    line.resize(line.fontMetrics().horizontalAdvance(SENTENCE) // 2, line.height())
    shown = line.shown_text()
    assert shown.endswith("…")
    assert SENTENCE.startswith(shown[:-1])
    assert SENTENCE in line.toolTip()


def test_a_line_that_fits_is_shown_whole(qtbot: QtBot) -> None:
    line = reserved_line("error_test")
    assert isinstance(line, ElidedLine)
    qtbot.addWidget(line)
    show_line(line, SENTENCE)
    line.resize(line.fontMetrics().horizontalAdvance(SENTENCE) + 40, line.height())
    assert line.shown_text() == SENTENCE
