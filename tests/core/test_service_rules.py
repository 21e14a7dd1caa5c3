"""The rules that live in TokenService, not in the widgets: which tokens
auto-refresh asks about, what a key check's answer means, how a token's curl is composed;
and the Sandbox charge, now a VaultClient call through the guarded client."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace

import httpx
import pytest

from omise_token_gui.core.endpoint import Endpoint
from omise_token_gui.core.errors import ErrorKind, UrlRejected, VaultError
from omise_token_gui.core.history import HistoryStore
from omise_token_gui.core.key_check import CHECK_TOKEN_ID, KeyVerdict
from omise_token_gui.core.keys import KeyRejected
from omise_token_gui.core.service import TokenService
from omise_token_gui.core.settings import SANDBOX_KEY, Profile, Settings
from omise_token_gui.core.transport import SANDBOX_CHARGE_KEY, make_http_client
from omise_token_gui.core.vault import Charge, VaultClient
from tests.helpers import TEST_KEY, Recorder, records, run

SANDBOX_URL = "http://127.0.0.1:40001"
QA_URL = "https://vault.example.test"
Answer = Callable[[httpx.Request], httpx.Response]


@pytest.fixture
def store() -> Iterator[HistoryStore]:
    store = HistoryStore(":memory:")
    yield store
    store.close()


def settings_with_qa() -> Settings:
    settings = Settings()
    settings.upsert(Profile(name="QA", public_key=TEST_KEY, vault_url=QA_URL))
    return settings


def make_service(
    store: HistoryStore, answer: Answer | None = None, settings: Settings | None = None
) -> tuple[TokenService, Recorder]:
    recorder = Recorder(answer)
    profiles = (settings or settings_with_qa()).profile
    return TokenService(recorder.client(), store, profiles, sandbox_url=SANDBOX_URL), recorder


def omise_error(status: int, code: str) -> Answer:
    body = {"object": "error", "location": "", "code": code, "message": code}
    return lambda request: httpx.Response(status, json=body)


# ---------------------------------------------------------------- auto-refresh
def test_auto_refresh_asks_only_vaults_that_can_know_the_token(store: HistoryStore) -> None:
    sandbox_old_port, qa_here, qa_moved, orphan, used = records(5)
    qa_base = Endpoint(QA_URL).base_url
    store.add_many(
        [
            replace(sandbox_old_port, vault_url="http://127.0.0.1:39999"),  # Sandbox: any port
            replace(qa_here, profile="QA", vault_url=qa_base),
            replace(qa_moved, profile="QA", vault_url="https://old-vault.example.test"),
            replace(orphan, profile="Deleted profile"),
            used,
        ]
    )
    store.update_status(used.token_id, used=True, charge_status="successful")  # final
    service, recorder = make_service(store)
    assert sorted(service.auto_refresh_ids(50)) == sorted(
        [sandbox_old_port.token_id, qa_here.token_id]
    )
    assert recorder.requests == []  # choosing sends nothing


def test_auto_refresh_takes_at_most_its_batch(store: HistoryStore) -> None:
    store.add_many(records(12))
    service, _ = make_service(store)
    assert len(service.auto_refresh_ids(5)) == 5
    assert len(service.ids_to_refresh()) == 12


# ---------------------------------------------------------------- check key
@pytest.mark.parametrize(
    ("answer", "verdict", "kind"),
    [
        (omise_error(404, "not_found"), KeyVerdict.WORKS, None),
        (omise_error(401, "authentication_failure"), KeyVerdict.REFUSED, ErrorKind.AUTHENTICATION),
        (omise_error(503, "service_unavailable"), KeyVerdict.UNKNOWN, ErrorKind.SERVER),
    ],
)
def test_what_a_key_checks_answer_means(
    store: HistoryStore, answer: Answer, verdict: KeyVerdict, kind: ErrorKind | None
) -> None:
    service, recorder = make_service(store, answer)
    profile = settings_with_qa().profile("QA")
    assert profile is not None
    check = run(service.check_key(profile))
    assert check.verdict is verdict
    assert check.works is (verdict is KeyVerdict.WORKS)
    assert check.refused is (verdict is KeyVerdict.REFUSED)
    assert (check.error.kind if check.error else None) is kind
    assert [r.url.path for r in recorder.requests] == [f"/tokens/{CHECK_TOKEN_ID}"]


def test_a_token_answer_to_a_key_check_tells_nothing(store: HistoryStore) -> None:
    service, _ = make_service(store)  # the Recorder answers a token
    profile = settings_with_qa().profile("QA")
    assert profile is not None
    check = run(service.check_key(profile))
    assert check.verdict is KeyVerdict.UNKNOWN


# ---------------------------------------------------------------- curl
def test_a_sandbox_tokens_curl_names_todays_sandbox_and_its_key(store: HistoryStore) -> None:
    record = replace(records(1)[0], vault_url="http://127.0.0.1:39999")
    service, _ = make_service(store)
    command = service.curl_for(record)
    assert command == (f'curl {SANDBOX_URL}/tokens/{record.token_id} -u "{SANDBOX_KEY}:"')


def test_a_real_vaults_curl_leaves_the_key_to_the_shell(store: HistoryStore) -> None:
    record = replace(records(1)[0], profile="QA", vault_url=QA_URL)
    service, _ = make_service(store)
    command = service.curl_for(record)
    assert command == f'curl {QA_URL}/tokens/{record.token_id} -u "${{OMISE_PUBLIC_KEY}}:"'
    assert TEST_KEY not in command


def test_a_stored_url_the_policy_refuses_gives_no_curl(store: HistoryStore) -> None:
    record = replace(records(1)[0], profile="QA", vault_url="http://vault.example.test")
    service, _ = make_service(store)
    with pytest.raises(UrlRejected) as info:
        service.curl_for(record)
    assert info.value.kind is ErrorKind.URL_REJECTED


# ---------------------------------------------------------------- charge
def test_create_charge_posts_the_token_with_the_key_it_is_given() -> None:
    recorder = Recorder(
        lambda r: httpx.Response(200, json={"status": "failed", "failure_code": "x_fund"})
    )

    async def go() -> Charge:
        async with recorder.client() as http:
            client = VaultClient(http, Endpoint(SANDBOX_URL, timeout_s=5.0))
            return await client.create_charge("tokn_test_1", SANDBOX_CHARGE_KEY, 1234)

    assert run(go()) == Charge(status="failed", failure_code="x_fund")
    (request,) = recorder.requests
    assert (request.method, str(request.url)) == ("POST", f"{SANDBOX_URL}/charges")
    assert request.content == b"amount=1234&currency=thb&card=tokn_test_1"


@pytest.mark.parametrize(
    ("answer", "kind"),
    [
        (omise_error(400, "used_token"), ErrorKind.USED_TOKEN),
        (lambda r: httpx.Response(200, content=b"\xff not json"), ErrorKind.CONNECTION),
    ],
)
def test_a_refused_or_garbled_charge_is_a_vault_error(answer: Answer, kind: ErrorKind) -> None:
    async def go() -> None:
        async with Recorder(answer).client() as http:
            await VaultClient(http, Endpoint(SANDBOX_URL)).create_charge(
                "tokn_test_1", SANDBOX_CHARGE_KEY, 100
            )

    with pytest.raises(VaultError) as info:
        run(go())
    assert info.value.kind is kind


def test_the_guarded_client_lets_the_charge_key_reach_only_the_sandbox() -> None:
    """Through the app's own client (the one the service uses): the built-in secret test
    key is refused before a byte leaves for any URL but ``<sandbox URL>/charges``."""
    recorder = Recorder(lambda r: httpx.Response(200, json={"status": "successful"}))
    inner = httpx.MockTransport(recorder.handle)

    async def go(base: str) -> Charge:
        async with make_http_client(sandbox_url=SANDBOX_URL, inner=inner) as http:
            return await VaultClient(http, Endpoint(base)).create_charge(
                "tokn_test_1", SANDBOX_CHARGE_KEY, 100
            )

    assert run(go(SANDBOX_URL)).status == "successful"
    for elsewhere in (QA_URL, "http://127.0.0.1:40002"):
        with pytest.raises(KeyRejected):
            run(go(elsewhere))
    assert len(recorder.requests) == 1
