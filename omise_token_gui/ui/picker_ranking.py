"""The picker's Pinned and Frequent sections, wired to the window: a pin (star, menu, key)
is saved in the settings at once; the sections follow each token added to the history (made
in the window, the tray or a forwarded ``omise-token create``) and "Reset ranking". The
ranking itself is ``core.ranking``'s. Given only its collaborators (``window_parts``)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QObject

from omise_token_gui.core import ranking
from omise_token_gui.core.catalog import Catalog
from omise_token_gui.core.history import HistoryStore
from omise_token_gui.core.settings import Settings
from omise_token_gui.ui.card_picker import CardPicker
from omise_token_gui.ui.history_model import HistoryModel
from omise_token_gui.ui.i18n import translator

_ = translator("PickerRanking")


class StatusSink(Protocol):
    def showMessage(self, text: str, timeout: int = 0, /) -> None: ...


class RankedWindow(Protocol):
    """What of the window this needs (``MainWindow`` is one)."""

    picker: CardPicker
    history_model: HistoryModel
    catalog: Catalog
    settings: Settings

    def save_settings(self) -> None: ...
    def statusBar(self) -> Any: ...


class PickerRanking(QObject):
    def __init__(self, window: RankedWindow) -> None:
        picker, model = window.picker, window.history_model
        super().__init__(picker)
        self._picker, self._model, self._catalog = picker, model, window.catalog
        self._settings: Callable[[], Settings] = lambda: window.settings
        self._save: Callable[[], None] = window.save_settings
        self._status: StatusSink = window.statusBar()
        picker.pin_toggled.connect(self.toggle)
        picker.reset_ranking_requested.connect(self.reset)
        model.rowsInserted.connect(self.refresh)
        model.modelReset.connect(self.refresh)
        self.refresh()

    @property
    def _history(self) -> HistoryStore:
        return self._model.store  # the one the window shows (a repaired one too)

    def current(self) -> ranking.Ranking:
        return ranking.ranking(self._history, self._catalog, self._settings())

    def refresh(self) -> None:
        self._picker.set_ranking(self.current())

    def toggle(self, card_id: str) -> None:
        """Pin the card, or unpin it, and save the settings (kept across restarts)."""
        ranking.toggle_pin(self._settings(), card_id)
        self._save()
        self.refresh()

    def reset(self) -> None:
        """Reset ranking: only tokens made from now on count for Frequent; the history stays."""
        ranking.reset_ranking(self._settings())
        self._save()
        self.refresh()
        self._status.showMessage(
            _(
                "Ranking reset: Frequent counts the tokens you create from now on; the "
                "history keeps every token."
            ),
            8000,
        )
