"""Where a vault is and how to reach it: the URL policy, the per-profile endpoint, and the
curl command that retrieves a token.

Kept free of httpx so that settings (and the window's first paint) do not import it.
"""

from __future__ import annotations

import ipaddress
import re
import shlex
from dataclasses import dataclass

from omise_token_gui.core.answers import require_test_token_id
from omise_token_gui.core.errors import UrlRejected
from omise_token_gui.core.i18n import translator
from omise_token_gui.core.keys import require_public_test_key

DEFAULT_VAULT_URL = "https://vault.omise.co"
API_VERSIONS = ("2019-05-29", "2017-11-02", "2015-11-17", "2014-07-27")
DEFAULT_API_VERSION = API_VERSIONS[0]
DEFAULT_TIMEOUT_S = 15.0
CONNECT_TIMEOUT_S = 5.0
MAX_URL_LENGTH = 200

# An allow-list of what a vault URL may look like: scheme, host, optional port, a plain path.
# No user-info (``user:pass@``), query, fragment, percent-escapes, backslashes or spaces:
# whatever a URL parser could read as credentials or as another host is simply not accepted.
_URL_RE = re.compile(
    r"(?P<scheme>[A-Za-z][A-Za-z0-9+.-]*)://"
    r"(?P<host>[A-Za-z0-9](?:[A-Za-z0-9.-]{0,251}[A-Za-z0-9])?|\[[0-9A-Fa-f:.]{2,45}\])"
    r"(?::(?P<port>[0-9]{1,5}))?"
    r"(?P<path>(?:/[A-Za-z0-9._~-]*)*)"
)
# A key anywhere in a URL would leave the machine in the request line.
_KEY_IN_URL_RE = re.compile(r"(?i)[a-z]key_")
_ = translator("Endpoint")


def _refused(human: str) -> UrlRejected:
    return UrlRejected(human=human)


def check_base_url(url: str) -> str:
    """``https://`` anywhere; ``http://`` only to loopback. Returns the URL without a trailing /.

    Refused: user-info (``user:key@host``), query, fragment, a key anywhere in the URL, and
    anything but a plain host, port and path. The refusal never repeats the URL's text, which
    may hold a key.
    """
    url = url.strip()
    if "@" in url:
        return _raise(
            _(
                "A vault URL must not contain a user name, password or key (the part before "
                "'@'). The key goes in the key field; nothing was sent."
            )
        )
    if _KEY_IN_URL_RE.search(url):
        return _raise(_("A vault URL must not contain a key. Nothing was sent."))
    match = _URL_RE.fullmatch(url) if len(url) <= MAX_URL_LENGTH else None
    port = match.group("port") if match else None
    scheme = match.group("scheme").lower() if match else ""
    if match is None or scheme not in ("http", "https") or (port and not 0 < int(port) < 65536):
        shown = url if len(url) <= 80 else url[:77] + "…"
        return _raise(
            _(
                "Not a usable vault URL: {url}. Use https://vault.omise.co or a local "
                "emulator such as http://127.0.0.1:8025 (no user name, query or fragment)."
            ).format(url=repr(shown))
        )
    host = match.group("host")
    problem = host_problem(host)
    if problem:
        return _raise(_("Not a usable vault URL: {problem}").format(problem=problem))
    if scheme == "http" and not is_loopback(host):
        return _raise(
            _(
                "Plain http:// is only allowed to this computer (127.0.0.1, ::1, localhost), "
                "not to {host}. Use https://."
            ).format(host=host)
        )
    return scheme + url[len(scheme) :].rstrip("/")


def _raise(human: str) -> str:
    raise _refused(human)


def _is_ip(text: str) -> bool:
    try:
        ipaddress.ip_address(text)
    except ValueError:
        return False
    return True


_LABEL_RE = re.compile(r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?")
_NUMERIC_LABEL_RE = re.compile(r"[0-9]+|0x[0-9a-f]*")


def host_problem(host: str) -> str | None:
    """Why ``host`` is not a host a vault URL may name (None: it may).

    A name is dot-separated DNS labels (punycode ``xn--`` labels must decode); an address is
    an IPv6 address in brackets or an IPv4 address written as four decimal numbers. Other
    spellings of an address (``127.1``, ``0x7f.1``, ``2130706433``, ``0177.0.0.1``) are
    refused: libraries and proxies read them differently, so one could be taken for another
    host (or for this computer by one part and not by another). The unspecified addresses
    (``0.0.0.0``, ``[::]``) are not addresses to connect to.
    """
    lower = host.lower()
    if lower.startswith("["):
        inner = lower[1:-1]
        if not _is_ip(inner):
            return _("{host} is not an IPv6 address.").format(host=host)
        if ipaddress.ip_address(inner).is_unspecified:
            return _("{host} is not an address to connect to.").format(host=host)
        return None
    labels = lower.split(".")
    if _NUMERIC_LABEL_RE.fullmatch(labels[-1]):
        if not _is_ip(lower) or any(len(p) > 1 and p.startswith("0") for p in labels):
            return _(
                "{host} is not an address: write an IP address as four numbers, 127.0.0.1."
            ).format(host=host)
        if ipaddress.ip_address(lower).is_unspecified:
            return _("{host} is not an address to connect to.").format(host=host)
        return None
    for label in labels:
        if not _LABEL_RE.fullmatch(label):
            return _("{host} is not a host name.").format(host=host)
        if label.startswith("xn--"):
            try:
                label.encode("ascii").decode("idna")
            except UnicodeError:
                return _("{host} is not a host name (a broken international name).").format(
                    host=host
                )
    return None


def is_loopback(host: str) -> bool:
    """This computer: 127.0.0.0/8, ::1 and ::ffff:127.x (with or without brackets),
    ``localhost`` and names under ``.localhost`` (RFC 6761 reserves them for it)."""
    host = host.lower().removeprefix("[").removesuffix("]").rstrip(".")
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return False
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        return address.ipv4_mapped.is_loopback
    return address.is_loopback


def retrieve_curl(base_url: str, token_id: str, key: str | None = None) -> str:
    """A POSIX-shell command that reads a token back: ``curl URL -u KEY:``.

    Every outside value is checked and shell-quoted; ``key=None`` leaves the key to the
    shell's ``$OMISE_PUBLIC_KEY``. Raises ``UrlRejected`` for a URL and ``InvalidInput`` for an
    id the policies refuse.
    """
    base = check_base_url(base_url)
    token = require_test_token_id(token_id)
    # A checked key is ``pkey_test_[a-z0-9]+``: nothing a shell reads inside double quotes.
    user = "${OMISE_PUBLIC_KEY}" if key is None else require_public_test_key(key)
    return f'curl {shlex.quote(f"{base}/tokens/{token}")} -u "{user}:"'


@dataclass(frozen=True)
class Endpoint:
    """Where and how to talk to a vault: one per profile."""

    base_url: str = DEFAULT_VAULT_URL
    api_version: str = DEFAULT_API_VERSION
    timeout_s: float = DEFAULT_TIMEOUT_S

    @property
    def connect_timeout_s(self) -> float:
        return min(CONNECT_TIMEOUT_S, self.timeout_s)
