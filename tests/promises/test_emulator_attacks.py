"""The Sandbox emulator under attack from a web page in the tester's browser, another program
on the tester's machine, or a careless command line.

A browser is played by httpx sending what browsers send: ``Origin`` on cross-origin writes
(form POSTs and ``no-cors`` fetches), ``Sec-Fetch-Site``, and for DNS rebinding the page's own
host name in ``Host`` while the connection reaches 127.0.0.1.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import itertools
import json
import math
import os
import socket
import sqlite3
import stat
import threading
import time
from pathlib import Path
from typing import Any

import httpx
import pytest

from omise_token_gui.emulator import EmbeddedEmulator
from omise_token_gui.emulator.state import EmulatorConfig, fingerprint_secret, secret_file_for
from tests.helpers import TEST_KEY, future_year, run_app
from tests.promises import figures

OLD_KEY = b"omise-vault-emulator"  # the key every copy of the app used to share
ADMIN = "/__emulator__"
SKEY = "skey_test_5xs8breq3htbkj03d2x"
EVIL = "https://evil.example"


def card_form(number: str = "4242424242424242") -> dict[str, str]:
    fields = {
        "name": "Somchai Prasert",
        "number": number,
        "expiration_month": "12",
        "expiration_year": future_year(),
        "security_code": "123",
    }
    return {f"card[{k}]": v for k, v in fields.items()}


def port_of(emu: EmbeddedEmulator) -> int:
    return int(emu.base_url.rsplit(":", 1)[1])


# ----------------------------------------------------------------- item 5: fingerprints
def fingerprint_with(key: bytes, number: str) -> str:
    return base64.b64encode(hmac.new(key, number.encode(), hashlib.sha256).digest()).decode()


_DOUBLED = [0, 2, 4, 6, 8, 1, 3, 5, 7, 9]  # Luhn: the digit doubled, digits summed
_UNDOUBLE = {v: d for d, v in enumerate(_DOUBLED)}


def brute_force(fingerprint: str, key: bytes, first6: str, last4: str) -> str | None:
    """The attack: the 16-digit number behind ``fingerprint`` given the bank's first six
    digits and the stored last four. Six digits are unknown; Luhn fixes one of them, so
    100,000 HMACs try every candidate."""
    known = first6 + "?" * 6 + last4

    def weight(digit: int, index: int) -> int:
        return _DOUBLED[digit] if (15 - index) % 2 else digit

    base = sum(weight(int(c), i) for i, c in enumerate(known) if c != "?")
    for five in itertools.product(range(10), repeat=5):
        partial = base + sum(weight(d, 6 + i) for i, d in enumerate(five))
        need = -partial % 10  # what position 11 (doubled: 15 - 11 is even → not doubled)
        digit = need if (15 - 11) % 2 == 0 else _UNDOUBLE[need]
        number = first6 + "".join(map(str, five)) + str(digit) + last4
        if fingerprint_with(key, number) == fingerprint:
            return number
    return None


def stored_cards(history: Path) -> list[dict[str, Any]]:
    db = sqlite3.connect(history)
    try:
        rows = db.execute("SELECT raw_json FROM tokens").fetchall()
    finally:
        db.close()
    return [json.loads(row[0])["card"] for row in rows]


def test_a_fingerprint_in_history_does_not_give_the_card_number_away(tmp_path: Path) -> None:
    """The issue's attack, end to end: the app's smoke test stores a Sandbox token in
    history.sqlite3; brute force over the numbers sharing its first six and last four digits
    finds the number with the old shared key. It must not any more; with the installation's
    secret file (which only the tester can read) the same search does find it, so the search
    itself is sound."""
    data, config = tmp_path / "data", tmp_path / "config"
    result = run_app(data, config, "--smoke-test")
    assert result.returncode == 0, result.stderr
    (card,) = stored_cards(data / "history.sqlite3")
    number = "4242424242424242"  # the card the smoke test types (Visa, ...4242)
    assert (card["brand"], card["last_digits"]) == ("Visa", number[-4:])
    fingerprint = card["fingerprint"]
    assert len(base64.b64decode(fingerprint, validate=True)) == 32  # shaped like the vault's
    assert fingerprint != fingerprint_with(OLD_KEY, number)
    assert brute_force(fingerprint, OLD_KEY, number[:6], number[-4:]) is None
    secret = secret_file_for(data / "sandbox-vault.sqlite3")
    assert brute_force(fingerprint, secret.read_bytes(), number[:6], number[-4:]) == number
    figures.add("card numbers tried against a stored Sandbox fingerprint (no key)", 100_000)


def test_the_secret_file_is_private_shared_and_kept(tmp_path: Path) -> None:
    """Secret: 32 random bytes, mode 0600, beside the vault file; two instances on one data
    dir and a restart give one card one fingerprint; another installation gives another."""
    path = tmp_path / "sandbox-vault.sqlite3"
    typed_in = "4532015112830366"  # a number typed in, not from the catalog

    def fingerprint(emu: EmbeddedEmulator) -> str:
        answer = httpx.post(emu.base_url + "/tokens", auth=(TEST_KEY, ""), data=card_form(typed_in))
        return str(answer.json()["card"]["fingerprint"])

    with EmbeddedEmulator(state_file=path) as a, EmbeddedEmulator(state_file=path) as b:
        first, second = fingerprint(a), fingerprint(b)
    with EmbeddedEmulator(state_file=path) as again:
        third = fingerprint(again)
    with EmbeddedEmulator(state_file=tmp_path / "other" / "sandbox-vault.sqlite3") as other:
        elsewhere = fingerprint(other)
    assert first == second == third != elsewhere
    secret = secret_file_for(path)
    assert secret.parent == path.parent
    assert len(secret.read_bytes()) == 32
    if os.name == "posix":
        assert stat.S_IMODE(secret.stat().st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []
    assert first != fingerprint_with(OLD_KEY, typed_in)


def test_instances_starting_together_agree_on_one_secret(tmp_path: Path) -> None:
    """Two app instances starting on one data dir at the same moment: every one reads the
    same complete secret (it appears whole, by a link), and no temporary file is left."""
    path = tmp_path / "sandbox-vault.fingerprint-key"
    start = threading.Barrier(8)
    got: list[bytes] = []

    def make() -> None:
        start.wait()
        got.append(fingerprint_secret(path))

    threads = [threading.Thread(target=make) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert len(got) == 8
    assert len(set(got)) == 1
    assert got[0] == path.read_bytes()
    assert sorted(p.name for p in tmp_path.iterdir()) == [path.name]


def test_a_loosened_or_damaged_secret_file_is_repaired(tmp_path: Path) -> None:
    path = tmp_path / "sandbox-vault.sqlite3"
    secret = secret_file_for(path)
    secret.write_bytes(b"x" * 32)
    secret.chmod(0o644)
    with EmbeddedEmulator(state_file=path):
        pass
    if os.name == "posix":
        assert stat.S_IMODE(secret.stat().st_mode) == 0o600
    assert secret.read_bytes() == b"x" * 32  # a sound secret is kept: fingerprints stay
    secret.write_bytes(b"short")
    with EmbeddedEmulator(state_file=path):
        pass
    assert len(secret.read_bytes()) == 32
    (aside,) = secret.parent.glob(secret.name + ".damaged-*")  # the one way: core.storage
    assert aside.read_bytes() == b"short"


def test_without_a_state_file_each_emulator_has_its_own_key() -> None:
    with EmbeddedEmulator() as a, EmbeddedEmulator() as b:
        prints = {
            httpx.post(e.base_url + "/tokens", auth=(TEST_KEY, ""), data=card_form()).json()[
                "card"
            ]["fingerprint"]
            for e in (a, b)
        }
    assert len(prints) == 2
    assert fingerprint_with(OLD_KEY, "4242424242424242") not in prints


# ----------------------------------------------------------------- item 19: web pages
def rebinding_hosts(port: int) -> list[str]:
    """Host headers a DNS-rebinding page (or a confused proxy) sends to 127.0.0.1:port."""
    return [
        f"evil.example:{port}",
        "evil.example",
        f"127.0.0.1.evil.example:{port}",
        f"localhost.evil.example:{port}",
        f"localhost:{port + 1}",  # another port: another origin
        f"127.0.0.1:{port}@evil.example",
        f"[::1]:{port}x",
        "",
    ]


def test_dns_rebinding_is_refused_on_every_route(emulator: EmbeddedEmulator) -> None:
    """Every route, vault included, answers only a Host naming this emulator."""
    port = port_of(emulator)
    token = httpx.post(emulator.base_url + "/tokens", auth=(TEST_KEY, ""), data=card_form()).json()
    routes = [
        ("GET", f"{ADMIN}/requests"),
        ("GET", f"{ADMIN}/faults"),
        ("PUT", f"{ADMIN}/faults"),
        ("POST", f"{ADMIN}/reset"),
        ("GET", f"/tokens/{token['id']}"),
        ("POST", "/tokens"),
        ("POST", "/charges"),
    ]
    refused = 0
    for host, (method, path) in itertools.product(rebinding_hosts(port), routes):
        answer = httpx.request(
            method,
            emulator.base_url + path,
            headers={"Host": host, "Content-Type": "application/json"},
            auth=(TEST_KEY, ""),
            content=b'{"latency_ms": 1}' if method == "PUT" else b"",
        )
        assert answer.status_code == 403, (host, method, path, answer.text)
        assert answer.json()["object"] == "error"
        assert "4242" not in answer.text
        refused += 1
    assert emulator.state.token_count() == 1
    assert emulator.vault.faults.get().latency_ms == 0
    for host in (f"127.0.0.1:{port}", f"localhost:{port}", f"LOCALHOST:{port}"):
        got = httpx.get(emulator.base_url + f"{ADMIN}/health", headers={"Host": host})
        assert got.status_code == 200, host
    figures.add("DNS-rebinding requests refused (Host checked on every route)", refused)


def page_writes(port: int) -> list[tuple[str, str, dict[str, str], bytes]]:
    """What a hostile page can send without a preflight: form POSTs (three encodings) and
    ``no-cors`` fetches, to the admin API and to /charges."""
    targets = [f"{ADMIN}/faults", f"{ADMIN}/reset", "/charges"]
    bodies = [
        ("application/x-www-form-urlencoded", b"latency_ms=600000&amount=100&currency=thb"),
        ("multipart/form-data; boundary=x", b'--x\r\nContent-Disposition: form-data; name="a"'),
        ("text/plain", b'{"latency_ms": 600000, "times": null}'),
        (None, b""),  # fetch(url, {method: "POST", mode: "no-cors"})
    ]
    origins = [EVIL, "null", "http://[", "http://localhost:3000", f"http://127.0.0.1:{port + 1}"]
    out = []
    for target, (ctype, body), origin in itertools.product(targets, bodies, origins):
        headers = {"Origin": origin, "Sec-Fetch-Site": "cross-site", "Sec-Fetch-Mode": "no-cors"}
        if ctype:
            headers["Content-Type"] = ctype
        out.append((target, origin, headers, body))
    # An old browser that sends no Origin but does say where the request comes from:
    out.append((f"{ADMIN}/reset", "", {"Sec-Fetch-Site": "cross-site"}, b""))
    return out


def test_web_pages_cannot_drive_the_admin_api_or_charge(emulator: EmbeddedEmulator) -> None:
    """Cross-site form POSTs and no-cors fetches to the admin API and /charges are refused
    before they do anything: faults unchanged, the token not used, nothing reset."""
    port = port_of(emulator)
    token = httpx.post(emulator.base_url + "/tokens", auth=(TEST_KEY, ""), data=card_form()).json()
    refused = 0
    for target, origin, headers, body in page_writes(port):
        if target == "/charges":
            body = f"amount=2000&currency=thb&card={token['id']}".encode()
        answer = httpx.post(
            emulator.base_url + target, headers=headers, content=body, auth=(SKEY, "")
        )
        assert answer.status_code == 403, (target, origin, answer.text)
        assert answer.json()["code"] == "forbidden"
        refused += 1
    assert emulator.vault.faults.get().latency_ms == 0
    assert emulator.state.token_count() == 1
    read = httpx.get(f"{emulator.base_url}/tokens/{token['id']}", auth=(TEST_KEY, "")).json()
    assert read["used"] is False
    log = emulator.requests()
    assert sum(1 for e in log if e["status"] == 403) == refused  # the tester can see them
    figures.add("hostile web-page writes refused (admin API, /charges)", refused)


def test_admin_writes_need_json(emulator: EmbeddedEmulator) -> None:
    """Even with no Origin (a page in a browser that sends none), an admin write whose body
    is not declared JSON is refused; JSON (what the README's curl lines send) works."""
    base = emulator.base_url + ADMIN
    for ctype in ("application/x-www-form-urlencoded", "text/plain", "multipart/form-data"):
        for path in ("/faults", "/reset"):
            answer = httpx.post(
                base + path, content=b'{"latency_ms": 5000}', headers={"Content-Type": ctype}
            )
            assert answer.status_code == 415, (ctype, path)
            assert "application/json" in answer.json()["message"]
    assert emulator.vault.faults.get().latency_ms == 0
    assert httpx.put(base + "/faults", json={"latency_ms": 1}).json()["latency_ms"] == 1
    assert httpx.post(base + "/reset").json() == {"ok": True}  # no body: fine
    assert httpx.delete(base + "/faults").status_code == 200
    figures.add("hostile web-page writes refused (admin API, /charges)", 6)


def test_checkout_pages_on_localhost_can_still_create_tokens(emulator: EmbeddedEmulator) -> None:
    """An Omise.js-style page under test on localhost: the preflight is answered, the POST
    gets a readable answer (CORS), and the token can be read back. A page elsewhere gets
    neither a preflight nor a token."""
    port = port_of(emulator)
    for origin in ("http://localhost:3000", "http://127.0.0.1:8080", "https://[::1]:4443"):
        pre = httpx.options(
            emulator.base_url + "/tokens",
            headers={
                "Origin": origin,
                "Access-Control-Request-Method": "POST",
                "Access-Control-Request-Headers": "authorization, content-type",
            },
        )
        assert pre.status_code == 204, origin
        assert pre.headers["access-control-allow-origin"] == origin
        assert "authorization" in pre.headers["access-control-allow-headers"].lower()
        made = httpx.post(
            emulator.base_url + "/tokens",
            auth=(TEST_KEY, ""),
            data=card_form(),
            headers={"Origin": origin, "Sec-Fetch-Site": "same-site"},
        )
        assert made.status_code == 200, made.text
        assert made.headers["access-control-allow-origin"] == origin
        back = httpx.get(
            f"{emulator.base_url}/tokens/{made.json()['id']}",
            auth=(TEST_KEY, ""),
            headers={"Origin": origin},
        )
        assert back.json()["id"] == made.json()["id"]
    for origin in (EVIL, "null", f"http://localhost.evil.example:{port}"):
        pre = httpx.options(
            emulator.base_url + "/tokens",
            headers={"Origin": origin, "Access-Control-Request-Method": "POST"},
        )
        assert pre.status_code == 403
        assert "access-control-allow-origin" not in pre.headers
        made = httpx.post(
            emulator.base_url + "/tokens",
            auth=(TEST_KEY, ""),
            data=card_form(),
            headers={"Origin": origin},
        )
        assert made.status_code == 403
    assert emulator.state.token_count() == 3


def test_a_page_on_localhost_may_not_charge_either(emulator: EmbeddedEmulator) -> None:
    """/charges is server-to-server (a secret key): no page gets CORS for it, not even one on
    localhost, while a backend (no Origin) charges as before."""
    token = httpx.post(emulator.base_url + "/tokens", auth=(TEST_KEY, ""), data=card_form()).json()
    fields = {"amount": "2000", "currency": "thb", "card": token["id"]}  # a Thai minimum
    page = httpx.post(
        emulator.base_url + "/charges",
        auth=(SKEY, ""),
        data=fields,
        headers={"Origin": "http://localhost:3000"},
    )
    assert page.status_code == 403
    assert "access-control-allow-origin" not in page.headers
    backend = httpx.post(emulator.base_url + "/charges", auth=(SKEY, ""), data=fields)
    assert backend.json()["status"] == "successful"


# ----------------------------------------------------------------- item 20: hostile values
HOSTILE_FAULTS: list[tuple[str, Any]] = [
    ("latency_ms", "NaN"),
    ("latency_ms", "Infinity"),
    ("latency_ms", "-Infinity"),
    ("latency_ms", "1e400"),
    ("latency_ms", "1e308"),
    ("latency_ms", str(10**30)),
    ("latency_ms", "-1"),
    ("latency_ms", "600001"),
    ("jitter_ms", "NaN"),
    ("jitter_ms", "Infinity"),
    ("jitter_ms", "1e12"),
    ("trickle_ms", "NaN"),
    ("trickle_ms", "Infinity"),
    ("trickle_ms", "10001"),
    ("error_rate", "NaN"),
    ("error_rate", "Infinity"),
    ("error_rate", "1.5"),
    ("retry_after_s", "NaN"),
    ("retry_after_s", "2.5"),
    ("retry_after_s", "1e400"),
    ("retry_after_s", str(10**20)),
    ("error_status", "500.0"),
    ("error_status", "true"),
    ("times", "-1"),
    ("times", "true"),
    ("times", "1.5"),
    ("times", "NaN"),
    ("times", str(10**20)),
    ("latency_ms", "true"),
    ("latency_ms", '"100"'),
    ("force_429", "1"),
]


NOT_JSON = ("NaN", "Infinity", "-Infinity")  # Python's json reads them; JSON has no such number


@pytest.mark.parametrize(("name", "raw"), HOSTILE_FAULTS)
def test_hostile_fault_values_are_refused_clearly(
    emulator: EmbeddedEmulator, name: str, raw: str
) -> None:
    """NaN, Infinity, huge and mistyped fault values: a 400 that names the setting; the
    faults in force stay as they were (before: NaN/Infinity were taken, and every later
    request slept forever)."""
    base = emulator.base_url + ADMIN + "/faults"
    for method in ("PUT", "POST"):
        answer = httpx.request(
            method,
            base,
            content=f'{{"{name}": {raw}}}'.encode(),
            headers={"Content-Type": "application/json"},
        )
        assert answer.status_code == 400, (method, name, raw, answer.text)
        body = answer.json()
        assert body["code"] == "bad_request"
        if raw in NOT_JSON:  # refused by the JSON reader, before any setting is read
            assert body["message"] == f"request body is not valid JSON: {raw} is not a JSON number"
        else:  # the setting is named, with what it must be
            assert body["message"].startswith(f"{name} must be "), body["message"]
    held = httpx.get(base).json()
    assert all(math.isfinite(v) for v in held.values() if isinstance(v, float))
    assert held["latency_ms"] == 0
    # The vault still answers at once.
    assert httpx.post(
        emulator.base_url + "/tokens", auth=(TEST_KEY, ""), data=card_form(), timeout=5
    ).is_success
    figures.add("hostile fault values refused (API; NaN, Infinity, huge, mistyped)", 2)


def nested(depth: int) -> bytes:
    return b"[" * depth + b"]" * depth


DEEP_BODIES = [  # each under the size limit, each too deep for Python's parser
    b"[" * 60_000,
    nested(30_000),
    b'{"a":' * 10_000 + b"1" + b"}" * 10_000,
]


def test_deeply_nested_json_gets_an_omise_error(emulator: EmbeddedEmulator) -> None:
    """Before: a plain-text 500 (Python's recursion limit inside the JSON parser)."""
    targets = [
        ("POST", "/tokens", (TEST_KEY, "")),
        ("POST", "/charges", (SKEY, "")),
        ("PUT", f"{ADMIN}/faults", None),
        ("POST", f"{ADMIN}/reset", None),
    ]
    for body, (method, path, auth) in itertools.product(DEEP_BODIES, targets):
        answer = httpx.request(
            method,
            emulator.base_url + path,
            content=body,
            headers={"Content-Type": "application/json"},
            auth=auth,
        )
        assert answer.status_code == 400, (path, answer.text[:200])
        assert answer.headers["content-type"].split(";")[0] == "application/json"
        assert answer.json()["code"] == "bad_request"
    figures.add("deeply nested JSON bodies answered bad_request (not a plain-text 500)", 12)


def test_admin_bodies_are_bounded(emulator: EmbeddedEmulator) -> None:
    """Before: the admin API read any body whole into memory."""
    huge = b'{"latency_ms": 1, "x": "' + b"a" * (2 * 1024 * 1024) + b'"}'
    answer = httpx.put(
        emulator.base_url + ADMIN + "/faults",
        content=huge,
        headers={"Content-Type": "application/json"},
    )
    assert answer.status_code == 413
    assert answer.json()["code"] == "bad_request"


def test_the_request_log_stays_small_whatever_the_paths(emulator: EmbeddedEmulator) -> None:
    """Any page can make the browser fetch http://127.0.0.1:PORT/tokens/<16 KB> (an image
    tag needs no CORS); the log keeps a bounded part of each path."""
    long_id = "tokn_test_" + "a" * 12_000
    answer = httpx.get(f"{emulator.base_url}/tokens/{long_id}", auth=(TEST_KEY, ""))
    assert answer.status_code == 404
    (entry,) = emulator.requests()
    assert isinstance(entry["path"], str)
    assert len(entry["path"]) <= 200


def test_smoke_output_that_cannot_be_written_fails_fast(tmp_path: Path) -> None:
    """Before: the write raised inside the smoke task and the app waited forever."""
    data, config = tmp_path / "data", tmp_path / "config"
    for target in (tmp_path / "no" / "such" / "dir" / "id.txt", tmp_path):
        result = run_app(data, config, "--smoke-test", "--smoke-output", str(target))
        assert result.returncode == 1, (target, result.stderr)
        assert f"cannot write {target}" in result.stderr
        assert "Traceback" not in result.stderr


# ----------------------------------------------------------------- holding the emulator
def raw_connection(emu: EmbeddedEmulator) -> socket.socket:
    sock = socket.create_connection(("127.0.0.1", port_of(emu)), timeout=10)
    sock.settimeout(10)  # a refusal comes at once; a hang fails the test
    return sock


def closed_by_server(sock: socket.socket) -> bool:
    try:
        return sock.recv(1024) == b""
    except ConnectionResetError:
        return True


def test_idle_and_slow_request_heads_are_cut_off() -> None:
    """A socket that never sends a request, or trickles its head, is closed by the emulator
    (before: held for ever, one file descriptor of the app's process each)."""
    with EmbeddedEmulator(EmulatorConfig(head_timeout_s=0.3)) as emu:
        idle = raw_connection(emu)
        slow = raw_connection(emu)
        slow.sendall(b"POST /tokens HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ")
        with idle, slow:
            assert closed_by_server(idle)
            assert closed_by_server(slow)
        # A normal client on a kept-alive connection is not affected.
        with httpx.Client(base_url=emu.base_url) as client:
            assert [client.get(ADMIN + "/health").status_code for _ in range(3)] == [200] * 3


def test_a_trickled_body_is_answered_408() -> None:
    with EmbeddedEmulator(EmulatorConfig(body_timeout_s=0.3)) as emu:
        auth = base64.b64encode(f"{TEST_KEY}:".encode()).decode()
        with raw_connection(emu) as sock:
            sock.sendall(
                f"POST /tokens HTTP/1.1\r\nHost: 127.0.0.1:{port_of(emu)}\r\n"
                f"Authorization: Basic {auth}\r\nContent-Length: 1000\r\n"
                "Content-Type: application/x-www-form-urlencoded\r\n\r\ncard[name]=".encode()
            )
            assert sock.recv(1024).startswith(b"HTTP/1.1 408")


def test_connections_past_the_cap_are_closed_at_once() -> None:
    """A program opening connections by the thousand cannot exhaust the app's descriptors:
    past the cap, new connections are closed on arrival; once they go, service resumes."""
    with EmbeddedEmulator(EmulatorConfig(max_connections=4)) as emu:
        holders = [raw_connection(emu) for _ in range(4)]
        extra = [raw_connection(emu) for _ in range(6)]
        try:
            assert all(closed_by_server(sock) for sock in extra)
        finally:
            for sock in holders + extra:
                sock.close()
        deadline = time.monotonic() + 10
        while True:  # the server sees the holders go as it gets to it
            try:
                if httpx.get(emu.base_url + ADMIN + "/health").status_code == 200:
                    break
            except httpx.TransportError:
                assert time.monotonic() < deadline, "service did not resume"
    figures.add("connections past the cap closed on arrival", 6)


def test_a_sandbox_file_from_before_keyed_fingerprints_forgets_them(tmp_path: Path) -> None:
    """A Sandbox vault file written before fingerprints were keyed per installation holds
    old-key fingerprints: opened once, each is replaced by a random value of the same shape,
    so retrieving the token (a history refresh) cannot bring one back."""
    path = tmp_path / "sandbox-vault.sqlite3"
    with EmbeddedEmulator(state_file=path) as emu:
        answer = httpx.post(emu.base_url + "/tokens", auth=(TEST_KEY, ""), data=card_form())
        token_id = answer.json()["id"]
    old = fingerprint_with(OLD_KEY, "4242424242424242")
    db = sqlite3.connect(path, isolation_level=None)  # as an old version left the file
    db.execute("DROP TABLE meta")
    db.execute(
        "UPDATE records SET body = json_set(body, '$.card.fingerprint', ?) WHERE id = ?",
        (old, token_id),
    )
    db.close()
    with EmbeddedEmulator(state_file=path) as emu:
        card = httpx.get(f"{emu.base_url}/tokens/{token_id}", auth=(TEST_KEY, "")).json()["card"]
    assert card["fingerprint"] != old
    assert len(base64.b64decode(card["fingerprint"], validate=True)) == 32
    with EmbeddedEmulator(state_file=path) as emu:  # once only: the new value is kept
        again = httpx.get(f"{emu.base_url}/tokens/{token_id}", auth=(TEST_KEY, "")).json()
    assert again["card"]["fingerprint"] == card["fingerprint"]


def test_a_number_typed_into_another_field_is_never_kept_by_the_sandbox(tmp_path: Path) -> None:
    """A card number typed into the name, street or city field (a slip, or a negative test)
    used to be kept as typed in the Sandbox's vault file on the tester's disk; a number sent
    in a path stayed in the request log."""
    path = tmp_path / "sandbox-vault.sqlite3"
    typed = ["4242 4242 4242 4242", "4111-1111-1111-1111", "5555\u00a05555\u00a05555\u00a04444"]
    with EmbeddedEmulator(state_file=path) as emu:
        form = card_form()
        form.update({"card[name]": typed[0], "card[street1]": typed[1], "card[city]": typed[2]})
        answer = httpx.post(emu.base_url + "/tokens", auth=(TEST_KEY, ""), data=form)
        assert answer.status_code == 200
        missing = httpx.get(emu.base_url + "/tokens/4242424242424242", auth=(TEST_KEY, ""))
        log = httpx.get(emu.base_url + "/__emulator__/requests").text
    card = answer.json()["card"]
    assert (card["name"], card["street1"], card["city"]) == ("••••4242", "••••1111", "••••4444")
    assert "4242424242424242" not in missing.text
    assert "4242424242424242" not in log
    stored = b"".join(p.read_bytes() for p in tmp_path.iterdir() if p.is_file())
    for number in typed:
        digits = "".join(c for c in number if c.isdigit())
        assert number.encode() not in stored
        assert digits.encode() not in stored
    figures.add("card numbers typed into other fields, never kept by the Sandbox", len(typed))
