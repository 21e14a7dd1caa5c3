"""core.recent: the newest token (Copy last token id) and the catalog card a stored token
was made with, from a real history."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import pytest

from omise_token_gui.core.catalog import CatalogCard, load_catalog
from omise_token_gui.core.history import HistoryStore, TokenRecord
from omise_token_gui.core.recent import catalog_card_of, newest_token
from tests.helpers import records

CATALOG = load_catalog()


def card(card_id: str) -> CatalogCard:
    entry = CATALOG.by_id(card_id)
    assert entry is not None
    return entry


def made_with(entry: CatalogCard, record: TokenRecord) -> TokenRecord:
    return replace(
        record,
        scenario=entry.scenario,
        scenario_label=entry.scenario_label,
        brand=entry.brand,
        last4=entry.number[-4:],
    )


@pytest.fixture
def store() -> Iterator[HistoryStore]:
    with HistoryStore(":memory:") as history:
        yield history


def test_newest_token_is_the_historys_newest(store: HistoryStore) -> None:
    assert newest_token(store) is None
    made = records(3)
    store.add_many([made[2], made[0], made[1]])  # stored in another order than created
    assert newest_token(store) == made[2]


def test_a_newer_unsaved_token_counts_a_tie_keeps_the_stored_one(store: HistoryStore) -> None:
    made = records(3)
    store.add_many(made[:2])
    newer = made[2]
    older = replace(made[2], token_id="tokn_test_older", created_at=made[0].created_at)
    assert newest_token(store, [older]) == made[1]
    assert newest_token(store, [older, newer]) == newer
    assert newest_token(store, [replace(newer, created_at=made[1].created_at)]) == made[1]
    with HistoryStore(":memory:") as empty:
        assert newest_token(empty, [older]) == older


def test_catalog_card_of_a_stored_token(store: HistoryStore) -> None:
    entry = card("visa-insufficient-fund")
    assert catalog_card_of(CATALOG, made_with(entry, records(1)[0])) == entry
    assert catalog_card_of(CATALOG, records(1)[0]) is None  # typed in: no scenario kept
    wrong_digits = replace(made_with(entry, records(1)[0]), last4="9999")
    assert catalog_card_of(CATALOG, wrong_digits) is None
