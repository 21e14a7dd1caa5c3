"""The token service the window awaits: validate, check the key, create, parse, store."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable, Iterable, Iterator
from datetime import UTC, datetime

import httpx

from omise_token_gui.core import attempts
from omise_token_gui.core.answers import (
    Token,
    number_spellings,
    require_test_token_id,
    scrub_text,
)
from omise_token_gui.core.attempt_draft import Draft
from omise_token_gui.core.cards import (
    CardInput,
    detect_brand,
    known_brand,
    last4,
    normalize_number,
    validate,
)
from omise_token_gui.core.catalog import Catalog, load_catalog
from omise_token_gui.core.charge_plan import SandboxDesk
from omise_token_gui.core.endpoint import Endpoint, retrieve_curl
from omise_token_gui.core.errors import (
    AppError,
    ErrorKind,
    InvalidInput,
    ProfileError,
    StorageError,
    VaultError,
)
from omise_token_gui.core.evidence import Attempt
from omise_token_gui.core.history import HistoryStore, HistoryWriteError, TokenRecord
from omise_token_gui.core.i18n import translator
from omise_token_gui.core.key_check import KeyCheck, check_key
from omise_token_gui.core.keys import mask_key, require_public_test_key
from omise_token_gui.core.settings import SANDBOX, SANDBOX_KEY, Profile
from omise_token_gui.core.transport import SANDBOX_CHARGE_KEY
from omise_token_gui.core.vault import (
    VaultClient,
)

log = logging.getLogger(__name__)
_ = translator("TokenService")
REFRESH_CONCURRENCY = 4
CHARGE_TIMEOUT_S = 10.0  # Simulate charge, on the embedded Sandbox
# Pauses between tries of storing a new token while another program holds the history's lock.
STORE_RETRY_DELAYS_S = (0.05, 0.2, 0.5, 1.0)


class TokenNotSaved(StorageError):
    """The vault created ``record`` but the history could not store it (``reason`` says why).
    The service keeps it and stores it with the next token that is stored."""

    def __init__(self, record: TokenRecord, reason: str) -> None:
        super().__init__(human=reason)
        self.record = record
        self.reason = reason


class TokenService:
    """Qt-free. One instance for the app's life, sharing one ``httpx.AsyncClient``."""

    sandbox: SandboxDesk | None = None  # Simulate charge's options (services.py sets it)

    def __init__(
        self,
        http: httpx.AsyncClient,
        history: HistoryStore,
        profiles: Callable[[str], Profile | None],
        catalog: Catalog | None = None,
        sandbox_url: str | None = None,
    ) -> None:
        self._http = http
        self.history = history
        self._profiles = profiles
        self.catalog = catalog or load_catalog()
        self.sandbox_url = sandbox_url
        self.unsaved: list[TokenRecord] = []  # created, not stored yet (see TokenNotSaved)
        self.unsaved_attempts: list[Attempt] = []  # recorded, not stored yet (the same)

    def client_for(self, profile: Profile) -> VaultClient:
        return VaultClient(self._http, profile.endpoint(self.sandbox_url))

    async def create(
        self,
        card: CardInput,
        profile: Profile,
        *,
        allow_invalid: bool = False,
        test_key: str = "",
        note: str = "",
        batch_id: str | None = None,
    ) -> TokenRecord:
        """Create a token and store it; the record is committed before this returns, or
        TokenNotSaved (holding the record) is raised. Every attempt is recorded in the
        history (``core.attempts``), whatever its end, with the test case ``test_key`` and
        ``note``; a failure to record a failed attempt is logged and the create's own error
        raised (a cancel is recorded, then raised again)."""
        draft = Draft.begin(
            card,
            profile=profile.name,
            vault_url=self._vault_url(profile),
            catalog=self.catalog,
            send_anyway=allow_invalid,
            test_key=test_key,
            note=note,
            batch_id=batch_id,
        )
        try:
            token = await self._create_token(card, profile, allow_invalid)
            record = self._record(token, card, profile)
        except (AppError, asyncio.CancelledError) as exc:
            self._keep_failed(draft.failed(exc))
            raise
        await self._store(record, draft.created(record))
        log.info("created %s (%s •••• %s)", token.id, record.brand, record.last4)
        return self.history.get(record.token_id) or record

    def _vault_url(self, profile: Profile) -> str:
        try:
            return self.client_for(profile).endpoint.base_url
        except AppError:
            return ""

    async def _create_token(self, card: CardInput, profile: Profile, allow_invalid: bool) -> Token:
        key = require_public_test_key(profile.public_key)  # before anything else
        if not allow_invalid:
            problems = validate(card)
            if problems:
                raise InvalidInput(
                    human=_(
                        "The card has problems; nothing was sent. Fix them, or tick "
                        "'Send anyway' to test how the vault answers."
                    ),
                    problems=tuple(problems),
                )
        log.info("create token: profile=%s key=%s", profile.name, mask_key(key))
        token = await self.client_for(profile).create_token(card, key)
        if self.history.get(token.id) is not None:
            raise VaultError(
                kind=ErrorKind.MALFORMED,
                human=_(
                    "The vault answered with {token}, the id of a token already in the "
                    "history. The answer was not stored; the history was left as it was."
                ).format(token=token.id),
            )
        return token

    def _keep_failed(self, attempt: Attempt) -> None:
        """Record a failed attempt; a history that refuses it is logged (the attempt is kept
        in memory and stored with the next write that succeeds), never raised."""
        try:
            attempts.record(self.history, attempt)
        except Exception as exc:  # the create's own error matters more: never replace it
            log.warning("could not record attempt %s: %s", attempt.attempt_id, exc)
            self.unsaved_attempts.append(attempt)
        else:
            self.store_unsaved()

    async def _store(self, record: TokenRecord, attempt: Attempt) -> None:
        """Store a new token with its create attempt, trying again (without blocking the loop)
        while another program holds a lock; then the ones kept from earlier failures. Raises
        TokenNotSaved."""
        for delay in (*STORE_RETRY_DELAYS_S, None):
            try:
                attempts.record_created(self.history, record, attempt)
                break
            except HistoryWriteError as exc:
                if delay is None or not exc.busy:
                    self.unsaved.append(record)
                    self.unsaved_attempts.append(attempt)
                    log.warning("created %s but could not store it: %s", record.token_id, exc)
                    raise TokenNotSaved(record, str(exc)) from exc
            await asyncio.sleep(delay)
        self.store_unsaved()

    def store_unsaved(self) -> list[TokenRecord]:
        """Store the tokens kept from earlier failures, oldest first, as far as the history
        takes them now; returns those it still refuses (the app says so at quit)."""
        while self.unsaved:
            token = self.unsaved[0]
            made = [a for a in self.unsaved_attempts if a.token_id == token.token_id]
            try:
                if made:
                    attempts.record_created(self.history, token, made[0])
                else:
                    self.history.add(token)
            except HistoryWriteError:
                break
            self.unsaved.pop(0)
            self.unsaved_attempts = [a for a in self.unsaved_attempts if a not in made[:1]]
        while self.unsaved_attempts and self.unsaved_attempts[0].token_id is None:
            try:
                attempts.record(self.history, self.unsaved_attempts[0])
            except HistoryWriteError:
                break
            self.unsaved_attempts.pop(0)
        return list(self.unsaved)

    def _record(self, token: Token, card: CardInput, profile: Profile) -> TokenRecord:
        """The history row for a created token. The vault client scrubbed the answer; the
        typed name (used when the vault sends none) is scrubbed here, as is the raw JSON once
        more (belt and braces: every spelling of the typed number, the typed code)."""
        entry = self.catalog.lookup(card.number)
        number = normalize_number(card.number)
        spellings = number_spellings(card.number)

        def clean(text: str) -> str:
            return scrub_text(text, spellings, card.security_code.strip())

        typed_name = clean(card.name)
        return TokenRecord(
            token_id=require_test_token_id(token.id),
            created_at=token.created_at or datetime.now(UTC),
            profile=profile.name,
            vault_url=self.client_for(profile).endpoint.base_url,
            raw_json=clean(token.raw_json),
            livemode=token.livemode,
            used=token.used,
            charge_status=token.charge_status,
            brand=known_brand(token.card.brand if token.card else None)
            or (entry.brand if entry else None)
            or detect_brand(number)
            or "Unknown",
            last4=(token.card.last_digits if token.card and token.card.last_digits else None)
            or last4(number),
            scenario=entry.scenario if entry else None,
            scenario_label=entry.scenario_label if entry else None,
            expected_charge_status=entry.expected_charge_status if entry else None,
            expected_failure_code=entry.expected_failure_code if entry else None,
            cardholder=clean(token.card.name if token.card and token.card.name else typed_name)[
                :255
            ],
        )

    async def refresh(self, token_id: str) -> TokenRecord:
        """``GET /tokens/{id}`` with the token's own profile; store the new used/charge status."""
        record = self.history.get(token_id)
        if record is None:
            raise InvalidInput(
                kind=ErrorKind.NOT_FOUND,
                human=_("{token} is not in the history.").format(token=token_id),
            )
        profile = self._profiles(record.profile)
        if profile is None:
            raise ProfileError(
                human=_("The profile {profile} that created this token no longer exists.").format(
                    profile=repr(record.profile)
                ),
            )
        token = await self.client_for(profile).retrieve_token(token_id, profile.public_key)
        if token.id != token_id:
            raise VaultError(
                kind=ErrorKind.MALFORMED,
                human=_(
                    "The vault answered with another token than {token}; nothing was stored."
                ).format(token=token_id),
            )
        stored = _("The vault answered for {token}; its new status was not stored.")
        with _storage_errors(stored.format(token=token_id)):
            updated = self.history.update_status(
                token_id,
                used=token.used,
                charge_status=token.charge_status,
                raw_json=scrub_text(token.raw_json),  # scrubbed by the client too
            )
        return updated or record

    async def refresh_many(self, token_ids: Iterable[str]) -> list[TokenRecord | AppError]:
        """Refresh several tokens, at most four at a time; errors are returned, not raised."""
        gate = asyncio.Semaphore(REFRESH_CONCURRENCY)

        async def one(token_id: str) -> TokenRecord | AppError:
            async with gate:
                try:
                    return await self.refresh(token_id)
                except AppError as exc:
                    return exc

        return list(await asyncio.gather(*(one(t) for t in token_ids)))

    async def simulate_charge(
        self, token_id: str, amount: int = 100_00, *, capture: bool = True
    ) -> TokenRecord:
        """Sandbox only: use the token in a charge on the embedded emulator, then refresh it;
        the charge's ``authorized`` is stored (``capture=False``: authorize only).

        The emulator's charge endpoint wants a secret *test* key; the built-in one below only
        ever goes to the embedded emulator on loopback, never to a real vault.
        """
        record = self.history.get(token_id)
        if record is None:
            raise InvalidInput(
                kind=ErrorKind.NOT_FOUND,
                human=_("{token} is not in the history.").format(token=token_id),
            )
        if record.profile != SANDBOX or not self.sandbox_url:
            raise ProfileError(
                human=_(
                    "Simulate charge works only on Sandbox tokens: a real vault's charges "
                    "need your backend and its secret key."
                ),
            )
        sandbox = VaultClient(self._http, Endpoint(self.sandbox_url, timeout_s=CHARGE_TIMEOUT_S))
        charge = await sandbox.create_charge(token_id, SANDBOX_CHARGE_KEY, amount, capture=capture)
        charged = _("The Sandbox charged {token}; the charge was not stored.")
        with _storage_errors(charged.format(token=token_id)):
            updated = self.history.update_status(
                token_id,
                used=True,
                charge_status=charge.status,
                failure_code=charge.failure_code,
                authorized=charge.authorized,
            )
        try:
            return await self.refresh(token_id)
        except AppError:
            return updated or record

    def auto_refresh_ids(self, limit: int) -> list[str]:
        """The tokens auto-refresh asks about, at most ``limit``: ones without a final status
        whose profile still exists and whose vault can know them (the same vault URL, or the
        Sandbox, whose port changes from run to run but which keeps its tokens)."""
        ids = []
        for token_id in self.history.ids_to_refresh()[:limit]:
            record = self.history.get(token_id)
            profile = self._profiles(record.profile) if record else None
            if record is None or profile is None:
                continue
            if profile.is_sandbox or self.client_for(profile).endpoint.base_url == record.vault_url:
                ids.append(token_id)
        return ids

    def stored(self, token_id: str) -> TokenRecord | None:
        """The token as the history holds it now (None: not in the history)."""
        return self.history.get(token_id)

    def ids_to_refresh(self) -> list[str]:
        """Every token without a final status (what Refresh all asks about)."""
        return self.history.ids_to_refresh()

    async def check_key(self, profile: Profile) -> KeyCheck:
        """Ask the profile's vault whether it accepts the key (``core.key_check``)."""
        return await check_key(self.client_for(profile), profile.public_key)

    def curl_for(self, record: TokenRecord) -> str:
        """A curl command that retrieves the token from the vault that made it. A Sandbox token
        names today's Sandbox URL and its built-in key; any other names the shell's
        ``$OMISE_PUBLIC_KEY`` (a real key is never written into a command). Raises VaultError
        when the stored URL fails the URL policy."""
        profile = self._profiles(record.profile)
        if profile is not None and profile.is_sandbox:
            return retrieve_curl(self.sandbox_url or record.vault_url, record.token_id, SANDBOX_KEY)
        return retrieve_curl(record.vault_url, record.token_id)

    def delete(self, token_id: str) -> None:
        """Forget a token in the history (the token itself stays on the vault)."""
        with _storage_errors(_("{token} was not deleted.").format(token=token_id)):
            self.history.delete(token_id)


@contextlib.contextmanager
def _storage_errors(what: str) -> Iterator[None]:
    """A history write the disk or another program refused becomes a ``StorageError`` the
    window shows, never a traceback."""
    try:
        yield
    except HistoryWriteError as exc:
        raise StorageError(human=f"{what} {exc}") from exc
