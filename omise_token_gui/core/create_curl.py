""" "Copy as cURL" of a create: the ``POST /tokens`` an attempt sent, as a POSIX-shell command.

What is never stored stays a shell variable: the card number is ``$CARD_NUMBER`` unless the
attempt's card is a catalog card (then its public test number, which the tester can look up
anyway), the security code ``$CARD_SECURITY_CODE``, the key ``$OMISE_PUBLIC_KEY`` (a Sandbox
attempt names the Sandbox's built-in key, as the retrieve curl does). Every other value is
``shlex.quote``-d and URL-encoded by curl (``--data-urlencode``): no field can reach the shell.
"""

from __future__ import annotations

import json
import shlex
from dataclasses import fields

from omise_token_gui.core.cards import CardInput
from omise_token_gui.core.catalog import Catalog, CatalogCard
from omise_token_gui.core.endpoint import check_base_url
from omise_token_gui.core.evidence import Attempt
from omise_token_gui.core.keys import require_public_test_key
from omise_token_gui.core.settings import SANDBOX_KEY, Profile

NUMBER_VARIABLE = "CARD_NUMBER"
CODE_VARIABLE = "CARD_SECURITY_CODE"
KEY_VARIABLE = "OMISE_PUBLIC_KEY"
_FIELDS = tuple(f.name for f in fields(CardInput))
_NEVER_STORED = ("number", "security_code")  # variables (or the catalog's number) instead


def catalog_card(catalog: Catalog, attempt: Attempt) -> CatalogCard | None:
    """The catalog card the attempt sent (scenario, brand and last 4), or None."""
    if not attempt.scenario or not attempt.last4:
        return None
    for entry in catalog:
        if (
            entry.scenario == attempt.scenario
            and entry.brand == attempt.brand
            and entry.number.endswith(attempt.last4)
        ):
            return entry
    return None


def sent_fields(attempt: Attempt) -> dict[str, str]:
    """The attempt's stored fields by ``CardInput`` name (others ignored), in form order."""
    try:
        body = json.loads(attempt.request_json or "{}")
    except ValueError:
        body = {}
    if not isinstance(body, dict):
        body = {}
    named = {str(k).removeprefix("card[").removesuffix("]"): v for k, v in body.items()}
    return {
        n: str(named[n])
        for n in _FIELDS
        if n in named and n not in _NEVER_STORED and named[n] not in (None, "")
    }


def create_curl(attempt: Attempt, catalog: Catalog, base_url: str, key: str | None = None) -> str:
    """The create request of ``attempt`` as a curl command (see the module docstring).

    ``key=None`` leaves the key to ``$OMISE_PUBLIC_KEY``; a key given must be a public test
    key (``KeyRejected`` otherwise). Raises ``UrlRejected`` when ``base_url`` fails the URL
    policy."""
    base = check_base_url(base_url)
    user = f"${{{KEY_VARIABLE}}}" if key is None else require_public_test_key(key)
    card = catalog_card(catalog, attempt)
    values = sent_fields(attempt)
    parts = ["curl", shlex.quote(f"{base}/tokens"), "-u", f'"{user}:"']
    for name in _FIELDS:
        if name == "number":
            number = card.number if card is not None else f"${{{NUMBER_VARIABLE}}}"
            parts += ["--data-urlencode", f'"card[number]={number}"']
        elif name == "security_code":
            parts += ["--data-urlencode", f'"card[security_code]=${{{CODE_VARIABLE}}}"']
        elif name in values:
            parts += ["--data-urlencode", shlex.quote(f"card[{name}]={values[name]}")]
    return " ".join(parts)


def create_curl_for(
    attempt: Attempt, catalog: Catalog, profile: Profile | None, sandbox_url: str | None
) -> str:
    """``create_curl`` against the vault that saw the attempt: a Sandbox attempt names today's
    Sandbox URL and its built-in key (as ``TokenService.curl_for`` does for a retrieve); any
    other names the stored vault URL and leaves the key to ``$OMISE_PUBLIC_KEY``."""
    if profile is not None and profile.is_sandbox:
        return create_curl(attempt, catalog, sandbox_url or attempt.vault_url, SANDBOX_KEY)
    return create_curl(attempt, catalog, attempt.vault_url)
