"""Which proxy a request may use: the decision, free of httpx and Qt.

Loopback (the Sandbox, a local emulator) never goes through a proxy, whatever the
environment says. A real vault (always https) honours the proxy the environment or the
system names (``https_proxy``, ``all_proxy``; on Windows and macOS the system settings, as
``urllib.request.getproxies`` reads them), unless ``no_proxy`` (or the system's bypass list)
names its host. A proxy that cannot be used (SOCKS, a malformed value) is a ``problem``: the
requests it would carry are refused with that sentence; nothing falls back to a direct
connection behind the tester's back.
"""

from __future__ import annotations

import functools
import ipaddress
import os
import re
import sys
import urllib.request
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from omise_token_gui.core.endpoint import check_base_url, is_loopback
from omise_token_gui.core.errors import AppError
from omise_token_gui.core.i18n import QT_TRANSLATE_NOOP, translate, translator

_PROXY_RE = re.compile(
    r"(?P<scheme>[A-Za-z][A-Za-z0-9+.-]*)://"
    r"(?:(?P<user>[^@/\s:]*)(?::(?P<password>[^@/\s]*))?@)?"
    r"(?P<host>[A-Za-z0-9](?:[A-Za-z0-9.-]{0,251}[A-Za-z0-9])?|\[[0-9A-Fa-f:.]{2,45}\])"
    r"(?::(?P<port>[0-9]{1,5}))?/?"
)
_ENV_NAMES = ("https_proxy", "HTTPS_PROXY", "all_proxy", "ALL_PROXY")
_ = translator("Proxy")
# Where a proxy setting came from, as the Settings line names it (translated when shown).
FROM_ENVIRONMENT = QT_TRANSLATE_NOOP("Proxy", "the environment")
FROM_SYSTEM = QT_TRANSLATE_NOOP("Proxy", "the system proxy settings")


@dataclass(frozen=True)
class ProxyPlan:
    """The proxy for real (non-loopback, https) vaults, decided once from the environment.

    ``url`` is the usable proxy (None: direct); ``problem`` says why a configured proxy
    cannot be used. ``source`` names where the setting came from, for the Settings pane.
    """

    url: str | None = None
    problem: str | None = None
    source: str = ""
    no_proxy: tuple[str, ...] = ()
    system_bypass: Callable[[str], bool] | None = field(default=None, compare=False)
    raw: str = field(default="", compare=False)  # the setting as given: ``problem`` again, in
    # the language of the moment (the plan is decided once, the language may change)

    def bypasses(self, host: str) -> bool:
        """True when ``host`` must be reached directly: loopback always, then no_proxy."""
        host = _bare(host)
        if is_loopback(host):
            return True
        for entry in self.no_proxy:
            if entry == "*" or _no_proxy_matches(entry, host):
                return True
        return bool(self.system_bypass and _safe_bypass(self.system_bypass, host))

    def proxy_for(self, host: str) -> str | None:
        """The proxy URL for ``host``, or None for a direct connection.

        Raises nothing: call ``problem_for`` first to learn whether the host is refused.
        """
        return None if self.bypasses(host) else self.url

    def problem_for(self, host: str) -> str | None:
        if self.bypasses(host) or self.problem is None:
            return None
        return (check_proxy_url(self.raw)[1] if self.raw else None) or self.problem

    def describe(self, host: str | None) -> str:
        """One line for Settings: which proxy a request to ``host`` would use."""
        if host is None or is_loopback(_bare(host)):
            return _("Proxy: none. Traffic to this computer (the Sandbox) never uses a proxy.")
        problem = self.problem_for(host)
        if problem:
            return _("Proxy problem: {problem}").format(problem=problem)
        url = self.proxy_for(host)
        if url is None:
            if self.url or self.problem:
                return _("Proxy: none, direct connection (no_proxy names this host).")
            return _("Proxy: none, direct connection.")
        source = translate("Proxy", self.source)
        return _("Proxy: {proxy} (from {source}).").format(proxy=masked(url), source=source)


def _bare(host: str) -> str:
    return host.lower().removeprefix("[").removesuffix("]").rstrip(".")


def _safe_bypass(check: Callable[[str], bool], host: str) -> bool:
    try:
        return bool(check(host))
    except Exception:  # a system lookup that fails must not stop a request
        return False


def _no_proxy_matches(entry: str, host: str) -> bool:
    entry = entry.strip().lower()
    entry = re.sub(r":\d+$", "", entry) if entry.count(":") == 1 else entry
    entry = entry.removeprefix("[").removesuffix("]").removeprefix("*").removeprefix(".")
    if not entry:
        return False
    if "/" in entry:
        try:
            return ipaddress.ip_address(host) in ipaddress.ip_network(entry, strict=False)
        except ValueError:
            return False
    return host == entry or host.endswith("." + entry)


def masked(url: str) -> str:
    """A proxy URL with its password (if any) hidden."""
    m = _PROXY_RE.match(url)
    if m is None or m.group("password") is None:
        return url
    start, end = m.span("password")
    return url[:start] + "•••" + url[end:]


def check_proxy_url(raw: str) -> tuple[str | None, str | None]:
    """``(url, None)`` for a usable http(s) proxy, ``(None, problem)`` otherwise."""
    value = raw.strip()
    if "://" not in value:
        value = "http://" + value  # as curl and httpx read a bare host:port
    m = _PROXY_RE.fullmatch(value)
    scheme = m.group("scheme").lower() if m else ""
    if scheme.startswith("socks"):
        return None, _(
            "the proxy {proxy} is a SOCKS proxy, which this app does not support. "
            "Use an http:// proxy or unset it; the Sandbox works without it."
        ).format(proxy=masked(value))
    port = m.group("port") if m else None
    if m is None or scheme not in ("http", "https") or (port and not 0 < int(port) < 65536):
        return None, _(
            "the proxy setting is not a usable proxy URL (expected http://host:port). "
            "Fix or unset it; the Sandbox works without it."
        )
    return value, None


def plan_from(
    proxies: Mapping[str, str],
    source: str = FROM_ENVIRONMENT,
    system_bypass: Callable[[str], bool] | None = None,
) -> ProxyPlan:
    """The plan for a ``urllib.request.getproxies()``-shaped mapping (``https``, ``all``,
    ``no``); ``http`` is never used: plain http only ever goes to loopback."""
    no_proxy = tuple(e.strip() for e in proxies.get("no", "").split(",") if e.strip())
    raw = proxies.get("https") or proxies.get("all") or ""
    if not raw.strip():
        return ProxyPlan(no_proxy=no_proxy, system_bypass=system_bypass)
    url, problem = check_proxy_url(raw)
    return ProxyPlan(url, problem, source, no_proxy, system_bypass, raw)


def proxies_from(environ: Mapping[str, str]) -> dict[str, str]:
    """``urllib.request.getproxies_environment`` for a given mapping: ``*_proxy`` variables,
    the lower-case spelling winning over the upper-case one."""
    out: dict[str, str] = {}
    for name, value in environ.items():
        if value and name.lower().endswith("_proxy") and name.upper() == name:
            out[name[:-6].lower()] = value
    for name, value in environ.items():
        if value and name.lower().endswith("_proxy") and name.lower() == name:
            out[name[:-6]] = value
    return out


def plan_from_environment(environ: Mapping[str, str] | None = None) -> ProxyPlan:
    """The plan from the process environment (and, on Windows and macOS, the system)."""
    if environ is not None:
        named = next((n for n in _ENV_NAMES if environ.get(n)), FROM_ENVIRONMENT)
        return plan_from(proxies_from(environ), named)
    proxies = urllib.request.getproxies()
    env_name = next((n for n in _ENV_NAMES if os.environ.get(n)), None)
    system = sys.platform in ("win32", "darwin") and env_name is None
    source = FROM_SYSTEM if system else (env_name or FROM_ENVIRONMENT)
    bypass = urllib.request.proxy_bypass if sys.platform in ("win32", "darwin") else None
    return plan_from(proxies, source, bypass)


@functools.cache
def current_plan() -> ProxyPlan:
    """The plan of this process, decided once: the HTTP client and Settings share it."""
    return plan_from_environment()


def describe_for_url(url: str | None, plan: ProxyPlan | None = None) -> str:
    """The Settings line for a vault URL (None: the Sandbox); empty for a refused URL."""
    plan = plan or current_plan()
    if url is None:
        return plan.describe(None)
    try:
        host = urlsplit(check_base_url(url)).hostname or ""
    except AppError:
        return ""
    return plan.describe(host)
