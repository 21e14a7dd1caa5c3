"""Searchable test-card picker, grouped by outcome, showing brand, number, outcome, source."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QTreeView, QVBoxLayout, QWidget

from omise_token_gui.core.cards import Catalog, CatalogCard
from omise_token_gui.ui.secret_edit import SecretLineEdit

CARD_ROLE = Qt.ItemDataRole.UserRole + 1
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 2
HEADERS = ("Card", "Number", "Expected charge", "Source")


class CardPicker(QWidget):
    card_picked = Signal(object)  # CatalogCard

    def __init__(self, catalog: Catalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.catalog = catalog
        self.search = SecretLineEdit()
        self.search.setPlaceholderText("Search test cards (brand, number, outcome)…")
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName("Search test cards")
        self.model = QStandardItemModel(self)
        self.model.setHorizontalHeaderLabels(list(HEADERS))
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setRecursiveFilteringEnabled(True)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(0)
        self.proxy.setFilterRole(SEARCH_ROLE)
        self.tree = QTreeView()
        self.tree.setModel(self.proxy)
        self.tree.setAccessibleName("Test cards")
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self._fill()
        self._span_groups()
        self.tree.expandAll()
        for col, width in enumerate((150, 165, 200, 50)):
            self.tree.setColumnWidth(col, width)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.tree)
        self.search.textChanged.connect(self._filter)
        self.tree.activated.connect(self._picked)
        self.tree.clicked.connect(self._picked)

    def _fill(self) -> None:
        legend = self.catalog.confidence_legend
        for scenario in self.catalog.scenarios():
            cards = self.catalog.by_scenario(scenario)
            group = QStandardItem(
                f"{self.catalog.scenario_labels.get(scenario, scenario)}  ({len(cards)})"
            )
            group.setEditable(False)
            group.setSelectable(False)
            font = group.font()
            font.setBold(True)
            group.setFont(font)
            row_items = [group] + [self._cell("") for _ in HEADERS[1:]]
            for card in cards:
                cells = [
                    self._cell(card.brand),
                    self._cell(card.display_number),
                    self._cell(card.expected_outcome),
                    self._cell(card.confidence),
                ]
                cells[3].setToolTip(legend.get(card.confidence, card.confidence))
                cells[0].setToolTip(card.description)
                for cell in cells:
                    cell.setData(card, CARD_ROLE)
                cells[0].setData(
                    " ".join(
                        (
                            card.brand,
                            card.number,
                            card.expected_outcome,
                            card.confidence,
                            card.scenario_label,
                            card.description,
                        )
                    ),
                    SEARCH_ROLE,
                )
                group.appendRow(cells)
            self.model.appendRow(row_items)

    def _span_groups(self) -> None:
        """Group titles ("Insufficient funds (4)") read across all columns."""
        for row in range(self.proxy.rowCount()):
            self.tree.setFirstColumnSpanned(row, QModelIndex(), True)

    @staticmethod
    def _cell(text: str) -> QStandardItem:
        item = QStandardItem(text)
        item.setEditable(False)
        return item

    def _filter(self, text: str) -> None:
        compact = text.replace(" ", "").replace("-", "")
        self.proxy.setFilterFixedString(compact if compact.isdigit() else text.strip())
        self._span_groups()
        self.tree.expandAll()

    def highlight(self, card: CatalogCard | None) -> None:
        """Highlight ``card``'s row (none: no row), as the form's number says; nothing is
        emitted (the form already holds that number)."""
        found = self._index_of(card) if card is not None else QModelIndex()
        selection = self.tree.selectionModel()
        if found.isValid():
            flags = (
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows
            )
            selection.setCurrentIndex(found, flags)
            self.tree.scrollTo(found)
        else:
            selection.clearSelection()
            selection.setCurrentIndex(QModelIndex(), QItemSelectionModel.SelectionFlag.Clear)

    def highlighted(self) -> CatalogCard | None:
        card = self.tree.currentIndex().data(CARD_ROLE)
        return card if isinstance(card, CatalogCard) else None

    def _index_of(self, card: CatalogCard) -> QModelIndex:
        for row in range(self.proxy.rowCount()):
            group = self.proxy.index(row, 0)
            for child in range(self.proxy.rowCount(group)):
                index = self.proxy.index(child, 0, group)
                if index.data(CARD_ROLE) == card:
                    return index
        return QModelIndex()

    def _picked(self, index: QModelIndex) -> None:
        card = index.data(CARD_ROLE)
        if isinstance(card, CatalogCard):
            self.card_picked.emit(card)
