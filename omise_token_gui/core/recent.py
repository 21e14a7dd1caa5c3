"""What the history says was used last: the newest token (Copy last token id, in the window
and the tray) and the catalog card a stored token was made with (``core.ranking``'s Frequent
cards, the history's Copy test card number). One home for both facts; Qt-free."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable

from omise_token_gui.core.catalog import Catalog, CatalogCard
from omise_token_gui.core.history import CardUse, HistoryStore, TokenRecord
from omise_token_gui.core.i18n import QT_TRANSLATE_NOOP, translate

# Marked (English); shown through ``no_token_yet()`` (or ``translate("Recent", NO_TOKEN_YET)``).
NO_TOKEN_YET = QT_TRANSLATE_NOOP("Recent", "No token in the history yet: create one first.")


def no_token_yet() -> str:
    """``NO_TOKEN_YET`` in the current language."""
    return translate("Recent", NO_TOKEN_YET)


def newest_token(history: HistoryStore, unsaved: Iterable[TokenRecord] = ()) -> TokenRecord | None:
    """The newest token: the history's newest (created by any run of the app, this one or an
    earlier one, or by another copy on the same data dir), or a newer one this run created
    but could not store yet (``unsaved``, ``TokenService.unsaved``). None if there is none."""
    try:
        stored = history.page(0, 1)
    except sqlite3.Error:  # damaged after it was opened: what this run holds still counts
        stored = []
    newest = stored[0] if stored else None
    later: TokenRecord | None = None  # the newest unsaved one (the last of equals)
    for record in unsaved:
        if later is None or record.created_at >= later.created_at:
            later = record
    if later is not None and (newest is None or later.created_at > newest.created_at):
        return later  # on a tie the stored record wins: it is the truth
    return newest


def catalog_card_of(catalog: Catalog, record: TokenRecord | CardUse) -> CatalogCard | None:
    """The catalog card a stored token was made with (scenario, brand and last four digits:
    the history keeps no full number), or None for a typed-in card."""
    if not record.scenario:
        return None
    for entry in catalog:
        if (
            entry.scenario == record.scenario
            and entry.brand == record.brand
            and entry.number.endswith(record.last4)
        ):
            return entry
    return None
