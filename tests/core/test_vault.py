from __future__ import annotations

import base64
import contextlib
import json
import ssl
from urllib.parse import parse_qsl

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from omise_token_gui.core.answers import Token
from omise_token_gui.core.endpoint import API_VERSIONS, Endpoint, check_base_url
from omise_token_gui.core.errors import AppError, ErrorKind, UrlRejected, VaultError
from omise_token_gui.core.keys import KeyRejected, classify
from omise_token_gui.core.vault import (
    USER_AGENT,
    VaultClient,
    parse_retry_after,
    split_invalid_card,
)
from omise_token_gui.emulator import EmbeddedEmulator, Faults
from tests.core.test_keys import near_misses
from tests.helpers import AUTH_FAILURE, TEST_KEY, TOKEN_2019, TOKEN_USED, Recorder, card, run


def rec_body(recorder: Recorder) -> str:
    return httpx.Response(200, json=TOKEN_2019).text


def create(recorder: Recorder, key: str = TEST_KEY, endpoint: Endpoint | None = None) -> Token:
    async def go() -> Token:
        async with recorder.client() as http:
            return await VaultClient(http, endpoint).create_token(card(), key)

    return run(go())


def failing(answer: httpx.Response) -> AppError:
    with pytest.raises(AppError) as info:
        create(Recorder(lambda r: answer))
    return info.value


def test_create_sends_the_seed_curl_request() -> None:
    rec = Recorder()
    token = create(rec)
    assert len(rec.requests) == 1
    req = rec.requests[0]
    assert req.method == "POST"
    assert str(req.url) == "https://vault.omise.co/tokens"
    assert req.headers["content-type"] == "application/x-www-form-urlencoded"
    form = dict(parse_qsl(req.content.decode()))
    assert form["card[number]"] == "4242424242424242"
    assert form["card[name]"] == "Somchai Prasert"
    assert form["card[security_code]"] == "123"
    assert all(k.startswith("card[") for k in form)
    user_pass = base64.b64decode(req.headers["authorization"].split()[1]).decode()
    assert user_pass == f"{TEST_KEY}:"
    assert req.headers["omise-version"] == "2019-05-29"
    assert req.headers["user-agent"] == USER_AGENT
    assert "OmiseTokenGUI/" in USER_AGENT
    timeout = req.extensions["timeout"]
    assert timeout["connect"] == 5.0
    assert timeout["read"] == 15.0
    assert token.id == TOKEN_2019["id"]
    assert token.card is not None
    assert token.card.last_digits == "4242"
    assert token.created_at is not None
    assert token.created_at.year == 2025
    assert token.raw_json == rec_body(rec)  # kept verbatim for "copy JSON"


@pytest.mark.parametrize("version", API_VERSIONS)
def test_api_version_is_selectable(version: str) -> None:
    rec = Recorder()
    create(rec, endpoint=Endpoint(api_version=version))
    assert rec.requests[0].headers["omise-version"] == version


def test_unknown_api_version_is_refused_before_sending() -> None:
    rec = Recorder()
    with pytest.raises(AppError):
        create(rec, endpoint=Endpoint(api_version="2099-01-01"))
    assert rec.requests == []


@pytest.mark.parametrize(
    "url",
    [
        "https://vault.omise.co",
        "https://example.test:8443/",
        "http://127.0.0.1:8025",
        "http://127.8.9.1",
        "http://[::1]:9000",
        "http://localhost:1",
    ],
)
def test_base_url_allowed(url: str) -> None:
    assert check_base_url(url) == url.rstrip("/")


@pytest.mark.parametrize(
    "url",
    [
        "http://vault.omise.co",
        "http://192.168.1.2:8025",
        "http://10.0.0.1",
        "ftp://x",
        "vault.omise.co",
        "",
        "https://",
        "http://localhost.evil.com",
        "https://a?b=c",
        "http://127.0.0.1:99999",
    ],
)
def test_base_url_refused_before_sending(url: str) -> None:
    rec = Recorder()
    with pytest.raises(UrlRejected) as info:
        create(rec, endpoint=Endpoint(base_url=url))
    assert info.value.kind is ErrorKind.URL_REJECTED
    assert rec.requests == []


def test_tolerant_parsing() -> None:
    old = dict(TOKEN_2019)
    old["created"] = old.pop("created_at")
    old["location"] = "/tokens/" + old["id"]
    old["brand_new_field"] = {"x": 1}
    token = Token.parse(old, "{}")
    assert token.created_at is not None
    used = Token.parse(TOKEN_USED, "{}")
    assert used.used is True
    assert used.card is None
    minimal = Token.parse({"object": "token", "id": "tokn_test_x", "livemode": False}, "{}")
    assert minimal.charge_status == "unknown"
    assert minimal.created_at is None


@pytest.mark.parametrize(
    ("response", "kind", "status"),
    [
        (
            httpx.Response(401, json=AUTH_FAILURE),
            ErrorKind.AUTHENTICATION,
            401,
        ),
        (
            httpx.Response(
                404,
                json={
                    "object": "error",
                    "code": "not_found",
                    "message": "token tokn_test_x was not found",
                },
            ),
            ErrorKind.NOT_FOUND,
            404,
        ),
        (
            httpx.Response(
                400, json={"object": "error", "code": "bad_request", "message": "malformed"}
            ),
            ErrorKind.BAD_REQUEST,
            400,
        ),
        (
            httpx.Response(
                400,
                json={
                    "object": "error",
                    "code": "failed_fraud_check",
                    "message": "card is fraudulent",
                },
            ),
            ErrorKind.FRAUD_CHECK,
            400,
        ),
        (httpx.Response(500, text="<html>oops</html>"), ErrorKind.SERVER, 500),
        (
            httpx.Response(503, json={"object": "error", "code": "x", "message": "y"}),
            ErrorKind.SERVER,
            503,
        ),
        (httpx.Response(200, text="<html>not json</html>"), ErrorKind.MALFORMED, 200),
        (httpx.Response(200, content=b"\xff\xfe"), ErrorKind.MALFORMED, 200),
        (httpx.Response(200, json={"object": "list", "data": []}), ErrorKind.MALFORMED, None),
        (httpx.Response(200, json=[1, 2]), ErrorKind.MALFORMED, None),
        (httpx.Response(418, json={"hello": 1}), ErrorKind.MALFORMED, 418),
    ],
)
def test_each_vault_failure_is_one_error_type(
    response: httpx.Response, kind: ErrorKind, status: int | None
) -> None:
    error = failing(response)
    assert error.kind is kind
    assert error.status == status
    assert error.human


def test_auth_failure_points_to_settings() -> None:
    error = failing(httpx.Response(401, json=AUTH_FAILURE))
    assert error.code == "authentication_failure"
    assert "Settings" in error.human


def test_rate_limit_honours_retry_after() -> None:
    error = failing(httpx.Response(429, headers={"Retry-After": "7"}, json={}))
    assert error.kind is ErrorKind.RATE_LIMITED
    assert error.retry_after == 7.0
    assert error.transient
    assert "7 seconds" in error.human
    assert parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT") == 0.0
    assert parse_retry_after("nonsense") is None
    assert parse_retry_after("99999") == 300.0


def test_invalid_card_is_split_per_field() -> None:
    message = (
        "expiration month is not between 1 and 12, name can't be blank, expiration year "
        "is invalid, expiration date is invalid, number is invalid, and brand not "
        "supported (unknown)"
    )
    error = failing(
        httpx.Response(400, json={"object": "error", "code": "invalid_card", "message": message})
    )
    assert error.kind is ErrorKind.INVALID_CARD
    fields = [p.field for p in error.problems]
    assert fields == [
        "expiration_month",
        "name",
        "expiration_year",
        "expiration_year",
        "number",
        "number",
    ]
    assert [p.message for p in error.problems] == [
        "Expiration month is not between 1 and 12.",
        "Name can't be blank.",
        "Expiration year is invalid.",
        "Expiration date is invalid.",
        "Number is invalid.",
        "Brand not supported (unknown).",
    ]
    # The tester reads every problem the vault named, in its order, as one sentence.
    assert error.human == f"The vault refused the card data. {message[0].upper()}{message[1:]}."


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("number can't be blank and brand not supported (unknown)", ["number", "number"]),
        (
            "expiration month can't be blank and expiration month is not between 1 and 12",
            ["expiration_month", "expiration_month"],
        ),
        ("expiration date cannot be in the past", ["expiration_year"]),
        ("name can't be blank", ["name"]),
    ],
)
def test_split_invalid_card_messages(message: str, expected: list[str]) -> None:
    assert [p.field for p in split_invalid_card(message)] == expected


def test_livemode_answer_is_refused() -> None:
    live = dict(TOKEN_2019, livemode=True)
    error = failing(httpx.Response(200, json=live))
    assert error.kind is ErrorKind.LIVEMODE
    live_id = dict(TOKEN_2019, id="tokn_63440m1z407jm6hgxtu")
    assert failing(httpx.Response(200, json=live_id)).kind is ErrorKind.LIVEMODE
    missing = {k: v for k, v in TOKEN_2019.items() if k != "livemode"}
    assert failing(httpx.Response(200, json=missing)).kind is ErrorKind.LIVEMODE


@pytest.mark.parametrize(
    ("exc", "kind"),
    [
        (httpx.ConnectTimeout("t"), ErrorKind.TIMEOUT),
        (httpx.ReadTimeout("t"), ErrorKind.TIMEOUT),
        (httpx.ConnectError("refused"), ErrorKind.CONNECTION),
        (httpx.RemoteProtocolError("dropped"), ErrorKind.CONNECTION),
        (httpx.ReadError("reset"), ErrorKind.CONNECTION),
    ],
)
def test_network_faults(exc: Exception, kind: ErrorKind) -> None:
    def boom(request: httpx.Request) -> httpx.Response:
        raise exc

    with pytest.raises(AppError) as info:
        create(Recorder(boom))
    assert info.value.kind is kind
    assert info.value.transient


@pytest.mark.parametrize(
    ("exc", "arrived"),
    [
        (httpx.ConnectTimeout("t"), False),  # nothing left the machine
        (httpx.ConnectError("refused"), False),
        (httpx.ReadTimeout("t"), True),  # sent, then no answer: the vault may have acted
        (httpx.ReadError("reset"), True),
    ],
)
def test_a_fault_says_whether_the_request_may_have_arrived(exc: Exception, arrived: bool) -> None:
    def boom(request: httpx.Request) -> httpx.Response:
        raise exc

    with pytest.raises(VaultError) as info:
        create(Recorder(boom))
    assert info.value.may_have_arrived is arrived


def test_a_dropped_answer_after_a_whole_request_may_have_arrived(
    emulator: EmbeddedEmulator,
) -> None:
    emulator.set_faults(Faults(drop=True, times=1))

    async def go() -> VaultError:
        async with httpx.AsyncClient() as http:
            client = VaultClient(http, Endpoint(emulator.base_url))
            with pytest.raises(VaultError) as info:
                await client.create_token(card(), TEST_KEY)
            return info.value

    error = run(go())
    assert error.kind is ErrorKind.CONNECTION
    assert error.may_have_arrived  # the trace saw the body written whole
    assert emulator.state.token_count() == 1


def test_tls_failure_is_named() -> None:
    def boom(request: httpx.Request) -> httpx.Response:
        try:
            raise ssl.SSLCertVerificationError("certificate verify failed")
        except ssl.SSLError as inner:
            raise httpx.ConnectError("tls") from inner

    with pytest.raises(AppError) as info:
        create(Recorder(boom))
    assert info.value.kind is ErrorKind.TLS
    assert not info.value.transient


def test_retrieve_uses_get_and_refuses_bad_ids() -> None:
    rec = Recorder(lambda r: httpx.Response(200, json=TOKEN_USED))

    async def go() -> Token:
        async with rec.client() as http:
            client = VaultClient(http)
            with pytest.raises(AppError):
                await client.retrieve_token("../charges", TEST_KEY)
            return await client.retrieve_token("tokn_test_63440m1z407jm6hgxtu", TEST_KEY)

    token = run(go())
    assert [r.method for r in rec.requests] == ["GET"]
    assert rec.requests[0].url.path == "/tokens/tokn_test_63440m1z407jm6hgxtu"
    assert token.used


@given(st.one_of(st.text(max_size=60), near_misses()))
def test_no_request_reaches_the_transport_without_a_public_test_key(key: str) -> None:
    rec = Recorder()

    async def go() -> None:
        async with rec.client() as http:
            client = VaultClient(http)
            for call in (
                client.create_token(card(), key),
                client.retrieve_token("tokn_test_abc", key),
            ):
                with contextlib.suppress(KeyRejected):
                    await call

    run(go())
    if classify(key).accepted:
        assert len(rec.requests) == 2
    else:
        assert rec.requests == []


# ---------------------------------------------------------------- against the emulator


def test_client_against_the_emulator(emulator: EmbeddedEmulator) -> None:

    async def go() -> tuple[Token, Token]:
        async with httpx.AsyncClient() as http:
            client = VaultClient(http, Endpoint(emulator.base_url))
            created = await client.create_token(card("4111 1111 1114 0011"), TEST_KEY)
            again = await client.retrieve_token(created.id, TEST_KEY)
            with pytest.raises(AppError) as info:
                await client.retrieve_token("tokn_test_doesnotexist000000", TEST_KEY)
            assert info.value.kind is ErrorKind.NOT_FOUND
            with pytest.raises(AppError) as info:
                await client.create_token(card("4242424242424241"), TEST_KEY)
            assert info.value.kind is ErrorKind.INVALID_CARD
            assert [p.field for p in info.value.problems] == ["number"]
            return created, again

    created, again = run(go())
    assert created.id.startswith("tokn_test_")
    assert created.card is not None
    assert created.card.brand == "Visa"
    assert created.card.last_digits == "0011"
    assert again.id == created.id
    log = emulator.requests()
    assert [e["status"] for e in log] == [200, 200, 404, 400]
    assert {e["key_kind"] for e in log} == {"public_test"}


@pytest.mark.parametrize(
    ("faults", "kind"),
    [
        ({"error_rate": 1.0, "error_status": 500}, ErrorKind.SERVER),
        ({"error_rate": 1.0, "error_status": 503}, ErrorKind.SERVER),
        ({"force_429": True, "retry_after_s": 4}, ErrorKind.RATE_LIMITED),
        ({"non_json": True}, ErrorKind.MALFORMED),
        ({"wrong_shape": True}, ErrorKind.MALFORMED),
        ({"livemode": True}, ErrorKind.LIVEMODE),
        ({"drop": True}, ErrorKind.CONNECTION),
        ({"latency_ms": 1500}, ErrorKind.TIMEOUT),
        ({"trickle_ms": 50}, ErrorKind.TIMEOUT),  # every read is quick, the whole is not
    ],
)
def test_client_error_paths_against_the_emulator(
    emulator: object, faults: dict[str, object], kind: ErrorKind
) -> None:
    from omise_token_gui.emulator import EmbeddedEmulator, Faults

    assert isinstance(emulator, EmbeddedEmulator)
    emulator.set_faults(Faults.from_json(faults))

    async def go() -> AppError:
        async with httpx.AsyncClient() as http:
            client = VaultClient(http, Endpoint(emulator.base_url, timeout_s=1.0))
            with pytest.raises(AppError) as info:
                await client.create_token(card(), TEST_KEY)
            return info.value

    error = run(go())
    assert error.kind is kind
    if kind is ErrorKind.RATE_LIMITED:
        assert error.retry_after == 4.0


def test_connection_refused_and_trickled_body(emulator: EmbeddedEmulator) -> None:
    import socket

    from omise_token_gui.emulator import Faults

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        closed_port = s.getsockname()[1]  # bound, never listening: refused

    async def go() -> tuple[AppError, Token]:
        async with httpx.AsyncClient() as http:
            dead = VaultClient(http, Endpoint(f"http://127.0.0.1:{closed_port}"))
            with pytest.raises(AppError) as info:
                await dead.create_token(card(), TEST_KEY)
            emulator.set_faults(Faults(trickle_ms=1, times=1))
            slow = await VaultClient(http, Endpoint(emulator.base_url)).create_token(
                card(), TEST_KEY
            )
            return info.value, slow

    refused, trickled = run(go())
    assert refused.kind is ErrorKind.CONNECTION
    assert "Could not connect" in refused.human
    assert trickled.id.startswith("tokn_test_")


# ---------------------------------------------------------------- URLs, ids, answers


@pytest.mark.parametrize(
    "url",
    [
        "https://skey_live_abc123:@vault.omise.co",
        "https://skey_live_abc123@vault.omise.co",
        "https://:skey_live_abc123@vault.omise.co",
        "https://vault.omise.co@127.0.0.1",
        "https://vault.omise.co/skey_live_abc123",
        "https://vault.omise.co/?k=1",
        "https://vault.omise.co/#frag",
        "https://vault.omise.co/%2e%2e",
        "https://vault.omise.co\\@evil.example",
        "https://vault.omise.co /x",
        "https://vault.om\tise.co",
        "https://vault.ｏmise.co",
        "https://[::1",
        "https://[zz::1]",
        "https://" + "a" * 300 + ".example",
        # Hosts httpx refuses (Create used to crash on them) or reads as another address.
        "https://xn--a.com",
        "https://0177.0.0.1",
        "https://127.0.0.01",
        "https://256.1.1.1",
        "https://127.1",
        "https://0x7f.1",
        "https://2130706433",
        "https://0.0.0.0",
        "https://[::]",
        "https://a-.example",
    ],
)
def test_urls_with_credentials_or_odd_characters_are_refused(url: str) -> None:
    with pytest.raises(UrlRejected) as info:
        check_base_url(url)
    assert info.value.kind is ErrorKind.URL_REJECTED
    assert "abc123" not in info.value.human


@given(st.text(alphabet="htps:/@[]:.%?#\\ 0123456789abcdefgkl_-ｏ\t", max_size=40))
def test_an_accepted_url_means_the_same_to_httpx(raw: str) -> None:
    """Whatever check_base_url accepts, httpx reads the same host, with no credentials,
    query or fragment (no parser difference to hide a key or another host in)."""
    from urllib.parse import urlsplit

    for candidate in (raw, "http://" + raw, "https://" + raw, "http://127.0.0.1" + raw):
        try:
            url = check_base_url(candidate)
        except AppError:
            continue
        parsed = httpx.URL(url + "/tokens")
        assert parsed.userinfo == b""
        assert parsed.query == b""
        assert parsed.fragment == ""
        assert parsed.host == (urlsplit(url).hostname or "")


def answer_with(**changes: object) -> httpx.Response:
    return httpx.Response(200, json=dict(TOKEN_2019, **changes))


def test_livemode_anywhere_or_a_live_card_is_refused() -> None:
    card_obj = dict(TOKEN_2019["card"])
    cases = [
        answer_with(card=dict(card_obj, livemode=True)),
        answer_with(card=dict(card_obj, livemode=None)),
        answer_with(card={k: v for k, v in card_obj.items() if k != "livemode"}),
        answer_with(card=dict(card_obj, id="card_63440m1wwjc3ipgm9w4")),
        answer_with(card=dict(card_obj, id="card_test_UPPER")),
        answer_with(extra=[{"livemode": "false"}]),
        httpx.Response(200, content=answer_with().content[:-1] + b',"livemode":true}'),
        httpx.Response(200, content=b'{"livemode":true,' + answer_with().content[1:]),
    ]
    for response in cases:
        assert failing(response).kind is ErrorKind.LIVEMODE


@pytest.mark.parametrize("status", [201, 204, 301, 302, 303, 304, 307, 308, 399])
def test_a_token_answer_must_be_200(status: int) -> None:
    error = failing(httpx.Response(status, json=TOKEN_2019))
    assert error.kind is ErrorKind.MALFORMED
    assert str(status) in error.human


@given(st.text(max_size=80))
def test_only_strict_test_token_ids_are_accepted(tail: str) -> None:
    """An id whose tail holds a run of 12 or more digits could hide a card number, and is
    masked like one before anything reads the answer (``core.cardnumber.OMISE_ID``), so such
    an answer is refused too: a genuine 19-character id has such a run about once in 600,000
    tokens, a price paid so that no number hidden in an id is ever stored."""
    import re

    from omise_token_gui.core.answers import TOKEN_ID_RE, is_test_token_id
    from omise_token_gui.core.cardnumber import MIN_DIGITS

    token_id = "tokn_test_" + tail
    strict = bool(TOKEN_ID_RE.fullmatch(token_id))
    assert strict == (
        0 < len(tail) <= 54 and all(c in "0123456789abcdefghijklmnopqrstuvwxyz" for c in tail)
    )
    assert is_test_token_id(token_id) is strict
    rec = Recorder(lambda r: answer_with(id=token_id))
    if strict and not re.search(rf"\d{{{MIN_DIGITS}}}", tail):
        assert create(rec).id == token_id
    else:
        with pytest.raises(AppError):
            create(rec)


@given(st.text(max_size=60), st.sampled_from([None, "pkey_test_sandbox"]))
def test_the_curl_command_is_one_safe_shell_command(token_id: str, key: str | None) -> None:
    import shlex

    from omise_token_gui.core.answers import is_test_token_id
    from omise_token_gui.core.endpoint import retrieve_curl

    try:
        command = retrieve_curl("http://127.0.0.1:8025", token_id, key)
    except AppError:
        assert not is_test_token_id(token_id)
        return
    words = shlex.split(command)
    assert words[:2] == ["curl", f"http://127.0.0.1:8025/tokens/{token_id}"]
    assert words[2] == "-u"
    assert words[3] == ("${OMISE_PUBLIC_KEY}:" if key is None else f"{key}:")
    assert not set("$`;|&<>()'\"\\\n") & set(command.replace('"${OMISE_PUBLIC_KEY}:"', ""))


def test_curl_refuses_a_url_with_credentials_and_a_secret_key() -> None:
    from omise_token_gui.core.endpoint import retrieve_curl

    with pytest.raises(AppError):
        retrieve_curl("https://skey_live_x:@vault.omise.co", "tokn_test_abc")
    with pytest.raises(KeyRejected):
        retrieve_curl("https://vault.omise.co", "tokn_test_abc", "skey_test_abc")


separators = st.sampled_from(["", " ", "-", ".", "/"])


@given(
    st.text(alphabet="0123456789", min_size=12, max_size=19),
    separators,
    st.integers(2, 6),
    st.text(alphabet="abc XYZ:,", max_size=10),
)
def test_any_spelling_of_a_card_number_is_scrubbed(
    digits: str, sep: str, group: int, around: str
) -> None:
    from omise_token_gui.core.answers import number_spellings, scrub_answer

    spelled = sep.join(digits[i : i + group] for i in range(0, len(digits), group))
    body: dict[str, object] = {
        "card": {"name": f"{around}{spelled}{around}", "security_code": "123", "cvv": 1234}
    }
    body["description"] = f"cvv {123} number {spelled}"
    known = scrub_answer(body, number_spellings(spelled), "123")
    unknown = scrub_answer(body)  # a refresh: the typed number is not known
    for out in (known, unknown):
        text = json.dumps(out, ensure_ascii=False)
        assert digits not in text.replace(sep, "") if sep else digits not in text
        assert out["card"]["security_code"] == "•••"
        assert out["card"]["cvv"] == "•••"
        assert out["description"].startswith("cvv •••")


def test_scrubbing_keeps_ids_and_the_security_code_check() -> None:
    from omise_token_gui.core.answers import scrub_answer

    body = dict(TOKEN_2019, id="tokn_test_63440m1z407jm6hgxtu")
    body["location"] = "/tokens/tokn_test_63440m1z407jm6hgxtu"
    assert scrub_answer(body) == body
    dressed = dict(TOKEN_2019, note="card_4242424242424242", other="4242_4242 4242\u00a04242")
    scrubbed = json.dumps(scrub_answer(dressed), ensure_ascii=False)
    assert "4242424242424242" not in scrubbed
    assert "4242_4242" not in scrubbed


def test_parse_is_defensive() -> None:
    from omise_token_gui.core.answers import Token, parse_datetime, pretty_json

    assert parse_datetime("9999-12-31T23:59:59Z") is None
    assert parse_datetime("9999-12-31T23:59:59-12:00") is None
    assert parse_datetime("0001-01-01T00:00:00+14:00") is None
    assert parse_datetime("2025-03-20T09:12:01+07:00") is not None
    token = Token.parse(
        dict(
            TOKEN_2019,
            charge_status="<b>x</b>",
            card=dict(TOKEN_2019["card"], last_digits="12<3", name="N" * 9999, expiration_month=99),
        ),
        "{}",
    )
    assert token.charge_status == "unknown"
    assert token.card is not None
    assert token.card.last_digits is None
    assert token.card.name == "N" * 255
    assert token.card.expiration_month is None
    deep: object = []
    for _ in range(900):
        deep = [deep]
    assert pretty_json(json.dumps({"x": deep}))  # never raises


def test_an_answer_bigger_than_the_cap_is_refused() -> None:
    from omise_token_gui.core.answers import MAX_ANSWER_BYTES

    big = answer_with(card=dict(TOKEN_2019["card"], name="A" * MAX_ANSWER_BYTES))
    error = failing(big)
    assert error.kind is ErrorKind.MALFORMED
    assert "larger than" in error.human


# ---------------------------------------------------------------- the final-request guard


@given(st.one_of(st.text(max_size=40), near_misses()), st.sampled_from(["", "x"]))
def test_only_a_public_test_key_leaves_in_the_final_request(user: str, password: str) -> None:
    from omise_token_gui.core.transport import make_http_client

    rec = Recorder()

    async def go() -> None:
        async with make_http_client(inner=httpx.MockTransport(rec.handle)) as http:
            header = "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()
            with contextlib.suppress(AppError):
                await http.get(
                    "https://vault.omise.co/tokens/tokn_test_abc",
                    headers={"Authorization": header},
                )

    run(go())
    verdict = classify(user)
    ok = verdict.accepted and verdict.key == user and password == "" and ":" not in user
    assert len(rec.requests) == (1 if ok else 0)


def test_long_strings_are_clipped_and_names_scrubbed_before_anything_shows_them() -> None:
    from omise_token_gui.core.answers import MAX_KEPT_STRING

    body = dict(TOKEN_2019, description="A" * 30_000)
    body["4242424242424242"] = True
    body["as_number"] = 4242424242424242
    body["as_float"] = 4242424242424242.0
    token = create(Recorder(lambda r: httpx.Response(200, json=body)))
    stored = json.loads(token.raw_json)
    assert len(stored["description"]) < MAX_KEPT_STRING + 20
    assert "4242424242424242" not in token.raw_json
    assert stored["as_number"] == stored["as_float"] == "••••4242"


def test_a_non_json_error_page_is_scrubbed_too() -> None:
    error = failing(httpx.Response(502, text="<p>card 4242 4242 4242 4242 cvv 123</p>"))
    assert error.kind is ErrorKind.SERVER
    assert error.body is not None
    assert "4242 4242 4242 4242" not in error.body
    assert "cvv 123" not in error.body


@pytest.mark.parametrize(
    ("host", "loopback"),
    [
        ("127.0.0.1", True),
        ("127.8.9.10", True),
        ("[::1]", True),
        ("::ffff:127.0.0.1", True),
        ("localhost", True),
        ("LOCALHOST.", True),
        ("app.localhost", True),
        ("localhost.evil.example", False),
        ("128.0.0.1", False),
        ("::ffff:10.0.0.1", False),
        ("vault.omise.co", False),
    ],
)
def test_every_spelling_of_this_computer_counts_as_loopback(host: str, loopback: bool) -> None:
    """Loopback never goes through a proxy: its spellings must all be known."""
    from omise_token_gui.core.endpoint import is_loopback

    assert is_loopback(host) is loopback


@given(st.text(alphabet="0123456789abcdefxn-.:[]", min_size=1, max_size=24))
def test_an_accepted_host_is_one_httpx_can_send_to(host: str) -> None:
    """A URL the policy accepts never makes httpx fail when the request is built."""
    try:
        url = check_base_url("https://" + host)
    except AppError:
        return
    httpx.Request("GET", url + "/tokens")


@pytest.mark.parametrize("tail", ["000000000000", "a000000000000", "4242424242424242x"])
def test_an_id_hiding_twelve_digits_is_refused_not_stored(tail: str) -> None:
    rec = Recorder(lambda r: answer_with(id="tokn_test_" + tail))
    with pytest.raises(AppError):
        create(rec)
