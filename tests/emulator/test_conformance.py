"""The emulator answers as Omise's vault does (the documented behaviour of the Tokens API)."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

import httpx
import pytest

from omise_token_gui.core.catalog import load_catalog
from omise_token_gui.emulator import EmbeddedEmulator
from omise_token_gui.emulator.state import (
    DEFAULT_VERSION,
    EmulatorConfig,
    VaultState,
    join_problems,
)
from tests.helpers import TOKEN_2019

KEY = ("pkey_test_5xs8breq3htbkj03d2x", "")
SKEY = ("skey_test_5xs8breq3htbkj03d2x", "")
YEAR = str(date.today().year + 2)


def form(number: str = "4242424242424242", **extra: str) -> dict[str, str]:
    fields = {
        "name": "Zin Kyaw Kyaw",
        "number": number,
        "expiration_month": "11",
        "expiration_year": YEAR,
        "security_code": "123",
        "city": "Bangkok",
        "postal_code": "10320",
    }
    fields.update(extra)
    return {f"card[{k}]": v for k, v in fields.items()}


def create(emu: EmbeddedEmulator, **kw: Any) -> httpx.Response:
    kw.setdefault("auth", KEY)
    if "json" not in kw and "content" not in kw:
        kw.setdefault("data", form())
    return httpx.post(emu.base_url + "/tokens", **kw)


def shape(value: Any) -> Any:
    """The JSON type of each field, recursively, to compare with the fixture's."""
    if isinstance(value, dict):
        return {k: shape(v) for k, v in value.items()}
    return type(value).__name__


def test_token_has_every_fixture_field_with_the_right_types(emulator: EmbeddedEmulator) -> None:
    token = create(emulator).json()
    assert set(token) == set(TOKEN_2019)
    assert set(token["card"]) == set(TOKEN_2019["card"])
    expected = shape(TOKEN_2019)
    got = shape(token)
    # Nullable fields may differ (the fixture has city set, street1 null, …).
    for name, kind in expected["card"].items():
        if kind != "NoneType" and got["card"][name] != "NoneType":
            assert got["card"][name] == kind, name
    for name in ("object", "id", "livemode", "location", "used", "charge_status", "created_at"):
        assert got[name] == expected[name], name
    assert re.fullmatch(r"tokn_test_[a-z0-9]{19}", token["id"])
    assert re.fullmatch(r"card_test_[a-z0-9]{19}", token["card"]["id"])
    assert token["location"] == f"{emulator.base_url}/tokens/{token['id']}"
    assert token["livemode"] is False
    assert token["used"] is False
    assert token["charge_status"] == "unknown"
    card = token["card"]
    assert card["brand"] == "Visa"
    assert card["last_digits"] == "4242"
    assert card["first_digits"] is None
    assert card["security_code_check"] is True
    assert card["expiration_month"] == 11
    assert card["expiration_year"] == int(YEAR)
    assert card["city"] == "Bangkok"
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", token["created_at"])
    assert "4242424242424242" not in create(emulator).text
    assert "123" not in str(card.get("security_code"))


def test_json_body_like_the_official_sdks(emulator: EmbeddedEmulator) -> None:
    body = {
        "card": {
            "name": "JOHN DOE",
            "number": "5555555555554444",
            "expiration_month": 2,
            "expiration_year": int(YEAR),
            "security_code": 123,
            "postal_code": 10320,
        }
    }
    token = create(emulator, json=body).json()
    assert token["card"]["brand"] == "MasterCard"
    assert token["card"]["postal_code"] == "10320"


def test_spaces_and_dashes_in_the_number(emulator: EmbeddedEmulator) -> None:
    assert (
        create(emulator, data=form("4242 4242-4242 4242")).json()["card"]["last_digits"] == "4242"
    )


def test_fingerprint_is_stable_per_number(emulator: EmbeddedEmulator) -> None:
    a = create(emulator).json()["card"]["fingerprint"]
    b = create(emulator, data=form("4242-4242-4242-4242")).json()["card"]["fingerprint"]
    c = create(emulator, data=form("4111111111111111")).json()["card"]["fingerprint"]
    assert a == b
    assert a != c
    assert len(a) == 44


@pytest.mark.parametrize(
    ("version", "field"),
    [
        ("2019-05-29", "created_at"),
        ("2017-11-02", "created"),
        ("2015-11-17", "created"),
        ("2014-07-27", "created"),
        (None, "created_at"),
    ],
)
def test_omise_version_picks_the_datetime_field(
    emulator: EmbeddedEmulator, version: str | None, field: str
) -> None:
    headers = {"Omise-Version": version} if version else {}
    token = create(emulator, headers=headers).json()
    assert field in token
    assert {"created", "created_at"} - {field} & set(token) == set()
    again = httpx.get(f"{emulator.base_url}/tokens/{token['id']}", auth=KEY, headers=headers)
    assert field in again.json()


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"number": ""}, "number can't be blank and brand not supported (unknown)"),
        ({"number": "1234567812345678"}, "number is invalid and brand not supported (unknown)"),
        ({"number": "9999999999999995"}, "brand not supported (unknown)"),
        ({"name": ""}, "name can't be blank"),
        (
            {"expiration_month": "1", "expiration_year": "2020"},
            "expiration date cannot be in the past",
        ),
        ({"expiration_year": "abc"}, "expiration year is invalid"),
        (
            {"expiration_month": "13"},
            "expiration month is not between 1 and 12 and expiration date is invalid",
        ),
        (
            {"expiration_month": ""},
            "expiration month can't be blank and expiration month is not between 1 and 12",
        ),
        (
            {
                "expiration_month": "13",
                "name": "",
                "expiration_year": "x",
                "number": "1234567812345678",
            },
            "expiration month is not between 1 and 12, name can't be blank, expiration year is "
            "invalid, expiration date is invalid, number is invalid, and brand not supported "
            "(unknown)",
        ),
    ],
)
def test_invalid_card_worded_as_the_vault(
    emulator: EmbeddedEmulator, fields: dict[str, str], message: str
) -> None:
    response = create(emulator, data=form(**fields))
    assert response.status_code == 400
    assert response.json() == {
        "object": "error",
        "location": "https://www.omise.co/api-errors#invalid-card",
        "code": "invalid_card",
        "message": message,
    }


def test_join_problems() -> None:
    assert join_problems(["a"]) == "a"
    assert join_problems(["a", "b"]) == "a and b"
    assert join_problems(["a", "b", "c"]) == "a, b, and c"


@pytest.mark.parametrize(
    "auth",
    [
        None,
        ("skey_test_5xs8breq3htbkj03d2x", ""),
        ("pkey_5xs8breq3htbkj03d2x", ""),
        ("pkey_live_abc", ""),
        ("skey_abc", ""),
        ("garbage", ""),
        ("pkey_test_", ""),
    ],
)
def test_authentication_failure(emulator: EmbeddedEmulator, auth: Any) -> None:
    response = create(emulator, auth=auth)
    assert response.status_code == 401
    assert response.json()["code"] == "authentication_failure"
    assert response.json()["message"] == "authentication failed"
    entry = emulator.requests()[-1]
    assert entry["status"] == 401
    # The log keeps the kind and last four characters of a key, never more.
    assert entry["key_last4"] == ("" if auth is None else auth[0][-4:])
    if auth is not None:
        assert auth[0] not in str(entry)


def test_errors_not_found_bad_request_405_413(emulator: EmbeddedEmulator) -> None:
    missing = httpx.get(emulator.base_url + "/tokens/tokn_test_nope", auth=KEY)
    assert missing.status_code == 404
    assert missing.json()["code"] == "not_found"
    assert missing.json()["message"] == "token tokn_test_nope was not found"
    bad = create(emulator, content=b"{not json", headers={"Content-Type": "application/json"})
    assert bad.status_code == 400
    assert bad.json()["code"] == "bad_request"
    wrong = httpx.delete(emulator.base_url + "/tokens", auth=KEY)
    assert wrong.status_code == 405
    assert wrong.json()["object"] == "error"
    big = create(emulator, data={"card[name]": "x" * 70_000})
    assert big.status_code == 413


def test_rate_limit_answers_429_with_retry_after(emulator: EmbeddedEmulator) -> None:
    emulator.state.config.rate_limit_per_s = 3
    emulator.vault.clock = lambda: 1000.0  # all within one second, however slow the machine
    statuses = [create(emulator).status_code for _ in range(5)]
    assert statuses[:3] == [200, 200, 200]
    assert 429 in statuses[3:]
    limited = create(emulator)
    assert limited.headers["Retry-After"] == "1"


def charge(emulator: EmbeddedEmulator, token_id: str, auth: Any = SKEY) -> httpx.Response:
    return httpx.post(
        emulator.base_url + "/charges",
        auth=auth,
        data={"amount": "10000", "currency": "thb", "card": token_id},
    )


@pytest.mark.parametrize("entry", list(load_catalog()), ids=lambda c: c.number)
def test_charge_flow_for_every_catalog_card(emulator: EmbeddedEmulator, entry: Any) -> None:
    code = "1234" if entry.brand == "American Express" else "123"
    token = create(emulator, data=form(entry.number, security_code=code)).json()
    assert token["card"]["brand"] == entry.brand
    result = charge(emulator, token["id"])
    assert result.status_code == 200
    body = result.json()
    assert body["object"] == "charge"
    assert body["id"].startswith("chrg_test_")
    assert body["status"] == entry.expected_charge_status
    assert body["failure_code"] == entry.expected_failure_code
    assert (body["failure_message"] is None) == (entry.expected_failure_code is None)
    again = httpx.get(f"{emulator.base_url}/tokens/{token['id']}", auth=KEY).json()
    assert again["used"] is True
    assert again["charge_status"] == entry.expected_charge_status
    assert again["card"] is None
    reuse = charge(emulator, token["id"])
    assert reuse.status_code == 400
    assert reuse.json()["code"] == "used_token"
    assert reuse.json()["message"] == "token was already used"
    read = httpx.get(f"{emulator.base_url}/charges/{body['id']}", auth=SKEY)
    assert read.json()["status"] == entry.expected_charge_status


def test_unknown_luhn_valid_numbers_succeed_and_live_keys_cannot_charge(
    emulator: EmbeddedEmulator,
) -> None:
    token = create(emulator, data=form("4012888888881881")).json()
    assert charge(emulator, token["id"], auth=("skey_live_abc", "")).status_code == 401
    assert charge(emulator, token["id"], auth=KEY).status_code == 401  # public key: no
    assert charge(emulator, token["id"]).json()["status"] == "successful"
    assert charge(emulator, "tokn_test_unknown").status_code == 404
    bad = httpx.post(emulator.base_url + "/charges", auth=SKEY, data={"amount": "-1"})
    assert bad.status_code == 400


def test_faults_and_admin_endpoints(emulator: EmbeddedEmulator) -> None:
    base = emulator.base_url + "/__emulator__"
    assert httpx.put(base + "/faults", json={"nope": 1}).status_code == 400
    assert httpx.put(base + "/faults", json={"error_rate": 2}).status_code == 400
    set_ = httpx.put(base + "/faults", json={"error_rate": 1.0, "error_status": 503, "times": 2})
    assert set_.json()["times"] == 2
    assert [create(emulator).status_code for _ in range(3)] == [503, 503, 200]
    httpx.post(base + "/faults", json={"non_json": True, "times": 1})
    html = create(emulator)
    assert html.headers["content-type"].startswith("text/html")
    httpx.put(base + "/faults", json={"wrong_shape": True, "times": 1})
    assert create(emulator).json()["object"] == "list"
    httpx.put(base + "/faults", json={"livemode": True, "times": 1})
    live = create(emulator).json()
    assert live["livemode"] is True
    assert live["id"].startswith("tokn_")
    assert not live["id"].startswith("tokn_test_")
    httpx.put(base + "/faults", json={"force_429": True, "retry_after_s": 9, "times": 1})
    limited = create(emulator)
    assert (limited.status_code, limited.headers["Retry-After"]) == (429, "9")
    httpx.put(base + "/faults", json={"drop": True, "times": 1})
    with pytest.raises(httpx.RemoteProtocolError):
        create(emulator)
    httpx.put(base + "/faults", json={"trickle_ms": 1, "times": 1})
    assert create(emulator).json()["object"] == "token"
    httpx.put(base + "/faults", json={"latency_ms": 200, "times": 1})
    with pytest.raises(httpx.ReadTimeout):
        create(emulator, timeout=0.05)
    assert httpx.delete(base + "/faults").json()["latency_ms"] == 0
    log = httpx.get(base + "/requests").json()
    assert {"method", "path", "key_kind", "key_last4", "status", "at"} == set(log[0])
    assert all(e["key_kind"] == "public_test" for e in log)
    assert "4242" not in str([e["path"] for e in log])
    assert httpx.post(base + "/reset").json() == {"ok": True}
    assert httpx.get(base + "/requests").json() == []
    assert httpx.get(base + "/health").json()["tokens"] == 0


def test_state_is_bounded(emulator: EmbeddedEmulator) -> None:
    emulator.state.config.max_tokens = 5
    try:
        ids = [create(emulator).json()["id"] for _ in range(8)]
        assert emulator.state.token_count() == 5
        assert httpx.get(f"{emulator.base_url}/tokens/{ids[0]}", auth=KEY).status_code == 404
        assert httpx.get(f"{emulator.base_url}/tokens/{ids[-1]}", auth=KEY).status_code == 200
    finally:
        emulator.state.config.max_tokens = 10_000


def test_starting_one_is_fast_and_stops_cleanly() -> None:
    import time

    start = time.perf_counter()
    with EmbeddedEmulator() as emu:
        started = time.perf_counter() - start
        assert emu.base_url.startswith("http://127.0.0.1:")
        assert create(emu).status_code == 200
    assert started < 1.0  # a generous sanity bound; the README has the measured figure


def _file_bytes(path: Any) -> bytes:
    return b"".join(p.read_bytes() for p in path.parent.iterdir() if p.name.startswith(path.name))


def test_state_file_keeps_tokens_without_card_data(tmp_path: Any) -> None:
    path = tmp_path / "sandbox-vault.sqlite3"
    with EmbeddedEmulator(state_file=path) as emu:
        token = create(emu, data=form("4111111111140011", security_code="987")).json()
        blob = _file_bytes(path)  # committed at once: the database and its WAL
        assert token["id"].encode() in blob
        assert b"4111111111140011" not in blob
        assert b'"987"' not in blob
    with EmbeddedEmulator(state_file=path) as emu:  # a restart
        assert charge(emu, token["id"]).json()["failure_code"] == "insufficient_fund"
    with EmbeddedEmulator(state_file=path) as emu:
        used = httpx.get(f"{emu.base_url}/tokens/{token['id']}", auth=KEY).json()
        assert used["used"] is True


def test_a_vault_state_on_a_file_is_a_context_manager_that_closes_it(tmp_path: Any) -> None:
    """``with VaultState(path=...)`` closes its SQLite file at the end of the block (the
    connection check in tests/conftest.py fails the test otherwise); what it stored stays."""
    path = tmp_path / "sandbox-vault.sqlite3"
    card = {"number": "4242424242424242", "expiration_month": "12", "expiration_year": "2030"}
    with VaultState(path=path) as vault:
        token_id = vault.create_token(dict(card, name="Somchai"), "http://127.0.0.1:1")
    with VaultState(path=path) as again:
        assert again.token_json(token_id, DEFAULT_VERSION) is not None


def test_state_file_survives_a_kill(tmp_path: Any) -> None:
    """Nothing is saved at stop: what a killed app's Sandbox had is in the file already."""
    path = tmp_path / "sandbox-vault.sqlite3"
    first = EmbeddedEmulator(state_file=path)
    first.start()
    token = create(first).json()["id"]
    try:
        with EmbeddedEmulator(state_file=path) as second:  # while the first never stopped
            assert httpx.get(f"{second.base_url}/tokens/{token}", auth=KEY).status_code == 200
    finally:
        first.stop()


def test_two_emulators_on_one_file_share_tokens_and_charges(tmp_path: Any) -> None:
    """Two app instances on one data dir: each sees, and can charge, the other's tokens."""
    path = tmp_path / "sandbox-vault.sqlite3"
    with EmbeddedEmulator(state_file=path) as a, EmbeddedEmulator(state_file=path) as b:
        from_a = create(a).json()["id"]
        from_b = create(b).json()["id"]
        assert charge(b, from_a).json()["status"] == "successful"
        assert charge(a, from_a).json()["code"] == "used_token"
        assert httpx.get(f"{a.base_url}/tokens/{from_b}", auth=KEY).status_code == 200
        assert a.state.token_count() == b.state.token_count() == 2


def test_state_file_is_bounded(tmp_path: Any) -> None:
    path = tmp_path / "sandbox-vault.sqlite3"
    with EmbeddedEmulator(EmulatorConfig(max_tokens=3), state_file=path) as emu:
        ids = [create(emu).json()["id"] for _ in range(5)]
        assert emu.state.token_count() == 3
        assert httpx.get(f"{emu.base_url}/tokens/{ids[1]}", auth=KEY).status_code == 404
        assert httpx.get(f"{emu.base_url}/tokens/{ids[2]}", auth=KEY).status_code == 200


def test_a_damaged_state_file_is_moved_aside(tmp_path: Any) -> None:
    path = tmp_path / "sandbox-vault.sqlite3"
    path.write_bytes(b"not a database, not at all " * 100)
    with EmbeddedEmulator(state_file=path) as emu:
        assert emu.state.token_count() == 0
        assert create(emu).status_code == 200
    (aside,) = tmp_path.glob("sandbox-vault.sqlite3.damaged-*")  # the one way: core.storage
    assert aside.read_bytes().startswith(b"not a database")
