"""Draw the app icon at the hicolor sizes (run: .venv/bin/python packaging/make_icons.py).

The PNGs it writes to resources/icons/ are committed; this script is how they were made.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPainter, QPen

OUT = Path(__file__).resolve().parents[1] / "resources" / "icons"


def draw(size: int) -> QImage:
    img = QImage(size, size, QImage.Format.Format_ARGB32)
    img.fill(Qt.GlobalColor.transparent)
    p = QPainter(img)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = size / 64.0
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor("#1a53f0"))
    p.drawRoundedRect(QRectF(4 * s, 12 * s, 56 * s, 40 * s), 6 * s, 6 * s)
    p.setBrush(QColor("#0d2f8f"))
    p.drawRect(QRectF(4 * s, 20 * s, 56 * s, 7 * s))
    p.setBrush(QColor("#f2c94c"))
    p.drawRoundedRect(QRectF(10 * s, 32 * s, 11 * s, 8 * s), 1.5 * s, 1.5 * s)
    p.setBrush(QColor("#1f9d55"))
    p.drawEllipse(QRectF(34 * s, 28 * s, 30 * s, 30 * s))
    p.setPen(QPen(QColor("white")))
    font = QFont("DejaVu Sans")
    font.setBold(True)
    font.setPixelSize(max(6, int(20 * s)))
    p.setFont(font)
    p.drawText(QRectF(34 * s, 28 * s, 30 * s, 30 * s), Qt.AlignmentFlag.AlignCenter, "T")
    p.end()
    return img


def main() -> int:
    app = QGuiApplication(sys.argv[:1])
    OUT.mkdir(parents=True, exist_ok=True)
    for size in (16, 32, 48, 64, 128, 256):
        draw(size).save(str(OUT / f"omise-token-gui-{size}.png"))
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
