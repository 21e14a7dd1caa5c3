"""The cards a tester reaches for first: **Pinned** (chosen) and **Frequent** (from the
history). One list for the picker's sections, the tray menu and ``omise-token scenarios``.
Qt-free.

Pinned: ``Settings.pinned``, catalog card ids in the order they were pinned. An id the
catalog does not hold (a card of a user catalog file since removed) is kept in the settings
but not shown.

Frequent: *frecency* over the history's catalog cards (``core.recent.catalog_card_of``: a
typed-in card never counts). Each token made with a card adds

    weight = 0.5 ** (age / HALF_LIFE)        (age = now - the token's created_at)

to that card's score: a use today counts 1, one ``HALF_LIFE`` (3 days) ago 1/2, a week ago
about 0.2, so frequency and recency both count (ten uses last week still beat one today).
Only tokens created after ``Settings.ranking_since`` count ("Reset ranking": the history
itself is kept), and only the newest ``RANK_SCAN`` tokens are read (a bounded read, whatever
the history's size). The Frequent cards are the ``FREQUENT_LIMIT`` (3) highest scores, pinned
cards left out; equal scores: the most recently used first, then catalog order.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from omise_token_gui.core.catalog import Catalog, CatalogCard
from omise_token_gui.core.history import HistoryStore, card_uses
from omise_token_gui.core.recent import catalog_card_of
from omise_token_gui.core.settings import Settings

HALF_LIFE = timedelta(days=3)
FREQUENT_LIMIT = 3
RANK_SCAN = 1000  # the newest tokens read for the Frequent cards

Use = tuple[str, datetime]  # (catalog card id, when a token was made with it)


def _aware(when: datetime) -> datetime:
    return when if when.tzinfo is not None else when.replace(tzinfo=UTC)


def since_of(settings: Settings) -> datetime | None:
    """``Settings.ranking_since`` as a moment (None: not set, or not readable)."""
    if not settings.ranking_since:
        return None
    try:
        return _aware(datetime.fromisoformat(settings.ranking_since))
    except ValueError:
        return None


def frecency(
    uses: Iterable[Use],
    now: datetime,
    since: datetime | None = None,
    half_life: timedelta = HALF_LIFE,
) -> dict[str, float]:
    """Each card id's score: the sum of ``0.5 ** (age / half_life)`` over its uses after
    ``since`` (a use in the future counts 1)."""
    scores: dict[str, float] = {}
    now = _aware(now)
    for card_id, when in uses:
        when = _aware(when)
        if since is not None and when < since:
            continue
        age = max(0.0, (now - when) / half_life)
        scores[card_id] = scores.get(card_id, 0.0) + 0.5**age
    return scores


def uses_of(
    history: HistoryStore,
    catalog: Catalog,
    since: datetime | None = None,
    scan: int = RANK_SCAN,
) -> list[Use]:
    """The catalog cards of the newest ``scan`` tokens (newest first), stopping at ``since``."""
    try:
        stored = card_uses(history, scan)
    except sqlite3.Error:
        return []
    found: list[Use] = []
    for use in stored:
        if since is not None and _aware(use.created_at) < since:
            break
        entry = catalog_card_of(catalog, use)
        if entry is not None:
            found.append((entry.id, use.created_at))
    return found


def pinned_cards(catalog: Catalog, pins: Sequence[str]) -> list[CatalogCard]:
    """The pinned cards the catalog holds, in pinned order."""
    cards = (catalog.by_id(card_id) for card_id in dict.fromkeys(pins))
    return [card for card in cards if card is not None]


def frequent_cards(
    catalog: Catalog,
    uses: Sequence[Use],
    now: datetime,
    pins: Sequence[str] = (),
    since: datetime | None = None,
    limit: int = FREQUENT_LIMIT,
) -> list[CatalogCard]:
    """The ``limit`` cards with the highest frecency, pinned ones left out."""
    scores = frecency(uses, now, since)
    last_used: dict[str, datetime] = {}
    for card_id, when in uses:
        last_used[card_id] = max(last_used.get(card_id, _aware(when)), _aware(when))
    order = {card.id: i for i, card in enumerate(catalog)}
    ranked = sorted(
        (card_id for card_id in scores if card_id not in pins and card_id in order),
        key=lambda card_id: (-scores[card_id], -last_used[card_id].timestamp(), order[card_id]),
    )
    return [card for card in (catalog.by_id(i) for i in ranked[:limit]) if card is not None]


@dataclass(frozen=True)
class Ranking:
    pinned: tuple[CatalogCard, ...] = ()
    frequent: tuple[CatalogCard, ...] = ()

    def quick(self) -> list[CatalogCard]:
        """Pinned first, then frequent: the tray's scenarios."""
        return [*self.pinned, *self.frequent]

    def is_pinned(self, card: CatalogCard) -> bool:
        return card in self.pinned

    def is_frequent(self, card: CatalogCard) -> bool:
        return card in self.frequent


def ranking(
    history: HistoryStore, catalog: Catalog, settings: Settings, now: datetime | None = None
) -> Ranking:
    """The Pinned and Frequent cards now, from the settings and the history."""
    since = since_of(settings)
    moment = now or datetime.now(UTC)
    uses = uses_of(history, catalog, since)
    return Ranking(
        tuple(pinned_cards(catalog, settings.pinned)),
        tuple(frequent_cards(catalog, uses, moment, settings.pinned, since)),
    )


def pin(settings: Settings, card_id: str) -> None:
    if card_id not in settings.pinned:
        settings.pinned = [*settings.pinned, card_id]


def unpin(settings: Settings, card_id: str) -> None:
    settings.pinned = [p for p in settings.pinned if p != card_id]


def toggle_pin(settings: Settings, card_id: str) -> bool:
    """Pin the card, or unpin it if it was pinned; whether it is pinned now."""
    if card_id in settings.pinned:
        unpin(settings, card_id)
        return False
    pin(settings, card_id)
    return True


def reset_ranking(settings: Settings, now: datetime | None = None) -> None:
    """ "Reset ranking": tokens made until now no longer count for Frequent (kept in history)."""
    settings.ranking_since = (now or datetime.now(UTC)).astimezone(UTC).isoformat()
