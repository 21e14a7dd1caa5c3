"""Where a vault is and how to reach it: the URL policy and the per-profile endpoint.

Kept free of httpx so that settings (and the window's first paint) do not import it.
"""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass
from urllib.parse import urlsplit

from omise_token_gui.core.errors import ErrorKind, VaultError

DEFAULT_VAULT_URL = "https://vault.omise.co"
API_VERSIONS = ("2019-05-29", "2017-11-02", "2015-11-17", "2014-07-27")
DEFAULT_API_VERSION = API_VERSIONS[0]
DEFAULT_TIMEOUT_S = 15.0
CONNECT_TIMEOUT_S = 5.0


def check_base_url(url: str) -> str:
    """``https://`` anywhere; ``http://`` only to loopback. Returns the URL without a trailing /."""
    url = url.strip()
    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
        _ = parts.port  # raises on a bad port
    except ValueError:
        host, parts = "", urlsplit("")
    if not host or parts.scheme not in ("http", "https") or parts.query or parts.fragment:
        raise VaultError(
            kind=ErrorKind.URL_REJECTED,
            human=f"Not a usable vault URL: {url!r}. Use https://vault.omise.co or a local "
            "emulator such as http://127.0.0.1:8025.",
        )
    if parts.scheme == "http" and not _is_loopback(host):
        raise VaultError(
            kind=ErrorKind.URL_REJECTED,
            human=f"Plain http:// is only allowed to this computer (127.0.0.1, ::1, localhost), "
            f"not to {host}. Use https://.",
        )
    return url.rstrip("/")


def _is_loopback(host: str) -> bool:
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@dataclass(frozen=True)
class Endpoint:
    """Where and how to talk to a vault: one per profile."""

    base_url: str = DEFAULT_VAULT_URL
    api_version: str = DEFAULT_API_VERSION
    timeout_s: float = DEFAULT_TIMEOUT_S

    @property
    def connect_timeout_s(self) -> float:
        return min(CONNECT_TIMEOUT_S, self.timeout_s)
