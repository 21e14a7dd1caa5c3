"""core.create_curl: the create request as a shell command that reproduces it (run here with
curl against the emulator), every value quoted (hypothesis), nothing unstored written out."""

from __future__ import annotations

import json
import os
import shlex
import shutil
import subprocess
from dataclasses import replace
from datetime import UTC, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from omise_token_gui.core.catalog import load_catalog
from omise_token_gui.core.create_curl import create_curl, sent_fields
from omise_token_gui.core.errors import AppError
from omise_token_gui.core.evidence import Attempt, Outcome
from omise_token_gui.core.settings import SANDBOX_KEY
from omise_token_gui.emulator import EmbeddedEmulator

CATALOG = load_catalog()
_VISA = CATALOG.by_id("visa-successful")
assert _VISA is not None
VISA = _VISA


def attempt(**fields: str) -> Attempt:
    request = {"name": "Somchai Prasert", "expiration_month": "12", "expiration_year": "2029"}
    request.update(fields)
    return Attempt(
        attempt_id="atmp_" + "0" * 32, at=datetime(2026, 12, 2, tzinfo=UTC), profile="Sandbox",
        vault_url="http://127.0.0.1:8025", outcome=Outcome.CREATED, brand=VISA.brand,
        last4=VISA.number[-4:], scenario=VISA.scenario, request_json=json.dumps(request),
    )  # fmt: skip


def test_a_catalog_card_gives_its_public_number() -> None:
    command = create_curl(attempt(), CATALOG, "http://127.0.0.1:8025", SANDBOX_KEY)
    words = shlex.split(command)
    assert words[:4] == ["curl", "http://127.0.0.1:8025/tokens", "-u", f"{SANDBOX_KEY}:"]
    assert f"card[number]={VISA.number}" in words
    assert "card[security_code]=${CARD_SECURITY_CODE}" in words
    assert "card[name]=Somchai Prasert" in words


def test_a_typed_card_is_a_variable_and_so_is_the_key() -> None:
    typed = replace(attempt(), scenario=None, last4="1111")
    words = shlex.split(create_curl(typed, CATALOG, "https://vault.omise.co"))
    assert "card[number]=${CARD_NUMBER}" in words
    assert "${OMISE_PUBLIC_KEY}:" in words
    assert not any(VISA.number in w for w in words)


def test_a_bad_url_or_key_is_refused() -> None:
    with pytest.raises(AppError):
        create_curl(attempt(), CATALOG, "http://example.com")
    with pytest.raises(AppError):
        create_curl(attempt(), CATALOG, "https://vault.omise.co", "skey_test_x")


def test_stored_number_or_code_fields_are_never_written() -> None:
    odd = attempt(number="4111111111111111", security_code="123", hacker="x")
    assert set(sent_fields(odd)) == {"name", "expiration_month", "expiration_year"}


@given(
    st.text(min_size=1).filter(lambda s: "\x00" not in s),
    st.text().filter(lambda s: "\x00" not in s),
)
def test_any_field_text_round_trips_through_the_shell(name: str, city: str) -> None:
    words = shlex.split(
        create_curl(attempt(name=name, city=city), CATALOG, "https://vault.omise.co")
    )
    assert f"card[name]={name}" in words
    if city:
        assert f"card[city]={city}" in words
    assert words[0] == "curl"
    assert words[2] == "-u"
    # nothing but curl's own options and their values: no second command
    assert all(w in ("-u", "--data-urlencode") for w in words[2::2])


@pytest.mark.skipif(shutil.which("curl") is None or shutil.which("sh") is None, reason="needs curl")
def test_the_command_reproduces_the_create(emulator: EmbeddedEmulator) -> None:
    typed = replace(attempt(name='O\'Brien & "co" $HOME `id`', city="กรุงเทพฯ"), scenario=None)
    command = create_curl(typed, CATALOG, emulator.base_url)
    env = {
        **os.environ,
        "CARD_NUMBER": "4242424242424242",
        "CARD_SECURITY_CODE": "123",
        "OMISE_PUBLIC_KEY": "pkey_test_curl",
    }
    done = subprocess.run(
        ["sh", "-c", command + " --silent --show-error"],
        capture_output=True, text=True, env=env, timeout=30, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    answer = json.loads(done.stdout)
    assert answer["object"] == "token", answer
    assert answer["id"].startswith("tokn_test_")
    assert answer["card"]["name"] == 'O\'Brien & "co" $HOME `id`'
    assert answer["card"]["last_digits"] == "4242"
