"""The core's messages in Thai: the app's sentences translated, Omise's own words (its error
``message`` and ``code``) kept as Omise sent them and labelled as Omise's, and sentences
rendered in the language current when they are made or shown."""

from __future__ import annotations

import asyncio
import re
from pathlib import Path

import httpx
import pytest

from omise_token_gui.core import i18n, storage
from omise_token_gui.core.errors import ErrorKind, VaultError
from omise_token_gui.core.transport import GuardedTransport, tls_context
from omise_token_gui.core.vault import error_from_response, send_bounded

THAI_SCRIPT = re.compile("[\u0e00-\u0e7f]")


@pytest.fixture(autouse=True)
def catalog_answers(monkeypatch: pytest.MonkeyPatch) -> None:
    """The shipped .ts answers, not a Qt translator a window test may have left set."""
    monkeypatch.setattr(i18n, "_backend", None)


def _error(status: int, body: object) -> VaultError:
    return error_from_response(httpx.Response(status, json=body), body)


def test_an_invalid_card_in_thai_keeps_omises_message_and_labels_it() -> None:
    body = {"object": "error", "code": "invalid_card", "message": "number is invalid"}
    english = _error(400, body)
    with i18n.speaking(i18n.THAI):
        thai = _error(400, body)
    assert english.human == "The vault refused the card data. Number is invalid."
    assert THAI_SCRIPT.search(thai.human)
    assert "Omise" in thai.human
    assert "Number is invalid" in thai.human  # Omise's words, as sent
    assert (thai.code, thai.message) == ("invalid_card", "number is invalid")
    assert [p.message for p in english.problems] == ["Number is invalid."]
    assert [p.message for p in thai.problems] == ["หมายเลขบัตรไม่ถูกต้อง"]  # the field's line


def test_another_vault_error_in_thai_keeps_omises_message() -> None:
    body = {"object": "error", "code": "used_token", "message": "token was already used"}
    with i18n.speaking(i18n.THAI):
        thai = _error(400, body)
    assert THAI_SCRIPT.search(thai.human)
    assert "(Omise" in thai.human
    assert "token was already used" in thai.human


def test_the_rate_limit_sentence_in_thai_keeps_the_seconds() -> None:
    response = httpx.Response(429, headers={"Retry-After": "7"}, json={})
    with i18n.speaking(i18n.THAI):
        thai = error_from_response(response, {})
    assert THAI_SCRIPT.search(thai.human)
    assert "7" in thai.human


def test_shown_code_labels_whose_code_it_is_in_both_languages() -> None:
    omise = VaultError(kind=ErrorKind.INVALID_CARD, human="x", code="invalid_card")
    ours = VaultError(kind=ErrorKind.TIMEOUT, human="x")
    assert (omise.shown_code, ours.shown_code) == ("Omise: invalid_card", "app: timeout")
    with i18n.speaking(i18n.THAI):
        assert omise.shown_code == "Omise: invalid_card"  # a name and Omise's code: kept
        assert ours.shown_code == "แอป: timeout"


def test_a_network_fault_is_told_in_the_language_of_the_task_that_sent() -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused", request=request)

    async def send() -> VaultError:
        async with httpx.AsyncClient(transport=httpx.MockTransport(refuse)) as http:
            request = http.build_request("GET", "http://127.0.0.1:9/tokens")
            with pytest.raises(VaultError) as info:
                await send_bounded(http, request, 5.0)
            return info.value

    with i18n.speaking(i18n.THAI):
        thai = asyncio.run(send())
    english = asyncio.run(send())
    assert thai.kind is english.kind is ErrorKind.CONNECTION
    assert THAI_SCRIPT.search(thai.human)
    assert english.human.startswith("Could not connect to the vault.")


def test_a_bad_certificate_setting_is_told_in_the_language_current_when_shown(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    garbage = tmp_path / "ca.pem"
    garbage.write_text("not a certificate", encoding="utf-8")
    _, problem = tls_context({"SSL_CERT_FILE": str(garbage)})
    assert problem is not None
    assert problem.startswith(f"SSL_CERT_FILE={garbage} could not be used")
    monkeypatch.setenv("SSL_CERT_FILE", str(garbage))
    transport = GuardedTransport()  # built while the app speaks English
    with i18n.speaking(i18n.THAI):
        thai = transport.tls_problem
        with pytest.raises(VaultError) as info:
            transport.route("vault.omise.co")
    assert thai is not None
    assert THAI_SCRIPT.search(thai)
    assert "SSL_CERT_FILE" in thai
    assert THAI_SCRIPT.search(info.value.human)
    assert transport.tls_problem == problem


def test_a_held_lock_is_told_in_thai(tmp_path: Path) -> None:
    path = tmp_path / "file.lock"
    holder, waiter = storage.FileLock(path), storage.FileLock(path)

    def wait_for_it() -> None:
        with waiter.hold(timeout=0):
            pass

    with holder.hold(), i18n.speaking(i18n.THAI), pytest.raises(storage.LockTimeout) as info:
        wait_for_it()
    assert THAI_SCRIPT.search(str(info.value))
    assert str(path) in str(info.value)


def test_the_vaults_known_field_problems_read_in_thai_and_its_message_stays_as_sent() -> None:
    from omise_token_gui.core import i18n
    from omise_token_gui.core.vault import split_invalid_card

    message = "expiration month is not between 1 and 12 and expiration date is invalid"
    assert [p.message for p in split_invalid_card(message)] == [
        "Expiration month is not between 1 and 12.",
        "Expiration date is invalid.",
    ]
    with i18n.speaking(i18n.THAI):
        problems = split_invalid_card(
            "expiration month is not between 1 and 12, expiration date is invalid, "
            "and frobnication failed"
        )
    assert [(p.field, p.message) for p in problems] == [
        ("expiration_month", "เดือนหมดอายุต้องอยู่ระหว่าง 1 ถึง 12"),
        ("expiration_year", "วันหมดอายุไม่ถูกต้อง"),
        ("frobnication", "Frobnication failed."),  # an unknown part: Omise's words as sent
    ]
