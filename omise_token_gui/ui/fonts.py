"""Heights that hold every script the window shows.

A font's own ``lineSpacing`` is that of the primary font (DejaVu Sans: 14 px at 10 pt);
Thai text is drawn by a fallback font (Loma, Garuda, Noto Sans Thai) whose lines are taller
(Loma: 20 px), with marks above and below the line. A height fixed from the primary font
alone cuts them off.
"""

from __future__ import annotations

import math

from PySide6.QtGui import QFont, QFontMetrics, QTextLayout

# Latin, and Thai with a tone mark over an upper vowel and a letter with a tail below.
SAMPLE = "Ag ปี่ญู้ฎฐ์"


def line_height(font: QFont) -> int:
    """The height of one line of ``font`` holding Latin and Thai (the fallback's included)."""
    layout = QTextLayout(SAMPLE, font)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(10_000)
    layout.endLayout()
    return max(QFontMetrics(font).lineSpacing(), math.ceil(line.height()))
