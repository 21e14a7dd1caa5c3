"""The Sandbox's port for a run: OMISE_SANDBOX_PORT over the setting."""

from __future__ import annotations

from omise_token_gui.core.settings import Settings
from omise_token_gui.services import sandbox_port


def test_the_environment_names_the_port_for_one_run_else_the_setting() -> None:
    settings = Settings(sandbox_port=9100)
    assert sandbox_port(settings, {}) == 9100
    assert sandbox_port(settings, {"OMISE_SANDBOX_PORT": "0"}) == 0
    assert sandbox_port(settings, {"OMISE_SANDBOX_PORT": " 8123 "}) == 8123
    for junk in ("", "port", "-1", "70000", "80.5"):
        assert sandbox_port(settings, {"OMISE_SANDBOX_PORT": junk}) == 9100
