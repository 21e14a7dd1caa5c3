"""The charges API over plain HTTP (form fields, as curl sends them): what the SDK tests
(test_sdk_charges.py) do not reach: the admin endpoints' checks, the command line, the
3-D Secure page against other web pages, persistence, and the amount rules."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from omise_token_gui.emulator import EmbeddedEmulator
from omise_token_gui.emulator.__main__ import _emulator, build_parser
from omise_token_gui.emulator.accounts import COUNTRIES, amount_problems, country
from omise_token_gui.emulator.app import ADMIN
from omise_token_gui.emulator.charges import fees
from tests.emulator.test_conformance import KEY, SKEY, form


def token_id(emu: EmbeddedEmulator, number: str = "4242424242424242") -> str:
    made = httpx.post(emu.base_url + "/tokens", auth=KEY, data=form(number))
    return str(made.json()["id"])


def charge(emu: EmbeddedEmulator, **fields: str) -> httpx.Response:
    data = {"amount": "2000", "currency": "thb", "card": token_id(emu), **fields}
    return httpx.post(emu.base_url + "/charges", auth=SKEY, data=data)


def test_form_fields_authorize_capture_and_keep_metadata(emulator: EmbeddedEmulator) -> None:
    made = charge(emulator, capture="false", **{"metadata[order]": "7", "description": "D"})
    body = made.json()
    assert (body["status"], body["capturable"]) == ("pending", True)
    assert (body["metadata"], body["description"]) == ({"order": "7"}, "D")
    captured = httpx.post(f"{emulator.base_url}/charges/{body['id']}/capture", auth=SKEY)
    assert captured.json()["status"] == "successful"
    missing = httpx.post(emulator.base_url + "/charges/chrg_test_none/capture", auth=SKEY)
    assert (missing.status_code, missing.json()["code"]) == (404, "not_found")


def test_a_card_number_in_free_text_is_masked(emulator: EmbeddedEmulator) -> None:
    body = charge(emulator, description="paid with 4242424242424242").json()
    assert "4242424242424242" not in body["description"]
    assert body["description"].endswith("4242")


def test_admin_account_and_clock_refuse_bad_values(emulator: EmbeddedEmulator) -> None:
    base = emulator.base_url + ADMIN
    refused: list[dict[str, Any]] = [
        {"country": "us"},
        {"country": 1},
        {"three_d_secure": "yes"},
        {"other": 1},
    ]
    for bad in refused:
        assert httpx.post(base + "/account", json=bad).status_code == 400, bad
    assert httpx.get(base + "/account").json() == {"country": "th", "three_d_secure": False}
    wrong: list[dict[str, Any]] = [
        {"advance_s": -1},
        {"advance_days": "1"},
        {"when": 1},
        {"advance_s": True},
    ]
    for bad in wrong:
        assert httpx.post(base + "/clock", json=bad).status_code == 400, bad
    moved = httpx.post(base + "/clock", json={"advance_days": 1}).json()
    assert moved["offset_s"] == 86_400
    assert httpx.delete(base + "/clock").json()["offset_s"] == 0
    assert httpx.post(base + "/clock", content=b"{}", headers={}).status_code == 415


def test_command_line_sets_the_country_and_three_d_secure() -> None:
    args = build_parser().parse_args(["--country", "jp", "--three-d-secure"])
    emulator = _emulator(args)
    assert (emulator.config.country, emulator.config.three_d_secure) == ("jp", True)
    assert _emulator(build_parser().parse_args([])).config.country == "th"
    with pytest.raises(SystemExit):
        build_parser().parse_args(["--country", "us"])


def test_other_pages_cannot_pass_three_d_secure(emulator: EmbeddedEmulator) -> None:
    httpx.post(emulator.base_url + ADMIN + "/account", json={"three_d_secure": True})
    body = charge(emulator, return_uri="http://shop.test/back").json()
    hostile = httpx.post(
        body["authorize_uri"], data={"result": "pass"}, headers={"Origin": "https://evil.test"}
    )
    assert hostile.status_code == 403
    own = emulator.base_url
    page = httpx.post(body["authorize_uri"], data={"result": "pass"}, headers={"Origin": own})
    assert page.status_code == 303
    assert httpx.post(body["authorize_uri"], data={"result": "maybe"}).status_code == 400
    assert httpx.get(emulator.base_url + "/payments/paym_test_none/authorize").status_code == 404


def test_charges_persist_in_the_sandbox_file(tmp_path: Path) -> None:
    state_file = tmp_path / "vault.sqlite3"
    with EmbeddedEmulator(state_file=state_file) as first:
        made = charge(first, capture="false").json()
    with EmbeddedEmulator(state_file=state_file) as second:
        captured = httpx.post(f"{second.base_url}/charges/{made['id']}/capture", auth=SKEY)
        assert captured.json()["status"] == "successful"
        listed = httpx.get(second.base_url + "/charges", auth=SKEY).json()
        assert [c["id"] for c in listed["data"]] == [made["id"]]


def test_fees_match_the_recorded_charges() -> None:
    # (amount, fee, fee_vat, net) of three recorded 2025 charges (omise-php fixtures).
    for amount, fee, vat, net in ((100_000, 3650, 256, 96094), (67405, 2460, 172, 64773)):
        assert fees(amount) == {"net": net, "fee": fee, "fee_vat": vat}


@given(st.sampled_from(sorted(COUNTRIES)), st.integers(min_value=-10, max_value=20_000_000))
def test_an_amount_is_refused_exactly_outside_its_countrys_limits(code: str, amount: int) -> None:
    account = country(code)
    problems = amount_problems(account, amount if amount >= 0 else str(amount), account.currency)
    inside = account.minimum <= amount <= account.maximum
    assert (problems == []) == inside
    if amount < 0:
        assert problems == ["amount is not a number"]


def test_list_pages_and_bad_pages(emulator: EmbeddedEmulator) -> None:
    ids = [charge(emulator).json()["id"] for _ in range(3)]
    page: dict[str, Any] = httpx.get(
        emulator.base_url + "/charges", params={"limit": "2", "offset": "1"}, auth=SKEY
    ).json()
    assert [c["id"] for c in page["data"]] == ids[1:3]
    assert (page["total"], page["limit"], page["offset"]) == (3, 2, 1)
    bad = httpx.get(emulator.base_url + "/charges", params={"limit": "x"}, auth=SKEY)
    assert bad.status_code == 400
