"""Properties of the emulator's Host/Origin policy and of the fault validator."""

from __future__ import annotations

import math
from typing import Any
from urllib.parse import urlsplit

import pytest
from hypothesis import given
from hypothesis import strategies as st
from starlette.datastructures import Headers

from omise_token_gui.emulator.faults import LIMITS, Faults
from omise_token_gui.emulator.guard import Guard, is_loopback_name, split_host

LOCAL = ("127.0.0.1", 8025)
GUARD = Guard(bound_host="127.0.0.1")
ALLOWED = {"127.0.0.1", "localhost", "::1"}

hosts = st.one_of(
    st.text(max_size=40),
    st.builds(
        lambda name, port: f"{name}:{port}",
        st.sampled_from(["localhost", "127.0.0.1", "[::1]", "evil.example", "LOCALHOST"])
        | st.text(max_size=20),
        st.integers(min_value=0, max_value=99_999) | st.text(max_size=6),
    ),
)


@given(hosts)
def test_an_accepted_host_always_names_this_emulator(host: str) -> None:
    if GUARD.host_problem(host, LOCAL) is None:
        parsed = split_host(host, 80)
        assert parsed is not None
        assert parsed[0] in ALLOWED
        assert parsed[1] == LOCAL[1]


@pytest.mark.parametrize(
    "host",
    ["localhost:8025", "LocalHost:8025", "127.0.0.1:8025", "[::1]:8025", " localhost:8025 "],
)
def test_loopback_hosts_with_the_port_are_accepted(host: str) -> None:
    assert GUARD.host_problem(host, LOCAL) is None


@pytest.mark.parametrize(
    "host",
    [
        "localhost",  # port 80
        "localhost:8026",
        "localhost.:8025",
        "evil.example:8025",
        "127.0.0.1.nip.io:8025",
        "::1:8025",
        "[::1]8025",
        "localhost:",
        "localhost:+8025",
        "localhost:８０２５",  # full-width digits
        "",
    ],
)
def test_other_hosts_are_refused(host: str) -> None:
    assert GUARD.host_problem(host, LOCAL) is not None


@given(
    st.text(st.characters(max_codepoint=255), max_size=60)
    | st.from_regex(r"https?://[a-z0-9.\[\]:]{1,30}", fullmatch=True)
)
def test_a_page_allowed_on_the_vault_is_served_from_loopback(origin: str) -> None:
    if GUARD.page_origin_allowed(origin):
        host = urlsplit(origin).hostname
        assert host is not None
        assert is_loopback_name(host)


@given(st.text(st.characters(max_codepoint=255), max_size=60))
def test_no_page_origin_reaches_admin_or_charges_except_the_emulators_own(origin: str) -> None:
    headers = Headers({"origin": origin})
    for area in ("admin", "charges"):
        if GUARD.origin_problem(area, "POST", headers, LOCAL) is None:
            assert GUARD.own_origin(origin, LOCAL)


numbers = st.one_of(
    st.floats(allow_nan=True, allow_infinity=True),
    st.integers(min_value=-(10**30), max_value=10**30),
    st.booleans(),
    st.none(),
    st.text(max_size=5),
)


@given(st.dictionaries(st.sampled_from([*sorted(LIMITS), "error_rate"]), numbers, max_size=4))
def test_accepted_faults_are_finite_and_bounded(data: dict[str, Any]) -> None:
    try:
        faults = Faults.from_json(data)
    except ValueError:
        return
    for name, limit in LIMITS.items():
        value = getattr(faults, name)
        if value is not None:
            assert not isinstance(value, bool)
            assert math.isfinite(value)
            assert 0 <= value <= limit
    assert 0 <= faults.error_rate <= 1
