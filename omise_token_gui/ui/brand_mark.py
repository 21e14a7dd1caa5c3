"""A small brand mark per catalog row: a rounded card shape in the brand's colour with its
letters (``VISA``, ``MC``, ``JCB``, ``AMEX``, ``DISC``, ``DC``, ``UP``), drawn here, not a logo
file. Colours: ``ui.palette`` (``BRAND_SCHEMES``, light, dark and high contrast, contrast
tested). The picker puts it on the Card cell (``decorate``); ``BrandMarks.watch`` draws the
marks again when the colour scheme changes."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QEvent, QObject, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPen, QPixmap, QStandardItem
from PySide6.QtWidgets import QAbstractItemView

from omise_token_gui.core.catalog import CatalogCard
from omise_token_gui.ui import palette
from omise_token_gui.ui.card_tree import BRAND, CARD_ROLE

LETTERS = {
    "Visa": "VISA",
    "MasterCard": "MC",
    "JCB": "JCB",
    "American Express": "AMEX",
    "Discover": "DISC",
    "Diners Club": "DC",
    "UnionPay": "UP",
}
WIDTH, HEIGHT = 30, 19  # px at scale 1: a card's proportions, about a line of text high


def letters_of(brand: str) -> str:
    return LETTERS.get(brand, brand[:2].upper())


def mark_colours(brand: str) -> tuple[str, str, str]:
    """(fill, letters, outline) of ``brand``'s mark in the scheme in use."""
    colours = palette.brand_colours()
    return colours.fills.get(brand, colours.other), colours.letters, colours.outline


def brand_icon(brand: str, scale: float = 2.0) -> QIcon:
    """The mark of ``brand`` in the scheme in use (drawn at ``scale`` for sharp screens)."""
    return _icon(brand, mark_colours(brand), scale)


@cache
def _icon(brand: str, colours: tuple[str, str, str], scale: float) -> QIcon:
    fill, letters, outline = colours
    pixmap = QPixmap(round(WIDTH * scale), round(HEIGHT * scale))
    pixmap.setDevicePixelRatio(scale)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    shape = QRectF(0.5, 0.5, WIDTH - 1, HEIGHT - 1)
    painter.setPen(QPen(QColor(outline), 1))
    painter.setBrush(QColor(fill))
    painter.drawRoundedRect(shape, 3, 3)
    font = QFont()
    font.setBold(True)
    font.setPixelSize(8 if len(letters_of(brand)) > 2 else 10)
    painter.setFont(font)
    painter.setPen(QColor(letters))
    painter.drawText(shape, Qt.AlignmentFlag.AlignCenter, letters_of(brand))
    painter.end()
    return QIcon(pixmap)


def decorate(card: CatalogCard, cells: list[QStandardItem]) -> None:
    """The picker's row hook (``card_tree.DecorateRow``): the mark on the Card cell."""
    cells[BRAND].setIcon(brand_icon(card.brand))


class BrandMarks(QObject):
    """Draws the marks of a list's rows again when the application's palette changes (the
    light or dark scheme chosen, or the OS's)."""

    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self._view = view
        view.installEventFilter(self)

    @classmethod
    def watch(cls, view: QAbstractItemView) -> BrandMarks:
        return cls(view)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.PaletteChange:
            self.redraw()
        return super().eventFilter(watched, event)

    def redraw(self) -> int:
        """Every Card cell's mark in the scheme in use; how many were drawn."""
        model = self._view.model()
        source = getattr(model, "sourceModel", lambda: model)()
        count = 0
        for row in range(source.rowCount()):
            group = source.index(row, 0)
            for child in range(source.rowCount(group)):
                cell = source.index(child, BRAND, group)
                card = cell.data(CARD_ROLE)
                if isinstance(card, CatalogCard):
                    source.setData(cell, brand_icon(card.brand), Qt.ItemDataRole.DecorationRole)
                    count += 1
        return count
