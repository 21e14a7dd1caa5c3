"""The proxy decision (core.proxy): loopback never proxied, NO_PROXY honoured, bad values named."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from omise_token_gui.core.proxy import (
    ProxyPlan,
    check_proxy_url,
    masked,
    plan_from,
    plan_from_environment,
    proxies_from,
)
from tests.promises import figures

PROXY = "http://proxy.corp.example:3128"

loopback_hosts = st.one_of(
    st.sampled_from(["localhost", "LOCALHOST", "::1", "[::1]", "127.0.0.1", "localhost."]),
    st.tuples(*(st.integers(0, 255) for _ in range(3))).map(lambda t: "127.{}.{}.{}".format(*t)),
)
proxy_values = st.one_of(
    st.just(PROXY),
    st.sampled_from(["socks5://127.0.0.1:1", "garbage", "ftp://x:1", "http://x:0", ""]),
    st.text(max_size=40),
)
no_proxy_values = st.one_of(st.just(""), st.sampled_from(["*", "localhost", ".corp.example"]))


@given(loopback_hosts, proxy_values, no_proxy_values)
def test_loopback_never_uses_a_proxy_whatever_the_environment(
    host: str, proxy: str, no_proxy: str
) -> None:
    figures.add("proxy settings tried")
    plan = plan_from({"https": proxy, "http": proxy, "all": proxy, "no": no_proxy})
    assert plan.proxy_for(host) is None
    assert plan.problem_for(host) is None
    assert "never uses a proxy" in plan.describe(host)


@pytest.mark.parametrize(
    ("no_proxy", "host", "proxied"),
    [
        ("", "vault.omise.co", True),
        ("localhost", "vault.omise.co", True),
        ("omise.co", "vault.omise.co", False),
        (".omise.co", "vault.omise.co", False),
        ("*.omise.co", "vault.omise.co", False),
        ("vault.omise.co", "vault.omise.co", False),
        ("VAULT.OMISE.CO", "vault.omise.co", False),
        ("vault.omise.co:443", "vault.omise.co", False),
        ("ise.co", "vault.omise.co", True),
        ("a.b, vault.omise.co ,c.d", "vault.omise.co", False),
        ("*", "vault.omise.co", False),
        ("10.0.0.0/8", "10.1.2.3", False),
        ("10.0.0.0/8", "11.1.2.3", True),
        ("::ffff:0:0/96", "vault.omise.co", True),
    ],
)
def test_no_proxy_is_honoured_for_real_vaults(no_proxy: str, host: str, proxied: bool) -> None:
    figures.add("proxy settings tried")
    plan = plan_from({"https": PROXY, "no": no_proxy})
    assert (plan.proxy_for(host) == PROXY) is proxied


@pytest.mark.parametrize(
    ("raw", "problem"),
    [
        ("http://proxy:3128", None),
        ("https://proxy:3128", None),
        ("proxy:3128", None),
        ("http://user:pw@proxy:3128/", None),
        ("socks5://proxy:1080", "SOCKS"),
        ("socks5h://proxy:1080", "SOCKS"),
        ("SOCKS4://proxy:1080", "SOCKS"),
        ("ftp://proxy:21", "not a usable"),
        ("http://proxy:99999", "not a usable"),
        ("http://", "not a usable"),
        ("http://a b:1", "not a usable"),
    ],
)
def test_proxy_values_are_checked(raw: str, problem: str | None) -> None:
    figures.add("proxy settings tried")
    url, found = check_proxy_url(raw)
    if problem is None:
        assert url is not None
        assert found is None
    else:
        assert url is None
        assert found is not None
        assert problem in found
        assert "pw" not in found


def test_the_https_proxy_wins_and_plain_http_proxies_are_not_used() -> None:
    assert plan_from({"http": PROXY}).url is None  # plain http only ever goes to loopback
    assert plan_from({"all": PROXY}).url == PROXY
    assert plan_from({"https": PROXY, "all": "socks5://x:1"}).url == PROXY


def test_environment_spellings() -> None:
    env = {"HTTPS_PROXY": "http://upper:1", "https_proxy": "http://lower:1", "NO_PROXY": "a"}
    assert proxies_from(env) == {"https": "http://lower:1", "no": "a"}
    plan = plan_from_environment({"ALL_PROXY": PROXY})
    assert plan.url == PROXY
    assert plan.source == "ALL_PROXY"
    assert plan_from_environment({}) == ProxyPlan()


def test_credentials_are_never_shown() -> None:
    assert masked("http://alice:s3cret@proxy:1") == "http://alice:•••@proxy:1"
    plan = plan_from({"https": "http://alice:s3cret@proxy:1"})
    assert "s3cret" not in plan.describe("vault.omise.co")


def test_a_failing_system_bypass_lookup_does_not_stop_a_request() -> None:
    def boom(host: str) -> bool:
        raise OSError("registry unreadable")

    plan = plan_from({"https": PROXY}, system_bypass=boom)
    assert plan.proxy_for("vault.omise.co") == PROXY
    assert plan_from({"https": PROXY}, system_bypass=lambda h: True).proxy_for("x.y") is None
