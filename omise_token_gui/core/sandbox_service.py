"""Simulate charge with options, and capture or reverse an authorized Sandbox charge: the
Sandbox charge actions beside ``TokenService.simulate_charge`` (UI -> this -> the Sandbox's
charges API -> the history)."""

from __future__ import annotations

import httpx

from omise_token_gui.core.charge_plan import ChargePlan, CurrencyRules, SandboxControls
from omise_token_gui.core.endpoint import Endpoint
from omise_token_gui.core.errors import AppError, ErrorKind, InvalidInput, ProfileError
from omise_token_gui.core.history import TokenRecord
from omise_token_gui.core.i18n import translator
from omise_token_gui.core.sandbox_charges import SandboxCharge, SandboxCharges
from omise_token_gui.core.service import CHARGE_TIMEOUT_S, TokenService, _storage_errors
from omise_token_gui.core.settings import SANDBOX

_ = translator("TokenService")


class SandboxChargeService:
    """Sandbox only. ``controls`` (None: a Sandbox the app cannot reach directly) force a
    failure and say whether 3-D Secure is on and which currency the account takes."""

    def __init__(
        self, service: TokenService, http: httpx.AsyncClient, controls: SandboxControls | None
    ) -> None:
        self._service = service
        self._http = http
        self._controls = controls

    def rules(self) -> CurrencyRules:
        return self._controls.rules() if self._controls else CurrencyRules()

    def three_d_secure(self) -> bool:
        return self._controls.three_d_secure() if self._controls else False

    def _client(self, token_id: str) -> SandboxCharges:
        record = self._service.history.get(token_id)
        if record is None:
            raise InvalidInput(
                kind=ErrorKind.NOT_FOUND,
                human=_("{token} is not in the history.").format(token=token_id),
            )
        url = self._service.sandbox_url
        if record.profile != SANDBOX or not url:
            raise ProfileError(
                human=_(
                    "Simulate charge works only on Sandbox tokens: a real vault's charges "
                    "need your backend and its secret key."
                ),
            )
        return SandboxCharges(self._http, Endpoint(url, timeout_s=CHARGE_TIMEOUT_S))

    async def charge(self, token_id: str, plan: ChargePlan) -> TokenRecord:
        """Charge the token as ``plan`` says; with 3-D Secure on, answer its page (Pass or
        Fail) as the buyer would; store what the charge says, then refresh the token."""
        client = self._client(token_id)
        if plan.force_failure and self._controls:
            self._controls.force_next_failure(plan.force_failure)
        try:
            charge = await client.charge(
                token_id,
                plan.amount,
                plan.currency,
                capture=plan.capture,
                three_d_secure=plan.three_d_secure is not None,
            )
        finally:
            if plan.force_failure and self._controls:
                self._controls.force_next_failure(None)  # used, or not: never the next one's
        if charge.authorize_uri and charge.status == "pending" and not charge.authorized:
            await client.authorize(charge, passed=plan.three_d_secure is not False)
            charge = await client.find(token_id) or charge
        return await self._store(token_id, charge)

    async def capture(self, token_id: str) -> TokenRecord:
        return await self._act(token_id, "capture")

    async def reverse(self, token_id: str) -> TokenRecord:
        return await self._act(token_id, "reverse")

    async def _act(self, token_id: str, action: str) -> TokenRecord:
        client = self._client(token_id)
        charge = await client.find(token_id)
        if charge is None:
            raise InvalidInput(
                kind=ErrorKind.NOT_FOUND,
                human=_("The Sandbox has no charge of {token}.").format(token=token_id),
            )
        return await self._store(token_id, await client.act(charge.id, action))

    async def _store(self, token_id: str, charge: SandboxCharge) -> TokenRecord:
        charged = _("The Sandbox charged {token}; the charge was not stored.")
        with _storage_errors(charged.format(token=token_id)):
            updated = self._service.history.update_status(
                token_id,
                used=True,
                charge_status=charge.status,
                failure_code=charge.failure_code,
                authorized=charge.authorized,
            )
        try:
            return await self._service.refresh(token_id)
        except AppError:  # the charge is stored; the token's refresh can wait
            stored = updated or self._service.history.get(token_id)
            if stored is None:
                raise
            return stored
