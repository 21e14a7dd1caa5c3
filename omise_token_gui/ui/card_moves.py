"""How the picker's highlight moves: with the arrows (the card stood on fills the form; a
group's title is stepped over), into the results from the search, and after the form's number
changed (``highlight``: nothing filled). Used by ``ui.card_picker``."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QTreeView

from omise_token_gui.core.catalog import CatalogCard
from omise_token_gui.ui.card_tree import CARD_ROLE, SCENARIO_ROLE, SECTION_ROLE

IndexOf = Callable[[CatalogCard, object], QModelIndex]
Place = tuple[CatalogCard | None, object]  # the highlighted card and its group's key


class CardMoves:
    def __init__(self, tree: QTreeView, pick: Callable[[QModelIndex], None]) -> None:
        self.tree = tree
        self._pick = pick
        self._highlighting = False
        self.form_card: CatalogCard | None = None  # the card the form holds (``highlight``)
        tree.selectionModel().currentChanged.connect(self._moved)

    @staticmethod
    def key_of(group: QModelIndex) -> object:
        """What names a group across rebuilds: its section, or its scenario."""
        return group.data(SECTION_ROLE) or group.data(SCENARIO_ROLE)

    def place(self) -> Place:
        current = self.tree.currentIndex()
        card = current.data(CARD_ROLE) if current.isValid() else None
        if not isinstance(card, CatalogCard):
            return None, None
        return card, self.key_of(current.parent().siblingAtColumn(0))

    def restore(self, place: Place, index_of: IndexOf) -> None:
        """After a rebuild: the same card in the same group (else its first row), or the
        form's card; nothing is filled."""
        card, key = place
        found = index_of(card, key) if card is not None else QModelIndex()
        if not found.isValid():
            self.highlight(self.form_card, index_of)
            return
        self.quietly(lambda: self._select(found))

    def quietly(self, move: Callable[[], None]) -> None:
        self._highlighting = True
        try:
            move()
        finally:
            self._highlighting = False

    def enter_results(self) -> None:
        current = self.tree.currentIndex()
        proxy = self.tree.model()
        if current.data(CARD_ROLE) is None:
            group = proxy.index(0, 0)
            current = proxy.index(0, 0, group)
        if current.isValid():
            self.tree.setFocus(Qt.FocusReason.TabFocusReason)
            self.quietly(lambda: self.tree.setCurrentIndex(current))
            self._pick(current)

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
        self._pick(current)

    def _card_beside(self, group: QModelIndex, previous: QModelIndex) -> QModelIndex:
        """The card to stand on instead of ``group``'s title, coming from ``previous``."""
        proxy = self.tree.model()
        group = group.siblingAtColumn(0)
        came_from = previous.parent().row() if previous.parent().isValid() else -1
        above = proxy.index(group.row() - 1, 0)
        if came_from >= group.row() and above.isValid():  # going up: the card above
            return proxy.index(proxy.rowCount(above) - 1, 0, above)
        return proxy.index(0, 0, group)  # going down (or at the top): its first card

    def highlight(self, card: CatalogCard | None, index_of: IndexOf) -> None:
        self.form_card = card
        current = self.tree.currentIndex()
        if card is not None and current.isValid() and current.data(CARD_ROLE) == card:
            return  # already on a row of this card (its Pinned row, say)
        found = index_of(card, None) if card is not None else QModelIndex()
        self.quietly(lambda: self._select(found))

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
