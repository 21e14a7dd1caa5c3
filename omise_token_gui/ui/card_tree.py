"""The picker's list as a model: the Pinned and Frequent sections, then one group per outcome;
a row per card (star, brand, number, expected charge, source); the filter that shows the
cards ``core.catalog_search`` found. No rules here: what matches is the core's.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel

from omise_token_gui.core.catalog import Catalog, CatalogCard
from omise_token_gui.core.i18n import QT_TRANSLATE_NOOP
from omise_token_gui.core.ranking import Ranking

CARD_ROLE = Qt.ItemDataRole.UserRole + 1
SCENARIO_ROLE = Qt.ItemDataRole.UserRole + 3  # a group's scenario id
SECTION_ROLE = Qt.ItemDataRole.UserRole + 4  # PINNED or FREQUENT on a section's title
PINNED, FREQUENT = "pinned", "frequent"
STAR, BRAND, NUMBER, OUTCOME, SOURCE = range(5)
HEADERS = (
    QT_TRANSLATE_NOOP("CardPicker", "Pin"),
    QT_TRANSLATE_NOOP("CardPicker", "Card"),
    QT_TRANSLATE_NOOP("CardPicker", "Number"),
    QT_TRANSLATE_NOOP("CardPicker", "Expected charge"),
    QT_TRANSLATE_NOOP("CardPicker", "Source"),
)
STARRED, UNSTARRED = "★", "☆"

# A hook for what a row shows beyond its texts (the brand mark on the Card cell, the source's
# short word and badge): called with the card and its row's cells once the row is made.
DecorateRow = Callable[[CatalogCard, list[QStandardItem]], None]


class CardFilter(QSortFilterProxyModel):
    """Shows the cards whose id is in ``visible`` (None: all) and the groups holding one."""

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self.visible: set[str] | None = None
        self.setRecursiveFilteringEnabled(True)

    def show_only(self, ids: Iterable[str] | None) -> None:
        self.beginFilterChange()
        self.visible = None if ids is None else set(ids)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        if not source_parent.isValid():
            return False  # a group: shown when one of its cards is (recursive filtering)
        card = self.sourceModel().index(source_row, 0, source_parent).data(CARD_ROLE)
        return isinstance(card, CatalogCard) and (self.visible is None or card.id in self.visible)


def _cell(text: str = "") -> QStandardItem:
    item = QStandardItem(text)
    item.setEditable(False)
    return item


def _group(role: int, value: str) -> list[QStandardItem]:
    group = _cell()  # its text: CardPicker._name_rows
    group.setData(value, role)
    group.setSelectable(False)
    font = group.font()
    font.setBold(True)
    group.setFont(font)
    return [group] + [_cell() for _header in HEADERS[1:]]


def card_row(
    card: CatalogCard, pinned: bool, decorate: DecorateRow | None = None
) -> list[QStandardItem]:
    cells = [
        _cell(STARRED if pinned else UNSTARRED),
        _cell(card.brand),
        _cell(card.display_number),
        _cell(card.expected_outcome),
        _cell(),  # the source's word: CardPicker._name_card (translated)
    ]
    cells[STAR].setTextAlignment(Qt.AlignmentFlag.AlignCenter)
    for cell in cells:
        cell.setData(card, CARD_ROLE)
    if decorate is not None:
        decorate(card, cells)
    return cells


def fill(
    model: QStandardItemModel,
    catalog: Catalog,
    ranking: Ranking,
    decorate: DecorateRow | None = None,
) -> None:
    """The model's rows, again: Pinned and Frequent (when they hold a card), then the
    outcome groups in catalog order."""
    model.removeRows(0, model.rowCount())
    sections = ((PINNED, ranking.pinned), (FREQUENT, ranking.frequent))
    for section, cards in sections:
        if cards:
            row = _group(SECTION_ROLE, section)
            for card in cards:
                row[0].appendRow(card_row(card, ranking.is_pinned(card), decorate))
            model.appendRow(row)
    for scenario in catalog.scenarios():
        row = _group(SCENARIO_ROLE, scenario)
        for card in catalog.by_scenario(scenario):
            row[0].appendRow(card_row(card, ranking.is_pinned(card), decorate))
        model.appendRow(row)
