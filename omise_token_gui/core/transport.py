"""The app's one HTTP client, and the policy every request passes just before it is sent.

``GuardedTransport`` sits under the ``httpx.AsyncClient``: it sees each request after httpx
has finished it (auth from URL user-info, default headers), so the key policy runs on what is
actually sent: one ``Authorization: Basic`` header whose user is a public test key and whose
password is empty. The only exception is the embedded Sandbox's charges API: its built-in
secret *test* key, to exactly ``<sandbox URL>/charges`` and the few calls of
``core.sandbox_charges`` under that URL (``SANDBOX_CALLS``). The transport also picks the route:
loopback directly, a real vault through the proxy the ``ProxyPlan`` names. A refusal is a
``PolicyRefused`` (``UrlRejected``, ``KeyRejected``) raised before a byte leaves.
"""

from __future__ import annotations

import base64
import binascii
import os
import re
import ssl
from collections.abc import Mapping

import httpx

from omise_token_gui.core.endpoint import is_loopback
from omise_token_gui.core.errors import ErrorKind, UrlRejected, VaultError
from omise_token_gui.core.i18n import translator
from omise_token_gui.core.keys import KeyRejected, classify, require_public_test_key
from omise_token_gui.core.proxy import ProxyPlan, current_plan, masked

SANDBOX_CHARGE_KEY = "skey_test_sandbox"  # embedded emulator only (see TokenService)
_KEY_IN_URL_RE = re.compile(r"(?i)[a-z]key_")
# The Sandbox's charge calls the built-in key may make (method, exact path; the GET, and only
# it, with a query): charge, list, capture, reverse, answer the 3-D Secure page.
SANDBOX_CALLS = (
    ("POST", re.compile(r"/charges")),
    ("GET", re.compile(r"/charges")),
    ("POST", re.compile(r"/charges/chrg_test_[a-z0-9]{1,40}/(?:capture|reverse)")),
    ("POST", re.compile(r"/payments/paym_test_[a-z0-9]{1,40}/authorize")),
)
_ = translator("Transport")


def _url_refused(reason: str) -> UrlRejected:
    return UrlRejected(human=_("{reason} Nothing was sent.").format(reason=reason))


def basic_user(header: str) -> str | None:
    """The user of an ``Authorization: Basic`` header with an empty password, else None."""
    scheme, _, encoded = header.partition(" ")
    if scheme.lower() != "basic" or not encoded:
        return None
    try:
        decoded = base64.b64decode(encoded.strip(), validate=True).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError):
        return None
    user, colon, password = decoded.partition(":")
    return user if colon and not password else None


def check_outgoing(request: httpx.Request, sandbox_url: str | None = None) -> None:
    """Raise unless ``request`` may leave: the URL policy and the key policy on the final
    request. ``sandbox_url`` is the embedded Sandbox's exact base URL (its charge call)."""
    url = request.url
    if url.userinfo:
        raise _url_refused(_("The request URL holds a user name or key."))
    if url.scheme not in ("http", "https") or not url.host:
        raise _url_refused(
            _("Only http(s) requests are made, not {scheme}.").format(scheme=repr(url.scheme))
        )
    if url.scheme == "http" and not is_loopback(url.host):
        raise _url_refused(_("Plain http:// goes only to this computer."))
    if _KEY_IN_URL_RE.search(url.raw_path.decode("ascii", "replace")):
        raise _url_refused(_("The request URL holds a key."))
    if "proxy-authorization" in request.headers:
        raise _url_refused(_("A request may not carry proxy credentials of its own."))
    headers = request.headers.get_list("authorization")
    user = basic_user(headers[0]) if len(headers) == 1 else None
    if user is None:
        raise KeyRejected(classify(""))
    if sandbox_url and user == SANDBOX_CHARGE_KEY and _sandbox_call(request, sandbox_url):
        return
    if require_public_test_key(user) != user:  # e.g. " pkey_test_x": not what was checked
        raise KeyRejected(classify("\t"))


def _sandbox_call(request: httpx.Request, sandbox_url: str) -> bool:
    """``request`` is one of ``SANDBOX_CALLS`` to exactly the Sandbox (scheme, host, port)."""
    url, base = request.url, httpx.URL(sandbox_url)
    if (url.scheme, url.host, url.port) != (base.scheme, base.host, base.port):
        return False
    if base.path not in ("", "/") or not is_loopback(url.host) or url.fragment:
        return False
    if bool(url.query) != (request.method == "GET"):  # the list's query, nothing else's
        return False
    return any(request.method == m and p.fullmatch(url.path) for m, p in SANDBOX_CALLS)


class GuardedTransport(httpx.AsyncBaseTransport):
    """Checks every request (``check_outgoing``), then sends it on its route.

    ``inner`` (tests) replaces both routes; otherwise loopback goes direct and real vaults
    through ``plan``'s proxy, if any.
    """

    def __init__(
        self,
        plan: ProxyPlan | None = None,
        sandbox_url: str | None = None,
        inner: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self.plan = plan or ProxyPlan()
        self.sandbox_url = sandbox_url
        self._inner = inner
        tls, self._tls_fault = _tls_setup(os.environ)
        self._direct = inner or httpx.AsyncHTTPTransport(verify=tls, trust_env=False)
        self._proxied: httpx.AsyncBaseTransport | None = None
        if inner is None and self.plan.url:
            self._proxied = httpx.AsyncHTTPTransport(
                verify=tls, trust_env=False, proxy=httpx.Proxy(self.plan.url)
            )

    @property
    def tls_problem(self) -> str | None:
        """Why ``SSL_CERT_FILE``/``SSL_CERT_DIR`` cannot be used (None: they can, or are
        unset), in the current language."""
        return _tls_sentence(self._tls_fault)

    def route(self, host: str) -> str | None:
        """The proxy a request to ``host`` goes through (None: direct); raises if refused."""
        problem = self.plan.problem_for(host)
        if problem:
            raise VaultError(
                kind=ErrorKind.CONNECTION,
                human=_("Nothing was sent: {problem}").format(problem=problem),
            )
        tls_problem = self.tls_problem
        if tls_problem and not is_loopback(host):
            raise VaultError(
                kind=ErrorKind.TLS,
                human=_("Nothing was sent: {problem}").format(problem=tls_problem),
            )
        return self.plan.proxy_for(host)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        check_outgoing(request, self.sandbox_url)
        proxy = self.route(request.url.host)
        if proxy is None or self._proxied is None:
            return await self._direct.handle_async_request(request)
        try:
            return await self._proxied.handle_async_request(request)
        except (httpx.ProxyError, httpx.ConnectError) as exc:
            raise VaultError(
                kind=ErrorKind.CONNECTION,
                human=_(
                    "Could not reach the vault through the proxy {proxy}. "
                    "Check the proxy setting (Settings shows which one is used)."
                ).format(proxy=masked(proxy)),
            ) from exc

    async def aclose(self) -> None:
        await self._direct.aclose()
        if self._proxied is not None:
            await self._proxied.aclose()


def tls_context(environ: Mapping[str, str]) -> tuple[ssl.SSLContext, str | None]:
    """The certificates real vaults are checked against: ``SSL_CERT_FILE``/``SSL_CERT_DIR``
    when set (a company's own CA is legitimate), else certifi's. A setting that cannot be
    loaded is returned as a sentence (then requests to real vaults are refused with it; the
    Sandbox is plain http on loopback and keeps working), never raised."""
    tls, fault = _tls_setup(environ)
    return tls, _tls_sentence(fault)


# (variable, its value, the exception's class name): a setting that could not be loaded.
_TlsFault = tuple[str, str, str]


def _tls_setup(environ: Mapping[str, str]) -> tuple[ssl.SSLContext, _TlsFault | None]:
    import certifi

    for name in ("SSL_CERT_FILE", "SSL_CERT_DIR"):
        value = environ.get(name)
        if value:
            try:
                if name == "SSL_CERT_FILE":
                    return ssl.create_default_context(cafile=value), None
                return ssl.create_default_context(capath=value), None
            except (OSError, ssl.SSLError, ValueError) as exc:
                fault = (name, value, exc.__class__.__name__)
                return ssl.create_default_context(cafile=certifi.where()), fault
    return ssl.create_default_context(cafile=certifi.where()), None


def _tls_sentence(fault: _TlsFault | None) -> str | None:
    """The fault as a sentence, rendered when it is shown (the language may have changed)."""
    if fault is None:
        return None
    name, value, error = fault
    return _(
        "{name}={value} could not be used as the list of trusted certificates ({error}). "
        "Fix or unset it."
    ).format(name=name, value=value, error=error)


def make_http_client(
    sandbox_url: str | None = None,
    plan: ProxyPlan | None = None,
    inner: httpx.AsyncBaseTransport | None = None,
) -> httpx.AsyncClient:
    """The app's ``httpx.AsyncClient``: every request passes ``GuardedTransport``.

    The environment is read only through ``plan`` (``trust_env=False``): httpx's own proxy
    handling would send loopback traffic through a proxy. Redirects are never followed.
    """
    transport = GuardedTransport(plan if plan is not None else current_plan(), sandbox_url, inner)
    return httpx.AsyncClient(transport=transport, trust_env=False, follow_redirects=False)
