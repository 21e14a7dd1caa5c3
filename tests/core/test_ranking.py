"""core.ranking and the settings it lives in: Pinned (kept across restarts and between two
running copies), Frequent (frecency from the history, followed through real creates against
the emulator), Reset ranking."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import httpx
import pytest

from omise_token_gui.core import paths
from omise_token_gui.core.catalog import CatalogCard, load_catalog
from omise_token_gui.core.history import HistoryStore, TokenRecord
from omise_token_gui.core.ranking import (
    HALF_LIFE,
    frecency,
    frequent_cards,
    pin,
    pinned_cards,
    ranking,
    reset_ranking,
    since_of,
    toggle_pin,
    unpin,
    uses_of,
)
from omise_token_gui.core.service import TokenService
from omise_token_gui.core.settings import Settings, SettingsStore, merge_pins, sandbox_profile
from omise_token_gui.emulator import EmbeddedEmulator
from tests.helpers import card, records, run

CATALOG = load_catalog()
NOW = datetime(2026, 12, 2, 9, 0, tzinfo=UTC)


def entry(card_id: str) -> CatalogCard:
    found = CATALOG.by_id(card_id)
    assert found is not None
    return found


def made_with(card_id: str, when: datetime, n: int) -> TokenRecord:
    c = entry(card_id)
    return replace(
        records(1)[0],
        token_id=f"tokn_test_rank{n:08d}",
        created_at=when,
        scenario=c.scenario,
        scenario_label=c.scenario_label,
        brand=c.brand,
        last4=c.number[-4:],
    )


@pytest.fixture
def store() -> Iterator[HistoryStore]:
    with HistoryStore(":memory:") as history:
        yield history


# ---------------------------------------------------------------- pinned
def test_pins_persist_across_restarts() -> None:
    first_run = SettingsStore(paths.settings_path())
    settings = first_run.load({}).settings
    assert settings.pinned == []
    assert toggle_pin(settings, "jcb-payment-rejected") is True
    pin(settings, "visa-successful")
    first_run.save(settings)
    second_run = SettingsStore(paths.settings_path())
    again = second_run.load({}).settings
    assert again.pinned == ["jcb-payment-rejected", "visa-successful"]
    assert toggle_pin(again, "jcb-payment-rejected") is False
    second_run.save(again)
    assert SettingsStore(paths.settings_path()).load({}).settings.pinned == ["visa-successful"]


def test_two_running_copies_keep_each_others_pins() -> None:
    first, second = SettingsStore(paths.settings_path()), SettingsStore(paths.settings_path())
    mine, theirs = first.load({}).settings, second.load({}).settings
    pin(mine, "visa-successful")
    first.save(mine)
    pin(theirs, "amex-successful")
    second.save(theirs)  # re-reads the file: the first copy's pin stays
    assert theirs.pinned == ["visa-successful", "amex-successful"]
    unpin(mine, "visa-successful")
    first.save(mine)  # only its own unpin applies
    assert SettingsStore(paths.settings_path()).load({}).settings.pinned == ["amex-successful"]


def test_merge_pins_applies_only_this_copys_changes() -> None:
    assert merge_pins(["a"], ["a", "b"], ["a", "c"]) == ["a", "c", "b"]
    assert merge_pins(["a", "b"], ["b"], ["a", "b", "c"]) == ["b", "c"]
    assert merge_pins(None, ["a"], "garbage") == ["a"]


def test_unreadable_pins_are_dropped_and_unknown_ids_kept_but_not_shown() -> None:
    path = paths.settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text('{"version": 1, "pinned": ["gone-card", 3, "visa-successful", ""]}')
    settings = SettingsStore(path).load({}).settings
    assert settings.pinned == ["gone-card", "visa-successful"]
    assert pinned_cards(CATALOG, settings.pinned) == [entry("visa-successful")]


# ---------------------------------------------------------------- frequent
def test_frecency_halves_with_each_half_life() -> None:
    scores = frecency([("a", NOW), ("a", NOW - HALF_LIFE), ("b", NOW - 2 * HALF_LIFE)], NOW)
    assert scores == pytest.approx({"a": 1.5, "b": 0.25})
    assert frecency([("a", NOW - HALF_LIFE)], NOW, since=NOW - timedelta(hours=1)) == {}


def test_frequency_and_recency_both_count() -> None:
    uses = [("visa-successful", NOW - timedelta(days=7))] * 10 + [("jcb-successful", NOW)]
    uses += [("amex-successful", NOW - timedelta(days=30))] * 3
    uses += [("diners-successful", NOW - timedelta(days=1))]
    top = frequent_cards(CATALOG, uses, NOW)
    assert [c.id for c in top] == ["visa-successful", "jcb-successful", "diners-successful"]
    tie = [
        ("jcb-successful", NOW - timedelta(hours=2)),
        ("amex-successful", NOW - timedelta(hours=2)),
    ]
    assert [c.id for c in frequent_cards(CATALOG, tie, NOW)] == [
        "jcb-successful",
        "amex-successful",
    ]
    pinned = frequent_cards(CATALOG, uses, NOW, pins=["visa-successful"])
    assert [c.id for c in pinned] == ["jcb-successful", "diners-successful", "amex-successful"]


def test_frequent_reads_the_history_and_reset_ranking_forgets_earlier_uses(
    store: HistoryStore,
) -> None:
    made = [made_with("visa-insufficient-fund", NOW - timedelta(hours=i), i) for i in range(3)]
    made.append(made_with("jcb-successful", NOW - timedelta(hours=1), 9))
    store.add_many(made)
    settings = Settings()
    ranked = ranking(store, CATALOG, settings, NOW)
    assert [c.id for c in ranked.frequent] == ["visa-insufficient-fund", "jcb-successful"]
    assert ranked.pinned == ()
    reset_ranking(settings, NOW - timedelta(minutes=30))
    assert since_of(settings) == NOW - timedelta(minutes=30)
    assert [c.id for c in ranking(store, CATALOG, settings, NOW).frequent] == [
        "visa-insufficient-fund"
    ]
    reset_ranking(settings, NOW + timedelta(seconds=1))
    assert ranking(store, CATALOG, settings, NOW).frequent == ()
    assert len(store.page(0, 10)) == 4  # the history is kept


def test_typed_in_cards_never_count(store: HistoryStore) -> None:
    store.add_many(records(3))  # no scenario: typed-in cards
    assert uses_of(store, CATALOG) == []


def test_an_unreadable_reset_moment_counts_every_token() -> None:
    assert since_of(Settings(ranking_since="not a date")) is None


def test_quick_is_pinned_then_frequent(store: HistoryStore) -> None:
    store.add_many([made_with("jcb-successful", NOW, 1), made_with("visa-successful", NOW, 2)])
    settings = Settings(pinned=["amex-successful", "visa-successful"])
    ranked = ranking(store, CATALOG, settings, NOW)
    assert [c.id for c in ranked.quick()] == [
        "amex-successful",
        "visa-successful",
        "jcb-successful",
    ]
    assert ranked.is_pinned(entry("visa-successful"))
    assert not ranked.is_frequent(entry("visa-successful"))


def test_frequent_ranking_follows_use_through_the_service(emulator: EmbeddedEmulator) -> None:
    """Tokens created through the token service against the emulator: the card used most
    comes first, and a card used since catches up."""

    async def go() -> list[list[str]]:
        seen: list[list[str]] = []
        with HistoryStore(paths.history_path()) as history:
            async with httpx.AsyncClient() as http:
                svc = TokenService(http, history, Settings().profile, sandbox_url=emulator.base_url)
                for number in ("4111 1111 1114 0011",) * 2 + ("3530 1113 3330 0000",):
                    await svc.create(card(number), sandbox_profile())
                seen.append([c.id for c in ranking(history, CATALOG, Settings()).frequent])
                for _ in range(2):
                    await svc.create(card("3530111333300000"), sandbox_profile())
                seen.append([c.id for c in ranking(history, CATALOG, Settings()).frequent])
        return seen

    first, later = run(go())
    assert first == ["visa-insufficient-fund", "jcb-successful"]
    assert later == ["jcb-successful", "visa-insufficient-fund"]
