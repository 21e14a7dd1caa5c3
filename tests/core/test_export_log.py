"""Exports over the real attempt log (core.attempts, schema 4): attempts made through the
token service against the emulator, selected by tag and since, every format free of the
numbers that were typed (the catalog's included) and of the security code."""

from __future__ import annotations

import contextlib
import json
import re
import shlex
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import httpx
import pytest

from omise_token_gui.core import attempts, paths
from omise_token_gui.core.create_curl import create_curl_for
from omise_token_gui.core.errors import AppError
from omise_token_gui.core.export.formats import FORMATS, render
from omise_token_gui.core.export.source import evidence_rows
from omise_token_gui.core.history import HistoryStore
from omise_token_gui.core.service import TokenService
from omise_token_gui.core.settings import Settings, sandbox_profile
from omise_token_gui.emulator import EmbeddedEmulator
from tests.core.test_export import card_numbers
from tests.helpers import card, run

TYPED = ("4242424242424242", "4111111111140011", "4242424242424241")


@pytest.fixture
def history() -> Iterator[HistoryStore]:
    with HistoryStore(paths.history_path()) as store:
        yield store


def _make_attempts(emulator: EmbeddedEmulator, history: HistoryStore) -> TokenService:
    async def go() -> TokenService:
        async with httpx.AsyncClient() as http:
            svc = TokenService(http, history, Settings().profile, sandbox_url=emulator.base_url)
            sandbox = sandbox_profile()
            await svc.create(card(TYPED[0]), sandbox, test_key="QA-1", note="happy path")
            made = await svc.create(card(TYPED[1]), sandbox, test_key="C7")
            await svc.simulate_charge(made.token_id)
            with contextlib.suppress(AppError):  # refused here: Luhn
                await svc.create(card(TYPED[2]), sandbox, test_key="C8")
            with contextlib.suppress(AppError):  # sent anyway: the vault refuses it
                await svc.create(card(TYPED[2]), sandbox, allow_invalid=True, test_key="C8")
            return svc

    return run(go())


def test_every_format_over_the_attempt_log(
    emulator: EmbeddedEmulator, history: HistoryStore
) -> None:
    _make_attempts(emulator, history)
    rows = evidence_rows(attempts.select(history))
    assert [r.attempt.outcome.value for r in rows] == [
        "created", "created", "refused", "vault_error",
    ]  # fmt: skip
    assert [r.result.value for r in rows] == ["pending", "passed", "failed", "passed"]
    assert rows[1].token is not None
    assert rows[1].token.charge_status == "failed"
    now = datetime.now(UTC)
    for fmt in FORMATS:
        text = render(fmt, rows, exported_at=now, app_version="t").text
        assert card_numbers(text) == [], fmt
        assert '"123"' not in text
        assert not re.search(r"security_code\W+123", text)
        for number in TYPED:
            assert number not in text
    testrail = json.loads(render("testrail", rows, exported_at=now, app_version="t").text)
    assert [(r["case_id"], r["status_id"]) for r in testrail["results"]] == [
        (7, 1), (8, 5), (8, 1),
    ]  # fmt: skip


def test_tag_and_since_narrow_the_export(emulator: EmbeddedEmulator, history: HistoryStore) -> None:
    _make_attempts(emulator, history)
    tagged = evidence_rows(attempts.select(history, tag="c8"))
    assert {r.attempt.test_key for r in tagged} == {"C8"}
    assert len(tagged) == 2
    later = datetime.now(UTC) + timedelta(seconds=1)
    assert attempts.select(history, since=later) == []
    tokens = evidence_rows(attempts.select(history, tokens_only=True))
    assert [r.attempt.test_key for r in tokens] == ["QA-1", "C7"]


def test_the_create_curl_of_a_stored_attempt(
    emulator: EmbeddedEmulator, history: HistoryStore
) -> None:
    svc = _make_attempts(emulator, history)
    first = attempts.select(history, tag="QA-1")[0].attempt
    command = create_curl_for(first, svc.catalog, sandbox_profile(), emulator.base_url)
    words = shlex.split(command)
    assert words[:4] == ["curl", f"{emulator.base_url}/tokens", "-u", "pkey_test_sandbox:"]
    assert "card[number]=4242424242424242" in words  # the catalog's public test number
    assert "card[security_code]=${CARD_SECURITY_CODE}" in words
    assert "card[city]=Bangkok" in words
