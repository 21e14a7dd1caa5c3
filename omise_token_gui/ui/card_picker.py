"""Searchable test-card picker, grouped by outcome, showing brand, number, outcome, source."""

from __future__ import annotations

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QApplication, QTreeView, QVBoxLayout, QWidget

from omise_token_gui.core import explanations
from omise_token_gui.core.catalog import Catalog, CatalogCard, shown, source_text
from omise_token_gui.core.i18n import QT_TRANSLATE_NOOP, translate
from omise_token_gui.ui import shortcuts
from omise_token_gui.ui.i18n import on_language_change, translator
from omise_token_gui.ui.plain import plain_label
from omise_token_gui.ui.secret_edit import SecretLineEdit

_ = translator("CardPicker")
CARD_ROLE = Qt.ItemDataRole.UserRole + 1
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 2
SCENARIO_ROLE = Qt.ItemDataRole.UserRole + 3  # a group's scenario id
HEADERS = (
    QT_TRANSLATE_NOOP("CardPicker", "Card"),
    QT_TRANSLATE_NOOP("CardPicker", "Number"),
    QT_TRANSLATE_NOOP("CardPicker", "Expected charge"),
    QT_TRANSLATE_NOOP("CardPicker", "Source"),
)


def explanation_text(scenario: str) -> str:
    """What a scenario's charge should do and what to check in the checkout, in the current
    language ("" when ``core.explanations`` has none)."""
    found = explanations.scenario(scenario)
    if found is None:
        return ""
    return _("Charge: {should}\nCheck: {check}").format(should=found.should, check=found.check)


class CardPicker(QWidget):
    card_picked = Signal(object)  # CatalogCard

    def __init__(self, catalog: Catalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.catalog = catalog
        self._highlighting = False
        self._form_card: CatalogCard | None = None  # the card the form holds (``highlight``)
        self.search = SecretLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setObjectName("cardSearch")
        self.search.installEventFilter(self)
        self.model = QStandardItemModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setRecursiveFilteringEnabled(True)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(0)
        self.proxy.setFilterRole(SEARCH_ROLE)
        self.tree = QTreeView()
        self.tree.setModel(self.proxy)
        self.tree.setObjectName("cardList")
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self._fill()
        self._span_groups()
        self.tree.expandAll()
        for col, width in enumerate((150, 165, 200, 50)):
            self.tree.setColumnWidth(col, width)
        # Beside the card: what the highlighted card's charge should do, what to check.
        self.explanation = plain_label()
        self.explanation.setObjectName("cardExplanation")
        self.explanation.setWordWrap(True)
        self.explanation.setMinimumHeight(self.explanation.fontMetrics().lineSpacing() * 3)
        self.explanation.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.tree)
        layout.addWidget(self.explanation)
        self.search.textChanged.connect(self._filter)
        self.tree.activated.connect(self._picked)
        self.tree.clicked.connect(self._picked)
        self.tree.selectionModel().currentChanged.connect(self._moved)
        self.tree.selectionModel().currentChanged.connect(self._explain)
        on_language_change(self, self._retranslate)

    def _retranslate(self) -> None:
        self.search.setPlaceholderText(_("Search test cards (brand, number, outcome)…"))
        self.search.setAccessibleName(_("Search test cards"))
        self.search.setToolTip(
            _(
                "Type a brand, number or outcome to find test cards ({keys}); Down or Enter "
                "moves into the results"
            ).format(keys=shortcuts.shown_keys("find_card"))
        )
        self.tree.setAccessibleName(_("Test cards"))
        self.tree.setToolTip(
            _(
                "Test cards grouped by the charge they should give; the highlighted card fills "
                "the card form (arrows move, Enter picks)"
            )
        )
        self.explanation.setAccessibleName(_("What the highlighted card's charge should do"))
        self.model.setHorizontalHeaderLabels([translate("CardPicker", h) for h in HEADERS])
        self._name_rows()
        self._explain(self.tree.currentIndex())

    def _name_rows(self) -> None:
        """The groups' titles and the cards' tooltips and search words, in the current
        language (the English words stay searchable too)."""
        for row in range(self.model.rowCount()):
            group = self.model.item(row, 0)
            scenario = str(group.data(SCENARIO_ROLE))
            label = self.catalog.scenario_labels.get(scenario, scenario)
            group.setText(
                _("{scenario}  ({count})").format(scenario=shown(label), count=group.rowCount())
            )
            group.setToolTip(explanation_text(scenario))
            for child in range(group.rowCount()):
                card = group.child(child, 0).data(CARD_ROLE)
                if not isinstance(card, CatalogCard):
                    continue
                short, source_tip = source_text(card)  # DATA's: the word, the badge, why
                group.child(child, 3).setText(short)
                group.child(child, 3).setToolTip(source_tip)
                tip = "\n\n".join(
                    t for t in (shown(card.description), explanation_text(scenario)) if t
                )
                group.child(child, 0).setToolTip(tip)
                group.child(child, 0).setData(self._search_words(card), SEARCH_ROLE)

    @staticmethod
    def _search_words(card: CatalogCard) -> str:
        shown_words = (shown(card.scenario_label), shown(card.description))
        return " ".join(
            (
                card.brand,
                card.number,
                card.expected_outcome,
                card.source,
                card.confidence,
                card.scenario_label,
                card.description,
                *shown_words,
            )
        )

    def _explain(self, current: QModelIndex, previous: QModelIndex | None = None) -> None:
        """The explanation beside the list: the highlighted card's scenario (or group's)."""
        card = current.data(CARD_ROLE) if current.isValid() else None
        if isinstance(card, CatalogCard):
            text = explanation_text(card.scenario)
            title = _("{scenario} ({brand} {number})").format(
                scenario=shown(card.scenario_label), brand=card.brand, number=card.display_number
            )
            self.explanation.setText(f"{title}\n{text}" if text else title)
        else:
            self.explanation.setText("")

    def _fill(self) -> None:
        for scenario in self.catalog.scenarios():
            cards = self.catalog.by_scenario(scenario)
            group = QStandardItem()  # its text: ``_name_rows``
            group.setData(scenario, SCENARIO_ROLE)
            group.setEditable(False)
            group.setSelectable(False)
            font = group.font()
            font.setBold(True)
            group.setFont(font)
            row_items = [group] + [self._cell("") for _header in HEADERS[1:]]
            for card in cards:
                cells = [
                    self._cell(card.brand),
                    self._cell(card.display_number),
                    self._cell(card.expected_outcome),
                    self._cell(""),  # the source: ``_name_rows`` (its word is translated)
                ]
                for cell in cells:
                    cell.setData(card, CARD_ROLE)
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
        self.highlight(self._form_card)  # the filter never moves the highlight to another card

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Down or Enter in the search: into the results (``enter_results``)."""
        if (
            watched is self.search
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and shortcuts.matches("into_results", event.key(), event.modifiers())
        ):
            self.enter_results()
            return True
        return super().eventFilter(watched, event)

    def enter_results(self) -> None:
        """Into the list, on the form's card if the search shows it, else on the first card
        shown; with no card shown, the focus stays in the search."""
        current = self.tree.currentIndex()
        if current.data(CARD_ROLE) is None:
            group = self.proxy.index(0, 0)
            current = self.proxy.index(0, 0, group)
        if current.isValid():
            self.tree.setFocus(Qt.FocusReason.TabFocusReason)
            self._highlighting = True
            try:
                self.tree.setCurrentIndex(current)
            finally:
                self._highlighting = False
            self._picked(current)

    def _moved(self, current: QModelIndex, previous: QModelIndex) -> None:
        """The tester moved the highlight (the list has focus): that card fills the form, so
        the form and the highlight never disagree. A group's title is stepped over (to its
        first card going down, to the card above going up). Moves made by ``highlight``, by
        the filter (focus elsewhere) or by a click (``clicked`` picks) fill nothing here."""
        clicking = QApplication.mouseButtons() != Qt.MouseButton.NoButton
        if not self.tree.hasFocus() or self._highlighting or clicking:
            return
        if current.isValid() and current.data(CARD_ROLE) is None:
            card = self._card_beside(current, previous)
            if card.isValid():
                self.tree.setCurrentIndex(card)  # moves again: this card fills the form
            return
        self._picked(current)

    def _card_beside(self, group: QModelIndex, previous: QModelIndex) -> QModelIndex:
        """The card to stand on instead of ``group``'s title, coming from ``previous``."""
        group = group.siblingAtColumn(0)
        came_from = previous.parent().row() if previous.parent().isValid() else -1
        above = self.proxy.index(group.row() - 1, 0)
        if came_from >= group.row() and above.isValid():  # going up: the card above
            return self.proxy.index(self.proxy.rowCount(above) - 1, 0, above)
        return self.proxy.index(0, 0, group)  # going down (or at the top): its first card

    def highlight(self, card: CatalogCard | None) -> None:
        """Highlight ``card``'s row (none: no row), as the form's number says; nothing is
        emitted (the form already holds that number)."""
        self._form_card = card
        found = self._index_of(card) if card is not None else QModelIndex()
        self._highlighting = True
        try:
            self._select(found)
        finally:
            self._highlighting = False

    def _select(self, found: QModelIndex) -> None:
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
