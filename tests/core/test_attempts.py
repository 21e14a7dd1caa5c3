"""The attempt log (issue 16): every create attempt kept, whatever its end, with no card data;
the create answer kept beside the latest refresh; a token's status over time; tags, notes."""

from __future__ import annotations

import asyncio
import json
import re
import sqlite3
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from omise_token_gui.core import attempts
from omise_token_gui.core.errors import AppError, ErrorKind
from omise_token_gui.core.evidence import Attempt, Outcome
from omise_token_gui.core.history import HistoryFilter, HistoryStore, TokenRecord
from omise_token_gui.core.service import TokenService
from omise_token_gui.core.settings import Profile, Settings
from tests.helpers import TEST_KEY, TOKEN_2019, TOKEN_USED, Recorder, card, run

QA_URL = "https://vault.example.test"
NUMBER = "4111 1111 1114 0011"  # a catalog card: insufficient_fund
TYPED = "4532 0151 1283 0366"  # a valid Visa number the catalog does not hold
CODE = "987"
Answer = Callable[[httpx.Request], httpx.Response]
TIME_AND_NUMBER_COLUMNS = {"at", "created_at", "refreshed_at", "duration_ms", "attempt_id"}


@pytest.fixture
def store(tmp_path: Path) -> Iterator[HistoryStore]:
    store = HistoryStore(tmp_path / "history.sqlite3")
    yield store
    store.close()


def qa_settings(key: str = TEST_KEY, url: str = QA_URL) -> Settings:
    settings = Settings()
    settings.profiles.append(Profile(name="QA", public_key=key, vault_url=url))
    return settings


def qa(settings: Settings) -> Profile:
    found = settings.profile("QA")
    assert found is not None
    return found


def service(store: HistoryStore, answer: Answer | None = None) -> tuple[TokenService, Recorder]:
    recorder = Recorder(answer)
    return TokenService(recorder.client(), store, qa_settings().profile), recorder


def token_answer(number: str = NUMBER, **changes: object) -> Answer:
    body = json.loads(json.dumps(TOKEN_2019))
    body["card"]["last_digits"] = re.sub(r"\D", "", number)[-4:]
    body.update(changes)
    return lambda request: httpx.Response(200, json=body)


def omise_error(status: int, code: str, message: str) -> Answer:
    body = {"object": "error", "location": "", "code": code, "message": message}
    return lambda request: httpx.Response(status, json=body)


def spellings(number: str) -> list[str]:
    digits = re.sub(r"\D", "", number)
    return [digits, number, "-".join(number.split()), " ".join(digits)]


def assert_no_card_data(store: HistoryStore, number: str, code: str = CODE) -> None:
    """No spelling of the number, and not the security code, in any stored field, nor in
    the file's bytes (WAL included: checkpointed first)."""
    db = sqlite3.connect(store.path)
    try:
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        for table in ("tokens", "attempts", "token_events"):
            cursor = db.execute(f"SELECT * FROM {table}")
            names = [d[0] for d in cursor.description]
            for row in cursor:
                for name, value in zip(names, row, strict=True):
                    text = str(value)
                    for spelling in spellings(number):
                        assert spelling not in text, (table, text)
                    if name in TIME_AND_NUMBER_COLUMNS:  # digits of their own
                        continue
                    assert not re.search(rf"(?<!\d){code}(?!\d)", text), (table, name, text)
    finally:
        db.close()
    raw = store.path.read_bytes()
    for spelling in spellings(number):
        assert spelling.encode() not in raw


def only_attempt(store: HistoryStore) -> Attempt:
    rows = attempts.select(store)
    assert len(rows) == 1
    return rows[0].attempt


# ------------------------------------------------------------------- outcomes
def test_a_created_token_is_recorded_with_its_attempt(store: HistoryStore) -> None:
    svc, _ = service(store, token_answer())
    record = run(
        svc.create(card(NUMBER, security_code=CODE), qa(qa_settings()), test_key=" QA-1 ", note="n")
    )
    attempt = only_attempt(store)
    assert attempt.outcome is Outcome.CREATED
    assert attempt.token_id == record.token_id
    assert (attempt.brand, attempt.last4, attempt.scenario) == ("Visa", "0011", "insufficient_fund")
    assert (attempt.test_key, attempt.note, record.test_key, record.note) == ("QA-1", "n") * 2
    assert attempt.duration_ms is not None
    assert attempt.duration_ms >= 0
    assert attempt.profile == "QA"
    assert attempt.vault_url.startswith(QA_URL)
    request = json.loads(attempt.request_json)
    assert request["name"] == "Somchai Prasert"
    assert request["city"] == "Bangkok"
    assert "number" not in request
    assert "security_code" not in request
    assert json.loads(attempt.answer_json)["id"] == record.token_id
    assert [e.kind for e in attempts.events(store, record.token_id)] == ["created"]
    assert_no_card_data(store, NUMBER)


@pytest.mark.parametrize(
    ("key", "code"),
    [
        ("pkey_live_5xs8breq3htbkj03d2x", "live_key"),
        ("skey_live_5xs8breq3htbkj03d2x", "live_key"),
        ("skey_test_5xs8breq3htbkj03d2x", "secret_key"),
        ("", "not_test_key"),
        ("ckey_5xs8breq3htbkj03d2x", "not_test_key"),
    ],
)
def test_a_refused_key_is_recorded_with_its_rule(store: HistoryStore, key: str, code: str) -> None:
    recorder = Recorder()
    profile = Profile(name="QA", public_key=key, vault_url=QA_URL)
    svc = TokenService(recorder.client(), store, qa_settings().profile)
    with pytest.raises(AppError) as info:
        run(svc.create(card(TYPED, security_code=CODE), profile))
    assert info.value.kind is ErrorKind.KEY_REJECTED
    attempt = only_attempt(store)
    assert (attempt.outcome, attempt.error_code) == (Outcome.REFUSED, code)
    assert recorder.requests == []
    assert key[10:] not in store.path.read_bytes().decode("utf-8", "replace") or not key
    assert_no_card_data(store, TYPED)


def test_a_refused_url_is_recorded_as_the_url_policy(store: HistoryStore) -> None:
    recorder = Recorder()
    settings = qa_settings(url="http://vault.example.test")  # plain http off this computer
    svc = TokenService(recorder.client(), store, settings.profile)
    with pytest.raises(AppError):
        run(svc.create(card(TYPED), qa(settings)))
    attempt = only_attempt(store)
    assert (attempt.outcome, attempt.error_code) == (Outcome.REFUSED, "url_policy")
    assert recorder.requests == []


def test_a_proxy_the_plan_refuses_is_recorded_as_the_proxy_policy(store: HistoryStore) -> None:
    """The guarded transport refuses before a byte leaves (a SOCKS proxy): refused here, not
    a network fault."""
    from omise_token_gui.core.proxy import plan_from
    from omise_token_gui.core.transport import make_http_client

    recorder = Recorder()
    plan = plan_from({"https": "socks5://proxy.example.test:1080"})
    http = make_http_client(plan=plan, inner=httpx.MockTransport(recorder.handle))
    svc = TokenService(http, store, qa_settings().profile)
    with pytest.raises(AppError):
        run(svc.create(card(TYPED), qa(qa_settings())))
    attempt = only_attempt(store)
    assert (attempt.outcome, attempt.error_code) == (Outcome.REFUSED, "proxy_policy")
    assert "SOCKS" in attempt.error_message
    assert recorder.requests == []
    run(http.aclose())


def test_an_invalid_card_is_recorded_with_its_fields_not_their_values(
    store: HistoryStore,
) -> None:
    svc, recorder = service(store)
    bad = "4242 4242 4242 4241"  # fails Luhn
    with pytest.raises(AppError):
        run(svc.create(card(bad, security_code="97", expiration_month="13"), qa(qa_settings())))
    attempt = only_attempt(store)
    assert (attempt.outcome, attempt.error_code) == (Outcome.REFUSED, "invalid_card")
    assert "number" in attempt.error_message
    assert "expiration_month" in attempt.error_message
    assert attempt.last4 == "4241"
    assert attempt.token_id is None
    assert recorder.requests == []
    assert_no_card_data(store, bad, code="97")


def test_a_vault_error_is_recorded_with_omises_code_and_message(store: HistoryStore) -> None:
    svc, _ = service(store, omise_error(400, "invalid_card", "number is invalid"))
    with pytest.raises(AppError):
        run(svc.create(card(TYPED, security_code=CODE), qa(qa_settings()), allow_invalid=True))
    attempt = only_attempt(store)
    assert attempt.outcome is Outcome.VAULT_ERROR
    assert (attempt.error_code, attempt.error_message) == ("invalid_card", "number is invalid")
    assert attempt.send_anyway
    assert json.loads(attempt.answer_json)["code"] == "invalid_card"
    assert_no_card_data(store, TYPED)


def test_a_server_error_without_a_code_and_a_rate_limit_are_vault_errors(
    store: HistoryStore,
) -> None:
    svc, _ = service(store, lambda r: httpx.Response(503, text="down"))
    with pytest.raises(AppError):
        run(svc.create(card(TYPED), qa(qa_settings())))
    svc, _ = service(store, omise_error(429, "rate_limit_exceeded", "slow down"))
    with pytest.raises(AppError):
        run(svc.create(card(TYPED), qa(qa_settings())))
    rows = attempts.select(store)
    assert [(r.attempt.outcome, r.attempt.error_code) for r in rows] == [
        (Outcome.VAULT_ERROR, "server_error"),
        (Outcome.VAULT_ERROR, "rate_limit_exceeded"),
    ]


def _timeout(request: httpx.Request) -> httpx.Response:
    raise httpx.ReadTimeout("slow", request=request)


def _refused(request: httpx.Request) -> httpx.Response:
    raise httpx.ConnectError("refused", request=request)


@pytest.mark.parametrize(
    ("answer", "code"),
    [
        (_timeout, "timeout"),
        (_refused, "connection_error"),
        (lambda r: httpx.Response(200, text="<html>"), "malformed_answer"),
        (lambda r: httpx.Response(200, content=b"x" * 40_000), "malformed_answer"),
        (token_answer(livemode=True), "livemode_refused"),
    ],
)
def test_a_network_fault_is_recorded(store: HistoryStore, answer: Answer, code: str) -> None:
    svc, _ = service(store, answer)
    with pytest.raises(AppError):
        run(svc.create(card(TYPED, security_code=CODE), qa(qa_settings())))
    attempt = only_attempt(store)
    assert (attempt.outcome, attempt.error_code) == (Outcome.NETWORK, code)
    assert attempt.error_message
    assert_no_card_data(store, TYPED)


def test_a_cancelled_create_is_recorded_then_cancelled(store: HistoryStore) -> None:
    started = asyncio.Event()

    async def hang(request: httpx.Request) -> httpx.Response:
        started.set()
        await asyncio.Event().wait()
        raise AssertionError("not reached")

    recorder = Recorder(hang)
    svc = TokenService(recorder.client(), store, qa_settings().profile)

    async def go() -> None:
        task = asyncio.ensure_future(
            svc.create(card(TYPED, security_code=CODE), qa(qa_settings()), test_key="QA-9")
        )
        await started.wait()
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task

    run(go())
    attempt = only_attempt(store)
    assert (attempt.outcome, attempt.error_code, attempt.test_key) == (
        Outcome.CANCELLED,
        None,
        "QA-9",
    )
    assert attempt.last4 == "0366"
    assert_no_card_data(store, TYPED)


def test_a_history_that_refuses_a_failed_attempt_does_not_change_the_error() -> None:
    refusing = HistoryStore.stand_in("repairing")
    try:
        svc, _ = service(refusing, omise_error(400, "invalid_card", "number is invalid"))
        with pytest.raises(AppError) as info:
            run(svc.create(card(TYPED), qa(qa_settings())))
        assert info.value.code == "invalid_card"
        assert [a.outcome for a in svc.unsaved_attempts] == [Outcome.VAULT_ERROR]
    finally:
        refusing.close()
    with HistoryStore(":memory:") as store:  # the history usable again (repaired)
        svc.history = store
        with pytest.raises(AppError):
            run(svc.create(card(TYPED), qa(qa_settings()), test_key="QA-2"))
        assert svc.unsaved_attempts == []
        assert [r.attempt.outcome for r in attempts.select(store)] == [Outcome.VAULT_ERROR] * 2


def test_a_number_typed_into_another_field_is_not_kept(store: HistoryStore) -> None:
    svc, _ = service(store, omise_error(400, "invalid_card", "name is invalid"))
    with pytest.raises(AppError):
        run(
            svc.create(
                card(TYPED, name=f"paste {TYPED}", city=TYPED.replace(" ", "")),
                qa(qa_settings()),
                note=f"card {TYPED}",
                allow_invalid=True,
            )
        )
    assert_no_card_data(store, TYPED)


# ------------------------------------------------------------- answers, events
def test_the_create_answer_is_kept_after_a_refresh_and_events_follow(store: HistoryStore) -> None:
    answers = [token_answer("4242")(httpx.Request("POST", QA_URL))]
    used = httpx.Response(200, json=TOKEN_USED)
    svc, _ = service(store, lambda r: answers[0] if r.method == "POST" else used)
    record = run(svc.create(card(TYPED), qa(qa_settings())))
    run(svc.refresh(record.token_id))
    run(svc.refresh(record.token_id))  # nothing changed: no new event
    stored = store.get(record.token_id)
    assert stored is not None
    assert json.loads(stored.raw_json)["card"] is None
    created = attempts.created_json(store, record.token_id)
    assert created is not None
    assert json.loads(created)["card"]["last_digits"] == "4242"
    events = attempts.events(store, record.token_id)
    assert [(e.kind, e.used) for e in events] == [("created", False), ("changed", True)]


# ------------------------------------------------------------- tags and notes
def test_tag_and_note_per_attempt_and_per_token(store: HistoryStore) -> None:
    svc, _ = service(store, token_answer())
    record = run(svc.create(card(NUMBER), qa(qa_settings())))
    attempt = only_attempt(store)
    attempts.set_tag(store, record.token_id, "QA-7")
    assert attempts.get(store, attempt.attempt_id).test_key == "QA-7"  # type: ignore[union-attr]
    attempts.set_note(store, attempt.attempt_id, "seen the 3DS page")
    stored = store.get(record.token_id)
    assert stored is not None
    assert (stored.test_key, stored.note) == ("QA-7", "seen the 3DS page")
    with pytest.raises(KeyError):
        attempts.set_tag(store, "tokn_test_unknown", "x")
    attempts.set_note(store, record.token_id, f"pasted {TYPED} by mistake")
    kept = store.get(record.token_id)
    assert kept is not None
    assert TYPED not in kept.note
    assert "pasted" in kept.note
    attempts.set_note(store, attempt.attempt_id, "seen the 3DS page")
    assert attempts.count(store, HistoryFilter(text="qa-7")) == 1
    assert attempts.count(store, HistoryFilter(text="3DS"), tokens_only=True) == 1


def test_select_by_tag_since_ids_and_filter(store: HistoryStore) -> None:
    t0 = datetime(2026, 12, 1, tzinfo=UTC)
    for i, (tag, outcome) in enumerate(
        [("QA-1", Outcome.REFUSED), ("qa-1", Outcome.VAULT_ERROR), ("QA-2", Outcome.NETWORK)]
    ):
        attempts.record(
            store,
            Attempt(
                attempt_id=f"atmp_{i:032x}",
                at=t0 + timedelta(hours=i),
                profile="QA",
                vault_url=QA_URL,
                outcome=outcome,
                test_key=tag,
                error_code="invalid_card" if i == 1 else None,
            ),
        )
    assert [r.attempt.attempt_id[-1] for r in attempts.select(store, tag="QA-1")] == ["0", "1"]
    since = attempts.select(store, since=t0 + timedelta(minutes=30))
    assert [r.attempt.attempt_id[-1] for r in since] == ["1", "2"]
    assert len(attempts.select(store, ids=[f"atmp_{2:032x}"])) == 1
    assert attempts.select(store, ids=[]) == []
    found = attempts.select(store, where=HistoryFilter(text="invalid_card"))
    assert [r.attempt.attempt_id[-1] for r in found] == ["1"]
    assert attempts.select(store, filter=HistoryFilter(text="invalid_card")) == found
    assert attempts.count(store) == 3
    assert attempts.count(store, tokens_only=True) == 0
    page = attempts.page(store, limit=2)
    assert [r.attempt.attempt_id[-1] for r in page] == ["2", "1"]
    assert all(r.token is None for r in page)


# -------------------------------------------------------------------- migration
def test_a_schema_3_history_gains_attempts_and_events(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    db = sqlite3.connect(path, isolation_level=None)
    from omise_token_gui.core.history import _MIGRATIONS

    for script in _MIGRATIONS[:3]:
        for statement in script.split(";"):
            if statement.strip():
                db.execute(statement)
    db.execute("CREATE TABLE schema_version (version INTEGER NOT NULL)")
    db.execute("INSERT INTO schema_version VALUES (3)")
    db.execute(
        "INSERT INTO tokens (token_id, created_at, profile, vault_url, raw_json, used, "
        "charge_status, note, brand, last4) VALUES "
        "('tokn_test_old1', '2026-01-01T00:00:00.000000+00:00', 'Sandbox', 'u', '{\"a\":1}', "
        "1, 'successful', 'kept', 'Visa', '4242'), "
        "('tokn_test_old2', '2026-01-02T00:00:00.000000+00:00', 'Sandbox', 'u', '{}', 0, "
        "'unknown', '', 'Visa', '1111')"
    )
    db.close()
    with HistoryStore(path) as store:
        assert store.schema_version() == 4
        rows = attempts.select(store, tokens_only=True)
        assert [r.attempt.token_id for r in rows] == ["tokn_test_old1", "tokn_test_old2"]
        assert all(r.attempt.outcome is Outcome.CREATED for r in rows)
        assert rows[0].attempt.note == "kept"
        assert rows[0].token is not None
        assert attempts.created_json(store, "tokn_test_old1") == '{"a":1}'
        kinds = [(e.kind, e.charge_status) for e in attempts.events(store, "tokn_test_old1")]
        assert kinds == [("created", "unknown"), ("changed", "successful")]
        assert [e.kind for e in attempts.events(store, "tokn_test_old2")] == ["created"]
        record = store.get("tokn_test_old1")
        assert isinstance(record, TokenRecord)
        assert record.test_key == ""


# ------------------------------------------------------------------ salvage
def test_salvage_keeps_the_attempts_and_events_with_the_tokens(tmp_path: Path) -> None:
    """A repair copies the attempt log too: failed attempts, create attempts (tag, note,
    create answer) and events; a schema 3 file (no log) gives tokens that read with a
    made-up create attempt."""
    from omise_token_gui.core.history import salvage

    damaged = tmp_path / "damaged.sqlite3"
    with HistoryStore(damaged) as old:
        svc, _ = service(old, token_answer())
        made = run(svc.create(card(NUMBER), qa(qa_settings()), test_key="QA-3", note="n"))
        old.update_status(made.token_id, used=True, charge_status="failed")
        svc, _ = service(old, omise_error(400, "invalid_card", "number is invalid"))
        with pytest.raises(AppError):
            run(svc.create(card(TYPED), qa(qa_settings()), test_key="QA-3"))
    with HistoryStore(":memory:") as into:
        assert salvage(damaged, into) == 1
        rows = attempts.select(into)
        assert [r.attempt.outcome for r in rows] == [Outcome.CREATED, Outcome.VAULT_ERROR]
        assert [r.attempt.test_key for r in rows] == ["QA-3", "QA-3"]
        assert attempts.created_json(into, made.token_id) is not None
        assert [e.kind for e in attempts.events(into, made.token_id)] == ["created", "changed"]
        assert attempts.count(into, HistoryFilter(text="QA-3"), tokens_only=True) == 1
    schema_3 = tmp_path / "schema3.sqlite3"
    db = sqlite3.connect(schema_3, isolation_level=None)
    db.execute(
        "CREATE TABLE tokens (token_id TEXT PRIMARY KEY, created_at TEXT NOT NULL, "
        "profile TEXT NOT NULL, vault_url TEXT NOT NULL, raw_json TEXT NOT NULL)"
    )
    db.execute(
        "INSERT INTO tokens VALUES ('tokn_test_old', '2026-01-01T00:00:00+00:00', 'Sandbox', "
        "'u', '{}')"
    )
    db.close()
    with HistoryStore(":memory:") as into:
        assert salvage(schema_3, into) == 1
        (row,) = attempts.page(into)
        assert (row.attempt.token_id, row.attempt.outcome) == ("tokn_test_old", Outcome.CREATED)
        assert [e.kind for e in attempts.events(into, "tokn_test_old")] == ["created"]


def test_a_token_without_its_attempt_reads_as_created(store: HistoryStore) -> None:
    store.add(
        TokenRecord(
            token_id="tokn_test_lonely",
            created_at=datetime(2026, 1, 1, tzinfo=UTC),
            profile="Sandbox",
            vault_url="u",
            raw_json="{}",
            test_key="QA-4",
        )
    )
    (row,) = attempts.page(store, tokens_only=True)
    assert row.attempt.attempt_id == ""
    assert row.attempt.outcome is Outcome.CREATED
    assert row.attempt.test_key == "QA-4"
    assert row.token is not None
    assert attempts.page(store) == []  # the all-attempts view lists recorded attempts
    assert attempts.clear_counts(store, attempts.ClearScope(tag="qa-4")).attempts == 1


# ------------------------------------------------------------- property: no card data
@st.composite
def typed_numbers(draw: st.DrawFn) -> str:
    """A card number of 13-19 digits, typed with or without spaces or dashes."""
    digits = draw(st.text("0123456789", min_size=13, max_size=19))
    sep = draw(st.sampled_from(["", " ", "-"]))
    return sep.join(digits[i : i + 4] for i in range(0, len(digits), 4))


@settings(max_examples=60)
@given(
    number=typed_numbers(),
    where=st.sampled_from(["name", "city", "street1", "note", "tag"]),
    answer=st.sampled_from(["invalid", "echo", "timeout"]),
)
def test_no_spelling_of_the_number_is_ever_kept(number: str, where: str, answer: str) -> None:
    """Whatever the end (refused here, a vault error that echoes the number, a timeout) and
    wherever the number is typed as well, no spelling of it is in any stored field."""
    digits = re.sub(r"\D", "", number)

    def reply(request: httpx.Request) -> httpx.Response:
        if answer == "timeout":
            raise httpx.ReadTimeout("slow", request=request)
        message = f"number {number} is invalid ({digits})"
        return httpx.Response(
            400, json={"object": "error", "code": "invalid_card", "message": message}
        )

    extra = {where: f"x {number}"} if where not in ("note", "tag") else {}
    with HistoryStore(":memory:") as store:
        svc, _ = service(store, reply)
        with pytest.raises(AppError):
            run(
                svc.create(
                    card(number, **extra),
                    qa(qa_settings()),
                    allow_invalid=answer != "invalid",
                    note=f"see {number}" if where == "note" else "",
                    test_key=number if where == "tag" else "",
                )
            )
        (row,) = attempts.select(store)
        text = json.dumps([str(getattr(row.attempt, n)) for n in attempts.ATTEMPT_COLUMNS])
        for spelling in {number, digits, number.replace(" ", "-")}:
            assert spelling not in text
