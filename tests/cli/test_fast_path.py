"""Which command lines ``omise-token`` hands to the running app (``cli.fast.forwardable``)."""

from __future__ import annotations

import pytest

from omise_token_gui.cli.fast import forwardable
from omise_token_gui.core.paths import Paths

DIRS = ["--data-dir", "/d", "--config-dir", "/c"]


@pytest.mark.parametrize(
    "argv",
    [
        [*DIRS, "create"],
        [*DIRS, "create", "--scenario", "visa-insufficient-fund", "--copy"],
        ["create", *DIRS, "--json"],
        ["--data-dir=/d", "--config-dir=/c", "create"],
        ["create", "--data-dir", "/elsewhere", "--data-dir", "/d", "--config-dir", "/c"],
    ],
)
def test_a_create_goes_to_the_app_of_its_folders(argv: list[str]) -> None:
    assert forwardable(argv, {}) == ("/d", "/c")


@pytest.mark.parametrize(
    "argv",
    [
        [*DIRS, "scenarios"],
        [*DIRS, "status"],
        [*DIRS],
        [*DIRS, "create", "--help"],
        [*DIRS, "-h", "create"],
        ["--data", "/d", "--config-dir", "/c", "create"],  # argparse's abbreviation: not guessed
        ["--version", "create"],
        ["--data-dir", "", "create"],
        ["--data-dir"],
    ],
)
def test_everything_else_runs_here(argv: list[str]) -> None:
    assert forwardable(argv, {}) is None


@pytest.mark.parametrize("name", ["OMISE_PUBLIC_KEY", "OMISE_VAULT_URL"])
def test_a_key_of_this_shell_keeps_the_command_here(name: str) -> None:
    assert forwardable([*DIRS, "create"], {name: "pkey_test_x"}) is None


def test_folders_from_the_environment_then_the_platform(monkeypatch: pytest.MonkeyPatch) -> None:
    env = {"OMISE_TOKEN_GUI_DATA_DIR": "/ed", "OMISE_TOKEN_GUI_CONFIG_DIR": "/ec"}
    assert forwardable(["create"], env) == ("/ed", "/ec")
    monkeypatch.delenv("OMISE_TOKEN_GUI_DATA_DIR")
    monkeypatch.delenv("OMISE_TOKEN_GUI_CONFIG_DIR")
    platform = Paths.resolve()
    assert forwardable(["create"], {}) == (str(platform.data_dir), str(platform.config_dir))
