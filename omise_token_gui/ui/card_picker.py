"""Searchable test-card picker: the search and its filters on one row, then Pinned and
Frequent, then the cards grouped by outcome (star, brand, number, outcome, source), the
"No cards match" line, and the highlighted card's explanation. What matches is
``core.catalog_search``'s; what is pinned or frequent, ``core.ranking``'s (given by
``set_ranking``; the window saves a pin: ``pin_toggled``)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPoint,
    Qt,
    QTimer,
    Signal,
    SignalInstance,
)
from PySide6.QtGui import QAction, QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QMenu,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from omise_token_gui.core import explanations
from omise_token_gui.core.catalog import (
    Catalog,
    CatalogCard,
    legend_text,
    shown,
    source_header_tip,
    source_text,
)
from omise_token_gui.core.catalog_search import brands, search
from omise_token_gui.core.i18n import translate
from omise_token_gui.core.ranking import Ranking
from omise_token_gui.ui import shortcuts
from omise_token_gui.ui.card_filters import CardFilters, NoMatch
from omise_token_gui.ui.card_moves import CardMoves
from omise_token_gui.ui.card_tree import (
    CARD_ROLE,
    FREQUENT,
    HEADERS,
    PINNED,
    SCENARIO_ROLE,
    SECTION_ROLE,
    SOURCE,
    STAR,
    CardFilter,
    DecorateRow,
    fill,
)
from omise_token_gui.ui.fold import reserved_line, show_line
from omise_token_gui.ui.i18n import on_language_change, translator
from omise_token_gui.ui.plain import plain_label, plain_tooltip
from omise_token_gui.ui.secret_edit import SecretLineEdit

__all__ = ["CARD_ROLE", "CardPicker", "explanation_text"]
_ = translator("CardPicker")
CardActions = Callable[[CatalogCard], list[QAction]]


def explanation_text(scenario: str) -> str:
    """What a scenario's charge should do and what to check in the checkout, in the current
    language ("" when ``core.explanations`` has none)."""
    found = explanations.scenario(scenario)
    if found is None:
        return ""
    return _("Charge: {should}\nCheck: {check}").format(should=found.should, check=found.check)


class CardPicker(QWidget):
    card_picked = Signal(object)  # CatalogCard
    pin_toggled = Signal(str)  # a card id: pin it, or unpin it (the window saves)
    reset_ranking_requested = Signal()  # the Frequent title's menu

    def __init__(self, catalog: Catalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.catalog = catalog
        self.ranking = Ranking()
        # Hooks for the copy actions (ui/card_copy.py) and the brand mark and source word.
        self.card_actions: CardActions | None = None
        self.decorate_row: DecorateRow | None = None
        self.search = SecretLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setObjectName("cardSearch")
        self.search.installEventFilter(self)
        self.filters = CardFilters(brands(catalog))
        self.model = QStandardItemModel(self)
        self.proxy = CardFilter(self)
        self.proxy.setSourceModel(self.model)
        self.tree = QTreeView()
        self.tree.setModel(self.proxy)
        self.tree.setObjectName("cardList")
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.installEventFilter(self)
        self.moves = CardMoves(self.tree, self._picked)
        self.no_match = NoMatch()
        # One line: what the Source words mean (core.catalog.legend_text), whole in its tooltip.
        self.legend = reserved_line("cardLegend")
        self.legend.show()
        self.explanation = plain_label()
        self.explanation.setObjectName("cardExplanation")
        self.explanation.setWordWrap(True)
        self.explanation.setMinimumHeight(self.explanation.fontMetrics().lineSpacing() * 3)
        self.explanation.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._lay_out()
        self._rebuild()
        for col, width in enumerate((54, 120, 165, 200, 150)):
            self.tree.setColumnWidth(col, width)
        self.search.textChanged.connect(self._filter)
        self.filters.changed.connect(self._filter)
        self.no_match.clear_button.clicked.connect(self.clear_search)
        self.tree.activated.connect(self._picked)
        self.tree.clicked.connect(self._clicked)
        self.tree.customContextMenuRequested.connect(self._menu_at)
        self.tree.selectionModel().currentChanged.connect(self._explain)
        on_language_change(self, self._retranslate)

    def _lay_out(self) -> None:
        self._search_row = row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.search, 1)
        row.addWidget(self.filters)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.tree)
        layout.addWidget(self.no_match)
        layout.addWidget(self.legend)
        layout.addWidget(self.explanation)

    def _retranslate(self) -> None:
        self.search.setPlaceholderText(_("Search cards…"))
        metrics = self.search.fontMetrics()  # the placeholder whole, beside the clear button
        self.search.setMinimumWidth(metrics.horizontalAdvance(self.search.placeholderText()) + 28)
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
                "the card form (arrows move, Enter picks, {pin} pins)"
            ).format(pin=shortcuts.shown_keys("pin_card"))
        )
        self.explanation.setAccessibleName(_("What the highlighted card's charge should do"))
        self.model.setHorizontalHeaderLabels([translate("CardPicker", h) for h in HEADERS])
        star = self.model.horizontalHeaderItem(STAR)
        if star is not None:
            star.setText("★")
            star.setToolTip(_("Pinned cards (click a star to pin or unpin)"))
        source = self.model.horizontalHeaderItem(SOURCE)
        if source is not None:
            source.setToolTip(source_header_tip())
        show_line(self.legend, legend_text())
        self._name_rows()
        self._explain(self.tree.currentIndex())

    # ---------------------------------------------------------------- DATA's hooks
    def add_tool(self, widget: QWidget) -> None:
        """A compact control at the end of the search row (``ui.card_copy``'s Copy button)."""
        self._search_row.addWidget(widget)

    # ---------------------------------------------------------------- rows
    def set_ranking(self, ranking: Ranking) -> None:
        """Show these Pinned and Frequent cards (and stars); the highlight stays."""
        if ranking == self.ranking:
            return
        self.ranking = ranking
        kept = self.moves.place()
        self.moves.quietly(self._rebuild)
        self.moves.restore(kept, self._index_of)

    def _rebuild(self) -> None:
        fill(self.model, self.catalog, self.ranking, self.decorate_row)
        self._name_rows()
        self._show_all()

    def _show_all(self) -> None:
        """Group titles read across all columns; every group open."""
        for row in range(self.proxy.rowCount()):
            self.tree.setFirstColumnSpanned(row, QModelIndex(), True)
        self.tree.expandAll()

    def _groups(self) -> list[QStandardItem]:
        return [self.model.item(row, 0) for row in range(self.model.rowCount())]

    def _name_rows(self) -> None:
        """Titles with the count of the cards shown ("Insufficient funds (2)"), tooltips."""
        for group in self._groups():
            cards = [group.child(i, 0) for i in range(group.rowCount())]
            count = sum(1 for c in cards if self._visible(c.data(CARD_ROLE)))
            section = group.data(SECTION_ROLE)
            if section == PINNED:
                group.setText(_("Pinned  ({count})").format(count=count))
                group.setToolTip(_("The cards you pinned; each stays in its group below too"))
            elif section == FREQUENT:
                group.setText(_("Frequent  ({count})").format(count=count))
                group.setToolTip(
                    _(
                        "The cards you used most, recent use counting more (right-click: "
                        "Reset ranking)"
                    )
                )
            else:
                scenario = str(group.data(SCENARIO_ROLE))
                label = self.catalog.scenario_labels.get(scenario, scenario)
                group.setText(_("{scenario}  ({count})").format(scenario=shown(label), count=count))
                group.setToolTip(plain_tooltip(explanation_text(scenario)))
            for row in range(group.rowCount()):
                self._name_card(group, row)

    def _name_card(self, group: QStandardItem, row: int) -> None:
        card = group.child(row, 0).data(CARD_ROLE)
        if not isinstance(card, CatalogCard):
            return
        short, source_tip = source_text(card)  # the word, the badge, the evidence
        group.child(row, SOURCE).setText(short)
        group.child(row, SOURCE).setToolTip(plain_tooltip(source_tip))  # a file's text: plain
        tip = "\n\n".join(
            t for t in (shown(card.description), explanation_text(card.scenario)) if t
        )
        for column in range(1, SOURCE):
            group.child(row, column).setToolTip(plain_tooltip(tip))  # never rich text
        if self.ranking.is_pinned(card):
            star = _("Pinned: click to unpin ({keys})")
        else:
            star = _("Click to pin this card to the top ({keys})")
        group.child(row, STAR).setToolTip(star.format(keys=shortcuts.shown_keys("pin_card")))

    def _visible(self, card: object) -> bool:
        visible = self.proxy.visible
        return isinstance(card, CatalogCard) and (visible is None or card.id in visible)

    # ---------------------------------------------------------------- search
    def _filter(self) -> None:
        text = self.search.text()
        brand, outcome = self.filters.brand(), self.filters.outcome()
        if not text.strip() and brand is None and outcome is None:
            self.proxy.show_only(None)
            self.no_match.hide()
        else:
            found = search(self.catalog, text, brand=brand, outcome=outcome)
            self.proxy.show_only(card.id for card in found)
            self.no_match.show_for(text, self.filters.active(), visible=not found)
        self._name_rows()
        self._show_all()
        self.highlight(self.moves.form_card)  # the filter never moves it to another card
        self._explain(self.tree.currentIndex())  # a card filtered out is explained no more
        QTimer.singleShot(0, self, self._keep_in_view)  # once the list has its rows and height

    def _keep_in_view(self) -> None:
        if self.tree.currentIndex().isValid():  # a cleared search brought back rows above it
            self.tree.scrollTo(self.tree.currentIndex())

    def clear_search(self) -> None:
        """Empty the search and the filters (the "No cards match" line's button)."""
        self.search.clear()
        self.filters.clear()
        self.search.setFocus(Qt.FocusReason.OtherFocusReason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Down or Enter in the search: into the results; in the list, the pin key and the
        menu key."""
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        key, modifiers = event.key(), event.modifiers()
        if watched is self.search and shortcuts.matches("into_results", key, modifiers):
            self.enter_results()
            return True
        if watched is self.tree and shortcuts.matches("pin_card", key, modifiers):
            card = self.highlighted()
            if card is not None:
                self.pin_toggled.emit(card.id)
            return True
        if watched is self.tree and shortcuts.matches("card_menu", key, modifiers):
            rect = self.tree.visualRect(self.tree.currentIndex())
            self._menu_at(rect.center())
            return True
        return super().eventFilter(watched, event)

    # ---------------------------------------------------------------- menus
    def menu_for(self, index: QModelIndex) -> QMenu | None:
        """The menu of a row: a card's (Pin or Unpin, the copy actions), the Frequent title's
        (Reset ranking); None elsewhere."""
        menu = QMenu(self)
        card = index.data(CARD_ROLE) if index.isValid() else None
        if isinstance(card, CatalogCard):
            pinned = self.ranking.is_pinned(card)
            pin = menu.addAction(_("Unpin") if pinned else _("Pin to the top"))
            pin.setObjectName("cardPinAction")
            pin.setShortcuts(shortcuts.keys_of("pin_card"))
            pin.triggered.connect(lambda: self.pin_toggled.emit(card.id))
            for action in self.card_actions(card) if self.card_actions else []:
                menu.addAction(action)
            if index.parent().siblingAtColumn(0).data(SECTION_ROLE) == FREQUENT:
                menu.addSeparator()  # a Frequent card's menu (Shift+F10): the keyboard's way
                _add_reset(menu, self.reset_ranking_requested)
        elif index.isValid() and index.siblingAtColumn(0).data(SECTION_ROLE) == FREQUENT:
            _add_reset(menu, self.reset_ranking_requested)
        else:
            menu.deleteLater()
            return None
        return menu

    def _menu_at(self, point: QPoint) -> None:
        menu = self.menu_for(self.tree.indexAt(point))
        if menu is not None:
            menu.popup(self.tree.viewport().mapToGlobal(point))

    # ---------------------------------------------------------------- the highlight
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

    def enter_results(self) -> None:
        """Into the list, on the form's card if the search shows it, else on the first card
        shown; with no card shown, the focus stays in the search."""
        self.moves.enter_results()

    def highlight(self, card: CatalogCard | None) -> None:
        """Highlight ``card``'s row (none: no row), as the form's number says; nothing is
        emitted (the form already holds that number). A row of that card already highlighted
        (in Pinned, say) stays so."""
        self.moves.highlight(card, self._index_of)

    def highlighted(self) -> CatalogCard | None:
        card = self.tree.currentIndex().data(CARD_ROLE)
        return card if isinstance(card, CatalogCard) else None

    def _index_of(self, card: CatalogCard, group_key: object = None) -> QModelIndex:
        """``card``'s row, in the group ``group_key`` names if it shows it, else its first."""
        first = QModelIndex()
        for row in range(self.proxy.rowCount()):
            group = self.proxy.index(row, 0)
            for child in range(self.proxy.rowCount(group)):
                index = self.proxy.index(child, 0, group)
                if index.data(CARD_ROLE) == card:
                    if group_key is None or CardMoves.key_of(group) == group_key:
                        return index
                    first = first if first.isValid() else index
        return first

    def _clicked(self, index: QModelIndex) -> None:
        """A click on a star pins or unpins; anywhere else on a card picks it."""
        card = index.data(CARD_ROLE)
        if index.column() == STAR and isinstance(card, CatalogCard):
            self.pin_toggled.emit(card.id)
            return
        self._picked(index)

    def _picked(self, index: QModelIndex) -> None:
        card = index.data(CARD_ROLE)
        if isinstance(card, CatalogCard):
            self.card_picked.emit(card)


def _add_reset(menu: QMenu, reset_requested: SignalInstance) -> None:
    """Reset ranking, in the Frequent title's menu and a Frequent card's."""
    reset = menu.addAction(_("Reset ranking"))
    reset.setObjectName("cardResetRanking")
    reset.setToolTip(_("Forget the uses so far; the history keeps its tokens"))
    reset.triggered.connect(reset_requested)
