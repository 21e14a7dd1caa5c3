"""Simulate charge with options, capture and reverse (core.sandbox_service) against the
embedded emulator, through the app's own guarded client (the transport lets the built-in
charge key reach only the Sandbox's charge calls)."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

import httpx
import pytest

from omise_token_gui.core import paths
from omise_token_gui.core.charge_plan import ChargePlan, CurrencyRules
from omise_token_gui.core.errors import InvalidInput
from omise_token_gui.core.history import HistoryStore
from omise_token_gui.core.keys import KeyRejected
from omise_token_gui.core.sandbox_service import SandboxChargeService
from omise_token_gui.core.service import TokenService
from omise_token_gui.core.settings import Settings, sandbox_profile
from omise_token_gui.core.transport import SANDBOX_CHARGE_KEY, check_outgoing, make_http_client
from omise_token_gui.core.vault import basic_auth_header
from omise_token_gui.core.verdict import Verdict
from omise_token_gui.emulator import EmbeddedEmulator
from omise_token_gui.services import EmulatorControls
from tests.helpers import card, run

SUCCEEDS = "4242 4242 4242 4242"
INSUFFICIENT = "4111 1111 1114 0011"


@pytest.fixture
def stack() -> Iterator[contextlib.ExitStack]:
    with contextlib.ExitStack() as stack:
        yield stack


def desk(
    http: httpx.AsyncClient, emulator: EmbeddedEmulator, stack: contextlib.ExitStack
) -> tuple[TokenService, SandboxChargeService]:
    history = stack.enter_context(HistoryStore(paths.history_path()))
    svc = TokenService(http, history, Settings().profile, sandbox_url=emulator.base_url)
    return svc, SandboxChargeService(svc, http, EmulatorControls(emulator))


def charged(
    emulator: EmbeddedEmulator, stack: contextlib.ExitStack, number: str, plan: ChargePlan
) -> tuple[str, str | None, bool | None, Verdict]:
    async def go() -> tuple[str, str | None, bool | None, Verdict]:
        async with make_http_client(sandbox_url=emulator.base_url) as http:
            svc, sandbox = desk(http, emulator, stack)
            record = await svc.create(card(number), sandbox_profile())
            done = await sandbox.charge(record.token_id, plan)
            return done.charge_status, done.failure_code, done.authorized, done.verdict

    return run(go())


def test_capture_now_and_authorize_only(
    emulator: EmbeddedEmulator, stack: contextlib.ExitStack
) -> None:
    assert charged(emulator, stack, SUCCEEDS, ChargePlan()) == (
        "successful",
        None,
        True,
        Verdict.MATCH,
    )
    assert charged(emulator, stack, SUCCEEDS, ChargePlan(capture=False))[:3] == (
        "pending",
        None,
        True,
    )


def test_three_d_secure_pass_and_fail(
    emulator: EmbeddedEmulator, stack: contextlib.ExitStack
) -> None:
    emulator.state.config.three_d_secure = True
    passed = charged(emulator, stack, SUCCEEDS, ChargePlan(three_d_secure=True))
    assert passed[:3] == ("successful", None, True)
    failed = charged(emulator, stack, SUCCEEDS, ChargePlan(three_d_secure=False))
    assert failed[:2] == ("failed", "payment_rejected")
    assert failed[3] is Verdict.MISMATCH


def test_force_a_different_outcome_is_used_once(
    emulator: EmbeddedEmulator, stack: contextlib.ExitStack
) -> None:
    forced = charged(emulator, stack, SUCCEEDS, ChargePlan(force_failure="failed_processing"))
    assert forced[:2] == ("failed", "failed_processing")
    assert forced[3] is Verdict.MISMATCH
    assert emulator.vault.faults.get().charge_failure is None
    assert charged(emulator, stack, INSUFFICIENT, ChargePlan())[:2] == (
        "failed",
        "insufficient_fund",
    )


def test_capture_and_reverse_an_authorization(
    emulator: EmbeddedEmulator, stack: contextlib.ExitStack
) -> None:
    async def go() -> tuple[str, str]:
        async with make_http_client(sandbox_url=emulator.base_url) as http:
            svc, sandbox = desk(http, emulator, stack)
            one = await svc.create(card(SUCCEEDS), sandbox_profile())
            two = await svc.create(card(SUCCEEDS), sandbox_profile())
            await sandbox.charge(one.token_id, ChargePlan(capture=False))
            await sandbox.charge(two.token_id, ChargePlan(capture=False))
            captured = await sandbox.capture(one.token_id)
            reversed_ = await sandbox.reverse(two.token_id)
            fresh = await svc.create(card(SUCCEEDS), sandbox_profile())
            with pytest.raises(InvalidInput, match="no charge"):
                await sandbox.capture(fresh.token_id)
            return captured.charge_status, reversed_.charge_status

    assert run(go()) == ("successful", "reversed")


def test_the_rules_follow_the_sandbox_account(emulator: EmbeddedEmulator) -> None:
    controls = EmulatorControls(emulator)
    assert controls.rules() == CurrencyRules("THB", 2000, 15_000_000, False)
    emulator.state.config.country = "jp"
    assert controls.rules() == CurrencyRules("JPY", 100, 6_000_000, True)
    assert CurrencyRules().problem(1999) == "The amount must be between 20.00 and 150,000.00 THB."
    assert CurrencyRules().problem(2000) is None


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("POST", "/charges/chrg_test_abc/refunds"),
        ("DELETE", "/charges"),
        ("POST", "/charges?x=1"),
        ("POST", "/__emulator__/faults"),
        ("POST", "/customers"),
        ("GET", "/charges/chrg_test_abc/capture"),
    ],
)
def test_the_charge_key_reaches_nothing_else(method: str, path: str) -> None:
    base = "http://127.0.0.1:40001"
    request = httpx.Request(
        method, base + path, headers={"Authorization": basic_auth_header(SANDBOX_CHARGE_KEY)}
    )
    with pytest.raises(KeyRejected):
        check_outgoing(request, sandbox_url=base)
    for allowed in ("/charges/chrg_test_abc/capture", "/payments/paym_test_abc/authorize"):
        fine = httpx.Request(
            "POST", base + allowed, headers={"Authorization": basic_auth_header(SANDBOX_CHARGE_KEY)}
        )
        check_outgoing(fine, sandbox_url=base)
        elsewhere = httpx.Request(
            "POST",
            "http://127.0.0.1:40002" + allowed,
            headers={"Authorization": basic_auth_header(SANDBOX_CHARGE_KEY)},
        )
        with pytest.raises(KeyRejected):
            check_outgoing(elsewhere, sandbox_url=base)
