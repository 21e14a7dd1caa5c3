from __future__ import annotations

import asyncio
import contextlib
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Protocol

import httpx
import pytest

from omise_token_gui.core import paths
from omise_token_gui.core.catalog import load_catalog
from omise_token_gui.core.errors import AppError, ErrorKind, StorageError
from omise_token_gui.core.history import HistoryStore
from omise_token_gui.core.service import TokenService
from omise_token_gui.core.settings import Profile, Settings, SettingsStore, sandbox_profile
from omise_token_gui.core.transport import make_http_client
from omise_token_gui.core.verdict import Verdict
from omise_token_gui.emulator import EmbeddedEmulator
from tests.helpers import TEST_KEY, TOKEN_2019, Recorder, card, run


class MakeService(Protocol):
    def __call__(
        self,
        http: httpx.AsyncClient,
        emulator: EmbeddedEmulator | None = None,
        profiles: Callable[[str], Profile | None] | None = None,
    ) -> TokenService: ...


@pytest.fixture
def service() -> Iterator[MakeService]:
    """A TokenService on the test's history file (closed after the test) and ``http``."""
    with contextlib.ExitStack() as stores:

        def make(
            http: httpx.AsyncClient,
            emulator: EmbeddedEmulator | None = None,
            profiles: Callable[[str], Profile | None] | None = None,
        ) -> TokenService:
            history = stores.enter_context(HistoryStore(paths.history_path()))
            return TokenService(
                http,
                history,
                profiles or Settings().profile,
                sandbox_url=emulator.base_url if emulator else None,
            )

        yield make


def test_create_stores_before_returning(emulator: EmbeddedEmulator, service: MakeService) -> None:
    async def go() -> None:
        async with httpx.AsyncClient() as http:
            svc = service(http, emulator)
            record = await svc.create(card("4111 1111 1114 0011"), sandbox_profile())
            assert svc.history.get(record.token_id) == record
            assert record.brand == "Visa"
            assert record.last4 == "0011"
            assert record.scenario == "insufficient_fund"
            assert record.expected_outcome == "failed: insufficient_fund"
            assert record.profile == "Sandbox"
            assert record.vault_url == emulator.base_url
            assert not record.livemode

    run(go())


def test_invalid_card_is_not_sent_unless_asked(
    emulator: EmbeddedEmulator, service: MakeService
) -> None:
    async def go() -> None:
        async with httpx.AsyncClient() as http:
            svc = service(http, emulator)
            with pytest.raises(AppError) as info:
                await svc.create(card("4242424242424241"), sandbox_profile())
            assert info.value.kind is ErrorKind.INVALID_INPUT
            assert emulator.requests() == []
            with pytest.raises(AppError) as info:
                await svc.create(card("4242424242424241"), sandbox_profile(), allow_invalid=True)
            assert info.value.kind is ErrorKind.INVALID_CARD
            assert len(emulator.requests()) == 1
            assert svc.history.count() == 0

    run(go())


def test_refresh_follows_a_charge(emulator: EmbeddedEmulator, service: MakeService) -> None:
    async def go() -> None:
        async with httpx.AsyncClient() as http:
            svc = service(http, emulator)
            record = await svc.create(card(), sandbox_profile())
            charge = await http.post(
                emulator.base_url + "/charges",
                auth=("skey_test_x", ""),
                data={"amount": "2000", "currency": "thb", "card": record.token_id},
            )
            assert charge.status_code == 200
            refreshed = await svc.refresh(record.token_id)
            assert refreshed.used
            assert refreshed.charge_status == "successful"
            assert refreshed.verdict is Verdict.MATCH
            results = await svc.refresh_many([record.token_id, "tokn_test_unknown"])
            assert isinstance(results[0], type(refreshed))
            assert isinstance(results[1], AppError)

    run(go())


def test_refresh_many_runs_at_most_four_at_once(service: MakeService) -> None:
    in_flight = peak = created = 0

    async def answer(request: httpx.Request) -> httpx.Response:
        nonlocal in_flight, peak, created
        if request.method == "POST":  # a create: a new token each time
            created += 1
            return httpx.Response(200, json=dict(TOKEN_2019, id=f"tokn_test_{created:011d}x"))
        in_flight += 1  # a refresh: slow, so that the ones let through at once overlap
        peak = max(peak, in_flight)
        await asyncio.sleep(0.01)
        in_flight -= 1
        return httpx.Response(200, json=dict(TOKEN_2019, id=request.url.path.split("/")[-1]))

    rec = Recorder(answer)

    async def go() -> None:
        async with rec.client() as http:
            settings = Settings()
            profile = settings.upsert(Profile(name="Staging", public_key=TEST_KEY))
            svc = service(http, profiles=settings.profile)
            ids = [(await svc.create(card(), profile)).token_id for _ in range(12)]
            assert len(set(ids)) == 12
            assert peak == 0
            results = await svc.refresh_many(ids)
            assert all(not isinstance(r, AppError) for r in results)

    run(go())
    assert peak == 4


def test_no_full_number_or_security_code_in_any_file(
    emulator: EmbeddedEmulator, isolated_dirs: Path, service: MakeService
) -> None:
    import logging

    from omise_token_gui.core.redact import RedactingFilter

    log_file = paths.log_dir() / "app.log"
    log_file.parent.mkdir(parents=True)
    handler = logging.FileHandler(log_file)
    handler.addFilter(RedactingFilter())
    root = logging.getLogger()
    root.addHandler(handler)
    old_level = root.level
    root.setLevel(logging.DEBUG)
    used: set[str] = set()
    try:

        async def go() -> None:
            async with httpx.AsyncClient() as http:
                svc = service(http, emulator)
                for i, entry in enumerate(load_catalog()):
                    code = f"{(i * 7) % 1000:03d}" if entry.brand != "American Express" else "7391"
                    used.update({entry.number, code})
                    await svc.create(card(entry.number, security_code=code), sandbox_profile())
                    # Something careless elsewhere must not leak either.
                    logging.getLogger("careless").warning("card %s cvv-ish", entry.number)

        run(go())
        SettingsStore(paths.settings_path()).save(Settings())
    finally:
        root.removeHandler(handler)
        root.setLevel(old_level)
        handler.close()
    written = [p for p in isolated_dirs.rglob("*") if p.is_file()]
    assert {p.name for p in written} >= {"history.sqlite3", "settings.json", "app.log"}
    blob = b"".join(p.read_bytes() for p in written)
    assert len(blob) > 10_000
    numbers = [n for n in used if len(n) > 4]
    assert [n for n in numbers if n.encode() in blob] == []
    # Security codes are 3-4 digits: look for them where a card field would put them.
    for code in used - set(numbers):
        assert f'"security_code":"{code}"'.encode() not in blob
        assert f"security_code={code}".encode() not in blob


def test_a_locked_history_makes_refresh_charge_and_delete_a_clear_error(
    emulator: EmbeddedEmulator, service: MakeService
) -> None:
    """Another program holding the history's lock: refresh, simulate charge and delete end
    in a StorageError the window shows, not a HistoryWriteError traceback."""

    async def go() -> None:
        async with make_http_client(sandbox_url=emulator.base_url) as http:
            svc = service(http, emulator)
            record = await svc.create(card(), sandbox_profile())
            other = sqlite3.connect(paths.history_path(), isolation_level=None)
            other.execute("BEGIN EXCLUSIVE")  # as the sqlite3 CLI would
            try:
                for attempt in (
                    svc.refresh(record.token_id),
                    svc.refresh_many([record.token_id]),
                    svc.simulate_charge(record.token_id),
                ):
                    try:
                        result = await attempt
                    except AppError as exc:
                        result = [exc]
                    assert isinstance(result, list)
                    assert isinstance(result[0], StorageError)
                    assert result[0].kind is ErrorKind.STORAGE
                    assert "lock" in result[0].human
                with pytest.raises(StorageError) as info:
                    svc.delete(record.token_id)
                assert info.value.kind is ErrorKind.STORAGE
            finally:
                other.execute("ROLLBACK")
                other.close()
            svc.delete(record.token_id)
            assert svc.history.get(record.token_id) is None

    run(go())
