"""Parts of the window on their own: small real stores and fakes, no app, no emulator."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Protocol

import pytest

from omise_token_gui.core.catalog import Catalog, load_catalog
from omise_token_gui.core.errors import AppError, ErrorKind, VaultError
from omise_token_gui.core.history import HistoryStore, TokenRecord
from omise_token_gui.core.key_check import KeyCheck
from omise_token_gui.core.settings import Profile
from omise_token_gui.ui.history_model import HistoryModel
from tests.helpers import records


class FakeClipboard:
    """The clipboard seam, in memory."""

    def __init__(self) -> None:
        self.copied: list[str] = []

    def set_text(self, text: str) -> None:
        self.copied.append(text)

    def text(self) -> str:
        return self.copied[-1] if self.copied else ""


class FakeStatus:
    """The status line: every message shown, newest last."""

    def __init__(self) -> None:
        self.messages: list[str] = []

    def showMessage(self, text: str, timeout: int = 0, /) -> None:
        self.messages.append(text)

    @property
    def last(self) -> str:
        return self.messages[-1] if self.messages else ""


@dataclass
class FakeService:
    """What the controllers ask of ``TokenService``, answered from a real store, with every
    call recorded. ``fail`` makes the vault-facing calls raise it."""

    store: HistoryStore
    fail: VaultError | None = None
    auto_ids: list[str] = field(default_factory=list)
    calls: list[tuple[str, str]] = field(default_factory=list)
    sandbox_url: str | None = "http://127.0.0.1:9"
    hold: asyncio.Event | None = None  # refreshes wait for it when set

    def stored(self, token_id: str) -> TokenRecord | None:
        return self.store.get(token_id)

    def ids_to_refresh(self) -> list[str]:
        return self.store.ids_to_refresh()

    def auto_refresh_ids(self, limit: int) -> list[str]:
        self.calls.append(("auto_refresh_ids", str(limit)))
        return self.auto_ids[:limit]

    async def refresh_many(self, token_ids: list[str]) -> list[TokenRecord | AppError]:
        if self.hold is not None:
            await self.hold.wait()
        out: list[TokenRecord | AppError] = []
        for token_id in token_ids:
            self.calls.append(("refresh", token_id))
            if self.fail is not None:
                out.append(self.fail)
                continue
            updated = self.store.update_status(token_id, used=True, charge_status="successful")
            assert updated is not None
            out.append(updated)
        return out

    async def simulate_charge(self, token_id: str) -> TokenRecord:
        self.calls.append(("simulate_charge", token_id))
        if self.fail is not None:
            raise self.fail
        updated = self.store.update_status(
            token_id, used=True, charge_status="failed", failure_code="insufficient_fund"
        )
        assert updated is not None
        return updated

    def curl_for(self, record: TokenRecord) -> str:
        self.calls.append(("curl_for", record.token_id))
        if self.fail is not None:
            raise self.fail
        return f"curl {record.vault_url}/tokens/{record.token_id}"

    def delete(self, token_id: str) -> None:
        self.calls.append(("delete", token_id))
        if self.fail is not None:
            raise self.fail
        self.store.delete(token_id)

    async def check_key(self, profile: Profile) -> KeyCheck:
        raise AssertionError("not asked in these tests")


class StoreFactory(Protocol):
    def __call__(self, count: int = 0) -> HistoryStore: ...


@pytest.fixture
def make_store() -> Iterator[StoreFactory]:
    """A history in memory holding ``count`` records (``tests.helpers.records``); closed
    after the test."""
    opened: list[HistoryStore] = []

    def make(count: int = 0) -> HistoryStore:
        store = HistoryStore(":memory:")
        store.add_many(records(count))
        opened.append(store)
        return store

    yield make
    for store in opened:
        store.close()


@pytest.fixture
def store(make_store: StoreFactory) -> HistoryStore:
    return make_store(3)


@pytest.fixture
def model(store: HistoryStore) -> HistoryModel:
    return HistoryModel(store)


@pytest.fixture(scope="session")
def catalog() -> Catalog:
    return load_catalog()


def storage_error() -> VaultError:
    return VaultError(kind=ErrorKind.STORAGE, human="The history file is read-only.")
