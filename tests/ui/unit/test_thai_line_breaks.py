"""Thai has no spaces between words: Qt finds where a Thai line may break with libthai
(dlopened; the .deb depends on libthai0, scripts/setup installs it). These tests fail when
breaks fall inside words (libthai missing: Qt would break between any two characters or
nowhere), and check that the Settings pane's wrapped Thai labels start their lines only
where a word starts."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QTextBoundaryFinder
from PySide6.QtGui import QTextLayout
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from omise_token_gui.core import i18n
from omise_token_gui.core.i18n import translate
from omise_token_gui.ui.fold import reserved_line
from omise_token_gui.ui.fonts import line_height
from omise_token_gui.ui.i18n import apply_language
from omise_token_gui.ui.settings_view import THAI_FONT_NOTE, SettingsView

SENTENCE = "ภาษาไทยง่ายนิดเดียว"  # ภาษา|ไทย|ง่าย|นิด|เดียว
WORD_STARTS = {0, 4, 7, 11, 14, 19}
THAI = re.compile(r"[\u0e00-\u0e7f]")


def line_breaks(text: str) -> list[int]:
    """Where a line may start (0 and the end included)."""
    finder = QTextBoundaryFinder(QTextBoundaryFinder.BoundaryType.Line, text)
    found = []
    position = finder.position()
    while position != -1:
        reasons = finder.boundaryReasons()
        if reasons & QTextBoundaryFinder.BoundaryReason.BreakOpportunity or position == len(text):
            found.append(position)
        position = finder.toNextBoundary()
    return found


def test_thai_breaks_only_between_words() -> None:
    found = line_breaks(SENTENCE)
    assert set(found) <= WORD_STARTS, found  # never inside a word
    # Between the words (libthai keeps the compound นิดเดียว, "just a little", whole).
    assert {0, 4, 7, 11, 19} <= set(found), found


@pytest.fixture
def thai_pane(qtbot: QtBot) -> Iterator[SettingsView]:
    apply_language(i18n.THAI)
    view = SettingsView()
    qtbot.addWidget(view)
    yield view
    apply_language(i18n.ENGLISH)


# Words of these labels (in Thai) a line must never start inside.
WORDS = ("ตัวจำลอง", "ทำงาน", "เครือข่าย", "ต้อง", "ฟอนต์", "ภาษาไทย", "สี่เหลี่ยม", "ติดตั้ง")


def lines_at(label: QLabel, width: int) -> list[int]:
    layout = QTextLayout(label.text(), label.font())
    layout.beginLayout()
    starts = []
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        starts.append(line.textStart())
    layout.endLayout()
    return starts


@pytest.mark.parametrize("name", ["sandbox_note", "font_note", "tray_note"])
def test_a_wrapped_thai_label_of_the_pane_starts_lines_at_words(
    thai_pane: SettingsView, name: str
) -> None:
    label: QLabel = getattr(thai_pane, name)
    # The notes are empty while not needed: give them their Thai.
    thai_pane.show_tray_choice(False, None)
    if name == "font_note":  # shown only where no font draws Thai
        label.setText(translate("SettingsPane", THAI_FONT_NOTE))
    text = label.text()
    assert THAI.search(text)
    assert label.wordWrap()
    width = label.minimumSizeHint().width()
    starts = lines_at(label, width)
    assert len(starts) > 2, (width, starts)  # it does wrap at its minimum width
    # Where Qt may break: libthai's word starts, and after a space (Qt's layout breaks there
    # even where the finder, at a Latin word before a Thai one, reports no opportunity).
    allowed = set(line_breaks(text)) | {i for i in range(1, len(text)) if text[i - 1].isspace()}
    assert set(starts) <= allowed, [text[s : s + 8] for s in starts]
    inside = {at + i for word in WORDS for at in _find_all(text, word) for i in range(1, len(word))}
    assert not set(starts) & inside, [text[s : s + 8] for s in starts]


def _find_all(text: str, word: str) -> list[int]:
    found, at = [], text.find(word)
    while at != -1:
        found.append(at)
        at = text.find(word, at + 1)
    return found


def test_a_reserved_line_is_as_tall_as_a_line_of_thai(qtbot: QtBot) -> None:
    """A field's error line keeps a fixed height: the height of a Thai line (its fallback
    font is taller than the primary font, with marks above and below), not the primary's."""
    line = reserved_line("error_test")
    qtbot.addWidget(line)
    layout = QTextLayout("ปี่ญู้ฎฐ์ ต้องอยู่ระหว่าง 1 ถึง 12", line.font())
    layout.beginLayout()
    row = layout.createLine()
    row.setLineWidth(10_000)
    layout.endLayout()
    assert line.height() >= row.height()
    assert line.height() == line_height(line.font())
