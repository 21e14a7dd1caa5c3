"""The error tree of core/errors.py: each failure is the class that says what it is, every
one an ``AppError`` with its ``ErrorKind``, and every error is built whole."""

from __future__ import annotations

import ast
import asyncio
from collections.abc import Callable
from dataclasses import fields
from datetime import UTC, datetime
from pathlib import Path

import pytest

from omise_token_gui.core.answers import require_test_token_id
from omise_token_gui.core.cards import CardInput
from omise_token_gui.core.endpoint import check_base_url
from omise_token_gui.core.errors import (
    AppError,
    ErrorKind,
    InvalidInput,
    PolicyRefused,
    ProfileError,
    StorageError,
    UrlRejected,
    VaultError,
)
from omise_token_gui.core.history import (
    HistoryDamaged,
    HistoryError,
    HistoryRepairing,
    HistoryUnavailable,
    HistoryWriteError,
    TokenRecord,
)
from omise_token_gui.core.keys import KeyRejected, LiveKeyBlocked, require_public_test_key
from omise_token_gui.core.service import TokenNotSaved
from omise_token_gui.core.settings import Profile, SettingsSaveError, check_profile

PKG = Path(__file__).resolve().parents[2] / "omise_token_gui"
TEST_KEY = "pkey_test_5xs8breq3htbkj03d2x"


def _raised(action: Callable[[], object]) -> AppError:
    with pytest.raises(AppError) as info:
        action()
    return info.value


@pytest.mark.parametrize(
    ("action", "cls", "kind"),
    [
        (lambda: check_base_url("ftp://x"), UrlRejected, ErrorKind.URL_REJECTED),
        (lambda: require_public_test_key("skey_test_abc"), KeyRejected, ErrorKind.KEY_REJECTED),
        (lambda: require_public_test_key("pkey_live_abc"), LiveKeyBlocked, ErrorKind.KEY_REJECTED),
        (lambda: require_test_token_id("tokn_x"), InvalidInput, ErrorKind.BAD_REQUEST),
        (
            lambda: check_profile(Profile(name=" ", public_key=TEST_KEY)),
            ProfileError,
            ErrorKind.PROFILE,
        ),
        (
            lambda: check_profile(Profile(name="x", public_key=TEST_KEY, api_version="1999")),
            ProfileError,
            ErrorKind.PROFILE,
        ),
    ],
    ids=["url", "secret-key", "live-key", "token-id", "profile-name", "api-version"],
)
def test_local_refusals_are_not_vault_errors(
    action: Callable[[], object], cls: type[AppError], kind: ErrorKind
) -> None:
    """A refusal that never touched a vault says so: not a ``VaultError``."""
    error = _raised(action)
    assert type(error) is cls
    assert error.kind is kind
    assert not isinstance(error, VaultError)


def test_a_refused_card_is_invalid_input_and_nothing_is_sent() -> None:
    import httpx

    from omise_token_gui.core.history import HistoryStore
    from omise_token_gui.core.service import TokenService

    sent: list[httpx.Request] = []
    card = CardInput(number="4242", name="", expiration_month="13", expiration_year="")
    profile = Profile(name="Staging", public_key=TEST_KEY, vault_url="https://vault.omise.co")

    async def go() -> InvalidInput:
        def answer(request: httpx.Request) -> httpx.Response:
            sent.append(request)
            return httpx.Response(500)

        transport = httpx.MockTransport(answer)
        async with httpx.AsyncClient(transport=transport) as http:
            svc = TokenService(http, store, lambda name: profile)
            with pytest.raises(InvalidInput) as info:
                await svc.create(card, profile)
            return info.value

    store = HistoryStore(":memory:")
    try:
        error = asyncio.run(go())
    finally:
        store.close()
    assert error.kind is ErrorKind.INVALID_INPUT
    assert error.problems
    assert sent == []


def test_the_tree() -> None:
    assert issubclass(KeyRejected, PolicyRefused)
    assert issubclass(UrlRejected, PolicyRefused)
    for history_cls in (HistoryDamaged, HistoryUnavailable, HistoryRepairing, HistoryWriteError):
        assert issubclass(history_cls, HistoryError)
    for storage_cls in (HistoryError, TokenNotSaved, SettingsSaveError):
        assert issubclass(storage_cls, StorageError)
        assert not issubclass(storage_cls, VaultError)
    for cls in (PolicyRefused, InvalidInput, ProfileError, StorageError, VaultError):
        assert issubclass(cls, AppError)


def test_history_errors_keep_their_message_and_say_storage() -> None:
    error = HistoryWriteError("locked", busy=True)
    assert str(error) == error.human == "locked"
    assert error.busy
    assert error.kind is ErrorKind.STORAGE
    record = TokenRecord(
        token_id="tokn_test_1",
        created_at=datetime.now(UTC),
        profile="p",
        vault_url="",
        raw_json="{}",
    )
    unsaved = TokenNotSaved(record, "disk full")
    assert (str(unsaved), unsaved.reason, unsaved.record) == ("disk full", "disk full", record)
    assert SettingsSaveError(human="x").kind is ErrorKind.PROFILE  # shown where profiles are


_FIELDS = {f.name for f in fields(AppError)}


def test_no_error_is_changed_after_it_is_built() -> None:
    """No ``something.body = …`` (or any other error field) outside a constructor: an error
    is built whole (``dataclasses.replace`` for a changed copy)."""
    found = []
    for path in sorted(PKG.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            targets = node.targets if isinstance(node, ast.Assign) else []
            if isinstance(node, ast.AugAssign | ast.AnnAssign):
                targets = [node.target]
            for target in targets:
                if (
                    isinstance(target, ast.Attribute)
                    and target.attr in _FIELDS
                    and not (isinstance(target.value, ast.Name) and target.value.id == "self")
                ):
                    found.append(
                        f"{path.relative_to(PKG)}:{getattr(node, 'lineno', 0)} .{target.attr}"
                    )
    assert found == []
