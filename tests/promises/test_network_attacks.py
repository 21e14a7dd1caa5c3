"""Promises 1, 2, 4 and 5 under attack from the network side: keys hidden in vault URLs,
proxies in the environment, and hostile vault answers (each from a real loopback server).

Every vault here is a stdlib server on 127.0.0.1; every proxy is a stand-in on 127.0.0.1
that records what reached it and forwards nothing.
"""

from __future__ import annotations

import base64
import contextlib
import json
import shlex
import socket
from collections.abc import AsyncIterator, Iterable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

import httpx
import pytest

from omise_token_gui.core import paths
from omise_token_gui.core.endpoint import Endpoint
from omise_token_gui.core.errors import AppError, ErrorKind, VaultError
from omise_token_gui.core.history import HistoryStore, TokenRecord
from omise_token_gui.core.keys import KeyRejected
from omise_token_gui.core.service import TokenService
from omise_token_gui.core.settings import (
    Profile,
    Settings,
    SettingsStore,
    apply_environment,
    check_profile,
    sandbox_profile,
)
from omise_token_gui.core.vault import VaultClient
from omise_token_gui.services import Services
from tests.helpers import TEST_KEY, TOKEN_2019, HostileVault, RecordingProxy, card, run
from tests.promises import figures

if TYPE_CHECKING:  # Qt is imported only by the tests here that use it, at run time
    from PySide6.QtWidgets import QApplication

    from tests.ui.conftest import Harness

SECRET = "skey_live_5xs8breq3htbkj03d2x"


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])  # bound, never listening: refused


# ---------------------------------------------------------------- 1. keys inside vault URLs

KEY_URLS = [
    "https://{secret}:@127.0.0.1:{port}",
    "https://{secret}@127.0.0.1:{port}",
    "https://pkey_test_ok:{secret}@127.0.0.1:{port}",
    "http://pkey_test_ok:{secret}@127.0.0.1:{port}",
    "http://{secret}:@127.0.0.1:{port}",
    "http://{secret}@127.0.0.1:{port}/",
    "HTTP://{secret}:@127.0.0.1:{port}",
    "  http://{secret}:@127.0.0.1:{port}  ",
    "http://%73key_live_5xs8breq3htbkj03d2x:@127.0.0.1:{port}",
    "http://[::1]:1@127.0.0.1:{port}",
    "http://user:pass@127.0.0.1:{port}",
    "http://127.0.0.1:{port}/?key={secret}",
    "http://127.0.0.1:{port}/#{secret}",
    "http://127.0.0.1:{port}/{secret}",
    "http://127.0.0.1:{port}/x/{secret}/",
    "http://127.0.0.1:{port}\\@evil.example",
    "http://127.0.0.1:{port}/%2e%2e/charges",
    "http://127.0.0.1:{port}/a b",
    "http://127.0.0.1:{port}/\u2024",
]


@pytest.mark.parametrize("template", KEY_URLS)
def test_a_key_inside_the_vault_url_never_reaches_the_vault(template: str) -> None:
    figures.add("vault URLs with a key or user-info tried")
    with HostileVault() as vault:
        url = template.format(secret=SECRET, port=vault.port)

        async def go() -> AppError:
            async with httpx.AsyncClient(trust_env=False) as http:
                client = VaultClient(http, Endpoint(url, timeout_s=3.0))
                with pytest.raises(AppError) as info:
                    await client.retrieve_token("tokn_test_0000000000000000000", TEST_KEY)
                return info.value

        error = run(go())
    assert error.kind is ErrorKind.URL_REJECTED
    assert vault.requests == []
    assert "5xs8breq3htbkj03d2x" not in error.human
    with pytest.raises(AppError):
        check_profile(Profile(name="Hidden", public_key=TEST_KEY, vault_url=url))


def test_a_key_in_the_url_is_refused_in_the_settings_file_and_the_environment(
    isolated_dirs: Path,
) -> None:
    url = f"https://{SECRET}:@vault.omise.co"
    store = SettingsStore(paths.settings_path())
    store.path.parent.mkdir(parents=True)
    store.path.write_text(
        json.dumps(
            {
                "version": 1,
                "profiles": [{"name": "Hidden", "public_key": TEST_KEY, "vault_url": url}],
                "active_profile": "Hidden",
            }
        )
    )
    loaded = store.load({"OMISE_PUBLIC_KEY": TEST_KEY, "OMISE_VAULT_URL": url})
    assert loaded.settings.profile("Hidden") is None
    assert loaded.settings.profile("Environment") is None
    assert len(loaded.notices) == 2
    assert all("5xs8breq3htbkj03d2x" not in n for n in loaded.notices)
    store.save(loaded.settings)
    assert "5xs8breq3htbkj03d2x" not in store.path.read_text()
    settings = Settings()
    assert apply_environment(settings, {"OMISE_PUBLIC_KEY": TEST_KEY, "OMISE_VAULT_URL": url})
    assert [p.name for p in settings.profiles] == ["Sandbox"]
    figures.add("vault URLs with a key or user-info tried", 2)


def basic(user: str) -> str:
    return "Basic " + base64.b64encode(f"{user}:".encode()).decode()


def test_the_final_request_is_checked_whatever_built_it(isolated_dirs: Path) -> None:
    """The policy sits under the app's one client: requests that skip VaultClient (URL
    user-info, an auth= argument, a header set by hand) are refused before a byte leaves."""
    from omise_token_gui.core.proxy import ProxyPlan
    from omise_token_gui.core.transport import SANDBOX_CHARGE_KEY, make_http_client

    with HostileVault() as vault, HostileVault() as other:
        base = vault.base_url
        port = vault.port
        refused = [
            ("GET", f"http://pkey_test_ok:{SECRET}@127.0.0.1:{port}/tokens/x", {}, None),
            ("GET", f"http://{TEST_KEY}:@127.0.0.1:{port}/tokens/x", {}, None),
            ("GET", f"{base}/tokens/x", {"Authorization": basic(SECRET)}, None),
            ("GET", f"{base}/tokens/x", {"Authorization": basic("skey_test_abc")}, None),
            ("GET", f"{base}/tokens/x", {"Authorization": basic("pkey_live_abc")}, None),
            ("GET", f"{base}/tokens/x", {"Authorization": basic(" pkey_test_abc")}, None),
            ("GET", f"{base}/tokens/x", {"Authorization": "Bearer " + TEST_KEY}, None),
            ("GET", f"{base}/tokens/x", {"Authorization": basic(TEST_KEY)[:-2] + "x="}, None),
            ("GET", f"{base}/tokens/x", {}, None),
            ("GET", f"{base}/tokens/x", {}, (SECRET, "")),
            ("GET", f"{base}/tokens/x", {}, (TEST_KEY, "password")),
            ("GET", f"{base}/{SECRET}", {"Authorization": basic(TEST_KEY)}, None),
            ("GET", f"{base}/tokens?k={SECRET}", {"Authorization": basic(TEST_KEY)}, None),
            # The Sandbox's charge key goes only to exactly the Sandbox's charge calls
            # (core.transport.SANDBOX_CALLS): POST /charges, GET /charges?query, capture...
            ("POST", f"{base}/tokens", {"Authorization": basic(SANDBOX_CHARGE_KEY)}, None),
            ("GET", f"{base}/charges", {"Authorization": basic(SANDBOX_CHARGE_KEY)}, None),
            ("POST", f"{base}/charges/", {"Authorization": basic(SANDBOX_CHARGE_KEY)}, None),
            (
                "POST",
                f"{other.base_url}/charges",
                {"Authorization": basic(SANDBOX_CHARGE_KEY)},
                None,
            ),
            (
                "POST",
                f"http://localhost:{port}/charges",
                {"Authorization": basic(SANDBOX_CHARGE_KEY)},
                None,
            ),
        ]
        allowed = [
            ("GET", f"{base}/tokens/x", {"Authorization": basic(TEST_KEY)}, None),
            ("GET", f"{base}/tokens/x", {}, (TEST_KEY, "")),
            ("POST", f"{base}/charges", {"Authorization": basic(SANDBOX_CHARGE_KEY)}, None),
        ]

        async def go() -> list[BaseException | None]:
            out: list[BaseException | None] = []
            async with make_http_client(sandbox_url=base, plan=ProxyPlan()) as http:
                for method, url, headers, auth in refused + allowed:
                    try:
                        if auth is None:
                            await http.request(method, url, headers=headers)
                        else:
                            await http.request(method, url, headers=headers, auth=auth)
                        out.append(None)
                    except Exception as exc:
                        out.append(exc)
            return out

        results = run(go())
    figures.add("outgoing requests checked at send time", len(results))
    for outcome in results[: len(refused)]:
        assert isinstance(outcome, AppError), outcome
    assert isinstance(results[2], KeyRejected)
    assert results[len(refused) :] == [None] * len(allowed)
    assert len(vault.requests) == len(allowed)
    assert other.requests == []
    for _, _, headers in vault.requests:
        assert SECRET not in json.dumps(headers)


# ---------------------------------------------------------------- 2. proxies

PROXY_VARS = [
    {"HTTP_PROXY": "{proxy}"},
    {"http_proxy": "{proxy}"},
    {"HTTPS_PROXY": "{proxy}"},
    {"ALL_PROXY": "{proxy}"},
    {"all_proxy": "{proxy}"},
    {"ALL_PROXY": "{proxy}", "NO_PROXY": "localhost"},
    {"HTTP_PROXY": "{proxy}", "HTTPS_PROXY": "{proxy}", "NO_PROXY": ""},
    {"ALL_PROXY": "socks5://127.0.0.1:1"},
    {"ALL_PROXY": "socks5h://user:pw@127.0.0.1:1"},
    {"HTTPS_PROXY": "http://127.0.0.1:{closed}"},
    {"HTTPS_PROXY": "not a url at all"},
    {"HTTPS_PROXY": "ftp://127.0.0.1:21"},
    {"HTTPS_PROXY": "http://127.0.0.1:99999"},
]


@pytest.fixture
def proxy_env(monkeypatch: pytest.MonkeyPatch) -> Iterator[pytest.MonkeyPatch]:
    """A clean proxy environment; the process's decided plan is forgotten before and after."""
    from omise_token_gui.core import proxy

    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY"):
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)
    proxy.current_plan.cache_clear()
    yield monkeypatch
    monkeypatch.undo()
    proxy.current_plan.cache_clear()


def sandbox_round_trip(services: Services) -> tuple[str, str]:
    """Create a Sandbox token and simulate its charge through the app's own client."""

    async def go() -> tuple[str, str]:
        service = services.start_network()
        try:
            record = await service.create(card(), sandbox_profile())
            charged = await service.simulate_charge(record.token_id)
            return record.token_id, charged.charge_status
        finally:
            await services.aclose()

    return run(go())


@pytest.mark.parametrize("variables", PROXY_VARS)
def test_sandbox_traffic_never_goes_through_a_proxy(
    proxy_env: pytest.MonkeyPatch, variables: dict[str, str]
) -> None:
    figures.add("proxy settings tried")
    with RecordingProxy() as proxy:
        for name, value in variables.items():
            proxy_env.setenv(name, value.format(proxy=proxy.url, closed=closed_port()))
        services = Services.build(environ={})  # starts like the app: the environment as is
        token_id, status = sandbox_round_trip(services)
    assert token_id.startswith("tokn_test_")
    assert status == "successful"
    assert proxy.lines == []


def real_vault_error(plan_vars: dict[str, str]) -> AppError:
    """A token request to a real (non-loopback) vault with the given proxy environment."""
    from omise_token_gui.core.proxy import plan_from_environment
    from omise_token_gui.core.transport import make_http_client

    plan = plan_from_environment(plan_vars)

    async def go() -> AppError:
        async with make_http_client(plan=plan) as http:
            settings = Settings()
            profile = settings.upsert(
                Profile(name="Corp", public_key=TEST_KEY, vault_url="https://vault.example.invalid")
            )
            with HistoryStore(":memory:") as history, pytest.raises(AppError) as info:
                await TokenService(http, history, settings.profile).create(card(), profile)
            return info.value

    return run(go())


def test_a_real_vault_honours_the_corporate_proxy(proxy_env: pytest.MonkeyPatch) -> None:
    # .invalid never resolves: the only way out of this machine is the (stand-in) proxy.
    with RecordingProxy() as proxy:
        error = real_vault_error({"HTTPS_PROXY": proxy.url, "NO_PROXY": "localhost,127.0.0.1"})
    assert proxy.lines == ["CONNECT vault.example.invalid:443 HTTP/1.1"]
    assert error.kind is ErrorKind.CONNECTION
    assert "proxy" in error.human
    figures.add("proxy settings tried")


@pytest.mark.parametrize(
    ("value", "words"),
    [
        ("socks5://127.0.0.1:1", "SOCKS"),
        ("socks4://127.0.0.1:1", "SOCKS"),
        ("not a url at all", "not a usable proxy URL"),
        ("ftp://127.0.0.1:21", "not a usable proxy URL"),
        ("http://127.0.0.1:99999", "not a usable proxy URL"),
        ("http://127.0.0.1:{closed}", "through the proxy"),
    ],
)
def test_a_bad_proxy_is_a_clear_message_not_a_traceback(
    proxy_env: pytest.MonkeyPatch, value: str, words: str
) -> None:
    error = real_vault_error({"ALL_PROXY": value.format(closed=closed_port())})
    assert words in error.human
    assert error.kind is ErrorKind.CONNECTION
    figures.add("proxy settings tried")


def test_a_bad_certificate_setting_stops_only_real_vaults(
    proxy_env: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """A stale SSL_CERT_FILE used to kill the network side at start (a traceback, Create
    disabled) even for the offline Sandbox. Now the Sandbox works and a real vault gets a
    clear sentence naming the setting, before anything is sent."""
    garbage = tmp_path / "ca.pem"
    garbage.write_text("not a certificate")
    proxy_env.setenv("SSL_CERT_FILE", str(garbage))
    token_id, status = sandbox_round_trip(Services.build(environ={}))
    assert token_id.startswith("tokn_test_")
    assert status == "successful"
    error = real_vault_error({})
    assert error.kind is ErrorKind.TLS
    assert "SSL_CERT_FILE" in error.human
    assert "Nothing was sent" in error.human
    figures.add("certificate settings tried")


def test_settings_shows_the_proxy_in_use(proxy_env: pytest.MonkeyPatch) -> None:
    from omise_token_gui.core.proxy import describe_for_url

    proxy_env.setenv("HTTPS_PROXY", "http://alice:s3cret@proxy.corp.example:3128")
    proxy_env.setenv("NO_PROXY", "internal.example")
    line = describe_for_url("https://vault.omise.co")
    assert "proxy.corp.example:3128" in line
    assert "HTTPS_PROXY" in line
    assert "s3cret" not in line
    assert "never uses a proxy" in describe_for_url(None)
    assert "never uses a proxy" in describe_for_url("http://127.0.0.1:8025")
    assert "direct" in describe_for_url("https://vault.internal.example")
    proxy_env.setenv("ALL_PROXY", "socks5://127.0.0.1:1")
    proxy_env.delenv("HTTPS_PROXY")
    from omise_token_gui.core import proxy

    proxy.current_plan.cache_clear()
    assert "SOCKS" in describe_for_url("https://vault.omise.co")


# ---------------------------------------------------------------- hostile answers


def token(**changes: object) -> bytes:
    return json.dumps(dict(TOKEN_2019, **changes)).encode()


def card_with(**changes: object) -> dict[str, object]:
    card_obj = dict(TOKEN_2019["card"])
    card_obj.update(changes)
    return card_obj


Answer = tuple[int, dict[str, str], Iterable[bytes]]


def ok(body: bytes, status: int = 200, **headers: str) -> Answer:
    return status, {"Content-Type": "application/json", **headers}, [body]


def endless(chunk: bytes, times: int) -> Iterator[bytes]:
    for _ in range(times):
        yield chunk


def gzip_bomb(decoded_mb: int) -> bytes:
    import zlib

    packer = zlib.compressobj(6, zlib.DEFLATED, 31)
    zeros = b"0" * (1 << 20)
    return b"".join(packer.compress(zeros) for _ in range(decoded_mb)) + packer.flush()


BOMB = gzip_bomb(100)  # about 100 KB on the wire, 100 MB decoded


DEEP = b'{"object":"token","id":"tokn_test_abc","livemode":false,"x":' + b"[" * 5000
HOSTILE: dict[str, Answer] = {
    "card livemode true": ok(token(card=card_with(livemode=True))),
    "card livemode missing": ok(
        token(card={k: v for k, v in TOKEN_2019["card"].items() if k != "livemode"})
    ),
    "live card id": ok(token(card=card_with(id="card_63440m1wwjc3ipgm9w4"))),
    "livemode deeper down": ok(token(extra={"nested": [{"livemode": True}]})),
    "duplicate livemode": ok(token()[:-1] + b',"livemode":true}'),
    "duplicate livemode, false last": ok(b'{"livemode":true,' + token()[1:]),
    "duplicate id": ok(token()[:-1] + b',"id":"tokn_test_other"}'),
    "redirect 301": ok(token(), 301, Location="http://127.0.0.1:1/tokens"),
    "redirect 302": ok(token(), 302, Location="https://evil.example/"),
    "see other 303": ok(token(), 303),
    "redirect 307": ok(token(), 307),
    "redirect 308": ok(token(), 308),
    "created 201": ok(token(), 201),
    "id with a command": ok(token(id="tokn_test_$(touch${IFS}/tmp/pwned)")),
    "id with backticks": ok(token(id="tokn_test_`id`")),
    "id with a path": ok(token(id="tokn_test_../../charges")),
    "id with html": ok(token(id="tokn_test_<b>x</b>")),
    "id with upper case": ok(token(id="tokn_test_ABCdef")),
    "id with a newline": ok(token(id="tokn_test_abc\nrm")),
    "id too long": ok(token(id="tokn_test_" + "a" * 300)),
    "id empty tail": ok(token(id="tokn_test_")),
    "nested 5000 deep": ok(DEEP + b"]" * 5000 + b"}"),
    "nested 900 deep": ok(token()[:-1] + b',"x":' + b"[" * 900 + b"]" * 900 + b"}"),
    "nested 100000 deep": ok(DEEP + b"[" * 95000 + b"]" * 100000 + b"}"),
    "lone surrogate": ok(token(card=card_with(name="\ud800"))),
    "lone surrogate in a key": ok(token()[:-1] + b',"\\udfff":1}'),
    "NaN": ok(token()[:-1] + b',"x":NaN}'),
    "Infinity": ok(token()[:-1] + b',"x":-Infinity}'),
    "huge integer": ok(token()[:-1] + b',"x":' + b"9" * 5000 + b"}"),
    "256 KiB string field": ok(token(card=card_with(name="A" * 256 * 1024))),
    "256 KiB of digits": ok(token(card=card_with(name="4" * 256 * 1024))),
    "100 MB answer": (200, {"Content-Type": "application/json"}, endless(b" " * 65536, 1600)),
    "100 MB with Content-Length": (
        200,
        {"Content-Length": str(100 << 20)},
        endless(b" " * 65536, 1600),
    ),
    "Content-Length lies": (200, {"Content-Length": str(10**12)}, [token()]),
    "gzip bomb": (200, {"Content-Encoding": "gzip"}, [BOMB]),
    "gzip bomb with a length": (
        200,
        {"Content-Encoding": "gzip", "Content-Length": str(len(BOMB))},
        [BOMB],
    ),
    "broken gzip": (200, {"Content-Encoding": "gzip", "Content-Length": "5"}, [b"xxxxx"]),
    "brotli": (200, {"Content-Encoding": "br", "Content-Length": "5"}, [b"xxxxx"]),
    "huge error answer": (500, {}, endless(b"<html>" * 10000, 400)),
    "error nested deep": ok(b'{"object":"error","x":' + b"[" * 5000 + b"]" * 5000 + b"}", 400),
    # Found by attacking the fixes: scrubbing renamed or dropped the key that held the truth.
    "livemode under a code-named key": ok(token(cvv={"livemode": True})),
    "livemode under a key masking collides": ok(
        token(**{"4242424242424242": {"livemode": True}, "••••4242": {}})
    ),
    "LiveMode spelled otherwise": ok(token(LiveMode=True)),
    "a number out of range": ok(token()[:-1] + b',"x":1e999}'),
    "charset rot13": (200, {"Content-Type": "text/html; charset=rot13"}, [b"<html>no</html>"]),
    "charset hex": (400, {"Content-Type": "text/plain; charset=hex"}, [b"zz"]),
    "charset undefined": (200, {"Content-Type": "text/plain; charset=undefined"}, [b"x"]),
}


@contextlib.asynccontextmanager
async def service_against(vault: HostileVault) -> AsyncIterator[tuple[TokenService, Profile]]:
    """The app's token service, its history in the test's data dir, and a profile on
    ``vault``."""
    async with httpx.AsyncClient(trust_env=False) as http:
        settings = Settings()
        profile = settings.upsert(
            Profile(name="Hostile", public_key=TEST_KEY, vault_url=vault.base_url)
        )
        with HistoryStore(paths.history_path()) as history:
            yield TokenService(http, history, settings.profile), profile


def create_against(vault: HostileVault, number: str = "4242424242424242") -> AppError:
    async def go() -> AppError:
        async with service_against(vault) as (svc, profile):
            with pytest.raises(AppError) as info:
                await svc.create(card(number), profile)
            assert svc.history.count() == 0
            return info.value

    return run(go())


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_a_hostile_answer_is_refused_with_a_vault_error_and_not_stored(name: str) -> None:
    figures.add("hostile vault answers tried")
    with HostileVault(lambda m, p: HOSTILE[name]) as vault:
        error = create_against(vault)
    assert error.human
    if "livemode" in name or "live card" in name:
        assert error.kind is ErrorKind.LIVEMODE
    if "MB" in name or "256 KiB" in name or "bomb" in name or "lies" in name:
        assert "larger than" in error.human
    if name == "100 MB answer":
        assert vault.sent_all is False  # stopped reading: the rest was never taken in


@pytest.mark.parametrize(
    "moment",
    [
        "9999-12-31T23:59:59Z",
        "9999-12-31T23:59:59-12:00",
        "0001-01-01T00:00:00+14:00",
        "0001-01-01T00:00:00Z",
        "2025-13-45T99:99:99Z",
        "2" * 5000,
    ],
)
def test_an_absurd_date_is_never_stored_and_never_breaks_the_display(
    moment: str, qapp: QApplication
) -> None:
    import os
    import time
    from dataclasses import replace

    from omise_token_gui.ui.history_model import COL, HistoryModel
    from tests.helpers import records

    figures.add("hostile vault answers tried")
    with HostileVault(lambda m, p: ok(token(created_at=moment))) as vault:

        async def go() -> datetime:
            async with httpx.AsyncClient(trust_env=False) as http:
                settings = Settings()
                profile = settings.upsert(
                    Profile(name="Hostile", public_key=TEST_KEY, vault_url=vault.base_url)
                )
                with HistoryStore(paths.history_path()) as store:
                    record = await TokenService(http, store, settings.profile).create(
                        card(), profile
                    )
                    stored = store.get(record.token_id)
                assert stored is not None
                return stored.created_at

        created = run(go())
    assert abs((created - datetime.now(UTC)).total_seconds()) < 3600
    old_tz = os.environ.get("TZ")
    try:
        for zone in ("ICT-7", "<-12>12"):  # Bangkok (UTC+7) and UTC-12, without tzdata
            os.environ["TZ"] = zone
            time.tzset()
            with HistoryStore(":memory:") as store:  # the history shows both edges of time
                edges = (datetime.max.replace(tzinfo=UTC), datetime.min.replace(tzinfo=UTC))
                base = records(1)[0]
                store.add_many(
                    replace(base, token_id=f"{base.token_id[:-1]}{i}", created_at=edge)
                    for i, edge in enumerate(edges)
                )
                model = HistoryModel(store)
                shown = [model.index(row, COL["created"]).data() for row in (0, 1)]
                assert all(shown), shown
                assert {text[:4] for text in shown} >= {"9999"}, shown
    finally:
        if old_tz is None:
            os.environ.pop("TZ", None)
        else:
            os.environ["TZ"] = old_tz
        time.tzset()


# ---------------------------------------------------------------- 4. card data echoed back

TYPED = ["4242 4242 4242 4242", "4242-4242-4242-4242", " 4242424242424242 ", "4242424242424242"]


def echoing_vault(typed: str) -> HostileVault:
    def answer(method: str, path: str) -> Answer:
        echoed = card_with(
            name="4242 4242 4242 4242",
            number=typed,
            security_code="739",
            cvv=739,
            note=f"you sent {typed} with cvv 739 / {typed.replace(' ', '.')}",
            last_digits="4242",
        )
        return ok(token(card=echoed, description=typed.strip()))

    return HostileVault(answer)


def assert_no_card_data(*texts: str) -> None:
    for text in texts:
        assert "4242424242424242" not in text.replace(" ", "").replace("-", "").replace(".", "")
        assert "739" not in text


@pytest.mark.parametrize("typed", TYPED)
def test_card_data_a_vault_echoes_is_never_stored_on_create_or_refresh(
    typed: str, isolated_dirs: Path
) -> None:
    figures.add("hostile vault answers tried", 2)
    with echoing_vault(typed) as vault:

        async def go() -> tuple[str, str, str]:
            async with httpx.AsyncClient(trust_env=False) as http:
                settings = Settings()
                profile = settings.upsert(
                    Profile(name="Echo", public_key=TEST_KEY, vault_url=vault.base_url)
                )
                with HistoryStore(paths.history_path()) as store:
                    svc = TokenService(http, store, settings.profile)
                    record = await svc.create(
                        card(typed, security_code="739", name="4242 4242 4242 4242"), profile
                    )
                    created = (record.raw_json, record.cardholder)
                    refreshed = await svc.refresh(record.token_id)
                return created[0], created[1], refreshed.raw_json

        raw, holder, refreshed_raw = run(go())
    assert_no_card_data(raw, holder, refreshed_raw)
    assert "••••4242" in raw
    assert json.loads(raw)["card"]["security_code_check"] is True
    blob = b"".join(p.read_bytes() for p in isolated_dirs.rglob("*") if p.is_file())
    for spelling in ("4242424242424242", "4242 4242 4242 4242", "4242-4242-4242-4242"):
        assert spelling.encode() not in blob
    for code in ('"security_code":"739"', '"cvv":739', "cvv 739"):
        assert code.encode() not in blob


def test_a_typed_in_name_with_a_number_is_scrubbed_when_the_vault_sends_no_name() -> None:
    with HostileVault(lambda m, p: ok(token(card=card_with(name=None)))) as vault:

        async def go() -> str:
            async with httpx.AsyncClient(trust_env=False) as http:
                settings = Settings()
                profile = settings.upsert(
                    Profile(name="Echo", public_key=TEST_KEY, vault_url=vault.base_url)
                )
                with HistoryStore(":memory:") as history:
                    svc = TokenService(http, history, settings.profile)
                    record = await svc.create(card(name="Somchai 4242-4242-4242-4242"), profile)
                return record.cardholder

        holder = run(go())
    assert holder.startswith("Somchai ")
    assert_no_card_data(holder)
    figures.add("hostile vault answers tried")


def test_an_error_answer_that_echoes_card_data_is_scrubbed_before_it_is_shown() -> None:
    message = "number 4242 4242 4242 4242 is invalid, security_code 739 is wrong"
    body = {"object": "error", "code": "invalid_card", "message": message}
    with HostileVault(lambda m, p: ok(json.dumps(body).encode(), 400)) as vault:
        error = create_against(vault, "4242 4242 4242 4242")
    assert error.kind is ErrorKind.INVALID_CARD
    assert_no_card_data(error.human, error.body or "", error.message or "")
    assert_no_card_data(*(p.message for p in error.problems))
    figures.add("hostile vault answers tried")


# ---------------------------------------------------------------- 15. token ids and curl

HOSTILE_IDS = [
    "tokn_test_$(touch${IFS}/tmp/pwned)",
    "tokn_test_`id`",
    "tokn_test_a;id",
    "tokn_test_a'b",
    'tokn_test_a"b',
    "tokn_test_a b",
    "tokn_test_a\nid",
    "tokn_test_../../x",
    "tokn_test_<img src=x>",
    "tokn_test_",
    "tokn_test_" + "a" * 200,
    "tokn_abc",
]


def test_copy_curl_never_puts_a_hostile_id_on_the_clipboard(app: Harness) -> None:
    """Records an older version stored with hostile ids: Copy curl refuses each of them."""
    from dataclasses import replace

    from tests.helpers import records

    w = app.window
    for token_id in HOSTILE_IDS:
        figures.add("hostile token ids tried")
        record = replace(records(1)[0], token_id=token_id)
        w.clipboard.set_text("before")
        w.history_actions.copy_curl(record)
        assert w.clipboard.text() == "before"
        assert "No curl command copied" in w.statusBar().currentMessage()


def test_copy_curl_quotes_what_it_copies(app: Harness) -> None:
    app.create_and_wait()
    w = app.window
    assert w.last_token is not None
    w.history_actions.copy_curl(w.last_token)
    words = shlex.split(w.clipboard.text())
    assert words == [
        "curl",
        f"{app.emulator.base_url}/tokens/{w.last_token.token_id}",
        "-u",
        "pkey_test_sandbox:",
    ]


def test_the_settings_pane_refuses_a_key_in_the_url_and_shows_the_proxy(app: Harness) -> None:
    app.window.settings_action.trigger()
    dialog = app.window.settings_dialog
    assert dialog is not None
    dialog.add_button.click()
    dialog.key_edit.setText(TEST_KEY)
    dialog.url_edit.setText(app.emulator.base_url)
    assert dialog.check_button.isEnabled()
    assert "never uses a proxy" in dialog.proxy_line.text()
    dialog.url_edit.setText(app.emulator.base_url.replace("//", f"//pkey_test_ok:{SECRET}@"))
    assert not dialog.check_button.isEnabled()
    assert not dialog.save_button.isEnabled()
    assert "user name, password or key" in dialog.url_verdict.text()
    assert "5xs8breq3htbkj03d2x" not in dialog.url_verdict.text()
    dialog.check_button.click()
    dialog.save_button.click()
    assert app.emulator.requests() == []
    dialog.url_edit.setText("https://vault.omise.co")
    assert dialog.proxy_line.text().startswith("Proxy")


def test_the_app_has_one_http_client_and_it_is_guarded(proxy_env: pytest.MonkeyPatch) -> None:
    """No module but core.transport builds an httpx client, and the app's client is it."""
    import ast

    from omise_token_gui.core.transport import GuardedTransport

    package = Path(__file__).resolve().parents[2] / "omise_token_gui"
    builders = set()
    for path in package.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            func = node.func if isinstance(node, ast.Call) else None
            if (
                isinstance(func, ast.Attribute)
                and func.attr in ("AsyncClient", "Client")
                and isinstance(func.value, ast.Name)
                and func.value.id == "httpx"
            ):
                builders.add(path.relative_to(package).as_posix())
    assert builders == {"core/transport.py"}
    services = Services.build(environ={})

    async def go() -> object:
        services.start_network()
        assert services.http is not None
        try:
            return services.http._transport
        finally:
            await services.aclose()

    transport = run(go())
    assert isinstance(transport, GuardedTransport)
    assert services.emulator is not None
    assert transport.sandbox_url == services.emulator.base_url


def test_an_answer_reusing_an_id_in_history_leaves_the_row_alone() -> None:
    """A second create answered with the id of a token already in history used to replace
    that row (its card, scenario and status) without a word."""
    first = token()
    second = token(card=card_with(brand="JCB", last_digits="0000"))
    answers = iter([ok(first), ok(second)])

    async def go() -> tuple[AppError, TokenRecord | None]:
        with HostileVault(lambda m, p: next(answers)) as vault:
            async with service_against(vault) as (svc, profile):
                kept = await svc.create(card(), profile)
                with pytest.raises(VaultError) as info:
                    await svc.create(card(), profile)
                return info.value, svc.history.get(kept.token_id)

    error, row = run(go())
    assert error.kind is ErrorKind.MALFORMED
    assert "already in the history" in error.human
    assert row is not None
    assert (row.brand, row.last4) == ("Visa", "4242")
    figures.add("hostile vault answers tried")


@pytest.mark.parametrize("brand", ["4242_4242_4242_4242", "<b>Visa</b>", "Visa Gold", ""])
def test_a_brand_the_vault_makes_up_is_not_kept(brand: str) -> None:
    """``brand`` is a closed set: anything else a vault says there (a number with odd
    separators went to the log and history) gives way to what the number itself says."""
    answers = iter([ok(token(card=card_with(brand=brand)))])

    async def go() -> TokenRecord:
        with HostileVault(lambda m, p: next(answers)) as vault:
            async with service_against(vault) as (svc, profile):
                return await svc.create(card(), profile)

    record = run(go())
    assert record.brand == "Visa"
    figures.add("hostile vault answers tried")
