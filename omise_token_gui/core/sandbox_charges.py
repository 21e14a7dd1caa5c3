"""The embedded Sandbox's charges API, as the app's Simulate charge dialog uses it: charge a
token (amount, capture now or authorize only, 3-D Secure), find a token's charge again,
capture or reverse it, answer its 3-D Secure page.

Only the embedded Sandbox is ever sent these, with the built-in ``SANDBOX_CHARGE_KEY``: the
guarded transport (``core.transport``) lets that key through to exactly these paths under the
Sandbox's URL and refuses it everywhere else, on the final request. The token's id goes in the
charge's ``metadata[token]``, as a shop's backend would keep its order id there: that is how
the app finds a token's charge again, across restarts (the Sandbox keeps its charges).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import httpx

from omise_token_gui.core.answers import decode_answer
from omise_token_gui.core.endpoint import Endpoint, check_base_url
from omise_token_gui.core.errors import ErrorKind, VaultError
from omise_token_gui.core.i18n import translator
from omise_token_gui.core.transport import SANDBOX_CHARGE_KEY
from omise_token_gui.core.vault import basic_auth_header, error_from_response, send_bounded

_ = translator("SandboxCharges")
RETURN_URI = "http://127.0.0.1/omise-token-gui/3ds-return"  # never visited: not followed
_CHARGE_ID = re.compile(r"chrg_test_[a-z0-9]{1,40}")
_AUTHORIZE = re.compile(r"/payments/paym_test_[a-z0-9]{1,40}/authorize")
FIND_LIMIT = 100  # the newest charges searched for a token's charge


@dataclass(frozen=True)
class SandboxCharge:
    """What the app keeps of a Sandbox charge."""

    id: str
    status: str
    failure_code: str | None = None
    authorized: bool | None = None
    capturable: bool = False
    reversible: bool = False
    authorize_uri: str | None = None

    @classmethod
    def parse(cls, body: Any) -> SandboxCharge:
        if not isinstance(body, dict) or not _CHARGE_ID.fullmatch(str(body.get("id", ""))):
            raise VaultError(
                kind=ErrorKind.MALFORMED, human=_("The Sandbox answered something not a charge.")
            )

        def text(name: str) -> str | None:
            value = body.get(name)
            return value if isinstance(value, str) else None

        def flag(name: str) -> bool | None:
            value = body.get(name)
            return value if isinstance(value, bool) else None

        return cls(
            id=str(body["id"]),
            status=text("status") or "unknown",
            failure_code=text("failure_code"),
            authorized=flag("authorized"),
            capturable=flag("capturable") is True,
            reversible=flag("reversible") is True,
            authorize_uri=text("authorize_uri"),
        )


class SandboxCharges:
    """Talks to the embedded Sandbox's charges API through the app's guarded client."""

    def __init__(self, http: httpx.AsyncClient, endpoint: Endpoint) -> None:
        self._http = http
        self.endpoint = endpoint

    async def _call(
        self,
        method: str,
        path: str,
        data: dict[str, str] | None = None,
        params: dict[str, str] | None = None,
        *,
        answer: bool = True,
    ) -> tuple[httpx.Response, Any]:
        """Send one call; its decoded JSON answer (``answer=False``: the 3-D Secure page's
        redirect, which has none). Raises ``VaultError`` for an error answer."""
        base = check_base_url(self.endpoint.base_url)
        request = self._http.build_request(
            method,
            base + path,
            data=data,
            params=params,
            headers={"Authorization": basic_auth_header(SANDBOX_CHARGE_KEY)},
            timeout=self.endpoint.timeout_s,
        )
        response = await send_bounded(self._http, request, self.endpoint.timeout_s)
        if not answer and response.status_code in (200, 303):
            return response, None
        try:
            body = decode_answer(response.content, response.status_code)
        except ValueError as exc:
            raise VaultError(
                kind=ErrorKind.CONNECTION, human=_("The Sandbox could not charge the token.")
            ) from exc
        if response.status_code >= 400:
            raise error_from_response(response, body)
        return response, body

    async def charge(
        self,
        token_id: str,
        amount: int,
        currency: str,
        *,
        capture: bool = True,
        three_d_secure: bool = False,
    ) -> SandboxCharge:
        """``POST /charges`` of ``token_id``; with ``three_d_secure`` a ``return_uri`` (the
        Sandbox then answers ``pending`` with an ``authorize_uri`` if its mode is on)."""
        data = {
            "amount": str(amount),
            "currency": currency,
            "card": token_id,
            "capture": "true" if capture else "false",
            "metadata[token]": token_id,
        }
        if three_d_secure:
            data["return_uri"] = RETURN_URI
        _response, body = await self._call("POST", "/charges", data=data)
        return SandboxCharge.parse(body)

    async def find(self, token_id: str) -> SandboxCharge | None:
        """The newest charge whose ``metadata[token]`` is ``token_id`` (None: none)."""
        params = {"limit": str(FIND_LIMIT), "order": "reverse_chronological"}
        _response, body = await self._call("GET", "/charges", params=params)
        data = body.get("data") if isinstance(body, dict) else None
        for item in data if isinstance(data, list) else []:
            metadata = item.get("metadata") if isinstance(item, dict) else None
            if isinstance(metadata, dict) and metadata.get("token") == token_id:
                return SandboxCharge.parse(item)
        return None

    async def act(self, charge_id: str, action: str) -> SandboxCharge:
        """``POST /charges/{id}/capture`` or ``/reverse``."""
        if action not in ("capture", "reverse") or not _CHARGE_ID.fullmatch(charge_id):
            raise ValueError(f"not a Sandbox charge action: {action} {charge_id}")
        _response, body = await self._call("POST", f"/charges/{charge_id}/{action}")
        return SandboxCharge.parse(body)

    async def authorize(self, charge: SandboxCharge, passed: bool) -> None:
        """Answer the charge's 3-D Secure page (Pass or Fail), as the buyer would; the
        redirect to the return URI is not followed."""
        uri = httpx.URL(charge.authorize_uri or "")
        base = httpx.URL(check_base_url(self.endpoint.base_url))
        if (uri.host, uri.port) != (base.host, base.port) or not _AUTHORIZE.fullmatch(uri.path):
            raise VaultError(
                kind=ErrorKind.MALFORMED,
                human=_("The Sandbox's 3-D Secure page is not on the Sandbox."),
            )
        result = {"result": "pass" if passed else "fail"}
        await self._call("POST", uri.path, data=result, answer=False)
