"""The tester's catalog file as the command line and the Sandbox see it: one loader
(core.catalog_file), its problems on stderr, its cards charged as their scenario says."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import httpx
import pytest

from omise_token_gui.core.catalog import load_catalog
from omise_token_gui.core.env import SANDBOX_PORT_ENV
from omise_token_gui.core.paths import Paths
from omise_token_gui.core.settings import SANDBOX_KEY
from omise_token_gui.services import Services
from tests.cli.conftest import RunCli
from tests.helpers import backend_charge

MY_CARD = {
    "id": "my-visa",
    "brand": "Visa",
    "number": "4012888888881881",
    "scenario": "stolen_or_lost_card",
    "expected_charge_status": "failed",
    "expected_failure_code": "stolen_or_lost_card",
}


def write(config: Path, doc: object) -> Path:
    config.mkdir(parents=True, exist_ok=True)
    path = config / "test_cards.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


def test_scenarios_show_the_files_cards_and_the_catalog_version(
    run_cli: RunCli, dirs: tuple[Path, Path]
) -> None:
    write(dirs[1], {"cards": [MY_CARD]})
    done = run_cli("scenarios", "--json")
    assert done.code == 0
    assert done.err == ""
    rows = [json.loads(line) for line in done.lines]
    assert rows[-1]["id"] == "my-visa"
    assert rows[-1]["source_id"] == "user_file"
    version = load_catalog().version
    assert {r["catalog_version"] for r in rows} == {f"{version} + your file (1 card)"}


def test_a_bad_file_is_said_on_stderr_and_the_shipped_catalog_is_used(
    run_cli: RunCli, dirs: tuple[Path, Path]
) -> None:
    path = write(dirs[1], {"cards": [{**MY_CARD, "number": "4012888888881882"}]})
    done = run_cli("scenarios", "--json")
    assert done.code == 0
    assert [json.loads(line)["id"] for line in done.lines] == [c.id for c in load_catalog()]
    assert f"{path} was not used" in done.err
    assert 'card 1 (id "my-visa")' in done.err
    assert "Luhn" in done.err


def test_the_sandbox_charges_a_card_the_file_adds_as_its_scenario_says(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    where = Paths(tmp_path / "data", tmp_path / "config")
    write(where.config_dir, {"cards": [MY_CARD]})
    monkeypatch.setenv(SANDBOX_PORT_ENV, "0")
    services = Services.build({}, where)
    try:
        assert services.notices == []
        assert services.catalog.by_id("my-visa") is not None
        services.start_network()
        assert services.emulator is not None
        base = services.emulator.base_url
        token = httpx.post(
            base + "/tokens",
            auth=(SANDBOX_KEY, ""),
            data={
                "card[name]": "T",
                "card[number]": MY_CARD["number"],
                "card[expiration_month]": "12",
                "card[expiration_year]": "2031",
            },
        ).json()
        charge = backend_charge(base, token["id"], 10000)
        assert (charge["status"], charge["failure_code"]) == ("failed", "stolen_or_lost_card")
    finally:
        asyncio.run(services.aclose())
