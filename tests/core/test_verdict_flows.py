"""The five verdicts from real flows: tokens created through the service against the embedded
emulator and charged the ways a tester's charges happen (the app's Simulate charge, a
backend's ``POST /charges`` with its secret key, an authorize-only charge, an emulator fault),
then read back from the history file as the window and the command line read it."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

import httpx
import pytest

from omise_token_gui.core import paths
from omise_token_gui.core.history import HistoryStore
from omise_token_gui.core.service import TokenService
from omise_token_gui.core.settings import Settings, sandbox_profile
from omise_token_gui.core.verdict import Verdict
from omise_token_gui.emulator import EmbeddedEmulator
from tests.helpers import card, run

SUCCEEDS = "4242 4242 4242 4242"  # visa-successful
INSUFFICIENT = "4111 1111 1114 0011"  # visa-insufficient-fund
NOT_IN_CATALOG = "4012 8888 8888 1881"  # a valid Visa number the catalog does not hold
BACKEND_KEY = "skey_test_backend"


@pytest.fixture
def stores() -> Iterator[contextlib.ExitStack]:
    with contextlib.ExitStack() as stack:
        yield stack


def make_service(
    http: httpx.AsyncClient, emulator: EmbeddedEmulator, stack: contextlib.ExitStack
) -> TokenService:
    history = stack.enter_context(HistoryStore(paths.history_path()))
    return TokenService(http, history, Settings().profile, sandbox_url=emulator.base_url)


def reread(token_id: str) -> tuple[Verdict, str, bool | None]:
    """The verdict as a fresh reader of the history file sees it (the stored columns)."""
    with HistoryStore(paths.history_path()) as again:
        record = again.get(token_id)
        assert record is not None
        (sorted_first,) = again.page(0, 1, sort="verdict")
        assert sorted_first.token_id == token_id
        return record.verdict, record.verdict_reason, record.authorized


def test_simulate_charge_on_a_card_that_succeeds_matches(
    emulator: EmbeddedEmulator, stores: contextlib.ExitStack
) -> None:
    async def go() -> None:
        async with httpx.AsyncClient() as http:
            svc = make_service(http, emulator, stores)
            record = await svc.create(card(SUCCEEDS), sandbox_profile())
            assert record.verdict is Verdict.PENDING  # not charged yet
            assert "Not charged yet" in record.verdict_reason
            charged = await svc.simulate_charge(record.token_id)
            assert (charged.charge_status, charged.authorized) == ("successful", True)
            assert charged.verdict is Verdict.MATCH
            assert reread(record.token_id)[:2] == (Verdict.MATCH, charged.verdict_reason)

    run(go())


def test_simulate_charge_sees_the_failure_code_and_matches(
    emulator: EmbeddedEmulator, stores: contextlib.ExitStack
) -> None:
    async def go() -> None:
        async with httpx.AsyncClient() as http:
            svc = make_service(http, emulator, stores)
            record = await svc.create(card(INSUFFICIENT), sandbox_profile())
            charged = await svc.simulate_charge(record.token_id)
            assert (charged.charge_status, charged.failure_code) == ("failed", "insufficient_fund")
            assert charged.authorized is False
            assert charged.verdict is Verdict.MATCH
            assert "status and failure code both compared" in charged.verdict_reason

    run(go())


def test_an_authorize_only_charge_that_was_authorized_matches(
    emulator: EmbeddedEmulator, stores: contextlib.ExitStack
) -> None:
    async def go() -> None:
        async with httpx.AsyncClient() as http:
            svc = make_service(http, emulator, stores)
            record = await svc.create(card(SUCCEEDS), sandbox_profile())
            charged = await svc.simulate_charge(record.token_id, capture=False)
            assert (charged.charge_status, charged.authorized) == ("pending", True)
            assert charged.verdict is Verdict.MATCH
            assert reread(record.token_id) == (Verdict.MATCH, charged.verdict_reason, True)

    run(go())


def test_a_backend_charge_read_with_the_public_key_matches_the_status_only(
    emulator: EmbeddedEmulator, stores: contextlib.ExitStack
) -> None:
    """The way a real checkout uses the token: the backend charges it with its secret key;
    the app reads the token back with the public key, which carries no failure code."""

    async def go() -> None:
        async with httpx.AsyncClient() as http:
            svc = make_service(http, emulator, stores)
            record = await svc.create(card(INSUFFICIENT), sandbox_profile())
            answer = await http.post(
                emulator.base_url + "/charges",
                auth=(BACKEND_KEY, ""),
                data={"amount": "2000", "currency": "thb", "card": record.token_id},
            )
            assert answer.status_code == 200
            assert answer.json()["failure_code"] == "insufficient_fund"  # the backend sees it
            refreshed = await svc.refresh(record.token_id)
            assert (refreshed.charge_status, refreshed.failure_code) == ("failed", None)
            assert refreshed.verdict is Verdict.STATUS_ONLY
            assert "public key cannot read the charge's failure code" in refreshed.verdict_reason
            assert reread(record.token_id)[0] is Verdict.STATUS_ONLY

    run(go())


def test_a_backend_authorize_only_charge_read_with_the_public_key_is_pending(
    emulator: EmbeddedEmulator, stores: contextlib.ExitStack
) -> None:
    """Read through the token, an authorize-only charge is only ``pending``: whether it was
    authorized cannot be seen, so the verdict waits (as for 3-D Secure)."""

    async def go() -> None:
        async with httpx.AsyncClient() as http:
            svc = make_service(http, emulator, stores)
            fresh = await svc.create(card(SUCCEEDS), sandbox_profile())
            held = await http.post(
                emulator.base_url + "/charges",
                auth=(BACKEND_KEY, ""),
                data={
                    "amount": "2000",
                    "currency": "thb",
                    "card": fresh.token_id,
                    "capture": "false",
                },
            )
            charge = held.json()
            assert (charge["status"], charge["authorized"], charge["capturable"]) == (
                "pending",
                True,
                True,
            )
            assert (charge["capture"], charge["paid"]) == (False, False)
            refreshed = await svc.refresh(fresh.token_id)
            assert (refreshed.charge_status, refreshed.authorized) == ("pending", None)
            assert refreshed.verdict is Verdict.PENDING
            assert "3-D Secure" in refreshed.verdict_reason

    run(go())


def test_the_charge_failure_fault_makes_a_mismatch(
    emulator: EmbeddedEmulator, stores: contextlib.ExitStack
) -> None:
    async def go() -> None:
        async with httpx.AsyncClient() as http:
            svc = make_service(http, emulator, stores)
            fault = await http.post(
                emulator.base_url + "/__emulator__/faults",
                json={"charge_failure": "failed_fraud_check"},
            )
            assert fault.status_code == 200, fault.text
            record = await svc.create(card(SUCCEEDS), sandbox_profile())
            charged = await svc.simulate_charge(record.token_id)
            assert (charged.charge_status, charged.failure_code) == ("failed", "failed_fraud_check")
            assert charged.verdict is Verdict.MISMATCH
            assert "Expected successful" in charged.verdict_reason
            # Used once: the next charge ends as its card says.
            assert (await http.get(emulator.base_url + "/__emulator__/faults")).json()[
                "charge_failure"
            ] is None
            again = await svc.create(card(SUCCEEDS), sandbox_profile())
            assert (await svc.simulate_charge(again.token_id)).verdict is Verdict.MATCH
            # A wrong failure code for a card that should fail is a mismatch too.
            await http.post(
                emulator.base_url + "/__emulator__/faults",
                json={"charge_failure": "payment_rejected"},
            )
            wrong = await svc.create(card(INSUFFICIENT), sandbox_profile())
            charged = await svc.simulate_charge(wrong.token_id)
            assert charged.verdict is Verdict.MISMATCH
            assert "insufficient_fund" in charged.verdict_reason
            assert "payment_rejected" in charged.verdict_reason

    run(go())


def test_a_card_not_in_the_catalog_has_no_verdict(
    emulator: EmbeddedEmulator, stores: contextlib.ExitStack
) -> None:
    async def go() -> None:
        async with httpx.AsyncClient() as http:
            svc = make_service(http, emulator, stores)
            record = await svc.create(card(NOT_IN_CATALOG), sandbox_profile())
            assert record.scenario is None
            charged = await svc.simulate_charge(record.token_id)
            assert charged.charge_status == "successful"
            assert charged.verdict is Verdict.NONE
            assert "Not a catalog card" in charged.verdict_reason

    run(go())


@pytest.mark.parametrize(
    "value", ["Failed Fraud", "", 7, True, "x" * 65, ["failed_fraud_check"], {"a": 1}]
)
def test_the_charge_failure_fault_refuses_what_is_not_a_code(
    emulator: EmbeddedEmulator, value: object
) -> None:
    answer = httpx.post(emulator.base_url + "/__emulator__/faults", json={"charge_failure": value})
    assert answer.status_code == 400
    assert "charge_failure" in answer.text


def test_capture_must_be_true_or_false(emulator: EmbeddedEmulator) -> None:
    token = emulator.state.create_token(
        {
            "number": "4242424242424242",
            "name": "A",
            "expiration_month": "12",
            "expiration_year": "2030",
        },
        emulator.base_url,
    )
    answer = httpx.post(
        emulator.base_url + "/charges",
        auth=(BACKEND_KEY, ""),
        data={"amount": "2000", "currency": "thb", "card": token, "capture": "maybe"},
    )
    assert answer.status_code == 400
    assert "capture must be true or false" in answer.json()["message"]
