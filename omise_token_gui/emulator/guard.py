"""Who may talk to the emulator: the Host and Origin checks, and CORS for checkout pages.

The emulator listens on the tester's loopback, which every web page the tester opens can
reach too. What this guards against, and how:

* **DNS rebinding.** A page on ``evil.example`` makes its name resolve to 127.0.0.1 and is
  then "same-origin" with the emulator: it could read the request log and drive the admin
  API. Its requests still say ``Host: evil.example:PORT``, so every route answers only a
  Host that names this emulator: ``127.0.0.1``, ``localhost``, ``[::1]``, the host it was
  bound to, the address the connection reached (an IP literal), or a name given with
  ``--allow-host`` (a backend in a container calling ``host.docker.internal``), each with
  the port the connection reached.
* **Cross-site requests.** A page can send form POSTs and ``no-cors`` fetches to any
  address without reading the answer: enough to set faults, reset the vault or create
  charges. Browsers mark those requests with an ``Origin`` (or a ``Sec-Fetch-Site``) header;
  servers, SDKs and curl send neither. So:

  - ``/__emulator__/…`` (admin) and ``/charges…`` answer no foreign origin. The Omise
    charges API is server-to-server, called with a secret key that has no place in a web
    page; a page on localhost posting charges is refused too, because the emulator cannot
    tell a checkout page under test from a hostile one, and the real API would not serve
    it either. (Admin writes also need a JSON content type: see ``app``.)
  - ``/tokens`` and ``/tokens/{id}`` are the vault's browser face: Omise.js-style checkout
    pages POST card data to it from the browser, with a public key. Pages served from
    loopback (``localhost``, ``127.0.0.1``, ``[::1]``, any port, http or https), from the
    host the emulator was bound to, and from origins named with ``--allow-origin`` get CORS
    answers (preflight included). Other origins are refused: a page on the internet has no
    business filling the tester's Sandbox (and pushing their tokens out of it).

Refusals are ``403`` with an Omise-style error body, and are kept in the request log.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Literal
from urllib.parse import SplitResult, urlsplit

from starlette.datastructures import Headers

Area = Literal["vault", "charges", "admin", "other"]
LOOPBACK_NAMES = frozenset({"127.0.0.1", "localhost", "::1"})
CORS_METHODS = "GET, POST, OPTIONS"
CORS_HEADERS = "Authorization, Content-Type, Omise-Version"
UNSAFE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})


def area_of(path: str, admin_prefix: str) -> Area:
    if path == admin_prefix or path.startswith(admin_prefix + "/"):
        return "admin"
    if path == "/tokens" or path.startswith("/tokens/"):
        return "vault"
    # Server-to-server (a secret key), and the 3-D Secure page, which posts to itself only.
    if any(path == p or path.startswith(p + "/") for p in ("/charges", "/customers", "/payments")):
        return "charges"
    return "other"


def split_host(value: str, default_port: int) -> tuple[str, int] | None:
    """``host[:port]`` (``[v6]:port`` for IPv6) as (lower-case host, port); None if malformed."""
    value = value.strip().lower()
    if value.startswith("["):
        end = value.find("]")
        if end < 0:
            return None
        host, rest = value[1:end], value[end + 1 :]
        if rest and not rest.startswith(":"):
            return None
        port_text = rest[1:] if rest else ""
    else:
        host, sep, port_text = value.partition(":")
        if sep and not port_text:
            return None
    if not host:
        return None
    if not port_text:
        return host, default_port
    if not port_text.isascii() or not port_text.isdigit() or len(port_text) > 5:
        return None
    return host, int(port_text)


def _parts(origin: str) -> SplitResult | None:
    """``origin`` split, or None when it is no URL at all (``http://[``)."""
    try:
        return urlsplit(origin)
    except ValueError:
        return None


def _bare(host: str) -> str:
    return host.strip().strip("[]").lower()


def is_loopback_name(host: str) -> bool:
    if host in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@dataclass(frozen=True)
class Guard:
    """The policy above. ``bound_host``: the address the emulator was asked to bind;
    ``hosts``: more names it answers to; ``origins``: more origins
    (``scheme://host[:port]``) whose pages may use the vault."""

    bound_host: str | None = None
    hosts: frozenset[str] = field(default_factory=frozenset)
    origins: frozenset[str] = field(default_factory=frozenset)

    @staticmethod
    def normal_origins(origins: Iterable[str]) -> frozenset[str]:
        """``origins`` as this guard compares them; ValueError names one that is no origin."""
        out = set()
        for origin in origins:
            parts = _parts(origin.strip())
            if parts is None or parts.scheme not in ("http", "https") or not parts.hostname:
                raise ValueError(f"not an origin (scheme://host[:port]): {origin!r}")
            if parts.path not in ("", "/") or parts.query or parts.fragment:
                raise ValueError(f"an origin has no path: {origin!r}")
            out.add(f"{parts.scheme}://{parts.netloc.lower()}")
        return frozenset(out)

    def host_names(self, local: str | None) -> frozenset[str]:
        names = set(LOOPBACK_NAMES) | {_bare(h) for h in self.hosts}
        if self.bound_host:
            names.add(_bare(self.bound_host))
        if local:
            names.add(_bare(local))
        return frozenset(names)

    def host_problem(self, host_header: str | None, local: tuple[str, int] | None) -> str | None:
        """Why a request with this ``Host`` is not for us (None: it is)."""
        if not host_header:
            return "a Host header is required"
        local_host, local_port = local if local else (None, None)
        parsed = split_host(host_header, 80)
        if parsed is None:
            return f"Host {host_header[:100]!r} is malformed"
        host, port = parsed
        if host not in self.host_names(local_host) or (local_port and port != local_port):
            return (
                f"Host {host_header[:100]!r} does not name this emulator (a guard against "
                "DNS rebinding); use 127.0.0.1, localhost or [::1] with its port, or name "
                "the host with --allow-host"
            )
        return None

    def own_origin(self, origin: str, local: tuple[str, int] | None) -> bool:
        """Is ``origin`` the emulator's own (a page it served, or its address typed in)?"""
        parts = _parts(origin)
        if parts is None or parts.scheme != "http" or parts.hostname is None:
            return False
        return self.host_problem(parts.netloc, local) is None

    def page_origin_allowed(self, origin: str) -> bool:
        """May a page from ``origin`` use the vault's token routes (CORS)?"""
        parts = _parts(origin)
        if parts is None or parts.scheme not in ("http", "https") or parts.hostname is None:
            return False
        if f"{parts.scheme}://{parts.netloc.lower()}" in self.origins:
            return True
        host = parts.hostname.lower()
        return is_loopback_name(host) or (
            self.bound_host is not None and host == _bare(self.bound_host)
        )

    def origin_problem(
        self, area: Area, method: str, headers: Headers, local: tuple[str, int] | None
    ) -> str | None:
        """Why a request from this page may not be served here (None: it may)."""
        origin = headers.get("origin")
        if origin is None:
            site = headers.get("sec-fetch-site", "").lower()
            if (
                area in ("admin", "charges")
                and method in UNSAFE_METHODS
                and site
                in (
                    "cross-site",
                    "same-site",
                )
            ):
                return "requests from other web pages are refused here"
            return None
        if area == "other" or self.own_origin(origin, local):
            return None
        if area == "vault" and self.page_origin_allowed(origin):
            return None
        where = {
            "admin": "the emulator's admin API",
            "charges": "the charges API (server-to-server, secret key)",
            "vault": "the vault from this origin (add it with --allow-origin)",
        }.get(area, "this route")
        return f"requests from web pages at {origin[:100]!r} are refused: {where}"

    def cors_headers(self, area: Area, headers: Headers) -> list[tuple[bytes, bytes]]:
        """The CORS headers an answer to an allowed page on a token route carries."""
        origin = headers.get("origin")
        if area != "vault" or origin is None or not self.page_origin_allowed(origin):
            return []
        return [
            (b"access-control-allow-origin", origin.encode("latin-1")),
            (b"access-control-expose-headers", b"Retry-After"),
            (b"vary", b"Origin"),
        ]

    @staticmethod
    def preflight_headers() -> list[tuple[bytes, bytes]]:
        return [
            (b"access-control-allow-methods", CORS_METHODS.encode()),
            (b"access-control-allow-headers", CORS_HEADERS.encode()),
            (b"access-control-max-age", b"600"),
        ]
